"""``onrecord ingest PATH|URL...``: extract and store articles; re-running adds nothing."""
from __future__ import annotations

import sys
import time
from typing import Optional

import typer
from rich.progress import Progress, TextColumn

from onrecord.cli.common import ENGINE_HELP, LANG_HELP, MAX_WORKERS, WORKERS_HELP, fail, warn
from onrecord.cli.store_common import DB_HELP, tracker
from onrecord.service import IngestReport, Tracker, urls_in


def command(
    paths: Optional[list[str]] = typer.Argument(
        None, help=".txt, .jsonl, .html and .warc[.gz] files, directories, page URLs, or - for stdin."),
    urls: Optional[str] = typer.Option(None, "--urls", help="File of page URLs to fetch, one per line."),
    feed: Optional[list[str]] = typer.Option(None, "--feed", help="RSS/Atom feed (URL or file); repeatable."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    engine: Optional[str] = typer.Option(None, help=ENGINE_HELP),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
    workers: Optional[int] = typer.Option(None, "--workers", min=0, max=MAX_WORKERS, help=WORKERS_HELP),
    config: Optional[str] = typer.Option(None, help="Settings file (TOML)."),
) -> None:
    """Store every article's quotes and speakers (each article in one transaction)."""
    paths = list(paths or [])
    if urls:
        try:
            paths += urls_in(urls)
        except OSError as exc:
            fail(f"cannot read --urls {urls}: {exc.strerror or exc}")
    if not paths and not feed:
        fail("give files, directories or URLs to ingest, --urls FILE or --feed FEED")
    start = time.perf_counter()
    with tracker(db, config, engine=engine, workers=workers, lang=lang) as t:
        report = ingest_with_progress(t, paths, feed or [], start)
    summarise(report, time.perf_counter() - start)
    if report.stored == 0 and report.unchanged == 0 and not report.skipped:
        fail("no article could be stored", code=1)


def ingest_with_progress(t: Tracker, paths: list[str], feeds: list[str], start: float) -> IngestReport:
    """Ingest, with a live line of articles, quotes and speed when stderr is a terminal."""
    if not sys.stderr.isatty():
        return t.ingest(paths, feeds=feeds)
    with Progress(TextColumn("{task.description}"), transient=True) as bar:
        task = bar.add_task("ingesting")

        def show(r: IngestReport) -> None:
            rate = r.stored / max(time.perf_counter() - start, 1e-9)
            bar.update(task, description=f"{r.stored:,} articles stored, {r.quotes:,} quotes, "
                                         f"{r.unchanged:,} unchanged, {rate:,.1f} articles/s")
        return t.ingest(paths, on_article=show, feeds=feeds)


def summarise(report: IngestReport, took: float) -> None:
    """Each problem and skipped input with its reason, then the counts."""
    for problem in report.problems:
        warn(problem)
    for skipped in report.skipped:
        warn(f"skipped {skipped}")
    copies = f"; {report.copies:,} copies of stories already stored" if report.copies else ""
    warn(f"{report.stored:,} article(s) stored ({report.quotes:,} quotes{copies}), {report.unchanged:,} unchanged, "
         f"{len(report.skipped):,} skipped, {len(report.problems):,} problem(s), in {took:,.1f} s")
