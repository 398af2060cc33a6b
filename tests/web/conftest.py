"""Web tests share one way to build their temporary database."""
from __future__ import annotations

from onrecord.service import Tracker
from tests.store.conftest import write_articles


def record_of(tmp_path_factory, name: str, articles: list[dict]) -> str:
    """A fresh SQLite database holding ``articles``, ingested; its path."""
    folder = tmp_path_factory.mktemp(name)
    db = str(folder / "record.db")
    with Tracker(db) as t:
        t.ingest([write_articles(folder / "articles.jsonl", articles)])
    return db
