"""Turning records into safe HTML pieces: highlights, marked articles, the charts, months of statements.

Article text and quotes are untrusted. Nothing here builds HTML from them by
string concatenation except through ``markupsafe.escape``; the templates
autoescape everything else. Pure functions, tested on hand-written records.
"""
from __future__ import annotations

import calendar
import heapq
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from markupsafe import Markup, escape

from onrecord.records import MARK_CLOSE, MARK_OPEN, STATEMENT_KINDS

#: The languages onrecord reads (ingest/language.py SUPPORTED), as a page names them: a statement says
#: its language with its code, and its text carries it as ``lang`` (WCAG 3.1.2, Language of Parts), so
#: a screen reader reads Russian as Russian.
LANGUAGE_NAMES = {"en": "English", "ru": "Russian"}

#: Speaker colours in the stylesheet (.speaker-0 … .speaker-7).
SPEAKER_COLOURS = 8
#: When marks overlap, the narrower role wins: a cue inside a content span stays visible.
_ROLE_ORDER = {"cue": 0, "source": 1, "content": 2}
_ROLE_KEYS = [(role, f"{role}_start", f"{role}_end") for role in _ROLE_ORDER]


def highlight(text: str) -> Markup:
    """A search hit with its matched words in <mark>, everything else escaped."""
    escaped = str(escape(text))
    return Markup(escaped.replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>"))


def speaker_colour(name: str | None) -> int:
    """A stable colour number for a speaker, the same on every page."""
    return zlib.crc32((name or "").encode()) % SPEAKER_COLOURS


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of article text with at most one role: part of a quote's content, its source or its cue."""

    text: str
    role: str | None = None
    quote: dict[str, Any] | None = None

    @property
    def colour(self) -> int | None:
        return speaker_colour(self.quote["speaker"]) if self.quote else None


def marked_paragraphs(text: str, quotes: list[dict[str, Any]], start: int = 0, end: int | None = None
                      ) -> list[list[Piece]]:
    """The paragraphs (lines) of ``text[start:end]``, each as pieces carrying the role and quote they belong to.

    One sweep over the text and the marks sorted by start: a page of a long article with many
    quotes costs its length, where scanning every mark for every paragraph cost their product
    (issue 15: 100,000 characters took 1.4 s). Offsets stay those of the whole text.
    """
    end = len(text) if end is None else min(end, len(text))
    marks = sorted(_marks(quotes, start, end), key=lambda m: m[0])
    lines = _lines(text, start, end)
    cuts = sorted({p for line in lines for p in line} | {p for m in marks for p in m[:2] if start < p < end})
    paragraphs: list[list[Piece]] = []
    covering: list[tuple] = []  # heap of (role order, length, order, mark): the narrowest first
    waiting = iter(marks)
    upcoming = next(waiting, None)
    line_at = iter(lines)
    line = next(line_at, None)
    for a, b in zip(cuts, cuts[1:]):
        while upcoming is not None and upcoming[0] <= a:
            heapq.heappush(covering, (_ROLE_ORDER[upcoming[2]], upcoming[1] - upcoming[0], upcoming[4], upcoming))
            upcoming = next(waiting, None)
        while covering and covering[0][3][1] <= a:  # ended: cut points hold every end, so none ends inside
            heapq.heappop(covering)
        while line is not None and line[1] <= a:
            line = next(line_at, None)
        if line is None or a < line[0]:
            continue
        if a == line[0]:
            paragraphs.append([])
        best = covering[0][3] if covering else None
        paragraphs[-1].append(Piece(text[a:b], best[2], best[3]) if best else Piece(text[a:b]))
    return paragraphs


def _marks(quotes: list[dict[str, Any]], start: int, end: int) -> list[tuple[int, int, str, dict[str, Any], int]]:
    """(start, end, role, quote, order) of each content, source and cue that overlaps ``start``-``end``;
    ``order`` breaks ties as the quotes come."""
    marks: list[tuple[int, int, str, dict[str, Any], int]] = []
    for q in quotes:
        for role, begins, ends in _ROLE_KEYS:
            a = q.get(begins)
            if a is not None and a < end and q[ends] > start and a < q[ends]:
                marks.append((a, q[ends], role, q, len(marks)))
    return marks


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text[start:end]`` with more than white space in it."""
    lines, at = [], start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        if text[at:stop].strip():
            lines.append((at, stop))
        at = stop + 1
    return lines


def text_parts(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive parts of ``text`` of at most ``size`` characters, each ending at a line
    break where the part holds one, so that a page shows a bounded share of a long article."""
    parts, at = [], 0
    while at < len(text) or not parts:
        stop = min(at + size, len(text))
        if stop < len(text):
            newline = text.rfind("\n", at, stop)
            stop = newline + 1 if newline >= 0 else stop
        parts.append((at, stop))
        at = stop
    return parts


@dataclass(frozen=True, slots=True)
class Week:
    monday: date
    count: int

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)


def weekly_counts(days: list[tuple[str, int]]) -> list[Week]:
    """Statements per ISO week (Monday to Sunday) from (day, count) pairs, from the first week to the last,
    empty weeks included."""
    counts: dict[date, int] = {}
    for day, n in days:
        when = date.fromisoformat(day[:10])
        monday = when - timedelta(days=when.weekday())
        counts[monday] = counts.get(monday, 0) + n
    if not counts:
        return []
    first, last = min(counts), max(counts)
    return [Week(first + timedelta(weeks=n), counts.get(first + timedelta(weeks=n), 0))
            for n in range((last - first).days // 7 + 1)]


@dataclass(frozen=True, slots=True)
class Month:
    """One month of a speaker's statements by kind: (kind, count) in the order of STATEMENT_KINDS."""

    month: str
    kinds: tuple[tuple[str, int], ...]

    @property
    def count(self) -> int:
        return sum(n for _, n in self.kinds)

    @property
    def last_day(self) -> str:
        year, month = (int(part) for part in self.month.split("-"))
        return f"{self.month}-{calendar.monthrange(year, month)[1]:02d}"


def monthly_kinds(counts: list[tuple[str, str, int]]) -> list[Month]:
    """(month, kind, count) rows as months from the first to the last, empty months included, each with
    its kinds in one fixed order (so that a kind keeps its place and colour in every bar)."""
    by_month: dict[str, dict[str, int]] = {}
    for month, kind, n in counts:
        by_month.setdefault(month, {})[kind] = n
    if not by_month:
        return []
    months, (year, month) = [], (int(part) for part in min(by_month).split("-"))
    while f"{year:04d}-{month:02d}" <= max(by_month):
        key = f"{year:04d}-{month:02d}"
        found = by_month.get(key, {})
        months.append(Month(key, tuple((k, found[k]) for k in STATEMENT_KINDS if found.get(k))))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def by_month(rows: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Statements (newest first) in runs of one month each, undated ones in a run of their own."""
    runs: list[tuple[str, list[dict[str, Any]]]] = []
    for row in rows:
        month = (row["date"] or "")[:7] or "undated"
        if not runs or runs[-1][0] != month:
            runs.append((month, []))
        runs[-1][1].append(row)
    return runs


def web_link(url: str | None) -> str | None:
    """``url`` if it is an http(s) address, else None: a javascript: or data: link never reaches a page."""
    text = (url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None
