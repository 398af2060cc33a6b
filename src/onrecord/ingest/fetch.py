"""Fetching pages and feeds over HTTP, as a polite crawler does.

- robots.txt is read once per host and obeyed for our user agent (RFC 9309:
  a robots.txt that is missing (4xx) allows everything; one that cannot be
  fetched (5xx, network error) disallows the host for this run);
- at least ``fetch_host_delay`` seconds pass between two requests to one host;
- a connection error, a timeout, 429 or a 5xx answer is retried
  up to ``fetch_attempts`` times in all, with exponential backoff, honouring Retry-After;
  a redirect loop is not retried;
- ``fetch_timeout`` bounds each wait for the server and also the whole answer: one that is
  still arriving ``fetch_timeout`` seconds after the request is a timeout (a server that
  trickles a few bytes at a time would otherwise hold the run forever);
- bodies are streamed and refused past ``fetch_max_bytes``;
- every failure is an ``InputProblem`` naming the URL and the reason, never
  an exception: one bad URL does not stop the others.
"""
from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from onrecord.errors import first_line
from onrecord.ingest.html import html_article
from onrecord.records import Article, InputProblem
from onrecord.settings import Settings

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: Longest wait a server's Retry-After may ask for.
MAX_RETRY_AFTER = 60.0


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def fetcher_for(settings: Settings, paths: Sequence[str], feeds: Sequence[str] = ()) -> AbstractContextManager:
    """A Fetcher when the inputs name a URL or a feed, else nothing (no HTTP client is made)."""
    return Fetcher(settings) if feeds or any(is_url(p) for p in paths) else nullcontext()


def urls_in(path: str) -> list[str]:
    """The URLs listed in a file, one per line (blank lines and # comments ignored)."""
    lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]


class _TooSlow(Exception):
    """The answer did not arrive within ``fetch_timeout`` of the request, though each read did."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A body as the server sent it."""

    url: str            # after redirects
    body: bytes
    content_type: str


class Fetcher:
    """One HTTP client for a run: its robots.txt cache and per-host clocks live here."""

    def __init__(self, settings: Settings, sleep=time.sleep, clock=time.monotonic) -> None:
        self.settings = settings
        self.agent = settings.user_agent
        self.client = httpx.Client(timeout=settings.fetch_timeout, follow_redirects=True,
                                   headers={"User-Agent": self.agent})
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last: dict[str, float] = {}
        self._sleep, self._clock = sleep, clock

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def article(self, url: str) -> Article | InputProblem:
        """The article at ``url``, or why there is none."""
        got = self.get(url)
        if isinstance(got, InputProblem):
            return got
        if "html" not in got.content_type and got.content_type:
            return InputProblem(url, f"is not a web page (Content-Type {got.content_type})")
        article = html_article(got.body, url, url, got.url)
        if isinstance(article, Article):  # the URL asked for is the article's identity in the store
            article = replace(article, meta={**article.meta, "url": url})
        return article

    def get(self, url: str) -> Fetched | InputProblem:
        """The body at ``url`` if robots.txt allows it, retried and size-capped."""
        host = urlsplit(url).netloc
        if not host or urlsplit(url).scheme not in ("http", "https"):
            return InputProblem(url, "is not an http(s) URL")
        robots = self._robots_for(url)
        if robots is None:
            return InputProblem(url, f"robots.txt of {host} could not be read, so the host is not fetched")
        if not robots.can_fetch(self.agent, url):
            return InputProblem(url, f"robots.txt of {host} disallows it")
        return self._get(url)

    def _get(self, url: str) -> Fetched | InputProblem:
        reason, wait = "", 1.0
        for attempt in range(self.settings.fetch_attempts):
            if attempt:
                self._sleep(wait)
            self._wait_for(urlsplit(url).netloc)
            wait = float(2 ** attempt)
            deadline = self._clock() + self.settings.fetch_timeout
            try:
                with self.client.stream("GET", url) as response:
                    if response.status_code in RETRY_STATUSES:
                        reason = f"the server answered {response.status_code} {response.reason_phrase}"
                        wait = _retry_after(response, wait)
                        continue
                    if response.status_code != 200:
                        return InputProblem(url, f"the server answered {response.status_code}"
                                                 f" {response.reason_phrase}")
                    body = self._read_capped(response, deadline)
                    if body is None:
                        return InputProblem(url, f"is larger than {self.settings.fetch_max_bytes:,} bytes;"
                                                 " not read")
                    return Fetched(str(response.url), body,
                                   response.headers.get("content-type", "").split(";")[0].strip().lower())
            except httpx.TooManyRedirects:
                return InputProblem(url, f"is redirected more than {self.client.max_redirects} times"
                                         " (a redirect loop); not retried")
            except (httpx.TimeoutException, _TooSlow):
                reason = f"timed out after {self.settings.fetch_timeout:g} s"
            except httpx.HTTPError as exc:
                reason = f"could not be fetched ({first_line(exc)})"
        return InputProblem(url, f"{reason} ({self.settings.fetch_attempts} attempt(s))")

    def _read_capped(self, response: httpx.Response, deadline: float) -> bytes | None:
        """The body, or None past ``fetch_max_bytes``; _TooSlow once ``deadline`` has passed. httpx's
        timeout bounds each read only, so a server sending a few bytes at a time would hold us forever."""
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.settings.fetch_max_bytes:
            return None
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            if self._clock() > deadline:
                raise _TooSlow
            size += len(chunk)
            if size > self.settings.fetch_max_bytes:
                return None
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait_for(self, host: str) -> None:
        """Politeness: the least delay between two requests to one host."""
        last = self._last.get(host)
        if last is not None:
            wait = last + self.settings.fetch_host_delay - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last[host] = self._clock()

    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser | None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        return self._robots[origin]

    def _read_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        self._wait_for(urlsplit(origin).netloc)
        deadline = self._clock() + self.settings.fetch_timeout
        try:
            with self.client.stream("GET", origin + "/robots.txt") as response:
                status = response.status_code
                body = self._read_capped(response, deadline) if status == 200 else b""
        except (httpx.HTTPError, _TooSlow):
            return None
        if 400 <= status < 500:
            parser.parse([])  # no robots.txt: everything is allowed
        elif status != 200 or body is None:
            return None
        else:
            parser.parse(body.decode("utf-8", errors="replace").splitlines())
        return parser


def _retry_after(response: httpx.Response, default: float) -> float:
    raw = response.headers.get("retry-after", "")
    return min(float(raw), MAX_RETRY_AFTER) if raw.isdigit() else default
