"""Russian quotations that hold the author's words: ``«Мы не уйдём, — заявил мэр, — это наш дом»``.

Russian punctuation (Розенталь, «Справочник по правописанию и литературной правке», §
on direct speech; the rule of «П, — а, — п») keeps the quotation marks around the whole
quotation and sets the author's words off inside it with dashes. Paired as marks, that is
one quotation with the cue inside it, which no rule would read. So the author's words are
taken out: the quotation becomes two, before and after them, and the cue between them is
read like any other (``…, заявил мэр``: :mod:`.reported`), its two pieces one statement.

A block quotation, verbatim text set off in its own paragraph after a line that ends with a
colon (``Адвокат сообщил:`` then the lawyer's words; Розенталь's direct speech after the author's
words, with the marks lost from the plain text of a quotation template), is a quotation as well:
the layout does the marks' work (docs/annotation_ru.md, "Block quotations"). So does the dialogue
dash (Розенталь, § on dialogue: each line of a speaker opens with a dash and has no marks):
``— Мы готовы, — сказал он.`` quotes ``Мы готовы``; the author's words after ``, — `` are not
part of it.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.quotes.direct import MIN_STATEMENT_WORDS
from onrecord.quotes.lexicon import CueLexicon
from onrecord.quotes.marks import QuotedSpan, pair_quote_marks
from onrecord.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: ``, — заявил мэр Иван Петров, — `` or ``. — `` inside a quotation; a spaced hyphen counts as a
#: dash, as typed text often has it, and a no-break space as a space (typeset text binds the dash so).
_AUTHOR_WORDS = re.compile(
    r"(?P<punct>[,.!?…])[ \t\u00a0]+[—–-][ \t\u00a0]+(?P<words>[^—–«»„“\"\n]{2,150}?)[,.:][ \t\u00a0]+[—–-][ \t\u00a0]+")
#: What may stand between a cue and the quotation that goes on after the author's words: the rest
#: of the author's words (``цитирует газета высказывания Чеффица``), a point and a dash.
_AUTHOR_END = re.compile(r"[^«»„“\"\n]{0,150}?[.:][ \t\u00a0]+[—–-][ \t\u00a0]+")
#: Author's words right after a quotation: ``», — сказал он``.
_DASH_CREDIT = re.compile(r"[,.!?…]?[ \t\u00a0]*[—–-][ \t\u00a0]")
#: The dash after a mark that opens the author's words: a cheap test before the full pattern.
_DASH_AFTER_MARK = re.compile(r"[,.!?…][ \t\u00a0]+[—–-][ \t\u00a0]")
_KEEP = ".!?…"
_WORD = re.compile(r"\w+")
#: A paragraph that opens with a dialogue dash: the spoken line after it.
_DIALOGUE = re.compile(r"^[ \t\u00a0]*[—–][ \t\u00a0]+(?P<line>[^\n]*?\w[^\n]*?)[ \t\u00a0]*$", re.MULTILINE)
#: A break between the spoken words and the author's words in a dialogue line: a mark, then a dash.
_DIALOGUE_AUTHOR = re.compile(r"(?P<punct>[,!?…])[ \t\u00a0]+[—–][ \t\u00a0]+")
#: A line that ends with a colon, then the next line: the lead-in and the block it introduces.
#: (The lookahead asks for a word on the line once; "[^\n]*\w[^\n]*" before the colon backtracked
#: quadratically over every line of the text.)
_BLOCK = re.compile(r"^(?=[^\n]*\w)(?P<lead>[^\n]*):[ \t\u00a0]*\n[ \t\u00a0]*(?P<block>[^\s«„“\"][^\n]*?)[ \t\u00a0]*$",
                    re.MULTILINE)


def without_author_words(doc: Doc, quoted: list[QuotedSpan], lexicon: CueLexicon) -> list[QuotedSpan]:
    """``quoted`` with each one-paragraph quotation that holds the author's words (a cue among them)
    split into the quotation before and the quotation after them."""
    out: list[QuotedSpan] = []
    for q in quoted:
        one_piece_with_dash = len(q.pieces) == 1 and _DASH_AFTER_MARK.search(doc.text, q.start + 1, q.end - 1)
        m = _AUTHOR_WORDS.search(doc.text, q.start + 1, q.end - 1) if one_piece_with_dash else None
        if m is None or not _has_cue(doc, m.start("words"), m.end("words"), lexicon):
            out.append(q)
            continue
        first_end = m.end("punct") if m.group("punct") in _KEEP else m.start("punct")
        out.append(QuotedSpan(Span(q.start, first_end), (Span(q.start, first_end),), False, q.double))
        out.append(QuotedSpan(Span(m.end(), q.end), (Span(m.end(), q.end),), q.closed, q.double))
    return out


def continued_quotation(ctx: DocContext, content: list[Span], cue: Span) -> list[Span]:
    """``«А, — сказал он. — Б»``: the quotation after the author's words, when they end a sentence (the
    point before the dash), is the second piece of the statement whose first piece is the quotation
    before them (:func:`without_author_words` cut it there); [] when there is none. The author's words
    between them are the cue's (Розенталь, § on direct speech: «П, — а. — П»)."""
    if not content:
        return []
    first = next((q for q in ctx.quoted if q.start <= content[-1].start < q.end), None)
    if first is None or first.closed or first.end > cue.start:
        return []
    after = next((q for q in ctx.quoted if q.start >= cue.end), None)
    if after is None or not _AUTHOR_END.fullmatch(ctx.text, cue.end, after.start) or _DASH_CREDIT.match(
            ctx.text, after.end):
        return []  # ``— Б», — сказал депутат``: the quotation after has author's words of its own
    return [Span(after.start, after.end)]


def _has_cue(doc: Doc, start: int, end: int, lexicon: CueLexicon) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "ADJ") and lexicon.is_verb_cue(t.lemma_) for t in span)


def dialogue_lines(text: str, quoted: list[QuotedSpan]) -> list[QuotedSpan]:
    """``quoted`` with the dialogue lines added, in text order: a paragraph that opens with a dash and
    holds no quotation, up to the author's words that end it after ``, — `` (the punctuation before
    them kept when it is ``!``, ``?`` or ``…``); author's words inside it are taken out later
    (:func:`without_author_words`)."""
    lines = []
    for m in _DIALOGUE.finditer(text):
        start, end = m.span("line")
        if any(q.start < end and start < q.end for q in quoted):
            continue
        breaks = list(_DIALOGUE_AUTHOR.finditer(text, start, end))
        if len(breaks) % 2:  # ``А, — сказал он.``; an even count is ``А, — сказал он, — Б``, split later
            author = breaks[-1]
            end = author.end("punct") if author.group("punct") in "!?…" else author.start("punct")
        if len(_WORD.findall(text, start, end)) >= 1:
            lines.append(QuotedSpan(Span(start, end), (Span(start, end),), True, False))
    return sorted(quoted + lines, key=lambda q: q.start)


def block_quotations(doc: Doc, quoted: list[QuotedSpan]) -> list[QuotedSpan]:
    """``quoted`` with the block quotations added, in text order: a paragraph of at least
    ``MIN_STATEMENT_WORDS`` words, outside every quotation, after a line that ends with a colon and
    has a verb (``Погибли:`` before a list has one too, but ``Состав команды:`` has none). A
    quotation inside the block (a title, the speaker's own quoting: ``прозвучал "Польский реквием"``)
    is part of it: the block replaces it."""
    blocks, inner = [], set()
    for m in _BLOCK.finditer(doc.text):
        start, end = m.span("block")
        inside = [q for q in quoted if start <= q.start and q.end <= end]
        if len(_WORD.findall(doc.text, start, end)) < MIN_STATEMENT_WORDS or any(
                q.start < end and start < q.end and q not in inside for q in quoted):
            continue
        lead = doc.char_span(m.start("lead"), m.end("lead"), alignment_mode="expand")
        if lead is not None and any(t.pos_ in ("VERB", "AUX") for t in lead):
            blocks.append(QuotedSpan(Span(start, end), (Span(start, end),), True, False))
            inner.update(q.start for q in inside)
    return sorted([q for q in quoted if q.start not in inner] + blocks, key=lambda q: q.start)


def russian_context(doc: Doc, lexicon: CueLexicon) -> DocContext:
    """The rules' context of a Russian ``Doc``: its quotations paired, the author's words taken out,
    the block quotations added."""
    quoted = without_author_words(doc, dialogue_lines(doc.text, pair_quote_marks(doc.text)), lexicon)
    return DocContext.build(doc, block_quotations(doc, quoted))


def without_titles(ctx: DocContext, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions less the content that is only a name in quotation marks.

    Russian puts the names of papers, firms, films and ships in «» (Розенталь, § on names in
    quotation marks): ``газета «Коммерсантъ» сообщила``, ``представитель тюрьмы «Тихар» заявил``,
    ``рассказала о выставке «Чайная горница»``. A quotation of fewer than ``MIN_STATEMENT_WORDS``
    words is such a name (or an aside), not a statement, when it lies inside the source's own words
    or between them and the cue, when it
    opens with a capital right after a word (no colon or dash leads into it), or when all that
    credits it is a headline colon or a dash. A piece that is the name goes (a partial quote
    that ends with it too); an attribution left with no piece goes.
    """
    kept = []
    for att in attributions:
        titles = [q for q in att.quoted if _is_title(ctx, att, q)]
        if titles:
            att.content = [p for p in att.content if not any(
                q.contains(p) or (att.rule == "partial-quote" and p.end == q.end) for q in titles)]
            att.quoted = [q for q in att.quoted if q not in titles]
        if att.content:
            kept.append(att)
    return kept


def _is_title(ctx: DocContext, att: Attribution, q: Span) -> bool:
    if len(_WORD.findall(ctx.text, q.start, q.end)) >= MIN_STATEMENT_WORDS:
        return False
    if att.rule in ("colon-credit", "dash-credit"):
        return True
    before = ctx.text[:q.start].rstrip()
    first = _WORD.search(ctx.text, q.start, q.end)
    if before and before[-1].isalnum() and first is not None and first.group()[0].isupper():
        return True
    if att.source_token is None:
        return False
    source = ctx.doc[att.source_token]
    source_end = source.right_edge.idx + len(source.right_edge.text)
    if source.left_edge.idx <= q.start and q.end <= source_end:
        return True
    # ``Один из ректоров «не для записи» заявил: …``: between the speaker and the cue, an aside
    return att.cue is not None and source_end <= q.start and q.end <= att.cue.start
