"""Precision of a statement kind on unannotated news, by hand-judged samples (issue 17).

The gold sets hold few accusations, denials, warnings and refusals, so their precision stands on
a handful of predictions. This draws larger samples from news nobody annotated, for a person to
judge against docs/annotation.md ("Statement kinds"), and scores the judgements:

* ``corpus OUT.jsonl``: the unannotated corpus, fixed: the English sample news and 2,500 press
  releases drawn with seed 17, leaving out every article of a gold set (en, en-more, press; both
  halves: gold/selection.py decides which, so no gold article is ever read here).
* ``draw CORPUS PRED KIND N SEED [--exclude FILE]``: after ``onrecord extract CORPUS --jsonl``
  into PRED, a fixed random sample of N statement pieces predicted KIND (pieces, as the gold
  scorers count them), printed with the whole statement's signal, the phrase that fired and a
  context to judge from; ``--exclude VERDICTS.jsonl`` leaves out the pieces an earlier sample judged.
* ``score VERDICTS.jsonl [--pred PRED]``: precision of each sample in a verdicts file (one judged
  piece per line: ``sample``, ``kind``, ``id``, ``content``, ``verdict``; see
  benchmarks/kind_samples/), with its Wilson 95% interval, per piece and per statement; with
  ``--pred``, also among the judged pieces that a later run (PRED) still gives that kind: biased
  upwards when the rules were changed after reading that sample, so a fresh sample measures them.

Not a test: it reports, it asserts nothing.
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
NEWS = SHARED / "sample_news" / "articles.jsonl"
PRESS = SHARED / "news_bulk" / "press_releases.jsonl.gz"
PRESS_SAMPLE, PRESS_SEED = 2500, 17
GOLD_SETS = ((NEWS, "en"), (NEWS, "en-more"), (PRESS, "press"))


def _read(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_ids() -> set[str]:
    """Every article id of the gold sets, as gold/selection.py chooses them (both halves)."""
    ids: set[str] = set()
    for corpus, gold_set in GOLD_SETS:
        out = subprocess.run([sys.executable, str(ROOT / "gold" / "selection.py"), str(corpus), "--set", gold_set],
                             check=True, capture_output=True, text=True).stdout
        ids.update(line.split("\t")[1] for line in out.splitlines() if "\t" in line)
    return ids


def corpus(out: Path) -> None:
    left_out = gold_ids()
    news = [a for a in _read(NEWS) if a["id"] not in left_out]
    press = random.Random(PRESS_SEED).sample([a for a in _read(PRESS) if a["id"] not in left_out], PRESS_SAMPLE)
    with out.open("w", encoding="utf-8") as fh:
        for article in news + press:
            fh.write(json.dumps({**article, "lang": "en"}) + "\n")
    print(f"{len(news)} news articles and {len(press)} press releases, none of the {len(left_out)} gold articles")


def key(doc_id: str, content: list[int]) -> str:
    return f"{doc_id}:{content[0]}-{content[1]}"


def draw(corpus_path: Path, pred: Path, kind: str, n: int, seed: int, exclude: Path | None) -> None:
    from onrecord.quotes.kinds import _patterns, read_kind, words

    texts = {a["id"]: a["text"] for a in _read(corpus_path)}
    skip = {key(row["id"], row["content"]) for row in map(json.loads, exclude.open()) if row["kind"] == kind} \
        if exclude else set()
    items, statements = [], defaultdict(list)
    for doc in _read(pred):
        for q in doc["quotes"]:
            statements[(doc["id"], q["attribution_id"])].append(q)
            if q["kind"] == kind and key(doc["id"], q["content"]) not in skip:
                items.append((key(doc["id"], q["content"]), doc["id"], q))
    items.sort(key=lambda item: item[0])
    sample = random.Random(seed).sample(items, min(n, len(items)))
    print(f"# {len(items)} pieces predicted {kind}; {len(sample)} drawn with seed {seed}", file=sys.stderr)
    pattern = _patterns().get(kind)
    for number, (k, doc_id, q) in enumerate(sample, 1):
        text = texts[doc_id]
        pieces = statements[(doc_id, q["attribution_id"])]
        cue = text[q["cue"][0]:q["cue"][1]] if q["cue"] else ""
        content = " ".join(text[p["content"][0]:p["content"][1]] for p in pieces)
        reading = read_kind(cue, content, pieces[0]["type"])
        fired = pattern.search(" ".join(words(content))) if pattern else None
        start, end = q["content"]
        print(json.dumps({"n": number, "key": k, "statement": q["attribution_id"], "pieces": len(pieces),
                          "rule": q["rule"], "signal": reading.signal, "phrase": fired.group(0) if fired else None,
                          "speaker": q["speaker"], "cue": cue, "piece": text[start:end],
                          "context": text[max(0, start - 300):end + 150]}, ensure_ascii=False))


def wilson(right: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a proportion: sound for small samples and shares near 1."""
    if n == 0:
        return 0.0, 1.0
    p = right / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def kinds_of(pred: Path) -> dict[str, str]:
    return {key(doc["id"], q["content"]): q["kind"] for doc in _read(pred) for q in doc["quotes"]}


def score(verdicts: Path, pred: Path | None) -> None:
    later = kinds_of(pred) if pred else None
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for line in verdicts.open(encoding="utf-8"):
        if line.strip():
            row = json.loads(line)
            groups[(row["sample"], row["kind"])].append(row)
    for (sample, kind), rows in sorted(groups.items()):
        right = sum(r["verdict"] == kind for r in rows)
        low, high = wilson(right, len(rows))
        by_statement = {(r["id"], r["statement"]): r["verdict"] == kind for r in rows}
        s_right = sum(by_statement.values())
        s_low, s_high = wilson(s_right, len(by_statement))
        print(f"{sample:<28} {kind:<11} pieces {right}/{len(rows)} = {right / len(rows):.3f} [{low:.3f}, {high:.3f}]"
              f"   statements {s_right}/{len(by_statement)} = {s_right / len(by_statement):.3f}"
              f" [{s_low:.3f}, {s_high:.3f}]")
        if later is not None:
            kept = [r for r in rows if later.get(key(r["id"], r["content"])) == kind]
            k_right = sum(r["verdict"] == kind for r in kept)
            k_low, k_high = wilson(k_right, len(kept))
            print(f"{'':<28} {'':<11} still {kind} in {pred.name}: {k_right}/{len(kept)} = "
                  f"{k_right / max(1, len(kept)):.3f} [{k_low:.3f}, {k_high:.3f}]; right ones no longer {kind}: {right - k_right}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("corpus").add_argument("out", type=Path)
    d = sub.add_parser("draw")
    for name in ("corpus_path", "pred"):
        d.add_argument(name, type=Path)
    d.add_argument("kind")
    d.add_argument("n", type=int)
    d.add_argument("seed", type=int)
    d.add_argument("--exclude", type=Path)
    sc = sub.add_parser("score")
    sc.add_argument("verdicts", type=Path)
    sc.add_argument("--pred", type=Path)
    args = parser.parse_args()
    if args.command == "corpus":
        corpus(args.out)
    elif args.command == "draw":
        draw(args.corpus_path, args.pred, args.kind, args.n, args.seed, args.exclude)
    else:
        score(args.verdicts, args.pred)


if __name__ == "__main__":
    main()
