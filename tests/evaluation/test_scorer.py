"""`onrecord evaluate` agrees with the reference scorer; golden floors on the dev sets."""
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from onrecord.cli import app
from tests.fixtures import SHARED_DATA, shared_file

runner = CliRunner()
REFERENCE = SHARED_DATA.parent / "tools" / "score_quotes.py"
#: Figures onrecord adds to the reference's: statement kinds, and quotes without the refusal rule's.
EXTRAS = ("kinds", "without_act_rules")


def _evaluate(tmp_path, gold, *extra):
    out = tmp_path / "ours.json"
    result = runner.invoke(app, ["evaluate", str(gold), "--json", str(out), *extra])
    assert result.exit_code == 0, result.stdout
    return result.stdout, json.loads(out.read_text())


def test_small_gold_scores_by_hand(tmp_path):
    text = 'Intro. "We will win," Jane Smith said. The minister said the plant would close in March.'

    def at(words, after=0):
        start = text.index(words, after)
        return [start, start + len(words)]

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "d", "text": text, "quotes": [
        {"content": at('"We will win,"'), "source": at("Jane Smith"), "cue": at("said"),
         "type": "direct", "speaker": "Jane Smith"},
        {"content": at("the plant would close in March"), "source": at("The minister"),
         "cue": at("said", 40), "type": "indirect", "speaker": None},
    ]}) + "\n", encoding="utf-8")
    _, ours = _evaluate(tmp_path, gold)
    assert ours["exact"]["all"]["gold"] == 2
    assert ours["partial"]["all"]["recall"] == 1.0
    assert ours["partial"]["speaker_accuracy"] == 1.0


def test_every_engine_scored_and_compared(tmp_path):
    text = "The minister said the plant would close in March."
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "d", "text": text, "quotes": [
        {"content": [18, 48], "source": [0, 12], "cue": [13, 17], "type": "indirect", "speaker": None}]}) + "\n",
        encoding="utf-8")
    out, ours = _evaluate(tmp_path, gold, "--engine", "all")
    assert sorted(ours) == ["hybrid", "model", "rules"] and "engines compared" in out
    assert ours["rules"]["exact"]["all"]["recall"] == 1.0


def test_unknown_engine_is_a_clear_error(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "d", "text": "Nothing here.", "quotes": []}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), "--engine", "rules,magic"])
    assert result.exit_code == 2 and "unknown engine(s): magic" in result.output


@pytest.mark.golden
@pytest.mark.parametrize("dataset", ["ggt", "polnear"])
def test_evaluate_agrees_with_the_reference_scorer(tmp_path, dataset):
    gold = shared_file(dataset, "dev.jsonl")
    if not REFERENCE.exists():
        pytest.skip(f"{REFERENCE} is absent")
    pred = tmp_path / "pred.jsonl"
    ours_text, _ = _evaluate(tmp_path, gold, "--save-pred", str(pred))
    for extra in ([], ["--types", "direct,mixed"], ["--keep-that"]):
        ref_json = tmp_path / "ref.json"
        ref = subprocess.run([sys.executable, str(REFERENCE), str(gold), str(pred), "--json", str(ref_json), *extra],
                             capture_output=True, text=True, check=True)
        ours = runner.invoke(app, ["evaluate", str(gold), "--pred", str(pred), "--json",
                                   str(tmp_path / "o.json"), *extra])
        # onrecord's report is the reference's, to the character, then its own extras (docs/kinds.md).
        assert ours.stdout.strip().startswith(ref.stdout.strip())
        public = json.loads((tmp_path / "o.json").read_text())
        assert {k: v for k, v in public.items() if k not in EXTRAS} == json.loads(ref_json.read_text())


FLOORS = {  # (dataset, --types, engine): {metric path: floor}; only ever raised; see docs/evaluation.md
    # GGT annotates no statement made without words (a refusal, "denied the allegations"): issue 16's bar is
    # on the statements with words; with the act rules' statements (issue 17) the figure is reported too.
    ("ggt", None, "rules"): {("without_act_rules", "partial", "all", "f1"): 0.88, ("partial", "all", "f1"): 0.875,
                             ("partial", "speaker_accuracy"): 0.95},
    ("polnear", None, "rules"): {("partial", "all", "f1"): 0.637},
    ("polnear", "direct,mixed", "rules"): {("partial", "all", "f1"): 0.88},
    ("ggt", None, "hybrid"): {("partial", "all", "f1"): 0.85, ("partial", "speaker_accuracy"): 0.88},
    ("polnear", None, "hybrid"): {("exact", "all", "f1"): 0.54, ("spans", "source", "exact", "f1"): 0.58},
    ("polnear", None, "model"): {("exact", "all", "f1"): 0.60, ("spans", "source", "exact", "f1"): 0.71},
}


def _metric(result, path):
    if path[0] == "without_act_rules" and path[0] not in result:
        path = path[1:]  # no statement of the act rules was found: the figures are the same
    for key in path:
        result = result[key]
    return result


@pytest.mark.golden
@pytest.mark.parametrize("dataset, types, engine", list(FLOORS))
def test_golden_floor(tmp_path, dataset, types, engine):
    gold = shared_file(dataset, "dev.jsonl")
    _, ours = _evaluate(tmp_path, gold, "--engine", engine, *(["--types", types] if types else []))
    low = {".".join(path): round(_metric(ours, path), 3) for path, floor in FLOORS[dataset, types, engine].items()
           if _metric(ours, path) < floor}
    assert not low, f"{dataset} {types or 'all types'} {engine}: below the floor: {low}"


@pytest.mark.golden
def test_hybrid_is_no_worse_than_the_rules_on_ggt(tmp_path):
    """The issue's bar for combining: the model may not cost GGT quotes or speakers."""
    gold = shared_file("ggt", "dev.jsonl")
    text, ours = _evaluate(tmp_path, gold, "--engine", "rules,hybrid")
    assert "engines compared" in text
    for path in (("partial", "all", "f1"), ("partial", "speaker_accuracy")):
        assert _metric(ours["hybrid"], path) >= _metric(ours["rules"], path), ".".join(path)
