"""What the record keeps of each statement for a reader (issue 18): where, who (with the article's role
for them) and, through migration 4, the statement's kind."""
from __future__ import annotations

from tests.fixtures import write_articles

WIKINEWS = {"id": "wn1", "date": "2019-01-04", "url": "https://en.wikinews.org/wiki/Magnitogorsk",
            "title": "Magnitogorsk apartment building collapses",
            "text": "Deputy Emergency Situations Minister Alexander Chupriyan said the rescue operation would go on."}
TWO_ROLES = {"id": "r1", "text": "Kremlin spokesman Dmitry Peskov said the sides were close. "
                                 "Peskov, the head of the press service, said talks would go on."}


def test_an_article_without_an_outlet_is_named_by_its_url(tracker, tmp_path):
    tracker.ingest([write_articles(tmp_path / "a.jsonl", [WIKINEWS])])
    hits = tracker.search("rescue operation")
    assert hits and {h["outlet"] for h in hits} == {"Wikinews"}
    assert tracker.article(hits[0]["article_id"])["outlet"] == "Wikinews"


def test_each_statement_keeps_the_role_written_nearest_to_it(tracker, tmp_path):
    tracker.ingest([write_articles(tmp_path / "a.jsonl", [WIKINEWS, TWO_ROLES])])
    assert tracker.search("rescue operation")[0]["speaker_role"] == "Deputy Emergency Situations Minister"
    first, = tracker.search("sides close")
    second, = tracker.search("talks go on")
    assert first["speaker"] == second["speaker"] == "Dmitry Peskov"
    assert (first["speaker_role"], second["speaker_role"]) == ("Kremlin spokesman", "head of the press service")


def test_statements_are_claims_until_classified(tracker, tmp_path):
    tracker.ingest([write_articles(tmp_path / "a.jsonl", [WIKINEWS])])
    assert {(h["kind"], h["no_quotation"]) for h in tracker.search(limit=10)} == {("claim", 0)}
