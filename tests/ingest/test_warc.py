"""Web archives: HTML pages with status 200 become articles; everything else is passed over or reported."""
from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from onrecord.ingest.readers import read_inputs
from onrecord.ingest.warc import warc_pages
from onrecord.records import Article, InputProblem
from tests.ingest import pages


def _response(writer, url, body, status="200 OK", content_type="text/html; charset=utf-8"):
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                                  warc_headers_dict={"WARC-Date": "2026-04-01T08:00:00Z"}))


def build_warc(path, gzip=True):
    """An archive as a crawler writes it: pages, a request, a 404, an image, a DNS record, metadata."""
    with path.open("wb") as out:
        w = WARCWriter(out, gzip=gzip)
        w.write_record(w.create_warc_record("", "warcinfo", payload=io.BytesIO(b"software: test\r\n")))
        w.write_record(w.create_warc_record("https://harbour.example/port", "request",
                                            payload=io.BytesIO(b"GET /port HTTP/1.1\r\n\r\n")))
        _response(w, "https://harbour.example/port", pages.ARTICLE_WITH_SIDEBAR_AND_COMMENTS.encode())
        _response(w, "https://harbour.example/gone", b"<html><body>Not found</body></html>", status="404 Not Found")
        _response(w, "https://harbour.example/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, content_type="image/png")
        w.write_record(w.create_warc_record("dns:harbour.example", "response",
                                            payload=io.BytesIO(b"harbour.example. 300 IN A 10.0.0.1\n"),
                                            warc_content_type="text/dns"))
        w.write_record(w.create_warc_record("https://harbour.example/port", "metadata",
                                            payload=io.BytesIO(b"fetchTimeMs: 12\r\n")))
        _response(w, "https://ledger.example/budget", pages.PAYWALL.encode())
    return path


def test_warc_pages_with_status_200_are_articles(tmp_path):
    items = list(read_inputs([str(build_warc(tmp_path / "crawl.warc.gz"))]))
    assert all(isinstance(i, Article) for i in items), items
    assert [a.meta["url"] for a in items] == ["https://harbour.example/news/port-strike-ends",
                                             "https://ledger.example/budget"]
    assert items[0].meta["date"] == "2026-03-04"  # the page's own date
    assert items[1].meta["date"].startswith("2026-04-01T08:00")  # no date in the page: the crawl's


def test_uncompressed_warc_is_read(tmp_path):
    items = list(read_inputs([str(build_warc(tmp_path / "crawl.warc", gzip=False))]))
    assert len(items) == 2


def test_truncated_warc_keeps_the_pages_before_the_damage(tmp_path):
    whole = build_warc(tmp_path / "whole.warc.gz").read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[:-200])
    items = list(read_inputs([str(cut)]))
    assert isinstance(items[0], Article) and "Maria Okafor" in items[0].text
    assert isinstance(items[-1], InputProblem) and str(cut) in items[-1].origin


def test_a_file_that_is_not_a_warc_is_reported(tmp_path):
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"this is not an archive\n" * 10)
    (problem,) = list(read_inputs([str(bad)]))
    assert isinstance(problem, InputProblem) and "not a readable WARC archive" in problem.reason


def _three_pages(path, gzip=True):
    """An archive of three page records, nothing else; its bytes and where each record ends."""
    ends = []
    with path.open("wb") as out:
        w = WARCWriter(out, gzip=gzip)
        for n, page in enumerate((pages.ARTICLE_WITH_SIDEBAR_AND_COMMENTS, pages.PAYWALL, pages.LIVE_BLOG), 1):
            _response(w, f"https://harbour.example/{n}", page.encode())
            ends.append(out.tell())
    return path.read_bytes(), ends


def test_a_three_record_archive_cut_at_80_percent_is_reported(tmp_path):
    whole, _ = _three_pages(tmp_path / "whole.warc.gz")
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: len(whole) * 8 // 10])
    items = list(read_inputs([str(cut)]))
    assert [type(i) for i in items] == [Article, Article, InputProblem]
    assert items[-1].origin == str(cut) and "truncated" in items[-1].reason


@pytest.mark.parametrize("compressed", [True, False])
def test_truncation_is_reported_wherever_it_falls(tmp_path, compressed):
    whole, ends = _three_pages(tmp_path / "whole.warc", gzip=compressed)
    cut = tmp_path / "cut.warc"
    unreported = []
    for size in (s for s in range(1, len(whole)) if s not in ends):  # a cut between records leaves a whole archive
        cut.write_bytes(whole[:size])
        items = list(warc_pages(cut))  # the pages are not parsed: this is about the archive
        if sum(isinstance(i, InputProblem) for i in items) != 1 or not isinstance(items[-1], InputProblem):
            unreported.append(size)
    assert not unreported, f"{len(unreported)} of {len(whole)} cuts not reported once, first at byte {unreported[0]}"
    cut.write_bytes(whole)
    assert not any(isinstance(i, InputProblem) for i in warc_pages(cut))
