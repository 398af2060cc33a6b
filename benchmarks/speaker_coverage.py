"""Which stored statements have no canonical speaker, and why (issue 16).

Reads a store filled by ``onrecord ingest`` (SQLite file) and sorts every quote
whose ``speaker_id`` is NULL into one bucket, first that fits:

* pronoun        the source is a pronoun ("They", "it", "I");
* fragment       the source is cut inside a word ("study co" of "study co-author");
* surname        a capitalised name, not a common noun, that the article gives in full elsewhere
                 ("Trump" beside "Donald Trump"; a common noun is a word the sample also writes in lower case);
* no source      no source mention at all (a floating quote no attribution reached);
* named owner    a description owned by a name ("Huber's longtime tag team partner", "CNN's projections");
* generic source a common noun phrase ("officials", "police", "a spokesperson", "the study");
* other          anything else (a capitalised word the article never gives in full, ...).

Usage: ``python benchmarks/speaker_coverage.py DB.sqlite [--examples N]``.
Not a test: it reports, it asserts nothing.
"""
from __future__ import annotations

import argparse
import re
import sqlite3
from collections import Counter, defaultdict

PRONOUNS = frozenset(
    "i me my we us our you he him his she her it its they them their this that these those which who whom "
    "some someone somebody everyone everybody anyone one none itself himself herself themselves ours".split())
BUCKETS = ("generic source", "pronoun", "surname", "fragment", "named owner", "no source", "other")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_OWNER = re.compile(r"\b[A-Z][\w.&-]*(?:'s|’s|')\s")


def bucket(name: str | None, mention_kind: str, text: str, start: int | None, end: int | None,
           common: frozenset[str] = frozenset()) -> str:
    """The bucket of one speakerless quote (see the module docstring for the order); ``common``:
    the words the sample writes in lower case somewhere, which tell "Police" from "Blankenship"."""
    surface = text[start:end] if start is not None and end is not None else (name or "")
    surface = surface.strip()
    if not surface:
        return "no source"
    if mention_kind == "pronoun" or surface.lower() in PRONOUNS:
        return "pronoun"
    if start is not None and end is not None and _cut_inside_word(text, start, end):
        return "fragment"
    words = surface.split()
    if all(w[:1].isupper() for w in words) and len(words) <= 2 and words[-1].lower() not in common \
            and _given_in_full(text, surface):
        return "surname"
    if _OWNER.search(surface + " "):
        return "named owner"
    if words[-1][:1].islower() or words[-1].lower() in common:
        return "generic source"
    return "other"


def _cut_inside_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    joined_after = after in "-‐" and end + 1 < len(text) and text[end + 1].isalpha()
    return before.isalnum() or after.isalnum() or joined_after


def _given_in_full(text: str, surname: str) -> bool:
    """The article names someone "<Capitalised words> <surname>" somewhere."""
    return re.search(rf"\b[A-Z][\w.'-]*\s+{re.escape(surname)}\b", text) is not None


def report(db: str, examples: int) -> None:
    con = sqlite3.connect(db)
    total, unnamed = con.execute("SELECT COUNT(*), SUM(speaker_id IS NULL) FROM quotes").fetchone()
    rows = con.execute("SELECT q.speaker_name, q.mention_kind, a.text, q.source_start, q.source_end"
                       " FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id IS NULL").fetchall()
    common = frozenset(w for (t,) in con.execute("SELECT text FROM articles") for w in _LOWER_WORD.findall(t))
    counts: Counter[str] = Counter()
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for name, kind, text, start, end in rows:
        b = bucket(name, kind, text, start, end, common)
        counts[b] += 1
        seen[b][text[start:end] if start is not None else str(name)] += 1
    named = con.execute("SELECT q.speaker_name, q.mention_kind, a.text, q.source_start, q.source_end FROM quotes q"
                        " JOIN articles a ON a.id = q.article_id WHERE q.speaker_name IS NOT NULL").fetchall()
    left = Counter(bucket(n, k, t, s, e, common) for n, k, t, s, e in named
                   if n.lower() in PRONOUNS and not n.isupper() or k == "pronoun" and n.lower() in PRONOUNS
                   or s is not None and _cut_inside_word(t, s, e) and n == t[s:e])
    print(f"statements {total:,}; without a canonical speaker {unnamed:,} ({unnamed / max(total, 1):.1%})")
    for b in BUCKETS:
        print(f"  {b:<15} {counts[b]:>5}  {counts[b] / max(total, 1):6.1%}")
    print(f"stored speaker names that are pronouns: {left['pronoun']}, fragments: {left['fragment']}")
    kinds = con.execute("SELECT kind, COUNT(*) FROM speakers GROUP BY kind ORDER BY kind").fetchall()
    print("canonical speakers by kind: " + ", ".join(f"{k} {n}" for k, n in kinds))
    for b in BUCKETS if examples else ():
        print(f"-- {b}: " + "; ".join(f"{s} ({n})" for s, n in seen[b].most_common(examples)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", help="SQLite file written by onrecord ingest")
    ap.add_argument("--examples", type=int, default=0, help="show the N most frequent sources of each bucket")
    args = ap.parse_args()
    report(args.db, args.examples)


if __name__ == "__main__":
    main()
