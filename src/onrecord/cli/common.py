"""What the commands share: settings from options, and messages on stderr."""
from __future__ import annotations

import sys

import typer

from onrecord.errors import OnrecordError
from onrecord.settings import MAXIMA, Settings

#: ``--engine`` of every command that extracts quotes.
ENGINE_HELP = "How quotes are found: rules, model (the learned quote model) or hybrid (default: the engine setting)."
#: ``--workers`` of the commands that extract many articles.
WORKERS_HELP = "Worker processes (default: the workers setting; 0 is one per core, 1 runs in this process)."
#: ``--lang`` of every command that extracts quotes.
LANG_HELP = "Language of every article, en or ru (default: a record's lang field, else detected per article)."
#: The most ``--workers`` a command accepts: the workers setting's own bound.
MAX_WORKERS = int(MAXIMA["workers"])


def load_settings(config: str | None, **options: str | int | None) -> Settings:
    """The settings file and environment, then the command line's options (``model=``, ``engine=``,
    ``workers=`` ...) that were given."""
    given = {k: v for k, v in options.items() if v is not None and v != ""}
    try:
        return Settings.load(config).updated(**given)
    except OnrecordError as exc:
        fail(str(exc))


def fail(message: str, code: int = 2):
    print(f"onrecord: error: {message}", file=sys.stderr)
    raise typer.Exit(code)


def warn(message: str) -> None:
    print(f"onrecord: {message}", file=sys.stderr)

