"""Russian text as tokens and sentences, every character accounted for.

razdel (Natasha's segmenter, rule-based, tuned on Russian news) cuts words and
sentences. A line break always ends a sentence: a headline or a caption has no full
stop, and onrecord's English pipeline marks the same boundary
(:mod:`onrecord.nlp.sentences`). A sentence longer than ``MAX_SENTENCE_WORDS`` is cut
into pieces of that length: the syntax model scores every pair of words, so a run of
thousands of tokens (a table, a hostile input) would cost the square of its length.

Whitespace follows spaCy's convention: one space after a word is that word's
``whitespace_``; anything more (a line break, a second space) is a token of its own,
so the words and spaces rebuild the text exactly and offsets are the article's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MAX_SENTENCE_WORDS = 200
_LINE = re.compile(r"[^\n]+")


@dataclass(slots=True)
class Piece:
    """One token: its text, where it starts, and whether it is whitespace."""

    text: str
    start: int
    space: bool = False


def sentences(text: str) -> list[list[Piece]]:
    """The words of each sentence of ``text``, in order (whitespace left out)."""
    from razdel import sentenize, tokenize

    out: list[list[Piece]] = []
    for line in _LINE.finditer(text):
        base = line.start()
        tokens = [Piece(t.text, base + t.start) for t in tokenize(line.group())]
        at = 0
        for sent in sentenize(line.group()):  # each line tokenized once, its words dealt to its sentences
            end = base + sent.stop
            first = at
            while at < len(tokens) and tokens[at].start < end:
                at += 1
            out.extend(tokens[i:min(i + MAX_SENTENCE_WORDS, at)] for i in range(first, at, MAX_SENTENCE_WORDS))
    return [s for s in out if s]


def with_spaces(text: str, sents: list[list[Piece]]) -> tuple[list[str], list[bool], list[int | None]]:
    """spaCy's ``words`` and ``spaces`` for the text, and for each token the index of its word in the
    flattened sentences, or None for a whitespace token."""
    words: list[str] = []
    spaces: list[bool] = []
    source: list[int | None] = []
    at = 0
    flat = [w for s in sents for w in s]
    for n, piece in enumerate(flat + [Piece("", len(text))]):
        gap = text[at:piece.start]
        if gap:
            if words and gap[0] == " " and not spaces[-1] and source[-1] is not None:
                spaces[-1], gap = True, gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
                source.append(None)
        if n < len(flat):
            words.append(piece.text)
            spaces.append(False)
            source.append(n)
            at = piece.start + len(piece.text)
    return words, spaces, source
