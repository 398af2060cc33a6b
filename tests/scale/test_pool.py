"""The process pool: N workers store what one does, a killed worker loses and doubles nothing."""
from __future__ import annotations

import json
import logging
import os
import signal

import psutil
import pytest

from onrecord.errors import OnrecordError, SettingsError
from onrecord.records import Article
from onrecord.scale.pool import WorkerPool, map_batches, worker_count
from onrecord.service import Tracker
from onrecord.settings import Settings
from tests.fixtures import distinct_articles, dump_store, syndicated, write_articles

#: Small batches, so that a run of a few dozen articles keeps both workers busy for a while.
SMALL_BATCHES = Settings(batch_size=4)


def _workers():
    """The pool's worker processes (spawned children of this process); children that are gone or
    zombies (a Spark test's JVM may leave one) are not workers."""
    workers = []
    for child in psutil.Process().children(recursive=True):
        try:
            if any("spawn_main" in part for part in child.cmdline()):
                workers.append(child)
        except (psutil.ZombieProcess, psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return workers


def test_two_workers_store_the_same_record_as_one(tmp_path):
    articles = distinct_articles(24)
    for n, copy in zip((1, 6, 11), syndicated(3)):  # copies in different batches, in flight together
        articles.insert(n, copy)
    path = write_articles(tmp_path / "in.jsonl", articles)
    for workers in (1, 2):
        with Tracker(tmp_path / f"w{workers}.db", SMALL_BATCHES.updated(workers=workers)) as t:
            report = t.ingest([path])
        assert (report.stored, report.copies, report.problems) == (27, 2, [])
    assert dump_store(str(tmp_path / "w2.db")) == dump_store(str(tmp_path / "w1.db"))


def test_a_killed_worker_is_replaced_and_every_article_is_stored_once(tmp_path, caplog):
    articles = distinct_articles(60)
    path = write_articles(tmp_path / "in.jsonl", articles)
    killed: list[int] = []

    def kill_one_worker(report):
        if not killed:  # the first article is stored: the other batches are in the workers now
            victim = _workers()[0]
            killed.append(victim.pid)
            os.kill(victim.pid, signal.SIGKILL)

    with caplog.at_level(logging.WARNING, logger="onrecord.scale.pool"):
        with Tracker(tmp_path / "record.db", SMALL_BATCHES.updated(workers=2)) as t:
            report = t.ingest([path], on_article=kill_one_worker)
            rows = t.store._all("SELECT doc_id, COUNT(*) FROM articles GROUP BY doc_id")
    assert killed and "a worker process died" in caplog.text
    assert (report.stored, report.problems) == (60, [])
    assert sorted(rows) == sorted((a["id"], 1) for a in articles)
    with Tracker(tmp_path / "whole.db", SMALL_BATCHES.updated(workers=1)) as t:
        t.ingest([path])
    assert dump_store(str(tmp_path / "record.db")) == dump_store(str(tmp_path / "whole.db"))
    assert not _workers(), "the pool's workers are gone when ingest returns"


def test_a_single_batch_runs_in_this_process():
    batch = [Article("“We will build it,” Mayor Ann Lee said.", "a1", "test")]
    [(tag, results)] = list(map_batches([("only", batch)], Settings(), workers=2))
    assert tag == "only" and results[0].quotes
    assert not _workers()


def test_workers_zero_means_one_per_core_and_negative_is_refused():
    assert worker_count(Settings()) == len(os.sched_getaffinity(0))
    assert worker_count(Settings().updated(workers="3")) == 3
    with pytest.raises(SettingsError, match="workers"):
        Settings().updated(workers=-1)


def _die_on_poison(articles):
    """A worker's batch function that crashes its process on a poisonous article, like a native crash would."""
    if any("POISON" in a.text for a in articles):
        os._exit(1)
    return [((), (f"{a.id} done",)) for a in articles]


def _always_die(articles):
    os._exit(1)


def test_an_article_that_kills_every_worker_is_given_up_and_the_rest_is_done(caplog):
    articles = [Article("POISON" if n == 5 else f"article {n}", f"a{n}", f"in:{n}") for n in range(12)]
    batches = [(n, articles[n:n + 4]) for n in range(0, 12, 4)]
    with caplog.at_level(logging.WARNING, logger="onrecord.scale.pool"):
        with WorkerPool(SMALL_BATCHES, 2, work=_die_on_poison) as pool:
            done = list(pool.run(iter(batches)))
    assert [tag for tag, _ in done] == [0, 4, 8]  # in order, every batch
    warnings = [r.warnings for _, results in done for r in results]
    assert warnings[5] == ("in:5: not processed (a worker process died on it 3 times)",)
    assert all(w == (f"a{n} done",) for n, w in enumerate(warnings) if n != 5)


def test_workers_that_never_finish_a_batch_stop_the_run_with_a_clear_error():
    batches = [(n, [Article(f"article {n}", f"a{n}", f"in:{n}")]) for n in range(4)]
    with pytest.raises(OnrecordError, match="before finishing any batch"):
        with WorkerPool(SMALL_BATCHES, 2, work=_always_die) as pool:
            list(pool.run(iter(batches)))


def test_cli_ingest_and_extract_take_workers(tmp_path):
    from typer.testing import CliRunner

    from onrecord.cli import app

    path = write_articles(tmp_path / "in.jsonl", distinct_articles(10))
    runner = CliRunner()
    env = {"ONRECORD_BATCH_SIZE": "4"}
    stored = runner.invoke(app, ["ingest", path, "--db", str(tmp_path / "r.db"), "--workers", "2"], env=env)
    assert stored.exit_code == 0 and "10 article(s) stored" in stored.output, stored.output
    extracted = runner.invoke(app, ["extract", path, "--jsonl", "--workers", "2"], env=env)
    lines = [line for line in extracted.output.splitlines() if line.startswith("{")]
    assert extracted.exit_code == 0 and [json.loads(line)["id"] for line in lines] == [f"r{n}" for n in range(10)]
    refused = runner.invoke(app, ["ingest", path, "--workers", "-1"])
    assert refused.exit_code == 2 and "Traceback" not in refused.output
