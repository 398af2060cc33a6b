"""Cues anchored on a reporting noun: "the Kremlin's statement that …", "Her message is
simple: …", the document that speaks ("the family's statement reads …"), and the document a
release announces before printing it ("Senator X issued the following statement:").

The noun's owner (possessor, or "by"/"from" phrase) is the source; docs/annotation.md
(reporting nouns; documents) and PolNeAR's noun cues.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.charges import charge_lexicon
from onrecord.quotes.context import DocContext
from onrecord.quotes.lexicon import CueLexicon, issuing_verbs, noun_prepositions
from onrecord.quotes.phrasal import preposition_object
from onrecord.quotes.sources import subject_of
from onrecord.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The rule of a cue that announces the document printed in the next paragraph.
ANNOUNCED_RULE = "announced-document"


def singular(noun: Token) -> str:
    """The noun's lower-case singular, as the noun lists hold it ("claims" -> "claim")."""
    return noun.lower_[:-1] if noun.tag_ == "NNS" and noun.lower_.endswith("s") else noun.lower_


def is_reporting_noun(tok: Token, lexicon: CueLexicon) -> bool:
    """A noun of the cue lexicon, or a request noun of ``noun_prepositions.txt`` ("demands for …")."""
    if tok.pos_ != "NOUN":
        return False
    word = singular(tok)
    return word in lexicon.nouns or word in noun_prepositions().get("for", ())


def noun_attribution(ctx: DocContext, noun: Token) -> Attribution | None:
    """``the Kremlin's statement that ...``: a reporting noun with its that-clause;
    ``Her message now is simple: don't share prescriptions``: an owned reporting noun as
    the subject of a clause that a colon ends, the rest of the sentence its content;
    ``their claims of election fraud``: an owned reporting noun whose preposition's object
    is what was said (``lang/en/noun_prepositions.txt``); or ``reports of people avoiding
    …``: a plural whose "of" holds a clause. The object of a denying or accusing verb is that
    verb's ("denied reports that …" is a denial: :mod:`onrecord.quotes.charges`)."""
    if noun.dep_ == "dobj" and noun.head.lower_ in charge_lexicon().classes:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos")
                   and any(t.lower_ == "that" and t.dep_ == "mark" for t in c.children)), None)
    owner = _owner(noun)
    told = _told_of(noun) if clause is None else None
    if clause is not None:
        content = ctx.clause_span(clause.left_edge.i, clause.right_edge.i, noun.i)
    elif told is not None:
        content = ctx.clause_span(told.left_edge.i, told.right_edge.i, noun.i)
    elif noun.dep_ == "nsubj" and any(c.dep_ == "poss" for c in noun.children):
        content = _after_colon(ctx, noun)
    else:
        content = _prepositional_content(ctx, noun) if owner is not None else []
    if not content:
        return None
    if owner is None and noun.dep_ in ("dobj", "attr") and noun.head.pos_ == "VERB" \
            and (noun.tag_ != "NNS" or noun.head.lower_ in issuing_verbs()):
        # "the ministry issued a statement that …"; "the ministry dismissed claims that …" are others'
        owner = subject_of(noun.head, inverted=False)
    return Attribution(content, ctx.char_span(noun.i, noun.i), "noun-cue",
                       source_token=owner, confidence=0.7)


def _owner(noun: Token) -> int | None:
    """Whose the statement is: the noun's possessor, or its "by" / "from" phrase."""
    source = next((c.i for c in noun.children if c.dep_ == "poss"), None)
    if source is None:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                source = next((c.i for c in prep.children if c.dep_ == "pobj"), None)
    return source


def _prepositional_content(ctx: DocContext, noun: Token) -> list[Span]:
    """The object of the noun's preposition that ``lang/en/noun_prepositions.txt`` gives it."""
    for prep in noun.rights:
        if prep.dep_ == "prep" and singular(noun) in noun_prepositions().get(prep.lower_, ()):
            obj = preposition_object(prep)
            if obj is not None and not ctx.in_quote[obj.left_edge.i]:
                return ctx.clause_span(obj.left_edge.i, obj.right_edge.i, noun.i, min_words=2)
    return []


def _told_of(noun: Token) -> Token | None:
    """``there had been reports of people avoiding Chinese restaurants``: a plural reporting noun
    whose "of" holds a clause (a noun with a participle of its own) reports that clause, as the
    gold sets mark it; "reports of a fire" names only a topic and is left alone."""
    if noun.tag_ != "NNS":
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = preposition_object(prep)
            if obj is not None and any(t.pos_ == "VERB" and t.tag_ in ("VBG", "VBN") and t.i > obj.i
                                       for t in obj.subtree):
                return obj
    return None


def _after_colon(ctx: DocContext, noun: Token) -> list[Span]:
    """The rest of the noun's sentence after the colon that ends the noun's own clause."""
    doc = ctx.doc
    _, sent_end = ctx.sentence(noun)
    colon = noun.head.right_edge.i + 1
    if colon >= sent_end or doc[colon].text != ":" or ctx.in_quote[colon]:
        return []
    return ctx.clause_span(colon + 1, sent_end - 1, noun.i)


def document_subject(verb: Token, lexicon: CueLexicon) -> Token | None:
    """The reporting noun a document verb has for subject ("the statement reads", "part of the
    judge's statement reads"), or None ("he read the letter")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "part":
        subject = next((g for p in subject.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
    return subject if subject is not None and subject.lower_ in lexicon.nouns else None


def announced_document(ctx: DocContext, word: Token, lexicon: CueLexicon) -> Attribution | None:
    """``Senator X issued the following statement after the vote.`` (or ``…remarks:``): a cue with
    no content yet, whose subject is the source. Press releases print the statement itself in the
    next paragraph, each paragraph opening with a quotation mark (:mod:`onrecord.quotes.direct`
    joins it); docs/annotation.md, "A document printed in full"."""
    noun = word.head
    if word.dep_ != "amod" or not is_reporting_noun(noun, lexicon):
        return None
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    source = subject_of(noun.head, inverted=False)
    if source is None:
        return None
    return Attribution([], ctx.char_span(noun.head.i, noun.i), ANNOUNCED_RULE, source_token=source,
                       confidence=0.0)
