"""What the commands share: settings from options, and messages on stderr."""
from __future__ import annotations

import sys

import typer

from onrecord.errors import OnrecordError
from onrecord.settings import Settings


def load_settings(config: str | None, model: str | None) -> Settings:
    try:
        settings = Settings.load(config)
        return settings.updated(model=model) if model else settings
    except OnrecordError as exc:
        fail(str(exc))


def fail(message: str, code: int = 2):
    print(f"onrecord: error: {message}", file=sys.stderr)
    raise typer.Exit(code)


def warn(message: str) -> None:
    print(f"onrecord: {message}", file=sys.stderr)

