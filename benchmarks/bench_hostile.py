"""Time and memory of extraction on hostile inputs at 1×, 4× and 16× a base size, beside ordinary prose.

Issue 15 found runs of punctuation quadratic (4k ``"`` took 2.3 s, 8k 8.6 s,
50k never finished) and a 1-million-character article taking 3.4 GB. This
measures each case at three sizes in a child process of its own (the spaCy
pipeline loaded once, then each size in turn), so a case that has gone
quadratic is cut off at ``--timeout`` seconds and reported as such instead of
stalling the run. Growth from one size to the next is ~4 for linear time; the
prose case (sample news texts run together) is the peer. Not a test: speed is
never asserted. Results go to docs/benchmarks_hostile.md (``--out``).

Point it at another source tree with PYTHONPATH to measure before and after a
change in the same run of the machine.
"""
from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from pathlib import Path

from report import publish  # benchmarks/report.py

#: Each case: how to make a text of about ``n`` characters (prose is filled in by the child).
CASES = {
    "prose (peer)": "prose",
    'straight quotes """': '"',
    "curly quotes “““": "“",
    "guillemets «««": "«",
    "exclamation marks !!!": "!",
    "parentheses (((": "(",
    "apostrophes '''": "'",
    "ellipses …": "…",
    "dollar signs $$$": "$",
}

CHILD = r"""
import json, resource, sys, time
import onrecord
char, sizes, prose_path = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
onrecord.extract('"We are ready," Ann Lee said.')  # load the pipeline before timing
if char == "prose":
    texts = [json.loads(line)["text"] for line in open(prose_path, encoding="utf-8")]
    pool = "\n\n".join(texts)
    while len(pool) < max(sizes):
        pool += "\n\n" + pool
for n in sizes:
    text = pool[:n] if char == "prose" else char * n
    start = time.perf_counter()
    quotes = onrecord.extract(text)
    took = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"n": n, "seconds": took, "quotes": len(quotes), "peak_mb": peak}), flush=True)
"""


def run_case(char: str, sizes: list[int], prose: Path, timeout: float) -> list[dict]:
    """The timings the child finished within ``timeout`` seconds (it is killed after that)."""
    proc = subprocess.Popen([sys.executable, "-c", CHILD, char, json.dumps(sizes), str(prose)],
                            stdout=subprocess.PIPE, text=True)
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def cell(done: dict[int, dict], n: int, timeout: float) -> str:
    return f"{done[n]['seconds']:.2f}" if n in done else f"> {timeout:g} (cut off)"


def growth(done: dict[int, dict], a: int, b: int) -> str:
    if a in done and b in done and done[a]["seconds"] > 0:
        return f"{done[b]['seconds'] / done[a]['seconds']:.1f}"
    return "–"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--prose", type=Path, required=True, help="sample_news/articles.jsonl")
    ap.add_argument("--base", type=int, default=4000, help="characters at 1x")
    ap.add_argument("--timeout", type=float, default=120, help="seconds per case, all sizes")
    ap.add_argument("--label", default="", help="what tree was measured, for the heading")
    ap.add_argument("--section", help="write as this section of --out (before and after on one page)")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    sizes = [args.base, 4 * args.base, 16 * args.base]
    rows = []
    for name, char in CASES.items():
        started = time.perf_counter()
        done = {r["n"]: r for r in run_case(char, sizes, args.prose, args.timeout)}
        peak = max((r["peak_mb"] for r in done.values()), default=float("nan"))
        rows.append(f"| {name} | " + " | ".join(cell(done, n, args.timeout) for n in sizes)
                    + f" | {growth(done, sizes[0], sizes[1])} | {growth(done, sizes[1], sizes[2])} | {peak:,.0f} |")
        print(f"{name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    lines = [
        f"## Hostile inputs{': ' + args.label if args.label else ''}",
        "",
        f"`benchmarks/bench_hostile.py` on {time.strftime('%Y-%m-%d')}: `onrecord.extract` on each text, "
        f"sizes {', '.join(f'{n:,}' for n in sizes)} characters, one child process per case cut off after "
        f"{args.timeout:g} s; Python {platform.python_version()}. Growth ≈ 4 is linear.",
        "",
        "| case | " + " | ".join(f"{n:,} chars (s)" for n in sizes) + " | growth 4x | growth 16x | peak MB |",
        "|---|" + "---:|" * (len(sizes) + 3),
        *rows,
        "",
    ]
    publish(lines, args.out, args.section)


if __name__ == "__main__":
    main()
