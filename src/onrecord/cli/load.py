"""``onrecord load PARQUET_DIR``: bring the output of ``onrecord spark run`` into a store."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

import typer

from onrecord.cli.common import fail
from onrecord.cli.ingest import summarise
from onrecord.cli.store_common import DB_HELP, tracker


def command(
    folder: Path = typer.Argument(..., help="The --output folder of `onrecord spark run` (local)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    config: Optional[str] = typer.Option(None, help="Settings file (TOML)."),
) -> None:
    """Store every finished shard's articles, quotes and speakers; loading again adds nothing."""
    start = time.perf_counter()
    with tracker(db, config) as t:
        report = t.load(folder)
    summarise(report, time.perf_counter() - start)
    if report.stored == 0 and report.unchanged == 0:
        fail(f"nothing to load in {folder}", code=1)
