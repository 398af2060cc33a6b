"""Read .txt, .jsonl, saved web pages, WARC archives, directories and stdin into Articles.

Every input that cannot be used yields an :class:`InputProblem` naming it
(file, or file and line) and the reason; the rest of the batch goes on. An
article in a language onrecord does not support yet is a skipped problem.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from onrecord.errors import InputError
from onrecord.ingest.decode import decode_text, has_nul_bytes
from onrecord.ingest.feeds import read_feed
from onrecord.ingest.fetch import Fetcher, is_url
from onrecord.ingest.html import html_article, looks_like_html
from onrecord.ingest.jsonl import jsonl_values, read_record, screened
from onrecord.ingest.warc import is_warc, read_warc
from onrecord.records import Article, InputProblem

TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

InputItem = Article | InputProblem


def read_inputs(paths: list[str], stdin: BinaryIO | None = None, *, fetcher: Fetcher | None = None,
                feeds: Iterable[str] = (), is_stored: Callable[[str], bool] = lambda url: False) -> Iterator[InputItem]:
    """Articles and problems from each path in turn ("-" is standard input, a URL is fetched),
    then the entries of each feed that ``is_stored`` does not know yet."""
    items = chain(_read_paths(paths, stdin, fetcher),
                  chain.from_iterable(read_feed(feed, fetcher, is_stored) for feed in feeds) if fetcher else ())
    yield from map(screened, items)


def _read_paths(paths: list[str], stdin: BinaryIO | None, fetcher: Fetcher | None) -> Iterator[InputItem]:
    for raw in paths:
        if is_url(raw):
            yield fetcher.article(raw) if fetcher else InputProblem(raw, "URLs are fetched by ingest and extract only")
            continue
        if raw == "-":
            yield from _read_bytes((stdin or sys.stdin.buffer).read(), "<stdin>", sniff=True)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _readable_kind(p))
            if not files:
                yield InputProblem(raw, "directory holds no .txt, .jsonl, .html or .warc files")
            for f in files:
                yield from _read_file(f)
        else:
            yield from _read_file(path)


def _readable_kind(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES or is_warc(path)


def _read_file(path: Path) -> Iterator[InputItem]:
    if is_warc(path):
        yield from read_warc(path)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputProblem(str(path), f"cannot be read ({exc.strerror or exc})")
        return
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        yield _read_html(data, str(path))
        return
    yield from _read_bytes(data, str(path), sniff=suffix not in TEXT_SUFFIXES + JSONL_SUFFIXES,
                           jsonl=suffix in JSONL_SUFFIXES)


def _read_html(data: bytes, origin: str) -> InputItem:
    """A saved page: its bytes go to trafilatura as they are, which honours the page's declared charset."""
    if has_nul_bytes(data):
        return InputProblem(origin, "looks like binary data (it contains NUL bytes), not a web page")
    return html_article(data, origin, _doc_id(origin))


def _read_bytes(data: bytes, origin: str, *, sniff: bool, jsonl: bool = False) -> Iterator[InputItem]:
    try:
        text = decode_text(data, origin)
    except InputError as exc:
        yield InputProblem(exc.origin, exc.reason)
        return
    if sniff and looks_like_html(text):
        yield _read_html(data, origin)
    elif jsonl or (sniff and text.lstrip().startswith("{")):
        yield from _read_jsonl(text, origin)
    else:
        yield Article(text=text, id=_doc_id(origin), origin=origin)


def _doc_id(origin: str) -> str:
    """A file's article id is its name without the suffix; standard input's is "stdin"."""
    return Path(origin).stem if origin != "<stdin>" else "stdin"


def _read_jsonl(text: str, origin: str) -> Iterator[InputItem]:
    for where, n, value in jsonl_values(text.split("\n"), origin):
        yield value if isinstance(value, InputProblem) else read_record(value, where, f"{Path(origin).stem}:{n}")
