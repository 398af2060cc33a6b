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
