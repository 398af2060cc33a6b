"""RSS and Atom feeds: the articles a newsroom publishes, one entry at a time.

feedparser reads any RSS or Atom version and tolerates the common
malformations; a document with no entries that it cannot parse is not a
feed and is reported. Each entry's link is fetched unless the store already
has it (``is_stored``), so following a feed again fetches only what is new.
The entry's title and date stand in for a page that names none.
"""
from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from onrecord.errors import first_line
from onrecord.ingest.fetch import Fetcher, is_url
from onrecord.records import Article, InputProblem


def read_feed(source: str, fetcher: Fetcher, is_stored: Callable[[str], bool]) -> Iterator[Article | InputProblem]:
    """The new articles of the feed at ``source`` (a URL or a file), and the problems met."""
    import feedparser

    if is_url(source):
        got = fetcher.get(source)
        if isinstance(got, InputProblem):
            yield got
            return
        data, base = got.body, got.url
    else:
        try:
            data, base = Path(source).read_bytes(), None
        except OSError as exc:
            yield InputProblem(source, f"cannot be read ({exc.strerror or exc})")
            return
    parsed = feedparser.parse(data, response_headers={"content-location": base} if base else None)
    if not parsed.entries:
        why = f" ({first_line(parsed.bozo_exception)})" if parsed.get("bozo") else ""
        yield InputProblem(source, f"is not an RSS or Atom feed, or has no entries{why}")
        return
    seen: set[str] = set()
    for n, entry in enumerate(parsed.entries, 1):
        link = (entry.get("link") or "").strip()
        if not is_url(link):
            yield InputProblem(f"{source} entry {n}", "has no http(s) link")
            continue
        if link in seen or is_stored(link):
            continue
        seen.add(link)
        article = fetcher.article(link)
        if isinstance(article, Article):
            fallback = {"title": entry.get("title"), "date": _entry_date(entry)}
            article = replace(article, meta={**{k: v for k, v in fallback.items() if v}, **article.meta})
        yield article


def _entry_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat()
