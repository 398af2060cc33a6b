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
#: Dashes that end a dateline ("WASHINGTON, D.C. – …"); a hyphen counts only with spaces round it.
DATELINE_DASHES = ("–", "—", "--")
#: Verbs whose passive subject is the hearer, not the speaker ("he was told").
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
            return _unrelativise(verb, _past_dateline(verb, child))
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
    if agent is not None:
        return agent
    found = _subject_in_time_phrase(verb)
    return found if found is not None else _subject_after_opening(verb)


def _past_dateline(verb: Token, subject: Token) -> Token:
    """``WASHINGTON, D.C. – Rep. Don Bacon (NE-02) issued …``: a press release's dateline opens
    the paragraph, and the parser takes the place for the subject, with the real one after the
    dash hung on it or on the verb. The one noun phrase between the dash and the verb speaks."""
    doc = verb.doc
    start = subject.left_edge.i
    if start > 0 and "\n" not in doc[start - 1].text and not doc[start - 1].is_space:
        return subject  # not at the start of a paragraph
    dash = next((t.i for t in doc[subject.i:verb.i] if t.text in DATELINE_DASHES
                 or t.text == "-" and t.whitespace_ and doc[t.i - 1].whitespace_), None)
    if dash is None:
        return subject
    span = range(dash + 1, verb.i)
    second = [c for c in verb.children if c.dep_ == "nsubj" and c.i in span]
    if second:
        return second[-1]  # "DAYTON, OH – After hearing …, Congressman Mike Turner released …"
    heads = [doc[i] for i in span if doc[i].head.i not in span and doc[i].pos_ in ("PROPN", "NOUN")
             and doc[i].dep_ != "npadvmod" and doc[i].ent_type_ not in TIME_LABELS]
    return heads[0] if len(heads) == 1 else subject


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


def _subject_after_opening(verb: Token) -> int | None:
    """``In findings published on Wednesday in PLOS ONE, an international team of scientists
    report …``: the parser hangs the noun phrase between the opening phrase's comma and the
    cue on the opening phrase (as an apposition of its last noun) and leaves the cue without a
    subject. A finite cue with no subject takes the head of that noun phrase."""
    if verb.tag_ not in FINITE_TAGS or verb.i == 0:
        return None
    doc = verb.doc
    comma = next((i for i in range(verb.i - 1, max(verb.left_edge.i, verb.i - 12) - 1, -1) if doc[i].text == ","), None)
    if comma is None or comma + 1 >= verb.i:
        return None
    phrase = range(comma + 1, verb.i)
    heads = [doc[i] for i in phrase if doc[i].head.i not in phrase]
    if len(heads) != 1 or heads[0].dep_ != "appos" or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return heads[0].i


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
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head.i
    return subject.i


def unquoted_source(in_quote: list[bool], verb: Token, source: int | None) -> int | None:
    """``"… Communities, schools and centres hold events …," said Vice Chairman Murkowski``: the
    parser took a word of the quotation for the subject of the cue after it. A cue outside the
    quotation marks has its speaker outside them too: the nominal after an inverted cue."""
    if source is None or not in_quote[source] or in_quote[verb.i]:
        return source
    return next((c.i for c in verb.rights if c.dep_ in INVERTED_SOURCE_DEPS and c.pos_ in NOMINAL_POS
                 and not in_quote[c.i]), None)
