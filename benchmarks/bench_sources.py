"""Reading news sources: HTML pages to text, and WARC records, each beside its bare library.

1. HTML: news_bulk press releases are laid out as web pages (navigation, the
   article, a sidebar, comments, a footer); (a) ``trafilatura.bare_extraction``
   with the arguments onrecord passes it, (b) ``onrecord.ingest.html.html_article``
   (the same call plus headline, paragraphs and metadata). Pages/s.
2. WARC: an archive of those pages with a request record before each response,
   gzip per record as crawlers write it; (a) warcio's ``ArchiveIterator`` reading
   every response body, (b) ``onrecord.ingest.warc.warc_pages`` (filters and page
   bodies). Records/s. Then a ``--big-mb`` archive is streamed by (b) and the
   growth of peak memory is reported: it stays flat however large the archive.

Rounds alternate (a) and (b); the best of each is kept. Not a test: speed is never
asserted. Results go to docs/benchmarks_sources.md.
"""
from __future__ import annotations

import argparse
import gzip
import html
import io
import json
import platform
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

import trafilatura
from report import peak_mb, publish  # benchmarks/report.py
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from onrecord.ingest.html import PRUNE_XPATH, html_article, trafilatura_config
from onrecord.ingest.warc import warc_pages

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="{outlet}"><meta property="article:published_time" content="{date}">
</head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/press">Press</a></li>
<li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<main><article><h1>{title}</h1>{paragraphs}</article>
<aside class="sidebar"><h3>Related releases</h3><ul>{related}</ul></aside>
<section class="comments"><h3>Comments</h3><div class="comment"><p>Thanks for the update.</p></div></section>
</main><footer><p>Office of the member. Privacy policy. Accessibility.</p></footer></body></html>"""


def pages(data: Path, n: int) -> list[bytes]:
    out = []
    with gzip.open(data, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            paras = [p for p in rec["text"].split("\n") if p.strip()]
            title = html.escape(rec.get("title") or paras[0][:80])
            out.append(PAGE.format(
                title=title, outlet=html.escape(rec.get("outlet") or "Press office"), date=rec.get("date") or "",
                paragraphs="".join(f"<p>{html.escape(p)}</p>" for p in paras[1:] or paras),
                related="".join(f"<li><a href='/r{i}'>Release {i}</a></li>" for i in range(8))).encode())
            if len(out) >= n:
                break
    return out


def write_warc(path: Path, bodies: list[bytes], target_bytes: int = 0) -> int:
    """An archive of ``bodies`` (repeated until it reaches ``target_bytes``); the number of records."""
    records = 0
    with path.open("wb") as out:
        w = WARCWriter(out, gzip=True)
        while True:
            for i, body in enumerate(bodies):
                url = f"https://press.example/{records}/{i}"
                w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
                http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
                records += 2
            if out.tell() >= target_bytes:
                return records


def bare_html(page: bytes) -> object:
    return trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False,
                                       include_images=False, prune_xpath=PRUNE_XPATH, config=trafilatura_config())


def bare_warc(path: Path) -> int:
    n = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "response":
                record.content_stream().read()
            n += 1
    return n


def onrecord_warc(path: Path) -> int:
    return sum(1 for _ in warc_pages(path))


def best(rounds: int, a, b) -> tuple[float, float]:
    ta, tb = [], []
    for _ in range(rounds):
        for fn, times in ((a, ta), (b, tb)):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
    return min(ta), min(tb)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True, help="news_bulk press_releases.jsonl.gz")
    ap.add_argument("--pages", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--big-mb", type=int, default=1024, help="size of the archive streamed for the memory check")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"bench: {args.data} is absent (it lives in ../shared/data/news_bulk)")
    bodies = pages(args.data, args.pages)
    for page in bodies[:10]:  # warm-up: lxml, trafilatura's caches
        html_article(page, "warm-up", "warm-up")
    html_a, html_b = best(args.rounds, lambda: [bare_html(p) for p in bodies],
                          lambda: [html_article(p, "bench", "bench") for p in bodies])
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.warc.gz"
        records = write_warc(small, bodies)
        warc_a, warc_b = best(args.rounds, lambda: bare_warc(small), lambda: onrecord_warc(small))
        big = Path(tmp) / "big.warc.gz"
        big_records = write_warc(big, bodies, args.big_mb * 1_000_000)
        size_mb = big.stat().st_size / 1e6
        before = peak_mb()
        t0 = time.perf_counter()
        onrecord_warc(big)
        big_rate = big_records / (time.perf_counter() - t0)
        growth = peak_mb() - before
    lines = [
        "# Source reading benchmarks",
        "",
        f"`make bench` on {time.strftime('%Y-%m-%d')} (`benchmarks/bench_sources.py`), one process, Python"
        f" {platform.python_version()}, trafilatura {trafilatura.__version__}, warcio {version('warcio')};"
        f" {len(bodies)} news_bulk press releases laid out as web pages (navigation, sidebar, comments, footer);"
        f" best of {args.rounds} alternating rounds.",
        "",
        "| measure | (a) bare library | (b) onrecord | b/a |",
        "|---|---:|---:|---:|",
        f"| HTML to text (trafilatura, same arguments) | {len(bodies) / html_a:,.1f} pages/s |"
        f" {len(bodies) / html_b:,.1f} pages/s | {html_a / html_b:.3f} |",
        f"| WARC records ({records:,}: request + response per page, gzip per record) | {records / warc_a:,.0f}"
        f" records/s | {records / warc_b:,.0f} records/s | {warc_a / warc_b:.3f} |",
        "",
        f"Streaming a {size_mb:,.0f} MB archive ({big_records:,} records) through `warc_pages`:"
        f" {big_rate:,.0f} records/s, peak memory grew by **{growth:,.1f} MB** (from {before:,.0f} MB).",
        "",
    ]
    publish(lines, args.out)


if __name__ == "__main__":
    main()
