"""Per-document lookups that every rule needs, computed once per Doc.

Rules ask "is this token inside quotation marks?", "which sentence, which
paragraph?" many times; answering from arrays keeps the rules' cost a small
fraction of the parse (see docs/benchmarks.md).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from onrecord.nlp.wordlists import read_word_file
from onrecord.quotes.marks import QuotedSpan, pair_quote_marks
from onrecord.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PARAGRAPH_BREAK = re.compile(r"\n[\s]*")
_WORDS = re.compile(r"\w+")
_LOOSE_EDGE = frozenset(" \t\n,;—–-")
#: An aside shorter than this is a tag that belongs to its noun ("Sen. Lee (R-Utah)").
MIN_ASIDE_WORDS = 3
#: Content left on one side of an aside needs this many words to stand as a piece.
MIN_PIECE_WORDS = 2
#: A photo caption ends in its credit, "(Steve Lawrence/CBC)", "(AP Photo/Jane Doe)", or one of
#: ``lang/en/caption_credits.txt`` ("(Submitted by Wendy Golden)"): the caption is page furniture
#: and its credit no speaker (issue 16; GGT marks no statement in captions).
_CREDIT_NAME = r"[A-Za-z][\w.'’ &-]*"
_SLASHED_CREDIT = r"(?:[A-Z][\w.'’ -]*/)+[A-Z][\w.'’ &-]*"
#: Reported content needs this many words, unless it is a piece of an interrupted clause.
MIN_CONTENT_WORDS = 3
#: A parenthetical: between spaced dashes, or in parentheses.
_ASIDE = re.compile(r"\s(?:—|–|--)\s[^—–\n]*?\s(?:—|–|--)(?=\s)|\s?\([^()\n]*\)")


def _gloss(aside: str) -> bool:
    """A name in parentheses, every word capitalised ("CERB (Canada Emergency Response Benefit)
    payments"): the writer spells out a word of the content, which stays whole, not an aside."""
    return all(w[:1].isupper() or w.isdigit() for w in _WORDS.findall(aside))


@cache
def photo_credit() -> re.Pattern[str]:
    """A paragraph's closing photo credit, slashed or opened by a word of ``lang/en/caption_credits.txt``."""
    words = "|".join(re.escape(w) for w in read_word_file("onrecord.quotes.lang.en", "caption_credits.txt"))
    return re.compile(rf"\((?:{_SLASHED_CREDIT}|(?:{words}) {_CREDIT_NAME})\)[ \t]*\n?$")


@cache
def furniture_openings() -> tuple[str, ...]:
    """Lower-cased openings of page-furniture paragraphs (``lang/en/boilerplate.txt``)."""
    return tuple(line.lower() for line in read_word_file("onrecord.quotes.lang.en", "boilerplate.txt"))


@dataclass(slots=True)
class DocContext:
    """A parsed text with its quote marks, sentence and paragraph bounds."""

    doc: Doc
    text: str
    quoted: list[QuotedSpan]
    in_quote: list[bool] = field(default_factory=list)
    sent_of: list[int] = field(default_factory=list)
    sent_bounds: list[tuple[int, int]] = field(default_factory=list)
    para_starts: list[int] = field(default_factory=list)
    furniture: frozenset[int] = frozenset()

    @classmethod
    def build(cls, doc: Doc, quoted: list[QuotedSpan] | None = None) -> DocContext:
        """The context of ``doc``, its quotations paired from the marks unless ``quoted`` gives them
        (Russian takes the author's words out of ``«…, — сказал он, — …»``)."""
        text = doc.text
        ctx = cls(doc, text, pair_quote_marks(text) if quoted is None else quoted)
        ctx.in_quote = [False] * len(doc)
        for q in ctx.quoted:
            for piece in q.pieces:
                span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
                if span is not None:
                    for i in range(span.start, span.end):
                        ctx.in_quote[i] = True
        ctx.sent_of = [0] * len(doc)
        for n, sent in enumerate(doc.sents):
            ctx.sent_bounds.append((sent.start, sent.end))
            for i in range(sent.start, sent.end):
                ctx.sent_of[i] = n
        ctx.para_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
        openings = furniture_openings()
        ctx.furniture = frozenset(n for n, start in enumerate(ctx.para_starts)
                                  if text[start:start + 40].lower().startswith(openings)
                                  or photo_credit().search(text, start, ctx._paragraph_end(n)))
        return ctx

    def _paragraph_end(self, n: int) -> int:
        return self.para_starts[n + 1] if n + 1 < len(self.para_starts) else len(self.text)

    def is_furniture(self, char: int) -> bool:
        """The character lies in a link caption, an advertising break ("READ MORE: ...") or a photo caption."""
        return self.paragraph(char) in self.furniture

    def paragraph(self, char: int) -> int:
        """Index of the paragraph (text between line breaks) holding ``char``."""
        return bisect_right(self.para_starts, char) - 1

    def paragraph_span(self, char: int) -> Span:
        n = self.paragraph(char)
        start = self.para_starts[n]
        end = self.para_starts[n + 1] if n + 1 < len(self.para_starts) else len(self.text)
        return Span(start, end).trimmed(self.text)

    def by_paragraph(self, span: Span) -> list[Span]:
        """``span`` cut at paragraph breaks: a quotation that runs over several
        paragraphs is reported one piece per paragraph, as both PolNeAR and
        GGT annotate it."""
        first, last = self.paragraph(span.start), self.paragraph(max(span.start, span.end - 1))
        if first == last:
            return [span]
        pieces = []
        for n in range(first, last + 1):
            start = max(span.start, self.para_starts[n])
            end = min(span.end, self.para_starts[n + 1]) if n + 1 < len(self.para_starts) else span.end
            piece = Span(start, end).trimmed(self.text)
            if piece.end > piece.start:
                pieces.append(piece)
        return pieces

    def without_asides(self, span: Span) -> list[Span]:
        """``span`` minus the writer's asides between dashes or in parentheses.

        ``Wojtaszek said she agreed with Paul Carver — who led the effort — that
        the ruling was wrong``: the aside is the writer's, so the content is
        reported in two pieces, as GGT annotates it. Asides inside quotation
        marks are the speaker's and stay.
        """
        cuts = [m for m in _ASIDE.finditer(self.text, span.start, span.end)
                if not self._quoted_at(m.start()) and len(_WORDS.findall(m.group())) >= MIN_ASIDE_WORDS
                and not _gloss(m.group())]
        if not cuts:
            return [span]
        bounds = [span.start] + [x for m in cuts for x in (m.start(), m.end())] + [span.end]
        pieces = [self._stripped(bounds[n], bounds[n + 1]) for n in range(0, len(bounds), 2)]
        pieces = [p for p in pieces if len(_WORDS.findall(self.text, p.start, p.end)) >= MIN_PIECE_WORDS]
        return pieces or [span]

    def _stripped(self, start: int, end: int) -> Span:
        """start..end without surrounding spaces and unquoted commas, dashes, semicolons."""
        while start < end and self.text[start] in _LOOSE_EDGE:
            start += 1
        while end > start and self.text[end - 1] in _LOOSE_EDGE:
            end -= 1
        return Span(start, end)

    def _quoted_at(self, char: int) -> bool:
        return any(q.start <= char < q.end for q in self.quoted)

    def sentence(self, token: Token) -> tuple[int, int]:
        """(first token, end token) of the sentence holding ``token``."""
        return self.sent_bounds[self.sent_of[token.i]]

    def clause_span(self, first: int, last: int, anchor: int, min_words: int = MIN_CONTENT_WORDS) -> list[Span]:
        """Tokens first..last in the anchor's paragraph, without edge punctuation
        outside quotes; [] if too short.

        A parse can run a sentence over a line break (a heading after a
        paragraph); content stays in the paragraph of its cue. An unquoted
        semicolon ends the reported clause on the cue's side ("...; TVN24
        reported he received surgery": docs/annotation.md).
        """
        doc = self.doc
        if any(self._semicolon(i) for i in range(min(last + 1, anchor + 1), max(first, anchor))):
            return []  # "A; TVN24 reported B": A is another sentence, not what TVN24 reported
        for i in range(first, last + 1):
            if "\n" in doc[i].text or self._semicolon(i):
                if i < anchor:
                    first = i + 1
                else:
                    last = i - 1
                    break
        while first <= last and (doc[first].is_punct or doc[first].is_space) and not self.in_quote[first]:
            first += 1
        while last >= first and (doc[last].is_punct or doc[last].is_space) and not self.in_quote[last]:
            last -= 1
        words = sum(1 for i in range(first, last + 1) if not doc[i].is_punct)
        if last < first or words < min_words:
            return []
        return [self.char_span(first, last)]

    def first_word(self, start: int) -> int:
        """The first token at or after ``start`` that is neither punctuation nor space (a sentence's
        first word, where an attribution phrase opening it is no interruption of its content)."""
        doc = self.doc
        while start < len(doc) and (doc[start].is_punct or doc[start].is_space):
            start += 1
        return start

    def _semicolon(self, i: int) -> bool:
        return self.doc[i].text == ";" and not self.in_quote[i]

    def char_span(self, first: int, last: int) -> Span:
        """Characters of tokens first..last inclusive, trailing punctuation kept."""
        doc = self.doc
        return Span(doc[first].idx, doc[last].idx + len(doc[last].text))

    def token_at(self, char: int) -> int:
        """Index of the token that starts at or covers ``char`` (nearest following)."""
        span = self.doc.char_span(char, min(char + 1, len(self.text)), alignment_mode="expand")
        return span.start if span is not None else len(self.doc) - 1
