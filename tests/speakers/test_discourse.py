"""Who "he", "the agency", "the 24-year-old striker" are: each construction on a hand-written text (issue 16)."""


def test_pronoun_prefers_the_speaker_over_a_person_named_in_reported_content(extract):
    f = extract("Governor Tom Hale argued that the strike would last for months and that Rick Dunn "
                "could not keep his post.\n\nThe strike began in March.\n\nThe unions gave no comment.\n\n"
                "On Friday he said that talks would resume in the spring.")
    assert f.containing("talks would resume").speaker.name == "Tom Hale"


def test_pronoun_in_the_same_paragraph_keeps_the_speaker_of_the_discourse(extract):
    f = extract("Governor Tom Hale argued that the strike would last for months and that Rick Dunn "
                "could not keep his post. He also said that the city had no money left.")
    assert f.containing("no money left").speaker.name == "Tom Hale"


def test_pronoun_follows_a_person_the_writer_introduces_after_the_last_speaker(extract):
    f = extract("\"Sales are up this year,\" said store manager Paul Cole. The shop has also hired "
                "Leeds baker Tom Price, 41. \"I bake every morning before dawn,\" he says.")
    assert f.containing("bake every morning").speaker.name == "Tom Price"


def test_definite_description_is_the_person_the_sentence_before_is_about(extract):
    f = extract("Lena Ortiz has scored nine goals this season. The 24-year-old striker said the team "
                "was ready for the final.")
    assert f.containing("ready for the final").speaker.name == "Lena Ortiz"


def test_role_given_a_name_later_links_to_that_name(extract):
    f = extract("\"We will miss him every day,\" wrote the band's longtime drummer on Facebook.\n\n"
                "The tribute came hours after the news broke.\n\n"
                "Later the band's longtime drummer Carl Mott posted a photo of the two on stage.")
    q = f.containing("miss him every day")
    assert q.speaker.name == "Carl Mott" and q.speaker.resolved


def test_title_before_a_name_makes_the_name_the_speaker(extract):
    q = extract("\"The ice is thinning faster than we thought,\" said study co-author Maria Lind.") \
        .containing("ice is thinning")
    assert q.speaker.name == "Maria Lind" and q.speaker.mention_kind == "name"
    assert "study co-author" in q.speaker.roles


def test_name_in_apposition_to_a_role_noun_is_the_speaker(extract):
    f = extract("The mayor of Eastport, Jonas Reed, said the bridge would reopen in June.")
    assert f.containing("bridge would reopen").speaker.name == "Jonas Reed"


def test_statement_noun_is_spoken_by_its_owner(extract):
    f = extract("Clara Voss resigned on Tuesday. \"I leave with pride,\" her statement said.")
    assert f.containing("leave with pride").speaker.name == "Clara Voss"


def test_statement_from_a_body_is_spoken_by_the_body(extract):
    f = extract("\"The road stays closed until Monday,\" said a statement from the Transport Ministry.")
    q = f.containing("road stays closed")
    assert q.speaker.name == "Transport Ministry" and q.speaker.mention_kind == "organisation"


def test_the_agency_resolves_to_the_outlet_named_before(extract):
    f = extract("Talks will resume in May, Interfax reported. The deal is close, the agency added.")
    q = f.containing("deal is close")
    assert q.speaker.name == "Interfax" and q.speaker.mention_kind == "organisation"


def test_the_ministry_resolves_to_the_body_named_before(extract):
    f = extract("The Transport Ministry closed the coastal road on Sunday. It will reopen on Monday, "
                "the ministry said. \"We ask drivers for patience,\" it said.")
    assert f.containing("reopen on Monday").speaker.name == "Transport Ministry"
    assert f.containing("patience").speaker.name == "Transport Ministry"


def test_bare_surname_joins_the_full_name_given_earlier(extract):
    f = extract("Greta Lindqvist ran the clinic for ten years. Lindqvist said the money had run out.")
    q = f.containing("money had run out")
    assert q.speaker.name == "Greta Lindqvist" and q.speaker.mention_kind == "name"


def test_surname_titled_with_a_role_is_a_person(extract):
    q = extract("Moss, the Republican nominee, said the race was over.").containing("race was over")
    assert q.speaker.name == "Moss" and q.speaker.mention_kind == "name"


def test_title_inside_a_name_is_cut_off_as_a_role(extract):
    q = extract("Green Party Leader Anna Berg said the new tax was unfair.").containing("tax was unfair")
    assert q.speaker.name == "Anna Berg"


def test_participle_naming_a_described_person_gives_the_name(extract):
    f = extract("A man identified as Tom Reyes said the fire started at noon.")
    assert f.containing("fire started").speaker.name == "Tom Reyes"


def test_pronoun_takes_the_previous_speaker_the_article_only_describes(extract):
    """Issue 16: "He even called his rival a “thug”" was left to nobody (or to the rival)."""
    f = extract("The minister claimed that the talks had failed. He even called his rival a “thug”, "
                "whereas earlier he had not hesitated to say that the army would win.")
    assert f.containing("“thug”").speaker.name == "The minister"
    assert f.containing("army would win").speaker.name == "The minister"


def test_role_given_a_name_later_with_other_modifiers_links_to_that_name(extract):
    f = extract('"He was the kindest man in the business," Huber\'s longtime tag team partner said on Monday. '
                "Erick Rowan, Huber's tag team partner, had travelled with him for a decade.")
    assert f.containing("kindest man").speaker.name == "Erick Rowan"


def test_role_named_later_by_its_bare_head_links_to_that_name(extract):
    f = extract('"We will appeal the ruling," the company\'s lawyer said. The lawyer, Maria Quist, gave no date.')
    assert f.containing("appeal the ruling").speaker.name == "Maria Quist"


def test_role_of_another_owner_named_later_stays_unlinked(extract):
    f = extract('"We will appeal the ruling," the company\'s lawyer said. The city\'s lawyer, Maria Quist, '
                "gave no date.")
    assert not f.containing("appeal the ruling").speaker.resolved


def test_occupation_opening_a_sentence_is_cut_off_the_name(extract):
    """The tagger takes the occupation into the person, or the mention runs left over it; it is
    no first name, "Tom" and "Mona" are."""
    q = extract("Farmer Tom Reyes said the furnace had cracked overnight.").containing("furnace")
    assert q.speaker.name == "Tom Reyes"
    q = extract("Sculptor Mona Ekdahl said the kiln had cracked overnight.").containing("kiln")
    assert q.speaker.name == "Mona Ekdahl"


def test_the_latter_is_the_second_of_the_pair(extract):
    f = extract("Talks were held by the Mayor of Tolworth and the Riverside Union, with the latter saying "
                "the offer was too low.")
    assert f.containing("offer").speaker.name == "Riverside Union"


def test_the_former_is_the_first_of_the_pair(extract):
    f = extract("Both Ann Kerr and Bo Lind spoke at the rally. The former said the plan would fail.")
    assert f.containing("plan would fail").speaker.name == "Ann Kerr"


def test_a_countrys_government_is_no_person_with_that_role(extract):
    f = extract("Iraqi government spokesman Saad Omar condemned the strike. In 2007, the United States government "
                "labeled the general as a terrorist.")
    assert f.containing("as a terrorist").speaker.name != "Saad Omar"
