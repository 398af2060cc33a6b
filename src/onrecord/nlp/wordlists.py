"""Word lists shipped as data in each stage's ``lang/<code>/`` folder, read the same way everywhere.

Keeping words as data (as the GGT extractor and citron do) lets a user read
and extend them without touching the rules. This module imports nothing of
onrecord, so the store can read the speaker name lists without loading any NLP.
"""
from __future__ import annotations

from importlib import resources


def read_word_file(package: str, name: str) -> list[str]:
    """Non-empty, non-comment lines of a packaged data file, stripped."""
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.strip().startswith("#")]


def read_word_classes(package: str, name: str) -> dict[str, list[list[str]]]:
    """The ``CLASS: words`` lines of a packaged data file (the cue lists' format), each line's words
    grouped under its class, in file order."""
    out: dict[str, list[list[str]]] = {}
    for line in read_word_file(package, name):
        cls, _, words = line.partition(":")
        out.setdefault(cls.strip(), []).append(words.split())
    return out
