"""Typed errors with messages a user can act on."""
from __future__ import annotations


def first_line(exc: BaseException) -> str:
    """The first line of a library's error message, for a one-line report."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


class OnrecordError(Exception):
    """Base class: every error onrecord raises on purpose."""


class NotFound(OnrecordError):
    """A quote, speaker, article or cluster the record does not hold."""


class InputError(OnrecordError):
    """An input (file, line, stdin) that cannot be read as an article."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class ModelNotFoundError(OnrecordError):
    """The configured spaCy pipeline is not installed."""


class SettingsError(OnrecordError):
    """A setting has a value onrecord cannot use."""


class StoreError(OnrecordError):
    """The database cannot be opened, read or written (damaged, locked, too new)."""


class StoreUnavailable(StoreError):
    """The database itself cannot be used (damaged, locked, unreachable, too new): stop, do not go on."""
