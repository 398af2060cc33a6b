"""``onrecord evaluate GOLD.jsonl [--pred PRED.jsonl]``: the reference scorer's metrics."""
from __future__ import annotations

import json
from typing import Optional

import typer

from onrecord.cli.common import LANG_HELP, fail, load_settings, warn
from onrecord.errors import OnrecordError
from onrecord.evaluation import ScoreOptions, format_comparison, format_report, read_documents, score_documents
from onrecord.records import QUOTE_TYPES, Article
from onrecord.service import extract_articles
from onrecord.settings import CHOICES, Settings


def _load(path: str) -> dict[str, dict]:
    try:
        return read_documents(path, warn)
    except OnrecordError as exc:
        fail(str(exc))


def command(
    gold: str = typer.Argument(..., help="Gold JSONL in the shared data format."),
    pred: Optional[str] = typer.Option(None, help="Predictions JSONL; default: run the extractor on the gold texts."),
    types: Optional[str] = typer.Option(None, help="Comma list of types to score, e.g. direct,mixed."),
    threshold: float = typer.Option(0.5, min=0.0, max=1.0, help="Token-overlap F1 needed for a partial match."),
    keep_that: bool = typer.Option(False, "--keep-that", help="Do not strip a leading 'that'."),
    json_out: Optional[str] = typer.Option(
        None, "--json", help="Also write the metrics as JSON (an object keyed by engine when several are scored)."),
    save_pred: Optional[str] = typer.Option(None, help="Write the extractor's predictions here."),
    model: Optional[str] = typer.Option(None, help="spaCy pipeline to use."),
    engine: Optional[str] = typer.Option(
        None, help="Engine(s) to score, comma-separated, or 'all': rules, model, hybrid (default: the setting)."),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
    config: Optional[str] = typer.Option(None, help="Settings file (TOML)."),
) -> None:
    """Score quotes against gold with the same figures as ../shared/tools/score_quotes.py.

    With several engines, each one's report is followed by a table comparing them.
    """
    opts = ScoreOptions(threshold=threshold, types=_types(types), strip_that=not keep_that)
    gold_docs = _load(gold)
    for doc_id, doc in gold_docs.items():
        if not isinstance(doc.get("text"), str):
            fail(f"gold document {doc_id!r} has no text")
    if pred:
        if engine:
            fail("--engine scores the extractor's own predictions; it cannot be given with --pred")
        results = {"predictions": _score(gold_docs, _load(pred), opts)}
    else:
        results = _score_engines(gold, gold_docs, opts, load_settings(config, model=model, lang=lang), engine, save_pred)
    _report(results, threshold, json_out)


def _types(option: str | None) -> frozenset[str] | None:
    """The ``--types`` to score, or None for all."""
    if not option:
        return None
    wanted = frozenset(t.strip() for t in option.split(",") if t.strip())
    if wanted - set(QUOTE_TYPES):
        fail(f"unknown type(s): {', '.join(sorted(wanted - set(QUOTE_TYPES)))}")
    return wanted


def _score_engines(gold: str, gold_docs: dict[str, dict], opts: ScoreOptions, settings: Settings,
                   engine: str | None, save_pred: str | None) -> dict[str, dict]:
    """Each engine's predictions on the gold texts, scored."""
    engines = _engines(engine, settings)
    if save_pred and len(engines) > 1:
        fail("--save-pred takes the predictions of one engine; give one --engine")
    results = {}
    for name in engines:
        pred_docs = _extract(gold, gold_docs, settings.updated(engine=name))
        if save_pred:
            _write(save_pred, pred_docs)
        results[name] = _score(gold_docs, pred_docs, opts)
    return results


def _report(results: dict[str, dict], threshold: float, json_out: str | None) -> None:
    """Each result's report, a comparison when there are several, and the JSON file if asked."""
    for name, result in results.items():
        if len(results) > 1:
            typer.echo(f"######## engine: {name}\n")
        typer.echo(format_report(result, threshold))
    if len(results) > 1:
        typer.echo("\n" + format_comparison(results))
    if json_out:
        public = {name: _public(r) for name, r in results.items()}
        with open(json_out, "w", encoding="utf-8") as fh:
            json.dump(public if len(public) > 1 else next(iter(public.values())), fh, indent=2, sort_keys=True)


def _engines(option: str | None, settings: Settings) -> list[str]:
    if not option:
        return [settings.engine]
    names = list(CHOICES["engine"]) if option.strip() == "all" else [e.strip() for e in option.split(",") if e.strip()]
    unknown = [e for e in names if e not in CHOICES["engine"]]
    if unknown or not names:
        given = ", ".join(unknown) or repr(option)
        fail(f"unknown engine(s): {given}; known: {', '.join(CHOICES['engine'])}, all")
    return names


def _extract(gold: str, gold_docs: dict[str, dict], settings: Settings) -> dict[str, dict]:
    articles = [Article(text=d["text"], id=i, origin=f"{gold}:{i}", meta={"lang": d["lang"]} if d.get("lang") else {})
                for i, d in gold_docs.items()]
    try:
        return {r.article.id: r.to_record() for r in extract_articles(articles, settings)}
    except OnrecordError as exc:
        fail(str(exc))


def _score(gold_docs: dict[str, dict], pred_docs: dict[str, dict], opts: ScoreOptions) -> dict:
    unknown = [k for k in pred_docs if k not in gold_docs]
    if unknown:
        warn(f"{len(unknown)} predicted ids are not in gold (ignored), e.g. {unknown[0]!r}")
    return score_documents(gold_docs, pred_docs, opts)


def _write(path: str, pred_docs: dict[str, dict]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for rec in pred_docs.values():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def _public(result: dict) -> dict:
    """The metrics as the reference scorer's --json writes them (without internal counts)."""
    public = dict(result)
    for mode in ("exact", "partial"):
        public[mode] = {k: v for k, v in result[mode].items() if k != "speaker_counts"}
    return public
