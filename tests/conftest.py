"""Shared fixtures: settings, the extractor on hand-written text, a fresh database per store backend.

Plain data and helpers (the shared data folder, fresh_database, hand-written articles) are in
tests/fixtures.py.
"""
from __future__ import annotations

import pytest

import onrecord
from onrecord.settings import Settings
from tests.fixtures import BACKENDS, fresh_database


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


@pytest.fixture(scope="session")
def extract_with(settings):
    """The extractor with another engine: ``extract_with("hybrid", text)``."""
    return lambda engine, text: Found(text, settings.updated(engine=engine))


@pytest.fixture(params=BACKENDS)
def backend(request):
    """Each store test runs on SQLite and, when a server is there, on PostgreSQL."""
    return request.param


@pytest.fixture
def store_url(backend, tmp_path):
    """A fresh, empty database on the test's backend."""
    with fresh_database(backend, tmp_path) as url:
        yield url

