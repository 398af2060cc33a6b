"""The kind of a statement found in a parse: the cue widened by the parse, then the text
classifier of :mod:`onrecord.quotes.kinds`.

A cue span holds the verb with its auxiliaries and negation ("did not deny"), so the text
alone mostly suffices; the parse adds what lies before the span: the refusing verb whose
infinitive the cue is ("declined to [say]", "refused to [answer]") and a negation the parser
hung on the verb from further away ("never publicly [said]"). The statement keeps the widened
cue, so its stored text gives the same kind.
"""
from __future__ import annotations

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.quotes.kind_lexicon import kind_lexicon
from onrecord.quotes.kinds import KindReading, read_kind
from onrecord.records import Span


def statement_kind(ctx: DocContext, att: Attribution, cue: Span | None, quote_type: str) -> KindReading:
    """The kind of one attribution, from its widened cue (:func:`widened_cue`), its whole content
    and the type of its first piece (``direct``, ``indirect`` or ``mixed``)."""
    content = " ".join(p.text(ctx.text) for p in att.content if p.end > p.start)
    return read_kind(cue.text(ctx.text) if cue is not None else None, content, quote_type)


def widened_cue(ctx: DocContext, cue: Span | None) -> Span | None:
    """The cue from the refusing verb whose infinitive it is ("*refused to* say"), or from a
    negation of its verb that the cue span left out ("*never* publicly said"), to its end.

    The statement keeps this span as its cue, so that its text alone gives the kind again
    (:func:`onrecord.quotes.kinds.kind_from_text` on a stored statement), and the refusal phrase
    is the cue, as docs/annotation.md asks.
    """
    span = None if cue is None else ctx.doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return cue
    verb = span.root
    first = min([span.start] + [c.i for c in verb.children if c.dep_ == "neg" and c.i < span.start])
    above = verb.head
    if verb.dep_ == "xcomp" and above.i < first and above.lower_ in kind_lexicon().refusing:
        first = min([above.i] + [c.i for c in above.children if c.dep_ in ("aux", "neg") and c.i < above.i])
    return Span(min(cue.start, ctx.doc[first].idx), cue.end)
