"""Statements stored before kinds existed, read back so that the service can classify them.

Migration 4 gave every stored statement the kind ``claim`` with confidence 0, a value the
classifier never gives (its least confident reading is 0.7, docs/kinds.md), so confidence 0
marks a statement nobody has classified yet; a partial index keeps those few easy to find, and
empty once they are done. The store does not classify (it imports no quote rules): the service
reads each one's cue and content text here, classifies them from text alone, without re-parsing
the article, and writes the kinds back (issue 17, "a migration that classifies what is already
stored without re-parsing where it can").
"""
from __future__ import annotations

from collections.abc import Iterable


class StatementKinds:
    """Mixed into ``SQLStore``, whose ``_all``, ``_cursor`` and ``_transaction`` it uses."""

    def unclassified_statements(self, limit: int) -> list[tuple[int, str | None, str, str]]:
        """Up to ``limit`` statements never classified: (rowid, cue text or None, content text, type).
        The cue's words are cut from the stored article (SUBSTR counts characters, as offsets do)."""
        return self._all(
            "SELECT q.rowid, CASE WHEN q.cue_start IS NULL THEN NULL"
            " ELSE SUBSTR(a.text, q.cue_start + 1, q.cue_end - q.cue_start) END, q.text, q.type"
            " FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.kind_confidence = 0"
            " ORDER BY q.rowid LIMIT ?", (int(limit),))

    def set_statement_kinds(self, kinds: Iterable[tuple[int, str, float]]) -> None:
        """Store (rowid, kind, confidence) for each statement, in one transaction."""
        with self._transaction():
            for rowid, kind, confidence in kinds:
                self._cursor("UPDATE quotes SET kind = ?, kind_confidence = ? WHERE rowid = ?",
                             (kind, confidence, rowid))
