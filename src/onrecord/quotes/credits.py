"""Quotations credited without a verb of speech: a credit line (``"…" — Senator X``), a headline
or transcript colon (``Peskov: "…"``, ``GRAHAM: "…"``) and a clause about a person that a colon
ends (``Martell is more blunt: "…"``). Steps 4 and 5 of :mod:`onrecord.quotes.direct`.
"""
from __future__ import annotations

import re

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.quotes.marks import QuotedSpan
from onrecord.records import Span

_DASH_CREDIT = re.compile(r"[ \t]*(?:—|–|--|-)[ \t]*([A-ZА-ЯЁ][^\n]{1,80})$")  # Latin or Cyrillic capital
#: Subjects of a colon introduction that stand for a speaker ("She was blunt: "…"").
PERSONAL_PRONOUNS = ("he", "she", "they", "we", "i")
#: Prepositions that belong to a title in a headline credit ("Mayor of Leeds: …").
TITLE_PREPOSITIONS = ("of",)


def credited(ctx: DocContext, q: QuotedSpan) -> Attribution | None:
    """``"…" — Senator X`` (a credit line) or ``Peskov: "…"`` (a headline colon)."""
    para = ctx.paragraph_span(q.start)
    after = _DASH_CREDIT.match(ctx.text, q.end, para.end)
    if after and len(after.group(1).split()) <= 8:
        name_start = after.start(1)
        name_end = name_start + len(after.group(1).rstrip(" .,"))
        return Attribution([q.span], Span(q.end, name_start).trimmed(ctx.text), "dash-credit",
                           source_span=Span(name_start, name_end), confidence=0.8, quoted=[q.span])
    before = ctx.text[para.start:q.start].rstrip()
    if before.endswith(":") and 0 < len(before[:-1].split()) <= 6 and before[0].isupper() \
            and not _has_verb(ctx, para.start, para.start + len(before)):
        colon = para.start + len(before) - 1
        return Attribution([q.span], Span(colon, colon + 1), "colon-credit",
                           source_span=_headline_name(ctx, para.start, colon), confidence=0.75, quoted=[q.span])
    return None


def _has_verb(ctx: DocContext, start: int, end: int) -> bool:
    """A clause, not a headline's name: "She was clear:", "The sign read:". A word in capitals is
    a transcript's speaker ("GRAHAM: "…""), whatever tag the parser gave it."""
    return any(t.pos_ in ("VERB", "AUX") and not (t.is_upper and len(t) > 1)
               for t in ctx.doc[ctx.token_at(start):ctx.token_at(end - 1)])


def colon_introduced(ctx: DocContext, q: QuotedSpan) -> Attribution | None:
    """``Martell, the addictions doctor, is more blunt: "…"``: a clause about a person ends in a
    colon that opens the quotation, with no verb of speech (docs/evaluation.md listed it among
    the constructions GGT marks that the rules missed). The clause's subject speaks, when it
    names a person or is a personal pronoun; "The sign read: "…"" is no one's statement."""
    before = ctx.text[:q.start].rstrip()
    if not before.endswith(":") or ctx.paragraph(len(before) - 1) != ctx.paragraph(q.start):
        return None
    colon = ctx.token_at(len(before) - 1)
    start, _ = ctx.sentence(ctx.doc[colon])
    root = next((t for t in ctx.doc[start:colon] if t.head.i == t.i or t.head.i >= colon), None)
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    if subject is None or not (subject.ent_type_ == "PERSON" or subject.lower_ in PERSONAL_PRONOUNS):
        return None
    return Attribution([q.span], Span(len(before) - 1, len(before)), "colon-introduction",
                       source_token=subject.i, confidence=0.7, quoted=[q.span])


def _headline_name(ctx: DocContext, start: int, colon: int) -> Span:
    """``Lavrov on the grain deal: "…"``: the name ends before the topic's preposition.

    Headlines credit a quotation as "Name on/about/over topic:" (issue 16: the speaker
    was "Lavrov on the grain deal"); "of" stays, it belongs to a title ("Mayor of Leeds").
    """
    first = ctx.token_at(start)
    for tok in ctx.doc[first + 1:ctx.token_at(colon)]:
        if tok.pos_ == "ADP" and tok.lower_ not in TITLE_PREPOSITIONS:
            return Span(start, tok.idx).trimmed(ctx.text)
    return Span(start, colon)
