"""``onrecord export``: quote clusters as JSONL (Quotebank's fields), CSV or Parquet."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from onrecord.cli.common import warn
from onrecord.cli.store_common import DB_HELP, listed, tracker


def command(
    fmt: str = typer.Option("jsonl", "--format", help="jsonl, csv or parquet."),
    out: Optional[Path] = typer.Option(None, "--out", help="Output file (default: standard output)."),
    speaker: Optional[str] = typer.Option(None, help="Speaker name, alias, surname or id."),
    since: Optional[str] = typer.Option(None, help="Earliest date, YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, help="Latest date, YYYY-MM-DD."),
    outlet: Optional[str] = typer.Option(None, help="Outlet name."),
    type_: list[str] = typer.Option([], "--type", help="direct, indirect or mixed (repeatable, or comma-separated)."),
    kind: list[str] = typer.Option([], "--kind", help="Statement kind: claim, denial, refusal … (repeatable, or "
                                                      "comma-separated)."),
    text: Optional[str] = typer.Option(None, "--text", help="Only statements holding every one of these words."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Write every matching statement once, with all its occurrences (docs/store.md)."""
    filters = {"text": text, "speaker": speaker, "since": since, "until": until, "outlet": outlet,
               "types": listed(type_), "kinds": listed(kind)}
    with tracker(db) as t:
        n = t.export(out if out else sys.stdout, fmt, **filters)
    warn(f"{n:,} statement(s) exported")
