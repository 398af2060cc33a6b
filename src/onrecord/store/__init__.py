"""The record: articles, quotes, speakers and quote clusters (no NLP here).

``open_store(url)`` gives the repository for a database: a file path or
``sqlite:///path`` is an embedded SQLite file (one file, WAL, FTS5), a
``postgresql://`` URL a PostgreSQL server (tsvector/GIN). Both implement
``SQLStore``; see docs/store.md.

The backends load when a store is opened, and the other names when first
used (PEP 562): a Spark executor that needs only :mod:`.normalise` imports
no database driver.
"""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from onrecord.errors import StoreUnavailable

if TYPE_CHECKING:
    from onrecord.store.filters import QuoteFilter
    from onrecord.store.sql import SQLStore
    from onrecord.store.sqlite import SQLiteStore

__all__ = ["QuoteFilter", "SQLStore", "SQLiteStore", "open_store"]

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
_EXPORTS = {"QuoteFilter": "onrecord.store.filters", "SQLStore": "onrecord.store.sql",
            "SQLiteStore": "onrecord.store.sqlite"}


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'onrecord.store' has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)


def open_store(url: str | Path, read_only: bool = False) -> SQLStore:
    """The store at ``url``: a file path, ``sqlite:///path`` or ``postgresql://…``.

    ``read_only``: a connection that refuses every write (a reader such as the web app,
    which must never change the record); it creates and upgrades nothing either.
    """
    text = str(url)
    if text.startswith(POSTGRES_SCHEMES):
        from onrecord.store.postgres import PostgresStore

        return PostgresStore(text, read_only=read_only)
    from onrecord.store.sqlite import SQLiteStore

    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///"):]
    path = Path(text).expanduser()
    if read_only and not path.is_file():
        raise StoreUnavailable(f"{path}: no such database")
    if not path.resolve().parent.is_dir():
        raise StoreUnavailable(f"cannot create a database in {path.resolve().parent}: no such directory")
    return SQLiteStore(path, read_only=read_only)
