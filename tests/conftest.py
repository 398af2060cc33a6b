"""Shared fixtures: the extractor on hand-written text, and the shared data folder."""
from __future__ import annotations

from pathlib import Path

import pytest

import onrecord
from onrecord.settings import Settings

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


class Found:
    """Quotes of one text, with helpers that read them as text."""

    def __init__(self, text: str, settings: Settings) -> None:
        self.text = text
        self.quotes = onrecord.extract(text, settings=settings)

    def content(self, q) -> str:
        return q.content.text(self.text)

    def source(self, q) -> str | None:
        return q.source.text(self.text) if q.source else None

    def cue(self, q) -> str | None:
        return q.cue.text(self.text) if q.cue else None

    def containing(self, words: str):
        hits = [q for q in self.quotes if words in self.content(q)]
        assert hits, f"no quote contains {words!r}; found {[self.content(q) for q in self.quotes]}"
        return hits[0]


@pytest.fixture(scope="session")
def extract(settings):
    return lambda text: Found(text, settings)


def shared_file(*parts: str) -> Path:
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the golden tests need ../shared/data beside the repository")
    return path
