"""Links between searches: every search has a stable address (its words and filters in the query
string, never a cursor), and each facet value, chart bar and page links to the search it narrows to.

As datasette's facets do (docs.datasette.io, "Facets"), a facet link is the current search with
that value's filter set in place of the filter of the same name: the service gives the filter
(service/searching.py ``facet_filter``), so the count shown is that search's total.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

#: The parameters that make a search (in the order its address lists them); a cursor only moves in it.
SEARCH_PARAMS = ("q", "speaker", "since", "until", "outlet", "type", "kind", "order", "limit")


def search_link(path: str, search: dict[str, Any], **changes: Any) -> str:
    """``path`` with the parameters of ``search`` and ``changes`` (a value of None drops one): empty values
    and the default order are left out, so that one search has one address."""
    merged = {**search, **changes}
    pairs = []
    for name in (*SEARCH_PARAMS, *(k for k in changes if k not in SEARCH_PARAMS)):
        values = merged.get(name)
        for value in values if isinstance(values, list | tuple) else [values]:
            if value not in (None, "") and not (name == "order" and value == "relevance"):
                pairs.append((name, value))
    return path + ("?" + urlencode(pairs) if pairs else "")


def facet_link(path: str, search: dict[str, Any], narrowing: dict[str, str]) -> str:
    """The search narrowed by a facet value's filter (a type or kind becomes the only one asked for)."""
    return search_link(path, search, **{k: [v] if k in ("type", "kind") else v for k, v in narrowing.items()})
