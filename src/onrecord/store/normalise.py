"""Normal forms the store keys on: article identity and statement identity.

Quotebank clusters a quotation across articles after lower-casing and
removing punctuation; onrecord does the same, and also folds every style of
quotation mark, so ``“Talks will go on,”`` and ``"talks will go on."`` are one
statement.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

_WORDS = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def statement_norm(text: str) -> str:
    """Lower-case words of a quotation joined by single spaces."""
    return " ".join(_WORDS.findall(unicodedata.normalize("NFKC", text).lower()))


def article_key(text: str, url: str | None) -> str:
    """An article is its URL, or without one the hash of its whitespace-normalised text."""
    if url and url.strip():
        return "url:" + url.strip()
    body = _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return "sha256:" + hashlib.sha256(body.encode("utf-8")).hexdigest()


def quote_id(article_key: str, start: int, end: int) -> str:
    """A stable quote id: the same quote of the same article keeps it across re-ingests."""
    digest = hashlib.sha256(f"{article_key}|{start}|{end}".encode()).hexdigest()
    return "q" + digest[:15]
