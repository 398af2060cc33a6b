"""Statements printed in full after a lead-in that a colon ends.

Press releases print a member's statement, remarks, letter or resolution in full after a
paragraph such as "Congresswoman X released the following statement:" or "Senator Y
delivered the following remarks on the Senate floor:". docs/annotation.md ("Settled on the
press-release supplement") annotates what follows as one statement owned by the lead-in's
subject, one piece per paragraph, with the lead-in's verb phrase as the cue:

* a quotation that opens the next paragraph (often running over several paragraphs, each
  reopening the mark) is that statement, direct;
* paragraphs with no quotation marks are a document printed in full: every paragraph up to
  the first that opens with a quotation mark, is page furniture ("###", "Background"), does
  not end like a sentence (a heading), or names the speaker again, is a piece of it,
  indirect; a list (items ending with ";", or questions) is its items.

The lead-in needs a subject and a verb of speech ("said:", "wrote:") or a verb whose object
is a document (``lang/en/document_nouns.txt``: "issued the following statement:", "sent a
letter …:"); "The schedule is as follows:" or a list heading is no lead-in.
"""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from onrecord.nlp.wordlists import read_word_file
from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.quotes.lexicon import CueLexicon
from onrecord.quotes.sources import NOMINAL_POS, subject_of
from onrecord.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

OPENING_MARKS = ("“", '"', "‘", "'", "«", "„")
SENTENCE_ENDS = (".", "!", "?", ";", ":", "”", '"', "’", ")")
#: A printed document longer than this many paragraphs is not taken whole.
MAX_PARAGRAPHS = 20
#: A heading before excerpts ("Floor Speech Excerpts:") has at most this many words.
MAX_HEADING_WORDS = 6
#: A quotation after a lead-in needs this many words (a nickname in quotation marks is none).
MIN_QUOTATION_WORDS = 4
_WORD = re.compile(r"\w+")
#: A paragraph that points to the document printed after it ("The full letter can be read here or below.").
#: Openings of the paragraphs that end a release's own text.
CLOSING = re.compile(r"(?:#{3}|-30-|read the full|click here|watch |view the|contact:|for more information)", re.I)
_BELOW = re.compile(r"^(?:the )?full (?:text|letter|statement|resolution)\b[^\n]{0,80}\bbelow\.?[ \t]*$",
                    re.IGNORECASE | re.MULTILINE)


@cache
def document_nouns() -> frozenset[str]:
    """Nouns of what is printed in full after a lead-in (``lang/en/document_nouns.txt``)."""
    return frozenset(read_word_file("onrecord.quotes.lang.en", "document_nouns.txt"))


def printed_documents(ctx: DocContext, lexicon: CueLexicon, before: list[Attribution]) -> list[Attribution]:
    """One attribution per lead-in paragraph followed by what it introduces; ``before``: the cue
    attributions found so far, whose latest speaker a heading's excerpts continue."""
    found = []
    starts = ctx.para_starts
    for n in range(len(starts) - 1):
        para = ctx.paragraph_span(starts[n])
        if para.end <= para.start or ctx.is_furniture(para.start):
            continue
        if _BELOW.search(ctx.text, para.start, para.end):
            heading = _heading_excerpts(ctx, n, para, before, below=True)
            if heading is not None:
                found.append(heading)
            continue
        if ctx.text[para.end - 1] != ":":
            continue
        lead = _lead_in(ctx, ctx.token_at(para.end - 1), lexicon)
        if lead is None:
            heading = _heading_excerpts(ctx, n, para, before)
            if heading is not None:
                found.append(heading)
            continue
        subject, cue, printed = lead
        content = _quotation_after(ctx, n + 1) or _document_after(ctx, n + 1, _surname(subject), lists_only=not printed)
        if content:
            found.append(Attribution(content, cue, "printed-document", source_token=subject.i, confidence=0.7,
                                     quoted=[p for p in content if ctx.in_quote[ctx.token_at(p.start)]]))
    return found


def _lead_in(ctx: DocContext, colon: int, lexicon: CueLexicon) -> tuple[Token, Span, bool] | None:
    """The subject and cue of the clause a colon ends ("X released the following statement:"), and
    whether it may introduce paragraphs without quotation marks: a cue without an object ("said:")
    or with a document for its object does ("announced the following grants:" lists items)."""
    doc = ctx.doc
    start, _ = ctx.sentence(doc[colon])
    verb = next((t for t in doc[start:colon] if t.head.i == t.i), None)
    if verb is None or verb.pos_ != "VERB" or ctx.in_quote[verb.i]:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.i < colon), None)
    if not lexicon.is_verb_cue(verb.lower_) and (obj is None or obj.lower_ not in document_nouns()):
        return None
    subject = subject_of(verb, inverted=False)
    if subject is None or doc[subject].pos_ not in NOMINAL_POS:
        return None
    last = obj.i if obj is not None else verb.i
    printed = obj is None or obj.lower_ in document_nouns()
    return doc[subject], ctx.char_span(verb.i, last), printed


def _heading_excerpts(ctx: DocContext, n: int, para: Span, before: list[Attribution],
                      below: bool = False) -> Attribution | None:
    """``Floor Speech Excerpts:`` then quotations, one a paragraph, or ``Full text of the letter:``
    (or "The full letter can be read here or below.") then the letter: a heading (a few words, no
    verb) before what the article's latest speaker said or wrote, which the excerpts continue
    however far back that speaker was named."""
    words = ctx.text[para.start:para.end].split()
    if not below and (len(words) > MAX_HEADING_WORDS or any(t.pos_ in ("VERB", "AUX") for t in ctx.doc[
            ctx.token_at(para.start):ctx.token_at(para.end - 1)])):
        return None
    latest = next((a for a in reversed(before) if a.has_source and a.cue is not None and a.cue.end <= para.start
                   and a.content), None)
    if latest is None:
        return None
    content = []
    while n + 1 < len(ctx.para_starts) and (piece := _quotation_after(ctx, n + 1)):
        content += piece
        n = ctx.paragraph(piece[-1].end - 1)
    if not content and (below or any(w.lower().strip(":") in document_nouns() for w in words)):
        content = _document_after(ctx, n + 1)
    if not content:
        return None
    return Attribution(content, None, "printed-document", follows=latest, confidence=0.6,
                       quoted=[p for p in content if ctx.in_quote[ctx.token_at(p.start)]])


def _quotation_after(ctx: DocContext, n: int) -> list[Span]:
    """The quotation that opens paragraph ``n``, all its pieces."""
    start = ctx.para_starts[n]
    for q in ctx.quoted:
        if q.start == start and len(_WORD.findall(ctx.text, q.start, q.end)) >= MIN_QUOTATION_WORDS:
            return [q.span]
    return []


def _document_after(ctx: DocContext, n: int, speaker: str | None = None, lists_only: bool = False) -> list[Span]:
    """Paragraphs from ``n`` on with no opening quotation mark: a list (items ending with a
    semicolon but the last, or questions, each ending with a question mark), else the paragraphs up
    to furniture, a heading, the release's closing lines ("###", "Read the full letter") or one
    that names the ``speaker`` again (the writer's narration resumes: "Reyes has represented …").
    After a lead-in whose object is no document ("asked the bank for answers on:"), only a list."""
    paragraphs = []
    while n < len(ctx.para_starts) and len(paragraphs) < MAX_PARAGRAPHS:
        para = ctx.paragraph_span(ctx.para_starts[n])
        text = ctx.text[para.start:para.end]
        if not text or text.startswith(OPENING_MARKS) or ctx.is_furniture(para.start) \
                or not text.endswith(SENTENCE_ENDS) or len(text.split()) < 4:
            break
        paragraphs.append(para)
        n += 1
    if not paragraphs:
        return []
    first = ctx.text[paragraphs[0].start:paragraphs[0].end]
    if first.endswith((";", "?")):
        return _items(ctx, paragraphs, first[-1])
    if lists_only:
        return []
    pieces = []
    for para in paragraphs:
        text = ctx.text[para.start:para.end]
        if CLOSING.match(text) or (speaker and re.search(rf"\b{re.escape(speaker)}\b", text)):
            break
        pieces.append(para)
    return pieces


def _items(ctx: DocContext, paragraphs: list[Span], end: str) -> list[Span]:
    """A list's items: each ends with ``end`` (";" or "?"); a semicolon list's last item ends otherwise."""
    items = []
    for para in paragraphs:
        ends = ctx.text[para.end - 1] == end
        if not ends and end == "?":
            break
        items.append(para)
        if not ends:
            break
    return items


def _surname(subject: Token) -> str | None:
    """The last word of the lead-in subject's name, by which the writer names the speaker again."""
    return subject.text if subject.pos_ == "PROPN" else None
