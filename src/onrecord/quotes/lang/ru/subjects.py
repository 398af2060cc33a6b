"""Who speaks in a Russian report: the head of the source of a cue, read from the UD parse.

The subject of the cue (Русская грамматика 1980, § on the subject), else the subject of the verb a
subjectless cue hangs from (``…, добавив, что …``), the noun a relative ``который`` stands for, the
noun a participle qualifies (``заявивший журналистам министр``), a subject slovnet hung on another
word (found by agreement), or the body an indefinite-personal plural is said in (``В МИД России
заявили …``). Called by :mod:`.reported`.
"""
from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from onrecord.quotes.context import DocContext
from onrecord.quotes.lang.ru.objects import INHERIT_DEPS, SUBJECT_DEPS

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

NOMINAL_POS = ("NOUN", "PROPN", "PRON")
RELATIVE_PRONOUNS = frozenset(("который", "которая", "которое", "которые", "кто"))
#: Prepositions of the body in an impersonal report: ``В МИД России заявили, что …``.
IMPERSONAL_SOURCE_CASES = frozenset(("в", "во"))
#: Relations a misattached subject may have (:func:`stray_subject`): a subject of another word, or
#: the head of a clause the parser made of it.
STRAY_SUBJECT_DEPS = frozenset(("nsubj", "ROOT", "conj", "parataxis"))
#: Where the search for a misattached subject stops: the author's words do not cross a dash or quote mark.
STRAY_SUBJECT_STOPS = frozenset(("—", "–", "«", "»", "„", "“", "\"", ":"))


def cue_source(verb: Token) -> int | None:
    """The head of the speaker: the cue's subject, or the subject of the verb a subjectless cue
    hangs from; the noun a relative ``который`` stands for."""
    current = verb
    for _ in range(4):
        subject = next((c for c in current.children if c.dep_ in SUBJECT_DEPS and not c.is_punct
                        and not any(k.dep_ == "case" for k in c.children)), None)  # ``в 2014 году``: a misparse
        if subject is not None:
            if subject.lemma_ in RELATIVE_PRONOUNS and current.dep_.startswith("acl"):
                return current.head.i
            return subject.i
        if current.dep_ in INHERIT_DEPS and current.head.i != current.i:
            current = current.head
            continue
        if current.dep_.startswith("acl") and current.head.pos_ in NOMINAL_POS:
            if current.morph.get("VerbForm") == ["Fin"] and current.head.head.i != current.head.i:
                # ``пошли к избиркому, где требовали …``: a relative clause of place; its noun is no speaker,
                # the clause around it has the subject
                current = current.head.head
                continue
            return current.head.i  # заявивший журналистам министр
        break
    return _impersonal_source(verb)


def stray_subject(ctx: DocContext, verb: Token) -> int | None:
    """``…, а министр спорта Виталий Мутко сообщил, что …`` with ``министр`` hung on the clause before:
    the nearest nominative noun before a finite cue that agrees with it in number and gender (the
    subject agrees with its predicate: Русская грамматика 1980, § on subject–predicate agreement),
    the head of its name (``Мутко`` → ``министр``) and hung as a subject or a clause's head, not as a
    noun's dependent, nor inside a relative or adverbial clause of its own; else the first such noun
    after the cue (an inverted subject). The search stops at a quotation or a dash: the author's
    words do not run across them. slovnet misplaces the subject of
    a cue in long sentences. A participle set off after its noun (``Министр Иван Петров, заявивший,
    что …, покинул зал``) agrees with it in case as well, whatever the case (§ on participial phrases)."""
    form = verb.morph.get("VerbForm")
    participle = form == ["Part"] and verb.morph.get("Variant") != ["Short"]
    if form != ["Fin"] and not participle:
        return None
    number, gender = verb.morph.get("Number"), verb.morph.get("Gender")
    case = verb.morph.get("Case") if participle else ["Nom"]
    for tok in _around(ctx, verb):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.morph.get("Case") != case:
            continue
        chain = [tok]  # the name, then the nouns it stands in apposition to; any of them may agree
        while tok.dep_ in ("flat:name", "flat", "appos") and tok.head.i < tok.i and tok.head.morph.get("Case") == case:
            tok = tok.head
            chain.append(tok)
        if tok.dep_ not in STRAY_SUBJECT_DEPS or (tok.dep_ == "nsubj" and tok.head.dep_ in (
                "acl", "acl:relcl", "advcl") and tok.head.i < verb.i):
            continue  # the subject of a relative or adverbial clause of its own
        if not any((not number or t.morph.get("Number") in ([], number))
                   and (not gender or t.morph.get("Gender") in ([], gender)) for t in chain):
            continue  # ``председатель … Мария Иванова заявила``: the name agrees where the title does not
        return tok.i
    return None


def _around(ctx: DocContext, verb: Token) -> Iterator[Token]:
    """The words a misplaced subject may be: back from the cue to a quotation, dash or colon, then
    forward from it to the next mark (``«…», — сообщило таблоидам доверенное лицо певицы``)."""
    doc = verb.doc
    for tok in reversed(doc[verb.sent.start:verb.i]):
        if ctx.in_quote[tok.i] or tok.text in STRAY_SUBJECT_STOPS:
            break
        yield tok
    yield from itertools.takewhile(lambda t: not (t.is_punct or ctx.in_quote[t.i]), doc[verb.i + 1:verb.sent.end])


def _impersonal_source(verb: Token) -> int | None:
    """``В МИД России заявили, что …``, ``как отметили в агентстве``: a plural cue without a subject
    reports the body it is said in (after the cue, a named place in the prepositional case; never a
    date: not ``в 2014 году``, ``В 2002 году его обвиняли …``)."""
    if verb.morph.get("Number") != ["Plur"]:
        return None
    for child in verb.children:
        if child.dep_ == "obl" and (child.i < verb.i or _named_place(child)) and child.pos_ in (
                "PROPN", "NOUN") and not any(c.like_num for c in child.children) and any(
                c.dep_ == "case" and c.lower_ in IMPERSONAL_SOURCE_CASES for c in child.children):
            return child.i
    return None


def _named_place(noun: Token) -> bool:
    """A noun phrase in the prepositional case that holds a name, Russian or foreign (``в СБУ``, ``в
    агентстве «Strutt & Parker»``), not a time (``в 2014 году``)."""
    return noun.morph.get("Case") == ["Loc"] and any(
        t.pos_ in ("PROPN", "X") or t.ent_type_ == "ORG" for t in noun.subtree)
