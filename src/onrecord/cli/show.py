"""``onrecord show QUOTE_ID``: the quote in its paragraph, with source and cue marked."""
from __future__ import annotations

from typing import Optional

import typer
from rich.text import Text

from onrecord.cli.store_common import DB_HELP, console, tracker


def command(quote_id: str = typer.Argument(..., help="A quote id from search or timeline."),
            db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Show a quote in context: content in bold, source underlined, cue in italics."""
    with tracker(db) as t:
        q = t.show(quote_id)
        cluster = t.cluster(q["cluster_id"]) if q["cluster_id"] is not None else []
    text = Text(q["paragraph"])
    for role, style in (("content", "bold"), ("source", "underline"), ("cue", "italic")):
        if q[role]:
            text.stylize(style, *q[role])
    console.print(f"[dim]{q['id']} · {q['date'] or 'no date'} · {q['outlet'] or ''} · "
                  f"{q['title'] or q['article']}[/dim]")
    console.print(text)
    console.print(f"speaker: [bold]{q['speaker'] or '?'}[/bold] ({q['speaker_kind']}); type {q['type']}; "
                  f"confidence {q['confidence']:.2f}; rule {q['rule']}")
    if len(cluster) > 1:
        console.print(f"also reported in {len(cluster) - 1} other article(s): "
                      + "; ".join(sorted({c['outlet'] or c['title'] or c['article'] for c in cluster
                                          if c['id'] != q['id']})))
