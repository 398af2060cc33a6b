"""The embedded store: one SQLite file in WAL mode with an FTS5 index.

Every write of an article (its row, quotes, speakers, clusters and index
entries) is one ``BEGIN IMMEDIATE`` transaction, so a run killed at any
point leaves whole articles only, and readers keep reading while a writer
works (WAL). All SQL takes parameters; user text never becomes SQL or FTS
syntax (:func:`fts_query`).
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from onrecord.errors import StoreError
from onrecord.model import Article, Quote
from onrecord.speakers.identity import Candidate, SpeakerKey, choose, speaker_key
from onrecord.store.filters import QuoteFilter
from onrecord.store.normalise import quote_id, statement_norm
from onrecord.store.schema import MIGRATIONS

_WORDS = re.compile(r"\w+")
#: Longest search accepted, in words; the rest of a pasted text is ignored.
MAX_QUERY_TERMS = 32
#: Quotations shorter than this (in words) join a cluster only on an exact match.
MIN_CONTAINED_WORDS = 5
#: Highlight markers around matched words in search results.
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


def fts_query(text: str) -> str | None:
    """Words of a user's search as an FTS5 query of quoted terms (all must match)."""
    terms = _WORDS.findall(text or "")[:MAX_QUERY_TERMS]
    return " ".join(f'"{t}"' for t in terms) or None


class SQLiteStore:
    """Articles, quotes, speakers and clusters in one SQLite database file."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA busy_timeout = 30000")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(_explain(self.path, exc)) from exc

    # ------------------------------------------------------------------ schema

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path} was written by a newer onrecord (schema {version}); upgrade onrecord")
        for n in range(version, len(MIGRATIONS)):
            self.db.execute("BEGIN IMMEDIATE")
            for statement in _statements(MIGRATIONS[n]):
                self.db.execute(statement)
            self.db.execute(f"PRAGMA user_version = {n + 1}")
            self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------------ writing

    def article_pipeline(self, key: str) -> str | None:
        """The pipeline id that extracted the stored article ``key``, or None if absent."""
        row = self._one("SELECT pipeline FROM articles WHERE key = ?", (key,))
        return row[0] if row else None

    def save_article(self, key: str, article: Article, quotes: tuple[Quote, ...], pipeline: str,
                     date: str | None) -> int:
        """Store one article with its quotes atomically, replacing an earlier extraction."""
        meta = article.meta
        provenance = json.dumps(asdict(quotes[0].provenance)) if quotes else json.dumps({"pipeline": pipeline})
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                old = self._one("SELECT id FROM articles WHERE key = ?", (key,))
                if old:
                    self._drop_quotes(old[0])
                    self.db.execute("DELETE FROM articles WHERE id = ?", (old[0],))
                cur = self.db.execute(
                    "INSERT INTO articles (key, doc_id, url, title, outlet, date, text, pipeline, provenance,"
                    " origin, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (key, article.id, meta.get("url"), meta.get("title"), meta.get("outlet"), date,
                     article.text, pipeline, provenance, article.origin,
                     datetime.now(UTC).isoformat(timespec="seconds")))
                article_id = cur.lastrowid
                for q in quotes:
                    self._insert_quote(article_id, key, article, q, date)
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise StoreError(_explain(self.path, exc)) from exc
        return article_id

    def _drop_quotes(self, article_id: int) -> None:
        rows = self.db.execute("SELECT rowid, cluster_id FROM quotes WHERE article_id = ?", (article_id,)).fetchall()
        for row in rows:
            self.db.execute("DELETE FROM quotes_fts WHERE rowid = ?", (row[0],))
        self.db.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
        for cluster in {r[1] for r in rows if r[1] is not None}:
            self.db.execute("DELETE FROM clusters WHERE id = ? AND NOT EXISTS"
                            " (SELECT 1 FROM quotes WHERE cluster_id = ?)", (cluster, cluster))

    def _insert_quote(self, article_id: int, key: str, article: Article, q: Quote, date: str | None) -> None:
        text = q.content.text(article.text)
        source_text = q.source.text(article.text) if q.source else None
        skey = speaker_key(q.speaker.name, q.speaker.mention_kind, q.speaker.resolved, source_text, q.speaker.roles)
        speaker_id = self._speaker_for(skey) if skey else None
        kind = skey.kind if skey else _unmerged_kind(q.speaker.name, q.speaker.mention_kind)
        qid = quote_id(key, q.content.start, q.content.end)
        cluster_id = self._cluster_for(qid, text, speaker_id, date)
        cur = self.db.execute(
            "INSERT INTO quotes (id, article_id, cluster_id, speaker_id, speaker_name, speaker_kind, mention_kind,"
            " speaker_resolved, type, text, content_start, content_end, source_start, source_end, cue_start,"
            " cue_end, confidence, attribution_id, rule, date, outlet)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (qid, article_id, cluster_id, speaker_id, q.speaker.name, kind, q.speaker.mention_kind,
             int(q.speaker.resolved), q.type, text, q.content.start, q.content.end,
             q.source.start if q.source else None, q.source.end if q.source else None,
             q.cue.start if q.cue else None, q.cue.end if q.cue else None,
             q.confidence, q.attribution_id, q.rule, date, article.meta.get("outlet")))
        self.db.execute("INSERT INTO quotes_fts (rowid, text, speaker, title) VALUES (?,?,?,?)",
                        (cur.lastrowid, text, q.speaker.name or "", article.meta.get("title") or ""))

    def _speaker_for(self, key: SpeakerKey) -> int:
        if key.kind == "organisation" and " " not in key.key and self._one(
                "SELECT 1 FROM speakers WHERE kind = 'person' AND key = ?", (key.key,)):
            key = SpeakerKey("person", key.name, key.key, None, None)  # "Pierce": a known surname
        override = self._one("SELECT speaker_id FROM speaker_overrides WHERE alias = ?", (key.name,))
        if override:
            speaker_id = override[0]
        else:
            speaker_id = choose(key, self._candidates(key))
            if speaker_id is None:
                speaker_id = self.db.execute("INSERT INTO speakers (name, kind, key) VALUES (?,?,?)",
                                             (key.name, key.kind, key.key)).lastrowid
        self.db.execute("INSERT INTO speaker_aliases (speaker_id, alias, first, n) VALUES (?,?,?,1)"
                        " ON CONFLICT (speaker_id, alias) DO UPDATE SET n = n + 1",
                        (speaker_id, key.name, key.first))
        if key.role:
            self.db.execute("INSERT INTO speaker_roles (speaker_id, role, n) VALUES (?,?,1)"
                            " ON CONFLICT (speaker_id, role) DO UPDATE SET n = n + 1", (speaker_id, key.role))
        self._rename(speaker_id)
        return speaker_id

    def _candidates(self, key: SpeakerKey) -> list[Candidate]:
        rows = self.db.execute("SELECT id FROM speakers WHERE kind = ? AND key = ?", (key.kind, key.key)).fetchall()
        out = []
        for (sid,) in rows:
            if self._one("SELECT 1 FROM speaker_overrides WHERE speaker_id = ? AND alias != ?", (sid, key.name)) \
                    and key.kind == "person" and key.first is None:
                continue  # a bare surname does not join a speaker a user split off by hand
            firsts = frozenset(r[0] for r in self.db.execute(
                "SELECT first FROM speaker_aliases WHERE speaker_id = ? AND first IS NOT NULL", (sid,)))
            roles = frozenset(r[0] for r in self.db.execute("SELECT role FROM speaker_roles WHERE speaker_id = ?",
                                                            (sid,)))
            seen = self._one("SELECT COALESCE(SUM(n), 0) FROM speaker_aliases WHERE speaker_id = ?", (sid,))[0]
            out.append(Candidate(sid, firsts, roles, seen))
        return out

    def _rename(self, speaker_id: int) -> None:
        """A speaker is shown by its most used full name, the plainest on a tie
        ("Dmitry Peskov" over "Dmitry S. Peskov" and "Peskov")."""
        row = self._one("SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY (first IS NOT NULL) DESC,"
                        " n DESC, length(alias), alias LIMIT 1", (speaker_id,))
        if row:
            self.db.execute("UPDATE speakers SET name = ? WHERE id = ?", (row[0], speaker_id))

    def _cluster_for(self, qid: str, text: str, speaker_id: int | None, date: str | None) -> int:
        """The cluster of this statement: same normalised text, or one containing the other (same speaker)."""
        norm = statement_norm(text)
        row = self._one("SELECT id, norm FROM clusters WHERE norm = ? AND speaker_id IS ?", (norm, speaker_id))
        if row is None and speaker_id is not None and len(norm.split()) >= MIN_CONTAINED_WORDS:
            row = self._one("SELECT id, norm FROM clusters WHERE speaker_id = ? AND (instr(' ' || norm || ' ', ?) > 0"
                            " OR instr(?, ' ' || norm || ' ') > 0) ORDER BY id LIMIT 1",
                            (speaker_id, f" {norm} ", f" {norm} "))
            if row is not None and min(len(norm.split()), len(row[1].split())) < MIN_CONTAINED_WORDS:
                row = None
        if row is None:
            return self.db.execute("INSERT INTO clusters (norm, speaker_id, longest_quote, first_date)"
                                   " VALUES (?,?,?,?)", (norm, speaker_id, qid, date)).lastrowid
        cluster_id, old_norm = row
        if len(norm) > len(old_norm):
            self.db.execute("UPDATE clusters SET norm = ?, longest_quote = ? WHERE id = ?", (norm, qid, cluster_id))
        if date:
            self.db.execute("UPDATE clusters SET first_date = ? WHERE id = ? AND (first_date IS NULL"
                            " OR first_date > ?)", (date, cluster_id, date))
        return cluster_id

    # ------------------------------------------------------------------ hand-made speaker choices

    def merge_speakers(self, source_id: int, target_id: int) -> None:
        """Move every quote, alias and role of ``source_id`` to ``target_id``, for good."""
        if source_id == target_id:
            return
        self._write([
            ("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", (target_id, source_id)),
            ("UPDATE clusters SET speaker_id = ? WHERE speaker_id = ?", (target_id, source_id)),
            ("INSERT INTO speaker_aliases (speaker_id, alias, first, n) SELECT ?, alias, first, n FROM speaker_aliases"
             " WHERE speaker_id = ? ON CONFLICT (speaker_id, alias) DO UPDATE SET n = n + excluded.n",
             (target_id, source_id)),
            ("INSERT INTO speaker_roles (speaker_id, role, n) SELECT ?, role, n FROM speaker_roles WHERE speaker_id = ?"
             " ON CONFLICT (speaker_id, role) DO UPDATE SET n = n + excluded.n", (target_id, source_id)),
            ("INSERT INTO speaker_overrides (alias, speaker_id) SELECT alias, ? FROM speaker_aliases"
             " WHERE speaker_id = ? ON CONFLICT (alias) DO UPDATE SET speaker_id = excluded.speaker_id",
             (target_id, target_id)),
            ("DELETE FROM speakers WHERE id = ?", (source_id,)),
        ])
        self._rename(target_id)

    def split_speaker(self, speaker_id: int, alias: str) -> int:
        """Give ``alias`` of ``speaker_id`` (and its quotes) a speaker of its own, for good."""
        row = self._one("SELECT kind, key FROM speakers WHERE id = ?", (speaker_id,))
        has = self._one("SELECT first FROM speaker_aliases WHERE speaker_id = ? AND alias = ?", (speaker_id, alias))
        if row is None or has is None:
            raise StoreError(f"speaker {speaker_id} has no alias {alias!r}")
        self.db.execute("BEGIN IMMEDIATE")
        try:
            new_id = self.db.execute("INSERT INTO speakers (name, kind, key) VALUES (?,?,?)",
                                     (alias, row[0], row[1])).lastrowid
            self.db.execute("UPDATE speaker_aliases SET speaker_id = ? WHERE speaker_id = ? AND alias = ?",
                            (new_id, speaker_id, alias))
            self.db.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ? AND speaker_name = ?",
                            (new_id, speaker_id, alias))
            self.db.execute("INSERT INTO speaker_overrides (alias, speaker_id) VALUES (?, ?) ON CONFLICT (alias)"
                            " DO UPDATE SET speaker_id = excluded.speaker_id", (alias, new_id))
            for other in self.db.execute("SELECT alias FROM speaker_aliases WHERE speaker_id = ?",
                                         (speaker_id,)).fetchall():
                self.db.execute("INSERT INTO speaker_overrides (alias, speaker_id) VALUES (?, ?) ON CONFLICT (alias)"
                                " DO UPDATE SET speaker_id = excluded.speaker_id", (other[0], speaker_id))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self._rename(speaker_id)
        return new_id

    def _write(self, statements: list[tuple[str, tuple]]) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for sql, params in statements:
                self.db.execute(sql, params)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    # ------------------------------------------------------------------ reading

    def find_speakers(self, name: str) -> list[int]:
        """Speaker ids a user's name means: id, name, alias or surname (case-insensitive)."""
        name = (name or "").strip()
        if name.isdigit():
            return [r[0] for r in self.db.execute("SELECT id FROM speakers WHERE id = ?", (int(name),))]
        rows = self.db.execute("SELECT id FROM speakers WHERE lower(name) = lower(?)", (name,)).fetchall()
        if len(rows) != 1:
            rows = self.db.execute(
                "SELECT id FROM speakers WHERE lower(name) = lower(?) UNION SELECT speaker_id FROM speaker_aliases"
                " WHERE lower(alias) = lower(?)", (name, name)).fetchall()
        if not rows:
            rows = self.db.execute("SELECT id FROM speakers WHERE key = lower(?)", (name,)).fetchall()
        return [r[0] for r in rows]

    def search(self, f: QuoteFilter) -> list[dict[str, Any]]:
        where, params = f.sql()
        query = fts_query(f.text)
        if query is None:
            sql = (f"SELECT {_QUOTE_COLUMNS}, q.text AS highlight, 0.0 AS score FROM quotes q {_JOINS}"
                   f" WHERE {where} ORDER BY q.date DESC, q.rowid DESC LIMIT ? OFFSET ?")
            return self._rows(sql, (*params, f.limit, f.offset))
        if where == QuoteFilter().sql()[0]:
            # Words only: rank inside the index first, then join the page of hits (much faster on large stores).
            sql = (f"SELECT {_QUOTE_COLUMNS}, hits.highlight, hits.score FROM (SELECT rowid,"
                   " highlight(quotes_fts, 0, ?, ?) AS highlight, bm25(quotes_fts) AS score FROM quotes_fts"
                   " WHERE quotes_fts MATCH ? ORDER BY score LIMIT ? OFFSET ?) hits"
                   f" JOIN quotes q ON q.rowid = hits.rowid {_JOINS} ORDER BY hits.score")
            return self._rows(sql, (MARK_OPEN, MARK_CLOSE, query, f.limit, f.offset))
        sql = (f"SELECT {_QUOTE_COLUMNS}, highlight(quotes_fts, 0, ?, ?) AS highlight, bm25(quotes_fts) AS score"
               f" FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid {_JOINS}"
               f" WHERE quotes_fts MATCH ? AND {where} ORDER BY score LIMIT ? OFFSET ?")
        return self._rows(sql, (MARK_OPEN, MARK_CLOSE, query, *params, f.limit, f.offset))

    def quotes(self, f: QuoteFilter, order: str = "q.date, q.rowid") -> Iterator[dict[str, Any]]:
        where, params = f.sql()
        sql = f"SELECT {_QUOTE_COLUMNS} FROM quotes q {_JOINS} WHERE {where} ORDER BY {order}"
        try:
            for row in self.db.execute(sql, params):
                yield dict(row)
        except sqlite3.DatabaseError as exc:
            raise StoreError(_explain(self.path, exc)) from exc

    def speakers(self, top: int = 20) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT s.id, s.name, s.kind, COUNT(q.rowid) AS quotes, MIN(q.date) AS first_seen,"
            " MAX(q.date) AS last_seen FROM speakers s LEFT JOIN quotes q ON q.speaker_id = s.id"
            " GROUP BY s.id ORDER BY quotes DESC, s.name LIMIT ?", (top,))

    def speaker(self, speaker_id: int) -> dict[str, Any] | None:
        rows = self._rows("SELECT s.id, s.name, s.kind, COUNT(q.rowid) AS quotes, MIN(q.date) AS first_seen,"
                          " MAX(q.date) AS last_seen FROM speakers s LEFT JOIN quotes q ON q.speaker_id = s.id"
                          " WHERE s.id = ? GROUP BY s.id", (speaker_id,))
        if not rows:
            return None
        out = rows[0]
        out["aliases"] = [r[0] for r in self.db.execute(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY n DESC, alias", (speaker_id,))]
        out["roles"] = [r[0] for r in self.db.execute(
            "SELECT role FROM speaker_roles WHERE speaker_id = ? ORDER BY n DESC, role", (speaker_id,))]
        return out

    def quote(self, qid: str) -> dict[str, Any] | None:
        rows = self._rows(f"SELECT {_QUOTE_COLUMNS}, a.text AS article_text, q.content_start, q.content_end,"
                          " q.source_start, q.source_end, q.cue_start, q.cue_end"
                          f" FROM quotes q {_JOINS} WHERE q.id = ?", (qid,))
        return rows[0] if rows else None

    def cluster(self, cluster_id: int) -> list[dict[str, Any]]:
        return self._rows(f"SELECT {_QUOTE_COLUMNS} FROM quotes q {_JOINS} WHERE q.cluster_id = ?"
                          " ORDER BY q.date, q.rowid", (cluster_id,))

    def counts(self) -> dict[str, int]:
        return {t: self._one(f"SELECT COUNT(*) FROM {t}", ())[0]
                for t in ("articles", "quotes", "speakers", "clusters")}

    def _rows(self, sql: str, params: tuple) -> list[dict[str, Any]]:
        try:
            return [dict(r) for r in self.db.execute(sql, params)]
        except sqlite3.DatabaseError as exc:
            raise StoreError(_explain(self.path, exc)) from exc

    def _one(self, sql: str, params: tuple) -> tuple | None:
        row = self.db.execute(sql, params).fetchone()
        return tuple(row) if row is not None else None


_QUOTE_COLUMNS = (
    "q.id, q.text, q.type, q.date, q.outlet, q.confidence, q.rule, q.cluster_id, q.speaker_id,"
    " COALESCE(s.name, q.speaker_name) AS speaker, q.speaker_kind, q.mention_kind, q.speaker_resolved,"
    " a.title, a.url, a.doc_id AS article, a.provenance,"
    " (SELECT COUNT(*) FROM quotes c WHERE c.cluster_id = q.cluster_id) AS occurrences"
)
_JOINS = "JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id"


def _unmerged_kind(name: str | None, mention_kind: str) -> str:
    """Kind of a speaker that is not merged across articles: "officials" is a group."""
    if mention_kind == "role" and name and name.split()[-1].lower().endswith("s"):
        return "group"
    return "organisation" if mention_kind == "organisation" else "unknown"


def _statements(script: str) -> list[str]:
    """A migration script split into statements (none of ours holds a ';' in a literal)."""
    body = "\n".join(line for line in script.splitlines() if not line.strip().startswith("--"))
    return [s.strip() for s in body.split(";") if s.strip()]


def _explain(path: str, exc: sqlite3.Error) -> str:
    message = str(exc)
    if "locked" in message or "busy" in message:
        return f"{path} is locked by another writer; try again when it has finished ({message})"
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return f"{path} is not an onrecord database or is damaged ({message})"
    return f"{path}: {message}"
