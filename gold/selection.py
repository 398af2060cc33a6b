"""Which Wikinews articles the English gold set holds, by the fixed rule of docs/annotation.md.

Order the sample articles by the SHA-256 hex digest of their id, keep those of
1,000 to 6,000 characters, take the first 40; odd places are the dev half, even
places the test half. Prints ``dev|test <tab> id``, one per line.

    python gold/selection.py ../shared/data/sample_news/articles.jsonl
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

SIZE = 40
MIN_CHARS, MAX_CHARS = 1_000, 6_000


def selected(path: Path) -> list[tuple[str, dict]]:
    """(half, article) for each chosen article, in the rule's order."""
    with path.open(encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh if line.strip()]
    ordered = sorted(articles, key=lambda a: hashlib.sha256(a["id"].encode("utf-8")).hexdigest())
    chosen = [a for a in ordered if MIN_CHARS <= len(a["text"]) <= MAX_CHARS][:SIZE]
    return [("dev" if n % 2 == 0 else "test", a) for n, a in enumerate(chosen)]


if __name__ == "__main__":
    for half, article in selected(Path(sys.argv[1])):
        print(f"{half}\t{article['id']}")
