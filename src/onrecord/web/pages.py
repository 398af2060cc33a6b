"""The browser UI: server-rendered pages over the same Tracker as the API.

Templates autoescape everything; article text and quotes reach the page only
through them or ``render.py``. No JavaScript is needed to use any page, and no
asset comes from a CDN: the stylesheet is shipped in ``static/``.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Generic, TypeVar

import jinja2
from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from onrecord.errors import NotFound, OnrecordError
from onrecord.records import MAX_LIMIT, MAX_ROW_ID
from onrecord.service import Tracker
from onrecord.web.render import highlight, marked_paragraphs, speaker_colour, text_parts, web_link, weekly_counts

HERE = Path(__file__).parent
#: The most characters of an article one page shows; a longer one is shown in parts, so that a
#: 10 MB article costs what this many do (about 15,000 words).
ARTICLE_PART_CHARS = 100_000
#: Most quoted speakers on the front page, and how long one count of them is reused: counting
#: every speaker's quotes reads every quote, too much for each visit to the front page.
MOST_QUOTED = 12
MOST_QUOTED_SECONDS = 10.0

# The templates ship with the package and never change under a running server: without
# auto_reload, Jinja stops checking their files on every render and every include.
templates = Jinja2Templates(env=jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                                                   autoescape=jinja2.select_autoescape(), auto_reload=False))
templates.env.filters["highlight"] = highlight
templates.env.filters["web_link"] = web_link
templates.env.globals["speaker_colour"] = speaker_colour

T = TypeVar("T")


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


class Recent(Generic[T]):
    """``compute()``, reused for ``seconds``: a figure that may lag the record that long, where a visit
    should not pay for recomputing it. Threads may compute it at once; the last one is kept."""

    def __init__(self, compute: Callable[[], T], seconds: float) -> None:
        self.compute, self.seconds = compute, seconds
        self._value: tuple[float, T] | None = None

    def __call__(self) -> T:
        if self._value is None or time.monotonic() - self._value[0] >= self.seconds:
            self._value = (time.monotonic(), self.compute())
        return self._value[1]


def add_pages(app: FastAPI, tracker: Callable[[], Tracker]) -> None:
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    most_quoted = Recent(lambda: tracker().speakers(MOST_QUOTED), MOST_QUOTED_SECONDS)

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
                    speakers=[] if q or speaker else most_quoted())

    @app.get("/speakers/{speaker_id}", response_class=HTMLResponse, include_in_schema=False)
    def speaker(request: Request, speaker_id: int) -> HTMLResponse:
        t = tracker()
        who = t.speaker(str(speaker_id))
        timeline = t.timeline(str(speaker_id), limit=MAX_LIMIT)
        weeks = weekly_counts([r["date"] for r in timeline])
        return page(request, "speaker.html", speaker=who, weeks=weeks, tallest=max((w.count for w in weeks), default=1),
                    latest=list(reversed(timeline))[:20])

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article(request: Request, article_id: int,
                part: Annotated[int, Query(ge=1, le=MAX_ROW_ID, description="which part of a long article")] = 1
                ) -> HTMLResponse:
        art = tracker().article(article_id)
        parts = text_parts(art["text"], ARTICLE_PART_CHARS)
        if part > len(parts):
            raise NotFound(f"article {article_id} has {len(parts)} part(s), not {part}")
        start, end = parts[part - 1]
        return page(request, "article.html", article=art, part=part, parts=len(parts),
                    paragraphs=marked_paragraphs(art["text"], art["quotes"], start, end))

    @app.get("/quotes/{quote_id}", response_class=HTMLResponse, include_in_schema=False)
    def quote(request: Request, quote_id: str) -> HTMLResponse:
        t = tracker()
        shown = t.show(quote_id)
        occurrences = t.cluster(shown["cluster_id"]) if shown["cluster_id"] is not None else []
        return page(request, "quote.html", quote=shown, occurrences=occurrences)
