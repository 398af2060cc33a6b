"""Throughput of onrecord on Russian news against bare Natasha, in one run.

Both passes use the same models (the navec embeddings and the slovnet morphology, syntax
and NER models of the natasha wheel) over the same articles of ../shared/data/sample_news_ru.
The bare pass does what ``natasha.Doc`` does with them (``segment``, ``tag_morph``,
``parse_syntax``, ``tag_ner``), as Natasha's ``News*Tagger`` classes load them (batches of
NATASHA_BATCH_SIZE sentences, in text order): razdel's tokens and sentences of the whole text,
the taggers over its sentences, NER over its text. The natasha package itself cannot be
imported on Python >= 3.11 (its pymorphy2 fails), so its four calls are made on slovnet directly. onrecord's pass is ``process_batch``: the same work plus lemmas,
tree repair, the spaCy ``Doc``, the quote rules and the speakers. Passes alternate, and the
best round of each is kept. Time is the process's CPU time, numerical libraries on one thread
(as in onrecord's workers): the machine is shared, and wall-clock time measured the other
processes as much as these passes. Results go to a section of docs/benchmarks.md.
Not a test: speed is never asserted.
"""
from __future__ import annotations

import os

# One numerical thread, as a worker process has (onrecord.scale.pool.ONE_THREAD), set before numpy loads.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[_name] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from razdel import sentenize, tokenize  # noqa: E402
from report import peak_mb, publish  # noqa: E402  (benchmarks/report.py)

from onrecord.nlp.ru.models import load_news_models, models_version  # noqa: E402
from onrecord.pipeline import process_batch  # noqa: E402
from onrecord.records import Article  # noqa: E402
from onrecord.settings import Settings  # noqa: E402


def load_articles(path: Path, limit: int) -> list[Article]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out.append(Article(text=rec["text"], id=rec["id"], origin=rec["id"], meta={"lang": "ru"}))
            if len(out) >= limit:
                break
    return out


#: slovnet's default batch, which Natasha's taggers keep (``SlovnetMorph.load(path)``).
NATASHA_BATCH_SIZE = 8


def bare_natasha(texts: list[str]) -> None:
    """segment + morphology + syntax + NER, as natasha.Doc runs them."""
    models = load_news_models(NATASHA_BATCH_SIZE)
    for text in texts:
        tokens = list(tokenize(text))
        sents = []
        at = 0
        for sent in sentenize(text):
            words = []
            while at < len(tokens) and tokens[at].start < sent.stop:
                words.append(tokens[at].text)
                at += 1
            if words:
                sents.append(words)
        for _ in models.morph.map(sents):
            pass
        for _ in models.syntax.map(sents):
            pass
        models.ner(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=4, help="alternating rounds; the best of each is kept")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    settings = Settings.load()
    articles = load_articles(args.data, args.articles)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    process_batch(articles[:10], settings)  # warm-up: models, lexicons, caches
    bare_natasha(texts[:10])
    bare: list[float] = []
    ours: list[float] = []
    quotes = 0
    for _ in range(args.rounds):
        t0 = time.process_time()
        bare_natasha(texts)
        bare.append(time.process_time() - t0)
        t0 = time.process_time()
        results = process_batch(articles, settings)
        ours.append(time.process_time() - t0)
        quotes = sum(len(r.quotes) for r in results)
    a, b = min(bare), min(ours)
    lines = [
        "## Russian",
        "",
        f"`make bench` on {time.strftime('%Y-%m-%d')}: {len(texts)} articles of ../shared/data/sample_news_ru "
        f"({words:,} words), best of {args.rounds} alternating rounds, one process and one numerical thread, "
        f"CPU time; natasha {models_version()} models (navec news v1, slovnet morph/syntax/NER news v1).",
        "",
        "| pass | words/s | articles/s | ratio to (a) |",
        "|---|---:|---:|---:|",
        f"| (a) bare Natasha (razdel segment, slovnet morphology + syntax + NER) | {words / a:,.0f} | "
        f"{len(texts) / a:,.1f} | |",
        f"| onrecord extract (rules) | {words / b:,.0f} | {len(texts) / b:,.1f} | **{a / b:.3f}** |",
        "",
        f"- quotes found: {quotes:,} ({quotes / len(texts):.2f} per article)",
        f"- peak memory (max RSS of the process): {peak_mb():,.0f} MB",
        "",
    ]
    publish(lines, args.out, section="russian")


if __name__ == "__main__":
    main()
