"""A killed ingest leaves whole articles only; the next run ends where an uninterrupted one does."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from onrecord.store import SQLiteStore, open_store
from onrecord.store.postgres import PostgresStore, psycopg
from tests.conftest import fresh_database
from tests.store.conftest import write_articles

#: What "the same database" means: every stored fact, with generated ids replaced by what they
#: point at (PostgreSQL's sequences move on in a killed transaction; SQLite's do not).
DUMP = {
    "articles": "SELECT key, doc_id, url, title, outlet, date, text, pipeline, provenance FROM articles",
    "speakers": "SELECT name, kind, key FROM speakers",
    "speaker_aliases": "SELECT s.name, a.alias, a.first, a.n FROM speaker_aliases a"
                       " JOIN speakers s ON s.id = a.speaker_id",
    "speaker_roles": "SELECT s.name, r.role, r.n FROM speaker_roles r JOIN speakers s ON s.id = r.speaker_id",
    "clusters": "SELECT c.norm, s.name, c.longest_quote, c.first_date FROM clusters c"
                " LEFT JOIN speakers s ON s.id = c.speaker_id",
    "quotes": "SELECT q.id, c.norm, s.name, q.speaker_name, q.type, q.text, q.content_start, q.content_end,"
              " q.source_start, q.cue_start, q.confidence, q.attribution_id, q.rule, q.date, q.outlet"
              " FROM quotes q JOIN clusters c ON c.id = q.cluster_id LEFT JOIN speakers s ON s.id = q.speaker_id",
}
#: The full-text index, keyed by quote id.
FTS_DUMP = {
    SQLiteStore: "SELECT q.id, f.text, f.speaker, f.title FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid",
    PostgresStore: "SELECT q.id, f.doc::text FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid",
}


def _articles(n):
    people = ["Anna Berg", "Tomas Lind", "Maria Holm", "Erik Sand"]
    return [{"id": f"r{i}", "date": f"2026-03-{1 + i % 28:02d}", "outlet": f"Outlet {i % 3}",
             "text": f"“Plan {i} will go ahead in spring,” {people[i % 4]} said on Monday.\n\n"
                     f"{people[(i + 1) % 4].split()[1]} told reporters that the budget for plan {i} was too small."}
            for i in range(n)]


def _ingest(path, db, env):
    return subprocess.Popen([sys.executable, "-m", "onrecord.cli", "ingest", path, "--db", str(db)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _dump(url):
    store = open_store(url)
    try:
        return {table: sorted(store._all(sql), key=repr)
                for table, sql in {**DUMP, "quotes_fts": FTS_DUMP[type(store)]}.items()}
    finally:
        store.close()


def _stored(url):
    """Articles stored so far, without waiting on the writer or creating the database."""
    if url.startswith("postgresql://"):
        with psycopg.connect(url) as con:
            return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] if con.execute(
                "SELECT to_regclass('articles')").fetchone()[0] else 0
    try:
        con = sqlite3.connect(f"file:{url}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_killed_ingest_resumes_to_the_same_database(tmp_path, backend, store_url):
    path = write_articles(tmp_path / "in.jsonl", _articles(150))
    env = {**os.environ, "ONRECORD_BATCH_SIZE": "4"}
    with fresh_database(backend, tmp_path, "killed") as killed:
        _kill_then_resume(path, store_url, killed, env)


def _kill_then_resume(path, whole, killed, env):
    assert _ingest(path, whole, env).wait(timeout=600) == 0

    proc = _ingest(path, killed, env)
    deadline = time.monotonic() + 300
    while _stored(killed) < 20 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    partial = _stored(killed)
    assert 0 < partial < 150, "the kill should land mid-run"
    assert _ingest(path, killed, env).wait(timeout=600) == 0
    assert _dump(killed) == _dump(whole)
