"""What the web server gets from the service: the extraction worker, a spawned process with a hard deadline
that is killed and replaced when it overruns, and a Tracker that cannot write."""
from __future__ import annotations

import time

import pytest

from onrecord.errors import OnrecordError, StoreError, StoreUnavailable
from onrecord.service import Tracker
from onrecord.service.extracting import document_record
from onrecord.service.serving import ExtractionTimeout, ExtractionWorker
from tests.fixtures import PESKOV, same_statement, write_articles
from tests.service.stubborn import SPIN, spin_or_extract

DEADLINE = 2.0
SAID = {"text": "“We will win,” Mayor Ann Lee said on Monday.", "html": None}


@pytest.fixture(scope="module")
def worker(settings):
    with ExtractionWorker(settings, deadline=DEADLINE, work=spin_or_extract) as w:
        yield w


def test_the_worker_gives_what_extracting_here_gives(worker, settings):
    assert worker.extract(SAID) == document_record(SAID, settings)


def test_a_job_past_its_deadline_is_killed_and_the_worker_replaced(worker, settings):
    worker.extract(SAID)  # warm: loading the models is not charged to a job
    first = worker.pid
    started = time.monotonic()
    with pytest.raises(ExtractionTimeout, match=f"longer than {DEADLINE:g} s"):
        worker.extract({"text": SPIN, "html": None})
    assert time.monotonic() - started < DEADLINE + 2
    assert worker.extract(SAID) == document_record(SAID, settings)
    assert worker.pid != first


def test_a_refused_request_is_an_error_not_a_dead_worker(worker):
    worker.extract(SAID)
    pid = worker.pid
    with pytest.raises(OnrecordError, match="exactly one"):
        worker.extract({"text": "a", "html": "<p>b</p>"})
    assert worker.pid == pid and worker.extract(SAID)["quotes"]


def test_a_read_only_tracker_reads_the_record_and_writes_nothing(store_url, tmp_path):
    with Tracker(store_url) as writer:
        writer.ingest([write_articles(tmp_path / "peskov.jsonl", PESKOV)])
    with Tracker(store_url, read_only=True) as reader:  # the writer is gone: SQLite removed its WAL files
        assert [s["name"] for s in reader.speakers(1)] == ["Dmitry Peskov"]
        with pytest.raises(StoreError):
            reader.ingest([write_articles(tmp_path / "bridge.jsonl", same_statement(1))])
        with Tracker(store_url) as writer:  # a writer's commits reach a reader that is open
            writer.ingest([write_articles(tmp_path / "bridge.jsonl", same_statement(1))])
            assert reader.search("bridge") and writer.store.counts()["articles"] == 4


def test_a_read_only_tracker_creates_no_database(tmp_path):
    with pytest.raises(StoreUnavailable, match="no such database"):
        Tracker(tmp_path / "absent.db", read_only=True)
    assert list(tmp_path.iterdir()) == []
