"""Store benchmarks: quotes written per second, search latency at 1M quotes, ingest end to end.

1. write: synthetic articles with 10 quotes each through ``SQLiteStore.save_article``
   (speaker identity, clusters, FTS included), quotes/s;
2. search: the database is filled to ``--search-quotes`` synthetic quotes (bulk SQL,
   so the fill is fast) whose words follow a Zipf distribution over 20,000 words, as
   news text does, spread over 150 speakers, 7 outlets, 16 years and the statement kinds;
   then ``--queries`` searches of one to three content words (not the 100 commonest)
   taken from a random stored quote, so every search has hits; p50 and p95 in ms, of the
   plain search (the top 20 ranked) and, in the same run and on the same queries, of the
   search with the total and the five facets (speaker, outlet, type, kind, month) that a
   search page shows (issue 18's target: at most twice the plain search's p95);
3. ingest: ``onrecord ingest`` of news_bulk press releases end to end (read, parse,
   extract, store), articles/s.

With ``--postgres ADMIN_URL`` (``.ci/postgres`` starts a throwaway server) the write and
search measures are repeated on PostgreSQL, in a temporary database dropped afterwards.

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
from collections.abc import Iterator
from itertools import accumulate
from pathlib import Path

from report import publish  # benchmarks/report.py

import onrecord
from onrecord.records import Article, Provenance, Quote, Span, Speaker
from onrecord.service import IngestReport, Tracker
from onrecord.store import QuoteFilter, SQLStore, open_store
from onrecord.store.facets import FACETS
from onrecord.store.postgres import scratch_database

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


def bench_write(url: str, articles: int) -> float:
    rng = random.Random(7)
    prov = Provenance(onrecord.__version__, "synthetic", "none", "0")
    store = open_store(url)
    items = [synthetic_article(rng, n, prov) for n in range(articles)]
    t0 = time.perf_counter()
    for n, (art, quotes) in enumerate(items):
        store.save_article(f"synthetic:{n}", art, quotes, "bench", art.meta["date"])
    took = time.perf_counter() - t0
    store.close()
    return articles * 10 / took


#: How often each statement kind occurs in the fill: mostly claims, as in news.
KIND_WEIGHTS = {"claim": 80, "denial": 4, "accusation": 3, "warning": 3, "promise": 2, "prediction": 3,
                "question": 2, "confirmation": 2, "refusal": 1}


def fill_rows(first: int, last: int, article: int, speakers: dict[str, int]) -> Iterator[tuple]:
    """Synthetic quote rows ``first``..``last - 1`` (rowid, id, article, speaker, …, text, date, outlet, kind)."""
    rng = random.Random(11 + first)
    kinds, weights = list(KIND_WEIGHTS), list(KIND_WEIGHTS.values())
    for rowid in range(first, last):
        text = " ".join(rng.choices(VOCABULARY, cum_weights=CUM_WEIGHTS, k=rng.randint(6, 30)))
        speaker = f"{rng.choice(FIRSTS)} {rng.choice(SURNAMES)}"
        date = f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield (rowid, f"fill{rowid}", article, speakers[speaker], speaker, "person", "name", 1, "direct", text, 0,
               len(text), 0.9, 1, "fill", date, f"Outlet {rowid % 7}", rng.choices(kinds, weights)[0])


FILL_COLUMNS = ("rowid, id, article_id, speaker_id, speaker_name, speaker_kind, mention_kind, speaker_resolved,"
                " type, text, content_start, content_end, confidence, attribution_id, rule, date, outlet, kind")
FILL_BATCH = 50_000


def fill(url: str, total: int) -> None:
    """Bulk-insert synthetic quotes until the database holds ``total``."""
    store = open_store(url)
    have = store.counts()["quotes"]
    article = store._one("SELECT MIN(id) FROM articles")[0]
    start = store._one("SELECT COALESCE(MAX(rowid), 0) FROM quotes")[0] + 1
    speakers = _fill_speakers(store)
    store.close()
    stop = start + max(0, total - have)
    if url.startswith("postgresql://"):
        _fill_postgres(url, start, stop, article, speakers)
    else:
        _fill_sqlite(url, start, stop, article, speakers)


def _fill_speakers(store: SQLStore) -> dict[str, int]:
    """The fill's 150 people as stored speakers (the write measure may have stored some): name -> id."""
    with store._transaction():
        for name in (f"{first} {last}" for first in FIRSTS for last in SURNAMES):
            if not store._one("SELECT 1 FROM speakers WHERE name = ?", (name,)):
                store._cursor("INSERT INTO speakers (name, kind, key) VALUES (?, 'person', ?)",
                              (name, name.split()[-1].lower()))
    return dict(store._all("SELECT name, MIN(id) FROM speakers GROUP BY name"))


def _fill_sqlite(path: str, start: int, stop: int, article: int, speakers: dict[str, int]) -> None:
    con = sqlite3.connect(path)
    for first in range(start, stop, FILL_BATCH):
        rows = list(fill_rows(first, min(first + FILL_BATCH, stop), article, speakers))
        con.executemany(f"INSERT INTO quotes ({FILL_COLUMNS}) VALUES ({', '.join('?' * 18)})", rows)
        con.executemany("INSERT INTO quotes_fts (rowid, text, speaker, title) VALUES (?,?,?,'')",
                        [(r[0], r[9], r[4]) for r in rows])
        con.commit()
    con.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize')")
    con.commit()
    con.close()


def _fill_postgres(url: str, start: int, stop: int, article: int, speakers: dict[str, int]) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        with con.cursor().copy(f"COPY quotes ({FILL_COLUMNS}) FROM STDIN") as copy:
            for row in fill_rows(start, stop, article, speakers):
                copy.write_row(row)
        con.execute("INSERT INTO quotes_fts (rowid, doc) SELECT rowid, setweight(to_tsvector('simple', text), 'A')"
                    " || setweight(to_tsvector('simple', speaker_name), 'B') FROM quotes WHERE rowid >= %s",
                    (start,))
        con.execute("SELECT setval(pg_get_serial_sequence('quotes', 'rowid'), (SELECT MAX(rowid) FROM quotes))")
        con.execute("VACUUM ANALYZE quotes")
        con.execute("VACUUM ANALYZE quotes_fts")


def _query_from_a_stored_quote(store: SQLStore, rng: random.Random, total: int) -> str:
    """One to three content words of a random stored quote: a phrase a user remembers, so it matches."""
    row = store._one("SELECT text FROM quotes WHERE rowid >= ? ORDER BY rowid LIMIT 1", (rng.randint(1, total),))
    words = [w for w in (row[0] if row else "").split() if w not in COMMON] or ["w200"]
    return " ".join(rng.sample(words, min(len(words), rng.randint(1, 3))))


def bench_search(url: str, queries: int) -> tuple[float, float, float, float, int]:
    """p50 and p95 (ms) of plain searches, then of the same searches with their total and facets, each
    query timed both ways in turn, so that both see the same cache; and the number of quotes."""
    rng = random.Random(3)
    store = open_store(url)
    total = store.counts()["quotes"]
    through = store.last_rowid()
    plain, faceted = [], []
    for _ in range(queries):
        f = QuoteFilter(text=_query_from_a_stored_quote(store, rng, total), limit=20, through=through)
        t0 = time.perf_counter()
        store.search(f)
        t1 = time.perf_counter()
        store.page_and_facets(f, tuple(FACETS))
        plain.append((t1 - t0) * 1000)
        faceted.append((time.perf_counter() - t1) * 1000)
    store.close()
    return (*_p50_p95(plain), *_p50_p95(faceted), total)


def _p50_p95(times: list[float]) -> tuple[float, float]:
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def store_measures(url: str, args: argparse.Namespace) -> tuple[float, float, float, float, float, int]:
    qps = bench_write(url, args.write_articles)
    fill(url, args.search_quotes)
    return (qps, *bench_search(url, args.queries))


def bench_ingest(data: Path, articles: int, workdir: Path) -> tuple[float, IngestReport]:
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
    for problem in report.problems[:20]:
        print("ingest problem:", problem, file=sys.stderr)
    return report.stored / took, report



def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True, help="news_bulk press_releases.jsonl.gz")
    ap.add_argument("--write-articles", type=int, default=2000)
    ap.add_argument("--search-quotes", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=500)
    ap.add_argument("--ingest-articles", type=int, default=20_000)
    ap.add_argument("--postgres", metavar="ADMIN_URL", default=os.environ.get("ONRECORD_BENCH_POSTGRES") or None,
                    help="also measure PostgreSQL (default: $ONRECORD_BENCH_POSTGRES)")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"bench: {args.data} is absent (it lives in ../shared/data/news_bulk)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        results = {"SQLite": store_measures(str(work / "bench.db"), args)}
        if args.postgres:
            with scratch_database(args.postgres, "onrecord_bench") as url:
                results["PostgreSQL"] = store_measures(url, args)
        ingest_rate, ingested = bench_ingest(args.data, args.ingest_articles, work)
    names = list(results)
    row = lambda label, cells: f"| {label} | " + " | ".join(cells) + " |"  # noqa: E731
    lines = [
        "# Store benchmarks",
        "",
        f"`make bench` on {time.strftime('%Y-%m-%d')} (`benchmarks/bench_store.py`), one process, SQLite "
        f"{sqlite3.sqlite_version}{_postgres_version(args.postgres)}, Python {platform.python_version()},"
        f" {os.cpu_count()} cores.",
        "",
        row("measure", names),
        row("---", ["---:"] * len(names)),
        row(f"quotes written (save_article: identity, clusters, full-text index; {args.write_articles:,} articles"
            " × 10 quotes)", [f"{r[0]:,.0f} quotes/s" for r in results.values()]),
        row(f"search p50 over {results['SQLite'][5]:,} quotes ({args.queries} queries of 1-3 words, top 20 ranked)",
            [f"{r[1]:.1f} ms" for r in results.values()]),
        row("search p95", [f"{r[2]:.1f} ms" for r in results.values()]),
        row("search with total and 5 facets (speaker, outlet, type, kind, month) p50, same queries",
            [f"{r[3]:.1f} ms" for r in results.values()]),
        row("search with total and 5 facets p95", [f"{r[4]:.1f} ms" for r in results.values()]),
        row("p95 with facets ÷ plain p95 (target ≤ 2)", [f"{r[4] / r[2]:.2f}" for r in results.values()]),
        "",
        f"`ingest` end to end (read, parse, extract, store in SQLite) of {args.ingest_articles:,} news_bulk press"
        f" releases: {ingested.stored:,} stored ({ingested.copies:,} of them copies of a story already stored,"
        f" not extracted again), {len(ingested.skipped):,} skipped as not English, {len(ingested.problems):,}"
        f" problem(s), {ingested.quotes:,} quotes: **{ingest_rate:,.1f} articles stored/s**.",
        "",
    ]
    publish(lines, args.out)


def _postgres_version(admin_url: str | None) -> str:
    if not admin_url:
        return " (PostgreSQL not measured: no --postgres)"
    import psycopg

    with psycopg.connect(admin_url) as con:
        return ", PostgreSQL " + con.execute("SHOW server_version").fetchone()[0].split()[0]


if __name__ == "__main__":
    main()
