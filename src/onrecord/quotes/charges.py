"""Denials and accusations whose content is the verb's object: "X denied the allegations",
"X denied reports that …", "X accused Y of Z", "X condemned the attack".

docs/annotation.md ("A reporting verb with only a noun phrase") makes these statements whose
content is that phrase; their kind comes from the cue as for every statement (``denied`` is a
denial, ``accused`` an accusation: ``cue_kinds.txt``). The verbs and the objects they need are
data (``lang/en/charge_verbs.txt``): a rejecting verb counts only with a statement as object
("rejected claims that …", not "rejected the offer"), "deny" with a statement or a wrong ("denied
wrongdoing", not "denied him entry"), and an accusing verb with its charge ("of …", "for …").
They are added, like the refusals, only where no attribution of the engine holds their words.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from onrecord.nlp.wordlists import read_word_file
from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.quotes.kind_lexicon import PACKAGE, word_classes
from onrecord.quotes.sources import verb_source
from onrecord.quotes.wordfind import tokens_matching

if TYPE_CHECKING:
    from spacy.tokens import Token

CHARGE_RULE = "charge-object"
CHARGE_PREPOSITIONS = frozenset(("of", "for"))
#: A second object is what was withheld from someone ("denied him entry"): no statement.
SECOND_OBJECT_DEPS = frozenset(("dative",))


@dataclass(frozen=True, slots=True)
class ChargeLexicon:
    classes: dict[str, str]   # verb form -> deny | reject | accuse | condemn
    said: frozenset[str]      # statement nouns
    done: frozenset[str]      # wrongs that can be denied


@cache
def charge_lexicon() -> ChargeLexicon:
    rows = word_classes("charge_verbs.txt")
    nouns = {cls: frozenset(w for row in rows.pop(cls, []) for w in row) for cls in ("said", "done")}
    classes = {form: cls for cls, forms in rows.items() for row in forms for form in row}
    said = nouns["said"] | frozenset(read_word_file(PACKAGE, "cue_nouns.txt"))
    return ChargeLexicon(classes, said, nouns["done"])


def find_charges(ctx: DocContext) -> list[Attribution]:
    """Every denial or accusation of ``ctx`` with a noun object, outside quotation marks."""
    lex = charge_lexicon()
    found = []
    for tok in tokens_matching(ctx, lex.classes):
        cls = lex.classes[tok.lower_]
        if tok.pos_ != "VERB":
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue  # "did not deny the report" is no denial
        obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
        last = _last(tok, obj, cls, lex)
        source = verb_source(tok, inverted=False) if last is not None else None
        if source is None:
            continue
        found.append(Attribution([ctx.char_span(obj.left_edge.i, last)], ctx.char_span(tok.i, tok.i), CHARGE_RULE,
                                 source_token=source, confidence=0.7))
    return found


def _last(verb: Token, obj: Token | None, cls: str, lex: ChargeLexicon) -> int | None:
    """The last token of the content that starts at ``obj``, or None when this is no statement."""
    if obj is None or any(c.dep_ in SECOND_OBJECT_DEPS for c in verb.children):
        return None
    head = obj.lower_
    if cls == "reject" and head not in lex.said:
        return None
    if cls == "deny" and head not in lex.said and head not in lex.done:
        return None
    if cls == "accuse":
        charge = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in CHARGE_PREPOSITIONS), None)
        return charge.right_edge.i if charge is not None else None
    return obj.right_edge.i
