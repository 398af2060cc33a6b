"""The server store: PostgreSQL, for a newsroom's shared archive or a research corpus.

The same tables and rules as SQLite (``sql.py``); the full-text index is a
``tsvector`` per quote under a GIN index, ranked by ``ts_rank_cd`` and
highlighted by ``ts_headline``, with the ``simple`` configuration (no stemming,
no stop words), as the SQLite index matches words. Writers take one
transaction-scoped advisory lock, so an article is written whole and two
ingests never race on speaker identity; readers are never blocked (MVCC).
A reader that must never write (the web app) runs a read-only session.
Needs the ``postgres`` extra (psycopg 3).
"""
from __future__ import annotations

import itertools
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from onrecord.errors import StoreError, StoreUnavailable, first_line
from onrecord.records import MARK_CLOSE, MARK_OPEN
from onrecord.store.facets import facet_columns, facet_parts
from onrecord.store.filters import QuoteFilter
from onrecord.store.schema import POSTGRES_MIGRATIONS, statements
from onrecord.store.sql import HIT_COLUMNS, LATEST_FIRST, QUOTE_JOINS, SQLStore, query_terms

try:
    import psycopg
except ImportError:  # the extra is not installed; open_postgres says what to do
    psycopg = None

#: One lock number for every onrecord writer of a database (pg_advisory_xact_lock).
WRITER_LOCK = 0x6F6E7265  # "onre"
_PASSWORD = re.compile(r"(://[^:/@]*):[^@]*@")
_HEADLINE = f"StartSel={MARK_OPEN}, StopSel={MARK_CLOSE}, HighlightAll=true"
_TSVECTOR = ("setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')"
             " || setweight(to_tsvector('simple', ?), 'C')")
#: A Russian statement (one the service gave lemmas) also holds its text as the ``russian`` configuration
#: stems it (Snowball), weight D, so a search finds its inflected forms (issue 19, schema migration 6). The
#: text and the words are lower-cased and cut into words in Python: in a database of the C locale, PostgreSQL's
#: parser lower-cases ASCII letters only and takes « and » into a Cyrillic word ('переговорах»').
_RUSSIAN_STEMS = ("CASE WHEN CAST(? AS TEXT) IS NULL THEN ''::tsvector"
                  " ELSE setweight(to_tsvector('russian', ?), 'D') END")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_WORDS = re.compile(r"\w+")


def ts_query(terms: list[str]) -> tuple[str, tuple]:
    """Every word of a search as a tsquery (all must match): a word as written ('simple'), or for a word
    in Cyrillic, also its ``russian`` stem, so that "переговоры" finds "переговорах"."""
    parts = ["(plainto_tsquery('simple', ?) || plainto_tsquery('russian', ?))" if _CYRILLIC.search(t)
             else "plainto_tsquery('simple', ?)" for t in terms]
    params = tuple(p for t in terms for p in ((t, t.lower()) if _CYRILLIC.search(t) else (t,)))
    return "(" + " && ".join(parts) + ")", params


def without_password(url: str) -> str:
    """A database URL fit for a message or a log."""
    return _PASSWORD.sub(r"\1:***@", url)


class PostgresStore(SQLStore):
    """Articles, quotes, speakers and clusters in a PostgreSQL database."""

    instr = "strpos"

    def __init__(self, url: str, read_only: bool = False) -> None:
        if psycopg is None:
            raise StoreUnavailable("PostgreSQL needs the psycopg driver: pip install 'onrecord[postgres]'")
        self.driver_error = psycopg.Error
        self.where = without_password(url)
        self.read_only = read_only
        self._sql_cache: dict[str, str] = {}
        self._streams = itertools.count()
        try:
            self.db = psycopg.connect(url, autocommit=True, connect_timeout=10,
                                      application_name="onrecord")
        except psycopg.Error as exc:
            raise StoreUnavailable(f"cannot connect to {self.where}: {first_line(exc)}") from exc
        if read_only:  # every transaction of this session, autocommitted statements included
            self._cursor("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            self._check_schema()
        else:
            self._migrate()

    def _execute(self, sql: str, params: tuple) -> Any:
        return self.db.execute(*self._psycopg(sql, params))

    def _psycopg(self, sql: str, params: tuple) -> tuple[str, tuple]:
        """The shared SQL's "?" parameters as psycopg's "%s" (a literal % doubled, cached), and
        the parameters as PostgreSQL can store them."""
        text = self._sql_cache.get(sql)
        if text is None:
            text = self._sql_cache[sql] = sql.replace("%", "%%").replace("?", "%s")
        return text, tuple(_storable(p) for p in params)

    def _error(self, exc: Exception) -> StoreError:
        if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError) or self.db.closed:
            return StoreUnavailable(f"{self.where} is unreachable: {first_line(exc)}")
        return StoreError(f"{self.where}: {first_line(exc)}")

    def _stream(self, sql: str, params: tuple) -> Any:
        """A server-side cursor: psycopg's plain cursor would hold a whole export in memory."""
        cur = self.db.cursor(name=f"onrecord_stream_{id(self):x}_{next(self._streams)}", withhold=True)
        try:
            return cur.execute(*self._psycopg(sql, params))
        except psycopg.Error as exc:
            cur.close()
            raise self._error(exc) from exc

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        try:
            with self.db.transaction():
                self._cursor("SELECT pg_advisory_xact_lock(?)", (WRITER_LOCK,))
                yield
        except psycopg.Error as exc:  # raised by COMMIT itself
            raise self._error(exc) from exc

    def _migrate(self) -> None:
        """The ``onrecord_schema`` table counts the migrations that ran: older databases are upgraded."""
        with self._transaction():
            self._cursor("CREATE TABLE IF NOT EXISTS onrecord_schema (version INTEGER NOT NULL)")
            row = self._one("SELECT version FROM onrecord_schema")
            version = row[0] if row else 0
            if version > len(POSTGRES_MIGRATIONS):
                raise StoreUnavailable(f"{self.where} was written by a newer onrecord (schema {version});"
                                       " upgrade onrecord")
            for script in POSTGRES_MIGRATIONS[version:]:
                for statement in statements(script):
                    self._cursor(statement)
            if row is None:
                self._cursor("INSERT INTO onrecord_schema (version) VALUES (?)", (len(POSTGRES_MIGRATIONS),))
            else:
                self._cursor("UPDATE onrecord_schema SET version = ?", (len(POSTGRES_MIGRATIONS),))

    def _check_schema(self) -> None:
        """What ``_migrate`` checks, for a read-only session, which may not create or upgrade anything."""
        exists = self._one("SELECT to_regclass('onrecord_schema') IS NOT NULL")[0]
        row = self._one("SELECT version FROM onrecord_schema") if exists else None
        version = row[0] if row else 0
        if version != len(POSTGRES_MIGRATIONS):
            fix = ("upgrade onrecord" if version > len(POSTGRES_MIGRATIONS)
                   else "open it for writing once (onrecord ingest)")
            raise StoreUnavailable(f"{self.where} has schema {version}, not {len(POSTGRES_MIGRATIONS)}, and a read-only"
                                   f" session changes nothing: {fix}")

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------------ full-text index (tsvector, GIN)

    def _index_quotes(self, rows: list[tuple[int, str, str, str, str | None]]) -> None:
        for rowid, text, speaker, title, lemmas in rows:
            self._cursor(f"INSERT INTO quotes_fts (rowid, doc) VALUES (?, {_TSVECTOR} || {_RUSSIAN_STEMS})",
                         (rowid, text, speaker, title, lemmas, " ".join(_WORDS.findall(text.lower()))))

    def _unindex_quotes(self, rowids: list[int]) -> None:
        if rowids:
            self._cursor("DELETE FROM quotes_fts WHERE rowid = ANY(?)", (rowids,))

    def _matching(self, f: QuoteFilter) -> tuple[str, tuple]:
        query, params = ts_query(query_terms(f.text))
        return f"SELECT rowid FROM quotes_fts WHERE doc @@ {query}", params

    def search(self, f: QuoteFilter) -> list[dict[str, Any]]:
        terms = query_terms(f.text)
        if not terms:
            return self.latest(f)
        where, params = f.sql()
        ranked = f.order == "relevance"
        after, after_params = f.after_sql()
        inner, outer = ("score DESC, f.rowid", "hits.score DESC, q.rowid") if ranked else (LATEST_FIRST, LATEST_FIRST)
        tsquery, query_params = ts_query(terms)
        sql = (f"SELECT {HIT_COLUMNS}, ts_headline('simple', q.text, hits.query, ?) AS highlight, hits.score"
               " FROM (SELECT f.rowid, ts_rank_cd(f.doc, query) AS score, query"
               f" FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid, (SELECT {tsquery} AS query) AS words"
               f" WHERE f.doc @@ query AND {where} AND {after} ORDER BY {inner} LIMIT ? OFFSET ?) hits"
               f" JOIN quotes q ON q.rowid = hits.rowid {QUOTE_JOINS} ORDER BY {outer}")
        return self._rows(sql, (_HEADLINE, *query_params, *params, *after_params, f.limit, f.offset))


    def page_and_facets(self, f: QuoteFilter, facets: tuple[str, ...] = ()
                        ) -> tuple[list[dict[str, Any]], int, dict[str, list[dict[str, Any]]]]:
        """The matches read once for the page, the total and the facets: ranking already reads every match,
        and reading them all again for the facets would double a search page's time (docs/benchmarks_store.md).
        The page's rows come as (``hit``, row id, None, position); a second statement reads those rows."""
        terms = query_terms(f.text)
        if not terms:
            return super().page_and_facets(f, facets)
        where, params = f.sql()
        after, after_params = f.after_sql()
        order = "q.score DESC, q.rowid" if f.order == "relevance" else LATEST_FIRST
        page = (f"SELECT * FROM (SELECT 'hit' AS facet, CAST(q.rowid AS TEXT) AS value, CAST(NULL AS TEXT) AS label,"
                f" ROW_NUMBER() OVER (ORDER BY {order}) AS n FROM m q WHERE {after} ORDER BY {order}"
                " LIMIT ? OFFSET ?) AS page")
        tsquery, query_params = ts_query(terms)
        rows = self._all(f"WITH m AS MATERIALIZED (SELECT q.rowid, q.date, ts_rank_cd(f.doc, query) AS score"
                         f"{facet_columns(facets)} FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid,"
                         f" (SELECT {tsquery} AS query) AS words WHERE f.doc @@ query AND {where})"
                         f" {' UNION ALL '.join([page, *facet_parts(facets)])}",
                         (*query_params, *params, *after_params, f.limit, f.offset))
        position = {int(value): n for facet, value, _, n in rows if facet == "hit"}
        hits = self._rows(f"SELECT {HIT_COLUMNS}, ts_headline('simple', q.text, query, ?) AS highlight,"
                          f" ts_rank_cd(fts.doc, query) AS score FROM quotes q {QUOTE_JOINS}"
                          f" JOIN quotes_fts fts ON fts.rowid = q.rowid CROSS JOIN (SELECT {tsquery} AS query) AS words"
                          " WHERE q.rowid = ANY(?)", (_HEADLINE, *query_params, list(position)))
        return sorted(hits, key=lambda h: position[h["rowid"]]), *self.counted(rows, facets)


@contextmanager
def scratch_database(admin_url: str, prefix: str = "onrecord_scratch") -> Iterator[str]:
    """The URL of a new, empty database on the server of ``admin_url`` (a role that may create
    databases), dropped afterwards: for tests and benchmarks."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(urlsplit(admin_url)._replace(path="/" + name))
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _storable(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL: store U+FFFD in its place (one character, so offsets stay true)."""
    return value.replace("\x00", "\ufffd") if isinstance(value, str) and "\x00" in value else value
