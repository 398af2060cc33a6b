"""``onrecord ingest PATH...``: extract and store articles; re-running adds nothing."""
from __future__ import annotations

import sys
import time
from typing import Optional

import typer
from rich.progress import Progress, TextColumn

from onrecord.cli.common import fail, warn
from onrecord.cli.store_common import DB_HELP, tracker


def command(
    paths: list[str] = typer.Argument(..., help=".txt or .jsonl files, directories, or - for stdin."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    config: Optional[str] = typer.Option(None, help="Settings file (TOML)."),
) -> None:
    """Store every article's quotes and speakers (each article in one transaction)."""
    start = time.perf_counter()
    with tracker(db, config) as t:
        if sys.stderr.isatty():
            with Progress(TextColumn("{task.description}"), transient=True) as bar:
                task = bar.add_task("ingesting")

                def show(r) -> None:
                    rate = r.stored / max(time.perf_counter() - start, 1e-9)
                    bar.update(task, description=f"{r.stored:,} articles stored, {r.quotes:,} quotes, "
                                                 f"{r.unchanged:,} unchanged, {rate:,.1f} articles/s")
                report = t.ingest(paths, on_article=show)
        else:
            report = t.ingest(paths)
    for problem in report.problems:
        warn(problem)
    for skipped in report.skipped:
        warn(f"skipped {skipped}")
    took = time.perf_counter() - start
    warn(f"{report.stored:,} article(s) stored ({report.quotes:,} quotes), {report.unchanged:,} unchanged, "
         f"{len(report.skipped):,} skipped, {len(report.problems):,} problem(s), in {took:,.1f} s")
    if report.stored == 0 and report.unchanged == 0 and not report.skipped:
        fail("no article could be stored", code=1)
