"""Russian introductory phrases that name the source of what the sentence says: ``По словам Пескова,
…``, ``Рынок, по мнению аналитика, вырастет``, ``…, по данным Financial Times``, ``по её словам``,
``со ссылкой на``, ``согласно`` (``lang/ru/cue_phrases.txt``; Русская грамматика 1980, §§ on
introductory constructions of the source of information). Called by :mod:`.reported`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.quotes.candidates import Attribution
from onrecord.quotes.context import DocContext
from onrecord.quotes.lang.ru.subjects import NOMINAL_POS
from onrecord.quotes.lexicon import CueLexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Fewest words of reported content: Russian drops the copula and the subject pronoun, so two
#: words make a statement (``рынок вырастет``) where English needs three.
MIN_CONTENT_WORDS = 2
#: How far after an introductory phrase its source may start (``по словам некоторых экспертов``).
MAX_SOURCE_GAP = 4
#: Phrases that credit documents as often as speakers (``согласно закону``): read only with a speaker.
DOCUMENT_PHRASES = (("согласно",),)
#: Possessives that name the source inside an introductory phrase: ``по его словам``, ``по их данным``.
POSSESSIVES = frozenset(("его", "её", "ее", "их"))
#: The nouns of an introductory phrase that need no named source (``По предварительным данным, …``,
#: ``По неофициальной информации, …``, ``По последним оценкам, …``): Русская грамматика 1980, § on
#: introductory words of the source of information.
UNSOURCED_NOUNS = frozenset(("данным", "сведениям", "информации", "оценкам", "подсчётам", "подсчетам", "прогнозам",
                             "сообщениям"))
#: Adjectives an unsourced phrase may hold before its noun: ``по последним официальным данным``.
MAX_PHRASE_ADJECTIVES = 3
#: Opening quotation marks, which may stand before the name of an outlet: ``по данным «Вестей»``.
OPENING_MARKS = frozenset(("«", "„", "“", "\""))


def phrase_attribution(ctx: DocContext, tok: Token, lexicon: CueLexicon) -> Attribution | None:
    """``По словам Пескова, переговоры идут`` / ``…, со ссылкой на источник сообщает агентство``; the
    source may stand inside the phrase as a possessive (``по её словам``: annotation_ru.md)."""
    doc = ctx.doc
    for phrase in lexicon.phrases:
        owner = tok.i + 1 if len(phrase) > 1 and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in POSSESSIVES else None
        end = tok.i + len(phrase) + (owner is not None)
        if end > len(doc) or tuple(t.lower_ for t in doc[tok.i:end] if t.i != owner) != phrase:
            continue
        if any(t.head.i not in range(tok.i, end) and lexicon.is_verb_cue(t.head.lemma_) for t in doc[tok.i:end]):
            return None  # ``сообщает ТАСС со ссылкой на источник``: the verb's attribution, a secondary source
        source = doc[owner] if owner is not None else next(
            (t for t in doc[end:end + MAX_SOURCE_GAP] if (t.pos_ in NOMINAL_POS or _foreign_name(t))
             and not (t.lower_ in POSSESSIVES and t.head.i > t.i and t.head.pos_ in NOMINAL_POS)), None)
        # ``по словам его супруги``: the possessive qualifies the source, it is not the source
        if source is None or any(t.is_punct and t.text not in OPENING_MARKS for t in doc[end:source.i]):
            return None  # a name in Latin letters or in «» is the source: ``по данным Times``, ``по данным «Вестей»``
        if phrase in DOCUMENT_PHRASES and not _speaks(source):
            return None  # ``согласно закону``: a document's provision, not a statement
        phrase_end = end - 1 if owner is not None else _np_end(source)
        sent_start, sent_end = ctx.sentence(tok)
        content = ctx.clause_span(phrase_end + 1, sent_end - 1, tok.i, min_words=MIN_CONTENT_WORDS)
        if tok.i != ctx.first_word(sent_start) and _part_of_clause(doc[sent_start:tok.i]):
            # the phrase interrupts the content: the words before it are its first piece, one word or more
            first_piece = ctx.clause_span(sent_start, tok.i - 1, tok.i, min_words=1 if content else MIN_CONTENT_WORDS)
            content = first_piece + content
        if not content:
            return None
        cue = ctx.char_span(tok.i if owner is None else owner + 1, end - 1)  # spans do not overlap
        return Attribution(content, cue, "according-to",
                           source_token=source.i, confidence=0.75)
    return _unsourced(ctx, tok)


def _unsourced(ctx: DocContext, tok: Token) -> Attribution | None:
    """``По предварительным данным, его отравили в аэропорту``: an introductory phrase with an adjective
    and no named source opens its sentence; a statement without a source, the whole phrase its cue
    (annotation_ru.md, "Phrases without a named source")."""
    doc = ctx.doc
    sent_start, sent_end = ctx.sentence(tok)
    if tok.lower_ != "по" or tok.i != ctx.first_word(sent_start):
        return None
    i = tok.i + 1
    while i < sent_end and i - tok.i <= MAX_PHRASE_ADJECTIVES and doc[i].pos_ == "ADJ":
        i += 1
    if i == tok.i + 1 or i + 1 >= sent_end or doc[i].lower_ not in UNSOURCED_NOUNS or doc[i + 1].text != ",":
        return None
    content = ctx.clause_span(i + 2, sent_end - 1, tok.i, min_words=MIN_CONTENT_WORDS)
    return Attribution(content, ctx.char_span(tok.i, i), "according-to", confidence=0.6) if content else None


def _part_of_clause(words) -> bool:
    """The words before an interrupting phrase are a piece of the content when they hold a verb or a
    nominative (``Рынок, по мнению аналитика, вырастет``), not when they only open the sentence (``В
    итоге, по данным ОВД-Инфо, …``, ``При этом, …``: the writer's connective)."""
    return any(t.pos_ in ("VERB", "AUX") or (t.morph.get("Case") == ["Nom"] and t.pos_ in NOMINAL_POS + ("X",))
               for t in words)


def _foreign_name(tok: Token) -> bool:
    """A name in Latin letters (slovnet tags ``Times of India`` as foreign words, ``X``)."""
    return tok.pos_ == "X" and tok.text[:1].isupper() and tok.text[:1].isascii()


def _speaks(tok: Token) -> bool:
    """A person or a body: animate, a proper name, a pronoun or a named organisation."""
    return (tok.pos_ in ("PROPN", "PRON") or tok.morph.get("Animacy") == ["Anim"]
            or tok.ent_type_ in ("PERSON", "ORG"))


def _np_end(head: Token) -> int:
    """The last token of the noun phrase ``head`` heads, stopping before a comma or dash."""
    last = head.i
    for tok in head.doc[head.i + 1:head.right_edge.i + 1]:
        if tok.is_punct and tok.text in (",", "—", "–", "-", ":"):
            break
        last = tok.i
    return last
