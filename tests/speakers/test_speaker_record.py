"""What the record keeps of a speaker: role phrases, no pronoun or fragment as a name, the kind (issue 16)."""
from onrecord.service import Tracker
from tests.fixtures import write_articles


def test_roles_are_noun_phrases_not_clause_fragments(extract):
    q = extract("Dean Moss, the party's leading nominee, who was ahead by five points with his wife at a rally, "
                "said the race was over.").containing("race was over")
    assert q.speaker.name == "Dean Moss" and q.speaker.roles == ("party's leading nominee",)


def test_apposition_after_the_name_is_a_role(extract):
    q = extract("Dmitry Peskov, the Kremlin spokesman, said the sides were close.").containing("sides were close")
    assert q.speaker.roles == ("kremlin spokesman",)


def test_title_before_the_name_is_one_role(extract):
    q = extract("The Russian president's spokesman Dmitry Peskov said the sides were close.") \
        .containing("sides were close")
    assert q.speaker.roles == ("russian president's spokesman",)


def test_form_of_address_is_no_role(extract):
    q = extract("Mr. John Baird said the plan would work.").containing("plan would work")
    assert q.speaker.name == "John Baird" and q.speaker.roles == ()


def test_unresolved_pronoun_is_no_name(extract):
    f = extract("\"We will appeal the ruling,\" they said.")
    q = f.containing("appeal the ruling")
    assert q.speaker.name is None and q.speaker.mention_kind == "pronoun" and f.source(q) == "they"


def test_determiner_alone_is_no_name(extract):
    q = extract("Some said the vote had been rigged.").containing("vote had been rigged")
    assert q.speaker.name is None


def test_quantity_of_a_group_is_a_description(extract):
    q = extract("One of the nurses said the ward was full.").containing("ward was full")
    assert q.speaker.name == "One of the nurses" and not q.speaker.resolved


def test_acronym_read_as_a_pronoun_is_an_organisation(extract):
    q = extract("\"Cases are falling in every region,\" WHO said on Monday.").containing("Cases are falling")
    assert q.speaker.name == "WHO" and q.speaker.mention_kind == "organisation"


def test_speaker_page_lists_each_role_phrase(store_url, tmp_path):
    path = write_articles(tmp_path / "a.jsonl", [{"id": "r1", "text": (
        "Kremlin spokesman Dmitry Peskov said the sides were close. "
        "Peskov, the head of the press service, said talks would go on.")}])
    with Tracker(store_url) as tracker:
        tracker.ingest([path])
        roles = tracker.speaker("Peskov")["roles"]
    assert set(roles) == {"kremlin spokesman", "head of the press service"}


def test_outlet_is_stored_as_an_outlet(store_url, tmp_path):
    path = write_articles(tmp_path / "a.jsonl", [{"id": "o1", "text": "Talks will resume in May, Interfax reported."}])
    with Tracker(store_url) as tracker:
        tracker.ingest([path])
        kind = tracker.speaker("Interfax")["kind"]
    assert kind == "outlet"


def test_pronoun_speaker_is_stored_without_name_or_canonical_speaker(store_url, tmp_path):
    path = write_articles(tmp_path / "a.jsonl", [{"id": "p1", "text": "\"We will appeal the ruling,\" they said."}])
    with Tracker(store_url) as tracker:
        tracker.ingest([path])
        rows = tracker.search(limit=10)
        assert tracker.speakers() == []
    assert [(r["speaker"], r["mention_kind"]) for r in rows] == [(None, "pronoun")]
