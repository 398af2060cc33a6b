"""Complements the first parse misses, read again with "that" spelled out (quotes/complementizer.py)."""


def test_bare_complement_after_a_long_subject(extract):
    f = extract("Mara Quell, a rapporteur for the regional water board who had studied the leak, "
                "cautioned repairs do not come quickly.")
    q = f.containing("repairs do not")
    assert f.content(q) == "repairs do not come quickly" and f.cue(q) == "cautioned"
    assert q.speaker.name == "Mara Quell"


def test_complementizer_after_the_cues_adverbials(extract):
    f = extract("Judge Ortega clarified in the hearing that her ruling was not tied to the earlier case.")
    q = f.containing("her ruling")
    assert f.content(q) == "that her ruling was not tied to the earlier case"
    assert q.speaker.name == "Ortega"


def test_bare_complement_after_an_opening_time_phrase(extract):
    f = extract("The Lisbon Courier reported on Tuesday, exports had fallen by a fifth.")
    q = f.containing("exports")
    assert f.content(q) == "exports had fallen by a fifth" and q.speaker.name == "Lisbon Courier"


def test_bare_complement_with_an_aside_before_its_verb(extract):
    f = extract("The website yesterday suggested sabotage, perhaps by a rival firm, is now the likeliest cause.")
    q = f.containing("sabotage")
    assert f.content(q).startswith("sabotage") and f.content(q).endswith("likeliest cause")


def test_participle_cue_of_a_group(extract):
    f = extract("Several farmers' unions claiming the new levy was illegal marched to the ministry on Friday.")
    q = f.containing("levy")
    assert f.content(q) == "the new levy was illegal" and f.cue(q) == "claiming"


def test_with_absolute_participle(extract):
    f = extract("Two of the crew were rescued; no one was hurt on shore, with local radio reporting "
                "nobody was in the warehouse.")
    q = f.containing("warehouse")
    assert f.content(q) == "nobody was in the warehouse" and "radio" in f.source(q)


def test_next_act_after_the_reread_complement(extract):
    f = extract("Asked about the floods, the governor claimed rainfall had been normal this spring "
                "and argued against new levees.")
    q = f.containing("rainfall")
    assert f.content(q) == "rainfall had been normal this spring"


def test_object_then_a_coordinated_clause_is_no_complement(extract):
    f = extract("The council denied the permit, and the developers appealed within a week.")
    assert f.quotes == []


def test_object_then_a_subordinate_clause_is_no_complement(extract):
    f = extract("The coach added a third striker as the visitors pressed for an equaliser.")
    assert f.quotes == []


def test_object_then_a_conjoined_predicate_is_no_complement(extract):
    f = extract("The minister acknowledged the size of the loss but refused to step down.")
    assert not any("refused" in f.content(q) for q in f.quotes)


def test_participle_describing_a_noun_reports_nothing(extract):
    f = extract("The board will study the effect the proposed changes will have on rural clinics.")
    assert f.quotes == []


def test_cue_inside_the_subject_is_no_complement(extract):
    f = extract("The anonymous author who wrote several columns about the agency was revealed to be its deputy.")
    assert f.quotes == []


def test_subject_after_an_opening_phrase(extract):
    f = extract("In a paper released on Monday in a surgical journal, a group of surgeons report "
                "the new stitch heals faster than the old one.")
    q = f.containing("stitch")
    assert f.content(q) == "the new stitch heals faster than the old one"
    assert f.source(q) is not None and "surgeons" in f.source(q) or "group" in f.source(q)


def test_determiner_that_opens_no_clause(extract):
    f = extract("On Monday, the port authority released a statement saying a fire that night at the "
                "northern dock caused no injuries.")
    q = f.containing("caused no injuries")
    assert f.content(q) == "a fire that night at the northern dock caused no injuries"


def test_hearer_after_to_before_a_bare_complement(extract):
    f = extract("Dr. Ana Ruiz was met with applause early today upon announcing to journalists the mayor "
                "remained alive.")
    q = f.containing("mayor remained")
    assert f.content(q) == "the mayor remained alive" and q.speaker.name == "Ana Ruiz"
