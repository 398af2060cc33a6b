"""The learned quote model's role spans linked into attributions.

:mod:`onrecord.nlp.quote_model` loads and runs the model and gives its
``CONTENT``, ``SOURCE`` and ``CUE`` spans as character offsets;
:func:`link_roles` groups them into attributions the way PolNeAR's relations
are built: each content piece takes the nearest cue of its sentence (or of the
sentence next to it), and the cue takes the nearest source. Pieces that share
a cue are one attribution, as an interrupted quotation is.
"""
from __future__ import annotations

import re

from onrecord.nlp.quote_model import RoleSpan
from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.records import Span

#: A cue further than this many sentences from a content piece is not its cue.
MAX_CUE_SENTENCES = 1
_WORD = re.compile(r"\w")
#: Confidence of a model attribution with and without a cue of its own.
LINKED_CONFIDENCE = 0.8
UNLINKED_CONFIDENCE = 0.5


def link_roles(ctx: DocContext, roles: list[RoleSpan]) -> list[Attribution]:
    """Attributions in text order built from one text's role spans."""
    tokens = [_token_range(ctx, r.span) for r in roles]
    cues = [(r, t) for r, t in zip(roles, tokens) if r.label == "CUE" and t is not None]
    # A source without a word is a mark the model misread (the » of "«…,» said Ann Lee"); a cue
    # may be a colon ("Sanders said to Biden: "…""), as the model learned from PolNeAR.
    sources = [(r, t) for r, t in zip(roles, tokens) if r.label == "SOURCE" and t is not None and _worded(ctx, r)]
    by_cue: dict[int, Attribution] = {}
    attributions: list[Attribution] = []
    for role, rng in zip(roles, tokens):
        if role.label != "CONTENT" or rng is None or ctx.is_furniture(role.span.start) or not _worded(ctx, role):
            continue  # not content, page furniture, or no words at all (a stray pair of marks)
        cue = _nearest(ctx, rng, cues)
        if cue is not None and id(cue) in by_cue:
            by_cue[id(cue)].content.append(role.span)
            continue
        source = _nearest(ctx, cue[1] if cue else rng, sources)
        att = Attribution(
            [role.span], cue[0].span if cue else None, "model",
            source_token=_head(ctx, source[1]) if source else None,
            source_span=source[0].span if source else None,
            confidence=LINKED_CONFIDENCE if cue else UNLINKED_CONFIDENCE)
        if cue is not None:
            by_cue[id(cue)] = att
        attributions.append(att)
    return attributions


def _worded(ctx: DocContext, role: RoleSpan) -> bool:
    """The role holds a letter or digit: content or a source of marks alone is a misreading."""
    return _WORD.search(ctx.text, role.span.start, role.span.end) is not None


def _token_range(ctx: DocContext, span: Span) -> tuple[int, int] | None:
    found = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    return (found.start, found.end) if found is not None and len(found) else None


def _nearest(ctx: DocContext, rng: tuple[int, int], candidates):
    """The candidate closest to token range ``rng`` within MAX_CUE_SENTENCES sentences;
    one in the same sentence always wins over one in a neighbouring sentence."""
    sent = ctx.sent_of[rng[0]]
    best, best_gap = None, None
    for cand in candidates:
        start, end = cand[1]
        if min(abs(ctx.sent_of[start] - sent), abs(ctx.sent_of[end - 1] - sent)) > MAX_CUE_SENTENCES:
            continue
        other_sentence = len(ctx.doc) if ctx.sent_of[start] != sent else 0
        gap = max(start - rng[1], rng[0] - end, 0) + other_sentence
        if best_gap is None or gap < best_gap:
            best, best_gap = cand, gap
    return best


def _head(ctx: DocContext, rng: tuple[int, int]) -> int:
    """The syntactic head of a token range (its root in the parse)."""
    return ctx.doc[rng[0]:rng[1]].root.i
