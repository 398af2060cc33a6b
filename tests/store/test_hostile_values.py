"""Hostile values at the service and store: numbers SQL cannot hold, undecodable text, a read-only database.

Every door (CLI, web, Python) goes through the Tracker, so each refusal here is a typed error with a
message, never a driver's OverflowError or UnicodeEncodeError; both backends.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from onrecord.errors import NotFound, OnrecordError, StoreUnavailable
from onrecord.records import MAX_LIMIT
from tests.fixtures import PESKOV, write_articles

#: One more than SQL's largest integer, and a number Python will not even read from text.
BEYOND = str(2**63)
HUGE = "9" * 5000
UNDECODABLE = "\udcff"  # what a byte that is not UTF-8 becomes in a command-line argument


@pytest.fixture
def peskov(tracker, tmp_path):
    tracker.ingest([write_articles(tmp_path / "a.jsonl", PESKOV)])
    return tracker


@pytest.mark.parametrize("name", [BEYOND, "9" * 20, HUGE, "0"])
def test_an_id_beyond_sql_integers_names_no_speaker(peskov, name):
    assert peskov.store.find_speakers(name) == []
    assert peskov.search(speaker=name) == []
    for ask in (peskov.speaker, peskov.timeline, lambda n: peskov.merge(n, "Peskov"),
                lambda n: peskov.split(n, "Peskov")):
        with pytest.raises(NotFound, match="no speaker named"):
            ask(name)


def test_the_largest_id_is_still_an_id(peskov):
    (largest,) = peskov.store.find_speakers("Peskov")
    assert peskov.store.find_speakers(f"{largest:020d}") == [largest]  # leading zeros: the same id
    assert peskov.store.find_speakers(str(2**63 - 1)) == []


@pytest.mark.parametrize("name", ["²", "٣", "¹²"])
def test_digit_like_characters_are_a_name_not_an_id(peskov, name):
    assert peskov.store.find_speakers(name) == []
    with pytest.raises(NotFound, match="no speaker named"):
        peskov.speaker(name)


@pytest.mark.parametrize("number", [2**63, -1, 0, 10**30])
def test_articles_and_clusters_beyond_sql_integers_are_not_found(peskov, number):
    with pytest.raises(NotFound):
        peskov.article(number)
    assert peskov.cluster(number) == []


@pytest.mark.parametrize("top", [0, -5, MAX_LIMIT + 1, 2**63, 10**30])
def test_speakers_top_must_be_a_page(peskov, top):
    with pytest.raises(OnrecordError, match=f"top must be between 1 and {MAX_LIMIT}"):
        peskov.speakers(top)


def test_speakers_top_of_one_and_of_a_page(peskov):
    assert len(peskov.speakers(1)) == 1
    assert len(peskov.speakers(MAX_LIMIT)) == len(peskov.speakers())


@pytest.mark.parametrize("filters", [{"limit": 2**63}, {"limit": -1}, {"offset": 2**63}, {"offset": -1}])
def test_limits_and_offsets_sql_cannot_hold_are_refused(peskov, filters):
    with pytest.raises(OnrecordError, match="must be between"):
        peskov.search("talks", **filters)


@pytest.mark.parametrize("since", ["11111111111111111111", "2019", "20190106",
                                   "Sun, 06 Jan 2019 99999999999999999999:00:00 +0000"])
def test_a_number_is_not_a_date_filter(peskov, since):
    with pytest.raises(OnrecordError, match="is not a date"):
        peskov.search(since=since)


def test_a_long_value_is_named_briefly(peskov):
    with pytest.raises(NotFound) as caught:
        peskov.show("a" * 10_000)
    assert len(str(caught.value)) < 200
    with pytest.raises(NotFound) as caught:
        peskov.speaker("Smith " * 2_000)
    assert len(str(caught.value)) < 200


def test_undecodable_text_is_a_message(peskov, tmp_path):
    asks = [lambda: peskov.show(UNDECODABLE), lambda: peskov.speaker(UNDECODABLE),
            lambda: peskov.search("talks", speaker=UNDECODABLE), lambda: peskov.search("talks", outlet=UNDECODABLE),
            lambda: peskov.search(UNDECODABLE), lambda: peskov.export(tmp_path / "x.jsonl", outlet=UNDECODABLE)]
    for ask in asks:
        with pytest.raises(OnrecordError, match="not valid text"):
            ask()


def test_export_to_a_place_that_cannot_be_written_is_a_message(peskov, tmp_path):
    for out in (tmp_path / "missing" / "x.jsonl", tmp_path):
        with pytest.raises(OnrecordError, match="cannot write"):
            peskov.export(out)


def _read_only(tracker, store_url: str) -> None:
    """Make the Tracker's connection read-only, as a read-only file or server leaves it.

    Tests run as root, whom file permissions do not stop, so SQLite gets a connection opened with
    ``mode=ro`` (what SQLite falls back to for a file it may not write) and PostgreSQL a session
    whose transactions are read-only (a standby, or ``default_transaction_read_only``).
    """
    store = tracker.store
    if store_url.startswith("postgresql://"):
        store._cursor("SET default_transaction_read_only = on")
        return
    store.db.close()
    store.db = sqlite3.connect(f"{Path(store_url).as_uri()}?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False)


def test_ingest_into_a_read_only_database_fails_before_extracting(tracker, store_url, tmp_path, monkeypatch):
    tracker.store.check_writable()  # a writable database passes, and is not changed
    assert tracker.store.counts() == {"articles": 0, "quotes": 0, "speakers": 0, "clusters": 0}
    _read_only(tracker, store_url)
    extracted = []
    monkeypatch.setattr("onrecord.scale.pool.map_batches", lambda *a, **k: extracted.append(a) or iter(()))
    path = write_articles(tmp_path / "a.jsonl", PESKOV)
    for run in (lambda: tracker.ingest([path]), lambda: tracker.load(tmp_path)):
        with pytest.raises(StoreUnavailable, match="cannot write to the database") as caught:
            run()
        assert tracker.store.where in str(caught.value)
    assert extracted == []
