"""Build a gold set's dev.jsonl and test.jsonl (gold/<set>/) from its readable annotations.

Annotators write what they read, not offsets: one JSON file per article,
``annotations/<id>.json``, holding ``{"id": …, "statements": [...]}`` with
the statements in text order. Each statement gives

- ``content``: the list of its pieces' exact text (quotation marks included);
- ``source`` and ``cue``: exact text, or null;
- ``type``, ``speaker``, ``kind`` and, when they apply, ``kind_ambiguous`` and
  ``no_quotation`` (docs/annotation.md);
- ``at`` (optional): a few words just before the first piece, when its text
  occurs more than once and the search order below would pick the wrong one;
  ``source_at`` and ``cue_at`` likewise: the words just before the source or cue.

Offsets are found here: a piece is the first occurrence at or after the
previous statement's first piece (after ``at`` when given); a source or cue is
the whole-word occurrence nearest to the statement's pieces and outside them,
trimmed of spaces and separating punctuation. Anything not found, or a
piece given twice, stops the build with the file and statement named, so a
typo never turns into a silently wrong span. Only the standard library is
used: ``python gold/build.py ../shared/data/sample_news/articles.jsonl`` (add
``--check`` to validate the annotations without writing the JSONL; ``--set press``
or ``--set ru`` with their corpus for the other sets of gold/selection.py).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from selection import WINDOWS, selected  # gold/selection.py

HERE = Path(__file__).resolve().parent
KINDS = ("claim", "denial", "accusation", "warning", "promise", "prediction", "question", "confirmation", "refusal")
TYPES = ("direct", "indirect", "mixed")
# What each corpus gives for the attribution its licence asks for, copied into every gold record.
ATTRIBUTION = ("title", "date", "url", "license", "licence", "outlet", "lang")


class AnnotationError(ValueError):
    """An annotation that does not fit its article's text."""


def occurrences(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while needle and at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def piece_span(text: str, piece: str, cursor: int, at: str | None) -> list[int]:
    if at is not None:
        anchors = [a for a in occurrences(text, at) if a >= cursor] or occurrences(text, at)
        if not anchors:
            raise AnnotationError(f"'at' text {at!r} is not in the article")
        cursor = anchors[0]
    starts = [s for s in occurrences(text, piece) if s >= cursor] or occurrences(text, piece)
    if not starts:
        raise AnnotationError(f"content {piece!r} is not in the article")
    return [starts[0], starts[0] + len(piece)]


def _word_bounded(text: str, start: int, end: int) -> bool:
    """The match is whole words: "he" inside "the" or "health" is not the source "he"."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (text[start].isalnum() and before.isalnum()) and not (text[end - 1].isalnum() and after.isalnum())


def _trimmed(text: str, start: int, end: int) -> list[int]:
    """Without surrounding spaces and separating punctuation (", he" is the source "he")."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return [start, end]


def nearest_span(text: str, needle: str | None, pieces: list[list[int]], what: str,
                 at: str | None = None) -> list[int] | None:
    """The occurrence of ``needle`` nearest to the content: whole words, outside the content itself
    (a "said" inside the quotation is not its cue), after ``at`` when given."""
    if needle is None:
        return None
    starts = [s for s in occurrences(text, needle) if _word_bounded(text, s, s + len(needle))
              and not any(s < e and b < s + len(needle) for b, e in pieces)]
    if at is not None:
        anchors = occurrences(text, at)
        starts = [s for s in starts if any(0 <= s - a - len(at) <= 3 for a in anchors)]
    if not starts:
        raise AnnotationError(f"{what} {needle!r} is not in the article outside the content"
                              f"{f' right after {at!r}' if at else ''}")

    def distance(start: int) -> int:
        end = start + len(needle)
        return min(max(s - end, start - e, 0) for s, e in pieces)

    best = min(starts, key=distance)
    return _trimmed(text, best, best + len(needle))


def statement_quotes(text: str, st: dict, cursor: int, attribution_id: int) -> list[dict]:
    """The gold records of one statement (one per content piece)."""
    if st.get("kind") not in KINDS:
        raise AnnotationError(f"kind {st.get('kind')!r} is not one of {', '.join(KINDS)}")
    if st.get("type") not in TYPES:
        raise AnnotationError(f"type {st.get('type')!r} is not one of {', '.join(TYPES)}")
    if not st.get("content"):
        raise AnnotationError("a statement needs content")
    pieces: list[list[int]] = []
    for n, piece in enumerate(st["content"]):
        start_from = pieces[-1][1] if pieces else cursor
        pieces.append(piece_span(text, piece, start_from, st.get("at") if n == 0 else None))
    source = nearest_span(text, st.get("source"), pieces, "source", st.get("source_at"))
    cue = nearest_span(text, st.get("cue"), pieces, "cue", st.get("cue_at"))
    extra = {k: True for k in ("kind_ambiguous", "no_quotation") if st.get(k)}
    return [{"content": span, "source": source, "cue": cue, "type": st["type"], "speaker": st.get("speaker"),
             "attribution_id": attribution_id, "kind": st["kind"], **extra} for span in pieces]


def article_record(article: dict, annotation: dict, gold_set: str = "en") -> dict:
    text, quotes, cursor = article["text"], [], 0
    for n, st in enumerate(annotation["statements"], 1):
        try:
            records = statement_quotes(text, st, cursor, n)
        except AnnotationError as exc:
            raise AnnotationError(f"{article['id']}, statement {n}: {exc}") from None
        cursor = records[0]["content"][0]
        quotes.extend(records)
    spans = [tuple(q["content"]) for q in quotes]
    if len(spans) != len(set(spans)):
        raise AnnotationError(f"{article['id']}: the same content span is annotated twice")
    meta = {k: article[k] for k in ATTRIBUTION if k in article}
    return {"id": article["id"], "text": text, "quotes": quotes, "meta": {**meta, "dataset": f"onrecord-gold-{gold_set}"}}


def build(sample: Path, annotations: Path, out: Path, gold_set: str = "en") -> dict[str, int]:
    """Write dev.jsonl and test.jsonl of the annotated articles into ``out``; articles per half."""
    halves: dict[str, list[str]] = {"dev": [], "test": []}
    for half, article in selected(sample, gold_set):
        path = annotations / f"{article['id']}.json"
        if path.exists():
            annotation = json.loads(path.read_text(encoding="utf-8"))
            halves[half].append(json.dumps(article_record(article, annotation, gold_set), ensure_ascii=False))
    out.mkdir(parents=True, exist_ok=True)
    for half, lines in halves.items():
        (out / f"{half}.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return {half: len(lines) for half, lines in halves.items()}


def check(sample: Path, annotations: Path, gold_set: str = "en") -> int:
    """Validate every annotation file without writing anything; the number of gold records."""
    n = 0
    for _, article in selected(sample, gold_set):
        path = annotations / f"{article['id']}.json"
        if path.exists():
            annotation = json.loads(path.read_text(encoding="utf-8"))
            n += len(article_record(article, annotation, gold_set)["quotes"])
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sample", type=Path, help="the set's corpus, e.g. ../shared/data/sample_news/articles.jsonl")
    ap.add_argument("--set", dest="gold_set", choices=sorted(WINDOWS), default="en", help="gold/selection.py")
    ap.add_argument("--annotations", type=Path, help="default gold/<set>/annotations")
    ap.add_argument("--out", type=Path, help="folder for dev.jsonl and test.jsonl; default gold/<set>")
    ap.add_argument("--check", action="store_true", help="only validate the annotations")
    args = ap.parse_args()
    annotations = args.annotations or HERE / args.gold_set / "annotations"
    try:
        if args.check:
            print(f"{check(args.sample, annotations, args.gold_set)} gold records; every annotation fits its text")
        else:
            print(build(args.sample, annotations, args.out or HERE / args.gold_set, args.gold_set))
    except (AnnotationError, json.JSONDecodeError) as exc:
        sys.exit(f"gold/build.py: {exc}")


if __name__ == "__main__":
    main()
