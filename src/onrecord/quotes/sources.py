"""The source token of a cue: whose act of speech it is, read from the parse.

The source is the cue's subject; inverted clauses, which spaCy parses with the
speaker as an object ("..., said the minister"), take the nominal after the cue;
non-finite cues (", adding that") inherit the subject of the verb they hang from;
a passive takes its "by" agent (Krestel et al. 2008; the GGT quote extractor).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.quotes.lexicon import naming_verbs, reporting_nouns

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
INVERTED_SOURCE_DEPS = ("nsubj", "dobj", "attr", "npadvmod", "oprd", "appos", "nsubjpass")
NON_FINITE_DEPS = ("xcomp", "advcl", "conj", "pcomp", "dep")
NOMINAL_POS = ("PROPN", "NOUN", "PRON")
RELATIVE_PRONOUNS = ("who", "which", "that", "whom")
EXPLETIVES = ("it", "there")
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP"))
#: Entity labels of a name that can speak, and of the time that opens a sentence.
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP")
TIME_LABELS = ("DATE", "TIME")
#: Verbs whose passive subject is the hearer, not the speaker ("he was told").
#: Dashes that end a dateline ("WASHINGTON, D.C. – Senator X said …").
DATELINE_DASHES = frozenset(("–", "—", "--", "-"))
#: Tokens a dateline may hold before its dash: the place, its state and punctuation.
MAX_DATELINE_TOKENS = 8
HEARER_VERBS = frozenset("told tell asked ask informed inform reminded assured warned urged".split())


def verb_source(verb: Token, inverted: bool) -> int | None:
    """Head token of the speaker of a cue verb, or None.

    ``inverted``: the content precedes the cue, so a nominal after the cue
    can be its speaker ("..., has claimed the president's spokesman").
    """
    current = verb
    for _ in range(4):
        subject = subject_of(current, inverted and current.i == verb.i)
        if subject is not None:
            return subject
        if current.dep_ in NON_FINITE_DEPS and current.head.i != current.i:
            current = current.head
            continue
        if current.i != verb.i and current.dep_ == "ccomp":
            current = current.head  # "said there was ... and urged": the cue is coordinated in the complement
            continue
        if current.dep_ == "prep" and current.head.pos_ in ("VERB", "AUX"):
            current = current.head  # "he was quoted as saying"
            continue
        if current.dep_ in ("acl", "relcl") and current.head.pos_ in NOMINAL_POS:
            return _issuer(current.head)
        break
    return None


def _issuer(noun: Token) -> int:
    """The speaker of a cue that describes a noun: the noun itself ("the officials saying ..."),
    or, for a reporting noun that is a verb's object, that verb's subject ("both nations issued
    statements speaking of ...": the nations speak through their statements)."""
    if noun.dep_ == "dobj" and noun.lower_.removesuffix("s") in reporting_nouns():
        subject = next((c.i for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return noun.i


def subject_of(verb: Token, inverted: bool) -> int | None:
    """The cue's subject; a token tagged as punctuation is never one.

    The parser, which rarely saw guillemets, can take the closing mark of ``«…,» Lee said``
    for the subject beside the real one (issue 15: the speaker was "»"). The tag, not the
    character, decides: the "%" of "More than 95% … indicated" is a noun.
    """
    children = [c for c in verb.children if c.pos_ != "PUNCT"]
    for child in children:
        if child.dep_ in ("nsubj", "csubj"):
            return _unrelativise(verb, child)
        if child.dep_ == "nsubjpass":
            # the passive subject of "told" is the hearer, of "called" what is named ("was called “a traitor”")
            if verb.lower_ in HEARER_VERBS or verb.lower_ in naming_verbs() or child.lower_ in EXPLETIVES:
                return agent_of(verb)
            return _unrelativise(verb, child)
    if inverted:
        for child in children:
            if child.dep_ in INVERTED_SOURCE_DEPS and child.i > verb.i and child.pos_ in NOMINAL_POS:
                return child.i
    agent = agent_of(verb)
    return agent if agent is not None else _subject_in_time_phrase(verb)


def _subject_in_time_phrase(verb: Token) -> int | None:
    """``On Friday Ford Motor Company announced …``: without a comma after the time, the parser
    reads "Friday Ford Motor Company" as one noun phrase, the object of "On", and leaves the
    cue without a subject. A named entity after a date in the opening phrase of a finite cue
    is its subject (the named-entity tagger keeps the two apart)."""
    if verb.tag_ not in FINITE_TAGS:
        return None
    for child in verb.lefts:
        obj = next((c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" else None
        if obj is not None and obj.ent_type_ in NAME_LABELS \
                and any(t.ent_type_ in TIME_LABELS for t in obj.lefts):
            return obj.i
    return None


def agent_of(verb: Token) -> int | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj.i
    return None


def _unrelativise(verb: Token, subject: Token) -> int | None:
    if subject.lower_ in EXPLETIVES and subject.dep_ in ("nsubjpass", "expl"):
        return None
    if _opens_dateline(subject):
        return _after_dateline(subject)
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head.i
    return subject.i


def _opens_dateline(subject: Token) -> bool:
    """``WASHINGTON, D.C. – Senator X delivered …``: a press release or wire story opens on its
    dateline, a place in capitals and a dash; the parser takes the place for the subject of the
    first verb and hangs the real subject on it. Every word before the dash is in capitals or an
    abbreviation ("D.C."), and nothing but an opening bracket stands before the place."""
    doc = subject.doc
    if not (subject.is_upper and subject.is_alpha and len(subject) > 1):
        return False
    if any(not t.is_punct for t in doc[subject.sent.start:subject.i]):
        return False
    for tok in doc[subject.i + 1:subject.i + MAX_DATELINE_TOKENS]:
        if tok.text in DATELINE_DASHES:
            return True
        if not (tok.is_punct or tok.is_upper or tok.text[:1].isupper() and "." in tok.text):
            return False
    return False


def _after_dateline(place: Token) -> int | None:
    """The subject the parser hung on a dateline's place: its apposition after the dash, else none."""
    dash = next(t for t in place.doc[place.i + 1:] if t.text in DATELINE_DASHES)
    return next((c.i for c in place.children if c.dep_ == "appos" and c.i > dash.i), None)
