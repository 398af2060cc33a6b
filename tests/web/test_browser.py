"""The UI in a real headless Chromium: search, a speaker's chart, an article's highlights, and no XSS."""
from __future__ import annotations

import pytest

from onrecord.web.api import create_app
from tests.fixtures import PESKOV, record_of, same_statement
from tests.web.browser import chromium, serving
from tests.web.test_pages import HOSTILE


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = record_of(tmp_path_factory, "browser", PESKOV + same_statement(3) + [HOSTILE])
    with serving(create_app(db)) as base, chromium() as browser:
        yield base, browser


@pytest.fixture
def page(site):
    base, browser = site
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    pg = context.new_page()
    pg.base = base
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


def test_search_for_a_phrase_and_see_the_quote(page):
    page.goto(page.base + "/")
    page.fill("input[name=q]", "prisoner swap")
    page.click("button[type=submit]")
    hit = page.locator("li.hit").first
    assert "prisoner" in hit.locator("mark").first.inner_text()
    assert "Dmitry Peskov" in hit.locator(".who").inner_text()


def test_open_a_speaker_and_see_the_chart(page):
    page.goto(page.base + "/?q=prisoner+swap")
    page.click("li.hit .who")
    assert page.locator("h1").inner_text() == "Dmitry Peskov"
    bars = page.locator("svg#weekly rect.bar")
    assert bars.count() == 1 and bars.first.bounding_box()["height"] > 10
    page.locator("svg#weekly a").first.click()  # a bar opens that week's statements
    assert "since=2026-01-05" in page.url and page.locator("li.hit").count() == 3  # 5, 7 and 9 January


def test_open_an_article_and_see_the_highlights(page):
    page.goto(page.base + "/?q=ready+talk")
    page.click("li.hit a.headline")
    quote = page.locator("q.quote").first
    assert quote.is_visible() and "We are ready" in quote.inner_text()
    assert "Dmitry Peskov" in quote.get_attribute("title") and "confidence" in quote.get_attribute("title")
    assert page.locator("span.source").first.inner_text() == "Dmitry S. Peskov"
    colour = page.eval_on_selector("q.quote", "e => getComputedStyle(e).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")


def test_script_in_an_article_never_runs(page):
    for path in ["/?q=plan+work", "/?q=plan"]:
        page.goto(page.base + path)
    page.click("li.hit a.headline")
    page.click("q.quote a")
    page.goto(page.base + "/")
    assert page.dialogs == [] and page.evaluate("document.querySelectorAll('script').length") == 0
    page.goto(page.base + "/?q=plan+work")
    page.click("li.hit a.headline")
    assert "<script>alert(1)</script>" in page.locator("article.story").inner_text()


def test_pages_fit_a_phone_screen(site):
    base, browser = site
    context = browser.new_context(viewport={"width": 360, "height": 740})
    pg = context.new_page()
    for path in ["/", "/?q=bridge", "/speakers/1"]:
        pg.goto(base + path)
        assert pg.evaluate("document.documentElement.scrollWidth") <= 360, path
    context.close()


def test_api_docs_render_offline(page):
    page.goto(page.base + "/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=15_000)
    assert page.locator(".opblock").count() >= 8
