"""The kind a future gives a statement: the speaker's side's "will" is a promise, under a
condition a warning (docs/annotation.md, tie-break 4). Read from the words of the content by
:mod:`onrecord.quotes.kinds`.
"""
from __future__ import annotations

FIRST_PERSON = frozenset(("i", "we"))
#: Pronouns of indirect speech that most often stand for the speaker ("he said he would resign").
SPEAKER_PRONOUNS = frozenset(("i", "we", "he", "she", "they"))
FUTURE = frozenset(("will", "shall"))
#: Conjunctions before a future whose subject is that of the first clause ("he was not aware of
#: the event but would go").
COORDINATORS = frozenset(("and", "but"))
BE = frozenset(("am", "are", "is", "was", "were", "be", "been"))
#: Verbs after "it will" that make "it" the empty subject of a state ("it will be close").
STATES = frozenset(("be", "have", "take", "not"))
CONDITION = "if"
#: How far into the content the "if" of a conditioned future may stand ("but if", "look, if").
CONDITION_REACH = 3
#: Words after which an "if" further into the content opens the clause of the future.
JOINERS = frozenset(("that", "and", "but", "so"))


def first_word(said: list[str]) -> str | None:
    """The first word of the content after a complementiser "that"."""
    rest = said[1:] if said[:1] == ["that"] else said
    return rest[0] if rest else None


def _conditioned(before: list[str]) -> bool:
    """The future is the consequence of a condition that opens the content ("if they cross the
    line, we will respond"; "but if …"): within ``CONDITION_REACH`` words of its start (after a
    "that"), or opening a clause of its own further in ("let him know that if he runs, I will
    withdraw"). An "if" further in belongs to another clause ("… ban me if they want to, so I will
    …", "… even if it puts minors at risk," "I will always stand up …": two false warnings of
    the hand-judged samples, benchmarks/kind_samples/)."""
    rest = before[1:] if before[:1] == ["that"] else before
    return CONDITION in rest[:CONDITION_REACH] or any(
        w == CONDITION and rest[i - 1] in JOINERS for i, w in enumerate(rest) if i > 0)


def future_kind(said: list[str], quote_type: str) -> str | None:
    """``promise`` for the speaker's own side's future ("we will rebuild", "he said he would
    resign"), ``warning`` for the same under a condition ("if they cross the line, we will
    respond"); None otherwise.

    In a quotation the speaker's side is "I"/"we"; in indirect speech the speaker is reported in
    the third person, so a pronoun subject right before "would"/"will" stands for the side too,
    and "it" does when it is not the empty subject of "it will be" (docs/annotation.md,
    tie-break 4); a future coordinated with the first clause ("… but would go") has its subject.
    Anyone else's "will" is left to the content's words of forecast ("expected
    to"): on the dev halves a bare "will" was a prediction in 2 statements of 15.
    """
    own = FIRST_PERSON if quote_type == "direct" else SPEAKER_PRONOUNS
    future = FUTURE if quote_type == "direct" else FUTURE | {"would"}
    for i, word in enumerate(said):
        if word in future and i > 0:
            subject, verb = said[i - 1], said[i + 1:i + 2]
        elif word == "going" and said[i + 1:i + 2] == ["to"] and i > 1 and said[i - 1] in BE:
            subject, verb = said[i - 2], said[i + 2:i + 3]  # "we are going to take …"
        else:
            continue
        opener = i - (3 if word == "going" else 2)
        if opener >= 0 and said[opener] == CONDITION:
            continue  # "if we are going to build …": the future is the condition, not what follows it
        if subject in COORDINATORS and quote_type != "direct":
            subject = first_word(said)  # "he was not aware of it but would go": the first clause's subject
        if subject in own or (subject == "it" and quote_type != "direct" and not STATES.intersection(verb)):
            return "warning" if _conditioned(said[:i]) else "promise"
    return None
