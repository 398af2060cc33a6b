"""A speaker page in a real headless Chromium showing one person's English and Russian statements (issue 19)."""
from __future__ import annotations

import pytest

from onrecord.web.api import create_app
from tests.fixtures import TWO_LANGUAGES, record_of
from tests.web.browser import chromium, serving


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    db = record_of(tmp_path_factory, "two-languages", TWO_LANGUAGES)
    with serving(create_app(db)) as base, chromium() as browser:
        context = browser.new_context(viewport={"width": 1000, "height": 800})
        pg = context.new_page()
        pg.base = base
        yield pg
        context.close()


def test_a_speaker_page_shows_english_and_russian_statements_of_one_person(page):
    page.goto(page.base + "/?q=переговорах")
    page.click("li.hit .who")
    assert page.locator("h1").inner_text() == "Dmitry Peskov"
    assert "Дмитрий Песков" in page.locator("p.aliases").inner_text()
    badges = page.locator("li.hit abbr.badge.lang")
    assert sorted(b.inner_text().lower() for b in badges.all()) == ["en", "en", "en", "ru"]
    russian = page.locator("li.hit [lang=ru]")
    assert russian.count() == 1 and "Мы пока не можем говорить о прогрессе" in russian.inner_text()
    assert page.locator("li.hit abbr.badge.lang[title=Russian]").count() == 1


def test_a_russian_article_says_its_language(page):
    page.goto(page.base + "/?q=переговорах")
    page.click("li.hit a.headline")
    assert page.locator("article.story").get_attribute("lang") == "ru"
    assert "Russian" in page.locator("p.facts").inner_text()
    assert "прогрессе" in page.locator("q.quote").first.inner_text()
