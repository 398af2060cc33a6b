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
from onrecord.records import MAX_LIMIT, MAX_ROW_ID, STATEMENT_KINDS
from onrecord.service import FACET_NAMES, MAX_CURSOR_CHARS, Tracker
from onrecord.web.links import facet_link, search_link
from onrecord.web.render import (LANGUAGE_NAMES, by_month, highlight, marked_paragraphs, monthly_kinds,
                                 speaker_colour, text_parts, web_link, weekly_counts)

HERE = Path(__file__).parent
#: The most characters of an article one page shows; a longer one is shown in parts, so that a
#: 10 MB article costs what this many do (about 15,000 words).
ARTICLE_PART_CHARS = 100_000
#: Most quoted speakers on the front page, and how long one count of them is reused: counting
#: every speaker's quotes reads every quote, too much for each visit to the front page.
MOST_QUOTED = 12
MOST_QUOTED_SECONDS = 10.0
#: Statements a page shows unless the address asks for another number (``limit``).
PAGE_SIZE = 50

# The templates ship with the package and never change under a running server: without
# auto_reload, Jinja stops checking their files on every render and every include.
templates = Jinja2Templates(env=jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                                                   autoescape=jinja2.select_autoescape(), auto_reload=False))
templates.env.filters["highlight"] = highlight
templates.env.filters["web_link"] = web_link
templates.env.globals.update(speaker_colour=speaker_colour, search_link=search_link, facet_link=facet_link,
                             language_names=LANGUAGE_NAMES)

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


#: A page of a search that found nothing (or could not run).
NOTHING: dict[str, Any] = {"results": [], "total": 0, "first": 0, "facets": {}, "next": None}


def _found(search: Callable[[], dict[str, Any]]) -> tuple[dict[str, Any], str | None]:
    """A page of a search, or nothing and the message of a bad value (the form stays, with its error)."""
    try:
        return search(), None
    except OnrecordError as exc:
        return NOTHING, str(exc)


def add_pages(app: FastAPI, tracker: Callable[[], Tracker]) -> None:
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _add_search_page(app, tracker)
    _add_speaker_page(app, tracker)

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
        copies = {o["article_id"]: t.copies(o["article_id"]) for o in occurrences if o["copies"]}
        return page(request, "quote.html", quote=shown, occurrences=occurrences, copies=copies)


def _add_search_page(app: FastAPI, tracker: Callable[[], Tracker]) -> None:
    most_quoted = Recent(lambda: tracker().speakers(MOST_QUOTED), MOST_QUOTED_SECONDS)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search(request: Request, q: Annotated[str | None, Query(max_length=1000)] = None,
               speaker: Annotated[str | None, Query(max_length=200)] = None,
               since: str | None = None, until: str | None = None,
               outlet: Annotated[str | None, Query(max_length=200)] = None,
               type: Annotated[list[str] | None, Query()] = None,  # noqa: A002 - the form's word
               kind: Annotated[list[str] | None, Query()] = None, order: str = "relevance",
               cursor: Annotated[str | None, Query(max_length=MAX_CURSOR_CHARS)] = None,
               limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = PAGE_SIZE) -> HTMLResponse:
        form = {"q": q or "", "speaker": speaker or "", "since": since or "", "until": until or "",
                "outlet": outlet or "", "type": [t for t in type or [] if t], "kind": [k for k in kind or [] if k],
                "order": order}
        asked = any(value for name, value in form.items() if name != "order")
        found, error = _found(lambda: tracker().search_page(
            q, speaker=speaker, since=since, until=until, outlet=outlet, types=form["type"], kinds=form["kind"],
            facets=FACET_NAMES, order=order, cursor=cursor, limit=limit) if asked else
            {**NOTHING, "results": tracker().search(limit=limit)})
        return page(request, "search.html", 400 if error else 200, form=form, found=found, error=error, asked=asked,
                    search={**form, "limit": None if limit == PAGE_SIZE else limit}, path="/", kinds=STATEMENT_KINDS, speakers=[] if asked else most_quoted())


def _add_speaker_page(app: FastAPI, tracker: Callable[[], Tracker]) -> None:
    @app.get("/speakers/{speaker_id}", response_class=HTMLResponse, include_in_schema=False)
    def speaker(request: Request, speaker_id: int, q: Annotated[str | None, Query(max_length=1000)] = None,
                cursor: Annotated[str | None, Query(max_length=MAX_CURSOR_CHARS)] = None) -> HTMLResponse:
        """A speaker, and what they said (about ``q``): the charts and the statements by month are of the matches."""
        t = tracker()
        who = t.speaker(str(speaker_id))
        scope = {"q": q, "speaker": str(who["id"])}
        found, error = _found(lambda: t.search_page(q, speaker=scope["speaker"], order="newest", cursor=cursor,
                                                    limit=PAGE_SIZE))
        weeks = weekly_counts(t.counts_by(("day",), q, speaker=scope["speaker"]))
        months = monthly_kinds(t.counts_by(("month", "kind"), q, speaker=scope["speaker"]))
        return page(request, "speaker.html", 400 if error else 200, speaker=who, weeks=weeks,
                    tallest=max((w.count for w in weeks), default=1), months=months,
                    tallest_month=max((m.count for m in months), default=1),
                    kinds_shown=[k for k in STATEMENT_KINDS if any(k == kind for m in months for kind, _ in m.kinds)],
                    found=found, runs=by_month(found["results"]), error=error, search={"q": q},
                    export=scope, path=f"/speakers/{who['id']}")
