"""The people and bodies an article names, with where and how it names them.

What the in-article resolution (:mod:`onrecord.speakers.coref`) chooses from. Each mention
knows whether the writer names the person or a speaker does: a name inside the content of
an attribution ("X claimed that Y could not stay in office") is someone the speaker talks
about, and a later "he" prefers the speaker (issue 16; Lee et al. 2013 order antecedents
by salience the same way, subjects and the discourse's speaker first).

A person is a PERSON entity that looks like a name (no digits, no verb, not a word the
article tags as a place or body elsewhere, as "Surrey" or "Brexit" were), or an untagged
run of proper nouns that opens on a known first name ("Carole Laurin", which the small
model leaves untagged). Titles written inside the entity ("Labour Leader Jeremy Corbyn")
are cut off the name and kept as a role.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from onrecord.records import Span
from onrecord.speakers.mentions import name_start
from onrecord.speakers.names import (
    canonical_name,
    courtesy_titles,
    first_name_genders,
    honorifics,
    outlet_type,
    role_groups,
    role_head,
    same_role,
    surname,
)
from onrecord.speakers.roles import DETERMINERS, role_phrases

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from onrecord.quotes.context import DocContext

#: Entity labels of bodies: an organisation named in the article, which "the ministry" can stand for.
BODY_LABELS = ("ORG",)
SUBJECT_DEPS = ("nsubj", "nsubjpass")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass(slots=True)
class Person:
    name: str
    gender: str | None
    roles: dict[str, None] = field(default_factory=dict)  # ordered set: role phrases in text order


@dataclass(frozen=True, slots=True)
class PersonMention:
    pos: int
    person: Person
    first: bool        # the article's first mention of this person: an introduction
    reported: bool     # inside the content of an attribution: named by a speaker, not by the writer
    salient: bool      # the subject of its clause, or an introduction (a first mention, or one with a role)


@dataclass(frozen=True, slots=True)
class Body:
    pos: int
    name: str
    outlet: str | None  # the outlet type ("agency", ...) if it is a news outlet
    subject: bool


class ArticlePeople:
    """The people and bodies of one article; ``reported``: the content spans of its attributions."""

    def __init__(self, ctx: DocContext, reported: list[Span]) -> None:
        self.by_surname: dict[str, list[Person]] = {}
        self.mentions: list[PersonMention] = []
        self.bodies: list[Body] = []
        self._reported = _Intervals(reported)
        doc = ctx.doc
        foreign = _non_person_labels(doc)
        for start, end in sorted(_person_spans(doc, foreign)):
            self._add(ctx, start, end)
        for ent in doc.ents:
            if not ctx.in_quote[ent.start] and (ent.label_ in BODY_LABELS or outlet_type(ent.text)):
                self.bodies.append(Body(ent.start_char, body_name(ent.text), outlet_type(ent.text),
                                        ent.root.dep_ in SUBJECT_DEPS))

    def _add(self, ctx: DocContext, start: int, end: int) -> None:
        doc = ctx.doc
        name, gender, cut = name_of(doc, start, end)
        if not name[:1].isupper():
            return
        known = self.known(name)
        person = self.person_for(name, gender)
        roles = role_phrases(doc, cut, end)
        person.roles.update(dict.fromkeys(roles))
        if ctx.in_quote[start]:
            return
        pos = doc[cut].idx
        possessive = end < len(doc) and doc[end].pos_ == "PART"
        introduced = (known is None or bool(roles)) and not possessive  # "Mississauga accountant B. F., 50."
        self.mentions.append(PersonMention(pos, person, known is None, self._reported.holds(pos),
                                           doc[end - 1].dep_ in SUBJECT_DEPS or introduced))

    def known(self, name: str) -> Person | None:
        """The person already met whom ``name`` names, if any (without creating one). A full name is the latest
        person it fits; a bare surname the first one met: a relative or namesake named later goes by a full
        or first name (AP style), so "His opponent, Biden" is Joe Biden, not his son Hunter (issue 18)."""
        words = name.split()
        met = self.by_surname.get(surname(name), [])
        for person in (met if len(words) == 1 else reversed(met)):
            known = person.name.split()
            if len(words) == 1 or len(known) == 1 or known[0] == words[0]:
                return person
        return None

    def person_for(self, name: str, gender: str | None) -> Person:
        """The article's person with this name, created if new."""
        person = self.known(name)
        if person is None:
            person = Person(name, gender)
            self.by_surname.setdefault(surname(name), []).append(person)
            return person
        if len(name.split()) > len(person.name.split()):
            person.name = name
        person.gender = person.gender or gender
        return person

    def by_tail(self, text: str) -> Person | None:
        """The person whose name ends in ``text``: "La Riva" of "Gloria La Riva", "Laurin"."""
        text = canonical_name(text)[0]
        if not text[:1].isupper():
            return None
        for person in reversed(self.by_surname.get(surname(text), [])):
            if person.name == text or person.name.endswith(" " + text):
                return person
        return None

    def focus(self, after: int, before: int, gender: str | None) -> Person | None:
        """The latest person the writer names saliently between two points: a new subject of the narrative."""
        for m in reversed(self.mentions):
            if after < m.pos < before and m.salient and not m.reported and _agrees(m.person, gender):
                return m.person
        return None

    def nearest(self, before: int, gender: str | None) -> Person | None:
        """The nearest earlier person the writer names; else the nearest a speaker names."""
        for reported in (False, True):
            for m in reversed(self.mentions):
                if m.pos < before and m.reported == reported and _agrees(m.person, gender):
                    return m.person
        return None

    def subject_before(self, before: int, after: int) -> Person | None:
        """The latest person the writer makes a subject between ``after`` and ``before``."""
        for m in reversed(self.mentions):
            if after <= m.pos < before and m.salient and not m.reported:
                return m.person
        return None

    def with_role(self, role: str, before: int | None = None, after: int | None = None) -> Person | None:
        """The latest person before ``before`` (or the first after ``after``) given a role of the same group."""
        mentions = self.mentions if after is not None else list(reversed(self.mentions))
        for m in mentions:
            placed = m.pos > after if after is not None else (before is None or m.pos < before)
            if placed and any(same_role(role, role_head(r)) for r in m.person.roles):
                return m.person
        return None

    def described_later(self, description: str, after: int) -> Person | None:
        """The first person named after ``after`` with a role that says all the description says:
        "Huber's longtime tag team partner" is the later "Huber's longtime tag team partner Erick Rowan",
        and "the company's lawyer" the later "The lawyer, Maria Quist", a name given to the bare role."""
        words = [w for w in description.lower().split() if w not in DETERMINERS]
        if not words:
            return None
        for m in self.mentions:
            if m.pos > after and any(_describes(words, r) for r in m.person.roles):
                return m.person
        return None

    def body(self, noun: str, target: str, before: int) -> Body | None:
        """The latest body named before ``before`` that "the <noun>" can stand for (body_nouns.txt)."""
        for b in reversed(self.bodies):
            if b.pos >= before:
                continue
            if target == "named" and noun in b.name.lower().split():
                return b
            if target != "named" and b.outlet is not None and target in ("outlet", b.outlet):
                return b
        return None

    def body_subject(self, after: int, before: int) -> Body | None:
        """The latest body that is the subject of a clause between two points ("it", "they")."""
        for b in reversed(self.bodies):
            if after <= b.pos < before and b.subject and not self._reported.holds(b.pos):
                return b
        return None


def _agrees(person: Person, gender: str | None) -> bool:
    return gender is None or person.gender is None or person.gender == gender


class _Intervals:
    """Spans merged where they overlap, asked whether they hold a character."""

    def __init__(self, spans: list[Span]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted((s.start, s.end) for s in spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def holds(self, char: int) -> bool:
        n = bisect_right(self._starts, char) - 1
        return n >= 0 and char < self._ends[n]


def _non_person_labels(doc: Doc) -> Counter[str]:
    """How often each one-word text is tagged as something other than a person, less as a person."""
    count: Counter[str] = Counter()
    for ent in doc.ents:
        if len(ent) == 1:
            count[ent.text] += -1 if ent.label_ == "PERSON" else 1
    return count


def _person_spans(doc: Doc, foreign: Counter[str]) -> set[tuple[int, int]]:
    """Token ranges of names: plausible PERSON entities and untagged proper-noun runs on a first name."""
    spans = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            start = name_start(doc, ent.start, ent.end)
            if _looks_like_name(doc, start, ent.end, foreign):
                spans.add((start, ent.end))
    names = first_name_genders()
    i = 0
    while i < len(doc):
        tok = doc[i]
        end = i + 1
        if not tok.ent_type_ and tok.pos_ == "PROPN" and tok.lower_ in names and tok.is_title:
            while end < len(doc) and end - i < 4 and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ \
                    and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
            if end - i >= 2:
                spans.add((i, end))
        i = end
    return spans


def _looks_like_name(doc: Doc, start: int, end: int, foreign: Counter[str]) -> bool:
    """A PERSON entity that a reader would take for a person's name."""
    tokens = doc[start:end]
    words = [t for t in tokens if not t.is_punct]
    if not words or any(ch.isdigit() for t in tokens for ch in t.text):
        return False
    if words[0].tag_ in ("VBG", "VBD", "VBN", "VB") or not words[0].text[:1].isupper():
        return False
    if len(words) == 1:
        return foreign[words[0].text] <= 0 and not (words[0].is_upper and len(words[0]) > 1) and len(words[0]) > 3
    return not (words[-1].is_upper and len(words[-1]) > 1)


def name_of(doc: Doc, start: int, end: int) -> tuple[str, str | None, int]:
    """The canonical name written in tokens start..end, the gender its title or first name tells,
    and the token where the name proper begins (after "Green Party Leader")."""
    cut = _title_cut(doc, start, end)
    full = doc[start:end].text  # a Span's text: doc.text would build the whole article's string each time
    name, _ = canonical_name(doc[cut:end].text)
    return name, canonical_name(full)[1] or canonical_name(name)[1], cut


def _title_cut(doc: Doc, start: int, end: int) -> int:
    """Where the name proper begins inside an entity: after its last title or office word
    ("Labour Leader Jeremy Corbyn", "DUP MP Nigel Dodds"), or after an occupation the tagger
    took in at the start of a sentence ("Anthropologist Mona Sperl", "Farmer Tom Reyes"): a
    first word that is no first name before one that is, with a surname after it."""
    names = first_name_genders()
    cut = start + 1 if end - start >= 3 and doc[start].is_alpha and doc[start].lower_ not in names \
        and doc[start + 1].lower_ in names else start
    titles, roles = honorifics(), role_groups()
    for k in range(start, end - 1):
        word = doc[k].lower_.rstrip(".")
        if (word in titles and word not in courtesy_titles()) or word in roles:
            cut = k + 1
    while cut < end - 1 and doc[cut].is_punct:
        cut += 1
    return cut


def body_name(text: str) -> str:
    """An organisation's name without a leading "the" or a possessive ending. Not
    :func:`canonical_name`, whose titles would take "Emergencies" off "Emergencies Ministry"."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    name = " ".join(words) or text.strip()
    return _POSSESSIVE.sub("", name)


def _describes(words: list[str], role: str) -> bool:
    """A role the description fits: the same head noun and owner ("Huber's tag team partner" for
    "Huber's longtime tag team partner"; modifiers may differ), or the bare head noun ("The lawyer,
    Maria Quist" for "the company's lawyer")."""
    role_words = [w for w in role.lower().split() if w not in DETERMINERS]
    owners = {w for w in words if w.endswith(("'s", "’s"))}
    return role_head(role) == words[-1] and (owners | {words[-1]} <= set(role_words) or role_words == words[-1:])
