"""Turning records into safe HTML pieces: highlights, marked articles, the weekly chart.

Article text and quotes are untrusted. Nothing here builds HTML from them by
string concatenation except through ``markupsafe.escape``; the templates
autoescape everything else. Pure functions, tested on hand-written records.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from markupsafe import Markup, escape

from onrecord.records import MARK_CLOSE, MARK_OPEN

#: Speaker colours in the stylesheet (.speaker-0 … .speaker-7).
SPEAKER_COLOURS = 8
#: When marks overlap, the narrower role wins: a cue inside a content span stays visible.
_ROLE_ORDER = {"cue": 0, "source": 1, "content": 2}


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


def marked_paragraphs(text: str, quotes: list[dict[str, Any]]) -> list[list[Piece]]:
    """The article's paragraphs (line breaks), each as pieces carrying the role and quote they belong to."""
    marks = [(q[f"{role}_start"], q[f"{role}_end"], role, q) for q in quotes for role in _ROLE_ORDER
             if q.get(f"{role}_start") is not None]
    paragraphs, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            paragraphs.append(_pieces(text, start, end, marks))
        start = end + 1
    return paragraphs


def _pieces(text: str, start: int, end: int, marks: list[tuple]) -> list[Piece]:
    inside = [m for m in marks if m[0] < end and m[1] > start]
    cuts = sorted({start, end} | {max(start, min(end, p)) for m in inside for p in m[:2]})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [m for m in inside if m[0] <= a and b <= m[1]]
        best = min(covering, key=lambda m: (_ROLE_ORDER[m[2]], m[1] - m[0]), default=None)
        pieces.append(Piece(text[a:b], best[2], best[3]) if best else Piece(text[a:b]))
    return pieces


@dataclass(frozen=True, slots=True)
class Week:
    monday: date
    count: int

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)


def weekly_counts(dates: list[str | None]) -> list[Week]:
    """Statements per ISO week (Monday to Sunday) from the first week to the last, empty weeks included."""
    days = sorted(date.fromisoformat(d[:10]) for d in dates if d)
    if not days:
        return []
    counts: dict[date, int] = {}
    for day in days:
        monday = day - timedelta(days=day.weekday())
        counts[monday] = counts.get(monday, 0) + 1
    first, last = min(counts), max(counts)
    return [Week(first + timedelta(weeks=n), counts.get(first + timedelta(weeks=n), 0))
            for n in range((last - first).days // 7 + 1)]


def web_link(url: str | None) -> str | None:
    """``url`` if it is an http(s) address, else None: a javascript: or data: link never reaches a page."""
    text = (url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None
