"""Scale-out on one machine, in one run over the same articles of ../shared/data/news_bulk:

- extraction with 1 worker (this process) against 2 workers (the process pool);
- ``onrecord ingest`` end to end (reading, extraction, SQLite) with 1 and 2 workers;
- ``onrecord spark run`` in ``local[2]`` against the 2-worker pool (the Spark
  session is started before the clock runs: its start-up is reported apart);
- each worker's memory, sampled every 0.2 s: peak, and steady (the median of
  the second half of the run).

Written as the ``scale`` section of docs/benchmarks.md. Not a test: speed is
never asserted.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
from report import publish  # benchmarks/report.py

from onrecord.ingest.jsonl import read_jsonl_line, screened
from onrecord.records import Article, batched
from onrecord.scale.pool import map_batches, worker_count
from onrecord.service import Tracker
from onrecord.settings import Settings


class WorkerMemory:
    """RSS of this process's Python children (pool workers, Spark's Python workers), sampled in a thread."""

    def __init__(self) -> None:
        self.samples: dict[int, list[float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> WorkerMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(0.2):
            for child in me.children(recursive=True):
                try:
                    if "python" in child.name().lower():
                        self.samples.setdefault(child.pid, []).append(child.memory_info().rss / 2**20)
                except psutil.Error:
                    continue

    def summary(self) -> str:
        """Per worker, over the workers that ran longest: peak MB and steady MB."""
        runs = sorted(self.samples.values(), key=len, reverse=True)
        runs = [r for r in runs if len(r) >= max(5, len(runs[0]) // 4)] if runs else []
        if not runs:
            return "no worker sampled"
        peak = max(max(r) for r in runs)
        steady = max(statistics.median(r[len(r) // 2:]) for r in runs)
        return f"peak {peak:,.0f} MB, steady {steady:,.0f} MB (largest of {len(runs)} worker(s))"


def read_lines(path: Path, limit: int) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return list(itertools.islice(fh, limit))


def timed_pool(articles: list[Article], settings: Settings, workers: int) -> tuple[float, int, str]:
    batches = ((None, batch) for batch in batched(articles, settings.batch_size))
    with WorkerMemory() as memory:
        t0 = time.perf_counter()
        quotes = sum(len(r.quotes) for _, results in map_batches(batches, settings, workers) for r in results)
        took = time.perf_counter() - t0
    return took, quotes, memory.summary()


def timed_ingest(path: Path, settings: Settings, workers: int, folder: Path) -> tuple[float, int]:
    with Tracker(folder / f"ingest-{workers}.db", settings.updated(workers=workers)) as t:
        t0 = time.perf_counter()
        report = t.ingest([str(path)])
        return time.perf_counter() - t0, report.stored


def timed_spark(path: Path, settings: Settings, folder: Path) -> tuple[float, float, int, str]:
    from onrecord.scale.spark.driver import run, spark_session

    t0 = time.perf_counter()
    spark = spark_session("local[2]", app_name="onrecord-bench")
    spark.sparkContext.setLogLevel("ERROR")
    started = time.perf_counter() - t0
    try:
        with WorkerMemory() as memory:
            t0 = time.perf_counter()
            report = run(spark, str(path.parent), str(folder / "spark-out"), settings=settings)
            took = time.perf_counter() - t0
    finally:
        spark.stop()
    return started, took, report.quotes, memory.summary()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--cost-out", type=Path, help="page whose `cost` section gets core-hours per million articles")
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"bench: {args.data} is absent (it lives in ../shared/data/news_bulk)")
    settings = Settings.load()
    lines = read_lines(args.data, args.articles)
    # As ingest and the Spark job read them: articles in another language are left out.
    articles = [a for n, line in enumerate(lines)
                if isinstance(a := screened(read_jsonl_line(line, f"bench:{n}", str(n))), Article)]
    words = sum(len(a.text.split()) for a in articles)
    cores = worker_count(Settings())  # workers=0: one per core this process may use
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "in").mkdir()
        jsonl = folder / "in" / "articles.jsonl"
        jsonl.write_text("".join(lines), encoding="utf-8")
        map_batches([(None, articles[:8])], settings, workers=1).__next__()  # this process's model, warm
        one, quotes_one, _ = timed_pool(articles, settings, 1)
        two, quotes_two, memory_two = timed_pool(articles, settings, 2)
        ingest_one, stored = timed_ingest(jsonl, settings, 1, folder)
        ingest_two, _ = timed_ingest(jsonl, settings, 2, folder)
        spark_start, spark, quotes_spark, memory_spark = timed_spark(jsonl, settings, folder)

    def row(name: str, seconds: float, against: float | None, note: str = "") -> str:
        ratio = f"**{against / seconds:.2f}×**" if against else ""
        return (f"| {name} | {seconds:,.1f} | {len(articles) / seconds:,.1f} | {words / seconds:,.0f} | {ratio} | "
                f"{note} |")

    page = [
        "## Scale: workers and Spark",
        "",
        f"`benchmarks/bench_scale.py` on {time.strftime('%Y-%m-%d')}: the same {len(articles):,} press releases "
        f"({words:,} words), engine {settings.engine}, batch size {settings.batch_size}, {cores} cores "
        f"(`os.sched_getaffinity`, as `--workers 0` counts them), one run. Times are wall clock and include "
        "starting the pool's workers (spawn, each loading the spaCy pipeline).",
        "",
        "| pass | seconds | articles/s | words/s | speed-up | note |",
        "|---|---:|---:|---:|---:|---|",
        row("(a) extraction, 1 worker (this process)", one, None, f"{quotes_one:,} quotes"),
        row("(b) extraction, 2 worker processes", two, one, f"vs (a); {quotes_two:,} quotes"),
        row("(c) ingest into SQLite, 1 worker", ingest_one, None, f"{stored:,} articles stored"),
        row("(d) ingest into SQLite, 2 workers", ingest_two, ingest_one, "vs (c)"),
        row("(e) `onrecord spark run`, local[2]", spark, two,
            f"vs (b); {quotes_spark:,} quotes; session start-up {spark_start:.1f} s not included"),
        "",
        f"- memory of each worker process (RSS): pool {memory_two}; Spark's Python workers {memory_spark}",
        "- goals: (b) ≥ 1.8× on 2 real cores; (e) ≥ 0.85× of (b); ≤ 250 MB steady per worker",
    ]
    publish(page, args.out, section="scale")
    if args.cost_out:
        publish(cost_lines(len(articles) / one, len(articles) / spark / 2, words / len(articles)), args.cost_out,
                section="cost")


def cost_lines(per_core: float, spark_per_core: float, words_per_article: float) -> list[str]:
    """Core-hours per million articles from the measured per-core rates (docs/scaling.md)."""
    def hours(rate: float) -> str:
        return f"{1_000_000 / rate / 3600:,.1f}"

    return [
        f"Measured on {time.strftime('%Y-%m-%d')} by `benchmarks/bench_scale.py` (press releases, "
        f"{words_per_article:,.0f} words each on average; rules engine):",
        "",
        "| path | articles/s per core | core-hours per million articles |",
        "|---|---:|---:|",
        f"| one process (pass (a)) | {per_core:,.1f} | {hours(per_core)} |",
        f"| Spark local[2] (pass (e), per core) | {spark_per_core:,.1f} | {hours(spark_per_core)} |",
        f"| model or hybrid engine (× 0.6) | {per_core * 0.6:,.1f} | {hours(per_core * 0.6)} |",
        "",
        f"Quotebank's 196M articles would take about {196 * 1_000_000 / spark_per_core / 3600:,.0f} core-hours "
        f"on Spark at this rate (rules engine), which at $0.05 per vCPU-hour is about "
        f"${196 * 1_000_000 / spark_per_core / 3600 * 0.05:,.0f}.",
    ]


if __name__ == "__main__":
    main()
