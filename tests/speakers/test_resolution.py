"""In-article speaker resolution."""

PESKOV = ("The Russian president's spokesman Dmitry Peskov spoke on Monday. "
          "\"The sides are close,\" the Kremlin representative said. "
          "The talks will go on, the president's spokesman said later. "
          "\"We are patient,\" he said.")


def test_role_noun_resolves_to_the_person_introduced_with_it(extract):
    f = extract(PESKOV)
    assert f.containing("sides are close").speaker.name == "Dmitry Peskov"
    assert f.containing("talks will go on").speaker.name == "Dmitry Peskov"


def test_pronoun_resolves_to_the_previous_speaker(extract):
    q = extract(PESKOV).containing("patient")
    assert q.speaker.name == "Dmitry Peskov" and q.speaker.mention_kind == "pronoun"


def test_surname_resolves_to_the_full_name(extract):
    f = extract("Dmitry Peskov met reporters on Monday. \"We are ready,\" Peskov said.")
    assert f.containing("ready").speaker.name == "Dmitry Peskov"


def test_pronoun_gender_agreement(extract):
    f = extract("Mr. John Baird met Ms. Ann Lee on Monday. Lee spoke first. "
                "\"We have agreed on a plan,\" he said.")
    assert f.containing("agreed on a plan").speaker.name == "John Baird"


def test_unresolved_role_stays_a_flagged_mention(extract):
    f = extract('"The line will be late," a spokesperson said.')
    q = f.containing("line will be late")
    assert q.speaker.name == "a spokesperson" and not q.speaker.resolved


def test_canonical_name_drops_office_words(extract):
    f = extract('"The search is complete," said Deputy Emergency Situations Minister Alexander Chupriyan.')
    assert f.containing("search is complete").speaker.name == "Alexander Chupriyan"


def test_bare_surname_resolves_to_the_first_person_of_that_name(extract):
    f = extract("Democratic nominee Joe Biden led in the polls. A laptop belonging to his son Hunter Biden "
                "was found. Biden said the report was false.")
    assert f.containing("report was false").speaker.name == "Joe Biden"


def test_possessive_pronoun_owner_resolves_to_the_person(extract):
    f = extract("Governor Ruth Alder spoke in Albany. She repeated her claims of a hidden budget deficit.")
    assert f.containing("hidden budget deficit").speaker.name == "Ruth Alder"
