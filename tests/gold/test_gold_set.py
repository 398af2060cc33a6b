"""The project's own gold set (gold/en, docs/annotation.md): reproducible from its annotations, and well formed."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from onrecord.records import QUOTE_TYPES
from tests.fixtures import shared_file

GOLD = Path(__file__).resolve().parents[2] / "gold"
#: Each gold set with its corpus in ../shared/data, articles in its (dev, test) halves, and what the
#: attribution records. The "-more" sets are dev only (gold/selection.py).
SETS = {
    "en": (("sample_news", "articles.jsonl"), (20, 20), ("url", "license")),
    "en-more": (("sample_news", "articles.jsonl"), (20, 0), ("url", "license")),
    "press": (("news_bulk", "press_releases.jsonl.gz"), (26, 26), ("url", "license")),
    "ru": (("sample_news_ru", "articles.jsonl"), (12, 12), ("outlet", "licence")),
    "ru-more": (("sample_news_ru", "articles.jsonl"), (16, 0), ("outlet", "licence")),
}
KINDS = {"claim", "denial", "accusation", "warning", "promise", "prediction", "question", "confirmation", "refusal"}


def documents(gold_set: str, half: str) -> list[dict]:
    with (GOLD / gold_set / f"{half}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.mark.parametrize("gold_set", sorted(SETS))
def test_the_gold_files_are_what_the_annotations_build(tmp_path, gold_set):
    corpus = shared_file(*SETS[gold_set][0])
    subprocess.run([sys.executable, str(GOLD / "build.py"), str(corpus), "--set", gold_set, "--out", str(tmp_path)],
                   check=True, capture_output=True, text=True)
    for half in ("dev", "test"):
        assert (tmp_path / f"{half}.jsonl").read_text(encoding="utf-8") == \
            (GOLD / gold_set / f"{half}.jsonl").read_text(encoding="utf-8"), f"rebuild gold/{gold_set}/{half}.jsonl"


@pytest.mark.parametrize("gold_set", sorted(SETS))
@pytest.mark.parametrize("half", ["dev", "test"])
def test_every_gold_statement_is_well_formed(gold_set, half):
    docs = documents(gold_set, half)
    _, sizes, attribution = SETS[gold_set]
    assert len(docs) == sizes[half == "test"]
    for doc in docs:
        text = doc["text"]
        assert all(doc["meta"].get(field) for field in attribution), (doc["id"], doc["meta"])
        for q in doc["quotes"]:
            for role in ("content", "source", "cue"):
                span = q[role]
                if span is None:
                    assert role != "content"
                    continue
                piece = text[span[0]:span[1]]
                assert 0 <= span[0] < span[1] <= len(text) and piece == piece.strip(), (doc["id"], role, piece)
            assert q["type"] in QUOTE_TYPES and q["kind"] in KINDS
            assert not q.get("no_quotation") or q["kind"] in {"refusal", "denial"}  # issue 17: both can be wordless


@pytest.mark.parametrize("gold_set", sorted(SETS))
def test_the_halves_do_not_share_an_article(gold_set):
    assert not {d["id"] for d in documents(gold_set, "dev")} & {d["id"] for d in documents(gold_set, "test")}
