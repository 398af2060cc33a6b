"""In-article speaker resolution: pronouns, role nouns and surnames to one name.

No coreference model installs offline (coreferee, fastcoref and spacy-coref
all fetch weights at run time), so this is a small rule system in the spirit
of the GGT extractor's speaker step and Lee et al.'s (2013) sieves:

1. names: "McCallum" joins the person "Doug McCallum" seen in the article
   (same surname, no conflicting first name), who is named by the longest form;
2. he/she: the previous attribution's speaker when the gender agrees and it
   is at most a paragraph back, else the nearest earlier person named outside
   quotation marks whose gender agrees (titles, first names and earlier
   pronouns tell gender; unknown agrees with both);
3. role nouns: "the president's spokesman", "the Kremlin representative"
   resolve to the latest person introduced with a role of the same group
   ("spokesman Dmitry Peskov");
4. they/it: the previous attribution's speaker when that was an organisation.

Anything else stays as its own mention with ``resolved=False``: never a guess
dressed as certain.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.records import Span, Speaker
from onrecord.speakers.mentions import GROUP_PRONOUNS, Mention, mention_for, name_span, role_words
from onrecord.speakers.names import canonical_name, same_role, surname

PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
#: Confidence factor by how the speaker was found.
MENTION_CONFIDENCE = {"name": 1.0, "organisation": 0.95, "pronoun": 0.9, "role": 0.85}
UNRESOLVED_FACTOR = 0.7


@dataclass(slots=True)
class Person:
    name: str
    gender: str | None
    roles: dict[str, None] = field(default_factory=dict)  # ordered set: role words in text order


@dataclass(frozen=True, slots=True)
class ResolvedSource:
    speaker: Speaker
    source: Span | None
    confidence: float
    person: Person | None


class ArticlePeople:
    """The people an article names, with where it names them."""

    def __init__(self, ctx: DocContext) -> None:
        self.by_surname: dict[str, list[Person]] = {}
        self.mentions: list[tuple[int, Person]] = []
        doc = ctx.doc
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            name, gender = canonical_name(name_span(doc, ent.start, ent.end).text(ctx.text))
            if not name[:1].isupper():
                continue
            person = self.person_for(name, gender)
            person.roles.update(dict.fromkeys(role_words(doc[ent.end - 1])))
            if not ctx.in_quote[ent.start]:
                self.mentions.append((ent.start_char, person))

    def person_for(self, name: str, gender: str | None) -> Person:
        """The article's person with this name, created if new."""
        family = surname(name)
        candidates = self.by_surname.setdefault(family, [])
        words = name.split()
        for person in reversed(candidates):
            known = person.name.split()
            if len(words) == 1 or len(known) == 1 or known[0] == words[0]:
                if len(words) > len(known):
                    person.name = name
                person.gender = person.gender or gender
                return person
        person = Person(name, gender)
        candidates.append(person)
        return person

    def nearest(self, before: int, gender: str | None) -> Person | None:
        for pos, person in reversed(self.mentions):
            if pos < before and _agrees(person, gender):
                return person
        return None

    def with_role(self, role: str, before: int) -> Person | None:
        for pos, person in reversed(self.mentions):
            if pos < before and any(same_role(role, r) for r in person.roles):
                return person
        return None


def _agrees(person: Person, gender: str | None) -> bool:
    return gender is None or person.gender is None or person.gender == gender


def resolve_speakers(ctx: DocContext, attributions: list[Attribution]) -> list[ResolvedSource]:
    """One resolved source per attribution, in the same order."""
    people = ArticlePeople(ctx)
    out: list[ResolvedSource] = []
    done: dict[int, ResolvedSource] = {}
    previous: tuple[Attribution, ResolvedSource] | None = None
    for att in attributions:
        if att.follows is not None and id(att.follows) in done:
            inherited = done[id(att.follows)].speaker
            res = ResolvedSource(Speaker(inherited.name, "none", inherited.resolved), None,
                                 0.9 if inherited.resolved else UNRESOLVED_FACTOR,
                                 done[id(att.follows)].person)
        else:
            res = _resolve_one(ctx, people, att, previous)
        done[id(att)] = res
        out.append(res)
        if att.has_source:
            previous = (att, res)
    return out


def _resolve_one(ctx: DocContext, people: ArticlePeople, att: Attribution,
                 previous: tuple[Attribution, ResolvedSource] | None) -> ResolvedSource:
    if att.source_token is None and att.source_span is not None:
        name, gender = canonical_name(att.source_span.text(ctx.text))
        person = people.person_for(name, gender)
        return ResolvedSource(Speaker(person.name, "name", True, tuple(person.roles)), att.source_span, 1.0, person)
    if att.source_token is None:
        return ResolvedSource(Speaker(None, "none", False), None, UNRESOLVED_FACTOR, None)
    mention = mention_for(ctx.doc, att.source_token)
    if att.source_span is not None:  # the learned model's own mention span, resolved through its head
        mention = replace(mention, span=att.source_span)
    person = _referent(ctx, people, mention, att, previous)
    if person is not None:
        speaker = Speaker(person.name, mention.kind, True, tuple(person.roles))
        factor = MENTION_CONFIDENCE.get(mention.kind, 1.0)
    elif mention.kind == "organisation":
        speaker = Speaker(_org_name(mention.text), "organisation", True)
        factor = MENTION_CONFIDENCE["organisation"]
    elif mention.kind == "pronoun" and previous is not None and mention.text.lower() in GROUP_PRONOUNS \
            and previous[1].speaker.mention_kind == "organisation":
        speaker = Speaker(previous[1].speaker.name, "pronoun", True)
        factor = MENTION_CONFIDENCE["pronoun"]
    else:
        speaker = Speaker(mention.text, mention.kind, False)
        factor = UNRESOLVED_FACTOR
    return ResolvedSource(speaker, mention.span, factor, person)


def _referent(ctx: DocContext, people: ArticlePeople, mention: Mention, att: Attribution,
              previous: tuple[Attribution, ResolvedSource] | None) -> Person | None:
    start = mention.span.start
    if mention.kind == "name":
        name, gender = canonical_name(mention.text)
        return people.person_for(name, gender)
    if mention.kind == "organisation" and " " not in mention.text.strip():
        known = people.by_surname.get(surname(mention.text))
        return known[-1] if known else None  # a surname the recogniser did not tag
    if mention.kind == "pronoun":
        gender = PRONOUN_GENDER.get(mention.text.lower())
        if gender is None:
            return None
        person = None
        if previous is not None and previous[1].person is not None \
                and _agrees(previous[1].person, gender) \
                and ctx.paragraph(start) - ctx.paragraph(previous[0].end) <= 1:
            person = previous[1].person
        person = person or people.nearest(start, gender)
        if person is not None and person.gender is None:
            person.gender = gender
        return person
    if mention.kind == "role":
        return people.with_role(ctx.doc[mention.head].lower_, start)
    return None


def _org_name(text: str) -> str:
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return canonical_name(" ".join(words) or text)[0]
