"""Refusals reported without words of the speaker's: "X declined to comment on Y".

docs/annotation.md ("Refusals without words of the speaker's") makes these statements of
kind ``refusal``: "X declined to comment on Y", "X refused to say whether …", "X did not
respond to a request for comment", "X has not commented on Y", "X would not confirm …".
Their content is **what was not commented on**, never the speaker's words:

* the object of the act's preposition, without the preposition ("comment on *the report*",
  "respond to *a request for comment*");
* its direct object ("would not confirm *the figures*"), or what was asked for after "with"
  ("declined to provide the senators *with documents*");
* its clause when that asks ("refused to say *whether she would run*");
* when the text names no topic ("declined to comment."), the act itself with its "to"
  ("*to comment*"), or the verb alone ("has not *commented*"): the smallest span that says
  what was refused, so the statement can be found and shown.

The cue is the refusal phrase up to the act and its preposition ("declined to comment on",
"did not respond to"). The verbs are data (``lang/en/refusal_verbs.txt``); an answering verb
("respond", "return") counts only with a request in its object, so "did not respond to the
attack" is no refusal; a verb of avoiding ("skirted all questions", FrameNet Avoiding) is a
refusal without negation, also only with a request in its object.
:func:`onrecord.quotes.acts.with_reported_acts` adds these to an engine's attributions where no
attribution of the engine already holds the same words.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.quotes.kind_lexicon import KindLexicon, kind_lexicon
from onrecord.quotes.kinds import INTERROGATIVES
from onrecord.quotes.sources import verb_source
from onrecord.quotes.wordfind import tokens_matching
from onrecord.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The rule name of these statements (the ``rule`` field).
REFUSAL_RULE = "no-comment"
#: How the act hangs from the refusing word: the infinitive of a verb ("refused to say") or of a
#: noun ("her refusal to provide records").
INFINITIVE_DEPS = frozenset(("xcomp", "acl"))
#: Prepositions that introduce what was not commented on.
TOPIC_PREPOSITIONS = frozenset(("on", "about", "to", "regarding", "over", "into", "concerning"))
#: The preposition of what is supplied to someone ("provide the senators with documents").
SUPPLY_PREPOSITION = "with"
#: Subordinators of a condition: an act not done under one is no refusal ("if we do not answer").
CONDITIONS = frozenset(("if", "unless"))
#: Named entities that are when, not what ("declined to comment on Monday").
TIME_ENTITIES = frozenset(("DATE", "TIME"))
#: What a negated act may have around it and still be a refusal without a topic ("has not commented").
BARE_ACT_DEPS = frozenset(("aux", "neg", "nsubj", "advmod", "npadvmod", "punct", "cc"))
_EDGE_PUNCT = " \t\n,.;:!?—–-\"'”“‘’"


def find_refusals(ctx: DocContext) -> list[Attribution]:
    """Every refusal in ``ctx`` outside quotation marks, in text order."""
    lex = kind_lexicon()
    found = []
    for tok in tokens_matching(ctx, lex.acts | lex.answers | lex.evading):
        refusal = _refusal(ctx, tok, lex) if tok.pos_ == "VERB" else None
        if refusal is not None:
            found.append(refusal)
    return found


def _refusal(ctx: DocContext, act: Token, lex: KindLexicon) -> Attribution | None:
    """The refusal whose act (the verb not done) is ``act``, or None."""
    above = act.head.lower_
    refusing = act.head if act.dep_ in INFINITIVE_DEPS and (above in lex.refusing or (
        above in lex.failing and act.lower_ in lex.answers)) else None
    evading = act.lower_ in lex.evading  # "skirted all questions" refuses without a negation
    if refusing is None and not evading and not any(c.dep_ == "neg" and c.lower_ != "never" for c in act.children):
        return None  # "never said that" denies more than it refuses
    if refusing is None and _not_reported(act):
        return None
    topic, prep = _topic(act, lex)
    if topic is not None and len(topic) == 1 and topic[0].pos_ == "PRON":
        return None  # "would not say that": a pronoun names no topic
    if (act.lower_ in lex.answers or evading) and not _names_request(topic, lex):
        return None
    source = verb_source(act, inverted=False)
    if source is None:
        return None  # a refusal with nobody refusing is not a statement
    head = refusing if refusing is not None else act
    first = min([head.i] + [c.i for c in head.children if c.dep_ in ("aux", "neg") and c.i < head.i])
    last = prep.i if prep is not None and prep.lower_ != SUPPLY_PREPOSITION else act.i
    if topic is None:
        if refusing is None and any(c.dep_ not in BARE_ACT_DEPS for c in act.children):
            return None  # "did not say he would run": a clause that does not ask is no topic
        topic = [c for c in act.children if c.dep_ == "aux" and c.lower_ == "to"] + [act]
    content = _span(ctx, topic[0].i, topic[-1].i)
    if content is None:
        return None
    return Attribution([content], ctx.char_span(first, last), REFUSAL_RULE, source_token=source, confidence=0.7)


def _not_reported(act: Token) -> bool:
    """An act not done that reports no refusal: a bare infinitive, which names a plan, a purpose or
    an incentive ("companies are incentivized to not share the data", "narrowed the inquiry to
    sidestep key questions", "real action, not to give them immunity"), or an act under a condition
    ("shame on us if we do not answer their demands"). A refusing verb above the infinitive
    ("declined to comment") is read before this. Hand-judged sample of 2026-12-02
    (docs/evaluation.md): 4 of its 16 false refusals."""
    return any((c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ in CONDITIONS)
               for c in act.children)


def _topic(act: Token, lex: KindLexicon) -> tuple[list[Token] | None, Token | None]:
    """What was not commented on (its tokens, in order), and the preposition before it. What was
    not provided may follow "with" after the person asking ("declined to provide the senators
    *with documents*"); that object counts when it names a request, and then before the person."""
    for child in act.rights:
        if child.dep_ == "prep" and child.lower_ == SUPPLY_PREPOSITION:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and _names_request(list(pobj.subtree), lex):
                return list(pobj.subtree), child
    for child in act.rights:
        if child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in TIME_ENTITIES:
                return list(pobj.subtree), child
        if child.dep_ == "dobj" or (child.dep_ == "ccomp" and child.left_edge.lower_ in INTERROGATIVES):
            return list(child.subtree), None
    return None, None


def _names_request(topic: list[Token] | None, lex: KindLexicon) -> bool:
    return topic is not None and any(t.lower_ in lex.requests for t in topic)


def _span(ctx: DocContext, first: int, last: int) -> Span | None:
    """Tokens first..last as characters, without edge punctuation; None when nothing is left."""
    span = ctx.char_span(first, last)
    start, end = span.start, span.end
    while start < end and ctx.text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and ctx.text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return Span(start, end) if end > start else None
