"""In-article speaker resolution for Russian: names in any case, он/она/они, role nouns and bodies.

The sieve follows the English one (:mod:`onrecord.speakers.coref`, after Lee et al. 2013),
read through Russian morphology instead of English function words:

1. names: every case form of a name is one person in the nominative
   (``Пескову`` → ``Дмитрий Песков``, the longest form the article uses);
2. он / она: the previous attribution's speaker when the gender (slovnet's feature of the
   pronoun) agrees and it is at most ``PRONOUN_PARAGRAPHS`` paragraphs back, else the
   person of that gender the writer named last; они: the previous speaker when that was a
   body, else the body named last;
3. role nouns: ``пресс-секретарь`` → the person the article gave that role
   (``пресс-секретарь президента Дмитрий Песков``); ``ведомство``, ``агентство``,
   ``издание`` → the body or outlet named last before (``lang/ru/body_nouns.txt``);
4. bodies and outlets (``ТАСС``, ``РИА Новости``, ``Кремль``, ``МИД России``) are speakers
   of kind ``organisation``, their head word in the nominative.

Anything else stays its own mention with ``resolved=False``; an unresolved pronoun has no name.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from onrecord.nlp.wordlists import read_word_file
from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.records import Speaker
from onrecord.speakers.coref import MENTION_CONFIDENCE, UNRESOLVED_FACTOR, ResolvedSource
from onrecord.speakers.lang.ru.mentions import PACKAGE, Mention, body_name, gender_of, mention_for, person_name
from onrecord.speakers.lang.ru.people import ArticlePeople, Person

#: How many paragraphs back the previous speaker may be for a pronoun to continue it.
PRONOUN_PARAGRAPHS = 1
#: The third-person pronouns (lemmas) that refer back to someone the article named; я, мы, вы
#: speak from inside a quotation.
THIRD_PERSON = frozenset(("он", "она", "оно", "они"))


@cache
def body_nouns() -> list[tuple[str, str]]:
    """(noun lemma, target) pairs of ``lang/ru/body_nouns.txt``, in order."""
    return [tuple(line.split()) for line in read_word_file(PACKAGE, "body_nouns.txt")]


@dataclass(frozen=True, slots=True)
class _Previous:
    end: int
    resolved: ResolvedSource


def resolve_speakers(ctx: DocContext, attributions: list[Attribution]) -> list[ResolvedSource]:
    """One resolved source per attribution, in the same order (as the English resolver)."""
    if not attributions:
        return []  # most pieces of most articles: no need to gather their people
    people = ArticlePeople(ctx.doc)
    out: list[ResolvedSource] = []
    done: dict[int, ResolvedSource] = {}
    previous: _Previous | None = None
    for att in attributions:
        if att.follows is not None and id(att.follows) in done:
            inherited = done[id(att.follows)]
            res = ResolvedSource(replace(inherited.speaker, mention_kind="none"), None,
                                 0.9 if inherited.speaker.resolved else UNRESOLVED_FACTOR, inherited.person)
        else:
            res = _resolve_one(ctx, people, att, previous)
        done[id(att)] = res
        out.append(res)
        if att.has_source:
            previous = _Previous(max(att.end, att.cue.end if att.cue else 0), res)
    return out


def _resolve_one(ctx: DocContext, people: ArticlePeople, att: Attribution,
                 previous: _Previous | None) -> ResolvedSource:
    if att.source_token is None and att.source_span is not None:  # a credit line or a headline "Name:"
        span = ctx.doc.char_span(att.source_span.start, att.source_span.end, alignment_mode="expand")
        name = (person_name(list(span)) if span is not None else "") or att.source_span.text(ctx.text)
        person = people.person_for(name, gender_of(span.root) if span is not None else None, att.source_span.start)
        return ResolvedSource(Speaker(person.name, "name", True, tuple(person.roles)), att.source_span, 1.0, person)
    if att.source_token is None:
        return ResolvedSource(Speaker(None, "none", False), None, UNRESOLVED_FACTOR, None)
    mention = mention_for(ctx.doc, att.source_token)
    return _speaker_of(ctx, people, mention, previous)


def _speaker_of(ctx: DocContext, people: ArticlePeople, mention: Mention,
                previous: _Previous | None) -> ResolvedSource:
    at = mention.span.start
    if mention.kind == "name":
        person = people.person_for(mention.name, gender_of(ctx.doc[mention.head]), at)
        return _person(person, mention)
    if mention.kind == "organisation":
        return ResolvedSource(Speaker(mention.name, "organisation", True), mention.span,
                              MENTION_CONFIDENCE["organisation"], None)
    if mention.kind == "pronoun":
        resolved = _pronoun(ctx, people, mention, previous)
        if resolved is not None:
            return resolved
        return ResolvedSource(Speaker(None, "pronoun", False), mention.span, UNRESOLVED_FACTOR, None)
    person = people.with_role(mention.name, at)
    if person is not None:
        return _person(person, mention)
    for noun, target in body_nouns():
        body = people.body(target, at) if noun == mention.name else None
        if body is not None:
            return ResolvedSource(Speaker(body.name, "role", True), mention.span, MENTION_CONFIDENCE["role"], None)
    return ResolvedSource(Speaker(_in_nominative(ctx, mention), "role", False), mention.span, UNRESOLVED_FACTOR, None)


def _in_nominative(ctx: DocContext, mention: Mention) -> str:
    """An unresolved role or group in the nominative, as annotation_ru.md names speakers (``прокуроров``
    → ``прокуроры``, ``партийной школы ЦК`` → ``партийная школа ЦК``): the words up to the head
    inflected, its dependents after it as written (:func:`.mentions.body_name`)."""
    span = ctx.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return mention.text if span is None else body_name(span, ctx.doc[mention.head])


def _person(person: Person, mention: Mention) -> ResolvedSource:
    return ResolvedSource(Speaker(person.name, mention.kind, True, tuple(person.roles)), mention.span,
                          MENTION_CONFIDENCE.get(mention.kind, 1.0), person)


def _pronoun(ctx: DocContext, people: ArticlePeople, mention: Mention,
             previous: _Previous | None) -> ResolvedSource | None:
    gender = gender_of(ctx.doc[mention.head])
    if mention.name not in THIRD_PERSON or gender not in ("m", "f", "plural"):
        return None
    near = previous is not None and ctx.paragraph(mention.span.start) - ctx.paragraph(previous.end) <= PRONOUN_PARAGRAPHS
    if near and previous.resolved.speaker.resolved:
        before = previous.resolved
        agrees = (before.person.gender in (None, gender) if before.person is not None
                  else gender == "plural" and before.speaker.mention_kind == "organisation")
        if agrees:
            return ResolvedSource(replace(before.speaker, mention_kind="pronoun"), mention.span,
                                  MENTION_CONFIDENCE["pronoun"], before.person)
    if gender == "plural":
        body = people.body("named", mention.span.start) or people.body("outlet", mention.span.start)
        return None if body is None else ResolvedSource(Speaker(body.name, "pronoun", True), mention.span,
                                                        MENTION_CONFIDENCE["pronoun"], None)
    person = people.latest(mention.span.start, gender)
    return None if person is None else _person(person, mention)
