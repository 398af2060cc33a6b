"""``onrecord serve``: the REST API over the record, on 127.0.0.1:8000 unless told otherwise."""
from __future__ import annotations

from typing import Optional

import typer

from onrecord.cli.common import fail, load_settings, warn
from onrecord.cli.store_common import DB_HELP
from onrecord.errors import OnrecordError
from onrecord.service import Tracker


def command(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", help="Address to listen on (0.0.0.0 exposes it to the network)."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    config: Optional[str] = typer.Option(None, help="Settings file (TOML)."),
) -> None:
    """Serve the record over HTTP: the API under /api, its documentation at /docs."""
    import uvicorn

    from onrecord.web.api import create_app

    settings = load_settings(config)
    database = db or settings.db
    try:
        Tracker(database, settings).close()  # an unusable database is said now, not at the first request
    except OnrecordError as exc:
        fail(str(exc))
    app = create_app(database, settings)
    warn(f"serving {database} at http://{host}:{port}/ (API docs at /docs); Ctrl-C stops")
    uvicorn.run(app, host=host, port=port, log_level="warning")
