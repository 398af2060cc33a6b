"""Extracting without storing: the one read → batch → pool → ``process_batch`` chain.

``onrecord.extract(text)``, ``onrecord extract PATH…``, ``onrecord evaluate``
and ``POST /api/extract`` (in a worker process of :mod:`.serving`) all come
through here, so an article is read, screened and extracted the same way
whichever door it came in by. The pool (:mod:`onrecord.scale.pool`) runs
batches on ``workers`` processes, or in this process when one is enough;
results come back in input order.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from onrecord.errors import OnrecordError
from onrecord.ingest.fetch import fetcher_for
from onrecord.ingest.html import html_article
from onrecord.ingest.readers import InputItem, read_inputs
from onrecord.records import Article, ArticleResult, InputProblem, Quote, batched
from onrecord.settings import Settings


@contextmanager
def reading(paths: list[str], settings: Settings, *, feeds: Iterable[str] = (),
            is_stored: Callable[[str], bool] = lambda url: False) -> Iterator[Iterator[InputItem]]:
    """The articles and input problems of ``paths`` and ``feeds``, with a polite fetcher open for any URL."""
    feeds = list(feeds)
    with fetcher_for(settings, paths, feeds) as fetcher:
        yield read_inputs(paths, fetcher=fetcher, feeds=feeds, is_stored=is_stored)


def extract_items(items: Iterable[InputItem], settings: Settings,
                  on_problem: Callable[[InputProblem], None] = lambda problem: None) -> Iterator[ArticleResult]:
    """Each article's result, in input order; each input problem goes to ``on_problem`` instead."""
    from onrecord.scale.pool import map_batches

    def article_batches() -> Iterator[tuple[None, list[Article]]]:
        for batch in batched(items, settings.batch_size):
            for problem in (p for p in batch if isinstance(p, InputProblem)):
                on_problem(problem)
            articles = [a for a in batch if isinstance(a, Article)]
            if articles:
                yield None, articles

    for _, results in map_batches(article_batches(), settings):
        yield from results


def extract_paths(paths: list[str], settings: Settings,
                  on_problem: Callable[[InputProblem], None] = lambda problem: None) -> Iterator[ArticleResult]:
    """Each article's result from files, directories, URLs or ``-`` (standard input), in order."""
    with reading(paths, settings) as items:
        yield from extract_items(items, settings, on_problem)


def extract_articles(articles: list[Article], settings: Settings) -> list[ArticleResult]:
    """Results for articles already in hand (a gold set, a request body), in order."""
    return list(extract_items(articles, settings))


def extract(text: str, *, settings: Settings | None = None) -> list[Quote]:
    """Every quote in ``text``, with its speaker, type, offsets and confidence (``onrecord.extract``)."""
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    (result,) = extract_articles([Article(text=text, id="text", origin="<text>")], settings or Settings.load())
    return list(result.quotes)


def extract_document(*, text: str | None = None, html: str | None = None,
                     settings: Settings) -> ArticleResult:
    """The result for one text or one HTML page (exactly one of them), as ``POST /api/extract`` sends it."""
    if (text is None) == (html is None):
        raise OnrecordError('give exactly one of "text" or "html"')
    article = (Article(text, "request", "request") if text is not None
               else html_article(html.encode(), "request", "request"))
    if isinstance(article, InputProblem):
        raise OnrecordError(article.reason)
    (result,) = extract_articles([article], settings)
    return result


def document_record(request: dict[str, str | None], settings: Settings) -> dict[str, Any]:
    """``POST /api/extract``'s answer to ``{"text": …}`` or ``{"html": …}``: the text read, its metadata, the
    quotes in the JSONL form of docs/data_format.md and the warnings; plain values, so that it can
    come back from the worker process that runs it (:mod:`.serving`)."""
    result = extract_document(text=request.get("text"), html=request.get("html"), settings=settings)
    text = result.article.text
    return {"text": text, "meta": result.article.meta, "quotes": [q.to_record(text) for q in result.quotes],
            "warnings": list(result.warnings)}
