"""Inverted and trailing cues (issue 16): the outlet or body after the content speaks, never the
subject of the reported clause; predicative speech; content that is a whole clause."""
import pytest


@pytest.mark.parametrize("text, speaker", [
    ("The Kremlin has not commented. All that is said on those shows is considered private opinion, "
     "reports Interfax.", "Interfax"),
    ("What was said at the meeting must stay private, writes Kommersant.", "Kommersant"),
    ("Everyone who was there has been questioned, reported TASS.", "TASS"),
    ("The president will travel to Paris next week, reports Reuters.", "Reuters"),
])
def test_inverted_reports_outlet_is_the_speaker_not_the_clause_subject(extract, text, speaker):
    f = extract(text)
    [q] = [q for q in f.quotes if not q.no_quotation]  # "has not commented" is a refusal of its own (issue 17)
    assert q.speaker.name == speaker and f.source(q) == speaker
    assert speaker not in f.content(q)


def test_trailing_the_agency_reported(extract):
    f = extract("Moscow has recalled its ambassador, the agency reported, citing diplomatic sources.")
    q = f.containing("recalled its ambassador")
    assert f.source(q) == "the agency" and f.cue(q) == "reported"


def test_trailing_according_to_an_outlet(extract):
    f = extract("The president, who has been ill, will travel to Paris next week, according to Reuters.")
    q = f.containing("travel to Paris")
    assert q.speaker.name == "Reuters" and f.content(q).startswith("The president")


def test_said_a_statement_from_the_body_is_spoken_by_the_body(extract):
    f = extract("The embassy will reopen on Monday, said a statement from the ministry.")
    q = f.containing("embassy will reopen")
    assert q.speaker.name == "the ministry" and f.cue(q) == "said"


@pytest.mark.parametrize("text, label", [
    ("The mayor called his rival a “thug” on Tuesday.", "“thug”"),
    ("The mayor described the plan as “a disaster for the city”.", "“a disaster for the city”"),
    ("The mayor branded them “traitors to the party”.", "“traitors to the party”"),
])
def test_predicative_speech_caller_speaks_and_the_label_is_mixed_content(extract, text, label):
    f = extract(text)
    [q] = f.quotes
    assert f.content(q).endswith(label) and q.type == "mixed"
    assert f.source(q) == "The mayor"


def test_inserted_attribution_keeps_the_short_opening_of_the_clause(extract):
    """Not "would hold the line or admit defeat": the content never starts mid-clause."""
    f = extract("The army, the minister said, would hold the line or admit defeat within a month.")
    pieces = [f.content(q) for q in f.quotes]
    assert pieces == ["The army", "would hold the line or admit defeat within a month"]
    assert len({q.attribution_id for q in f.quotes}) == 1


def test_narration_of_remarks_without_content_is_not_a_statement(extract):
    f = extract("At this time, he made critical remarks about the governor and the budget.")
    assert f.quotes == []


def test_semicolon_ends_the_reported_clause(extract):
    f = extract('Lenz said the mayor needed resuscitation; TV Polonia reported he received surgery.')
    said, reported = f.containing("resuscitation"), f.containing("received surgery")
    assert f.content(said) == "the mayor needed resuscitation" and said.speaker.name == "Lenz"
    assert f.content(reported) == "he received surgery" and reported.speaker.name == "TV Polonia"


def test_participle_cue_after_the_content_is_the_speakers_next_act(extract):
    f = extract('The county police confirmed they seized the powder, stating "This has been a public '
                'health emergency since April."')
    q = f.containing("seized the powder")
    assert f.content(q) == "they seized the powder"
    assert f.containing("public health emergency").type == "direct"


def test_inserted_cue_keeps_the_contents_second_predicate(extract):
    f = extract("The drugs have a narrow set of uses, he says, and are mostly meant to be taken short term.")
    assert [f.content(q) for q in f.quotes] == ["The drugs have a narrow set of uses",
                                                "and are mostly meant to be taken short term"]
