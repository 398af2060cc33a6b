"""The source mention: which words name the speaker, and what kind of words.

A mention is the head token's named entity when it has one, else its noun
phrase without relative clauses or appositions (GGT marks "Doug McCallum"
in "then-Surrey mayoral candidate Doug McCallum"; PolNeAR marks the phrase).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from onrecord.records import MentionKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERSON_LABELS = ("PERSON",)
ORG_LABELS = ("ORG", "NORP", "GPE", "FAC")
NP_LEFT_DEPS = ("det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case")
GROUP_PRONOUNS = ("they", "them", "we", "it")


@dataclass(frozen=True, slots=True)
class Mention:
    span: Span
    kind: MentionKind
    head: int
    text: str
    entity_label: str


def mention_for(doc: Doc, head_i: int) -> Mention:
    head = doc[head_i]
    if head.pos_ == "PRON":
        return Mention(_span(head, head), "pronoun", head_i, head.text, "")
    if head.ent_type_:
        ent = _entity(doc, head)
        if ent is not None:
            kind: MentionKind = "name" if ent.label_ in PERSON_LABELS else "organisation"
            span = name_span(doc, ent.start, ent.end)
            return Mention(span, kind, head_i, span.text(doc.text), ent.label_)
    first = head
    for child in head.lefts:
        if child.dep_ in NP_LEFT_DEPS:
            first = child.left_edge if child.left_edge.i < first.i else first
    kind = "organisation" if head.pos_ == "PROPN" else "role"
    span = _span(first, head)
    return Mention(span, kind, head_i, doc.text[span.start:span.end], "")


def name_span(doc: Doc, start: int, end: int) -> Span:
    """An entity's characters, grown left over proper-noun compounds the
    recogniser left out ("Dmitry" of "Dmitry Peskov" in the small model)."""
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and start <= doc[start - 1].head.i < end:
        start -= 1
    return Span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))


def _span(first: Token, last: Token) -> Span:
    return Span(first.idx, last.idx + len(last.text))


def _entity(doc: Doc, tok: Token):
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
        if ent.start > tok.i:
            break
    return None


def role_words(tok: Token) -> list[str]:
    """Role nouns said of a name: "spokesman Dmitry Peskov", "Peskov, the spokesman"."""
    words = []
    for child in tok.children:
        if child.dep_ in ("compound", "amod") and child.i < tok.i and child.ent_type_ != "PERSON":
            words.extend(t.lower_ for t in child.subtree if t.ent_type_ != "PERSON" and t.is_alpha)
        elif child.dep_ == "appos" and child.pos_ == "NOUN":
            words.append(child.lower_)
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":
        words.append(tok.head.lower_)
    return words
