"""The ``onrecord`` command: one module per command, each calling the library."""
from __future__ import annotations

import typer

from onrecord import __version__
from onrecord.cli import evaluate, export, extract, ingest, load, search, serve, show, spark, speakers, timeline, watch

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="onrecord: who said what, when, and where it was reported.")
app.command("extract")(extract.command)
app.command("evaluate")(evaluate.command)
app.command("ingest")(ingest.command)
app.command("search")(search.command)
app.add_typer(speakers.app, name="speakers")
app.command("timeline")(timeline.command)
app.command("show")(show.command)
app.command("export")(export.command)
app.command("watch")(watch.command)
app.command("serve")(serve.command)
app.command("load")(load.command)
app.add_typer(spark.app, name="spark")


@app.callback()
def _root(version: bool = typer.Option(False, "--version", help="Print the version and exit.")) -> None:
    if version:
        typer.echo(__version__)
        raise typer.Exit()


def main() -> None:
    app()
