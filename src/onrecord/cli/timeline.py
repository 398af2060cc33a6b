"""``onrecord timeline SPEAKER``: one speaker's statements by date, with article and outlet."""
from __future__ import annotations

from typing import Optional

import typer

from onrecord.cli.store_common import DB_HELP, quote_table, tracker
from onrecord.records import MAX_LIMIT


def command(speaker: str = typer.Argument(..., help="Name, alias, surname or id."),
            limit: int = typer.Option(MAX_LIMIT, min=1, max=MAX_LIMIT, help="Most statements to show."),
            db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """What one speaker said, oldest first."""
    with tracker(db) as t:
        who = t.speaker(speaker)
        rows = t.timeline(speaker, limit)
    quote_table(rows, f"{who['name']}: {len(rows)} statement(s)")
