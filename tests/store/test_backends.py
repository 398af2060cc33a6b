"""SQLite and PostgreSQL keep the same record: one repository, two databases."""
from __future__ import annotations

import io
import json

from onrecord.service import Tracker
from tests.fixtures import PESKOV, fresh_database, same_statement, shared_file, write_articles

QUERIES = ["president", "rescue operation", "said", "trade war china", "Trump"]


def _record(t: Tracker) -> dict:
    out = io.StringIO()
    t.export(out, "jsonl")
    return {
        "counts": t.store.counts(),
        "speakers": [(s["name"], s["kind"], s["quotes"], s["first_seen"], s["last_seen"]) for s in t.speakers(100)],
        "hits": {q: sorted(r["id"] for r in t.search(q, limit=200)) for q in QUERIES},
        "export": sorted(json.loads(line)["quoteID"] for line in out.getvalue().splitlines()),
    }


def test_both_backends_keep_the_same_record(tmp_path):
    sample = shared_file("sample_news", "articles.jsonl").read_text(encoding="utf-8").splitlines()[:60]
    mine = write_articles(tmp_path / "mine.jsonl", PESKOV + same_statement(3))
    (tmp_path / "sample.jsonl").write_text("\n".join(sample) + "\n", encoding="utf-8")
    records = []
    for backend in ("sqlite", "postgresql"):
        with fresh_database(backend, tmp_path) as url, Tracker(url) as t:
            t.ingest([mine, str(tmp_path / "sample.jsonl")])
            records.append(_record(t))
    assert records[0]["counts"]["quotes"] > 100
    assert records[0] == records[1]
