"""Role phrases: the noun phrases an article gives a person, and nothing else.

Issue 16 found a speaker page listing "leading president nominee percent wife a rally": the
words of every modifier subtree near a name, pooled. A role is now one whole noun phrase
in one of the three places news gives it (the places GGT and PolNeAR mark a source's
description; the order of Lee et al.'s 2013 appositive and role-appositive sieves):

* a title before the name, in the name's own noun phrase: "Kremlin spokesman Dmitry Peskov",
  "the Russian president's spokesman Dmitry Peskov";
* an apposition after it: "Dmitry Peskov, the Kremlin spokesman, said";
* the noun the name is in apposition to: "the Kremlin's spokesman, Dmitry Peskov".

A phrase is kept only when it is a noun phrase: at most ``MAX_ROLE_WORDS`` words headed by a
noun, without verbs, numbers, pronouns or another person's name (a possessive owner,
"Huber's tag team partner", is allowed). Forms of address ("Mr.") are not roles.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.speakers.names import ROLE_PREPS, courtesy_titles, honorifics, role_groups

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_ROLE_WORDS = 6
#: Parts of speech a role phrase is made of ("PART" is the possessive 's).
ROLE_POS = frozenset(("NOUN", "PROPN", "ADJ", "PART"))
#: Dependents of a noun that belong to its phrase, to its left.
LEFT_DEPS = frozenset(("amod", "compound", "poss", "nmod", "case", "det", "punct"))
HYPHENS = frozenset(("-", "–", "‐"))
DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its", "our", "my", "your"))


def role_phrases(doc: Doc, start: int, end: int) -> list[str]:
    """The role phrases of the name ``doc[start:end]``, lower case, in text order."""
    found: list[str] = []
    title = title_before(doc, start, end)
    if title:
        found.append(title)
    head = doc[end - 1]
    for child in head.children:
        if child.dep_ == "appos" and child.i >= end and child.pos_ == "NOUN" and _adjacent(doc, end, child):
            found.append(_phrase(doc, child))
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < start:
        found.append(_phrase(doc, head.head))
    return [p for p in dict.fromkeys(found) if p]


def _adjacent(doc: Doc, end: int, noun: Token) -> bool:
    """An apposition starts right after the name, or after its comma: "Peskov, the spokesman". One the parser
    hung on the name from further on ("Trump himself, his wife Melania", "..., 50 percent") is not his."""
    first = noun.left_edge.i
    return first == end or (first == end + 1 and doc[end].text in (",", "(", "—", "–"))


def title_before(doc: Doc, start: int, end: int) -> str:
    """The words before a name that modify it inside its noun phrase ("Kremlin spokesman"), or ""."""
    first = start
    while first > 0:
        prev = doc[first - 1]
        if _title_token(prev) and _attached(prev, end):
            first -= 1
        elif not prev.whitespace_ and first < start and (prev.text in HYPHENS or doc[first].text in HYPHENS):
            first -= 1  # the rest of a hyphenated word: "co" of "co-author"
        else:
            break
    while first < start and (doc[first].lower_ in DETERMINERS or doc[first].pos_ == "PART"
                             or doc[first].text in HYPHENS):
        first += 1
    last = doc[start - 1] if start > 0 else None
    if first >= start or last is None or not (last.pos_ == "NOUN" or _role_word(last.lower_)):
        return ""
    if first > 0 and doc[first - 1].lower_ in ("a", "an") and doc[first - 1].head.i == start - 1:
        return ""  # "delayed a rally Trump planned": an indefinite noun is not a title of the name
    return _checked(doc, first, start - 1)


def _attached(tok: Token, end: int) -> bool:
    """The token hangs on a word to its right inside the phrase, or is the 's of the word before it."""
    return tok.i < tok.head.i < end or (tok.dep_ == "case" and tok.head.i == tok.i - 1)


def _role_word(word: str) -> bool:
    """A title written as a proper noun ("MP", "Senator", "CEO") is still a role word."""
    word = word.rstrip(".")
    return word in role_groups() or (word in honorifics() and word not in courtesy_titles())


def _title_token(tok: Token) -> bool:
    glued_hyphen = tok.text in HYPHENS and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
    if tok.ent_type_ == "PERSON":
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PART"  # an owner: "Huber's"
    return tok.pos_ in ROLE_POS or glued_hyphen or (tok.lower_ in DETERMINERS and tok.dep_ in ("det", "poss"))


def _phrase(doc: Doc, noun: Token) -> str:
    """The noun phrase of an appositive noun: its left modifiers, itself, and an "of"/"for" phrase."""
    first = noun.i
    for child in noun.lefts:
        if child.dep_ in LEFT_DEPS:
            first = min(first, child.left_edge.i)
    last = noun.i
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ROLE_PREPS and child.i == last + 1:
            last = child.right_edge.i
            break
    while first < noun.i and (doc[first].lower_ in DETERMINERS or doc[first].is_punct):
        first += 1
    while last > noun.i and doc[last].is_punct:
        last -= 1
    return _checked(doc, first, last)


def _checked(doc: Doc, first: int, last: int) -> str:
    """doc[first..last] as a role, or "" when it is no noun phrase (a clause fragment, a number, an address)."""
    tokens = doc[first:last + 1]
    words = [t for t in tokens if not t.is_punct]
    if not words or len(words) > MAX_ROLE_WORDS:
        return ""
    for t in tokens:
        if t.pos_ in ("AUX", "NUM", "PRON", "SCONJ", "CCONJ") or t.like_num or (t.pos_ == "VERB" and t.dep_ != "amod"):
            return ""  # a participle modifier stays: "the leading nominee", "the newly elected mayor"
        if t.ent_type_ == "PERSON" and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PART"):
            return ""
    head = words[-1]
    if head.pos_ != "NOUN" and not _role_word(head.lower_):
        return ""
    text = tokens.text.lower()
    if all(w.rstrip(".") in courtesy_titles() for w in text.split()):
        return ""
    return text
