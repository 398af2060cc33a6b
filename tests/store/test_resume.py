"""A killed ingest leaves whole articles only; the next run ends where an uninterrupted one does."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from onrecord.store.postgres import psycopg
from tests.fixtures import distinct_articles, dump_store, fresh_database, write_articles


def _ingest(path, db, env):
    return subprocess.Popen([sys.executable, "-m", "onrecord.cli", "ingest", path, "--db", str(db)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


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
    path = write_articles(tmp_path / "in.jsonl", distinct_articles(150))
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
    assert dump_store(killed) == dump_store(whole)
