"""Statement kinds for statements stored before kinds existed (store/statement_kinds.py).

Each is classified from its stored cue and content text by the same text classifier that
reads a fresh parse (``quotes.kinds.kind_from_text``), so an old record gains kinds on its
first writable open without re-parsing a single article. A statement stored before kinds
existed always held the speaker's words, so ``no_quotation`` stays as it is.
"""
from __future__ import annotations

from typing import Any

#: Statements read and written per transaction.
BATCH = 2000


def classify_stored(store: Any) -> int:
    """Classify every statement that was stored unclassified; how many there were."""
    from onrecord.quotes.kinds import kind_from_text  # the lexicon loads only when there is work

    done = 0
    while rows := store.unclassified_statements(BATCH):
        store.set_statement_kinds((rowid, *kind_from_text(cue, text, qtype)) for rowid, cue, text, qtype in rows)
        done += len(rows)
    return done
