"""Read .txt, .jsonl (.jsonl.gz), saved web pages, WARC archives, directories and stdin into Articles.

Every input that cannot be used yields an :class:`InputProblem` naming it
(file, or file and line) and the reason; the rest of the batch goes on. An
article in a language onrecord does not support yet is a skipped problem.
JSON Lines files and archives are streamed; a text file, a page and standard
input are read whole (standard input's JSON Lines are then decoded line by line).
"""
from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from onrecord.errors import InputError
from onrecord.ingest.decode import decode_text, has_nul_bytes, head_text, utf16_encoding
from onrecord.ingest.feeds import read_feed
from onrecord.ingest.fetch import Fetcher, is_url
from onrecord.ingest.html import html_article, looks_like_html
from onrecord.ingest.jsonl import jsonl_values, read_jsonl, read_record, screened
from onrecord.ingest.warc import is_warc, read_warc
from onrecord.records import Article, InputProblem

TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
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
        elif raw == "-":
            yield from _read_bytes((stdin or sys.stdin.buffer).read(), "<stdin>", sniff=True)
        elif Path(raw).is_dir():
            yield from _read_folder(Path(raw))
        else:
            yield from _read_file(Path(raw))


def _read_folder(folder: Path) -> Iterator[InputItem]:
    """Every readable file under ``folder`` in name order, after the folders that cannot be listed:
    os.walk reports those, where Path.rglob would pass over them without a word."""
    unlisted: list[OSError] = []
    files = sorted(Path(root, name) for root, _, names in os.walk(folder, onerror=unlisted.append)
                   for name in names if _readable_kind(Path(root, name)))
    for exc in unlisted:
        yield InputProblem(exc.filename or str(folder), f"cannot be read ({exc.strerror or exc})")
    if not files and not unlisted:
        yield InputProblem(str(folder), "directory holds no .txt, .jsonl, .html or .warc files")
    for f in files:
        yield from _read_file(f)


def _suffix(path: Path) -> str:
    """The suffix that tells a file's kind, ``.gz`` included (``.jsonl.gz``)."""
    name = path.name.lower()
    return next((s for s in JSONL_SUFFIXES if name.endswith(s)), path.suffix.lower())


def _readable_kind(path: Path) -> bool:
    return (_suffix(path) in TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES or is_warc(path)) and path.is_file()


def _read_file(path: Path) -> Iterator[InputItem]:
    if is_warc(path):
        yield from read_warc(path)
        return
    if _suffix(path) in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputProblem(str(path), f"cannot be read ({exc.strerror or exc})")
        return
    if _suffix(path) in HTML_SUFFIXES:
        yield _read_html(data, str(path))
        return
    yield from _read_bytes(data, str(path), sniff=_suffix(path) not in TEXT_SUFFIXES)


def _read_jsonl_file(path: Path) -> Iterator[InputItem]:
    """A JSON Lines file, streamed (plain or gzip-compressed)."""
    try:
        yield from _records(read_jsonl(path), str(path))
    except OSError as exc:
        yield InputProblem(str(path), f"cannot be read ({exc.strerror or exc})")


def _read_html(data: bytes, origin: str) -> InputItem:
    """A saved page: its bytes go to trafilatura as they are, which honours the page's declared charset;
    a UTF-16 page (byte-order mark) is decoded here."""
    if has_nul_bytes(data):
        return InputProblem(origin, "looks like binary data (it contains NUL bytes), not a web page")
    try:
        page = decode_text(data, origin) if utf16_encoding(data) else data
    except InputError as exc:
        return InputProblem(exc.origin, exc.reason)
    return html_article(page, origin, _doc_id(origin))


def _read_bytes(data: bytes, origin: str, *, sniff: bool) -> Iterator[InputItem]:
    """A text file, or (``sniff``) standard input or a file with an unknown suffix: a page, JSON Lines or text."""
    if sniff and head_text(data).lstrip().startswith("{"):
        yield from _records(jsonl_values(io.BytesIO(data), origin), origin)
        return
    try:
        text = decode_text(data, origin)
    except InputError as exc:
        yield InputProblem(exc.origin, exc.reason)
        return
    if sniff and looks_like_html(text):
        yield _read_html(data, origin)
    else:
        yield Article(text=text, id=_doc_id(origin), origin=origin)


def _doc_id(origin: str) -> str:
    """A file's article id is its name without the suffix; standard input's is "stdin"."""
    return Path(origin).stem if origin != "<stdin>" else "stdin"


def _records(values: Iterator[tuple[str, int, object]], origin: str) -> Iterator[InputItem]:
    """The articles of JSON Lines values; a line without an ``id`` is named ``file:line`` (``.gz`` aside)."""
    stem = Path(origin[:-3] if origin.lower().endswith(".gz") else origin).stem
    empty = True
    for where, n, value in values:
        empty = False
        yield value if isinstance(value, InputProblem) else read_record(value, where, f"{stem}:{n}")
    if empty:
        yield InputProblem(origin, "is empty")
