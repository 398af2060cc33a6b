"""Test data and helpers shared across test folders: plain values and functions, no pytest fixtures.

Fixtures stay in the ``conftest.py`` files (which import from here); test modules
import what they need from this module, never from a conftest:

- the shared data folder beside the repository (``SHARED_DATA``, :func:`shared_file`);
- fresh databases on either store backend (:func:`fresh_database`);
- hand-written articles (``PESKOV``, ``TWO_LANGUAGES``, :func:`same_statement`, ``WIRE_STORY``,
  :func:`syndicated`, :func:`distinct_articles`) and the ways to store them
  (:func:`write_articles`, :func:`record_of`);
- a comparable dump of everything a database holds (:func:`dump_store`).
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# onrecord's service and store are imported inside the helpers that use them: the root
# conftest imports this module, and a test of the ground floor should not need the store.

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def shared_file(*parts: str) -> Path:
    """A file of ../shared/data; the test is skipped when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the golden tests need ../shared/data beside the repository")
    return path


#: An administrator's URL of a PostgreSQL server for the store tests; .ci/run starts one (.ci/postgres).
POSTGRES_ADMIN_URL = os.environ.get("ONRECORD_TEST_POSTGRES")
BACKENDS = ("sqlite", "postgresql")


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


def write_articles(path, articles):
    """``articles`` as a JSONL file at ``path``; its path as text."""
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return str(path)


def record_of(tmp_path_factory, name: str, articles: list[dict]) -> str:
    """A fresh SQLite database holding ``articles``, ingested; its path."""
    from onrecord.service import Tracker

    folder = tmp_path_factory.mktemp(name)
    db = str(folder / "record.db")
    with Tracker(db) as t:
        t.ingest([write_articles(folder / "articles.jsonl", articles)])
    return db


PESKOV = [
    {"id": "a1", "date": "2026-01-05", "outlet": "Wire", "url": "https://example.org/1",
     "title": "Kremlin on talks",
     "text": "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday. "
             "He noted that the sides are not discussing a prisoner swap."},
    {"id": "a2", "date": "2026-01-07", "outlet": "Daily", "url": "https://example.org/2",
     "text": "“We are ready to talk at any moment,” Dmitry S. Peskov told reporters in Moscow."},
    {"id": "a3", "date": "2026-01-09", "outlet": "Herald", "url": "https://example.org/3",
     "text": "The talks will go on next week, Peskov said on Friday."},
]

#: One person in both languages (issue 19), and two others who share his surname: a Russian director
#: and an English-language "Alexander Peskov"; the Russian bare surname has no first name to go by.
TWO_LANGUAGES = PESKOV + [
    {"id": "r1", "date": "2026-01-10", "outlet": "Вести", "url": "https://example.ru/1", "lang": "ru",
     "title": "Кремль о переговорах",
     "text": "«Мы пока не можем говорить о прогрессе в переговорах», — заявил пресс-секретарь президента "
             "Дмитрий Песков."},
    {"id": "r2", "date": "2026-01-11", "outlet": "Вести", "url": "https://example.ru/2", "lang": "ru",
     "text": "Режиссёр Александр Песков заявил, что фильм выйдет весной."},
    {"id": "a4", "date": "2026-01-12", "outlet": "Herald", "url": "https://example.org/4",
     "text": "The festival opens in May, director Alexander Peskov said."},
]


def same_statement(n):
    """The same quotation as three outlets carried it (marks and case differ, one is longer)."""
    forms = ["“The bridge will reopen in March,” Mayor Ann Lee said on Monday.",
             "\"The bridge will reopen in March,\" Ann Lee said.",
             "“The bridge will reopen in March, and the tolls will go,” Mayor Ann Lee said."]
    return [{"id": f"b{i}", "date": f"2026-02-0{i + 1}", "outlet": o, "url": f"https://example.org/b{i}",
             "text": forms[i]} for i, o in enumerate(["Wire", "Daily", "Herald"][:n])]


WIRE_STORY = (
    "The central bank raised its main interest rate by a quarter of a percentage point on Thursday, "
    "the third increase this year, as inflation stayed well above its target for a ninth month.\n\n"
    "“Inflation is still too high, and we will do what it takes to bring it down,” governor Elena Marsh "
    "told a news conference in the capital after the decision was announced.\n\n"
    "Economists had expected the move, although several had argued that the bank should wait for more "
    "evidence that higher borrowing costs were already slowing the economy. Mortgage lenders said they "
    "would pass the increase on to customers within days."
)


def syndicated(n, start=0):
    """One wire story as ``n`` outlets ran it: each with its own headline and footer."""
    outlets = ["Wire", "Daily", "Herald", "Courier", "Gazette"]
    return [{"id": f"w{i}", "date": f"2026-06-0{i + 1}", "outlet": outlets[i], "url": f"https://example.org/w{i}",
             "text": f"{outlets[i]}: Bank raises rates again\n\n{WIRE_STORY}\n\n© {outlets[i]} 2026"}
            for i in range(start, start + n)]


def distinct_articles(n):
    """``n`` short articles, each with a direct and an indirect quote by one of four people."""
    people = ["Anna Berg", "Tomas Lind", "Maria Holm", "Erik Sand"]
    return [{"id": f"r{i}", "date": f"2026-03-{1 + i % 28:02d}", "outlet": f"Outlet {i % 3}",
             "text": f"“Plan {i} will go ahead in spring,” {people[i % 4]} said on Monday.\n\n"
                     f"{people[(i + 1) % 4].split()[1]} told reporters that the budget for plan {i} was too small."}
            for i in range(n)]


#: What "the same database" means: every stored fact, with generated ids replaced by what they
#: point at (PostgreSQL's sequences move on in a killed transaction; SQLite's do not).
DUMP = {
    "articles": "SELECT key, doc_id, url, title, outlet, date, text, pipeline, provenance FROM articles",
    "speakers": "SELECT name, kind, key FROM speakers",
    "speaker_aliases": "SELECT s.name, a.alias, a.first, a.n FROM speaker_aliases a"
                       " JOIN speakers s ON s.id = a.speaker_id",
    "speaker_roles": "SELECT s.name, r.role, r.n FROM speaker_roles r JOIN speakers s ON s.id = r.speaker_id",
    "clusters": "SELECT c.norm, s.name, c.longest_quote, c.first_date FROM clusters c"
                " LEFT JOIN speakers s ON s.id = c.speaker_id",
    "quotes": "SELECT q.id, c.norm, s.name, q.speaker_name, q.type, q.text, q.content_start, q.content_end,"
              " q.source_start, q.cue_start, q.confidence, q.attribution_id, q.rule, q.date, q.outlet"
              " FROM quotes q JOIN clusters c ON c.id = q.cluster_id LEFT JOIN speakers s ON s.id = q.speaker_id",
}
#: The full-text index, keyed by quote id, by the store's class name.
FTS_DUMP = {
    "SQLiteStore": "SELECT q.id, f.text, f.speaker, f.title FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid",
    "PostgresStore": "SELECT q.id, f.doc::text FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid",
}


def dump_store(url):
    """Every stored fact of the database at ``url``, comparable across runs and backends."""
    from onrecord.store import open_store

    store = open_store(url)
    try:
        return {table: sorted(store._all(sql), key=repr)
                for table, sql in {**DUMP, "quotes_fts": FTS_DUMP[type(store).__name__]}.items()}
    finally:
        store.close()
