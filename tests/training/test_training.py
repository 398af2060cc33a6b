"""`python -m onrecord.training` end to end on a tiny hand-written corpus: convert, train, export, load, use."""
import json

import onrecord
from onrecord.quotes.learned import load_quote_model
from onrecord.settings import Settings
from onrecord.training.__main__ import main as train_main


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
    out = tmp_path / "model"
    train_main(["--train", str(tmp_path / "train.jsonl"), "--dev", str(tmp_path / "dev.jsonl"),
                "--work", str(tmp_path / "work"), "--out", str(out), "--max-steps", "3"])
    nlp = load_quote_model(str(out), Settings().model)
    assert nlp.pipe_names == ["quote_roles"]
    assert json.loads((out / "vocab" / "strings.json").read_text()) == ["CONTENT", "CUE", "SOURCE"]
    assert json.loads((out / "meta.json").read_text())["onrecord"]["base_model"] == Settings().model
    quotes = onrecord.extract("Officials said the bridge would reopen.",
                              settings=Settings(engine="model", quote_model=str(out)))
    assert isinstance(quotes, list)  # three steps teach little; loading and running is what is shown
