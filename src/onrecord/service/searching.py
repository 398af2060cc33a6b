"""A page of a search as every interface shows it (issue 18): the hits, each in its sentence; how
many statements match in all; the facets, each value with the filter that narrows the search to it;
and the cursor of the next page.

Every page is read inside the snapshot of the first (the largest quote row id then,
store/filters.py), so statements an ingest adds meanwhile never appear on later pages nor push
others off them; the total and the facets are counted in the same snapshot. Newest first, a page
starts after the date and row id of the last one shown (keyset paging). Best match first, it
starts after the number shown: a score is relative to the words of the whole index (bm25's idf
and average length), so the score of the last row shown is no position once an ingest has added
words, while the order of the snapshot's rows among themselves barely moves. A cursor is opaque
to its user: base64 of a small JSON object, checked field by field when it comes back, since it
comes back from outside.
"""
from __future__ import annotations

import base64
import binascii
import calendar
import json
from typing import Any

from onrecord.errors import OnrecordError
from onrecord.records import MAX_ROW_ID
from onrecord.store.facets import FACETS
from onrecord.store.filters import ORDERS
from onrecord.store.sql import query_terms

#: The facets a search can be counted by, in the order pages show them.
FACET_NAMES: tuple[str, ...] = tuple(FACETS)
#: The longest cursor read: one this module wrote is well under it.
MAX_CURSOR_CHARS = 400
_BAD_CURSOR = "the cursor is not one a search gave (or belongs to another order); start from the first page"


def encode_cursor(order: str, through: int, seen: int, row: dict[str, Any], ranked: bool) -> str:
    """The cursor of the page after ``row``: ``seen`` statements shown so far, in the snapshot ``through``;
    newest first, the position of ``row`` too."""
    key = None if ranked else [row["date"], row["rowid"]]
    raw = json.dumps({"o": order, "t": through, "n": seen, "k": key}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, order: str, ranked: bool) -> tuple[int, int, tuple | None]:
    """(snapshot, statements seen, position or None) of a cursor for a search in ``order``, or a clear error."""
    try:
        if len(cursor) > MAX_CURSOR_CHARS:
            raise ValueError
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        through, seen, key = data["t"], data["n"], data["k"]
        fits = data["o"] == order and _row_number(through) and _row_number(seen)
        if ranked:
            fits = fits and key is None
        else:
            date, rowid = key
            fits = fits and (date is None or isinstance(date, str)) and _row_number(rowid)
    except (ValueError, TypeError, KeyError, binascii.Error, UnicodeDecodeError, RecursionError):
        raise OnrecordError(_BAD_CURSOR) from None
    if not (fits and order in ORDERS):
        raise OnrecordError(_BAD_CURSOR)
    return through, seen, None if key is None else tuple(key)


def _row_number(value: object) -> bool:
    return type(value) is int and 0 <= value <= MAX_ROW_ID


def ranked(text: str | None, order: str) -> bool:
    """Whether a search's pages come best match first (words to rank by, and that order asked)."""
    return order == "relevance" and bool(query_terms(text))


def facet_filter(name: str, value: dict[str, Any], since: str | None, until: str | None) -> dict[str, str]:
    """The filters (as the interfaces name them) that narrow a search to one facet value; a month keeps
    the part of it that the search's own dates allow, so that its count stays the narrowed search's."""
    if name == "speaker":
        return {"speaker": value["value"]}
    if name == "outlet":
        return {"outlet": value["label"]}
    if name == "month":
        year, month = (int(part) for part in value["value"].split("-"))
        first = f"{value['value']}-01"
        last = f"{value['value']}-{calendar.monthrange(year, month)[1]:02d}"
        return {"since": max(first, since or first), "until": min(last, until or last)}
    return {name: value["value"]}
