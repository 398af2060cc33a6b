"""``onrecord search "TEXT"``: statements ranked by relevance, matched words highlighted."""
from __future__ import annotations

import json
from typing import Optional

import typer

from onrecord.cli.store_common import DB_HELP, quote_table, tracker
from onrecord.records import MARK_CLOSE, MARK_OPEN, MAX_LIMIT


def command(
    text: str = typer.Argument("", help="Words that must all occur in the quote (any punctuation is ignored)."),
    speaker: Optional[str] = typer.Option(None, help="Speaker name, alias, surname or id."),
    since: Optional[str] = typer.Option(None, help="Earliest date, YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, help="Latest date, YYYY-MM-DD."),
    outlet: Optional[str] = typer.Option(None, help="Outlet name."),
    type_: list[str] = typer.Option([], "--type", help="direct, indirect or mixed (repeatable)."),
    limit: int = typer.Option(20, min=1, max=MAX_LIMIT, help="Most results to show."),
    as_json: bool = typer.Option(False, "--json", help="JSONL with [[ ]] around matched words."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Find statements by their words, speaker, date, outlet and type."""
    with tracker(db) as t:
        rows = t.search(text, speaker=speaker, since=since, until=until, outlet=outlet, types=type_, limit=limit)
    if as_json:
        for r in rows:
            r["highlight"] = r["highlight"].replace(MARK_OPEN, "[[").replace(MARK_CLOSE, "]]")
            typer.echo(json.dumps(r, ensure_ascii=False))
        return
    quote_table(rows, f"{len(rows)} statement(s) for {text!r}" if text else f"{len(rows)} latest statement(s)",
                text_key="highlight")
