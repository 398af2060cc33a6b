"""What the commands share: settings from options, and messages on stderr."""
from __future__ import annotations

import sys

import typer

from onrecord.errors import OnrecordError
from onrecord.settings import Settings


#: ``--engine`` of every command that extracts quotes.
ENGINE_HELP = "How quotes are found: rules, model (the learned quote model) or hybrid (default: the engine setting)."


def load_settings(config: str | None, model: str | None = None, engine: str | None = None) -> Settings:
    """The settings file and environment, then the command line's ``--model`` and ``--engine``."""
    given = {k: v for k, v in (("model", model), ("engine", engine)) if v}
    try:
        return Settings.load(config).updated(**given)
    except OnrecordError as exc:
        fail(str(exc))


def fail(message: str, code: int = 2):
    print(f"onrecord: error: {message}", file=sys.stderr)
    raise typer.Exit(code)


def warn(message: str) -> None:
    print(f"onrecord: {message}", file=sys.stderr)

