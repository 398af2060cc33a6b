"""A statement in the sentence it stands in: the keyword-in-context line of a search hit (issue 18).

The store gives each hit a few hundred characters of its article on each side of the
statement (``store/sql.py``, ``HIT_COLUMNS``); the line is cut from them at the sentence
boundaries nearest the statement, as a concordance shows a word in its line, so that an
indirect statement reads as the reporter wrote it ("The minister said that ..."). No parser
runs at read time: a sentence ends at ``.``, ``!`` or ``?`` (closing quotes and brackets
after it included) before white space, or at a line break; not at the full stop of an initial or
a short capitalised abbreviation ("Dmitry S. Peskov", "Mr. Lee", "Gen. Ray"), nor before a
lower-case word (the rule nlp/sentences.py gives the parser).
"""
from __future__ import annotations

import re
from typing import Any

from onrecord.store.sql import CONTEXT_CHARS

_SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*\s+|\n")
#: A word whose full stop is no sentence end: an initial or a short abbreviation written with a capital.
_ABBREVIATION = re.compile(r"(?:^|\W)[A-Z][A-Za-z]{0,2}$")
_ELLIPSIS = "…"


def with_context(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` (a search hit) with ``context_before`` and ``context_after``: the rest of the statement's
    sentence on each side, "…" where the text read stops inside the sentence."""
    text, start = row.pop("context") or "", row.pop("context_from")
    before, after = text[:row["content_start"] - start], text[row["content_end"] - start:]
    ends = _sentence_ends(before)
    if ends:
        before = before[ends[-1].end():]
    elif start > 0:
        before = _ELLIPSIS + before.lstrip()
    end = next(iter(_sentence_ends(after)), None)
    if end:
        after = after[:end.start()] + end.group().strip()
    elif len(after) >= CONTEXT_CHARS:
        after = after.rstrip() + _ELLIPSIS
    row["context_before"], row["context_after"] = before, after.rstrip()
    return row


def _sentence_ends(text: str) -> list[re.Match]:
    """Where sentences end in ``text``, in order."""
    return [m for m in _SENTENCE_END.finditer(text) if m.group() == "\n" or not (
        (m.group()[0] == "." and _ABBREVIATION.search(text, 0, m.start()))
        or text[m.end():m.end() + 1].islower())]
