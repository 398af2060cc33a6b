"""A database written by an older schema is upgraded in place, its record intact (schema migration 4), and
its statements gain kinds from their stored words on the first writable open (service/classifying.py)."""
from __future__ import annotations

import pytest

from onrecord.service import Tracker
from onrecord.store import open_store, postgres, sqlite
from tests.fixtures import dump_store, write_articles

#: The schema before migration 4: statement kinds, per-statement roles and the outlet kind of speaker.
BEFORE_4 = {"sqlite": (sqlite, "SQLITE_MIGRATIONS"), "postgresql": (postgres, "POSTGRES_MIGRATIONS")}


#: One statement as schema 3 stored it (the code of that schema wrote these columns only).
OLD_ROWS = [
    "INSERT INTO articles (key, doc_id, url, title, outlet, date, text, pipeline, provenance, origin, ingested_at)"
    " VALUES ('url:u1', 'a1', 'u1', 'Talks', 'Wire', '2026-01-05',"
    " 'Talks go on, Peskov said. He denied that the talks had stalled.', 'p', '{}', 'x',"
    " '2026-01-05')",
    "INSERT INTO speakers (name, kind, key) VALUES ('Dmitry Peskov', 'person', 'peskov')",
    "INSERT INTO speakers (name, kind, key) VALUES ('Interfax', 'organisation', 'interfax')",
    "INSERT INTO speaker_aliases (speaker_id, alias, first, n) VALUES (1, 'Dmitry Peskov', 'dmitry', 1)",
    "INSERT INTO speaker_roles (speaker_id, role, n) VALUES (1, 'kremlin spokesman', 1)",
    "INSERT INTO clusters (norm, speaker_id, longest_quote, first_date) VALUES ('talks go on', 1, 'q1', '2026-01-05')",
    "INSERT INTO quotes (id, article_id, cluster_id, speaker_id, speaker_name, speaker_kind, mention_kind,"
    " speaker_resolved, type, text, content_start, content_end, confidence, attribution_id, rule, date, outlet)"
    " VALUES ('q1', 1, 1, 1, 'Peskov', 'person', 'name', 1, 'indirect', 'Talks go on', 0, 11, 0.9, 1, 'x',"
    " '2026-01-05', 'Wire')",
    "INSERT INTO clusters (norm, speaker_id, longest_quote, first_date)"
    " VALUES ('the talks had stalled', 1, 'q2', '2026-01-05')",
    "INSERT INTO quotes (id, article_id, cluster_id, speaker_id, speaker_name, speaker_kind, mention_kind,"
    " speaker_resolved, type, text, content_start, content_end, cue_start, cue_end, confidence, attribution_id,"
    " rule, date, outlet) VALUES ('q2', 1, 2, 1, 'Peskov', 'person', 'pronoun', 1, 'indirect',"
    " 'that the talks had stalled', 36, 62, 29, 35, 0.9, 2, 'x', '2026-01-05', 'Wire')",
]


@pytest.fixture
def old_record(backend, store_url, monkeypatch):
    """A database written by the schema of migrations 1 to 3, holding one statement of Dmitry Peskov's
    and the outlet Interfax stored as an organisation, as that schema had to; and every fact it held."""
    module, name = BEFORE_4[backend]
    with monkeypatch.context() as old:
        old.setattr(module, name, getattr(module, name)[:3])
        store = open_store(store_url)  # not a Tracker: that would classify, which schema 3 could not
        try:
            with store._transaction():
                for statement in OLD_ROWS:
                    store._cursor(statement)
        finally:
            store.close()
        before = dump_store(store_url)
    return store_url, before


def test_an_old_database_is_upgraded_and_keeps_its_record(old_record):
    url, before = old_record
    with Tracker(url) as t:
        kinds = t.store._all("SELECT id, kind, kind_confidence > 0, no_quotation FROM quotes ORDER BY id")
        peskov = t.speaker("Peskov")
        assert t.store.unclassified_statements(10) == []
    assert kinds == [("q1", "claim", True, 0), ("q2", "denial", True, 0)]
    assert peskov["aliases"] == ["Dmitry Peskov"] and peskov["roles"] == ["kremlin spokesman"]
    after = dump_store(url)
    index, _ = after.pop("quotes_fts"), before.pop("quotes_fts")
    assert after == before
    # OLD_ROWS wrote no index entries; SQLite's migration 6 rebuilds its index from the stored quotes
    assert index in ([], [("q1", "Talks go on", "Peskov", "Talks"), ("q2", "that the talks had stalled", "Peskov", "Talks")])


def test_an_upgraded_database_stores_outlets_as_their_own_kind(old_record, tmp_path):
    path = write_articles(tmp_path / "o.jsonl", [{"id": "o1", "text": "Talks will resume in May, Interfax reported."}])
    with Tracker(old_record[0]) as t:
        t.ingest([path])
        assert t.speaker("Interfax")["kind"] == "outlet"
        assert t.speaker("Peskov")["quotes"] == 2 and len(t.speakers()) == 2
        langs = t.store._all("SELECT doc_id, lang FROM articles ORDER BY doc_id")
        assert langs == [("a1", None), ("o1", "en")]  # migration 5: unknown before it, said after
        with pytest.raises(Exception, match="(?i)check"):
            t.store._cursor("INSERT INTO speakers (name, kind, key) VALUES ('x', 'rumour', 'x')")


def test_the_sqlite_schema_edit_leaves_a_sound_file(old_record, backend):
    if backend != "sqlite":
        pytest.skip("PostgreSQL drops and adds its constraint")
    with Tracker(old_record[0]) as t:
        assert t.store._all("PRAGMA integrity_check") == [("ok",)]
        assert "'outlet'" in t.store._one("SELECT sql FROM sqlite_schema WHERE name = 'speakers'")[0]


#: A Russian statement as schema 5 stored it, index entry included (SQLite's had no lemmas column).
RUSSIAN_5 = {
    "sqlite": "INSERT INTO quotes_fts (rowid, text, speaker, title) VALUES (1, 'о прогрессе в переговорах', '', '')",
    "postgresql": "INSERT INTO quotes_fts (rowid, doc) VALUES (1, to_tsvector('simple', 'о прогрессе в переговорах'))",
}


def test_migration_6_indexes_the_stored_russian_statements(backend, store_url, monkeypatch):
    module, name = BEFORE_4[backend]
    with monkeypatch.context() as old:
        old.setattr(module, name, getattr(module, name)[:5])
        store = open_store(store_url)
        try:
            with store._transaction():
                store._cursor(OLD_ROWS[0].replace("Talks go on, Peskov said.", "о прогрессе в переговорах"))
                store._cursor("INSERT INTO quotes (id, article_id, speaker_kind, mention_kind, speaker_resolved,"
                              " type, text, content_start, content_end, confidence, attribution_id, rule) VALUES"
                              " ('r1', 1, 'unknown', 'none', 0, 'direct', 'о прогрессе в переговорах', 0, 25, 0.9, 1,"
                              " 'x')")
                store._cursor(RUSSIAN_5[backend])
        finally:
            store.close()
    with Tracker(store_url) as t:
        assert [h["id"] for h in t.search("переговорах")] == ["r1"]
        # PostgreSQL stems the stored text; SQLite's lemmas come from the NLP, so only a new extraction adds them
        assert [h["id"] for h in t.search("переговоры")] == (["r1"] if backend == "postgresql" else [])
