"""Turn a ``spacy train`` output into the quote model onrecord ships.

Training sources the parsing pipeline's ``tok2vec`` and ``tagger`` frozen, so
the output holds copies of them; onrecord runs the quote model on documents
that pipeline already encoded, so only the ``quote_roles`` component is kept
(a few MB instead of the whole pipeline), without the string table of the
training texts. meta.json records the name, the
version (which goes into every record's provenance) and the pipeline the
model was trained on, which :func:`onrecord.nlp.quote_model.load_quote_model`
checks.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from onrecord.nlp.quote_model import COMPONENT, SHIPPED_MODEL


def export(trained: str | Path, out: str | Path, *, base_model: str, version: str,
           scores: dict | None = None) -> Path:
    import spacy

    import onrecord.nlp.architectures  # noqa: F401 - registers the model's encoder

    nlp = spacy.load(trained)
    for name in [n for n in nlp.pipe_names if n != COMPONENT]:
        nlp.remove_pipe(name)
    # The encoder hashes its features, so the string table is not needed to run the model;
    # only the labels are kept, and no word list of the training texts ships with it.
    nlp.vocab.strings._reset_and_load(list(nlp.get_pipe(COMPONENT).labels))
    nlp.meta["performance"] = {k: v for k, v in nlp.meta.get("performance", {}).items() if k.startswith("ents")}
    nlp.meta.update({
        "name": SHIPPED_MODEL, "version": version,
        "description": "onrecord's quote model: CONTENT, SOURCE and CUE spans of attribution relations, "
                       "trained on PolNeAR's training portion (docs/training.md)",
        "license": "model weights: see docs/training.md (training data: research use)",
        "onrecord": {"base_model": base_model, "dev_scores": scores or {}},
    })
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    return out
