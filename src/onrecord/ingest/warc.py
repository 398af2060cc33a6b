"""Web archives (WARC, as Common Crawl's CC-NEWS ships them) as a stream of Articles.

Records are read one at a time with warcio, so memory stays flat however
large the archive. Only HTTP ``response`` records with status 200 and an
HTML content type are pages; every other record (requests, metadata, DNS,
redirects, images) is passed over without a word, as a reader of CC-NEWS
expects. A page's date is its WARC-Date when the page itself names none.
A damaged archive (truncated gzip, garbage) is reported with how far it was
read, and the pages before the damage are kept.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from onrecord.errors import first_line
from onrecord.ingest.html import MAX_PAGE_BYTES, html_article
from onrecord.records import Article, InputProblem, iso_date

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One HTML response of an archive, not yet parsed."""

    origin: str
    url: str | None
    warc_date: str | None  # as the archive wrote it; parsed only when the page names no date
    body: bytes


def read_warc(path: Path) -> Iterator[Article | InputProblem]:
    """Each HTML page with status 200 in the archive at ``path``, as an Article or a problem."""
    for page in warc_pages(path):
        if isinstance(page, InputProblem):
            yield page
            continue
        article = html_article(page.body, page.origin, page.url or page.origin, page.url)
        if isinstance(article, Article) and "date" not in article.meta and (date := iso_date(page.warc_date)):
            article = replace(article, meta={**article.meta, "date": date})
        yield article


def warc_pages(path: Path) -> Iterator[WarcPage | InputProblem]:
    """The HTML responses with status 200 in the archive, one record in memory at a time."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        with path.open("rb") as stream:
            if not _starts_like_an_archive(stream):
                yield InputProblem(str(path), "is not a readable WARC archive (it does not start with a WARC"
                                              " or ARC record)")
                return
            for n, record in enumerate(ArchiveIterator(stream, arc2warc=True), 1):
                page = _page(record, f"{path}#{n}")
                if page is not None:
                    yield page
    except OSError as exc:
        yield InputProblem(str(path), f"cannot be read ({exc.strerror or exc})")
    except (ArchiveLoadFailed, EOFError, ValueError) as exc:
        where = f"after record {n}" if n else "at its start"
        yield InputProblem(str(path), f"is not a readable WARC archive {where} ({first_line(exc)})")


def _page(record, origin: str) -> WarcPage | InputProblem | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(_HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    body = record.content_stream().read(MAX_PAGE_BYTES + 1)
    if len(body) <= MAX_PAGE_BYTES and record.raw_stream.limit > 0:
        return InputProblem(f"{origin} {url}", "the record is cut short: the archive is truncated")
    return WarcPage(f"{origin} {url}", url, record.rec_headers.get_header("WARC-Date"), body)


def _starts_like_an_archive(stream) -> bool:
    """WARC ("WARC/1.x") or ARC (a URL line) text, plain or gzip-compressed; the stream is rewound."""
    head = stream.read(512)
    stream.seek(0)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith((b"WARC/", b"filedesc://", b"http://", b"https://"))
