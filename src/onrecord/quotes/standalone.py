"""Quotations that stand alone as a whole paragraph: headlines, standfirsts, sub-headings, pull quotes.

Such a quotation has no cue of its own. Issue 16 found a sub-heading that repeats
words the spokesman says in the paragraph after it given to whoever was named
*before* it. Editors build these lines from the article's own quotations, so the
speaker is found, in this order:

1. the attribution whose quotation repeats the stand-alone's words (a pull quote or a
   headline quote is lifted from the body, often shortened);
2. for a heading (the article's first line, or a line without a sentence's closing
   punctuation, as headlines and sub-headings are written), the attribution of the
   paragraph that follows, when that paragraph opens on its speaker
   ("Foreign Minister Sergei Lavrov told reporters: ..."); never the paragraph before,
   which belongs to another section;
3. a body paragraph that ends like a sentence is a floating quotation: the caller
   gives it to the previous speaker, as GGT annotates it.

A floating quotation right after the writer's sentence about "she" or "he" ("Underwhelmed
with her role, she left the series. "This is not what I wanted …"") is that person's:
:func:`floating_quote` takes the pronoun as its source, which the speaker stage resolves
(to a person the writer introduced after the last speaker, else to that speaker).
"""
from __future__ import annotations

import re

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.quotes.marks import QuotedSpan

_WORD = re.compile(r"\w+")
#: Share of a stand-alone quotation's words that must recur in another quotation.
RECUR_SHARE = 0.8
#: A stand-alone quotation needs this many words to be matched by its words.
MIN_RECUR_WORDS = 5
#: Characters that close a sentence, inside or right after the closing mark.
SENTENCE_END = ".!?…"
#: Tokens of the next paragraph that may come before the speaker it opens on.
MAX_OPENING_TOKENS = 1
#: Subjects of a narrated sentence that a following quotation is credited to.
NARRATED_PRONOUNS = ("he", "she")


def stands_alone(ctx: DocContext, q: QuotedSpan) -> bool:
    """The quotation is the whole of its paragraph (marks and a closing stop aside)."""
    if ctx.paragraph(q.start) != ctx.paragraph(q.end - 1):
        return False  # a piece of a quotation that runs on over several paragraphs
    para = ctx.paragraph_span(q.start)
    rest = ctx.text[para.start:q.start] + ctx.text[q.end:para.end]
    return not _WORD.search(rest)


def is_heading(ctx: DocContext, q: QuotedSpan) -> bool:
    """The article's first line, or a line that does not end like a sentence."""
    if ctx.paragraph(q.start) == 0:
        return True
    para = ctx.paragraph_span(q.start)
    tail = ctx.text[para.start:para.end].rstrip("\"'“”‘’«»„‹› ")
    return not tail.endswith(tuple(SENTENCE_END))


def speaker_of_standalone(ctx: DocContext, q: QuotedSpan, placed: list[Attribution]) -> Attribution | None:
    """A cue-less attribution of ``q`` following the attribution that tells its speaker, or None."""
    source = _repeated_in(ctx, q, placed)
    if source is None and is_heading(ctx, q):
        source = _opening_of_next_paragraph(ctx, q, placed)
    if source is None:
        return None
    return Attribution([q.span], None, "floating-quote", follows=source, confidence=0.6, quoted=[q.span])


def _root(att: Attribution) -> Attribution:
    while att.follows is not None:
        att = att.follows
    return att


def _repeated_in(ctx: DocContext, q: QuotedSpan, placed: list[Attribution]) -> Attribution | None:
    words = _WORD.findall(ctx.text[q.start:q.end].lower())
    if len(words) < MIN_RECUR_WORDS:
        return None
    wanted = set(words)
    for att in placed:
        root = _root(att)
        if not root.has_source:
            continue
        for quoted in att.quoted:
            if quoted == q.span:
                continue
            found = set(_WORD.findall(ctx.text[quoted.start:quoted.end].lower()))
            if len(wanted & found) >= RECUR_SHARE * len(wanted):
                return root
    return None


def _opening_of_next_paragraph(ctx: DocContext, q: QuotedSpan, placed: list[Attribution]) -> Attribution | None:
    """The first attribution of the next paragraph, when its source is that paragraph's first words."""
    following = ctx.paragraph(q.end) + 1
    if following >= len(ctx.para_starts):
        return None
    para = ctx.paragraph_span(ctx.para_starts[following])
    for att in placed:
        if att.start < para.start or att.source_token is None:
            continue
        if ctx.paragraph(att.start) != following:
            return None
        source = ctx.doc[att.source_token]
        first = ctx.token_at(para.start)
        speaker_first = source.left_edge.i
        before_cue = att.cue is None or source.idx < att.cue.start
        return att if before_cue and speaker_first - first <= MAX_OPENING_TOKENS else None
    return None


def floating_quote(ctx: DocContext, q: QuotedSpan, previous: Attribution, after: int) -> Attribution:
    """A quotation without a cue: the previous speaker's, or the narrated "she" or "he"'s."""
    subject = _narrated_pronoun(ctx, q.start, after)
    return Attribution([q.span], None, "floating-quote", follows=previous if subject is None else None,
                       source_token=subject, confidence=0.6, quoted=[q.span])


def _narrated_pronoun(ctx: DocContext, start: int, after: int) -> int | None:
    """The "she" or "he" subject of the writer's sentence right before a quotation at ``start``,
    in its paragraph, unquoted and past the last attribution (which ends at ``after``)."""
    before = ctx.token_at(start) - 1
    if before < 0 or ctx.paragraph(ctx.doc[before].idx) != ctx.paragraph(start):
        return None
    first, last = ctx.sentence(ctx.doc[before])
    if ctx.doc[first].idx < after or any(ctx.in_quote[i] for i in range(first, last)):
        return None
    root = ctx.doc[before].sent.root
    return next((c.i for c in root.children
                 if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NARRATED_PRONOUNS), None)
