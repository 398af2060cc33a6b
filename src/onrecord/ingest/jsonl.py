"""JSON Lines, read one way everywhere: article files, gold sets, training corpora and Spark rows.

A record becomes an :class:`Article` here too (:func:`read_record`), screened
for its language (:func:`screened`), without the readers of files and URLs:
a Spark executor reading its rows loads no HTTP client.

A line is a record only up to its newline: ``str.splitlines`` would also
break at U+2028 and other separators that JSON allows raw inside a string.
A line that is not JSON is an :class:`InputProblem` naming ``file:line``,
never an exception, so the lines around it are still read.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from onrecord.errors import InputError
from onrecord.ingest.decode import check_text
from onrecord.ingest.language import unsupported_language
from onrecord.records import Article, InputProblem

#: Article fields besides ``id`` and ``text`` that a record may give.
META_FIELDS = ("title", "date", "url", "outlet", "author")


def parse_json_line(line: str, where: str) -> object | InputProblem:
    """The value one line holds, or the problem with it."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        return InputProblem(where, f"is not valid JSON ({exc.msg} at column {exc.colno})")


def jsonl_values(lines: Iterable[str], origin: str) -> Iterator[tuple[str, int, object | InputProblem]]:
    """``(origin:line, line number, value or problem)`` for each line that is not blank."""
    for n, line in enumerate(lines, 1):
        if line.strip():
            where = f"{origin}:{n}"
            yield where, n, parse_json_line(line, where)


def read_jsonl(path: str | Path) -> Iterator[tuple[str, int, object | InputProblem]]:
    """:func:`jsonl_values` of a UTF-8 file, streamed line by line (OSError, UnicodeDecodeError if unreadable)."""
    with open(path, encoding="utf-8", newline="\n") as fh:
        yield from jsonl_values(fh, str(path))


def read_jsonl_line(line: str, where: str, default_id: str) -> Article | InputProblem:
    """One JSONL line as an article (``default_id`` when it has no ``id``), or the problem with it."""
    value = parse_json_line(line, where)
    return value if isinstance(value, InputProblem) else read_record(value, where, default_id)


def read_record(record: object, where: str, default_id: str) -> Article | InputProblem:
    """An article from a decoded record (``text`` plus optional ``id`` and META_FIELDS), or the problem."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return InputProblem(where, 'needs a JSON object with a string "text" field')
    try:
        check_text(record["text"], where)
    except InputError as exc:
        return InputProblem(exc.origin, exc.reason)
    doc_id = record.get("id")
    meta = {k: record[k] for k in META_FIELDS if record.get(k) is not None}
    return Article(text=record["text"], id=str(doc_id) if doc_id is not None else default_id, origin=where, meta=meta)


def screened(item: Article | InputProblem) -> Article | InputProblem:
    """The item, or a skipped problem when the article is in a language onrecord does not support."""
    reason = unsupported_language(item.text) if isinstance(item, Article) else None
    return InputProblem(item.origin, reason, skipped=True) if reason else item
