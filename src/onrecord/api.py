"""The Python API: ``onrecord.extract(text)``."""
from __future__ import annotations

from onrecord.model import Article, Quote
from onrecord.settings import Settings


def extract(text: str, *, settings: Settings | None = None) -> list[Quote]:
    """Every quote in ``text``, with its speaker, type, offsets and confidence."""
    from onrecord.pipeline import process_batch

    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    result = process_batch([Article(text=text, id="text", origin="<text>")], settings or Settings.load())
    return list(result[0].quotes)
