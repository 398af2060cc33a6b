"""Load check of the web app: the search endpoint and the front page under 50 concurrent clients on loopback.

The sample news are stored in a temporary database (or ``--db``, one that holds them) and
served by ``onrecord serve`` in its own process, as ``make run`` starts it (``--workers``
server processes: by default serve's own, one per core; ``--server-cpus`` pins the server to
some cores). A client keeps ``--clients`` requests in flight for ``--seconds`` each over (a)
the stylesheet, a static file (the peer: what the server and the client cost without
onrecord's work), (b) ``GET /api/quotes?q=…`` with one to three words taken from stored
quotes and (c) ``GET /``, the front page (most quoted speakers and the latest 50
statements). The client is wrk (Debian's ``wrk``) when it is installed, since a Python
client saturates before the server does; otherwise httpx. Requests/s and p50/p95 latency
for each, and b/a, c/a. Not a test: speed is never asserted. Results go to
docs/benchmarks_web.md.

The server inherits this script's environment, so ``PYTHONPATH=/other/tree/src python
benchmarks/bench_web.py …`` measures that tree's onrecord (before and after a change);
the report names the tree it ran.
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

import onrecord
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


def serve(db: str, port: int, workers: int | None, cpus: set[int] | None) -> subprocess.Popen:
    """``onrecord serve`` in this environment (PYTHONPATH included), once it answers."""
    command = [sys.executable, "-m", "onrecord.cli", "serve", "--db", db, "--port", str(port)]
    command += ["--workers", str(workers)] if workers else []  # a tree from before --workers has none
    proc = subprocess.Popen(command, env=dict(os.environ), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            preexec_fn=(lambda: os.sched_setaffinity(0, cpus)) if cpus else None)
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
    args = _arguments()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "sample.db")
        with Tracker(db) as t:
            if not args.db:
                t.ingest([str(args.data)])
            quotes = t.store.counts()["quotes"]
        searches = [str(httpx.URL("/api/quotes", params={"q": q})) for q in words_to_search(db, 500)]
        server = serve(db, args.port, args.workers, args.server_cpus)
        client = "wrk" if shutil.which("wrk") else "httpx"
        try:
            base = f"http://127.0.0.1:{args.port}"
            asyncio.run(load(base, searches[:50] + ["/"], 10, 2))  # warm-up: connections, caches
            results = [_measure(client, base, paths, args, Path(tmp))
                       for paths in (["/static/app.css"], searches, ["/"])]
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(timeout=30)
    publish(_report(results, quotes, client, args), args.out)


def _arguments() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, help="sample_news/articles.jsonl, stored in a temporary database")
    ap.add_argument("--db", help="a database that already holds the sample (no ingest)")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=15)
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--workers", type=int, help="server processes (default: onrecord serve's, one per core)")
    ap.add_argument("--server-cpus", type=lambda text: {int(c) for c in text.split(",")},
                    help="cores the server may run on, e.g. 0 or 0,1 (default: all)")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    if not args.db and not (args.data and args.data.exists()):
        ap.error(f"--data {args.data} is absent (it lives in ../shared/data/sample_news), and no --db was given")
    return args


def _measure(client: str, base: str, paths: list[str], args: argparse.Namespace,
             workdir: Path) -> tuple[float, float, float, int]:
    if client == "wrk":
        return load_wrk(base, paths, args.clients, args.seconds, workdir)
    return asyncio.run(load(base, paths, args.clients, args.seconds))


def _report(results: list[tuple[float, float, float, int]], quotes: int, client: str,
            args: argparse.Namespace) -> list[str]:
    static, search, front = results
    processes = f"{args.workers} server process(es)" if args.workers else "serve's default server processes"
    pinned = f", the server pinned to core(s) {sorted(args.server_cpus)}" if args.server_cpus else ""
    rows = [("(a) `GET /static/app.css` (the peer: server and client alone)", static),
            ("(b) `GET /api/quotes?q=…` (1-3 words of stored quotes, top 20)", search),
            ("(c) `GET /` (the front page: most quoted speakers, latest 50 statements)", front)]
    return [
        "# Web app load check",
        "",
        f"`make bench` on {time.strftime('%Y-%m-%d')} (`benchmarks/bench_web.py`): `onrecord serve` ({processes}"
        f"{pinned}) over the sample news ({quotes:,} quotes, SQLite), {args.clients} concurrent connections from"
        f" {client} (keep-alive) in another process, {args.seconds:g} s each, loopback, Python"
        f" {platform.python_version()}, {os.cpu_count()} cores shared by both; onrecord from"
        f" `{Path(onrecord.__file__).parent}`.",
        "",
        "| requests | requests/s | p50 | p95 | failed |",
        "|---|---:|---:|---:|---:|",
        *(f"| {name} | {r[0]:,.0f} | {r[1]:.1f} ms | {r[2]:.1f} ms | {r[3]} |" for name, r in rows),
        "",
        f"Search throughput is **{search[0] / static[0]:.2f}×** and the front page's **{front[0] / static[0]:.2f}×**"
        " that of serving a static file in the same run.",
        "",
    ]


if __name__ == "__main__":
    main()
