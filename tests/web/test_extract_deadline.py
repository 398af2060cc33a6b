"""POST /api/extract on a real server: an extraction that cannot finish is cut off at its deadline
(503) while the server keeps answering everyone else, and the next extraction works (issue 15)."""
from __future__ import annotations

import threading
import time

import httpx
import pytest

from onrecord.service.extracting import document_record
from onrecord.service.serving import ExtractionWorker
from onrecord.web.api import create_app
from tests.fixtures import PESKOV, record_of
from tests.service.stubborn import SPIN, spin_or_extract
from tests.web.browser import serving

DEADLINE = 2.5
SAID = {"text": "“We will win,” Mayor Ann Lee said on Monday."}


@pytest.fixture(scope="module")
def base(tmp_path_factory, settings):
    db = record_of(tmp_path_factory, "deadline", PESKOV)
    with ExtractionWorker(settings, deadline=DEADLINE, work=spin_or_extract) as worker, \
            serving(create_app(db, settings, extractor=worker)) as url:
        yield url


def test_a_stuck_extraction_is_a_503_and_blocks_nobody(base, settings):
    expected = document_record({**SAID, "html": None}, settings)
    assert httpx.post(f"{base}/api/extract", json=SAID, timeout=120).json() == expected  # warms the worker
    stuck: dict = {}

    def post_stuck() -> None:
        started = time.monotonic()
        stuck["response"] = httpx.post(f"{base}/api/extract", json={"text": SPIN}, timeout=60)
        stuck["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=post_stuck)
    thread.start()
    time.sleep(0.5)
    for _ in range(5):
        started = time.monotonic()
        assert httpx.get(f"{base}/api/speakers", timeout=5).status_code == 200
        assert time.monotonic() - started < 1.0
    assert "response" not in stuck  # the answers above came while it ran
    thread.join(timeout=30)
    assert stuck["response"].status_code == 503 and "longer than" in stuck["response"].json()["error"]
    assert stuck["seconds"] < DEADLINE + 3
    assert httpx.post(f"{base}/api/extract", json=SAID, timeout=60).json() == expected


def test_extractions_wait_their_turn(base):
    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(
        httpx.post(f"{base}/api/extract", json=SAID, timeout=60).status_code)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert results == [200, 200, 200]
