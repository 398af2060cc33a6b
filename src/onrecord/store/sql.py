"""The repository both databases implement: every rule of the record, written once.

``SQLStore`` holds what the record means (an article is replaced whole, a
statement joins its cluster, a speaker is the canonical one chosen by the
``canonical_speakers.py`` part it inherits) as portable SQL with ``?``
parameters. A backend (``sqlite.py``, ``postgres.py``) supplies the
connection, the transaction that makes one article atomic, its schema
migrations and its full-text index (``_index_quotes``, ``_unindex_quotes``,
``search``). User text only ever reaches SQL as a parameter.
"""
from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from onrecord.errors import StoreError, StoreUnavailable, first_line
from onrecord.records import Article, Quote
from onrecord.store.canonical_speakers import CanonicalSpeakers
from onrecord.store.facets import Facets
from onrecord.store.statement_kinds import StatementKinds
from onrecord.store.filters import UNDECODABLE, QuoteFilter, row_id
from onrecord.store.near_duplicates import COPY_SIMILARITY, bands, similarity
from onrecord.store.normalise import quote_id, statement_norm
from onrecord.store.statement_role import statement_role

_WORDS = re.compile(r"\w+")
#: Longest search accepted, in words; the rest of a pasted text is ignored.
MAX_QUERY_TERMS = 32
#: Quotations shorter than this (in words) join a cluster only on an exact match.
MIN_CONTAINED_WORDS = 5

QUOTE_COLUMNS = (
    "q.id, q.text, q.type, q.date, q.outlet, q.confidence, q.rule, q.cluster_id, q.speaker_id,"
    " COALESCE(s.name, q.speaker_name) AS speaker, q.speaker_kind, q.mention_kind, q.speaker_resolved,"
    " q.speaker_role, q.kind, q.kind_confidence, q.no_quotation,"
    " a.title, a.url, a.doc_id AS article, a.lang, a.provenance, q.article_id,"
    " (SELECT COUNT(*) FROM articles d WHERE d.duplicate_of = q.article_id) AS copies,"
    " (SELECT COUNT(*) FROM quotes c WHERE c.cluster_id = q.cluster_id) AS occurrences"
)
QUOTE_JOINS = "JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id"
#: Characters of the article read on each side of a statement, from which the service cuts the sentence
#: it stands in (a keyword-in-context line, service/context.py): a hit never reads its whole article.
CONTEXT_CHARS = 400
_CONTEXT_FROM = f"(CASE WHEN q.content_start > {CONTEXT_CHARS} THEN q.content_start - {CONTEXT_CHARS} ELSE 0 END)"
#: A search hit: the quote, its row id (a page's position), and the article text around it.
HIT_COLUMNS = (f"{QUOTE_COLUMNS}, q.rowid, q.content_start, q.content_end, {_CONTEXT_FROM} AS context_from,"
               f" substr(a.text, {_CONTEXT_FROM} + 1, q.content_end - {_CONTEXT_FROM} + {CONTEXT_CHARS}) AS context")
#: Newest first; undated statements last on every backend.
LATEST_FIRST = "q.date DESC NULLS LAST, q.rowid DESC"


def query_terms(text: str | None) -> list[str]:
    """The words of a user's search; punctuation and any query syntax are dropped."""
    return _WORDS.findall(text or "")[:MAX_QUERY_TERMS]


class SQLStore(CanonicalSpeakers, Facets, StatementKinds, ABC):
    """Articles, quotes, speakers and clusters in a SQL database."""

    #: The database's name for "position of a substring" (SQLite ``instr``, PostgreSQL ``strpos``).
    instr = "instr"
    #: Where the database is, for messages (a path, or a URL without its password).
    where: str

    # ------------------------------------------------------------------ what a backend supplies

    #: The driver's base exception class; every one raised is turned into a StoreError.
    driver_error: type[Exception] = Exception

    @abstractmethod
    def _execute(self, sql: str, params: tuple) -> Any:
        """Run one statement with ``?`` parameters on the driver and return its cursor."""

    @abstractmethod
    def _error(self, exc: Exception) -> StoreError:
        """The driver's error as a message a user can act on (StoreUnavailable if the database is unusable)."""

    @abstractmethod
    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction that excludes other writers; rolled back if the body raises."""

    @abstractmethod
    def _index_quotes(self, rows: list[tuple[int, str, str, str, str | None]]) -> None:
        """Add (quote rowid, text, speaker, title, lemmas) to the full-text index; lemmas are None but for a
        Russian statement."""

    @abstractmethod
    def _unindex_quotes(self, rowids: list[int]) -> None:
        """Remove quotes from the full-text index."""

    @abstractmethod
    def search(self, f: QuoteFilter) -> list[dict[str, Any]]:
        """Quotes matching every word of ``f.text`` and the filters, most relevant first, with
        ``highlight`` (matched words between MARK_OPEN and MARK_CLOSE) and ``score`` (higher is better)."""

    @abstractmethod
    def _matching(self, f: QuoteFilter) -> tuple[str, tuple]:
        """A subquery of the row ids of the quotes holding every word of ``f.text`` (in the full-text index)."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    # ------------------------------------------------------------------ small helpers

    def _cursor(self, sql: str, params: tuple = ()) -> Any:
        try:
            return self._execute(sql, params)
        except self.driver_error as exc:
            raise self._error(exc) from exc
        except UnicodeEncodeError as exc:  # a lone surrogate: a name or text no driver can encode
            raise StoreError(f"{self.where}: a value is not valid text (it holds {UNDECODABLE})") from exc

    def _fetch(self, cur: Any, n: int | None = None) -> list:
        try:
            return cur.fetchall() if n is None else cur.fetchmany(n)
        except self.driver_error as exc:
            raise self._error(exc) from exc

    def _one(self, sql: str, params: tuple = ()) -> tuple | None:
        rows = self._fetch(self._cursor(sql, params), 1)
        return tuple(rows[0]) if rows else None

    def _all(self, sql: str, params: tuple = ()) -> list[tuple]:
        return [tuple(r) for r in self._fetch(self._cursor(sql, params))]

    def _rows(self, sql: str, params: tuple = ()) -> list[dict[str, Any]]:
        cur = self._cursor(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in self._fetch(cur)]

    def _insert(self, sql: str, params: tuple) -> int:
        """Run an INSERT … RETURNING of one key column and give the key."""
        return self._fetch(self._cursor(sql, params))[0][0]

    # ------------------------------------------------------------------ writing

    def check_writable(self) -> None:
        """Raise StoreUnavailable, naming the database, unless this connection may write to it.

        An ingest asks before it reads its first article, so a read-only file or server is
        found at once rather than after every article was extracted. The probe is a write
        that changes no row, in a writer's transaction: SQLite grants ``BEGIN IMMEDIATE`` on
        a read-only connection and refuses only the write itself.
        """
        try:
            with self._transaction():
                self._cursor("UPDATE articles SET title = title WHERE 1 = 0")
        except StoreUnavailable:
            raise  # locked, damaged or unreachable: its own message says so
        except StoreError as exc:
            raise StoreUnavailable(f"cannot write to the database {self.where}: "
                                   f"{first_line(exc.__cause__ or exc)}") from exc

    def article_pipeline(self, key: str) -> str | None:
        """The pipeline id that extracted the stored article ``key``, or None if absent."""
        row = self._one("SELECT pipeline FROM articles WHERE key = ?", (key,))
        return row[0] if row else None

    def save_article(self, key: str, article: Article, quotes: tuple[Quote, ...], pipeline: str,
                     date: str | None, *, minhash: bytes | None = None, copy_of: int | None = None,
                     lemmas: tuple[str | None, ...] = ()) -> int:
        """Store one article with its quotes atomically, replacing an earlier extraction of it.

        A copy of a stored story (``copy_of``: the first copy's id) is kept with its outlet,
        URL and date but no quotes, so its statements count once; an original's ``minhash``
        signature is indexed so that later copies find it. ``lemmas``, one per quote, are the lemmas of a
        Russian statement's words, indexed beside its text (issue 19; computed by the service).
        """
        meta = article.meta
        provenance = json.dumps(asdict(quotes[0].provenance)) if quotes else json.dumps({"pipeline": pipeline})
        row = {"key": key, "doc_id": article.id, "url": meta.get("url"), "title": meta.get("title"),
               "outlet": meta.get("outlet"), "author": meta.get("author"), "date": date, "text": article.text,
               "lang": meta.get("lang"), "pipeline": pipeline, "provenance": provenance, "origin": article.origin,
               "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"), "duplicate_of": copy_of,
               "minhash": minhash if copy_of is None else None}
        with self._transaction():
            old = self._one("SELECT id FROM articles WHERE key = ?", (key,))
            if old:  # updated in place: copies of it keep pointing at it
                article_id = old[0]
                self._drop_quotes(article_id)
                self._cursor("DELETE FROM article_bands WHERE article_id = ?", (article_id,))
                self._cursor(f"UPDATE articles SET {', '.join(f'{c} = ?' for c in row)} WHERE id = ?",
                             (*row.values(), article_id))
            else:
                article_id = self._insert(f"INSERT INTO articles ({', '.join(row)}) VALUES"
                                          f" ({', '.join('?' * len(row))}) RETURNING id", tuple(row.values()))
            if row["minhash"] is not None:
                for band, value in bands(minhash):
                    self._cursor("INSERT INTO article_bands (band, hash, article_id) VALUES (?,?,?)",
                                 (band, value, article_id))
            lemma_of = dict(enumerate(lemmas))
            self._index_quotes([(*self._insert_quote(article_id, key, article, q, date), lemma_of.get(n))
                                for n, q in enumerate(quotes)])
        return article_id

    def copy_of(self, minhash: bytes, key: str) -> int | None:
        """The stored story that the text with this signature copies (the most similar), or None.
        ``key`` is the text's own article, which is never its own copy."""
        pairs = bands(minhash)
        where = " OR ".join("(band = ? AND hash = ?)" for _ in pairs)
        ids = [r[0] for r in self._all(f"SELECT DISTINCT article_id FROM article_bands WHERE {where}",
                                       tuple(v for pair in pairs for v in pair))]
        if not ids:
            return None
        scored = [(similarity(bytes(stored), minhash), -article_id) for article_id, stored in self._all(
            f"SELECT id, minhash FROM articles WHERE id IN ({', '.join('?' * len(ids))}) AND key != ?"
            " AND minhash IS NOT NULL", (*ids, key))]
        best = max(scored, default=None)
        return -best[1] if best and best[0] >= COPY_SIMILARITY else None

    def copies(self, article_id: int) -> list[dict[str, Any]]:
        """The outlets that ran a copy of this story: their URL, outlet and date, oldest first."""
        return self._rows("SELECT url, outlet, date, title FROM articles WHERE duplicate_of = ?"
                          " ORDER BY date NULLS LAST, id", (article_id,))

    def _drop_quotes(self, article_id: int) -> None:
        rows = self._all("SELECT rowid, cluster_id FROM quotes WHERE article_id = ?", (article_id,))
        self._unindex_quotes([r[0] for r in rows])
        self._cursor("DELETE FROM quotes WHERE article_id = ?", (article_id,))
        for cluster in sorted({r[1] for r in rows if r[1] is not None}):
            self._cursor("DELETE FROM clusters WHERE id = ? AND NOT EXISTS"
                         " (SELECT 1 FROM quotes WHERE cluster_id = ?)", (cluster, cluster))

    def _insert_quote(self, article_id: int, key: str, article: Article, q: Quote,
                      date: str | None) -> tuple[int, str, str, str]:
        """Store one quote; give what the full-text index needs of it."""
        row = q.to_row(article.text)
        text = row["text"]
        source_text = q.source.text(article.text) if q.source else None
        speaker_id, kind = self._speaker_of(q.speaker, source_text)
        qid = quote_id(key, q.content.start, q.content.end)
        cluster_id = self._cluster_for(qid, text, speaker_id, date)
        role = statement_role(article.text, q.speaker.roles, (q.source or q.content).start)
        rowid = self._insert(
            "INSERT INTO quotes (id, article_id, cluster_id, speaker_id, speaker_name, speaker_kind, mention_kind,"
            " speaker_resolved, speaker_role, type, text, content_start, content_end, source_start, source_end,"
            " cue_start, cue_end, confidence, attribution_id, rule, date, outlet, kind, kind_confidence,"
            " no_quotation) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING rowid",
            (qid, article_id, cluster_id, speaker_id, q.speaker.name, kind, q.speaker.mention_kind,
             int(q.speaker.resolved), role, q.type, text,
             *(row[f"{part}_{end}"] for part in ("content", "source", "cue") for end in ("start", "end")),
             q.confidence, q.attribution_id, q.rule, date, article.meta.get("outlet"), q.kind, q.kind_confidence,
             int(q.no_quotation)))
        return rowid, text, q.speaker.name or "", article.meta.get("title") or ""

    def _cluster_for(self, qid: str, text: str, speaker_id: int | None, date: str | None) -> int:
        """The cluster of this statement: same normalised text, or one containing the other (same speaker)."""
        norm = statement_norm(text)
        if speaker_id is None:
            row = self._one("SELECT id, norm FROM clusters WHERE norm = ? AND speaker_id IS NULL", (norm,))
        else:
            row = self._one("SELECT id, norm FROM clusters WHERE norm = ? AND speaker_id = ?", (norm, speaker_id))
        if row is None and speaker_id is not None and len(norm.split()) >= MIN_CONTAINED_WORDS:
            row = self._one(f"SELECT id, norm FROM clusters WHERE speaker_id = ? AND ({self.instr}(' ' || norm || ' ',"
                            f" ?) > 0 OR {self.instr}(?, ' ' || norm || ' ') > 0) ORDER BY id LIMIT 1",
                            (speaker_id, f" {norm} ", f" {norm} "))
            if row is not None and min(len(norm.split()), len(row[1].split())) < MIN_CONTAINED_WORDS:
                row = None
        if row is None:
            return self._insert("INSERT INTO clusters (norm, speaker_id, longest_quote, first_date)"
                                " VALUES (?,?,?,?) RETURNING id", (norm, speaker_id, qid, date))
        cluster_id, old_norm = row
        if len(norm) > len(old_norm):
            self._cursor("UPDATE clusters SET norm = ?, longest_quote = ? WHERE id = ?", (norm, qid, cluster_id))
        if date:
            self._cursor("UPDATE clusters SET first_date = ? WHERE id = ? AND (first_date IS NULL"
                         " OR first_date > ?)", (date, cluster_id, date))
        return cluster_id

    # ------------------------------------------------------------------ reading

    def latest(self, f: QuoteFilter) -> list[dict[str, Any]]:
        """A search without words: the newest statements that pass the filters."""
        where, params = f.sql()
        after, after_params = f.after_sql()
        return self._rows(f"SELECT {HIT_COLUMNS}, q.text AS highlight, 0.0 AS score FROM quotes q {QUOTE_JOINS}"
                          f" WHERE {where} AND {after} ORDER BY {LATEST_FIRST} LIMIT ? OFFSET ?",
                          (*params, *after_params, f.limit, f.offset))

    def selection(self, f: QuoteFilter) -> tuple[str, tuple]:
        """The WHERE clause over ``q`` of every quote that passes the filters and holds every word of the text."""
        where, params = f.sql()
        terms = query_terms(f.text)
        if not terms:
            return where, params
        matching, match_params = self._matching(f)
        return f"q.rowid IN ({matching}) AND {where}", (*match_params, *params)

    def last_rowid(self) -> int:
        """The largest quote row id: the snapshot a search's pages are read in."""
        return self._one("SELECT COALESCE(MAX(rowid), 0) FROM quotes")[0]

    def quotes(self, f: QuoteFilter, order: str = "q.date NULLS LAST, q.rowid") -> Iterator[dict[str, Any]]:
        """Every quote that passes the filters (and holds the words of ``f.text``), streamed in ``order``
        (oldest first)."""
        where, params = self.selection(f)
        cur = self._stream(f"SELECT {QUOTE_COLUMNS} FROM quotes q {QUOTE_JOINS} WHERE {where} ORDER BY {order}",
                           params)
        try:
            names = [d[0] for d in cur.description]
            while rows := self._fetch(cur, 500):
                for row in rows:
                    yield dict(zip(names, row))
        finally:
            with suppress(self.driver_error):  # an abandoned export may be collected after close()
                cur.close()

    def _stream(self, sql: str, params: tuple) -> Any:
        """A cursor whose rows arrive as they are fetched (SQLite's always do)."""
        return self._cursor(sql, params)

    def quote(self, qid: str) -> dict[str, Any] | None:
        rows = self._rows(f"SELECT {QUOTE_COLUMNS}, a.text AS article_text, q.content_start, q.content_end,"
                          " q.source_start, q.source_end, q.cue_start, q.cue_end"
                          f" FROM quotes q {QUOTE_JOINS} WHERE q.id = ?", (qid,))
        return rows[0] if rows else None

    def article(self, article_id: int) -> dict[str, Any] | None:
        """An article with its metadata, text and quotes (offsets into the text), quotes in text order."""
        if row_id(article_id) is None:
            return None
        rows = self._rows("SELECT id, doc_id, url, title, outlet, author, date, lang, text, duplicate_of,"
                          " provenance FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        out = rows[0]
        out["quotes"] = self._rows(f"SELECT {QUOTE_COLUMNS}, q.content_start, q.content_end, q.source_start,"
                                   f" q.source_end, q.cue_start, q.cue_end FROM quotes q {QUOTE_JOINS}"
                                   " WHERE q.article_id = ? ORDER BY q.content_start", (article_id,))
        return out

    def cluster(self, cluster_id: int) -> list[dict[str, Any]]:
        if row_id(cluster_id) is None:
            return []
        return self._rows(f"SELECT {QUOTE_COLUMNS} FROM quotes q {QUOTE_JOINS} WHERE q.cluster_id = ?"
                          " ORDER BY q.date NULLS LAST, q.rowid", (cluster_id,))

    def counts(self) -> dict[str, int]:
        return {t: self._one(f"SELECT COUNT(*) FROM {t}")[0] for t in ("articles", "quotes", "speakers", "clusters")}
