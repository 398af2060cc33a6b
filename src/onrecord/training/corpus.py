"""Project-format JSONL (../shared/data) → spaCy ``DocBin`` with quote roles as entities.

Each gold quote gives up to three spans, labelled ``CONTENT``, ``SOURCE`` and
``CUE``. PolNeAR lets a token belong to one attribution relation only, so the
roles of a document do not overlap and fit spaCy's flat entity scheme (BILUO):
the transition-based recogniser of Lample et al. (2016) learns them as it
learns names. Spans are snapped out to token boundaries; where two spans still
overlap (a handful of annotation slips), the longer one is kept, as
``spacy.util.filter_spans`` does.

Usage: ``python -m onrecord.training.corpus GOLD.jsonl OUT.spacy``
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from onrecord.ingest.jsonl import read_jsonl
from onrecord.records import InputProblem

ROLES = ("content", "source", "cue")


def role_spans(record: dict[str, Any]) -> Iterator[tuple[int, int, str]]:
    """(start, end, LABEL) character spans of every role of every gold quote."""
    for quote in record.get("quotes") or ():
        for role in ROLES:
            span = quote.get(role)
            if span and span[1] > span[0]:
                yield span[0], span[1], role.upper()


def roles_doc(nlp, record: dict[str, Any]):
    """The tokenised text of ``record`` with its quote roles set as ``doc.ents``."""
    from spacy.util import filter_spans

    doc = nlp.make_doc(record["text"])
    spans = [doc.char_span(s, e, label=label, alignment_mode="expand") for s, e, label in role_spans(record)]
    doc.ents = filter_spans([s for s in spans if s is not None])
    return doc


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """The documents of a gold JSONL file; a line that is not a JSON object stops the conversion."""
    for where, _, value in read_jsonl(path):
        if not isinstance(value, dict):
            raise ValueError(f"{where}: {value.reason if isinstance(value, InputProblem) else 'not a JSON object'}")
        yield value


def convert(records: Iterable[dict[str, Any]], out: str | Path, lang: str = "en") -> int:
    """Write the records as a DocBin; the number of documents written."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank(lang)
    docs = DocBin(store_user_data=False)
    n = 0
    for record in records:
        docs.add(roles_doc(nlp, record))
        n += 1
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    docs.to_disk(out)
    return n


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        sys.exit("usage: python -m onrecord.training.corpus GOLD.jsonl OUT.spacy")
    n = convert(read_records(args[0]), args[1])
    print(f"{args[1]}: {n} documents")


if __name__ == "__main__":
    main()
