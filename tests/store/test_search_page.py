"""A page of a search (issue 18): the total, facets whose counts are the narrowed searches' totals,
keyset pages that stay put while an ingest runs, each hit in its sentence, hostile cursors refused."""
from __future__ import annotations

import io
import json

import pytest

from onrecord.errors import OnrecordError
from tests.fixtures import PESKOV, distinct_articles, same_statement, write_articles

FACETS = ("speaker", "outlet", "type", "kind", "month")
#: The interfaces' filter names as the Tracker's keyword arguments.
AS_TRACKER = {"type": ("types", list), "kind": ("kinds", list)}


def narrowed(filters: dict, extra: dict) -> dict:
    out = dict(filters)
    for name, value in extra.items():
        key, wrap = AS_TRACKER.get(name, (name, lambda v: v))
        out[key] = wrap([value]) if wrap is list else value
    return out


@pytest.fixture
def record(tracker, tmp_path):
    tracker.ingest([write_articles(tmp_path / "a.jsonl", PESKOV + same_statement(3) + distinct_articles(24))])
    return tracker


@pytest.mark.parametrize("text, filters", [(None, {}), ("plan", {}), ("plan", {"since": "2026-03-05"}),
                                           ("talks", {"speaker": "Peskov"}), (None, {"types": ["direct"]})])
def test_facet_counts_are_the_totals_of_the_searches_they_link_to(record, text, filters):
    page = record.search_page(text, facets=FACETS, **filters)
    assert page["total"] > 0 and page["facets"]["month"]
    for name, values in page["facets"].items():
        assert sum(v["count"] for v in values) <= page["total"] or name == "speaker"
        for value in values:
            linked = record.search_page(text, **narrowed(filters, value["filter"]))
            assert linked["total"] == value["count"], (name, value)


def test_the_outlet_facet_folds_case_as_the_outlet_filter_does(record, tmp_path):
    record.ingest([write_articles(tmp_path / "b.jsonl", [{**a, "id": a["id"] + "x", "outlet": "outlet 1",
                                                          "url": f"https://x.example/{a['id']}"}
                                                         for a in distinct_articles(2)])])
    outlets = record.search_page("plan", facets=("outlet",))["facets"]["outlet"]
    one = next(v for v in outlets if v["value"] == "outlet 1")
    assert record.search_page("plan", outlet="OUTLET 1")["total"] == one["count"]


def every_page(tracker, text, order, between=None):
    pages = [tracker.search_page(text, order=order, limit=7)]
    if between:
        between()
    while pages[-1]["next"]:
        pages.append(tracker.search_page(text, order=order, limit=7, cursor=pages[-1]["next"]))
    return pages


@pytest.mark.parametrize("order", ["relevance", "newest"])
def test_pages_stay_put_while_an_ingest_adds_matches(record, tmp_path, order):
    before = [r["id"] for r in record.search("plan", limit=1000, order=order)]
    more = [{**a, "id": "new" + a["id"], "text": a["text"].replace("spring", "summer")} for a in distinct_articles(9)]
    pages = every_page(record, "plan", order,
                       between=lambda: record.ingest([write_articles(tmp_path / "more.jsonl", more)]))
    shown = [r["id"] for p in pages for r in p["results"]]
    assert len(shown) == len(set(shown)) == len(before) and set(shown) == set(before)
    assert {p["total"] for p in pages} == {len(before)}
    assert [p["first"] for p in pages] == list(range(0, len(before), 7))
    assert record.search_page("plan")["total"] > len(before)


@pytest.mark.parametrize("cursor", ["garbage", "", "e30", "x" * 5000, "eyJvIjoicmVsZXZhbmNlIn0",
                                    "eyJvIjoibmV3ZXN0IiwidCI6MSwibiI6MCwiayI6WzEsMV19",
                                    "eyJvIjoicmVsZXZhbmNlIiwidCI6LTEsIm4iOjAsImsiOlsxLDFdfQ",
                                    "eyJvIjoicmVsZXZhbmNlIiwidCI6MSwibiI6MCwiayI6WyJ4IiwxXX0", "%%%", "\udcff"])
def test_a_cursor_not_made_by_a_search_is_a_clear_error(record, cursor):
    if not cursor:
        assert record.search_page("plan", cursor=cursor)["first"] == 0
        return
    with pytest.raises(OnrecordError, match="cursor"):
        record.search_page("plan", cursor=cursor)


def test_a_cursor_of_one_order_is_refused_in_another(record):
    cursor = record.search_page("plan", limit=3)["next"]
    with pytest.raises(OnrecordError, match="another order"):
        record.search_page("plan", cursor=cursor, order="newest")


def test_each_hit_stands_in_its_sentence(record):
    hit, = record.search_page("prisoner swap")["results"]
    assert hit["context_before"] == "He noted " and hit["context_after"] == "."
    hit, = record.search_page("ready talk")["results"]
    assert hit["context_before"] == "" and hit["context_after"] == " Dmitry S. Peskov told reporters in Moscow."


def test_an_unknown_facet_or_kind_is_a_clear_error(record):
    with pytest.raises(OnrecordError, match="unknown facet 'colour'"):
        record.search_page("plan", facets=["colour"])
    with pytest.raises(OnrecordError, match="unknown statement kind 'rumour'"):
        record.search_page("plan", kinds=["rumour"])


def test_the_export_of_a_search_holds_its_statements_only(record):
    out = io.StringIO()
    assert record.export(out, "jsonl", text="bridge reopen") == 1
    assert "bridge" in json.loads(out.getvalue())["quotation"]
