"""Search that answers, in a real headless Chromium (issue 18): facets that narrow, pages that follow
on, a speaker's scoped search, and the kind filter of issue 17 with its badges."""
from __future__ import annotations

import re

import pytest

from onrecord.service import Tracker
from onrecord.web.api import create_app
from tests.fixtures import PESKOV, distinct_articles, record_of
from tests.web.browser import chromium, serving


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The record, with the statements about budgets marked as denials (and one of them as holding no
    words of the speaker's) as the statement-kind classifier would mark them."""
    db = record_of(tmp_path_factory, "answers", PESKOV + distinct_articles(24))
    with Tracker(db) as t, t.store._transaction():
        t.store._cursor("UPDATE quotes SET kind = 'denial' WHERE text LIKE '%budget%'")
        t.store._cursor("UPDATE quotes SET no_quotation = 1 WHERE text LIKE '%plan 5 %'")
    with serving(create_app(db)) as base, chromium() as browser:
        yield base, browser


@pytest.fixture
def page(site):
    base, browser = site
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    pg = context.new_page()
    pg.base = base
    yield pg
    context.close()


def total(page) -> int:
    return int(re.search(r"of ([\d,]+)", page.locator("p.count").inner_text()).group(1).replace(",", ""))


def test_a_facet_link_narrows_the_search_to_its_count(page):
    page.goto(page.base + "/?q=plan")
    before = total(page)
    value = page.locator("section.facet[data-facet=speaker] li").first
    name, count = value.locator("a").inner_text(), int(value.locator(".n").inner_text())
    value.locator("a").click()
    page.wait_for_url(re.compile(r"speaker="))
    assert total(page) == count < before
    assert {w.inner_text() for w in page.locator("li.hit .who").all()} == {name}


def test_the_next_page_follows_on(page):
    page.goto(page.base + "/?q=plan&limit=5")
    first = [a.get_attribute("href") for a in page.locator("li.hit a[href^='/quotes/']").all()]
    page.click("nav.pages a[rel=next]")
    assert page.locator("p.count").inner_text().startswith("Statements 6–10 of ")
    second = [a.get_attribute("href") for a in page.locator("li.hit a[href^='/quotes/']").all()]
    assert len(second) == 5 and not set(first) & set(second)
    page.click("nav.pages a[rel=first]")
    assert page.locator("p.count").inner_text().startswith("Statements 1–5 of ")


def test_a_speaker_page_searches_what_they_said(page):
    page.goto(page.base + "/?q=plan+spring")
    page.locator("li.hit .who").first.click()
    name = page.locator("h1").inner_text()
    all_bars = page.locator("svg#weekly rect.bar").count()
    page.fill("form.scoped input[name=q]", "plan 7")
    page.click("form.scoped button")
    assert "q=plan+7" in page.url and "/speakers/" in page.url
    assert page.locator("li.hit").count() >= 1 and {w.inner_text() for w in page.locator("li.hit .who").all()} == {name}
    assert 1 <= page.locator("svg#weekly rect.bar").count() <= all_bars
    assert page.locator("h3.month").first.inner_text().startswith("2026-")
    assert "matching “plan 7”" in page.locator("figure.chart figcaption").first.inner_text()


def test_the_kind_filter_keeps_the_kind_asked_for(page):
    page.goto(page.base + "/?q=plan")
    page.click("form.search summary")
    page.check("input[name=kind][value=denial]")
    page.click("form.search button[type=submit]")
    assert "kind=denial" in page.url and total(page) == 24
    badges = page.locator("li.hit .badge.kind")
    assert badges.count() == page.locator("li.hit").count() and {b.inner_text() for b in badges.all()} == {"denial"}
    unquoted = page.locator("li.hit.no-quotation")
    assert unquoted.count() == 1 and unquoted.locator("blockquote").count() == 0
    assert unquoted.locator(".badge.unquoted").inner_text() == "not a quotation"
    assert unquoted.locator(".statement").evaluate("e => getComputedStyle(e).fontStyle") == "italic"


def test_the_kinds_chart_links_a_month_of_one_kind(page):
    page.goto(page.base + "/?q=plan+spring")
    page.locator("li.hit .who").first.click()
    denials = page.locator("svg#kinds rect.kind-denial")
    assert denials.count() >= 1
    page.locator("svg#kinds a:has(rect.kind-denial)").first.click()
    assert "kind=denial" in page.url and total(page) >= 1
