"""The embedded store: one SQLite file in WAL mode with an FTS5 index.

Every write of an article is one ``BEGIN IMMEDIATE`` transaction, so a run
killed at any point leaves whole articles only, and readers keep reading
while a writer works (WAL); a reader that must never write (the web app)
opens the file ``mode=ro``. User text reaches FTS5 as quoted terms only
(:func:`fts_query`), never as query syntax.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from onrecord.errors import StoreError, StoreUnavailable
from onrecord.records import MARK_CLOSE, MARK_OPEN
from onrecord.store.filters import QuoteFilter
from onrecord.store.schema import SQLITE_MIGRATIONS, statements
from onrecord.store.sql import HIT_COLUMNS, LATEST_FIRST, QUOTE_JOINS, SQLStore, query_terms

#: bm25 as a score where higher is better (FTS5's bm25 is lower for better matches).
_SCORE = "-bm25(quotes_fts)"


def fts_query(text: str | None, lemmas: tuple[str, ...] = ()) -> str | None:
    """Words of a user's search as an FTS5 query of quoted terms (all must match); a word with a
    lemma of its own matches either ("переговорах" OR "переговоры"), in any column, lemmas included."""
    lemma_of = dict(enumerate(lemmas))
    terms = [f'"{t}"' if lemma_of.get(n, t.lower()) in ("", t.lower())
             else '("{}" OR "{}")'.format(t, lemma_of[n].replace('"', '""'))
             for n, t in enumerate(query_terms(text))]
    return " ".join(terms) or None


class SQLiteStore(SQLStore):
    """Articles, quotes, speakers and clusters in one SQLite database file."""

    driver_error = sqlite3.Error

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.where = str(path)
        self.read_only = read_only
        try:
            if read_only:  # SQLite refuses every write on it; a WAL file is still read, commits included
                self.db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=30,
                                          isolation_level=None, check_same_thread=False)
                pragmas: tuple[str, ...] = ("busy_timeout = 30000",)
            else:
                self.db = sqlite3.connect(self.where, timeout=30, isolation_level=None, check_same_thread=False)
                pragmas = ("busy_timeout = 30000", "journal_mode = WAL", "foreign_keys = ON", "synchronous = NORMAL")
            for pragma in pragmas:
                self.db.execute(f"PRAGMA {pragma}")
        except sqlite3.Error as exc:
            raise self._error(exc) from exc
        self._migrate()

    def _execute(self, sql: str, params: tuple) -> Any:
        return self.db.execute(sql, params)

    def _error(self, exc: Exception) -> StoreError:
        message = str(exc)
        if "locked" in message or "busy" in message:
            return StoreUnavailable(f"{self.where} is locked by another writer; try again when it has finished"
                                    f" ({message})")
        if "not a database" in message or "malformed" in message or "corrupt" in message:
            return StoreUnavailable(f"{self.where} is not an onrecord database or is damaged ({message})")
        if "readonly" in message:  # a file made read-only mid-run stops the run, not each article
            return StoreUnavailable(f"cannot write to the database {self.where}: {message}")
        if isinstance(exc, sqlite3.OperationalError) and ("unable to open" in message or "disk" in message):
            return StoreUnavailable(f"{self.where}: {message}")
        return StoreError(f"{self.where}: {message}")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._cursor("BEGIN IMMEDIATE")
        try:
            yield
            self._cursor("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise

    def _migrate(self) -> None:
        """``PRAGMA user_version`` counts the migrations that ran: older files are upgraded (refused when
        read-only), newer refused."""
        version = self._one("PRAGMA user_version")[0]
        if version > len(SQLITE_MIGRATIONS):
            raise StoreUnavailable(f"{self.where} was written by a newer onrecord (schema {version}); upgrade onrecord")
        if self.read_only and version < len(SQLITE_MIGRATIONS):
            raise StoreUnavailable(f"{self.where} has schema {version} of {len(SQLITE_MIGRATIONS)}, and a read-only"
                                   " connection cannot upgrade it: open it for writing once (onrecord ingest)")
        for n in range(version, len(SQLITE_MIGRATIONS)):
            with self._transaction():
                for statement in statements(SQLITE_MIGRATIONS[n]):
                    self._cursor(statement)
                self._cursor(f"PRAGMA user_version = {n + 1}")

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------------ full-text index (FTS5)

    def _index_quotes(self, rows: list[tuple[int, str, str, str, str | None]]) -> None:
        for row in rows:
            self._cursor("INSERT INTO quotes_fts (rowid, text, speaker, title, lemmas) VALUES (?,?,?,?,?)", row)

    def _unindex_quotes(self, rowids: list[int]) -> None:
        for rowid in rowids:
            self._cursor("DELETE FROM quotes_fts WHERE rowid = ?", (rowid,))

    def _matching(self, f: QuoteFilter) -> tuple[str, tuple]:
        return "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?", (fts_query(f.text, f.lemmas),)

    def search(self, f: QuoteFilter) -> list[dict[str, Any]]:
        query = fts_query(f.text, f.lemmas)
        if query is None:
            return self.latest(f)
        if f.order == "relevance" and not f.narrowed():
            return self._ranked_in_index(query, f)
        where, params = f.sql()
        ranked = f.order == "relevance"
        after, after_params = f.after_sql()
        sql = (f"SELECT {HIT_COLUMNS}, highlight(quotes_fts, 0, ?, ?) AS highlight, {_SCORE} AS score"
               f" FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid {QUOTE_JOINS}"
               f" WHERE quotes_fts MATCH ? AND {where} AND {after}"
               f" ORDER BY {'score DESC, q.rowid' if ranked else LATEST_FIRST} LIMIT ? OFFSET ?")
        return self._rows(sql, (MARK_OPEN, MARK_CLOSE, query, *params, *after_params, f.limit, f.offset))

    def _ranked_in_index(self, query: str, f: QuoteFilter) -> list[dict[str, Any]]:
        """Words only: rank inside the index first, then join the page of hits (much faster on large stores)."""
        through = "" if f.through is None else f" AND rowid <= {int(f.through)}"
        sql = (f"SELECT {HIT_COLUMNS}, hits.highlight, hits.score FROM (SELECT rowid,"
               f" highlight(quotes_fts, 0, ?, ?) AS highlight, {_SCORE} AS score FROM quotes_fts"
               f" WHERE quotes_fts MATCH ?{through} ORDER BY score DESC, rowid LIMIT ? OFFSET ?) hits"
               f" JOIN quotes q ON q.rowid = hits.rowid {QUOTE_JOINS} ORDER BY hits.score DESC, q.rowid")
        return self._rows(sql, (MARK_OPEN, MARK_CLOSE, query, f.limit, f.offset))
