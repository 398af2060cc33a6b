"""The browser pages, rendered by the app over a fresh temporary database (HTML checked as text)."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from onrecord.web.api import create_app
from tests.fixtures import PESKOV, record_of, same_statement

HOSTILE = {"id": "x1", "date": "2026-04-01", "outlet": "<img src=x onerror=alert(1)>",
           "url": "javascript:alert(1)", "title": "<script>alert('title')</script>",
           "text": "“The <script>alert(1)</script> plan <img src=x onerror=alert(2)> will work,”"
                   " Mayor Ann Lee said."}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = record_of(tmp_path_factory, "pages", PESKOV + same_statement(3) + [HOSTILE])
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def _api(client, q):
    return client.get("/api/quotes", params={"q": q}).json()["results"][0]


def test_search_page_shows_the_quote_with_its_words_marked(client):
    html = client.get("/", params={"q": "prisoner swap"}).text
    assert "<mark>prisoner</mark>" in html and "Dmitry Peskov" in html and "1 statement(s)" in html


def test_front_page_lists_most_quoted_and_latest(client):
    html = client.get("/").text
    assert "Most quoted" in html and "Latest statements" in html and "/speakers/" in html


def test_speaker_page_has_a_weekly_chart_with_links_to_each_week(client):
    peskov = _api(client, "prisoner swap")["speaker_id"]
    html = client.get(f"/speakers/{peskov}").text
    bars = re.findall(r'<a href="/\?speaker=\d+&amp;since=([\d-]+)&amp;until=([\d-]+)"><rect class="bar"', html)
    assert bars and bars[0] == ("2026-01-05", "2026-01-11") and "kremlin spokesman" in html


def test_article_page_marks_quote_source_and_cue(client):
    hit = _api(client, "ready talk")
    html = client.get(f"/articles/{hit['article_id']}").text
    assert re.search(r'<q class="quote speaker-\d" title="Dmitry Peskov · direct · confidence', html)
    assert re.search(r'<span class="source speaker-\d"[^>]*>Dmitry S. Peskov</span>', html)
    assert re.search(r'<span class="cue speaker-\d"[^>]*>told</span>', html)


def test_quote_page_lists_every_outlet_that_carried_it(client):
    html = client.get(f"/quotes/{_api(client, 'bridge reopen')['id']}").text
    assert "Reported by 3 article(s)" in html and all(o in html for o in ("Wire", "Daily", "Herald"))


def test_untrusted_text_is_escaped_on_every_page(client):
    hit = _api(client, "plan work")
    pages = [client.get("/", params={"q": "plan"}).text, client.get(f"/articles/{hit['article_id']}").text,
             client.get(f"/quotes/{hit['id']}").text, client.get(f"/speakers/{hit['speaker_id']}").text]
    for html in pages:
        assert "<script>alert" not in html and "<img src=x" not in html and 'href="javascript:' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[1]


def test_missing_things_are_error_pages_not_traces(client):
    response = client.get("/articles/424242")
    assert response.status_code == 404 and "no article with id 424242" in response.text and "<html" in response.text
    bad = client.get("/", params={"since": "someday", "q": "x"})
    assert bad.status_code == 400 and "not a date" in bad.text


def test_stylesheet_is_served_by_the_app(client):
    css = client.get("/static/app.css")
    assert css.status_code == 200 and "--speaker" in css.text
