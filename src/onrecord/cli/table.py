"""The readable who-said-what table for a terminal (rich)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from onrecord.records import ArticleResult

MAX_QUOTE_CHARS = 160
_console = Console()


def print_table(result: ArticleResult) -> None:
    text = result.article.text
    title = result.article.meta.get("title") or result.article.id
    table = Table(title=str(title), title_justify="left", show_lines=False, expand=True)
    table.add_column("speaker", style="bold", max_width=28)
    table.add_column("type", max_width=8)
    table.add_column("quote")
    for q in result.quotes:
        speaker = q.speaker.name or "?"
        if not q.speaker.resolved and q.speaker.name:
            speaker += " (unresolved)"
        quote = " ".join(q.content.text(text).split())
        if len(quote) > MAX_QUOTE_CHARS:
            quote = quote[:MAX_QUOTE_CHARS - 1] + "…"
        table.add_row(speaker, q.type, quote)
    if not result.quotes:
        table.add_row("-", "-", "(no quotes found)")
    _console.print(table)
