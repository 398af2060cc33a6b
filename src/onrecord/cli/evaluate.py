"""``onrecord evaluate GOLD.jsonl [--pred PRED.jsonl]``: the reference scorer's metrics."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from onrecord.cli.common import fail, load_settings, warn
from onrecord.evaluation import ScoreOptions, format_report, score_documents
from onrecord.evaluation.scorer import TYPES
from onrecord.model import Article


def _load(path: str) -> dict[str, dict]:
    docs: dict[str, dict] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read {path}: {exc}")
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            fail(f"{path}:{n}: invalid JSON ({exc.msg})")
        if not isinstance(doc, dict) or "id" not in doc:
            fail(f"{path}:{n}: document without id")
        if doc["id"] in docs:
            warn(f"duplicate id {doc['id']!r} in {path}; keeping the last")
        docs[doc["id"]] = doc
    return docs


def command(
    gold: str = typer.Argument(..., help="Gold JSONL in the shared data format."),
    pred: Optional[str] = typer.Option(None, help="Predictions JSONL; default: run the extractor on the gold texts."),
    types: Optional[str] = typer.Option(None, help="Comma list of types to score, e.g. direct,mixed."),
    threshold: float = typer.Option(0.5, help="Token-overlap F1 needed for a partial match."),
    keep_that: bool = typer.Option(False, "--keep-that", help="Do not strip a leading 'that'."),
    json_out: Optional[str] = typer.Option(None, "--json", help="Also write the metrics as JSON."),
    save_pred: Optional[str] = typer.Option(None, help="Write the extractor's predictions here."),
    model: Optional[str] = typer.Option(None, help="spaCy pipeline to use."),
    config: Optional[str] = typer.Option(None, help="Settings file (TOML)."),
) -> None:
    """Score quotes against gold with the same figures as ../shared/tools/score_quotes.py."""
    wanted = None
    if types:
        wanted = frozenset(t.strip() for t in types.split(",") if t.strip())
        if wanted - set(TYPES):
            fail(f"unknown type(s): {', '.join(sorted(wanted - set(TYPES)))}")
    gold_docs = _load(gold)
    for doc_id, doc in gold_docs.items():
        if not isinstance(doc.get("text"), str):
            fail(f"gold document {doc_id!r} has no text")
    if pred:
        pred_docs = _load(pred)
    else:
        from onrecord.pipeline import process_batch

        settings = load_settings(config, model)
        articles = [Article(text=d["text"], id=i, origin=f"{gold}:{i}") for i, d in gold_docs.items()]
        pred_docs = {r.article.id: r.to_record() for r in process_batch(articles, settings)}
        if save_pred:
            with open(save_pred, "w", encoding="utf-8") as fh:
                for rec in pred_docs.values():
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    unknown = [k for k in pred_docs if k not in gold_docs]
    if unknown:
        warn(f"{len(unknown)} predicted ids are not in gold (ignored), e.g. {unknown[0]!r}")
    opts = ScoreOptions(threshold=threshold, types=wanted, strip_that=not keep_that)
    result = score_documents(gold_docs, pred_docs, opts)
    typer.echo(format_report(result, threshold))
    if json_out:
        public = dict(result)
        for mode in ("exact", "partial"):
            public[mode] = {k: v for k, v in result[mode].items() if k != "speaker_counts"}
        with open(json_out, "w", encoding="utf-8") as fh:
            json.dump(public, fh, indent=2, sort_keys=True)
