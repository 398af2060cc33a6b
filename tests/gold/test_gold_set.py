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
KINDS = {"claim", "denial", "accusation", "warning", "promise", "prediction", "question", "confirmation", "refusal"}


def documents(half: str) -> list[dict]:
    with (GOLD / "en" / f"{half}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_the_gold_files_are_what_the_annotations_build(tmp_path):
    sample = shared_file("sample_news", "articles.jsonl")
    subprocess.run([sys.executable, str(GOLD / "build.py"), str(sample), "--out", str(tmp_path)], check=True,
                   capture_output=True, text=True)
    for half in ("dev", "test"):
        assert (tmp_path / f"{half}.jsonl").read_text(encoding="utf-8") == \
            (GOLD / "en" / f"{half}.jsonl").read_text(encoding="utf-8"), f"rebuild gold/en/{half}.jsonl"


@pytest.mark.parametrize("half", ["dev", "test"])
def test_every_gold_statement_is_well_formed(half):
    docs = documents(half)
    assert len(docs) == 20
    for doc in docs:
        text = doc["text"]
        assert doc["meta"]["license"] == "CC-BY-2.5" and doc["meta"]["url"].startswith("https://en.wikinews.org/")
        for q in doc["quotes"]:
            for role in ("content", "source", "cue"):
                span = q[role]
                if span is None:
                    assert role != "content"
                    continue
                piece = text[span[0]:span[1]]
                assert 0 <= span[0] < span[1] <= len(text) and piece == piece.strip(), (doc["id"], role, piece)
            assert q["type"] in QUOTE_TYPES and q["kind"] in KINDS
            assert not q.get("no_quotation") or q["kind"] == "refusal"


def test_the_halves_do_not_share_an_article():
    assert not {d["id"] for d in documents("dev")} & {d["id"] for d in documents("test")}
