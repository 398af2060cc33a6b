"""The browser UI: server-rendered pages over the same Tracker as the API.

Templates autoescape everything; article text and quotes reach the page only
through them or ``render.py``. No JavaScript is needed to use any page, and no
asset comes from a CDN: the stylesheet is shipped in ``static/``.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from onrecord.errors import OnrecordError
from onrecord.records import MAX_LIMIT
from onrecord.service import Tracker
from onrecord.web.render import highlight, marked_paragraphs, speaker_colour, web_link, weekly_counts

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.filters["highlight"] = highlight
templates.env.filters["web_link"] = web_link
templates.env.globals["speaker_colour"] = speaker_colour


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def add_pages(app: FastAPI, tracker: Callable[[], Tracker]) -> None:
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search(request: Request, q: Annotated[str | None, Query(max_length=1000)] = None,
               speaker: Annotated[str | None, Query(max_length=200)] = None,
               since: str | None = None, until: str | None = None,
               outlet: Annotated[str | None, Query(max_length=200)] = None,
               type: Annotated[list[str] | None, Query()] = None,  # noqa: A002 - the form's word
               limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50) -> HTMLResponse:
        form = {"q": q or "", "speaker": speaker or "", "since": since or "", "until": until or "",
                "outlet": outlet or "", "type": type or []}
        try:
            results = tracker().search(q, speaker=speaker, since=since, until=until, outlet=outlet,
                                       types=[t for t in type or [] if t], limit=limit)
            error = None
        except OnrecordError as exc:
            results, error = [], str(exc)
        return page(request, "search.html", 400 if error else 200, form=form, results=results, error=error,
                    speakers=[] if q or speaker else tracker().speakers(12))

    @app.get("/speakers/{speaker_id}", response_class=HTMLResponse, include_in_schema=False)
    def speaker(request: Request, speaker_id: int) -> HTMLResponse:
        t = tracker()
        who = t.speaker(str(speaker_id))
        timeline = t.timeline(str(speaker_id), limit=MAX_LIMIT)
        weeks = weekly_counts([r["date"] for r in timeline])
        return page(request, "speaker.html", speaker=who, weeks=weeks, tallest=max((w.count for w in weeks), default=1),
                    latest=list(reversed(timeline))[:20])

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article(request: Request, article_id: int) -> HTMLResponse:
        art = tracker().article(article_id)
        return page(request, "article.html", article=art, paragraphs=marked_paragraphs(art["text"], art["quotes"]))

    @app.get("/quotes/{quote_id}", response_class=HTMLResponse, include_in_schema=False)
    def quote(request: Request, quote_id: str) -> HTMLResponse:
        t = tracker()
        shown = t.show(quote_id)
        occurrences = t.cluster(shown["cluster_id"]) if shown["cluster_id"] is not None else []
        return page(request, "quote.html", quote=shown, occurrences=occurrences)
