"""The kind of a statement found in a parse: the cue phrase widened by the parse, then the
text classifier of :mod:`onrecord.quotes.kinds`.

A cue span holds the verb with its auxiliaries and negation ("did not deny"), so the text
alone mostly suffices; the parse adds what lies outside the span: the refusing verb whose
infinitive the cue is ("declined to [say]", "refused to [answer]") and a negation the parser
hung on the verb from further away ("never publicly [said]").
"""
from __future__ import annotations

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.quotes.kind_lexicon import kind_lexicon
from onrecord.quotes.kinds import KindReading, read_kind
from onrecord.records import Span


def statement_kind(ctx: DocContext, att: Attribution, quote_type: str) -> KindReading:
    """The kind of one attribution, from its widened cue phrase, its whole content and the type of
    its first piece (``direct``, ``indirect`` or ``mixed``)."""
    content = " ".join(p.text(ctx.text) for p in att.content if p.end > p.start)
    return read_kind(cue_phrase(ctx, att.cue), content, quote_type)


def cue_phrase(ctx: DocContext, cue: Span | None) -> str | None:
    """The cue's words with the refusing verb above it and any negation of it outside the span."""
    if cue is None:
        return None
    text = cue.text(ctx.text)
    span = ctx.doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return text
    verb = span.root
    before = [c.text for c in verb.children if c.dep_ == "neg" and not cue.start <= c.idx < cue.end]
    above = verb.head
    if verb.dep_ == "xcomp" and above.lower_ in kind_lexicon().refusing:
        before = [c.text for c in above.children if c.dep_ == "neg"] + [above.text, "to"] + before
    return " ".join(before + [text])
