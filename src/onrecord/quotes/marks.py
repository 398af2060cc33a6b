"""Pair quotation marks into quoted spans, robustly.

Typed marks open or close by their shape (“ ” ‘ ’ « » „); straight marks
(" ' and the doubled '' of NYT text) decide by flanking, as CommonMark does
for emphasis: a mark with a space before and a letter after opens, one with a
letter before and a space or punctuation after closes. Unlike textacy's
``direct_quotations``, which raises ValueError on an odd number of marks, a
mark that cannot be paired is simply left alone, and no quote crosses a
paragraph break unless the next paragraph reopens it: the news convention for
quotes that run over several paragraphs (each paragraph reopens the mark, only
the last one closes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.model import Span

_MARKS = re.compile(r"``|''|[\"“”„«»‘’'`\n]")
_OPENING_CONTEXT = set(" \t\n([{<—–-/:;") | {"\u00a0"}
_DOUBLE_OPENERS = ("“", '"', "«", "„", "``", "''")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """One outermost quotation, marks included.

    ``pieces`` holds one span per paragraph of a multi-paragraph quote;
    ``closed`` is false when the text never closed it (then it ends with its
    last paragraph).
    """

    span: Span
    pieces: tuple[Span, ...]
    closed: bool
    double: bool

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


@dataclass(slots=True)
class _Open:
    start: int
    family: str
    double: bool
    piece_start: int
    pieces: list[Span]


def _flanks(text: str, i: int, width: int) -> tuple[bool, bool]:
    """(can open, can close) for a straight mark at text[i:i+width]."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    can_open = not after.isspace() and (before in _OPENING_CONTEXT or before.isspace() or i == 0
                                        or before in "“‘\"'")
    can_close = not before.isspace() and (after.isspace() or not after.isalnum())
    return can_open, can_close


def _line_end(text: str, i: int) -> int:
    """Index just after the last non-space character before position i."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def pair_quote_marks(text: str) -> list[QuotedSpan]:
    """All outermost quoted spans of ``text``, in order.

    Never raises on unbalanced, stray or odd marks: unpaired marks are ignored
    and an unclosed quote ends at its paragraph's end with ``closed=False``.
    """
    found: list[QuotedSpan] = []
    outer: _Open | None = None     # the outermost open quotation
    inner: _Open | None = None     # a single-mark quotation inside it
    skip_at = -1                   # the reopening mark of a continued paragraph

    def finish(q: _Open, end: int, closed: bool) -> None:
        pieces = tuple(q.pieces + [Span(q.piece_start, end)])
        if any(ch.isalnum() for ch in text[q.start:end]):
            found.append(QuotedSpan(Span(q.start, end), pieces, closed, q.double))

    for m in _MARKS.finditer(text):
        i, mark = m.start(), m.group()
        if i == skip_at:
            continue
        if mark == "\n":
            inner = None
            if outer is None or i < outer.piece_start:
                continue  # nothing open, or a paragraph break already handled
            nxt = i + 1
            while nxt < len(text) and text[nxt].isspace():
                nxt += 1
            if outer.double and text.startswith(_DOUBLE_OPENERS, nxt) and _flanks(text, nxt, 1)[0]:
                outer.pieces.append(Span(outer.piece_start, _line_end(text, i)))
                outer.piece_start = nxt
                skip_at = nxt
            else:
                if outer.double:
                    finish(outer, _line_end(text, i), closed=False)
                outer = None  # an unclosed single mark was an apostrophe
            continue

        width = len(mark)
        can_open, can_close = _flanks(text, i, width)
        if mark in ("’", "'") and i > 0 and i + 1 < len(text) and text[i - 1].isalnum() \
                and text[i + 1].isalnum():
            continue  # an apostrophe inside a word: don't, O'Brien
        is_double = mark in ('"', "“", "”", "„", "«", "»", "``", "''")

        if is_double:
            if outer is not None and outer.double:
                closes = (mark in ("”", "»", "''") or (mark == "“" and outer.family == "„")
                          or (mark in ('"', "“") and (can_close or not can_open)))
                if closes:
                    finish(outer, i + width, closed=True)
                    outer = inner = None
                    continue
                # an opening mark while one is open: the earlier one was never closed
                finish(outer, _line_end(text, i), closed=False)
                outer = inner = None
            elif outer is not None:
                # a double mark inside a single-mark quotation: the single one was an apostrophe
                outer = None
            if mark in ("“", "„", "«", "``") or (mark in ('"', "''", "”") and can_open):
                outer = _Open(i, mark, True, i, [])
            continue

        # single marks: ‘ ’ ' `
        target_is_inner = outer is not None and outer.double
        current = inner if target_is_inner else outer
        if current is not None:
            if mark in ("’", "'") and can_close:
                if target_is_inner:
                    inner = None
                else:
                    finish(current, i + width, closed=True)
                    outer = None
            continue
        if mark in ("‘", "`") or (mark == "'" and can_open and text[i + 1:i + 2].isalnum()):
            opened = _Open(i, mark, False, i, [])
            if target_is_inner:
                inner = opened
            else:
                outer = opened
    if outer is not None and outer.double:
        finish(outer, _line_end(text, len(text)), closed=False)
    return found


def inside_any(spans: list[QuotedSpan], start: int, end: int) -> QuotedSpan | None:
    """The quoted span that contains ``text[start:end]``, if any."""
    for q in spans:
        if q.start <= start and end <= q.end:
            return q
        if q.start > start:
            break
    return None
