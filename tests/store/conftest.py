"""Store tests: a fresh temporary database each, and hand-written articles."""
from __future__ import annotations

import json

import pytest

from onrecord.service import Tracker


def write_articles(path, articles):
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return str(path)


@pytest.fixture
def tracker(store_url):
    """A Tracker over a fresh database, once per backend."""
    with Tracker(store_url) as t:
        yield t


PESKOV = [
    {"id": "a1", "date": "2026-01-05", "outlet": "Wire", "url": "https://example.org/1",
     "title": "Kremlin on talks",
     "text": "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday. "
             "He noted that the sides are not discussing a prisoner swap."},
    {"id": "a2", "date": "2026-01-07", "outlet": "Daily", "url": "https://example.org/2",
     "text": "“We are ready to talk at any moment,” Dmitry S. Peskov told reporters in Moscow."},
    {"id": "a3", "date": "2026-01-09", "outlet": "Herald", "url": "https://example.org/3",
     "text": "The talks will go on next week, Peskov said on Friday."},
]


def same_statement(n):
    """The same quotation as three outlets carried it (marks and case differ, one is longer)."""
    forms = ["“The bridge will reopen in March,” Mayor Ann Lee said on Monday.",
             "\"The bridge will reopen in March,\" Ann Lee said.",
             "“The bridge will reopen in March, and the tolls will go,” Mayor Ann Lee said."]
    return [{"id": f"b{i}", "date": f"2026-02-0{i + 1}", "outlet": o, "url": f"https://example.org/b{i}",
             "text": forms[i]} for i, o in enumerate(["Wire", "Daily", "Herald"][:n])]


WIRE_STORY = (
    "The central bank raised its main interest rate by a quarter of a percentage point on Thursday, "
    "the third increase this year, as inflation stayed well above its target for a ninth month.\n\n"
    "“Inflation is still too high, and we will do what it takes to bring it down,” governor Elena Marsh "
    "told a news conference in the capital after the decision was announced.\n\n"
    "Economists had expected the move, although several had argued that the bank should wait for more "
    "evidence that higher borrowing costs were already slowing the economy. Mortgage lenders said they "
    "would pass the increase on to customers within days."
)


def syndicated(n, start=0):
    """One wire story as ``n`` outlets ran it: each with its own headline and footer."""
    outlets = ["Wire", "Daily", "Herald", "Courier", "Gazette"]
    return [{"id": f"w{i}", "date": f"2026-06-0{i + 1}", "outlet": outlets[i], "url": f"https://example.org/w{i}",
             "text": f"{outlets[i]}: Bank raises rates again\n\n{WIRE_STORY}\n\n© {outlets[i]} 2026"}
            for i in range(start, start + n)]
