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


def listed(values: list[str]) -> list[str]:
    """Repeated options, each of which may be a comma-separated list (``--kind denial,refusal``)."""
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def quote_table(rows: list[dict[str, Any]], title: str, text_key: str = "text") -> None:
    """Statements with who said them (and their role in the article), where (outlet and headline) and when."""
    table = Table(title=title, title_justify="left", expand=True)
    for name, width in (("date", 10), ("speaker", 24), ("type / kind", 10), ("quote", None),
                        ("outlet / headline", 24), ("id", 16)):
        table.add_column(name, max_width=width, overflow="fold")
    for r in rows:
        who = (r["speaker"] or "?") + (f", {r['speaker_role']}" if r["speaker_role"] else "")
        where = " · ".join(part for part in (r["outlet"], r["title"]) if part) or r["article"] or ""
        table.add_row((r["date"] or "")[:10], who, f"{r['type']} / {r['kind']}", marked(r[text_key]), where, r["id"])
    if not rows:
        table.add_row("", "", "", "(nothing found)", "", "")
    console.print(table)
