"""Statements that the rules read from the reported act alone, added to an engine's attributions.

Two rules find statements that the cue rules leave out because the act has no clause of its
own: refusals reported without the speaker's words ("X declined to comment on Y",
:mod:`onrecord.quotes.refusals`) and denials and accusations of a noun phrase ("X denied the
allegations", "X accused Y of Z", :mod:`onrecord.quotes.charges`). They are added only where no
attribution of the engine already holds their cue or their words, so what the other rules find
does not change (docs/kinds.md; docs/evaluation.md, "Statement kinds", scores with and without
them).
"""
from __future__ import annotations

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.charges import CHARGE_RULE, find_charges
from onrecord.quotes.context import DocContext
from onrecord.quotes.kinds import KindReading
from onrecord.quotes.refusals import REFUSAL_RULE, find_refusals

#: The rule names of these statements (the ``rule`` field).
ACT_RULES = (REFUSAL_RULE, CHARGE_RULE)


def with_reported_acts(ctx: DocContext, attributions: list[Attribution]) -> list[Attribution]:
    """``attributions`` with the refusals and charges of ``ctx`` that none of them covers, in text order."""
    def covered(att: Attribution) -> bool:
        return any((a.cue is not None and a.cue.overlaps(att.cue))
                   or any(p.overlaps(r) for p in a.content for r in att.content) for a in attributions)

    new = [a for a in find_refusals(ctx) + find_charges(ctx) if not covered(a)]
    if not new:
        return attributions
    return sorted(attributions + new, key=lambda a: a.start if a.content else 0)


def holds_no_quotation(att: Attribution, kind: KindReading, quote_type: str) -> bool:
    """The statement holds none of the speaker's words: its content is the object of the act
    ("declined to comment on *the report*", "denied *wrongdoing*"), or it is a refusal that its cue
    reports in indirect speech ("refused to say *whether she would run*")."""
    return att.rule in ACT_RULES or kind.no_quotation(quote_type)
