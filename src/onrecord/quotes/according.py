"""Multi-word cues: "according to X", "as reported by X", "in the words of X".

The phrase opens, ends or interrupts its content ("Wilson-Raybould, according to the
report, rebuffed the pressure"); the source is the object of its last word. PolNeAR
marks "according to" as the cue and the rest of the sentence as the content.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.quotes.lexicon import CueLexicon
from onrecord.quotes.sources import NOMINAL_POS

if TYPE_CHECKING:
    from spacy.tokens import Token


def phrase_attribution(ctx: DocContext, tok: Token, lexicon: CueLexicon) -> Attribution | None:
    """``according to X, content`` / ``content, according to X``."""
    doc = ctx.doc
    for phrase in lexicon.phrases:
        end = tok.i + len(phrase)
        if end > len(doc) or tuple(t.lower_ for t in doc[tok.i:end]) != phrase:
            continue
        sent_start, sent_end = ctx.sentence(tok)
        if len(phrase) == 1 and tok.i != ctx.first_word(sent_start) and not doc[tok.i - 1].is_punct:
            continue  # "per" attributes when it opens its phrase ("Per the WHO's rules, ..."), not in "$5 per hour"
        last = doc[end - 1]
        source = next((c.i for c in last.children if c.dep_ == "pobj"), None)
        if source is None and end < len(doc) and doc[end].pos_ in NOMINAL_POS:
            source = doc[end].i
        if source is None:
            return None
        phrase_end = max(_source_end(doc[source]), end - 1)
        # The phrase opens, ends or interrupts the content
        # ("Wilson-Raybould, according to the report, rebuffed the pressure").
        content = ctx.clause_span(phrase_end + 1, sent_end - 1, tok.i)
        if tok.i != ctx.first_word(sent_start) and not _after_conjunction(ctx, tok):
            content = ctx.clause_span(sent_start, tok.i - 1, tok.i) + content
        if not content:
            return None
        return Attribution(content, ctx.char_span(tok.i, end - 1), "according-to",
                           source_token=source, confidence=0.75)
    return None


def _source_end(source: Token) -> int:
    """The last token of the source of "according to": ``according to Turkey, supportive of the
    PKK`` is parsed with the adjective phrase as an apposition of the source; an apposition is a
    noun phrase, so an adjective there is the content, not part of the source."""
    misread = [c.left_edge.i for c in source.rights if c.dep_ == "appos" and c.pos_ == "ADJ"]
    if not misread:
        return source.right_edge.i
    last = misread[0] - 1
    while last > source.i and source.doc[last].is_punct:
        last -= 1
    return last


def _after_conjunction(ctx: DocContext, tok: Token) -> bool:
    """``largely Kurdish and, according to Turkey, supportive of the PKK``: set off right after a
    coordinating conjunction, the phrase attributes only the conjunct it opens; the one before
    the conjunction is the writer's."""
    before = tok.i - 1
    while before >= 0 and ctx.doc[before].is_punct:
        before -= 1
    return before < tok.i - 1 and before >= 0 and ctx.doc[before].dep_ == "cc"
