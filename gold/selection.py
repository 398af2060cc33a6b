"""Which articles each gold set holds, by the fixed rules of docs/annotation.md.

Every set orders its corpus by the SHA-256 hex digest of the article id and keeps
articles within a length window, so the choice depends on nothing an annotator
or the system could see. Then:

- ``en`` (English Wikinews, 1,000–6,000 characters): the first 40; odd places
  are the dev half, even places the test half.
- ``press`` (US congressional press releases, public domain, 1,000–4,000
  characters): the supplement for the scarce statement kinds. For each kind in
  ``PRESS_QUOTAS`` in turn, the first releases not chosen yet whose text matches
  that kind's keyword pattern, alternating dev and test within the kind.
- ``ru`` (Russian Wikinews, 1,000–5,000 characters): the first 24; odd places
  dev, even places test.
- ``en-more`` and ``ru-more``: the next 20 English (places 41–60) and the next 16
  Russian (places 25–40) in the same order, all dev. They add material to find
  errors in without touching the test halves, which stay as they were scored.

Prints ``dev|test <tab> id``, one per line:

    python gold/selection.py ../shared/data/news_bulk/press_releases.jsonl.gz --set press
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
from pathlib import Path

# The keyword patterns only choose which releases are read; every statement in a chosen
# release is annotated, whatever its kind (docs/annotation.md, "The press-release supplement").
PRESS_PATTERNS = {
    "refusal": r"\b(declin\w*|refus\w*) to (comment|say|answer|respond|disclose|provide|explain|testify|release)"
               r"|\b(has|have|had) not (yet )?(responded|answered|commented)|did not (respond|answer|reply)|no comment",
    "denial": r"\bden(y|ied|ies)\b",
    "accusation": r"\baccus(e|ed|es|ing)\b",
    "warning": r"\bwarn(ed|s|ing)?\b",
}
PRESS_QUOTAS = {"refusal": 20, "denial": 12, "accusation": 8, "warning": 12}
WINDOWS = {"en": (1_000, 6_000), "press": (1_000, 4_000), "ru": (1_000, 5_000)}
SIZES = {"en": 40, "ru": 24}
# A "-more" set continues its base set's order after the base set's articles; all dev.
MORE = {"en-more": ("en", 20), "ru-more": ("ru", 16)}
WINDOWS.update({name: WINDOWS[base] for name, (base, _) in MORE.items()})


def _articles(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _in_order(path: Path, gold_set: str) -> list[dict]:
    low, high = WINDOWS[gold_set]
    ordered = sorted(_articles(path), key=lambda a: hashlib.sha256(a["id"].encode("utf-8")).hexdigest())
    return [a for a in ordered if low <= len(a["text"]) <= high]


def _halves(articles: list[dict]) -> list[tuple[str, dict]]:
    return [("dev" if n % 2 == 0 else "test", a) for n, a in enumerate(articles)]


def selected(path: Path, gold_set: str = "en") -> list[tuple[str, dict]]:
    """(half, article) for each chosen article of ``gold_set``, in the rule's order."""
    candidates = _in_order(path, gold_set)
    if gold_set in MORE:
        base, extra = MORE[gold_set]
        return [("dev", a) for a in candidates[SIZES[base]:SIZES[base] + extra]]
    if gold_set != "press":
        return _halves(candidates[:SIZES[gold_set]])
    chosen: list[tuple[str, dict]] = []
    taken: set[str] = set()
    for kind, quota in PRESS_QUOTAS.items():
        pattern = re.compile(PRESS_PATTERNS[kind], re.IGNORECASE)
        matching = [a for a in candidates if a["id"] not in taken and pattern.search(a["text"])][:quota]
        taken.update(a["id"] for a in matching)
        chosen.extend(_halves(matching))
    return chosen


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--set", dest="gold_set", choices=sorted(WINDOWS), default="en")
    args = ap.parse_args()
    for half, article in selected(args.corpus, args.gold_set):
        print(f"{half}\t{article['id']}")
