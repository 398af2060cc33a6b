"""Saved web pages: main text without page furniture, headline first, metadata kept."""
from __future__ import annotations

import pytest

from onrecord.ingest.html import html_article
from onrecord.ingest.language import unsupported_language
from onrecord.ingest.readers import read_inputs
from onrecord.records import Article, InputProblem
from onrecord.service import Tracker
from tests.ingest import pages


def _article(page, name="page"):
    art = html_article(page if isinstance(page, bytes) else page.encode(), name, name)
    assert isinstance(art, Article), art
    return art


def test_article_with_sidebar_and_comments_keeps_only_the_story():
    art = _article(pages.ARTICLE_WITH_SIDEBAR_AND_COMMENTS)
    assert "union leader Maria Okafor" in art.text and "Nobody wins a strike" in art.text
    for furniture in ("Most read", "newsletter", "angry reader", "All rights reserved", "Sport"):
        assert furniture not in art.text


def test_headline_is_the_first_paragraph_and_metadata_is_read():
    art = _article(pages.ARTICLE_WITH_SIDEBAR_AND_COMMENTS)
    assert art.text.split("\n\n")[0] == "Port strike ends after talks"
    assert art.meta == {"title": "Port strike ends after talks", "date": "2026-03-04", "author": "Jane Reporter",
                        "outlet": "The Harbour Times", "url": "https://harbour.example/news/port-strike-ends"}


def test_paragraphs_stay_paragraphs():
    art = _article(pages.ARTICLE_WITH_SIDEBAR_AND_COMMENTS)
    assert len(art.text.split("\n\n")) == 5


@pytest.mark.parametrize("page", [pages.SHORT_STORY, pages.NOSCRIPT])
def test_headline_and_paragraphs_are_separated_on_every_page(page):
    paragraphs = _article(page).text.split("\n\n")
    assert paragraphs[0] == "Mayor backs bridge plan" and paragraphs.count("Mayor backs bridge plan") == 1
    assert '"We will build it," the mayor said on Monday at a town hall meeting with residents.' in paragraphs
    assert paragraphs[-1] == "The council will vote on the plan next week, a spokesman said in a statement."


def test_noscript_text_is_not_the_article():
    text = _article(pages.NOSCRIPT).text
    assert "JavaScript" not in text and "We will build it" in text and "The council will vote" in text


def test_live_blog_posts_are_all_kept():
    art = _article(pages.LIVE_BLOG)
    assert "electoral commission" in art.text and "Ana Lima" in art.text and "David Roe" in art.text
    assert art.meta["outlet"] == "Daily Wire Service"


def test_paywall_notice_is_dropped():
    art = _article(pages.PAYWALL)
    assert "The numbers are the numbers" in art.text and "Subscribe" not in art.text


def test_broken_markup_is_read_best_effort():
    assert "Sam Patel" in _article(pages.BROKEN_MARKUP).text


def test_declared_legacy_encoding_is_honoured():
    art = _article(pages.LATIN1_PAGE)
    assert "café terraces" in art.text and "Lucía Fernández" in art.text


@pytest.mark.parametrize("page, reason", [(pages.NO_TEXT, "no article text"),
                                          (b"\x00\x01binary" * 100, "binary")])
def test_pages_without_an_article_are_reported(tmp_path, page, reason):
    path = tmp_path / "bad.html"
    path.write_bytes(page.encode() if isinstance(page, str) else page)
    (problem,) = list(read_inputs([str(path)]))
    assert isinstance(problem, InputProblem) and reason in problem.reason and problem.origin == str(path)


def test_page_in_another_language_is_skipped_with_its_reason(tmp_path):
    (tmp_path / "de.html").write_text(pages.GERMAN_PAGE, encoding="utf-8")
    (tmp_path / "en.html").write_text(pages.PAYWALL, encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    skipped = [i for i in items if isinstance(i, InputProblem)]
    assert len(skipped) == 1 and skipped[0].skipped and "'de'" in skipped[0].reason
    assert [i.meta["title"] for i in items if isinstance(i, Article)] == ["Budget row deepens"]


def test_saved_pages_are_ingested_with_quotes_and_metadata(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "port.html").write_text(pages.ARTICLE_WITH_SIDEBAR_AND_COMMENTS, encoding="utf-8")
    (folder / "blog.htm").write_text(pages.LIVE_BLOG, encoding="utf-8")
    (folder / "de.html").write_text(pages.GERMAN_PAGE, encoding="utf-8")
    with Tracker(tmp_path / "record.db") as t:
        report = t.ingest([str(folder)])
        assert report.stored == 2 and len(report.skipped) == 1 and not report.problems
        okafor = t.search("protects every job")
        assert okafor and okafor[0]["speaker"] == "Maria Okafor" and okafor[0]["outlet"] == "The Harbour Times"
        assert okafor[0]["date"] == "2026-03-04" and okafor[0]["url"] == "https://harbour.example/news/port-strike-ends"
        assert not t.search("angry reader")


def test_unknown_declared_encoding_is_read_best_effort():
    page = pages.PAYWALL.replace('<meta charset="utf-8">', '<meta charset="x-no-such-charset">').encode()
    assert "The numbers are the numbers" in _article(page).text


@pytest.mark.parametrize("scores, skipped", [
    ([("pcm", -909.5), ("en", -911.6), ("bcl", -982.8)], False),  # a US listing of addresses, in fact
    ([("es", -700.0), ("pt", -760.0), ("en", -905.0)], True),
])
def test_a_text_is_skipped_only_when_english_is_very_unlikely(monkeypatch, scores, skipped):
    import py3langid

    monkeypatch.setattr(py3langid, "rank", lambda text: scores)
    reason = unsupported_language("word " * 40)
    assert (reason is not None) == skipped and (not skipped or f"'{scores[0][0]}'" in reason)
