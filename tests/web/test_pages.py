"""The browser pages, rendered by the app over a fresh temporary database (HTML checked as text)."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from onrecord.web import pages
from onrecord.web.api import create_app
from tests.fixtures import PESKOV, record_of, same_statement

HOSTILE = {"id": "x1", "date": "2026-04-01", "outlet": "<img src=x onerror=alert(1)>",
           "url": "javascript:alert(1)", "title": "<script>alert('title')</script>",
           "text": "“The <script>alert(1)</script> plan <img src=x onerror=alert(2)> will work,”"
                   " Mayor Ann Lee said."}

#: Eight paragraphs of council business, then the one quote.
LONG = {"id": "long", "date": "2026-05-01", "outlet": "Gazette", "title": "A long meeting",
        "text": "\n\n".join(f"Item {n} on the agenda of the council was put off again." for n in range(8))
        + "\n\n“The budget is final,” Mayor Ann Lee said."}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = record_of(tmp_path_factory, "pages", PESKOV + same_statement(3) + [HOSTILE, LONG])
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def _api(client, q):
    return client.get("/api/quotes", params={"q": q}).json()["results"][0]


def test_search_page_shows_the_quote_with_its_words_marked(client):
    html = client.get("/", params={"q": "prisoner swap"}).text
    assert "<mark>prisoner</mark>" in html and "Dmitry Peskov" in html and "Statements 1–1 of 1" in html


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


def test_a_long_article_is_shown_in_parts(client, monkeypatch):
    monkeypatch.setattr(pages, "ARTICLE_PART_CHARS", 200)
    article = f"/articles/{_api(client, 'budget final')['article_id']}"
    first = client.get(article).text
    assert "Item 0 on the agenda" in first and "Item 7" not in first and "budget is final" not in first
    parts = int(re.search(r"part 1 of (\d+)", first).group(1))
    assert parts > 1 and f'href="{article}?part=2"' in first
    last = client.get(article, params={"part": parts}).text
    assert "Item 0" not in last
    assert re.search(r'<q class="quote speaker-\d"[^>]*><a [^>]*>“The budget is final,”', last)
    assert f"part {parts} of {parts}" in last and f'href="{article}?part={parts - 1}"' in last
    assert client.get(article, params={"part": parts + 1}).status_code == 404
    assert client.get(article, params={"part": 0}).status_code == 400


def test_a_short_article_is_one_part(client):
    html = client.get(f"/articles/{_api(client, 'ready talk')['article_id']}").text
    assert "part 1 of" not in html and "?part=" not in html


@pytest.mark.parametrize("path", ["/articles/99999999999999999999", "/articles/0", "/speakers/9223372036854775808",
                                  "/speakers/-1"])
def test_ids_out_of_range_are_error_pages(client, path):
    response = client.get(path)
    assert response.status_code == 404 and "<html" in response.text and "no " in response.text


def test_searching_for_a_speaker_id_out_of_range_finds_nobody(client):
    response = client.get("/", params={"speaker": "99999999999999999999"})
    assert response.status_code == 200 and "No statements" in response.text


def test_an_unknown_page_is_the_error_page(client):
    response = client.get("/nowhere")
    assert response.status_code == 404 and "<html" in response.text and "detail" not in response.text


@pytest.mark.parametrize("path", ["/", "/?q=bridge", "/speakers/1", "/static/app.css"])
def test_head_of_a_page_is_its_get_without_the_body(client, path):
    response = client.head(path)
    assert response.status_code == 200 and response.content == b""


def test_the_most_quoted_count_is_reused_for_a_while():
    counted = []

    def count() -> int:
        counted.append(1)
        return len(counted)

    reused, fresh = pages.Recent(count, 60), pages.Recent(count, 0)
    assert reused() == reused() == 1
    assert fresh() == 2 and fresh() == 3


def test_search_page_has_facets_whose_links_narrow_to_their_counts(client):
    html = client.get("/", params={"q": "bridge"}).text
    links = re.findall(r'<a href="(/\?[^"]+)">([^<]+)</a> <span class="n">(\d+)</span>', html)
    assert {"Ann Lee", "Wire", "direct", "2026-02"} <= {label for _, label, _ in links}
    for href, label, count in links:
        narrowed = client.get(href.replace("&amp;", "&")).text
        assert re.search(r"Statements 1–\d+ of ([\d,]+)", narrowed).group(1) == count, (label, href)


def test_each_hit_shows_its_sentence_role_outlet_and_headline(client):
    html = client.get("/", params={"q": "prisoner swap"}).text
    assert re.search(r'He noted <span class="statement">[^<]*<mark>prisoner</mark>', html)
    assert '<span class="role">, kremlin spokesman</span>' in html or '<span class="role">, Kremlin spokesman</span>' in html
    assert '<span class="outlet">Wire</span>' in html and ">Kremlin on talks</a>" in html


def test_search_page_links_to_itself_and_to_its_downloads(client):
    html = client.get("/", params={"q": "bridge", "type": "direct"}).text
    assert 'href="/?q=bridge&amp;type=direct">link to this search' in html
    csv = client.get("/api/export", params={"q": "bridge", "type": "direct", "format": "csv"})
    assert 'href="/api/export?q=bridge&amp;type=direct&amp;format=csv"' in html
    assert csv.status_code == 200 and csv.text.startswith("quoteID,") and "bridge" in csv.text.lower()


def test_speaker_page_searches_what_they_said_by_month(client):
    peskov = _api(client, "prisoner swap")["speaker_id"]
    html = client.get(f"/speakers/{peskov}", params={"q": "ready"}).text
    assert 'action="/speakers/' in html and "matching “ready”" in html
    assert re.findall(r'<h3 class="month">([\d-]+)</h3>', html) == ["2026-01"]
    assert "Statements 1–1 of 1" in html and "prisoner" not in html.split('<h3 class="month">')[1]
    assert len(re.findall(r'<rect class="bar"', html)) == 1
    assert re.search(r'<svg id="kinds"', html) and 'kind=claim' in html


@pytest.mark.parametrize("params, message", [({"cursor": "junk"}, "cursor"), ({"order": "random"}, "order"),
                                             ({"kind": "rumour"}, "statement kind"), ({"cursor": "e30"}, "cursor")])
def test_hostile_search_values_are_messages_on_the_page(client, params, message):
    response = client.get("/", params={"q": "bridge", **params})
    assert response.status_code == 400 and message in response.text and "Traceback" not in response.text
    scoped = client.get("/speakers/1", params={"q": "talks", **params})  # takes a cursor, nothing else of these
    assert scoped.status_code == (400 if "cursor" in params else 200) and "Traceback" not in scoped.text
