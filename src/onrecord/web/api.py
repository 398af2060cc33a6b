"""The web app: the REST API over the record (quotes, speakers, timelines, articles,
clusters, extraction) and, through ``pages.py``, the browser UI.

Read-only: nothing here writes to the store. Every parameter is validated
(FastAPI/pydantic) and every error is JSON ``{"error": message}`` with the
status that fits (400 bad value, 404 unknown id, 413 body too large, 503
database unusable or extraction too slow); a stack trace never leaves the
server. Each worker thread has its own Tracker, since a database connection
is not shared between threads. OpenAPI at /docs.
"""
from __future__ import annotations

import logging
import pathlib
import threading
from collections.abc import Callable
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ValidationError, model_validator

from onrecord._version import __version__
from onrecord.errors import NotFound, OnrecordError, StoreUnavailable
from onrecord.records import MAX_LIMIT, QuoteType
from onrecord.service import Tracker, extract_document
from onrecord.settings import Settings
from onrecord.web.pages import add_pages, page

#: Largest body POST /extract accepts, and the longest it may work on one.
MAX_EXTRACT_BYTES = 1_000_000
EXTRACT_SECONDS = 30.0

log = logging.getLogger(__name__)


class ExtractRequest(BaseModel):
    """A text or an HTML page (exactly one) to find quotes in."""

    text: str | None = None
    html: str | None = None

    @model_validator(mode="after")
    def one_of_text_or_html(self) -> ExtractRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError('give exactly one of "text" or "html"')
        return self


def create_app(db: str, settings: Settings | None = None) -> FastAPI:
    """The app over the database ``db`` (a SQLite path or a postgresql:// URL)."""
    settings = settings or Settings.load()
    local = threading.local()

    def tracker() -> Tracker:
        """This thread's Tracker: a database connection is not shared between threads."""
        if getattr(local, "tracker", None) is None:
            local.tracker = Tracker(db, settings)
        return local.tracker

    app = FastAPI(title="onrecord", version=__version__, docs_url=None, redoc_url=None,
                  description="Who said what, when, and where it was reported.")
    app.state.settings = settings
    app.state.tracker = tracker
    _errors_as_json(app)
    add_pages(app, tracker)
    _offline_docs(app)
    app.include_router(router)
    return app


def tracker_of_thread(request: Request) -> Callable[[], Tracker]:
    """What gives the Tracker of the thread that calls it (the endpoint's).

    A function, not the Tracker itself: FastAPI may run a dependency in another
    thread than the endpoint, and a database connection belongs to one thread.
    """
    return request.app.state.tracker


def current_settings(request: Request) -> Settings:
    return request.app.state.settings


Record = Annotated[Callable[[], Tracker], Depends(tracker_of_thread)]
router = APIRouter(prefix="/api")


@router.get("/quotes", summary="Search statements")
def quotes(tracker: Record,
           q: Annotated[str | None, Query(max_length=1000, description="Words the quote contains")] = None,
           speaker: Annotated[str | None, Query(max_length=200)] = None,
           since: Annotated[str | None, Query(description="YYYY-MM-DD, inclusive")] = None,
           until: Annotated[str | None, Query(description="YYYY-MM-DD, inclusive")] = None,
           outlet: Annotated[str | None, Query(max_length=200)] = None,
           type: Annotated[list[QuoteType] | None, Query()] = None,  # noqa: A002 - the API's word
           limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
           offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0) -> dict[str, Any]:
    rows = tracker().search(q, speaker=speaker, since=since, until=until, outlet=outlet, types=type or (),
                            limit=limit, offset=offset)
    return {"results": rows, "limit": limit, "offset": offset}


@router.get("/speakers", summary="Most quoted speakers")
def speakers(tracker: Record, top: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20) -> dict[str, Any]:
    return {"results": tracker().speakers(top)}


@router.get("/speakers/{speaker_id}", summary="One speaker: aliases, roles, counts, first and last seen")
def speaker(tracker: Record, speaker_id: int) -> dict[str, Any]:
    return tracker().speaker(str(speaker_id))


@router.get("/speakers/{speaker_id}/timeline", summary="A speaker's statements by date")
def timeline(tracker: Record, speaker_id: int,
             limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 200) -> dict[str, Any]:
    return {"results": tracker().timeline(str(speaker_id), limit=limit)}


@router.get("/articles/{article_id}", summary="An article with its quotes and their offsets")
def article(tracker: Record, article_id: int) -> dict[str, Any]:
    return tracker().article(article_id)


@router.get("/quotes/{quote_id}", summary="One quote in its paragraph")
def quote(tracker: Record, quote_id: Annotated[str, Path(max_length=64)]) -> dict[str, Any]:
    return tracker().show(quote_id)


@router.get("/clusters/{cluster_id}", summary="A statement with every article that carried it")
def cluster(tracker: Record, cluster_id: int) -> dict[str, Any]:
    rows = tracker().cluster(cluster_id)
    if not rows:
        raise NotFound(f"no cluster with id {cluster_id}")
    return {"id": cluster_id, "occurrences": rows}


@router.post("/extract", summary="Quotes in a text or an HTML page (nothing is stored)")
async def extract(request: Request, settings: Annotated[Settings, Depends(current_settings)]) -> dict[str, Any]:
    body = await _capped_body(request)
    try:
        payload = ExtractRequest.model_validate_json(body)
    except ValidationError as exc:
        why = "; ".join(e["msg"] for e in exc.errors())
        raise OnrecordError(f"the body must be JSON with a text or html field ({why})") from None
    try:
        with anyio.fail_after(EXTRACT_SECONDS):
            return await anyio.to_thread.run_sync(_extract, payload, settings, abandon_on_cancel=True)
    except TimeoutError:
        return _error(503, f"extraction took longer than {EXTRACT_SECONDS:g} s")


def _offline_docs(app: FastAPI) -> None:
    """Swagger UI at /docs from the assets the fastapi-offline package ships (Swagger UI 5, which
    reads OpenAPI 3.1): FastAPI's default page loads them from a CDN, which fails offline."""
    import fastapi_offline

    assets = pathlib.Path(fastapi_offline.__file__).parent / "static"
    app.mount("/swagger", StaticFiles(directory=assets), name="swagger")

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="onrecord API",
                                   swagger_js_url="/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/swagger/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")


def _extract(payload: ExtractRequest, settings: Settings) -> dict[str, Any]:
    result = extract_document(text=payload.text, html=payload.html, settings=settings)
    text = result.article.text
    return {"text": text, "meta": result.article.meta, "quotes": [q.to_record(text) for q in result.quotes],
            "warnings": list(result.warnings)}


async def _capped_body(request: Request) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_EXTRACT_BYTES:
        raise _TooLarge()
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_EXTRACT_BYTES:
            raise _TooLarge()
    return body


class _TooLarge(OnrecordError):
    def __init__(self) -> None:
        super().__init__(f"the body is larger than {MAX_EXTRACT_BYTES:,} bytes")


def _errors_as_json(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{'.'.join(str(p) for p in e['loc'][1:]) or 'request'}: {e['msg']}" for e in exc.errors()]
        return _error(400, "; ".join(problems), request)

    @app.exception_handler(OnrecordError)
    async def known(request: Request, exc: OnrecordError) -> JSONResponse:
        status = 404 if isinstance(exc, NotFound) else 413 if isinstance(exc, _TooLarge) \
            else 503 if isinstance(exc, StoreUnavailable) else 400
        return _error(status, str(exc), request)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("%s %s failed", request.method, request.url.path)
        return _error(500, "internal error; the server log has the details", request)


def _error(status: int, message: str, request: Request | None = None) -> Response:
    """JSON for the API; the error page for a browser's page."""
    if request is not None and not request.url.path.startswith("/api"):
        return page(request, "error.html", status, message=message)
    return JSONResponse({"error": message}, status_code=status)

