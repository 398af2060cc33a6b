"""``onrecord search "TEXT"``: statements ranked by relevance, matched words highlighted, with the total,
facets (``--facet speaker``) and the cursor of the next page (``--cursor``)."""
from __future__ import annotations

import json
from typing import Any, Optional

import typer
from rich.table import Table

from onrecord.cli.common import warn
from onrecord.cli.store_common import DB_HELP, console, listed, quote_table, tracker
from onrecord.records import MARK_CLOSE, MARK_OPEN, MAX_LIMIT


def command(
    text: str = typer.Argument("", help="Words that must all occur in the quote (any punctuation is ignored)."),
    speaker: Optional[str] = typer.Option(None, help="Speaker name, alias, surname or id."),
    since: Optional[str] = typer.Option(None, help="Earliest date, YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, help="Latest date, YYYY-MM-DD."),
    outlet: Optional[str] = typer.Option(None, help="Outlet name."),
    type_: list[str] = typer.Option([], "--type", help="direct, indirect or mixed (repeatable, or comma-separated)."),
    kind: list[str] = typer.Option([], "--kind", help="Statement kind: claim, denial, refusal … (repeatable, or "
                                                      "comma-separated: --kind denial,refusal)."),
    facet: list[str] = typer.Option([], "--facet", help="Count the matches by speaker, outlet, type, kind or month "
                                                        "(repeatable, or comma-separated)."),
    order: str = typer.Option("relevance", help="relevance (best match first) or newest."),
    cursor: Optional[str] = typer.Option(None, help="The next page: the cursor a search printed."),
    limit: int = typer.Option(20, min=1, max=MAX_LIMIT, help="Most results to show."),
    as_json: bool = typer.Option(False, "--json", help="JSONL with [[ ]] around matched words."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Find statements by their words, speaker, date, outlet, type and kind."""
    with tracker(db) as t:
        page = t.search_page(text, speaker=speaker, since=since, until=until, outlet=outlet, types=listed(type_),
                             kinds=listed(kind), facets=listed(facet), order=order, cursor=cursor, limit=limit)
    rows = page["results"]
    if as_json:
        for r in rows:
            r["highlight"] = r["highlight"].replace(MARK_OPEN, "[[").replace(MARK_CLOSE, "]]")
            typer.echo(json.dumps(r, ensure_ascii=False))
    else:
        shown = f"{page['first'] + 1}-{page['first'] + len(rows)} of {page['total']:,}" if rows else "none"
        quote_table(rows, f"statements {shown}" + (f" for {text!r}" if text else ""), text_key="highlight")
        for name, values in page["facets"].items():
            _facet_table(name, values)
    if page["next"]:
        warn(f"next page: --cursor {page['next']}")


def _facet_table(name: str, values: list[dict[str, Any]]) -> None:
    table = Table(title=f"by {name}", title_justify="left")
    for column in (name, "statements", "narrow with"):
        table.add_column(column)
    for v in values:
        table.add_row(str(v["label"]), f"{v['count']:,}", " ".join(f"--{k} {_shell(val)}" for k, val in v["filter"].items()))
    console.print(table)


def _shell(value: str) -> str:
    return value if value.replace("-", "").replace(".", "").isalnum() else json.dumps(value, ensure_ascii=False)
