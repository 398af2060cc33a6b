"""JSON Lines, read one way everywhere: article files, gold sets, training corpora and Spark rows.

A record becomes an :class:`Article` here too (:func:`read_record`), screened
for its language (:func:`screened`), without the readers of files and URLs:
a Spark executor reading its rows loads no HTTP client.

Files are streamed, one line in memory at a time, plain or gzip-compressed
(``.jsonl.gz``), UTF-8 or UTF-16 with a byte-order mark. A line is a record
only up to its newline: ``str.splitlines`` would also break at U+2028 and
other separators that JSON allows raw inside a string. A line that is not
JSON, not text, or longer than ``MAX_ARTICLE_BYTES`` is an
:class:`InputProblem` naming ``file:line``, never an exception, so the lines
around it are still read.
"""
from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from onrecord.errors import InputError, first_line
from onrecord.ingest.decode import MAX_ARTICLE_BYTES, check_text, text_lines, without_lone_surrogates
from onrecord.ingest.language import declared_language, unsupported_language
from onrecord.records import Article, InputProblem

#: Article fields besides ``id`` and ``text`` that a record may give (``lang``: "en" or "ru", which
#: overrides language detection).
META_FIELDS = ("title", "date", "url", "outlet", "author", "lang")


def parse_json_line(line: str, where: str) -> object | InputProblem:
    """The value one line holds, or the problem with it: whatever json raises on a hostile line
    (RecursionError on deep nesting, ValueError on a 5,000-digit number) costs that line only."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        return InputProblem(where, f"is not valid JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return InputProblem(where, "is not valid JSON here (nested too deeply to read)")
    except ValueError as exc:
        return InputProblem(where, f"is not valid JSON here ({first_line(exc)})")


def jsonl_values(stream: BinaryIO, origin: str) -> Iterator[tuple[str, int, object | InputProblem]]:
    """``(origin:line, line number, value or problem)`` for each line of a seekable binary stream that is
    not blank, one line in memory at a time. A compressed stream cut short or damaged ends with a problem
    naming the file; binary data is one problem."""
    n = 0
    try:
        for n, line in text_lines(stream, origin, MAX_ARTICLE_BYTES):
            if isinstance(line, InputProblem):
                yield line.origin, n, line
            elif line.strip():
                yield f"{origin}:{n}", n, parse_json_line(line, f"{origin}:{n}")
    except InputError as exc:
        yield exc.origin, n, InputProblem(exc.origin, exc.reason)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        where = f"after line {n}" if n else "at its start"
        yield origin, n, InputProblem(origin, f"is cut short or damaged {where} ({first_line(exc)})")


def read_jsonl(path: str | Path) -> Iterator[tuple[str, int, object | InputProblem]]:
    """:func:`jsonl_values` of a file, gzip-compressed when its name ends in ``.gz``
    (OSError if it cannot be opened)."""
    opener = gzip.open if str(path).lower().endswith(".gz") else open
    with opener(path, "rb") as stream:
        yield from jsonl_values(stream, str(path))


def read_jsonl_line(line: str, where: str, default_id: str) -> Article | InputProblem:
    """One JSONL line as an article (``default_id`` when it has no ``id``), or the problem with it."""
    value = parse_json_line(line, where)
    return value if isinstance(value, InputProblem) else read_record(value, where, default_id)


def read_record(record: object, where: str, default_id: str) -> Article | InputProblem:
    """An article from a decoded record (``text`` plus optional ``id`` and META_FIELDS), or the problem."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return InputProblem(where, 'needs a JSON object with a string "text" field')
    text = without_lone_surrogates(record["text"])
    try:
        check_text(text, where)
    except InputError as exc:
        return InputProblem(exc.origin, exc.reason)
    doc_id = record.get("id")
    meta = {k: _clean(record[k]) for k in META_FIELDS if record.get(k) is not None}
    return Article(text=text, id=_clean(str(doc_id)) if doc_id is not None else default_id, origin=where, meta=meta)


def _clean(value: object) -> object:
    return without_lone_surrogates(value) if isinstance(value, str) else value


def screened(item: Article | InputProblem) -> Article | InputProblem:
    """The item, or a skipped problem when the article is in a language onrecord does not support
    (a record that declares a supported ``lang`` is taken at its word)."""
    if not isinstance(item, Article) or declared_language(item.meta.get("lang")):
        return item
    reason = unsupported_language(item.text)
    return InputProblem(item.origin, reason, skipped=True) if reason else item
