"""`onrecord evaluate` reports statement kinds as ../shared/tools/score_kinds.py does, and the quote
figures without the statements of the act rules (refusals, charges)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onrecord.cli import app
from onrecord.evaluation import score_documents
from tests.fixtures import SHARED_DATA

runner = CliRunner()
REFERENCE = SHARED_DATA.parent / "tools" / "score_kinds.py"
GOLD_DEV = Path(__file__).resolve().parents[2] / "gold" / "en" / "dev.jsonl"
TEXT = ("The ministry denied that troops had crossed. The spokesman declined to comment on the report. "
        '"We will win," Jane Smith said.')


def at(words):
    start = TEXT.index(words)
    return [start, start + len(words)]


def _gold():
    return {"id": "d", "text": TEXT, "quotes": [
        {"content": at("that troops had crossed"), "type": "indirect", "kind": "denial"},
        {"content": at("the report"), "type": "indirect", "kind": "refusal", "no_quotation": True},
        {"content": at('"We will win,"'), "type": "direct", "kind": "promise"},
    ]}


def _pred():
    return {"id": "d", "quotes": [
        {"content": at("troops had crossed"), "type": "indirect", "kind": "denial", "rule": "verb-complement"},
        {"content": at("the report"), "type": "indirect", "kind": "refusal", "no_quotation": True,
         "rule": "no-comment"},
        {"content": at('"We will win,"'), "type": "direct", "kind": "claim", "rule": "verb-complement"},
    ]}


def test_kind_figures_by_hand():
    kinds = score_documents({"d": _gold()}, {"d": _pred()})["kinds"]
    assert (kinds["matched"], kinds["correct"]) == (3, 2)
    assert kinds["no_quotation_found"] == 1 and kinds["no_quotation_recall"] == 1.0
    assert kinds["precision"]["claim"] == {"predicted": 1, "precision": 0.0}
    assert kinds["confusion"]["promise->claim"] == 1


def test_quote_figures_without_the_act_rules():
    brief = score_documents({"d": _gold()}, {"d": _pred()})["without_act_rules"]
    assert brief["left_out"] == 1
    assert brief["partial"]["all"]["precision"] == 1.0 and brief["partial"]["all"]["recall"] == 2 / 3


def test_no_kind_section_without_gold_kinds():
    gold = _gold()
    for q in gold["quotes"]:
        q.pop("kind")
    assert "kinds" not in score_documents({"d": gold}, {"d": _pred()})


def _reference(gold, pred, tmp_path):
    out = tmp_path / "ref.json"
    subprocess.run([sys.executable, str(REFERENCE), str(gold), str(pred), "--json", str(out)],
                   capture_output=True, text=True, check=True)
    return json.loads(out.read_text())


def _agrees(gold, pred, tmp_path):
    ours = tmp_path / "ours.json"
    result = runner.invoke(app, ["evaluate", str(gold), "--pred", str(pred), "--json", str(ours)])
    assert result.exit_code == 0, result.output
    assert "== statement kinds" in result.stdout
    kinds = json.loads(ours.read_text())["kinds"]
    reference = _reference(gold, pred, tmp_path)
    assert {k: v for k, v in kinds.items() if k in reference} == reference


def test_kinds_agree_with_the_reference_by_hand(tmp_path):
    if not REFERENCE.exists():
        pytest.skip(f"{REFERENCE} is absent")
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(_gold()) + "\n", encoding="utf-8")
    pred.write_text(json.dumps(_pred()) + "\n", encoding="utf-8")
    _agrees(gold, pred, tmp_path)


@pytest.mark.golden
def test_kinds_agree_with_the_reference_on_the_gold_dev_half(tmp_path):
    if not REFERENCE.exists():
        pytest.skip(f"{REFERENCE} is absent")
    gold = GOLD_DEV
    pred = tmp_path / "pred.jsonl"
    result = runner.invoke(app, ["evaluate", str(gold), "--save-pred", str(pred)])
    assert result.exit_code == 0, result.output
    _agrees(gold, pred, tmp_path)
