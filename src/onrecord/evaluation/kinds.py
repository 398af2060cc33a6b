"""Statement-kind figures that agree with ../shared/tools/score_kinds.py, and the quote figures
without the statements read from the reported act alone (refusals, charges).

Gold statements with a ``kind`` are matched to predicted ones by content token-overlap F1 of at
least 0.5 over lower-case ``\\w+`` tokens counted with repeats (greedy by decreasing F1, ties to
the later gold and predicted statement, one to one, within a document), as the reference does;
the figures are accuracy over matched statements, recall of the kind over all gold statements,
per-kind recall and precision (precision over the matched statements predicted with that kind),
the confusion table, and how many gold ``no_quotation`` statements were found. Like the
reference, statements marked ``kind_ambiguous`` are scored too.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from onrecord.quotes.acts import ACT_RULES
from onrecord.records import STATEMENT_KINDS

TOKEN = re.compile(r"\w+", re.UNICODE)
THRESHOLD = 0.5


def _tokens(text: str, span: Any) -> list[str]:
    try:
        return TOKEN.findall(text[int(span[0]):int(span[1])].lower()) if span else []
    except (TypeError, ValueError, IndexError):
        return []


def _f1(gold: list[str], pred: list[str]) -> float:
    common = sum((Counter(gold) & Counter(pred)).values())
    if not common:
        return 0.0
    p, r = common / len(pred), common / len(gold)
    return 2 * p * r / (p + r)


def _matches(text: str, golds: list[dict], preds: list[dict]) -> dict[int, int]:
    """Gold index -> predicted index, the reference's greedy one-to-one matching."""
    gold_toks = [_tokens(text, g.get("content")) for g in golds]
    pred_toks = [_tokens(text, p.get("content")) for p in preds]
    pairs = [(s, gi, pi) for gi, g in enumerate(gold_toks) for pi, p in enumerate(pred_toks)
             if (s := _f1(g, p)) >= THRESHOLD]
    used_p: set[int] = set()
    match: dict[int, int] = {}
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in match and pi not in used_p:
            match[gi] = pi
            used_p.add(pi)
    return match


def has_kinds(gold_docs: dict[str, dict]) -> bool:
    return any(isinstance(q, dict) and "kind" in q for d in gold_docs.values() for q in d.get("quotes") or [])


def score_kinds(gold_docs: dict[str, dict], pred_docs: dict[str, dict]) -> dict[str, Any]:
    """The reference's figures (same keys) plus per-kind precision and the no-quotation recall."""
    per, per_ok, confusion = Counter(), Counter(), Counter()
    matched = correct = nq_gold = nq_found = 0
    for doc_id, gdoc in gold_docs.items():
        golds = [q for q in gdoc.get("quotes") or [] if isinstance(q, dict)]
        preds = [q for q in (pred_docs.get(doc_id) or {}).get("quotes") or [] if isinstance(q, dict)]
        match = _matches(gdoc["text"], golds, preds)
        for gi, gq in enumerate(golds):
            if gq.get("no_quotation"):
                nq_gold += 1
                nq_found += gi in match
            if "kind" not in gq:
                continue
            per[gq["kind"]] += 1
            if gi in match:
                matched += 1
                predicted = preds[match[gi]].get("kind")
                confusion[(gq["kind"], predicted)] += 1
                correct += predicted == gq["kind"]
                per_ok[gq["kind"]] += predicted == gq["kind"]
    total = sum(per.values())
    return {"gold_with_kind": total, "matched": matched, "correct": correct,
            "accuracy_over_matched": correct / matched if matched else 0.0,
            "kind_recall": correct / total if total else 0.0,
            "no_quotation_found": nq_found, "no_quotation_gold": nq_gold,
            "no_quotation_recall": nq_found / nq_gold if nq_gold else 0.0,
            "per_kind": {k: {"gold": n, "correct": per_ok[k]} for k, n in sorted(per.items())},
            "precision": _precision(confusion),
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(confusion.items(), key=str)}}


def _precision(confusion: Counter) -> dict[str, dict[str, float]]:
    """Per predicted kind: the share of matched statements predicted so that gold gives that kind."""
    out = {}
    for kind in STATEMENT_KINDS:
        predicted = sum(n for (_, p), n in confusion.items() if p == kind)
        if predicted:
            out[kind] = {"predicted": predicted, "precision": confusion[(kind, kind)] / predicted}
    return out


def without_act_rules(pred_docs: dict[str, dict]) -> tuple[dict[str, dict], int]:
    """The predictions without the statements read from the act alone (rules ``no-comment``: "X
    declined to comment on Y", and ``charge-object``: "X denied the allegations"), and how many
    were left out: what the quote figures were before those rules, since they only add statements
    (:func:`onrecord.quotes.acts.with_reported_acts`)."""
    out, dropped = {}, 0
    for doc_id, pdoc in pred_docs.items():
        quotes = pdoc.get("quotes") or []
        kept = [q for q in quotes if not (isinstance(q, dict) and q.get("rule") in ACT_RULES)]
        dropped += len(quotes) - len(kept)
        out[doc_id] = {**pdoc, "quotes": kept}
    return out, dropped


def format_kinds(kinds: dict[str, Any]) -> str:
    """The kind figures as text: accuracy, per-kind recall and precision, the confusion table."""
    lines = ["== statement kinds (content token F1 >= 0.50) ==",
             "kind accuracy over matched: %.3f (%d/%d)   kind recall: %.3f (of %d gold)" % (
                 kinds["accuracy_over_matched"], kinds["correct"], kinds["matched"], kinds["kind_recall"],
                 kinds["gold_with_kind"]),
             "no-quotation statements found: %d/%d" % (kinds["no_quotation_found"], kinds["no_quotation_gold"]),
             "%-13s %5s %5s %6s   %5s %6s" % ("kind", "gold", "ok", "R", "pred", "P")]
    shown = [k for k in STATEMENT_KINDS if k in kinds["per_kind"] or k in kinds["precision"]]
    for kind in shown:
        gold = kinds["per_kind"].get(kind, {"gold": 0, "correct": 0})
        prec = kinds["precision"].get(kind, {"predicted": 0, "precision": 0.0})
        recall = gold["correct"] / gold["gold"] if gold["gold"] else 0.0
        lines.append("%-13s %5d %5d %6.3f   %5d %6.3f" % (
            kind, gold["gold"], gold["correct"], recall, prec["predicted"], prec["precision"]))
    return "\n".join(lines + ["", *_confusion_table(kinds["confusion"], shown)])


def _confusion_table(confusion: dict[str, int], shown: list[str]) -> list[str]:
    """Matched statements by gold kind (rows) and predicted kind (columns, first five letters)."""
    cells = Counter({tuple(k.split("->", 1)): n for k, n in confusion.items()})
    head = "%-13s" % "gold \\ pred" + "".join("%6s" % k[:5] for k in shown)
    return [head] + ["%-13s" % g + "".join("%6d" % cells[(g, p)] for p in shown) for g in shown]
