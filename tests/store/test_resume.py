"""A killed ingest leaves whole articles only; the next run ends where an uninterrupted one does."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from tests.store.conftest import write_articles

#: Tables and columns compared; ingest time and input origin differ by design.
DUMP = {
    "articles": "key, doc_id, url, title, outlet, date, text, pipeline, provenance",
    "speakers": "id, name, kind, key",
    "speaker_aliases": "speaker_id, alias, first, n",
    "speaker_roles": "speaker_id, role, n",
    "clusters": "id, norm, speaker_id, longest_quote, first_date",
    "quotes": "id, cluster_id, speaker_id, speaker_name, type, text, content_start, content_end, source_start,"
              " cue_start, confidence, attribution_id, rule, date, outlet",
    "quotes_fts": "rowid, text, speaker, title",
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


def _dump(db):
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT {cols} FROM {t} ORDER BY 1").fetchall() for t, cols in DUMP.items()}
    finally:
        con.close()


def _stored(db):
    try:
        con = sqlite3.connect(db, timeout=1)
        try:
            return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_killed_ingest_resumes_to_the_same_database(tmp_path):
    path = write_articles(tmp_path / "in.jsonl", _articles(150))
    env = {**os.environ, "ONRECORD_BATCH_SIZE": "4"}
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
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
