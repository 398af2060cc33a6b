"""Quote scoring that agrees with ../shared/tools/score_quotes.py to the last digit.

It is re-implemented here (not imported) so that ``onrecord evaluate`` works
without the shared folder; tests/evaluation/test_agrees_with_reference.py
runs both on the same predictions and compares every figure.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from onrecord.evaluation.kinds import format_kinds, has_kinds, score_kinds, without_act_rules
from onrecord.evaluation.matching import ScoredSpan, exact_pairs, partial_pairs, token_positions, trim
from onrecord.evaluation.speakers import check_speaker
from onrecord.records import QUOTE_TYPES

MODES = ("exact", "partial")


@dataclass(frozen=True, slots=True)
class ScoreOptions:
    threshold: float = 0.5
    types: frozenset[str] | None = None
    strip_that: bool = True


@dataclass(slots=True)
class Counts:
    gold: Counter = field(default_factory=Counter)
    pred: Counter = field(default_factory=Counter)
    tp_gold: Counter = field(default_factory=Counter)
    tp_pred: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)
    pairs: int = 0
    type_agree: int = 0
    spk_n: int = 0
    spk_ok: int = 0
    name_ok: int = 0
    e2e_tp: int = 0


def _nearest(text: str, needle: str, target: int) -> int | None:
    best, pos = None, text.find(needle)
    while pos >= 0:
        if best is None or abs(pos - target) < abs(best - target):
            best = pos
        pos = text.find(needle, pos + 1)
    return best


def locate(span: Any, text: str, pred_text: str | None, used: set) -> tuple[int, int] | None:
    """A predicted span (offsets or a string) as offsets into the gold text."""
    if span is None:
        return None
    if isinstance(span, str):
        if not span:
            return None
        pos = text.find(span)
        while pos >= 0 and (pos, pos + len(span)) in used:
            pos = text.find(span, pos + 1)
        return None if pos < 0 else (pos, pos + len(span))
    try:
        s, e = int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        return None
    if pred_text is not None and pred_text != text:
        if not 0 <= s < e <= len(pred_text):
            return None
        pos = _nearest(text, pred_text[s:e], s)
        return None if pos is None else (pos, pos + e - s)
    return (s, e) if 0 <= s < e <= len(text) else None


def _gold_span(span: Any, text: str) -> tuple[int, int] | None:
    return tuple(span) if span and 0 <= span[0] < span[1] <= len(text) else None


def prepare(quotes: list, text: str, pred_text: str | None, opts: ScoreOptions, gold: bool) -> list[dict]:
    out, used = [], set()
    for q in quotes or []:
        if not isinstance(q, dict):
            continue
        content = _gold_span(q.get("content"), text) if gold else locate(q.get("content"), text, pred_text, used)
        if content is None:
            continue
        used.add(content)
        key = trim(text, content[0], content[1], opts.strip_that)
        if key[0] >= key[1]:
            continue
        source = q.get("source")
        source = (tuple(source) if source else None) if gold else locate(source, text, pred_text, set())
        speaker = q.get("speaker")
        qtype = q.get("type") if q.get("type") in QUOTE_TYPES else None
        out.append({"item": ScoredSpan(key, token_positions(text, *key)), "type": qtype,
                    "source": source, "speaker": None if speaker is None else str(speaker)})
    if opts.types:
        out = [q for q in out if q["type"] in opts.types or (not gold and q["type"] is None)]
    return out


def score_documents(gold_docs: dict[str, dict], pred_docs: dict[str, dict],
                    opts: ScoreOptions = ScoreOptions()) -> dict[str, Any]:
    """All metrics, keyed as the reference scorer's ``--json`` output."""
    counts = {m: Counts() for m in MODES}
    for doc_id, gdoc in gold_docs.items():
        text = gdoc["text"]
        pdoc = pred_docs.get(doc_id) or {}
        golds = prepare(gdoc.get("quotes"), text, None, opts, gold=True)
        preds = prepare(pdoc.get("quotes"), text, pdoc.get("text"), opts, gold=False)
        for mode, c in counts.items():
            gi = [g["item"] for g in golds]
            pi = [p["item"] for p in preds]
            pairs = exact_pairs(gi, pi) if mode == "exact" else partial_pairs(gi, pi, opts.threshold)
            _tally(c, text, golds, preds, pairs)
    result: dict[str, Any] = {"documents": {"gold": len(gold_docs),
                                            "with_predictions": sum(d in pred_docs for d in gold_docs)}}
    for mode, c in counts.items():
        result[mode] = _summary(c)
    result["spans"] = _role_scores(gold_docs, pred_docs, opts)
    if has_kinds(gold_docs):
        result["kinds"] = score_kinds(gold_docs, pred_docs)
    kept, left_out = without_act_rules(pred_docs)
    if left_out:
        result["without_act_rules"] = _brief(score_documents(gold_docs, kept, opts), left_out)
    return result


def _brief(result: dict[str, Any], left_out: int) -> dict[str, Any]:
    """The headline quote and speaker figures of ``result``: those scored without the ``left_out``
    statements of the act rules (refusals, charges), so that what they add can be told apart (issue 17)."""
    return {"left_out": left_out, **{mode: {"all": {k: result[mode]["all"][k] for k in ("precision", "recall", "f1")},
                                           "speaker_accuracy": result[mode]["speaker_accuracy"],
                                           "quote_speaker": result[mode]["quote_speaker"]} for mode in MODES}}


def _label(t: str | None) -> str:
    return t or "untyped"


def _tally(c: Counts, text: str, golds: list, preds: list, pairs: list) -> None:
    for g in golds:
        c.gold.update(("all", _label(g["type"])))
    for p in preds:
        c.pred.update(("all", _label(p["type"])))
    for i, j in pairs:
        g, p = golds[i], preds[j]
        c.tp_gold.update(("all", _label(g["type"])))
        c.tp_pred.update(("all", _label(p["type"])))
        c.pairs += 1
        c.type_agree += g["type"] == p["type"]
        c.confusion[(_label(g["type"]), _label(p["type"]))] += 1
        if g["speaker"] or g["source"]:
            ok, name_ok = check_speaker(text, g["source"], g["speaker"], p["source"], p["speaker"])
            c.spk_n += 1
            c.spk_ok += ok
            c.name_ok += name_ok
            c.e2e_tp += ok
        else:
            c.e2e_tp += 1


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _summary(c: Counts) -> dict[str, Any]:
    out: dict[str, Any] = {}
    keys = ["all", *QUOTE_TYPES] + (["untyped"] if "untyped" in c.pred or "untyped" in c.gold else [])
    for k in keys:
        p, r, f = prf(c.tp_pred[k], c.pred[k], c.tp_gold[k], c.gold[k])
        out[k] = {"precision": p, "recall": r, "f1": f, "gold": c.gold[k], "pred": c.pred[k],
                  "tp_gold": c.tp_gold[k], "tp_pred": c.tp_pred[k]}
    out["type_accuracy"] = c.type_agree / c.pairs if c.pairs else 0.0
    out["speaker_accuracy"] = c.spk_ok / c.spk_n if c.spk_n else 0.0
    out["speaker_name_accuracy"] = c.name_ok / c.spk_n if c.spk_n else 0.0
    out["speaker_pairs"] = c.spk_n
    out["speaker_counts"] = [c.spk_ok, c.spk_n, c.type_agree, c.pairs]
    p, r, f = prf(c.e2e_tp, c.pred["all"], c.e2e_tp, c.gold["all"])
    out["quote_speaker"] = {"precision": p, "recall": r, "f1": f}
    out["type_confusion"] = {f"{g}->{pt}": n for (g, pt), n in sorted(c.confusion.items())}
    return out


def _role_items(quotes: list, text: str, pred_text: str | None, role: str, gold: bool,
                types: frozenset[str] | None) -> list[ScoredSpan]:
    keys = set()
    for q in quotes or []:
        if not isinstance(q, dict):
            continue
        qtype = q.get("type")
        if types and ((qtype in QUOTE_TYPES and qtype not in types) or (gold and qtype not in types)):
            continue
        span = _gold_span(q.get(role), text) if gold else locate(q.get(role), text, pred_text, set())
        if span is None:
            continue
        s, e = trim(text, span[0], span[1], strip_that=False)
        if s < e:
            keys.add((s, e))
    return [ScoredSpan(k, token_positions(text, *k)) for k in sorted(keys)]


def _role_scores(gold_docs: dict, pred_docs: dict, opts: ScoreOptions) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for role in ("source", "cue"):
        tally = {m: [0, 0, 0] for m in MODES}
        for doc_id, gdoc in gold_docs.items():
            text = gdoc["text"]
            pdoc = pred_docs.get(doc_id) or {}
            golds = _role_items(gdoc.get("quotes"), text, None, role, True, opts.types)
            preds = _role_items(pdoc.get("quotes"), text, pdoc.get("text"), role, False, opts.types)
            for mode, t in tally.items():
                pairs = exact_pairs(golds, preds) if mode == "exact" else partial_pairs(golds, preds, opts.threshold)
                t[0] += len(pairs)
                t[1] += len(preds)
                t[2] += len(golds)
        out[role] = {}
        for mode, (tp, n_pred, n_gold) in tally.items():
            p, r, f = prf(tp, n_pred, tp, n_gold)
            out[role][mode] = {"precision": p, "recall": r, "f1": f, "gold": n_gold, "pred": n_pred, "tp": tp}
    return out


def format_report(result: dict[str, Any], threshold: float = 0.5) -> str:
    """The reference scorer's text report for ``result``."""
    docs = result["documents"]
    lines = [f"documents: {docs['gold']} gold, {docs['with_predictions']} with predictions"]
    for mode in MODES:
        res = result[mode]
        label = mode if mode == "exact" else f"partial (token F1 >= {threshold:.2f})"
        lines += ["", f"== {label} ==",
                  "%-9s %6s %6s %6s   %5s %5s %5s %5s" % ("type", "P", "R", "F1", "gold", "pred", "tp_g", "tp_p")]
        for k in ["all", *QUOTE_TYPES, "untyped"]:
            if k in res:
                r = res[k]
                lines.append("%-9s %6.3f %6.3f %6.3f   %5d %5d %5d %5d" % (
                    k, r["precision"], r["recall"], r["f1"], r["gold"], r["pred"], r["tp_gold"], r["tp_pred"]))
        spk_ok, spk_n, agree, pairs = res["speaker_counts"]
        lines.append("type acc over matched pairs: %.3f (%d/%d)" % (res["type_accuracy"], agree, pairs))
        lines.append("speaker acc (lenient): %.3f (%d/%d)   speaker acc (name): %.3f" % (
            res["speaker_accuracy"], spk_ok, spk_n, res["speaker_name_accuracy"]))
        e2e = res["quote_speaker"]
        lines.append("quote+speaker: P %.3f R %.3f F1 %.3f" % (e2e["precision"], e2e["recall"], e2e["f1"]))
    lines += ["", "== role spans (distinct per document) ==",
              "%-7s %-8s %6s %6s %6s   %5s %5s %5s" % ("role", "match", "P", "R", "F1", "gold", "pred", "tp")]
    for role, modes in result["spans"].items():
        for mode, m in modes.items():
            lines.append("%-7s %-8s %6.3f %6.3f %6.3f   %5d %5d %5d" % (
                role, mode, m["precision"], m["recall"], m["f1"], m["gold"], m["pred"], m["tp"]))
    return "\n".join(lines + _extras(result))


def _extras(result: dict[str, Any]) -> list[str]:
    """What onrecord reports beyond the reference scorer: the figures without the statements read
    from the act alone (rules ``no-comment``, ``charge-object``), and the statement kinds when the
    gold has them."""
    lines = []
    brief = result.get("without_act_rules")
    if brief:
        lines += ["", f"== without the {brief['left_out']} statements of the rules no-comment and charge-object =="]
        for mode in MODES:
            a, e2e = brief[mode]["all"], brief[mode]["quote_speaker"]
            lines.append("%-8s all P %.3f R %.3f F1 %.3f   speaker acc %.3f   quote+speaker F1 %.3f" % (
                mode, a["precision"], a["recall"], a["f1"], brief[mode]["speaker_accuracy"], e2e["f1"]))
    if "kinds" in result:
        lines += ["", format_kinds(result["kinds"])]
    return lines


def format_comparison(results: dict[str, dict[str, Any]]) -> str:
    """One line per engine: content F1 (all and by type), role span F1, speaker accuracy."""
    head = "%-11s %-7s %6s %6s %6s %6s   %6s %6s   %7s" % (
        "engine", "match", "all", *QUOTE_TYPES, "source", "cue", "speaker")
    lines = ["== engines compared (F1; speaker: lenient accuracy over matched pairs) ==", head]
    for name, result in results.items():
        for mode in MODES:
            res, spans = result[mode], result["spans"]
            by_type = [res[k]["f1"] if k in res else float("nan") for k in QUOTE_TYPES]
            lines.append("%-11s %-7s %6.3f %6.3f %6.3f %6.3f   %6.3f %6.3f   %7.3f" % (
                name, mode, res["all"]["f1"], *by_type, spans["source"][mode]["f1"], spans["cue"][mode]["f1"],
                res["speaker_accuracy"]))
    return "\n".join(lines)
