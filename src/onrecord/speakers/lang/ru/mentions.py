"""The source mention of a Russian attribution: its words, its kind and its name in the nominative.

The mention is the noun phrase of the source's head in the UD parse, without what the
writer adds after a comma (relative and participial clauses, ``Люди, хорошо помнившие …``)
and without coordinated clauses: ``Студент Артем``, ``Эксперты в Киеве``, ``представитель
госдепартамента США Ричард Баучер``. Names come back in the nominative (pymorphy3 chooses
the analysis by slovnet's case and gender in context), bodies with their head word in the
nominative (``МИДа России`` → ``МИД России``).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from onrecord.nlp.ru.lemmas import nominative
from onrecord.nlp.wordlists import read_word_file
from onrecord.records import MentionKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PACKAGE = "onrecord.speakers.lang.ru"
#: Third-person possessives (Русская грамматика 1980, § on possessive pronouns: его, её, их are the
#: genitive of он, она, они used as possessives): the personal pronoun and its gender.
POSSESSIVES = {"его": ("он", "m"), "её": ("она", "f"), "ее": ("она", "f"), "их": ("они", "plural")}
#: Dependents that are not part of the speaker's noun phrase.
CLAUSE_DEPS = frozenset(("acl", "acl:relcl", "advcl", "parataxis", "conj", "cc", "punct"))
BREAKS = frozenset((",", "—", "–", "-", ":", ";"))
PERSON = "PERSON"
#: Marks inside a name in Latin letters: L'Est Republicain, AT&T, Yahoo!.
NAME_INNER_MARKS = frozenset(("'", "’", "&", "-", ".", "!"))
#: Words of quantity that govern the genitive of the noun phrase after them (Русская грамматика 1980,
#: § on quantitative combinations).
QUANTIFIERS = frozenset(("несколько", "много", "мало", "немало", "большинство", "ряд", "часть", "двое", "трое", "четверо"))
#: The marks around a name: «Коммерсантъ», „Газпром“, "Яблоко".
NAME_OPENINGS = frozenset(("«", "„", "“", "\""))
NAME_CLOSINGS = frozenset(("»", "“", "”", "\""))


@dataclass(frozen=True, slots=True)
class Mention:
    span: Span
    kind: MentionKind
    head: int
    text: str
    #: The name in the nominative (people, bodies); the lemma of the head for roles and pronouns.
    name: str


@cache
def outlets() -> dict[str, str]:
    """Outlet name (lower case, nominative) → type, from ``lang/ru/outlets.txt``."""
    pairs = (line.split("|") for line in read_word_file(PACKAGE, "outlets.txt"))
    return {name.strip().lower(): kind.strip() for name, kind in pairs}


@cache
def title_nouns() -> frozenset[str]:
    """Generic nouns before an organisation's name in guillemets (``lang/ru/title_nouns.txt``)."""
    return frozenset(read_word_file(PACKAGE, "title_nouns.txt"))


@cache
def bodies() -> frozenset[str]:
    """Institutions that are organisations even when tagged as places (``lang/ru/bodies.txt``)."""
    return frozenset(line.lower() for line in read_word_file(PACKAGE, "bodies.txt"))


def mention_for(doc: Doc, head_i: int) -> Mention:
    """The mention whose head is token ``head_i``."""
    head = doc[head_i]
    first, last = phrase(head)
    span = Span(doc[first].idx, doc[last].idx + len(doc[last].text))
    text = span.text(doc.text)
    if head.pos_ == "PRON":
        return Mention(span, "pronoun", head_i, text, head.lemma_)
    if head.lower_ in POSSESSIVES:  # ``по её словам``: the possessive stands for the personal pronoun
        return Mention(span, "pronoun", head_i, text, POSSESSIVES[head.lower_][0])
    people = person_name([t for t in doc[first:last + 1] if t.ent_type_ == PERSON])
    if people:
        return Mention(span, "name", head_i, text, people)
    titled = quoted_name(doc, head_i, last)
    if titled:
        return Mention(span, "organisation", head_i, text, titled)
    if _is_body(head, text):
        return Mention(span, "organisation", head_i, text, body_name(doc[first:last + 1], head))
    if head.pos_ == "PROPN" and head.morph.get("Animacy") == ["Anim"]:
        return Mention(span, "name", head_i, text, person_name([head]))
    return Mention(span, "role", head_i, text, head.lemma_)


def quoted_name(doc: Doc, head_i: int, last: int) -> str:
    """``газета «Коммерсантъ»``, ``газеты «Коммерсантъ»``, ``компания «Газпром»`` → the name inside the
    guillemets, as written: Russian puts the names of papers, firms and parties in «» right after a
    generic noun (``lang/ru/title_nouns.txt``), here the head of the phrase (not ``лидер движения
    «…»``), and the name keeps its form whatever the case of the noun (Розенталь, § on names in quotation
    marks; annotation_ru.md: the organisation "without a generic noun in front of a name in guillemets
    and without the guillemets"). A name in Latin letters needs no marks (``агентства Reuters``,
    ``журнала Forbes``: foreign outlets "as the article writes them"). Empty when the phrase holds
    no such name."""
    opening = doc[head_i + 1] if head_i + 1 <= last else None
    if opening is None or doc[head_i].lemma_ not in title_nouns():
        return ""
    if opening.text[:1].isascii() and opening.text[:1].isupper():
        words = list(itertools.takewhile(lambda t: t.text[:1].isascii() and (not t.is_punct or t.text in NAME_INNER_MARKS),
                                         doc[opening.i:last + 1]))
        return doc.text[words[0].idx:words[-1].idx + len(words[-1].text)]
    if opening.text not in NAME_OPENINGS:
        return ""
    closing = next((t for t in doc[opening.i + 1:last + 1] if t.text in NAME_CLOSINGS), None)
    if closing is None or closing.i == opening.i + 1 or not doc[opening.i + 1].text[:1].isupper():
        return ""
    return doc.text[doc[opening.i + 1].idx:closing.idx].strip()


def phrase(head: Token) -> tuple[int, int]:
    """First and last token of the head's noun phrase, not crossing a comma or dash."""
    kept = {head.i}
    stack = [c for c in head.children if c.dep_ not in CLAUSE_DEPS and c.dep_ != "case"]  # not "на" of "на источник"
    while stack:
        tok = stack.pop()
        kept.add(tok.i)
        stack.extend(c for c in tok.children if c.dep_ not in ("acl", "acl:relcl", "advcl", "parataxis"))
    first = last = head.i
    while first - 1 in kept and head.doc[first - 1].text not in BREAKS:
        first -= 1
    while last + 1 in kept and head.doc[last + 1].text not in BREAKS:
        last += 1
    return first, last


def person_name(tokens: list[Token]) -> str:
    """The words of a person's name, each in the nominative (a line break or a mark inside the entity is not
    part of it, nor a common noun before the proper names)."""
    words = [t for t in tokens if not (t.is_space or t.is_punct)]
    while len(words) > 1 and words[0].pos_ == "NOUN" and any(t.pos_ == "PROPN" for t in words[1:]):
        words = words[1:]  # ``Поп-звезда Мадонна``: a role noun the recogniser took into the name
    return " ".join(nominative(t.text, _feature(t, "Case"), _feature(t, "Gender")) for t in words)


def body_name(tokens, head: Token) -> str:
    """A body's name: its words up to the head in the nominative (``Первого канала`` → ``Первый
    канал``, ``британских журналистов`` → ``британские журналисты``), its dependents after the head as
    written (``МИДа России`` → ``МИД России``), spaced as written. After a numeral or quantifier the
    words stay as written: it governs their case (``несколько членов ЕС``, ``двое юристов``)."""
    counted = any(c.dep_.startswith("nummod") or c.lower_ in QUANTIFIERS for c in head.children)
    gender = "" if _feature(head, "Number") == "Plur" else _feature(head, "Gender")
    words = []
    for tok in tokens:
        text = tok.text
        if tok.i <= head.i and not tok.text.isupper() and not counted:
            text = nominative(tok.text, _feature(tok, "Case"), gender)
        words.append(text + tok.whitespace_)
    return "".join(words).strip()


def _is_body(head: Token, name: str) -> bool:
    lower = name.lower()
    # a country or city that speaks is its government (as OntoNotes' GPE in the English resolver)
    return (head.ent_type_ in ("ORG", "LOC") or lower in outlets() or lower in bodies()
            or head.lemma_ in bodies() or head.lemma_ in outlets())


def _feature(tok: Token, name: str) -> str:
    values = tok.morph.get(name)
    return values[0] if values else ""


def gender_of(tok: Token) -> str | None:
    """"m", "f", "plural" or None, from slovnet's features (which a possessive lacks: its word says it)."""
    if tok.lower_ in POSSESSIVES:
        return POSSESSIVES[tok.lower_][1]
    if _feature(tok, "Number") == "Plur":
        return "plural"
    return {"Masc": "m", "Fem": "f"}.get(_feature(tok, "Gender"))
