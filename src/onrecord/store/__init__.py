"""The record: articles, quotes, speakers and quote clusters (no NLP here).

``open_store(url)`` gives the repository for a database: a file path or
``sqlite:///path`` is an embedded SQLite file (one file, WAL, FTS5), a
``postgresql://`` URL a PostgreSQL server (tsvector/GIN). Both implement
``SQLStore``; see docs/store.md.
"""
from __future__ import annotations

from pathlib import Path

from onrecord.errors import StoreUnavailable
from onrecord.store.filters import QuoteFilter
from onrecord.store.sql import MARK_CLOSE, MARK_OPEN, SQLStore
from onrecord.store.sqlite import SQLiteStore

__all__ = ["MARK_CLOSE", "MARK_OPEN", "QuoteFilter", "SQLStore", "SQLiteStore", "open_store"]

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def open_store(url: str | Path) -> SQLStore:
    """The store at ``url``: a file path, ``sqlite:///path`` or ``postgresql://…``."""
    text = str(url)
    if text.startswith(POSTGRES_SCHEMES):
        from onrecord.store.postgres import PostgresStore

        return PostgresStore(text)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///"):]
    parent = Path(text).expanduser().resolve().parent
    if not parent.is_dir():
        raise StoreUnavailable(f"cannot create a database in {parent}: no such directory")
    return SQLiteStore(Path(text).expanduser())
