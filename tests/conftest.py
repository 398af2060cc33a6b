"""Shared fixtures: the extractor on hand-written text, the shared data folder, fresh databases."""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
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


@pytest.fixture(scope="session")
def extract_with(settings):
    """The extractor with another engine: ``extract_with("hybrid", text)``."""
    return lambda engine, text: Found(text, settings.updated(engine=engine))


def shared_file(*parts: str) -> Path:
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the golden tests need ../shared/data beside the repository")
    return path


#: An administrator's URL of a PostgreSQL server for the store tests; .ci/run starts one (.ci/postgres).
POSTGRES_ADMIN_URL = os.environ.get("ONRECORD_TEST_POSTGRES")
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(params=BACKENDS)
def backend(request):
    """Each store test runs on SQLite and, when a server is there, on PostgreSQL."""
    return request.param


@pytest.fixture
def store_url(backend, tmp_path):
    """A fresh, empty database on the test's backend."""
    with fresh_database(backend, tmp_path) as url:
        yield url


@contextmanager
def fresh_database(backend: str, tmp_path: Path, stem: str = "record") -> Iterator[str]:
    """A new database: a file under tmp_path, or a new PostgreSQL database dropped afterwards."""
    if backend == "sqlite":
        yield str(tmp_path / f"{stem}.db")
        return
    if not POSTGRES_ADMIN_URL:
        pytest.skip("no PostgreSQL server: ONRECORD_TEST_POSTGRES is unset (.ci/run starts one with .ci/postgres)")
    pytest.importorskip("psycopg", reason="the postgres extra (psycopg) is not installed")
    from onrecord.store.postgres import scratch_database

    with scratch_database(POSTGRES_ADMIN_URL, f"onrecord_test_{stem}") as url:
        yield url
