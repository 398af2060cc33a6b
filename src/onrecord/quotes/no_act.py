"""Cue verbs that report no act of the speaker's: an infinitive describing a noun ("an odd thing
to say"), the question put to the speaker ("When asked whether …"), a name in use ("was commonly
called "swine flu""), a comparison ("higher than city reports say it is"). Read by
:mod:`onrecord.quotes.reported` before it takes a cue's complement.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.quotes.lexicon import naming_verbs
from onrecord.quotes.phrasal import is_passive
from onrecord.quotes.sources import SUBJECT_DEPS, agent_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Subordinators of a clause that sets the scene of another act ("When asked whether …").
CIRCUMSTANCE_WORDS = ("when", "if", "once", "after", "before", "until", "unless")


def no_act(verb: Token) -> bool:
    """A cue verb that reports no act of the speaker's: an infinitive describing a noun ("an odd
    thing to say", "nothing to add"), or a subjectless "when asked whether …" / "if told …",
    which is the question put to the speaker, not what the speaker said; or a name in use, an
    agentless passive of a naming verb ("was commonly called “swine flu”")."""
    if is_passive(verb) and verb.lower_ in naming_verbs() and agent_of(verb) is None:
        return True
    if verb.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children):
        return True  # "the debt is higher than city reports say it is": a comparison, not a report
    return verb.dep_ in ("advcl", "ccomp") and _circumstance(verb)


def scene(clause: Token, verb: Token) -> bool:
    """A clause before the cue that is, or opens on, the question put to the speaker ("When told of
    the report that they had never done a study, he said, "…"": the parser's complement of "said")."""
    return _circumstance(clause) or clause.i < verb.i and any(_circumstance(c) for c in clause.children)


def _circumstance(verb: Token) -> bool:
    """``When asked whether …``, ``When told of …``: a subjectless participle opened by a
    subordinator of time or condition sets the scene of the speaker's act."""
    return verb.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
        and any(c.dep_ in ("advmod", "mark") and c.lower_ in CIRCUMSTANCE_WORDS for c in verb.children)
