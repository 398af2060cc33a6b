"""``onrecord speakers``: the most quoted speakers; ``merge`` and ``split`` fix identity by hand."""
from __future__ import annotations

from typing import Optional

import typer
from rich.table import Table

from onrecord.cli.store_common import DB_HELP, console, tracker
from onrecord.records import MAX_LIMIT

app = typer.Typer(help="The most quoted speakers, one speaker, and hand-made merges and splits.")


@app.callback(invoke_without_command=True)
def top(
    ctx: typer.Context,
    top_n: int = typer.Option(20, "--top", min=1, max=MAX_LIMIT, help="How many speakers to list."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """List the most quoted speakers with their counts."""
    if ctx.invoked_subcommand is not None:
        return
    with tracker(db) as t:
        rows = t.speakers(top_n)
    table = Table(title="most quoted speakers", title_justify="left")
    for name in ("id", "speaker", "kind", "quotes", "first seen", "last seen"):
        table.add_column(name)
    for r in rows:
        table.add_row(str(r["id"]), r["name"], r["kind"], str(r["quotes"]), (r["first_seen"] or "")[:10],
                      (r["last_seen"] or "")[:10])
    console.print(table)


@app.command("show")
def show(name: str = typer.Argument(..., help="Name, alias, surname or id."),
         db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """One speaker: aliases, roles, counts."""
    with tracker(db) as t:
        s = t.speaker(name)
    console.print(f"[bold]{s['name']}[/bold] (id {s['id']}, {s['kind']}): {s['quotes']} quote(s), "
                  f"{(s['first_seen'] or '?')[:10]} to {(s['last_seen'] or '?')[:10]}")
    console.print("aliases: " + "; ".join(s["aliases"]))
    if s["roles"]:
        console.print("roles: " + "; ".join(s["roles"]))


@app.command("merge")
def merge(name: str = typer.Argument(..., help="The speaker to fold in."),
          into: str = typer.Argument(..., help="The speaker that remains."),
          db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Make A and B one speaker; the choice survives re-ingest."""
    with tracker(db) as t:
        t.merge(name, into)
    console.print(f"merged {name!r} into {into!r}")


@app.command("split")
def split(speaker: str = typer.Argument(..., help="The speaker that wrongly holds the alias."),
          alias: str = typer.Argument(..., help="The alias that is somebody else."),
          db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Give one alias of a speaker (and its quotes) a speaker of its own; survives re-ingest."""
    with tracker(db) as t:
        new_id = t.split(speaker, alias)
    console.print(f"{alias!r} is now speaker {new_id}")
