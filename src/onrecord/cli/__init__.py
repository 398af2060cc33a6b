"""The ``onrecord`` command: one module per command, each calling the library."""
from __future__ import annotations

import typer

from onrecord._version import __version__
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


def _print_version(wanted: bool) -> None:
    """``--version`` alone is enough: eager, so it runs before typer asks for a command."""
    if wanted:
        typer.echo(__version__)
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", is_eager=True, callback=_print_version,
                                       help="Print the version and exit.")) -> None:
    """onrecord: who said what, when, and where it was reported."""


def main() -> None:
    app()
