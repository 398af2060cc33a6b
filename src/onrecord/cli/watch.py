"""``onrecord watch FEED... --every 15m``: keep following feeds, storing new statements as they appear."""
from __future__ import annotations

import re
import time
from datetime import datetime
from typing import Optional

import typer

from onrecord.cli.common import ENGINE_HELP, fail, warn
from onrecord.cli.ingest import summarise
from onrecord.cli.store_common import DB_HELP, tracker

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
#: The longest pause between rounds: a feed read less often wants a scheduler, and a sleep
#: beyond about 290 years (``99999999999d``) overflows the platform's timer.
MAX_INTERVAL_DAYS = 30


def interval_seconds(text: str) -> float:
    """``90``, ``30s``, ``15m``, ``2h`` or ``1d`` in seconds, up to MAX_INTERVAL_DAYS; ValueError otherwise."""
    match = _INTERVAL.match(text.lower())
    if not match or float(match[1]) <= 0:
        raise ValueError(f"{text[:40]!r} is not an interval such as 30s, 15m or 1h")
    seconds = float(match[1]) * _UNIT_SECONDS[match[2]]
    if seconds > MAX_INTERVAL_DAYS * _UNIT_SECONDS["d"]:
        raise ValueError(f"{text[:40]!r} is too long: the interval is at most {MAX_INTERVAL_DAYS} days")
    return seconds


def command(
    feeds: list[str] = typer.Argument(..., help="RSS/Atom feeds: URLs or files."),
    every: str = typer.Option("15m", "--every", help="Time between rounds: 30s, 15m, 1h …"),
    rounds: Optional[int] = typer.Option(None, "--rounds", min=1, help="Stop after this many rounds."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    engine: Optional[str] = typer.Option(None, help=ENGINE_HELP),
    config: Optional[str] = typer.Option(None, help="Settings file (TOML)."),
) -> None:
    """Fetch each feed's new entries every interval and store their statements (Ctrl-C stops)."""
    try:
        pause = interval_seconds(every)
    except ValueError as exc:
        fail(f"--every: {exc}")
    done = 0
    with tracker(db, config, engine=engine) as t:
        try:
            while True:
                start = time.perf_counter()
                warn(f"{datetime.now().isoformat(timespec='seconds')}: reading {len(feeds)} feed(s)")
                summarise(t.ingest([], feeds=feeds), time.perf_counter() - start)
                done += 1
                if rounds is not None and done >= rounds:
                    break
                time.sleep(pause)
        except KeyboardInterrupt:
            warn(f"stopped after {done} round(s)")
