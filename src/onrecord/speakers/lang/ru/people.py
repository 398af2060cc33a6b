"""The people and bodies a Russian article names, for resolving its sources inside it.

People come from the PERSON entities (slovnet NER), each name put in the nominative, so
``Дмитрия Пескова``, ``Пескову`` and ``Дмитрий Песков`` are one person, named by the
longest form; two names join when their surnames agree and their first names do not
differ (Lee et al. 2013's string-match sieve, in the nominative). A person's roles are the
nouns the writer puts before the name (``пресс-секретарь президента Дмитрий Песков``) or in
apposition after it (``Песков, пресс-секретарь президента``), as lemmas. Bodies are the ORG
entities, the outlets and the institutions of ``lang/ru/outlets.txt`` and ``bodies.txt``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from onrecord.nlp.wordlists import read_word_file
from onrecord.speakers.lang.ru.mentions import (
    NAME_CLOSINGS,
    NAME_OPENINGS,
    PACKAGE,
    PERSON,
    body_name,
    bodies,
    gender_of,
    outlets,
    person_name,
    phrase,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan

#: How many words before a name may hold its roles (``глава МИД России Сергей Лавров``).
MAX_ROLE_WORDS = 6
ROLE_POS = ("NOUN", "ADJ", "PROPN")
#: Marks a role phrase may hold around a name (``представитель компании «Газпром» Иван Петров``).
NAME_MARKS = NAME_OPENINGS | NAME_CLOSINGS


@dataclass(slots=True)
class Person:
    name: str
    gender: str | None
    first_seen: int
    roles: list[str] = field(default_factory=list)
    seen: list[int] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower()

    def first_name(self) -> str | None:
        parts = self.name.split()
        return parts[0].lower() if len(parts) > 1 else None


@dataclass(frozen=True, slots=True)
class Body:
    name: str
    start: int
    outlet: str | None


class ArticlePeople:
    """Who an article names, and where."""

    def __init__(self, doc: Doc) -> None:
        self.people: list[Person] = []
        self.bodies: list[Body] = []
        for ent in doc.ents:
            name = person_name(list(ent)) if ent.label_ == PERSON else ""
            if name:  # an entity of marks only names nobody
                self.person_for(name, gender_of(ent[0]), ent.start_char, _roles(ent))
            elif ent.label_ == "ORG":
                self._add_body(ent.root, ent.start, ent.end - 1)
        named = bodies() | outlets().keys()
        for tok in doc:
            if tok.lemma_ in named and not tok.ent_type_:
                self._add_body(tok, tok.i, tok.i)

    def _add_body(self, head, first: int, last: int) -> None:
        """A body named at tokens first..last, with the words its head governs after it (``МИД России``)."""
        start, end = phrase(head)
        tokens = head.doc[min(first, start):max(last, end) + 1]
        name = body_name(tokens, head)
        self.bodies.append(Body(name, tokens[0].idx, outlets().get(name.lower())))

    def person_for(self, name: str, gender: str | None, at: int, roles: list[str] = ()) -> Person:
        """The person ``name`` names (a new one when none matches), seen at ``at``."""
        probe = Person(name, gender, at)
        person = next((p for p in self.people if _same(p, probe)), None)
        if person is None:
            person = probe
            self.people.append(person)
        elif len(name) > len(person.name):
            person.name = name
        person.gender = person.gender or gender
        person.roles.extend(r for r in roles if r not in person.roles)
        person.seen.append(at)
        return person

    def latest(self, before: int, gender: str | None) -> Person | None:
        """The person named last before ``before`` whose gender agrees."""
        best, where = None, -1
        for p in self.people:
            seen = max((s for s in p.seen if s < before), default=-1)
            if seen > where and (gender is None or p.gender in (None, gender)):
                best, where = p, seen
        return best

    def with_role(self, role: str, at: int) -> Person | None:
        """The person last given ``role`` (or a synonym) before ``at``, else the first given it after."""
        same = same_roles(role)
        holders = [p for p in self.people if same.intersection(p.roles)]
        before = [p for p in holders if p.first_seen < at]
        return max(before, key=lambda p: max(s for s in p.seen if s < at)) if before else \
            min(holders, key=lambda p: p.first_seen, default=None)

    def body(self, target: str, before: int) -> Body | None:
        """The latest body before ``before`` that ``target`` names (body_nouns.txt)."""
        fitting = [b for b in self.bodies if b.start < before and (
            (target == "named" and b.outlet is None) or (target == "outlet" and b.outlet) or b.outlet == target)]
        return fitting[-1] if fitting else None


@cache
def _role_groups() -> list[frozenset[str]]:
    return [frozenset(line.split()) for line in read_word_file(PACKAGE, "role_synonyms.txt")]


def same_roles(role: str) -> frozenset[str]:
    """``role`` and the lemmas ``lang/ru/role_synonyms.txt`` groups with it."""
    return frozenset({role}.union(*(g for g in _role_groups() if role in g)))


def _same(a: Person, b: Person) -> bool:
    if a.surname != b.surname:
        return False
    first_a, first_b = a.first_name(), b.first_name()
    return first_a is None or first_b is None or first_a == first_b


def _roles(ent: SpacySpan) -> list[str]:
    """The head nouns of the role phrases before the name and in apposition to it, as lemmas:
    ``пресс-секретарь`` of ``пресс-секретарь президента Дмитрий Песков`` (not ``президент``, which
    only qualifies it). A role before a name is its apposition and agrees with it in case (Русская
    грамматика 1980, § on the appositive): ``министра`` of ``По словам министра обороны Сергея
    Шойгу`` is a role, ``словам`` (dative, the phrase's own noun) is not."""
    doc = ent.doc
    roles: list[str] = []
    i = ent.start - 1
    first_noun = None
    case = doc[ent.start].morph.get("Case")
    while i >= 0 and ent.start - i <= MAX_ROLE_WORDS and (doc[i].pos_ in ROLE_POS or doc[i].text in NAME_MARKS) \
            and doc[i].ent_type_ != PERSON:
        if doc[i].pos_ == "NOUN" and (not case or doc[i].morph.get("Case") in ([], case)):
            first_noun = doc[i].lemma_
        i -= 1
    if first_noun is not None:
        roles.append(first_noun)
    for child in ent.root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= ent.end:
            roles.append(child.lemma_)
    return roles
