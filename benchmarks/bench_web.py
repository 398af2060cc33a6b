"""Load check of the web app: the search endpoint under 50 concurrent clients on loopback.

The sample news are stored in a temporary database and served by ``onrecord serve`` in
its own process (one uvicorn worker, as ``make run`` starts it). A client keeps
``--clients`` requests in flight for ``--seconds`` each over (a) the stylesheet, a static
file (the peer: what the server and the client cost without onrecord's work) and (b)
``GET /api/quotes?q=…`` with one to three words taken from stored quotes. The client is
wrk (Debian's ``wrk``) when it is installed, since a Python client saturates before the
server does; otherwise httpx. Requests/s and p50/p95 latency for each, and b/a. Not a
test: speed is never asserted. Results go to docs/benchmarks_web.md.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from report import publish  # benchmarks/report.py

from onrecord.service import Tracker


def words_to_search(db: str, n: int) -> list[str]:
    """``n`` queries of one to three words of stored quotes (so searches have hits)."""
    rng = random.Random(5)
    with Tracker(db) as t:
        texts = [r["text"] for r in t.search(limit=1000)]
    words = [w.strip('.,"“”‘’!?;:()') for text in texts for w in text.split() if len(w) > 4]
    return [" ".join(rng.sample(words, rng.randint(1, 3))) for _ in range(n)]


async def load(base: str, paths: list[str], clients: int, seconds: float) -> tuple[float, float, float, int]:
    """Requests/s, p50 and p95 latency (ms), and failures, with ``clients`` requests in flight."""
    times: list[float] = []
    failures = 0
    stop = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        async def worker(k: int) -> None:
            nonlocal failures
            n = k
            while time.perf_counter() < stop:
                t0 = time.perf_counter()
                response = await client.get(paths[n % len(paths)])
                times.append((time.perf_counter() - t0) * 1000)
                failures += response.status_code != 200
                n += clients
        started = time.perf_counter()
        await asyncio.gather(*(worker(k) for k in range(clients)))
        took = time.perf_counter() - started
    times.sort()
    return len(times) / took, statistics.median(times), times[int(len(times) * 0.95) - 1], failures


WRK_SCRIPT = """
local paths = {%s}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n %% #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %%d %%f %%f %%f %%d\\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    e.status + e.connect + e.read + e.write + e.timeout))
end
"""


def load_wrk(base: str, paths: list[str], clients: int, seconds: float,
             workdir: Path) -> tuple[float, float, float, int]:
    """The same measures with wrk (two threads, ``clients`` connections)."""
    script = workdir / "paths.lua"
    script.write_text(WRK_SCRIPT % ", ".join(f'"{p}"' for p in paths), encoding="utf-8")
    out = subprocess.run(["wrk", "-t2", f"-c{clients}", f"-d{seconds:g}s", "-s", str(script), base],
                         capture_output=True, text=True, check=True).stdout
    requests, took, p50, p95, failed = out.split("RESULT ")[1].split()
    return int(requests) / float(took), float(p50), float(p95), int(failed)


def serve(db: str, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "onrecord.cli", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/static/app.css", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    sys.exit("bench: the server did not start")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True, help="sample_news/articles.jsonl")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=15)
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"bench: {args.data} is absent (it lives in ../shared/data/sample_news)")
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "sample.db")
        with Tracker(db) as t:
            t.ingest([str(args.data)])
            quotes = t.store.counts()["quotes"]
        searches = [str(httpx.URL("/api/quotes", params={"q": q})) for q in words_to_search(db, 500)]
        server = serve(db, args.port)
        client = "wrk" if shutil.which("wrk") else "httpx"
        try:
            base = f"http://127.0.0.1:{args.port}"
            asyncio.run(load(base, searches[:50], 10, 2))  # warm-up: connections, caches
            if client == "wrk":
                static = load_wrk(base, ["/static/app.css"], args.clients, args.seconds, Path(tmp))
                search = load_wrk(base, searches, args.clients, args.seconds, Path(tmp))
            else:
                static = asyncio.run(load(base, ["/static/app.css"], args.clients, args.seconds))
                search = asyncio.run(load(base, searches, args.clients, args.seconds))
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(timeout=30)
    lines = [
        "# Web app load check",
        "",
        f"`make bench` on {time.strftime('%Y-%m-%d')} (`benchmarks/bench_web.py`): `onrecord serve` (one uvicorn"
        f" worker) over the sample news ({quotes:,} quotes, SQLite) in one process, {args.clients} concurrent"
        f" connections from {client} (keep-alive) in another, {args.seconds:g} s each, loopback, Python"
        f" {platform.python_version()}, {os.cpu_count()} cores shared by both.",
        "",
        "| requests | requests/s | p50 | p95 | failed |",
        "|---|---:|---:|---:|---:|",
        f"| (a) `GET /static/app.css` (the peer: server and client alone) | {static[0]:,.0f} | {static[1]:.1f} ms"
        f" | {static[2]:.1f} ms | {static[3]} |",
        f"| (b) `GET /api/quotes?q=…` (1-3 words of stored quotes, top 20) | {search[0]:,.0f} | {search[1]:.1f} ms"
        f" | {search[2]:.1f} ms | {search[3]} |",
        "",
        f"Search throughput is **{search[0] / static[0]:.2f}×** that of serving a static file in the same run.",
        "",
    ]
    publish(lines, args.out)


if __name__ == "__main__":
    main()
