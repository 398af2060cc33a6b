"""Pair quotation marks into quoted spans, robustly.

Typed marks open or close by their shape (“ ” ‘ ’ « » „ ‹ ›); straight marks
(" ' and the doubled '' of NYT text) decide by flanking, as CommonMark does
for emphasis: a mark with a space before and a letter after opens, one with a
letter before and a space or punctuation after closes. Guillemets point either
way (Wikipedia, "Guillemet"): «…» and ‹…› in French, Swiss and Russian text and
in English text that borrows them, »…« and ›…‹ in German and Danish. So « and ‹
open unless they close a »…« or ›…‹ quote, and » and › open, by flanking, when
no quote of their kind is open. Unlike textacy's
``direct_quotations``, which raises ValueError on an odd number of marks, a
mark that cannot be paired is simply left alone, and no quote crosses a
paragraph break unless the next paragraph reopens it: the news convention for
quotes that run over several paragraphs (each paragraph reopens the mark, only
the last one closes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.records import Span

_MARKS = re.compile(r"``|''|[\"“”„«»‘’'`‹›\n]")
_OPENING_CONTEXT = set(" \t\n([{<—–-/:;") | {"\u00a0"}
_DOUBLE_OPENERS = ("“", '"', "«", "»", "„", "``", "''")
_DOUBLE_MARKS = ('"', "“", "”", "„", "«", "»", "``", "''")
#: Each single guillemet with the one that closes it.
ANGLE_SINGLES = {"‹": "›", "›": "‹"}


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


def _is_word_apostrophe(text: str, i: int, mark: str) -> bool:
    """A ’ or ' between two letters (don't, O'Brien) is an apostrophe, never a quote mark."""
    return (mark in ("’", "'") and i > 0 and i + 1 < len(text) and text[i - 1].isalnum()
            and text[i + 1].isalnum())


def _closes_double(outer: _Open, mark: str, can_open: bool, can_close: bool) -> bool:
    """Whether a double mark closes the open double quote ``outer`` rather than opening a new one."""
    return (mark in ("”", "»", "''") or (mark == "“" and outer.family == "„")
            or (mark == "«" and outer.family == "»") or (mark in ('"', "“") and (can_close or not can_open)))


def _closes_single(current: _Open, mark: str, can_close: bool) -> bool:
    """Whether a single mark closes the open single quote ``current``: the angle marks close
    each other only (‹…›, ›…‹), so the apostrophe of "students’" inside them closes nothing."""
    if current.family in ANGLE_SINGLES:
        return mark == ANGLE_SINGLES[current.family]
    return mark in ("’", "'") and can_close


class _Scanner:
    """The scan state of one ``pair_quote_marks`` call, so each kind of mark gets its own small handler."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[QuotedSpan] = []
        self.outer: _Open | None = None     # the outermost open quotation
        self.inner: _Open | None = None     # a single-mark quotation inside it
        self.skip_at = -1                   # the reopening mark of a continued paragraph

    def scan(self) -> list[QuotedSpan]:
        """Feed every mark to its handler in text order, then end a double quote still open at the end."""
        text = self.text
        for m in _MARKS.finditer(text):
            i, mark = m.start(), m.group()
            if i == self.skip_at:
                continue
            if mark == "\n":
                self._paragraph_break(i)
            elif not _is_word_apostrophe(text, i, mark):
                can_open, can_close = _flanks(text, i, len(mark))
                if mark in _DOUBLE_MARKS:
                    self._double_mark(i, mark, can_open, can_close)
                else:
                    self._single_mark(i, mark, can_open, can_close)
        if self.outer is not None and self.outer.double:
            self._finish(self.outer, _line_end(text, len(text)), closed=False)
        return self.found

    def _finish(self, q: _Open, end: int, closed: bool) -> None:
        """Record ``q`` as found, unless it ends at ``end`` with no letter or digit quoted."""
        pieces = tuple(q.pieces + [Span(q.piece_start, end)])
        if any(ch.isalnum() for ch in self.text[q.start:end]):
            self.found.append(QuotedSpan(Span(q.start, end), pieces, closed, q.double))

    def _paragraph_break(self, i: int) -> None:
        """A newline ends any inner quote; the outer one survives only if the next paragraph reopens it."""
        text, outer = self.text, self.outer
        self.inner = None
        if outer is None or i < outer.piece_start:
            return  # nothing open, or a paragraph break already handled
        nxt = i + 1
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if outer.double and text.startswith(_DOUBLE_OPENERS, nxt) and _flanks(text, nxt, 1)[0]:
            outer.pieces.append(Span(outer.piece_start, _line_end(text, i)))
            outer.piece_start = nxt
            self.skip_at = nxt
        else:
            if outer.double:
                self._finish(outer, _line_end(text, i), closed=False)
            self.outer = None  # an unclosed single mark was an apostrophe

    def _double_mark(self, i: int, mark: str, can_open: bool, can_close: bool) -> None:
        """A double mark closes the open double quote, or else ends what is open and may open a new one."""
        outer = self.outer
        if outer is not None and outer.double:
            if outer.family == "«" and self._nested(i, mark, can_open, can_close):
                return
            if _closes_double(outer, mark, can_open, can_close):
                self._finish(outer, i + len(mark), closed=True)
                self.outer = self.inner = None
                return
            # an opening mark while one is open: the earlier one was never closed
            self._finish(outer, _line_end(self.text, i), closed=False)
            self.outer = self.inner = None
        elif outer is not None:
            # a double mark inside a single-mark quotation: the single one was an apostrophe
            self.outer = None
        if mark in ("“", "„", "«", "``") or (mark in ('"', "''", "”", "»") and can_open):
            self.outer = _Open(i, mark, True, i, [])

    def _nested(self, i: int, mark: str, can_open: bool, can_close: bool) -> bool:
        """Whether a double mark opens or closes a quotation nested in «…»: Russian typography
        quotes inside guillemets with „…“ (or “…”, "…"): «Он сказал „нет“» (Мильчин и Чельцова,
        «Справочник издателя и автора», 2003, on nested quotation marks)."""
        inner = self.inner
        if inner is not None and inner.double:
            if mark in ("“", "”") or (mark == '"' and can_close):
                self.inner = None
                return True
            return False
        if mark in ("„", "“") or (mark == '"' and can_open and not can_close):
            self.inner = _Open(i, mark, True, i, [])
            return True
        return False

    def _single_mark(self, i: int, mark: str, can_open: bool, can_close: bool) -> None:
        """A single mark (‘ ’ ' ` ‹ ›) nests inside an open double quote, or else is the outermost quote."""
        target_is_inner = self.outer is not None and self.outer.double
        current = self.inner if target_is_inner else self.outer
        if current is not None:
            if _closes_single(current, mark, can_close):
                if target_is_inner:
                    self.inner = None
                else:
                    self._finish(current, i + len(mark), closed=True)
                    self.outer = None
            return
        if mark in ("‘", "`", "‹") or (mark in ("'", "›") and can_open and self.text[i + 1:i + 2].isalnum()):
            opened = _Open(i, mark, False, i, [])
            if target_is_inner:
                self.inner = opened
            else:
                self.outer = opened


def pair_quote_marks(text: str) -> list[QuotedSpan]:
    """All outermost quoted spans of ``text``, in order.

    Never raises on unbalanced, stray or odd marks: unpaired marks are ignored
    and an unclosed quote ends at its paragraph's end with ``closed=False``.
    """
    return _Scanner(text).scan()


def inside_any(spans: list[QuotedSpan], start: int, end: int) -> QuotedSpan | None:
    """The quoted span that contains ``text[start:end]``, if any."""
    for q in spans:
        if q.start <= start and end <= q.end:
            return q
        if q.start > start:
            break
    return None
