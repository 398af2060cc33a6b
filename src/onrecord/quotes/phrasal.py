"""Reported content that is not a clause: an infinitive or a noun phrase.

docs/annotation.md counts three such statements, which the clause rules of
:mod:`onrecord.quotes.reported` do not reach (the gold set's recall gap, issue 16):

* **requests and appeals**: "urged states not to reschedule", "asked the judge to
  delay his ruling": the content is the infinitive, from "to" (or "not to");
* **passive reports**: "were reported by local media to have visited the hospital",
  "was said to have been injured": the content is the infinitive, the source the
  agent when there is one (the speaker is unknown otherwise, as in "it was reported
  that", which the clause rules take);
* **a noun phrase announced**: "announced the end of his campaign", "declared
  victory", or a gerund, "announced investigating itself": the content is the object,
  for the verbs of ``lang/en/object_verbs.txt`` only (a verb that names a topic,
  "mentioned the conviction", is narration);
* **what is told of**: "told of being forced to leave", "spoke of an imminent
  incursion", "talked about how the series was underestimated": the content is the
  preposition's object, for the verbs and prepositions of
  ``lang/en/preposition_cues.txt`` (after "about" only a clause).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.quotes.context import MIN_CONTENT_WORDS, DocContext
from onrecord.quotes.lexicon import (
    naming_verbs,
    object_verbs,
    passive_report_verbs,
    predicative_verbs,
    preposition_cues,
    request_verbs,
)
from onrecord.quotes.sources import HEARER_VERBS
from onrecord.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

#: An infinitive needs its verb besides "to".
MIN_INFINITIVE_WORDS = 2
#: Objects that point back to content given elsewhere ("announced this", "declared that").
DEICTIC_POS = ("PRON", "DET")
#: Prepositions whose noun-phrase object is content ("told *of* being forced", "called *for* an
#: inquiry": a request for an action, docs/annotation.md "Requests"); after the others only a clause.
NOUN_PREPOSITIONS = frozenset(("of", "for"))
#: Words by which a writer announces what is printed right after ("the following statement",
#: "answers to the following questions"): such an object is no content of its own.
ANNOUNCING_WORDS = frozenset(("following",))
#: Entity types of a preposition's object that say how long, not what ("called for hours").
DURATION_ENTITIES = frozenset(("DATE", "TIME"))


def is_passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def phrasal_content(ctx: DocContext, verb: Token) -> list[Span]:
    """The infinitive or noun phrase a cue verb reports, or [].

    Words in quotation marks are left to the quotation rules (a partial quote,
    "urged them to "stand firm"", runs from the cue's object to the quotation).
    """
    phrase = _phrase(verb)
    if phrase is None:
        return predicative_content(ctx, verb) or passive_subject_content(ctx, verb) or topic_content(ctx, verb)
    last = _before_quoted_modifier(ctx, phrase)
    if last is None:
        return []
    min_words = MIN_INFINITIVE_WORDS if phrase.dep_ == "xcomp" else 1  # "declared victory"
    return ctx.clause_span(phrase.left_edge.i, last, verb.i, min_words=min_words)


def passive_subject_content(ctx: DocContext, verb: Token) -> list[Span]:
    """``The operation was condemned by members of the European Union``, ``His death was confirmed
    by his son``: a passive cue with its agent and no clause or infinitive reports its subject, and
    the agent speaks (the gold set marks these). The passive subject of a verb of telling or
    asking is the hearer, of a naming verb what is named: neither is content."""
    if not is_passive(verb) or verb.lower_ in HEARER_VERBS or verb.lower_ in naming_verbs():
        return []
    if any(c.dep_ == "mark" or c.tag_ == "WRB" or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) \
            or any(ctx.in_quote[i] for i in range(verb.i, verb.right_edge.i + 1)):
        return []  # "when her life is threatened by …"; "was described by X as \"…\"": quotation rules
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if subject is None or agent is None or subject.pos_ in ("PRON", "DET") or subject.i > verb.i \
            or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or subject.dep_ == "relcl":
        return []
    if any(ctx.in_quote[i] for i in range(subject.left_edge.i, subject.right_edge.i + 1)):
        return []
    return ctx.clause_span(subject.left_edge.i, subject.right_edge.i, verb.i, min_words=1)


def predicative_content(ctx: DocContext, verb: Token) -> list[Span]:
    """``The guidelines cite the 2009 outbreak as an example of what not to do``: a verb of
    describing or judging (``lang/en/predicative_verbs.txt``) with an object and an "as" phrase
    reports the object as what the phrase says it is; the content runs from the object to the end
    of the phrase (PolNeAR marks these; docs/annotation.md, "cite/list X as Y"). Quoted labels are
    the quotation rules' ("described it as "a disaster""); a passive without its agent names no
    speaker and is left alone."""
    if verb.lower_ not in predicative_verbs() or is_passive(verb):
        return []
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ in DEICTIC_POS and obj.lower_ not in ("it", "them", "him", "her"):
        return []
    label = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)
    if label is None:
        label = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
    if label is None or len(list(label.children)) == 0 or any(ctx.in_quote[i] for i in range(label.i, label.right_edge.i + 1)):
        return []
    return ctx.clause_span(obj.left_edge.i, label.right_edge.i, verb.i, min_words=1)


def _before_quoted_modifier(ctx: DocContext, phrase: Token) -> int | None:
    """The phrase's last token, or None when quoted words in it are the quotation rules'. A
    modifier set off by a comma that holds the quotation ("announced a complete withdrawal, beyond
    the withdrawal from the "immediate area" announced before") is the writer's: the phrase ends
    before that comma."""
    quoted = [i for i in range(phrase.left_edge.i, phrase.right_edge.i + 1) if ctx.in_quote[i]]
    if not quoted:
        return phrase.right_edge.i
    commas = [i for i in range(phrase.left_edge.i, quoted[0]) if ctx.doc[i].text == ","]
    return commas[-1] - 1 if commas and phrase.dep_ != "xcomp" else None


def topic_content(ctx: DocContext, verb: Token) -> list[Span]:
    """What a verb of ``lang/en/preposition_cues.txt`` tells of: the preposition's object, with
    what the parser hung on the verb after it up to a comma or a conjunction ("spoke of Turkey
    *assuming the duty of guarding them*"). Quoted words inside make it mixed ("talked about how
    the series was underestimated "up 'til now""); an object that opens on a quotation is left
    to the quotation rules."""
    obj = _told_of(verb)
    if obj is None:
        return []
    last = obj.right_edge.i
    requested = obj.head.lower_ == "for"
    for child in () if requested else verb.rights:  # what is asked for ends with its phrase
        if child.i <= last:
            continue
        if child.is_punct or child.dep_ in ("cc", "conj"):
            break
        last = child.right_edge.i
    if ctx.in_quote[obj.left_edge.i]:
        return []
    return ctx.clause_span(obj.left_edge.i, last, verb.i, min_words=1 if requested else MIN_CONTENT_WORDS)


def _told_of(verb: Token) -> Token | None:
    """The object of the preposition right after the verb or its hearer ("told *of* …")."""
    for prep in verb.rights:
        forms = preposition_cues().get(prep.lower_) if prep.dep_ == "prep" else None
        if forms is None or verb.lower_ not in forms:
            continue
        obj = preposition_object(prep)
        if obj is not None and obj.ent_type_ in DURATION_ENTITIES:
            continue  # "called for hours": how long, not what was asked for
        clause = obj is not None and obj.pos_ in ("VERB", "AUX")
        return obj if obj is not None and (prep.lower_ in NOUN_PREPOSITIONS or clause) else None
    return None


def preposition_object(prep: Token) -> Token | None:
    """What a preposition governs: its noun phrase or its clause ("of *being forced*")."""
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _phrase(verb: Token) -> Token | None:
    infinitive = _infinitive(verb)
    if infinitive is not None and (verb.lower_ in passive_report_verbs() if is_passive(verb)
                                   else verb.lower_ in request_verbs() and _addressee(verb)):
        return infinitive
    if verb.lower_ in object_verbs() and not is_passive(verb):
        obj = next((c for c in verb.rights if c.dep_ == "dobj" or c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
        if obj is not None and obj.pos_ not in DEICTIC_POS and not _announces(obj):
            return obj
    return None


def _announces(obj: Token) -> bool:
    """The object announces what follows it ("answers to the following questions", "answers to 15
    questions including:"): the paragraphs after the colon are the content (quotes/documents.py)."""
    after = obj.right_edge.i + 1
    return any(t.lower_ in ANNOUNCING_WORDS for t in obj.subtree) \
        or after < len(obj.doc) and obj.doc[after].text == ":"


def _infinitive(verb: Token) -> Token | None:
    """The cue's to-infinitive complement ("urged them *to stay*", "was said *to have died*")."""
    for child in verb.rights:
        if child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return child
    return None


def _addressee(verb: Token) -> bool:
    """A request names whom it asks ("urged *states* to", "called on *voters* to"); "asked to leave" does not."""
    return any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ == "on" for c in verb.children)
