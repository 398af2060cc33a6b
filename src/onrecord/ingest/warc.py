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
from onrecord.ingest.decode import MAX_ARTICLE_BYTES
from onrecord.ingest.html import html_article
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
    """The HTML responses with status 200 in the archive, one record in memory at a time; a damaged or
    truncated archive ends with one problem naming the file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        with path.open("rb") as stream:
            kind = _archive_kind(stream)
            if kind is None:
                yield InputProblem(str(path), "is not a readable WARC archive (it does not start with a WARC"
                                              " or ARC record)")
                return
            last = (0, 0)  # where the last record starts, and its length
            records = ArchiveIterator(stream, arc2warc=True)
            for n, record in enumerate(records, 1):
                page = _page(record, f"{path}#{n}")
                last = records.get_record_offset(), records.get_record_length()  # reads the record to its end
                if record.raw_stream.limit > 0:
                    yield InputProblem(str(path), f"is truncated: record {n} is cut short")
                    return
                if page is not None:
                    yield page
            if not _ends_whole(stream, last, *kind):
                where = f"after record {n}" if n else "in its first record"
                yield InputProblem(str(path), f"is truncated {where}")
    except OSError as exc:
        yield InputProblem(str(path), f"cannot be read ({exc.strerror or exc})")
    except (ArchiveLoadFailed, EOFError, ValueError, AttributeError) as exc:  # Attribute: headers cut before the URI
        where = f"after record {n}" if n else "at its start"
        yield InputProblem(str(path), f"is not a readable WARC archive {where} ({type(exc).__name__}: "
                                      f"{first_line(exc)}); it may be truncated")


def _page(record, origin: str) -> WarcPage | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(_HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    body = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
    return WarcPage(f"{origin} {url}", url, record.rec_headers.get_header("WARC-Date"), body)


def _archive_kind(stream) -> tuple[bool, bytes] | None:
    """Whether the archive is gzip-compressed, and the bytes that close each of its records (two CRLFs
    in a WARC, a newline in an ARC); None when it does not start like either. The stream is rewound."""
    head = stream.read(512)
    stream.seek(0)
    compressed = head[:2] == b"\x1f\x8b"
    if compressed:
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return None
    if head.startswith(b"WARC/"):
        return compressed, b"\r\n\r\n"
    return (compressed, b"\n") if head.startswith((b"filedesc://", b"http://", b"https://")) else None


def _ends_whole(stream, last: tuple[int, int], compressed: bool, closing: bytes) -> bool:
    """Whether the archive ends where its last record (offset and length) does. warcio stops without a
    word at a cut inside a record's headers, its closing blank lines or the gzip member around it, so:
    the last gzip member must be complete with nothing after it; in an uncompressed archive only the
    ``closing`` blank lines may follow the last record."""
    if not compressed:
        stream.seek(sum(last))
        tail = stream.read(64)
        return tail.endswith(closing) and not tail.strip(b"\r\n")
    stream.seek(last[0])
    member = zlib.decompressobj(16 + zlib.MAX_WBITS)
    while not member.eof and (data := stream.read(1 << 16)):
        while data and not member.eof:
            member.decompress(data, 1 << 16)
            data = member.unconsumed_tail
    return member.eof and not member.unused_data and not stream.read(1)
