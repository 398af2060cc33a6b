"""Fetching pages and feeds from a local server (127.0.0.1 only): polite, capped, retried, reported."""
from __future__ import annotations

import time

import pytest
from typer.testing import CliRunner

from onrecord.cli import app
from onrecord.ingest.fetch import Fetcher
from onrecord.records import Article, InputProblem
from onrecord.service import Tracker
from onrecord.settings import Settings
from tests.ingest.server import NewsSite

FAST = Settings().updated(fetch_timeout=0.5, fetch_attempts=3, fetch_host_delay=0, fetch_max_bytes=1_000_000)


@pytest.fixture
def site():
    with NewsSite() as s:
        yield s


@pytest.fixture
def fetcher():
    sleeps: list[float] = []
    with Fetcher(FAST, sleep=sleeps.append) as f:
        f.sleeps = sleeps
        yield f


def test_page_url_becomes_an_article_with_its_url_as_identity(site, fetcher):
    art = fetcher.article(site.base + "/port.html")
    assert isinstance(art, Article) and "Maria Okafor" in art.text
    assert art.meta["url"] == site.base + "/port.html" and art.meta["outlet"] == "The Harbour Times"


def test_robots_txt_is_read_once_and_obeyed(site, fetcher):
    problem = fetcher.article(site.base + "/private/secret.html")
    assert isinstance(problem, InputProblem) and "robots.txt" in problem.reason and "disallows" in problem.reason
    fetcher.article(site.base + "/port.html")
    assert site.hits["/robots.txt"] == 1 and site.hits["/private/secret.html"] == 0


@pytest.mark.parametrize("path, reason", [("/missing", "404"), ("/image.png", "not a web page"),
                                          ("/big", "larger than 1,000,000 bytes"), ("/slow", "timed out")])
def test_bad_answers_are_reported_with_their_reason(site, fetcher, path, reason):
    problem = fetcher.article(site.base + path)
    assert isinstance(problem, InputProblem) and reason in problem.reason and problem.origin == site.base + path


def test_a_server_that_trickles_is_cut_off_at_the_deadline(site):
    with Fetcher(FAST.updated(fetch_attempts=1)) as f:
        started = time.monotonic()
        problem = f.article(site.base + "/trickle")
        took = time.monotonic() - started
    assert isinstance(problem, InputProblem) and problem.origin == site.base + "/trickle"
    assert "timed out after 0.5 s" in problem.reason and took < 2 * FAST.fetch_timeout + 0.5


def test_a_robots_txt_that_trickles_keeps_the_host_out(site):
    site.robots_trickles = True
    with Fetcher(FAST.updated(fetch_attempts=1)) as f:
        started = time.monotonic()
        problem = f.article(site.base + "/port.html")
        took = time.monotonic() - started
    assert isinstance(problem, InputProblem) and "robots.txt" in problem.reason
    assert "could not be read" in problem.reason
    assert took < 2 * FAST.fetch_timeout + 0.5 and site.hits["/port.html"] == 0


def test_a_redirect_loop_is_a_problem_at_once_not_retried(site, fetcher):
    problem = fetcher.article(site.base + "/loop")
    assert isinstance(problem, InputProblem) and "redirect loop" in problem.reason
    assert site.hits["/loop"] == 21 and fetcher.sleeps == []  # the request and httpx's 20 redirects, once


def test_server_errors_are_retried_with_backoff(site, fetcher):
    problem = fetcher.article(site.base + "/error")
    assert isinstance(problem, InputProblem) and "500" in problem.reason and "3 attempt(s)" in problem.reason
    assert site.hits["/error"] == 3 and fetcher.sleeps == [1.0, 2.0]


def test_a_busy_server_is_retried_after_the_time_it_asks(site, fetcher):
    assert isinstance(fetcher.article(site.base + "/flaky"), Article)
    assert site.hits["/flaky"] == 3 and fetcher.sleeps == [3.0, 3.0]


def test_an_unreachable_host_is_a_problem_not_an_exception(fetcher):
    problem = fetcher.article("http://127.0.0.1:9/story.html")
    assert isinstance(problem, InputProblem) and "robots.txt" in problem.reason


def test_requests_to_one_host_are_spaced_by_the_politeness_delay(site):
    sleeps: list[float] = []
    with Fetcher(FAST.updated(fetch_host_delay=0.3), sleep=sleeps.append, clock=lambda: 100.0) as f:
        f.article(site.base + "/port.html")
        f.article(site.base + "/paywall.html")
    assert sleeps == [pytest.approx(0.3)] * 2  # robots.txt, then each page: never two within 0.3 s


def test_feed_entries_are_fetched_once_across_rounds(site, tmp_path):
    with Tracker(tmp_path / "record.db", FAST) as t:
        first = t.ingest([], feeds=[site.base + "/feed.xml"])
        assert first.stored == 2 and len(first.problems) == 1 and "/missing" in first.problems[0]
        assert t.search("protects every job")[0]["date"] == "2026-03-04"
        paywall = t.search("numbers are the numbers")[0]
        assert paywall["date"].startswith("2026-03-03") and paywall["url"] == site.base + "/paywall.html"
        second = t.ingest([], feeds=[site.base + "/feed.xml"])
        assert second.stored == 0 and site.hits["/port.html"] == 1 and site.hits["/paywall.html"] == 1


def test_a_feed_that_is_not_xml_is_reported(site, tmp_path):
    with Tracker(tmp_path / "record.db", FAST) as t:
        report = t.ingest([], feeds=[site.base + "/notxml", str(tmp_path / "absent.xml")])
    assert report.stored == 0 and len(report.problems) == 2
    assert "not an RSS or Atom feed" in report.problems[0] and "cannot be read" in report.problems[1]


def test_cli_ingests_urls_and_a_url_list_and_watch_follows_a_feed(site, tmp_path, monkeypatch):
    for name, value in {"FETCH_TIMEOUT": "1", "FETCH_ATTEMPTS": "1", "FETCH_HOST_DELAY": "0"}.items():
        monkeypatch.setenv("ONRECORD_" + name, value)
    db = str(tmp_path / "record.db")
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# pages\n{site.base}/blog.html\n\n{site.base}/de.html\n")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", site.base + "/port.html", "--urls", str(listing), "--db", db])
    assert result.exit_code == 0, result.output
    assert "2 article(s) stored" in result.output and "1 skipped" in result.output and "'de'" in result.output
    result = runner.invoke(app, ["watch", site.base + "/feed.xml", "--every", "0.1s", "--rounds", "2", "--db", db])
    assert result.exit_code == 0, result.output
    assert result.output.count("reading 1 feed(s)") == 2 and site.hits["/paywall.html"] == 1
