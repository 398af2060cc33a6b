"""Words of harm or risk that warn of nothing (issue 17: warning precision).

A warning warns of, or threatens, a bad consequence (docs/annotation.md). In the hand-judged
samples of predicted warnings in unannotated press releases (benchmarks/kind_samples/,
``before_26c7a5b.jsonl`` and ``warnings_1741.jsonl``) most false ones had a harm word or "at risk"
that describes rather than warns: a class or a condition ("those most at risk", "if our safety is
at risk"), harm put on someone now, which blames ("it puts America at risk") or describes the past
("a facility that put patients at risk"), a capacity ("data can cause harm"), an averted past ("a
change that would have put Medicaid at risk") or a harm word inside the object of a good act
("would close the dangerous gap", "will eliminate suffering"). :mod:`onrecord.quotes.kinds` asks
these two functions before it counts "at risk" or a harm word after a modal as a warning; this
module is apart from it only for the 400-line limit.
"""
from __future__ import annotations

import re

#: Words that open a clause of condition, time, place or a relative clause: "at risk" inside one
#: describes a case or a class ("if our safety is at risk", "investors who put money at risk").
SUBORDINATE = frozenset(("if", "when", "whenever", "where", "who", "whom", "which", "whose"))
#: How many words before "at risk" such a clause opener, a verb of putting or a modal may stand.
RISK_REACH = 7
#: Verbs that put someone at risk: without a modal the harm is done now, and the statement blames
#: ("it puts America at risk") or describes ("the end of the program put families at risk").
PUTTING = frozenset(("put", "puts", "putting", "place", "places", "placed", "placing"))
#: Modals of a consequence to come: "would put families at risk" warns.
FUTURE_MODALS = frozenset(("could", "would", "will", "may", "might"))
#: Modals that with "have" and a participle speak of an averted past ("would have put … at risk").
PAST_MODALS = frozenset(("could", "would", "might", "may"))
#: Words in the gap between a modal and a harm word that make the harm word part of an object:
#: "would close the dangerous gap", "will end this suffering".
DETERMINERS = frozenset(("the", "a", "an", "this", "that", "these", "those", "their", "its", "our"))


def risk_described(before: list[str]) -> bool:
    """"at risk" after the words ``before`` it describes rather than warns: right after "most"
    ("those most at risk"), inside a clause of condition, time, place or a relative clause with no
    modal after its opener ("if our safety is at risk", "areas where homes are at risk"), or put
    on someone with no modal ("it puts America at risk"; "would put families at risk" warns)."""
    near = before[-RISK_REACH:]
    if near[-1:] == ["most"] or averted(near):
        return True
    openers = [i for i, w in enumerate(near) if w in SUBORDINATE]
    if openers and not FUTURE_MODALS.intersection(near[openers[-1]:]):
        return True
    return bool(PUTTING.intersection(near)) and not FUTURE_MODALS.intersection(near)


def averted(near: list[str]) -> bool:
    """A modal, "have" and a participle among the words ``near``: an averted past ("changes that
    would have put Medicaid at risk", "would have jeopardized"), no consequence to come."""
    return any(w in PAST_MODALS and near[i + 1:i + 2] == ["have"] and len(near) > i + 2
               and (near[i + 2].endswith("ed") or near[i + 2] in ("been", "put")) for i, w in enumerate(near))


def harm_described(match: list[str], preventing: re.Pattern[str]) -> bool:
    """A harm word after a modal (``match``: the modal, the words between, the harm word) that
    warns of nothing: after "can", a capacity ("data can cause harm"; not "can be stigmatizing"); after "would have" and a
    participle, an averted past ("would have jeopardized"); after a determiner or a verb of
    preventing between, the object of another act ("would close the dangerous gap", "will
    eliminate unnecessary suffering"); not after "be" ("would be a disaster")."""
    modal, gap = match[0], match[1:-1]
    if modal == "can":
        return gap[:1] != ["be"]  # "can be really stigmatizing" judges what the thing does (a dev warning)
    if averted(match):
        return True
    if gap[:1] == ["be"]:
        return False  # "this would be a disaster": the harm is what is said of the subject
    return bool(DETERMINERS.intersection(gap)) or any(preventing.fullmatch(w) for w in gap)
