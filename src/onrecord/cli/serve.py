"""``onrecord serve``: the REST API and the browser UI over the record, on 127.0.0.1:8000 unless told otherwise.

The app runs in ``--workers`` server processes (one per core by default): rendering a page is
Python work, which one process does on one core at a time. uvicorn starts each process from
an import string, so the database and the settings file reach them through the environment
(``ONRECORD_DB``, ``ONRECORD_CONFIG``), which :func:`onrecord.web.api.app_from_environment` reads.
"""
from __future__ import annotations

import os
from typing import Optional

import typer

from onrecord.cli.common import fail, load_settings, warn
from onrecord.cli.store_common import DB_HELP
from onrecord.errors import OnrecordError
from onrecord.service import Tracker
from onrecord.settings import ENV_PREFIX


def command(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", help="Address to listen on (0.0.0.0 exposes it to the network)."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    workers: int = typer.Option(0, min=0, max=256, help="Server processes; 0 (the default) is one per core. Each "
                                "holds its own database connections, and its own extraction worker once "
                                "POST /api/extract is used."),
    config: Optional[str] = typer.Option(None, help="Settings file (TOML)."),
) -> None:
    """Serve the record over HTTP: the pages at /, the API under /api, its documentation at /docs."""
    import uvicorn

    settings = load_settings(config)
    database = db or settings.db
    try:
        Tracker(database, settings).close()  # creates or upgrades it; an unusable one is said now, not per request
    except OnrecordError as exc:
        fail(str(exc))
    os.environ[f"{ENV_PREFIX}DB"] = database
    if config:
        os.environ[f"{ENV_PREFIX}CONFIG"] = config
    processes = workers or _cores()
    warn(f"serving {database} at http://{host}:{port}/ (API docs at /docs) in {processes} process(es); Ctrl-C stops")
    uvicorn.run("onrecord.web.api:app_from_environment", factory=True, host=host, port=port, workers=processes,
                log_level="warning")


def _cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
