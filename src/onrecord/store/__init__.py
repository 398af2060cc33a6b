"""The record: articles, quotes, speakers and quote clusters (no NLP here).

``open_store(url)`` gives the repository for a database URL or path. SQLite
(one file, WAL, FTS5) is the default; see docs/store.md.
"""
from __future__ import annotations

from pathlib import Path

from onrecord.errors import StoreError
from onrecord.store.filters import QuoteFilter
from onrecord.store.sqlite import SQLiteStore

__all__ = ["QuoteFilter", "SQLiteStore", "open_store"]


def open_store(url: str | Path) -> SQLiteStore:
    """The store at ``url``: a file path or ``sqlite:///path``."""
    text = str(url)
    if text.startswith(("postgresql://", "postgres://")):
        raise StoreError("PostgreSQL stores are not supported yet; use a SQLite file path")
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///"):]
    parent = Path(text).expanduser().resolve().parent
    if not parent.is_dir():
        raise StoreError(f"cannot create a database in {parent}: no such directory")
    return SQLiteStore(Path(text).expanduser())
