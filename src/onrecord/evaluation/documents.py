"""Gold and predicted documents: a JSONL file in the shared data format, keyed by ``id``."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from onrecord.errors import InputError
from onrecord.ingest.jsonl import read_jsonl
from onrecord.records import InputProblem


def read_documents(path: str | Path, warn: Callable[[str], None] = lambda message: None) -> dict[str, dict]:
    """The documents of ``path`` by id (a later duplicate id wins, and ``warn`` is told); an InputError
    naming ``file:line`` for a line that is not a document, or a file that cannot be read."""
    docs: dict[str, dict] = {}
    try:
        for where, _, doc in read_jsonl(path):
            if isinstance(doc, InputProblem):
                raise InputError(where, doc.reason)
            if not isinstance(doc, dict) or "id" not in doc:
                raise InputError(where, "document without id")
            if doc["id"] in docs:
                warn(f"duplicate id {doc['id']!r} in {path}; keeping the last")
            docs[doc["id"]] = doc
    except OSError as exc:  # a bad byte is a problem for its line (read_jsonl decodes line by line)
        raise InputError(str(path), f"cannot be read ({exc})") from exc
    return docs
