"""In-article speaker resolution: pronouns, role nouns, surnames and bodies to one name.

No coreference model installs offline (coreferee, fastcoref and spacy-coref
all fetch weights at run time), so this is a small rule system in the spirit
of the GGT extractor's speaker step and Lee et al.'s (2013) sieves, over the
people and bodies of :mod:`onrecord.speakers.people`:

1. names: "McCallum" (or "La Riva", or an untagged "Blankenship") joins the
   person "Doug McCallum" seen in the article, who is named by the longest form;
2. he/she: a person the writer has since made the subject of the narrative
   ("Mississauga accountant Babatunji Farinloye, 50. '...,' he says"); else the
   previous attribution's speaker when the gender agrees and it is at most a
   paragraph back; else the nearest earlier person the *writer* names. People
   named inside reported content ("X claimed that Y could not stay") come last:
   the speaker of the surrounding discourse is who "he" goes on being (issue 16);
3. role nouns: "the president's spokesman", "the Kremlin representative"
   resolve to the latest person introduced with a role of the same group
   ("spokesman Dmitry Peskov"); a singular definite description ("the
   26-year-old right wing") to the person the previous sentence is about; a
   role the article gives a name only later ("Huber's tag team partner") to
   that name; "the agency", "the ministry" to the body named earlier;
4. they/it: the previous attribution's speaker when that was an organisation,
   else the body the sentence before is about; a statement noun with an owner
   ("her statement said") is spoken by its owner.

Anything else stays as its own mention with ``resolved=False``: never a guess
dressed as certain. An unresolved pronoun, or a mention cut inside a word, is
no name at all: its speaker name is None (its source span still says where it is).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.records import Span, Speaker
from onrecord.speakers.mentions import GROUP_PRONOUNS, Mention, mention_for
from onrecord.speakers.names import (
    body_nouns,
    canonical_name,
    honorifics,
    outlet_type,
    role_groups,
    role_head,
    same_role,
    statement_nouns,
)
from onrecord.speakers.people import ArticlePeople, Person, body_name, name_of
from onrecord.speakers.roles import role_phrases

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}  # "her" and "his" own a noun cue too
#: Confidence factor by how the speaker was found.
MENTION_CONFIDENCE = {"name": 1.0, "organisation": 0.95, "pronoun": 0.9, "role": 0.85}
UNRESOLVED_FACTOR = 0.7
DEFINITE = ("the",)
#: Nouns of a country's bodies ("the United States government"), never a person's role.
COUNTRY_BODIES = frozenset("government administration military army navy police authorities forces parliament "
                           "embassy".split())
#: Words that point to one of the two nouns the text has just joined.
PAIR_WORDS = ("latter", "former")


@dataclass(frozen=True, slots=True)
class ResolvedSource:
    speaker: Speaker
    source: Span | None
    confidence: float
    person: Person | None


@dataclass(frozen=True, slots=True)
class _Previous:
    """The last attribution with a source: its speaker and where it ended."""

    end: int
    resolved: ResolvedSource


def resolve_speakers(ctx: DocContext, attributions: list[Attribution]) -> list[ResolvedSource]:
    """One resolved source per attribution, in the same order."""
    people = ArticlePeople(ctx, [piece for att in attributions for piece in att.content])
    done: dict[int, ResolvedSource] = {}
    previous: _Previous | None = None
    for att in attributions:
        if att.follows is None:
            res = done[id(att)] = _resolve_one(ctx, people, att, previous)
            if att.has_source:
                previous = _Previous(_end_of(att), res)
    # A quotation may follow a speaker named after it (a headline quote): followers come last.
    for att in attributions:
        if att.follows is not None:
            done[id(att)] = _inherited(done.get(id(att.follows)))
    return [done[id(att)] for att in attributions]


def _inherited(followed: ResolvedSource | None) -> ResolvedSource:
    """The speaker of the attribution a cue-less quotation follows, with no mention of its own."""
    if followed is None:  # that attribution was dropped (its cue inside another's content)
        return ResolvedSource(Speaker(None, "none", False), None, UNRESOLVED_FACTOR, None)
    confidence = 0.9 if followed.speaker.resolved else UNRESOLVED_FACTOR
    return ResolvedSource(replace(followed.speaker, mention_kind="none"), None, confidence, followed.person)


def _end_of(att: Attribution) -> int:
    return max([att.end] + [s.end for s in (att.cue, att.source_span) if s is not None])


def _resolve_one(ctx: DocContext, people: ArticlePeople, att: Attribution,
                 previous: _Previous | None) -> ResolvedSource:
    if att.source_token is None and att.source_span is not None:
        name, gender = canonical_name(att.source_span.text(ctx.text))
        person = people.person_for(name, gender)
        return ResolvedSource(Speaker(person.name, "name", True, tuple(person.roles)), att.source_span, 1.0, person)
    if att.source_token is None:
        return ResolvedSource(Speaker(None, "none", False), None, UNRESOLVED_FACTOR, None)
    mention = mention_for(ctx.doc, att.source_token)
    member = _named_pair_member(ctx, att.source_token)
    if member != att.source_token:  # "the latter" speaks for a name given before; the mention stays
        mention = replace(mention_for(ctx.doc, member), span=mention.span)
    if att.source_span is not None:  # the learned model's own mention span, resolved through its head
        mention = replace(mention, span=att.source_span)
    return _speaker_of(ctx, people, mention, previous)


def _named_pair_member(ctx: DocContext, token: int) -> int:
    """``the FAA and the NTSB, with the latter confirming …``: "the latter" is the second of the
    last two nouns the text joined with "and" before it, "the former" the first; any other
    source is itself."""
    word = ctx.doc[token].lower_
    if word not in PAIR_WORDS:
        return token
    first = ctx.sent_bounds[max(0, ctx.sent_of[token] - 1)][0]  # this sentence or the one before
    for tok in reversed(ctx.doc[first:token]):
        if tok.dep_ == "conj" and tok.pos_ in ("PROPN", "NOUN") and tok.head.pos_ in ("PROPN", "NOUN") \
                and any(c.dep_ == "cc" for c in tok.head.children):
            return tok.i if word == "latter" else tok.head.i
    return token


def _speaker_of(ctx: DocContext, people: ArticlePeople, mention: Mention,
                previous: _Previous | None) -> ResolvedSource:
    if mention.owner is not None:  # "her statement said": the owner speaks
        owner = mention_for(ctx.doc, mention.owner)
        res = _speaker_of(ctx, people, replace(owner, span=mention.span), previous)
        if res.speaker.resolved or owner.kind != "pronoun":  # "a statement from the ministry": the ministry
            return res
    person = _referent(ctx, people, mention, previous)
    if person is not None:
        kind = "name" if mention.kind == "organisation" else mention.kind  # "Laurin": a surname, untagged
        speaker = Speaker(person.name, kind, True, tuple(person.roles))
        return ResolvedSource(speaker, mention.span, MENTION_CONFIDENCE.get(mention.kind, 1.0), person)
    body = _body(ctx, people, mention, previous)
    if body is not None:
        return ResolvedSource(Speaker(body, "organisation", True), mention.span,
                              MENTION_CONFIDENCE["organisation"], None)
    described = _described_speaker(ctx, mention, previous)
    if described is not None:
        return described
    name = None if mention.kind == "pronoun" or _fragment(ctx.text, mention.span) else mention.text
    return ResolvedSource(Speaker(name, mention.kind, False), mention.span, UNRESOLVED_FACTOR, None)


def _described_speaker(ctx: DocContext, mention: Mention, previous: _Previous | None) -> ResolvedSource | None:
    """"The minister claimed … He even called …": he/she, with nobody named to take, is the
    previous speaker whom the article describes but does not name (issue 16), still unresolved."""
    if mention.kind != "pronoun" or mention.text.lower() not in PRONOUN_GENDER or previous is None:
        return None
    spoke = previous.resolved.speaker
    if spoke.mention_kind not in ("role", "pronoun") or spoke.name is None or spoke.resolved \
            or ctx.paragraph(mention.span.start) - ctx.paragraph(previous.end) > 1:
        return None
    return ResolvedSource(replace(spoke, mention_kind="pronoun"), mention.span, UNRESOLVED_FACTOR, None)


def _referent(ctx: DocContext, people: ArticlePeople, mention: Mention,
              previous: _Previous | None) -> Person | None:
    start = mention.span.start
    if mention.kind == "name":
        first = ctx.token_at(mention.span.start)
        if first > mention.head or ctx.doc[mention.head].idx >= mention.span.end:  # a span not the head's own
            return people.person_for(*canonical_name(mention.text))
        name, gender, cut = name_of(ctx.doc, first, mention.head + 1)
        person = people.person_for(name, gender)
        person.roles.update(dict.fromkeys(role_phrases(ctx.doc, cut, mention.head + 1)))  # "a spokesperson, X"
        return person
    if mention.kind == "pronoun":
        return _pronoun_referent(ctx, people, mention, previous)
    if mention.kind in ("organisation", "role") and mention.text[:1].isupper():
        known = people.by_tail(mention.text)  # a surname the recogniser did not tag as a person
        if known is not None:
            return known
    if mention.kind == "organisation" and not mention.entity_label and _name_like(mention.text):
        return people.person_for(*canonical_name(mention.text))  # "Navdeep Bains", untagged
    if mention.kind == "organisation" and mention.text[:1].isupper():
        roles = role_phrases(ctx.doc, ctx.token_at(mention.span.start), mention.head + 1)
        if any(role_head(r) in role_groups() for r in roles):  # "Trump, the Republican nominee": a person
            person = people.person_for(*canonical_name(mention.text))
            person.roles.update(dict.fromkeys(roles))
            return person
    if mention.kind != "role":
        return None
    head = ctx.doc[mention.head]
    if head.lower_ in COUNTRY_BODIES and any(c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP")
                                             for c in head.children):
        return None  # "the United States government", "the Iraqi military": a country's body, no person
    return (people.with_role(head.lower_, before=start) or _described(ctx, people, mention)
            or people.described_later(mention.text, after=start))


def _pronoun_referent(ctx: DocContext, people: ArticlePeople, mention: Mention,
                      previous: _Previous | None) -> Person | None:
    """he/she: a new subject of the narrative, else the previous speaker, else the nearest person (rule 2)."""
    gender = PRONOUN_GENDER.get(mention.text.lower())
    if gender is None:
        return None
    start = mention.span.start
    near = previous is not None and ctx.paragraph(start) - ctx.paragraph(previous.end) <= 1
    person = people.focus(previous.end if near else -1, start, gender)
    if person is None and near and previous.resolved.person is not None \
            and _agrees(previous.resolved.person, gender):
        person = previous.resolved.person
        if person.gender is None:  # learnt only from the strongest link: a wrong guess would spread
            person.gender = gender
    return person or people.nearest(start, gender)


def _name_like(text: str) -> bool:
    """Two or three capitalised words, none a title, role or body word, and no outlet: a person's name
    that the recogniser left untagged, as the subject of a speech verb ("Navdeep Bains said")."""
    words = text.split()
    lexicon = role_groups().keys() | body_nouns().keys() | honorifics().keys()
    return 2 <= len(words) <= 3 and outlet_type(text) is None and all(
        w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() and w.lower() not in lexicon for w in words)


def _agrees(person: Person, gender: str | None) -> bool:
    return gender is None or person.gender is None or person.gender == gender


def _described(ctx: DocContext, people: ArticlePeople, mention: Mention) -> Person | None:
    """"The 26-year-old right wing said": a singular definite description is the person the
    sentence before is about, unless that person holds a role of another group."""
    head = ctx.doc[mention.head]
    words = mention.text.lower().split()
    if not words or words[0] not in DEFINITE or head.tag_ != "NN" or mention.owner is not None \
            or head.lower_ in body_nouns() or head.lower_ in statement_nouns() or "'s" in mention.text:
        return None
    sent = ctx.sent_of[head.i]
    after = ctx.doc[ctx.sent_bounds[max(0, sent - 1)][0]].idx
    person = people.subject_before(mention.span.start, after) or _surname_subject(ctx, people, sent - 1)
    if person is None:
        return None
    known = [role_head(r) for r in person.roles if role_head(r) in role_groups()]
    if head.lower_ in role_groups() and known and not any(same_role(head.lower_, r) for r in known):
        return None  # "the mayor" is not the person last titled "governor"
    return person


def _surname_subject(ctx: DocContext, people: ArticlePeople, sent: int) -> Person | None:
    """The person whose surname, untagged by the recogniser, is the subject of sentence ``sent``."""
    if sent < 0:
        return None
    first, end = ctx.sent_bounds[sent]
    for tok in ctx.doc[first:end]:
        if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and tok.head.dep_ == "ROOT" and not ctx.in_quote[tok.i]:
            return people.by_tail(tok.text)
    return None


def _body(ctx: DocContext, people: ArticlePeople, mention: Mention, previous: _Previous | None) -> str | None:
    """The organisation a mention names or stands for (rules 3 and 4), or None."""
    text = mention.text.lower()
    head = ctx.doc[mention.head]
    definite = text.split()[:1] == ["the"] or any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    if mention.kind in ("role", "organisation") and definite and head.is_lower:
        for target in body_nouns().get(head.lower_, ()):  # "the ministry", "the agency"
            body = people.body(head.lower_, target, mention.span.start)
            if body is not None:
                return body.name
    if mention.kind == "organisation":
        return body_name(mention.text)
    if mention.kind == "pronoun" and text in GROUP_PRONOUNS:
        start = mention.span.start
        if previous is not None and ctx.paragraph(start) - ctx.paragraph(previous.end) <= 1 \
                and previous.resolved.speaker.mention_kind == "organisation" and previous.resolved.speaker.resolved:
            return previous.resolved.speaker.name
        sent = ctx.sent_of[mention.head]
        body = people.body_subject(ctx.doc[ctx.sent_bounds[max(0, sent - 1)][0]].idx, start)
        return body.name if body is not None else None
    return None


def _fragment(text: str, span: Span) -> bool:
    """A mention cut inside a word ("study co" of "study co-author"): no name to show."""
    before = text[span.start - 1] if span.start > 0 else " "
    after = text[span.end] if span.end < len(text) else " "
    return before.isalnum() or after.isalnum() or (after in "-‐" and text[span.end + 1:span.end + 2].isalpha())
