"""A news site on 127.0.0.1 for the network tests: pages, robots.txt, a feed, and failures
(errors, a busy server, a slow one, a huge body, one that trickles, a redirect loop)."""
from __future__ import annotations

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.ingest import pages

ROBOTS = "User-agent: *\nDisallow: /private/\n"


def rss(base: str, paths: list[str]) -> str:
    items = "".join(f"<item><title>Entry {p}</title><link>{base}{p}</link>"
                    f"<pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item>" for p in paths)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test news</title><link>{base}/</link>'
            f"<description>Test</description>{items}</channel></rss>")


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # a client that gave up (timeout, size cap) closes the socket mid-answer: expected here


class NewsSite:
    """Routes by path; ``hits`` counts requests per path. Use as a context manager."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.flaky_failures = 2
        self.trickle_every = 0.1  # seconds between two pieces of /trickle
        self.robots_trickles = False
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
                site.hits[self.path] += 1
                site.serve(self)

        self.server = _QuietServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> NewsSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def serve(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path
        html = {"/port.html": pages.ARTICLE_WITH_SIDEBAR_AND_COMMENTS, "/paywall.html": pages.PAYWALL,
                "/blog.html": pages.LIVE_BLOG, "/de.html": pages.GERMAN_PAGE,
                "/private/secret.html": pages.PAYWALL}
        if path in html:
            return _send(h, 200, html[path].encode(), "text/html; charset=utf-8")
        if path == "/robots.txt":
            if self.robots_trickles:
                return _trickle(h, self.trickle_every)
            return _send(h, 200, ROBOTS.encode(), "text/plain")
        if path == "/feed.xml":
            return _send(h, 200, rss(self.base, ["/port.html", "/paywall.html", "/missing"]).encode(),
                         "application/rss+xml")
        if path == "/notxml":
            return _send(h, 200, b"this is not a feed at all", "text/plain")
        if path == "/error":
            return _send(h, 500, b"oops", "text/plain")
        if path == "/flaky":
            if self.hits[path] <= self.flaky_failures:
                return _send(h, 503, b"busy", "text/plain", {"Retry-After": "3"})
            return _send(h, 200, pages.PAYWALL.encode(), "text/html")
        if path == "/slow":
            time.sleep(1.5)
            return _send(h, 200, pages.PAYWALL.encode(), "text/html")
        if path == "/trickle":  # a page 9 bytes at a time: each read is quick, the whole never ends in time
            return _trickle(h, self.trickle_every)
        if path == "/loop":
            return _send(h, 302, b"", "text/plain", {"Location": "/loop"})
        if path == "/image.png":
            return _send(h, 200, b"\x89PNG\r\n" + b"\x00" * 100, "image/png")
        if path == "/big":  # 50 MB without a Content-Length: the reader must stop at its cap
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.end_headers()
            chunk = b"<p>" + b"x" * 65_000 + b"</p>"
            try:
                for _ in range(50_000_000 // len(chunk)):
                    h.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            h.close_connection = True
            return None
        return _send(h, 404, b"not found", "text/plain")


def _trickle(h: BaseHTTPRequestHandler, every: float, pieces: int = 50) -> None:
    """``pieces`` pieces of 9 bytes, one every ``every`` seconds, until the client hangs up."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    try:
        for _ in range(pieces):
            h.wfile.write(b"<p>words ")
            h.wfile.flush()
            time.sleep(every)
    except (BrokenPipeError, ConnectionResetError):
        pass
    h.close_connection = True


def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str,
          headers: dict[str, str] | None = None) -> None:
    h.send_response(status)
    h.send_header("Content-Type", content_type)
    h.send_header("Content-Length", str(len(body)))
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(body)
