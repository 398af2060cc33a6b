"""The web app: the REST API over the record (quotes, speakers, timelines, articles,
clusters, extraction) and, through ``pages.py``, the browser UI.

Read-only: nothing here writes to the store, and each thread reads it through a
connection that refuses writes (a connection is not shared between threads).
Every parameter is validated (FastAPI/pydantic) and every error is JSON
``{"error": message}`` with the status that fits (400 bad value, 404 unknown id
or endpoint, 405 wrong method, 413 body too large, 415 body not JSON, 503
database unusable or extraction too slow); a stack trace never leaves the
server. Extraction runs in a worker process with a hard deadline
(:mod:`onrecord.service.serving`). HEAD is answered wherever GET is. OpenAPI at /docs.

``onrecord serve`` starts one app per server process with :func:`app_from_environment`.
"""
from __future__ import annotations

import logging
import pathlib
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal

import anyio
from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ValidationError, model_validator
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from onrecord._version import __version__
from onrecord.errors import NotFound, OnrecordError, StoreUnavailable
from onrecord.records import MAX_LIMIT, QuoteType, StatementKind
from onrecord.service import FACET_NAMES, MAX_CURSOR_CHARS, Tracker
from onrecord.service.serving import ExtractionTimeout, ExtractionUnavailable, ExtractionWorker
from onrecord.settings import Settings
from onrecord.web.pages import add_pages, page

#: Largest body POST /extract accepts.
MAX_EXTRACT_BYTES = 1_000_000

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


def create_app(db: str, settings: Settings | None = None, *, extractor: ExtractionWorker | None = None) -> FastAPI:
    """The app over the database ``db`` (a SQLite path or a postgresql:// URL), which must exist.

    ``extractor`` runs ``POST /api/extract``; by default a worker with the 30 s deadline,
    started at the first request and stopped with the app (one given here is the caller's to close).
    """
    settings = settings or Settings.load()
    local = threading.local()

    def tracker() -> Tracker:
        """This thread's Tracker: a database connection is not shared between threads."""
        if getattr(local, "tracker", None) is None:
            local.tracker = Tracker(db, settings, read_only=True)
        return local.tracker

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if extractor is None:
            app.state.extractor.close()

    app = FastAPI(title="onrecord", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Who said what, when, and where it was reported.")
    app.state.tracker = tracker
    app.state.open_tracker = lambda: Tracker(db, settings, read_only=True)
    app.state.extractor = extractor or ExtractionWorker(settings)
    app.state.extract_turn = anyio.Lock()
    app.add_middleware(HeadAsGet)
    _errors_as_json(app)
    add_pages(app, tracker)
    _offline_docs(app)
    app.include_router(router)
    return app


def app_from_environment() -> FastAPI:
    """The app of one ``onrecord serve`` process: the settings, the database (``ONRECORD_DB``) among
    them, from the environment and the settings file (``ONRECORD_CONFIG``) that the command set."""
    settings = Settings.load()
    return create_app(settings.db, settings)


class HeadAsGet:
    """HEAD answered as GET without the body, wherever GET is (RFC 9110): FastAPI's routes answer
    405 to it, and declaring HEAD on each would put it in the OpenAPI document too."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            await send({**message, "body": b""} if message["type"] == "http.response.body" else message)

        await self.app({**scope, "method": "GET"}, receive, without_body)


def tracker_of_thread(request: Request) -> Callable[[], Tracker]:
    """What gives the Tracker of the thread that calls it (the endpoint's).

    A function, not the Tracker itself: FastAPI may run a dependency in another
    thread than the endpoint, and a database connection belongs to one thread.
    """
    return request.app.state.tracker


Record = Annotated[Callable[[], Tracker], Depends(tracker_of_thread)]
Facet = Literal[FACET_NAMES]  # type: ignore[valid-type]
Order = Literal["relevance", "newest"]


class SearchQuery:
    """The words and filters of a search, as every search endpoint and page takes them."""

    def __init__(self, q: Annotated[str | None, Query(max_length=1000, description="Words the quote contains")] = None,
                 speaker: Annotated[str | None, Query(max_length=200)] = None,
                 since: Annotated[str | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                 until: Annotated[str | None, Query(description="YYYY-MM-DD, inclusive")] = None,
                 outlet: Annotated[str | None, Query(max_length=200)] = None,
                 type: Annotated[list[QuoteType] | None, Query()] = None,  # noqa: A002 - the API's word
                 kind: Annotated[list[StatementKind] | None, Query(description="statement kind")] = None) -> None:
        self.q = q
        self.speaker, self.since, self.until, self.outlet = speaker, since, until, outlet
        self.types, self.kinds = type or [], kind or []

    def filters(self) -> dict[str, Any]:
        """The Tracker's keyword arguments for the filters (the words apart)."""
        return {"speaker": self.speaker, "since": self.since, "until": self.until, "outlet": self.outlet,
                "types": self.types, "kinds": self.kinds}
router = APIRouter(prefix="/api")


@router.get("/quotes", summary="Search statements: a page, the total and facets")
def quotes(tracker: Record, search: Annotated[SearchQuery, Depends()],
           facet: Annotated[list[Facet] | None, Query(description="count the matches by this (repeatable)")] = None,
           cursor: Annotated[str | None, Query(max_length=MAX_CURSOR_CHARS, description="`next` of a page")] = None,
           order: Annotated[Order, Query()] = "relevance",
           limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
           offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0) -> dict[str, Any]:
    """Each result has its sentence (``context_before``, ``context_after``); ``total`` counts every match;
    ``facets`` gives, per facet, the commonest values with their counts and the ``filter`` that narrows the
    search to each; ``next`` is the cursor of the next page (null on the last)."""
    page = tracker().search_page(search.q, **search.filters(), facets=facet or (), cursor=cursor, order=order,
                                 limit=limit, offset=offset)
    return {**page, "limit": limit, "offset": offset}


@router.get("/export", summary="Download the statements of a search as JSONL or CSV (the export's fields)")
def export(request: Request, search: Annotated[SearchQuery, Depends()],
           format: Annotated[Literal["jsonl", "csv"], Query()] = "jsonl") -> StreamingResponse:  # noqa: A002
    """A reader of its own, closed when the download ends: the stream outlives the request's thread."""
    reader = request.app.state.open_tracker()
    try:
        chunks = reader.export_text(format, text=search.q, **search.filters())
    except BaseException:
        reader.close()
        raise

    def streamed() -> Iterator[str]:
        try:
            yield from chunks
        finally:
            reader.close()

    media = {"jsonl": "application/x-ndjson", "csv": "text/csv"}[format]
    return StreamingResponse(streamed(), media_type=f"{media}; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="onrecord.{format}"'})


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
async def extract(request: Request) -> dict[str, Any]:
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        raise _NotJSON()
    body = await _capped_body(request)
    try:
        payload = ExtractRequest.model_validate_json(body)
    except ValidationError as exc:
        why = "; ".join(e["msg"] for e in exc.errors())
        raise OnrecordError(f"the body must be JSON with a text or html field ({why})") from None
    return await _extracted(request, payload.model_dump())


async def _extracted(request: Request, job: dict[str, Any]) -> dict[str, Any]:
    """The worker's answer to ``job``. Requests take turns on the event loop, each waiting at most the
    deadline, so that one thread at most waits on the worker, whatever the number of requests."""
    worker: ExtractionWorker = request.app.state.extractor
    turn: anyio.Lock = request.app.state.extract_turn
    with anyio.move_on_after(worker.deadline) as waiting:
        await turn.acquire()
    if waiting.cancelled_caught:
        raise ExtractionTimeout(f"the extractor stayed busy for {worker.deadline:g} s; try again")
    try:
        return await anyio.to_thread.run_sync(worker.extract, job)
    finally:
        turn.release()


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


class _NotJSON(OnrecordError):
    def __init__(self) -> None:
        super().__init__('the body must be application/json: {"text": …} or {"html": …}')


#: The status of each error raised on purpose; any other OnrecordError is a bad value (400).
_STATUS: tuple[tuple[type[OnrecordError], int], ...] = (
    (NotFound, 404), (_TooLarge, 413), (_NotJSON, 415), (StoreUnavailable, 503), (ExtractionTimeout, 503),
    (ExtractionUnavailable, 503))


def _errors_as_json(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{'.'.join(str(p) for p in e['loc'][1:]) or 'request'}: {e['msg']}" for e in exc.errors()]
        return _error(400, "; ".join(problems), request)

    @app.exception_handler(OnrecordError)
    async def known(request: Request, exc: OnrecordError) -> JSONResponse:
        return _error(next((status for kind, status in _STATUS if isinstance(exc, kind)), 400), str(exc), request)

    @app.exception_handler(HTTPException)
    async def routing(request: Request, exc: HTTPException) -> Response:
        """No route for the path (404) or the method (405): the errors every other one is."""
        what = "endpoint" if request.url.path.startswith("/api") else "page"
        allowed = (exc.headers or {}).get("Allow", "")
        message = {404: f"no such {what}", 405: f"method not allowed here; use {allowed}"}.get(exc.status_code,
                                                                                             str(exc.detail))
        return _error(exc.status_code, message, request, exc.headers)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("%s %s failed", request.method, request.url.path)
        return _error(500, "internal error; the server log has the details", request)


def _error(status: int, message: str, request: Request, headers: dict[str, str] | None = None) -> Response:
    """JSON for the API; the error page for a browser's page."""
    if not request.url.path.startswith("/api"):
        response = page(request, "error.html", status, message=message)
        response.headers.update(headers or {})
        return response
    return JSONResponse({"error": message}, status_code=status, headers=headers)
