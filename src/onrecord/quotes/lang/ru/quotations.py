"""Russian quotations that hold the author's words: ``«Мы не уйдём, — заявил мэр, — это наш дом»``.

Russian punctuation (Розенталь, «Справочник по правописанию и литературной правке», §
on direct speech; the rule of «П, — а, — п») keeps the quotation marks around the whole
quotation and sets the author's words off inside it with dashes. Paired as marks, that is
one quotation with the cue inside it, which no rule would read. So the author's words are
taken out: the quotation becomes two, before and after them, and the cue between them is
read like any other (``…, заявил мэр``: :mod:`.reported`), its two pieces one statement.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from onrecord.quotes.context import DocContext
from onrecord.quotes.lexicon import CueLexicon
from onrecord.quotes.marks import QuotedSpan, pair_quote_marks
from onrecord.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: ``, — заявил мэр Иван Петров, — `` or ``. — `` inside a quotation; a spaced hyphen counts as a
#: dash, as typed text often has it.
_AUTHOR_WORDS = re.compile(r"(?P<punct>[,.!?…])[ \t]+[—–-][ \t]+(?P<words>[^—–«»„“\"\n]{2,150}?)[,.:][ \t]+[—–-][ \t]+")
_KEEP = ".!?…"


def without_author_words(doc: Doc, quoted: list[QuotedSpan], lexicon: CueLexicon) -> list[QuotedSpan]:
    """``quoted`` with each one-paragraph quotation that holds the author's words (a cue among them)
    split into the quotation before and the quotation after them."""
    out: list[QuotedSpan] = []
    for q in quoted:
        m = _AUTHOR_WORDS.search(doc.text, q.start + 1, q.end - 1) if len(q.pieces) == 1 else None
        if m is None or not _has_cue(doc, m.start("words"), m.end("words"), lexicon):
            out.append(q)
            continue
        first_end = m.end("punct") if m.group("punct") in _KEEP else m.start("punct")
        out.append(QuotedSpan(Span(q.start, first_end), (Span(q.start, first_end),), False, q.double))
        out.append(QuotedSpan(Span(m.end(), q.end), (Span(m.end(), q.end),), q.closed, q.double))
    return out


def _has_cue(doc: Doc, start: int, end: int, lexicon: CueLexicon) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "ADJ") and lexicon.is_verb_cue(t.lemma_) for t in span)


def russian_context(doc: Doc, lexicon: CueLexicon) -> DocContext:
    """The rules' context of a Russian ``Doc``: its quotations paired, the author's words taken out."""
    return DocContext.build(doc, without_author_words(doc, pair_quote_marks(doc.text), lexicon))
