"""What the record commands share: opening the Tracker, and showing quotes."""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from onrecord.cli.common import fail, load_settings
from onrecord.errors import OnrecordError
from onrecord.records import MARK_CLOSE, MARK_OPEN

_SPACES = re.compile(r"\s+")
DB_HELP = "SQLite file or postgresql:// URL (default: the db setting, onrecord.db)."
console = Console()


@contextmanager
def tracker(db: str | None, config: str | None = None, **options: str | int | None) -> Iterator[Any]:
    """The Tracker for ``--db`` with the settings the command line changes (``engine=``, ``workers=``);
    an OnrecordError inside becomes a clear message and exit 2."""
    from onrecord.service import Tracker

    settings = load_settings(config, **options)
    try:
        with Tracker(db or settings.db, settings) as t:
            yield t
    except OnrecordError as exc:
        fail(str(exc))


def marked(text: str) -> Text:
    """Search highlights (the store's markers) as bold text."""
    out = Text()
    bold = False
    for part in text.replace(MARK_CLOSE, MARK_OPEN).split(MARK_OPEN):
        out.append(_SPACES.sub(" ", part), style="bold yellow" if bold else None)
        bold = not bold
    return out


def quote_table(rows: list[dict[str, Any]], title: str, text_key: str = "text") -> None:
    table = Table(title=title, title_justify="left", expand=True)
    for name, width in (("date", 10), ("speaker", 24), ("type", 8), ("quote", None), ("outlet / article", 24),
                        ("id", 16)):
        table.add_column(name, max_width=width, overflow="fold")
    for r in rows:
        table.add_row((r["date"] or "")[:10], r["speaker"] or "?", r["type"], marked(r[text_key]),
                      r["outlet"] or r["title"] or r["article"] or "", r["id"])
    if not rows:
        table.add_row("", "", "", "(nothing found)", "", "")
    console.print(table)
