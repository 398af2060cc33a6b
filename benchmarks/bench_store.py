"""Store benchmarks: quotes written per second, search latency at 1M quotes, ingest end to end.

1. write: synthetic articles with 10 quotes each through ``SQLiteStore.save_article``
   (speaker identity, clusters, FTS included), quotes/s;
2. search: the database is filled to ``--search-quotes`` synthetic quotes (bulk SQL,
   so the fill is fast) whose words follow a Zipf distribution over 20,000 words, as
   news text does; then ``--queries`` searches of one to three content words (not the
   100 commonest) taken from a random stored quote, so every search has hits; p50 and
   p95 in ms;
3. ingest: ``onrecord ingest`` of news_bulk press releases end to end (read, parse,
   extract, store), articles/s.

Not a test: speed is never asserted. Results go to docs/benchmarks_store.md.
"""
from __future__ import annotations

import argparse
import gzip
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from itertools import accumulate
from pathlib import Path

import onrecord
from onrecord.model import Article, Provenance, Quote, Span, Speaker
from onrecord.service import Tracker
from onrecord.store import QuoteFilter, SQLiteStore

#: A Zipf-distributed vocabulary, as word frequencies in news are (rank r has weight 1/r).
VOCABULARY = [f"w{r}" for r in range(1, 20_001)]
CUM_WEIGHTS = list(accumulate(1 / r for r in range(1, 20_001)))
#: Users search with content words, not the commonest ones.
COMMON = frozenset(VOCABULARY[:100])
SURNAMES = "Berg Lind Holm Sand Dahl Ek Falk Lund Nyberg Strand Wall Ström Björk Sjö Alm".split()
FIRSTS = "Anna Tomas Maria Erik Karin Johan Eva Lars Sara Nils".split()


def synthetic_article(rng: random.Random, n: int, prov: Provenance) -> tuple[Article, tuple[Quote, ...]]:
    sentences, quotes, pos = [], [], 0
    for k in range(10):
        words = " ".join(rng.choices(VOCABULARY, cum_weights=CUM_WEIGHTS, k=rng.randint(6, 18)))
        person = f"{rng.choice(FIRSTS)} {rng.choice(SURNAMES)}"
        sentence = f"“The {words},” {person} said. "
        quotes.append(Quote(Span(pos, pos + len(words) + 7), "direct", Span(pos + len(words) + 9,
                            pos + len(words) + 9 + len(person)), None, Speaker(person, "name", True), 0.9,
                            k + 1, "synthetic", prov))
        sentences.append(sentence)
        pos += len(sentence)
    art = Article("".join(sentences), f"s{n}", "synthetic",
                  {"date": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}", "outlet": f"Outlet {n % 7}",
                   "title": f"Synthetic {n}"})
    return art, tuple(quotes)


def bench_write(db: Path, articles: int) -> float:
    rng = random.Random(7)
    prov = Provenance(onrecord.__version__, "synthetic", "none", "0")
    store = SQLiteStore(db)
    items = [synthetic_article(rng, n, prov) for n in range(articles)]
    t0 = time.perf_counter()
    for n, (art, quotes) in enumerate(items):
        store.save_article(f"synthetic:{n}", art, quotes, "bench", art.meta["date"])
    took = time.perf_counter() - t0
    store.close()
    return articles * 10 / took


def fill(db: Path, total: int) -> None:
    """Bulk-insert synthetic quotes until the database holds ``total``."""
    con = sqlite3.connect(db)
    have = con.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
    article = con.execute("SELECT id FROM articles LIMIT 1").fetchone()[0]
    rng = random.Random(11)
    start = con.execute("SELECT COALESCE(MAX(rowid), 0) FROM quotes").fetchone()[0] + 1
    batch = 50_000
    for first in range(start, start + max(0, total - have), batch):
        rows, fts = [], []
        for rowid in range(first, min(first + batch, start + total - have)):
            text = " ".join(rng.choices(VOCABULARY, cum_weights=CUM_WEIGHTS, k=rng.randint(6, 30)))
            speaker = f"{rng.choice(FIRSTS)} {rng.choice(SURNAMES)}"
            date = f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            rows.append((rowid, f"fill{rowid}", article, speaker, "person", "name", 1, "direct", text, 0,
                         len(text), 0.9, 1, "fill", date, f"Outlet {rowid % 7}"))
            fts.append((rowid, text, speaker, ""))
        con.executemany("INSERT INTO quotes (rowid, id, article_id, speaker_name, speaker_kind, mention_kind,"
                        " speaker_resolved, type, text, content_start, content_end, confidence, attribution_id,"
                        " rule, date, outlet) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        con.executemany("INSERT INTO quotes_fts (rowid, text, speaker, title) VALUES (?,?,?,?)", fts)
        con.commit()
    con.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize')")
    con.commit()
    con.close()


def _query_from_a_stored_quote(store: SQLiteStore, rng: random.Random, total: int) -> str:
    """One to three content words of a random stored quote: a phrase a user remembers, so it matches."""
    row = store.db.execute("SELECT text FROM quotes WHERE rowid >= ? ORDER BY rowid LIMIT 1",
                           (rng.randint(1, total),)).fetchone()
    words = [w for w in (row[0] if row else "").split() if w not in COMMON] or ["w200"]
    return " ".join(rng.sample(words, min(len(words), rng.randint(1, 3))))


def bench_search(db: Path, queries: int) -> tuple[float, float, int]:
    rng = random.Random(3)
    store = SQLiteStore(db)
    total = store.counts()["quotes"]
    times = []
    for _ in range(queries):
        text = _query_from_a_stored_quote(store, rng, total)
        t0 = time.perf_counter()
        store.search(QuoteFilter(text=text, limit=20))
        times.append((time.perf_counter() - t0) * 1000)
    store.close()
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], total


def bench_ingest(data: Path, articles: int, workdir: Path) -> tuple[float, int, int]:
    path = workdir / "bulk.jsonl"
    with gzip.open(data, "rt", encoding="utf-8") as src, path.open("w", encoding="utf-8") as out:
        for n, line in enumerate(src):
            if n >= articles:
                break
            out.write(line)
    with Tracker(workdir / "ingest.db") as t:
        t0 = time.perf_counter()
        report = t.ingest([str(path)])
        took = time.perf_counter() - t0
    for problem in report.problems[:5]:
        print("ingest problem:", problem, file=sys.stderr)
    return report.stored / took, report.stored, report.quotes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True, help="news_bulk press_releases.jsonl.gz")
    ap.add_argument("--write-articles", type=int, default=2000)
    ap.add_argument("--search-quotes", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=500)
    ap.add_argument("--ingest-articles", type=int, default=20_000)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"bench: {args.data} is absent (it lives in ../shared/data/news_bulk)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        qps = bench_write(work / "bench.db", args.write_articles)
        fill(work / "bench.db", args.search_quotes)
        p50, p95, total = bench_search(work / "bench.db", args.queries)
        ingest_rate, stored, quotes = bench_ingest(args.data, args.ingest_articles, work)
    lines = [
        "# Store benchmarks",
        "",
        f"`make bench` on {time.strftime('%Y-%m-%d')} (`benchmarks/bench_store.py`), one process, SQLite "
        f"{sqlite3.sqlite_version}, Python {platform.python_version()}, {os.cpu_count()} cores.",
        "",
        "| measure | result |",
        "|---|---:|",
        f"| quotes written (save_article: identity, clusters, FTS; {args.write_articles:,} articles × 10 quotes)"
        f" | {qps:,.0f} quotes/s |",
        f"| search p50 over {total:,} quotes ({args.queries} queries of 1-3 words, top 20 by bm25) | {p50:.1f} ms |",
        f"| search p95 | {p95:.1f} ms |",
        f"| `ingest` end to end, {stored:,} news_bulk press releases ({quotes:,} quotes) | {ingest_rate:,.1f} articles/s |",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
