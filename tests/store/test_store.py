"""The record: idempotent ingest, speakers across articles, clusters, queries, export, bad input."""
from __future__ import annotations

import gc
import io
import json
import sys

import pytest

from onrecord.errors import OnrecordError, StoreError, StoreUnavailable
from onrecord.service import Tracker
from onrecord.store import QuoteFilter
from tests.fixtures import PESKOV, same_statement, write_articles


def test_ingest_stores_articles_quotes_and_speakers(tracker, tmp_path):
    report = tracker.ingest([write_articles(tmp_path / "a.jsonl", PESKOV)])
    assert report.stored == 3 and report.quotes >= 3 and not report.problems
    counts = tracker.store.counts()
    assert counts["articles"] == 3 and counts["quotes"] == report.quotes


def test_ingest_again_changes_nothing(tracker, tmp_path):
    path = write_articles(tmp_path / "a.jsonl", PESKOV)
    tracker.ingest([path])
    before = tracker.store.counts()
    again = tracker.ingest([path])
    assert again.stored == 0 and again.unchanged == 3 and tracker.store.counts() == before


def test_article_without_url_is_identified_by_its_text(tracker, tmp_path):
    (tmp_path / "a.txt").write_text("The plant will close, the minister said on Monday.")
    (tmp_path / "b.txt").write_text("The plant  will close, the minister said on Monday.\n")
    report = tracker.ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert report.stored == 1 and report.unchanged == 1


def test_newer_pipeline_replaces_the_quotes(tracker, tmp_path, monkeypatch):
    path = write_articles(tmp_path / "a.jsonl", PESKOV)
    tracker.ingest([path])
    before = tracker.store.counts()
    monkeypatch.setattr(Tracker, "pipeline_id", lambda self, lang="en": "onrecord 9.9; rules v2")
    report = tracker.ingest([path])
    assert report.stored == 3 and tracker.store.counts() == before


def test_another_engine_reextracts_and_records_its_model(store_url, tmp_path):
    from onrecord.settings import Settings

    path = write_articles(tmp_path / "a.jsonl", PESKOV)
    with Tracker(store_url) as rules:
        rules.ingest([path])
    with Tracker(store_url, Settings(engine="hybrid")) as hybrid:
        report = hybrid.ingest([path])
        provenance = json.loads(hybrid.store.article(1)["provenance"])
        assert report.stored == 3 and provenance["pipeline"] == "onrecord.hybrid.v3"
        assert provenance["quote_model"].startswith("en_quote_roles-")
        again = hybrid.ingest([path])
        assert again.stored == 0 and again.unchanged == 3


def test_name_variants_are_one_speaker_with_aliases_and_roles(tracker, tmp_path):
    tracker.ingest([write_articles(tmp_path / "a.jsonl", PESKOV)])
    peskov = tracker.speaker("Peskov")
    assert peskov["name"] == "Dmitry Peskov" and peskov["quotes"] == 3
    assert {"Dmitry Peskov", "Dmitry S. Peskov", "Peskov"} <= set(peskov["aliases"])
    assert "kremlin spokesman" in peskov["roles"]


def test_same_surname_different_first_names_stay_apart(tracker, tmp_path):
    tracker.ingest([write_articles(tmp_path / "a.jsonl", [
        {"id": "s1", "text": "The budget is sound, Senator Jane Smith said."},
        {"id": "s2", "text": "The team will win on Sunday, coach Robert Smith said."}])])
    names = {s["name"] for s in tracker.speakers()}
    assert {"Jane Smith", "Robert Smith"} <= names


def test_pronoun_speakers_are_not_merged_across_articles(tracker, tmp_path):
    tracker.ingest([write_articles(tmp_path / "a.jsonl", [
        {"id": "p1", "text": "He said the road would open in May."},
        {"id": "p2", "text": "He said the school would close in June."}])])
    assert tracker.speakers() == []
    assert {r["speaker_kind"] for r in tracker.search("said", limit=10) + tracker.search(limit=10)} <= {"unknown"}


def test_same_statement_in_three_articles_is_one_cluster(tracker, tmp_path):
    tracker.ingest([write_articles(tmp_path / "b.jsonl", same_statement(3))])
    rows = tracker.search("bridge reopen", limit=10)
    assert len(rows) == 3 and len({r["cluster_id"] for r in rows}) == 1
    assert {r["occurrences"] for r in rows} == {3}
    out = io.StringIO()
    assert tracker.export(out, "jsonl") == 1
    record = json.loads(out.getvalue())
    assert record["numOccurrences"] == 3 and record["date"] == "2026-02-01"
    assert "tolls will go" in record["quotation"] and record["speaker"] == "Ann Lee"
    assert record["outlets"] == ["Daily", "Herald", "Wire"] and len(record["urls"]) == 3


def test_search_filters_and_highlights(tracker, tmp_path):
    tracker.ingest([write_articles(tmp_path / "a.jsonl", PESKOV)])
    rows = tracker.search("prisoner swap")
    assert len(rows) == 1 and "\x02prisoner\x03" in rows[0]["highlight"]
    assert tracker.search("talks", speaker="Peskov", since="2026-01-08")[0]["date"] == "2026-01-09"
    assert tracker.search("talks", until="2026-01-01") == []
    assert tracker.search(outlet="daily", types=["direct"])[0]["outlet"] == "Daily"
    assert tracker.search("prisoner", speaker="Nobody Known") == []


@pytest.mark.parametrize("hostile", ['"unbalanced', "NEAR(a b)", "a* OR b AND NOT c", "x'); DROP TABLE quotes; --",
                                     "^col:", "", "   ", "x" * 10_000, "\x00\x01", "日本語 \"quote\""])
def test_hostile_search_strings_neither_raise_nor_inject(tracker, tmp_path, hostile):
    tracker.ingest([write_articles(tmp_path / "a.jsonl", PESKOV)])
    tracker.search(hostile)
    assert tracker.store.counts()["quotes"] > 0


def test_bad_filter_values_are_clear_errors(tracker):
    with pytest.raises(OnrecordError, match="not a date"):
        tracker.search("x", since="last tuesday")
    with pytest.raises(OnrecordError, match="quote type"):
        tracker.search("x", types=["rumour"])


def test_timeline_is_ordered_by_date(tracker, tmp_path):
    tracker.ingest([write_articles(tmp_path / "a.jsonl", PESKOV)])
    dates = [r["date"] for r in tracker.timeline("Dmitry Peskov")]
    assert dates == sorted(dates) and len(dates) == 3


def test_show_marks_content_source_and_cue_in_the_paragraph(tracker, tmp_path):
    tracker.ingest([write_articles(tmp_path / "a.jsonl", PESKOV)])
    qid = tracker.search("ready talk")[0]["id"]
    q = tracker.show(qid)
    para = q["paragraph"]
    assert para[slice(*q["content"])].startswith("“We are ready")
    assert para[slice(*q["source"])] == "Dmitry S. Peskov" and para[slice(*q["cue"])] == "told"
    with pytest.raises(OnrecordError, match="no quote"):
        tracker.show("q-does-not-exist")


def test_merge_and_split_survive_reingest(tracker, tmp_path, monkeypatch):
    path = write_articles(tmp_path / "a.jsonl", [
        {"id": "m1", "text": "The port will reopen, Kremlin aide Yuri Ushakov said."},
        {"id": "m2", "text": "The port will stay shut, the ministry's Yuri Ushakoff said."}])
    tracker.ingest([path])
    tracker.merge("Yuri Ushakoff", "Yuri Ushakov")
    assert tracker.speaker("Yuri Ushakov")["quotes"] == 2
    monkeypatch.setattr(Tracker, "pipeline_id", lambda self, lang="en": "onrecord 9.9; rules v2")
    tracker.ingest([path])
    assert tracker.speaker("Yuri Ushakov")["quotes"] == 2
    tracker.split("Yuri Ushakov", "Yuri Ushakoff")
    monkeypatch.setattr(Tracker, "pipeline_id", lambda self, lang="en": "onrecord 9.9; rules v3")
    tracker.ingest([path])
    assert tracker.speaker("Yuri Ushakov")["quotes"] == 1 and tracker.speaker("Yuri Ushakoff")["quotes"] == 1


def test_corrupted_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not an onrecord database"):
        Tracker(bad)


def test_readers_keep_reading_while_a_writer_holds_the_database(tracker, store_url, tmp_path):
    tracker.ingest([write_articles(tmp_path / "a.jsonl", PESKOV)])
    with Tracker(store_url) as reader, pytest.raises(RuntimeError, match="writer gave up"):
        with tracker.store._transaction():
            tracker.store._cursor("DELETE FROM quotes")
            assert reader.search("prisoner swap") and reader.speaker("Peskov")["quotes"] == 3
            raise RuntimeError("writer gave up")
    assert tracker.search("prisoner swap")


#: How each backend records its schema version.
SET_SCHEMA_VERSION = {"sqlite": "PRAGMA user_version = 99", "postgresql": "UPDATE onrecord_schema SET version = 99"}


def test_newer_schema_is_refused(backend, store_url):
    with Tracker(store_url) as t:
        t.store._cursor(SET_SCHEMA_VERSION[backend])
    with pytest.raises(StoreUnavailable, match="newer onrecord"):
        Tracker(store_url)


def test_unreachable_postgresql_server_is_a_clear_error():
    with pytest.raises(StoreUnavailable, match=r"cannot connect to postgresql://onrecord:\*\*\*@127.0.0.1:1/"):
        Tracker("postgresql://onrecord:secret@127.0.0.1:1/record")


def test_nul_characters_in_a_text_are_stored_without_moving_offsets(tracker, tmp_path):
    text = "Note\x00: “The fund will grow,” Ann Lee said."
    tracker.ingest([write_articles(tmp_path / "n.jsonl", [{"id": "n1", "text": text}])])
    q = tracker.show(tracker.search("fund grow")[0]["id"])
    assert q["paragraph"][slice(*q["content"])] == "“The fund will grow,”"


def test_an_article_the_store_rejects_does_not_stop_the_run(tracker, tmp_path, monkeypatch):
    real = tracker.store.save_article

    def flaky(key, article, *rest, **options):
        if article.id == "a2":
            raise StoreError("record.db: UNIQUE constraint failed: quotes.id")
        return real(key, article, *rest, **options)

    monkeypatch.setattr(tracker.store, "save_article", flaky)
    report = tracker.ingest([write_articles(tmp_path / "a.jsonl", PESKOV)])
    assert report.stored == 2 and any("a.jsonl:2" in p and "not stored" in p for p in report.problems)


def test_parquet_export_has_quotebank_fields_and_fixed_types(tracker, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra (pyarrow) is not installed")
    tracker.ingest([write_articles(tmp_path / "b.jsonl", same_statement(3) + PESKOV)])
    out = tmp_path / "quotes.parquet"
    n = tracker.export(out, "parquet")
    table = pq.read_table(out)
    assert table.num_rows == n >= 2
    assert str(table.schema.field("qids").type.value_type) == "string"
    bridge = [r for r in table.to_pylist() if "bridge" in r["quotation"]]
    assert len(bridge) == 1 and bridge[0]["numOccurrences"] == 3 and len(bridge[0]["urls"]) == 3
    empty = tmp_path / "none.parquet"
    assert tracker.export(empty, "parquet", speaker="Dmitry Peskov", until="2000-01-01") == 0
    assert pq.read_table(empty).schema.names == table.schema.names


def test_an_export_abandoned_after_close_is_quiet(store_url, tmp_path, monkeypatch):
    """`onrecord export | head -1`: the reader stops early and the database closes first."""
    raised = []
    monkeypatch.setattr(sys, "unraisablehook", raised.append)
    t = Tracker(store_url)
    t.ingest([write_articles(tmp_path / "a.jsonl", PESKOV)])
    rows = t.store.quotes(QuoteFilter())
    next(rows)
    t.close()
    del rows
    gc.collect()
    assert raised == []
