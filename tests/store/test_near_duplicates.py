"""Syndicated copies: found by MinHash, stored once per story, every outlet kept."""
from __future__ import annotations

import io
import json

from onrecord.service import Tracker
from onrecord.store.near_duplicates import COPY_SIMILARITY, bands, signature, similarity
from tests.fixtures import PESKOV, WIRE_STORY, syndicated, write_articles


def test_a_copy_with_another_headline_and_footer_is_similar():
    a, b = (signature(r["text"]) for r in syndicated(2))
    assert similarity(a, b) >= COPY_SIMILARITY


def test_different_stories_are_not_similar():
    other = " ".join(f"Completely unrelated sentence number {i} about the weather in the hills." for i in range(12))
    assert similarity(signature(WIRE_STORY), signature(other)) < 0.2


def test_short_texts_are_never_compared():
    assert signature(PESKOV[2]["text"]) is None


def test_identical_texts_share_every_band():
    sig = signature(WIRE_STORY)
    assert bands(sig) == bands(signature(WIRE_STORY)) and len(bands(sig)) == 32


def _export(t):
    out = io.StringIO()
    t.export(out, "jsonl")
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_copies_in_one_batch_count_once_and_keep_every_outlet(tracker, tmp_path):
    report = tracker.ingest([write_articles(tmp_path / "w.jsonl", syndicated(3) + PESKOV)])
    assert report.stored == 6 and report.copies == 2
    hits = tracker.search("what it takes")
    assert len(hits) == 1 and hits[0]["outlet"] == "Wire" and hits[0]["copies"] == 2
    assert tracker.speaker("Elena Marsh")["quotes"] == 1
    (record,) = [r for r in _export(tracker) if "what it takes" in r["quotation"]]
    assert record["outlets"] == ["Daily", "Herald", "Wire"]
    assert record["numOccurrences"] == 3 and record["numStories"] == 1 and len(record["urls"]) == 3


def test_a_copy_arriving_later_links_to_the_stored_story(tracker, tmp_path):
    tracker.ingest([write_articles(tmp_path / "a.jsonl", syndicated(1))])
    report = tracker.ingest([write_articles(tmp_path / "b.jsonl", syndicated(2, start=1))])
    assert report.stored == 2 and report.copies == 2 and report.quotes == 0
    again = tracker.ingest([str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")])
    assert again.stored == 0 and again.unchanged == 3


def test_reextracting_the_first_copy_keeps_its_copies(tracker, tmp_path, monkeypatch):
    path = write_articles(tmp_path / "w.jsonl", syndicated(3))
    tracker.ingest([path])
    monkeypatch.setattr(Tracker, "pipeline_id", lambda self, lang="en": "onrecord 9.9; rules v2")
    report = tracker.ingest([path])
    assert report.stored == 3 and report.copies == 2
    assert tracker.search("what it takes")[0]["copies"] == 2
    assert tracker.store.counts()["articles"] == 3
