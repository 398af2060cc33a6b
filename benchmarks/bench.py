"""Throughput of onrecord's full extraction, each engine, against bare ``nlp.pipe``, in one run.

Every pass uses the same loaded pipeline and batch size over the same
articles of ../shared/data/news_bulk; the bare pass runs the model's own
components only (onrecord's sentence hints disabled), so each engine's ratio
to it isolates everything onrecord adds to the parse: the rules, and for the
model and hybrid engines the learned quote model too. Passes alternate, and
the best round of each is kept. Results go to docs/benchmarks.md.
Not a test: speed is never asserted.
"""
from __future__ import annotations

import argparse
import gzip
import json
import platform
import sys
import time
from pathlib import Path

import spacy
from report import peak_mb, publish  # benchmarks/report.py

import onrecord
from onrecord.nlp.parser import load_parser
from onrecord.nlp.sentences import COMPONENT as SENTENCE_HINTS
from onrecord.pipeline import process_batch
from onrecord.records import Article
from onrecord.settings import CHOICES, Settings


def load_articles(path: Path, limit: int) -> list[Article]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out.append(Article(text=rec["text"], id=rec["id"], origin=rec["id"]))
            if len(out) >= limit:
                break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=2, help="alternating rounds; the best of each is kept")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"bench: {args.data} is absent (it lives in ../shared/data/news_bulk)")
    settings = Settings.load()
    articles = load_articles(args.data, args.articles)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    nlp = load_parser(settings.model)
    engines = {name: settings.updated(engine=name) for name in CHOICES["engine"]}
    for engine_settings in engines.values():
        process_batch(articles[:20], engine_settings)  # warm-up: models, lexicon, caches

    bare: list[float] = []
    took: dict[str, list[float]] = {name: [] for name in engines}
    quotes: dict[str, int] = {}
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        with nlp.select_pipes(disable=[SENTENCE_HINTS]):  # the model's own components only
            for _doc in nlp.pipe(texts, batch_size=settings.batch_size):
                pass
        bare.append(time.perf_counter() - t0)
        for name, engine_settings in engines.items():
            t0 = time.perf_counter()
            results = process_batch(articles, engine_settings)
            took[name].append(time.perf_counter() - t0)
            quotes[name] = sum(len(r.quotes) for r in results)
    a = min(bare)
    best = {name: min(times) for name, times in took.items()}
    meta = nlp.meta
    rows = [
        (f"(a) bare nlp.pipe ({', '.join(p for p in nlp.pipe_names if p != SENTENCE_HINTS)})",
         words / a, len(texts) / a, ""),
        *[(f"onrecord extract, engine {name}", words / b, len(texts) / b, f"**{a / b:.3f}**")
          for name, b in best.items()],
    ]
    lines = [
        "# Benchmarks",
        "",
        f"`make bench` on {time.strftime('%Y-%m-%d')}: {len(texts)} press releases of "
        f"../shared/data/news_bulk ({words:,} words), batch size {settings.batch_size}, "
        f"best of {args.rounds} alternating rounds, one process.",
        "",
        f"- machine: {platform.machine()}, {platform.processor() or '?'}, "
        f"{__import__('os').cpu_count()} cores; Python {platform.python_version()}",
        f"- onrecord {onrecord.__version__}, spaCy {spacy.__version__}, "
        f"model {meta.get('lang')}_{meta.get('name')} {meta.get('version')} ({', '.join(nlp.pipe_names)})",
        "",
        "| pass | words/s | articles/s | ratio to (a) |",
        "|---|---:|---:|---:|",
        *[f"| {name} | {w:,.0f} | {n:,.1f} | {ratio} |" for name, w, n, ratio in rows],
        "",
        "- quotes found: " + ", ".join(f"{name} {n:,} ({n / len(texts):.1f} per article)" for name, n in quotes.items()),
        f"- peak memory (max RSS of the process): {peak_mb():,.0f} MB",
        "",
    ]
    publish(lines, args.out)


if __name__ == "__main__":
    main()
