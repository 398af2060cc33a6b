"""`python -m onrecord.training` end to end on a tiny hand-written corpus: convert, train, export, load, use."""
import json
from pathlib import Path

import onrecord
import onrecord.training
from onrecord.nlp.quote_model import load_quote_model
from onrecord.settings import Settings
from onrecord.training.__main__ import MODEL_VERSION
from onrecord.training.__main__ import main as train_main

CONFIG = Path(onrecord.training.__file__).with_name("quote_roles.cfg")


def _record(n: int) -> dict:
    text = f"Officials said the bridge {n} would reopen on Monday. It was closed in May."
    content = text.index("the bridge")
    return {"id": f"t{n}", "text": text, "quotes": [
        {"content": [content, text.index(" on Monday") + len(" on Monday")], "source": [0, 9], "cue": [10, 14],
         "type": "indirect", "speaker": "Officials"}]}


def test_training_writes_a_model_the_engines_load(tmp_path):
    for split, count in (("train", 6), ("dev", 2)):
        (tmp_path / f"{split}.jsonl").write_text(
            "".join(json.dumps(_record(n)) + "\n" for n in range(count)), encoding="utf-8")
    # The shipped config, scored on dev every 10 steps instead of 200: the exported model is the best
    # checkpoint on dev, and with fewer steps than eval_frequency that would be the untrained one.
    config = tmp_path / "quote_roles.cfg"
    config.write_text(CONFIG.read_text(encoding="utf-8").replace("eval_frequency = 200", "eval_frequency = 10"),
                      encoding="utf-8")
    assert config.read_text(encoding="utf-8") != CONFIG.read_text(encoding="utf-8")
    out = tmp_path / "model"
    train_main(["--train", str(tmp_path / "train.jsonl"), "--dev", str(tmp_path / "dev.jsonl"),
                "--config", str(config), "--work", str(tmp_path / "work"), "--out", str(out), "--max-steps", "60"])
    nlp = load_quote_model(str(out), Settings().model)
    assert nlp.pipe_names == ["quote_roles"]
    assert json.loads((out / "vocab" / "strings.json").read_text()) == ["CONTENT", "CUE", "SOURCE"]
    meta = json.loads((out / "meta.json").read_text())
    assert meta["onrecord"]["base_model"] == Settings().model
    assert meta["version"] == MODEL_VERSION
    assert meta["onrecord"]["dev_scores"]["ents_f"] == 1.0  # it learnt the one pattern it was shown

    # Both engines that use a quote model load this one, run it, and name it in every record's provenance.
    # The model engine's content is what this model was taught (up to "on Monday"); the shipped model
    # runs it on into the next sentence, so these records come from the trained model, not the shipped one.
    text = _record(42)["text"]
    for engine in ("model", "hybrid"):
        quotes = onrecord.extract(text, settings=Settings(engine=engine, quote_model=str(out)))
        found = [(q.content.text(text), q.source.text(text), q.cue.text(text)) for q in quotes]
        assert found == [("the bridge 42 would reopen on Monday", "Officials", "said")], engine
        assert {(q.provenance.pipeline, q.provenance.quote_model) for q in quotes} == {
            (f"onrecord.{engine}.v3", f"en_quote_roles-{MODEL_VERSION}")}
        if engine == "model":
            assert [q.rule for q in quotes] == ["model"]  # found by the learned model alone, no rule
