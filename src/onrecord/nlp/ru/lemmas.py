"""Lemmas of Russian words from pymorphy3, the analysis chosen by slovnet's part of speech.

pymorphy3 (Korobov 2015; the maintained fork of pymorphy2, which no longer runs on
Python 3.11+) lists every dictionary analysis of a word form; slovnet's tagger has
already decided the part of speech in context, so the first analysis of that part of
speech wins, as Natasha's own ``MorphVocab.lemmatize`` does. Words repeat across news,
so lemmas are cached by (form, part of speech).
"""
from __future__ import annotations

from functools import cache, lru_cache

#: OpenCorpora parts of speech (pymorphy3's tags) that each UD part of speech may be.
UD_TO_OPENCORPORA = {
    "NOUN": ("NOUN",), "PROPN": ("NOUN",), "VERB": ("VERB", "INFN", "GRND", "PRTF", "PRTS"),
    "AUX": ("VERB", "INFN"), "ADJ": ("ADJF", "ADJS", "COMP", "PRTF"), "ADV": ("ADVB", "COMP", "PRED"),
    "PRON": ("NPRO",), "DET": ("ADJF", "NPRO"), "NUM": ("NUMR", "ADJF"), "ADP": ("PREP",),
    "CCONJ": ("CONJ",), "SCONJ": ("CONJ",), "PART": ("PRCL",), "INTJ": ("INTJ",),
}
#: Parts of speech whose lemma is the form itself.
KEEP_FORM = frozenset(("PUNCT", "SYM", "X", "SPACE"))
CACHE_SIZE = 200_000
#: OpenCorpora grammemes of a proper name: a proper noun prefers these analyses ("Песков" is the
#: surname, not the genitive of "песок").
PROPER = frozenset(("Surn", "Name", "Patr", "Geox", "Orgn", "Trad"))


@cache
def analyser():
    """The pymorphy3 analyser with its Russian dictionary (pymorphy3-dicts-ru), loaded once."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=CACHE_SIZE)
def lemma(form: str, pos: str) -> str:
    """The dictionary form of ``form`` read as ``pos`` (a UD tag), lower-cased."""
    lower = form.lower()
    if pos in KEEP_FORM or not any(c.isalpha() for c in form):
        return lower
    parses = analyser().parse(lower)
    wanted = UD_TO_OPENCORPORA.get(pos, ())
    fitting = [p for p in parses if p.tag.POS in wanted]
    if pos == "PROPN":
        fitting = [p for p in fitting if p.tag.grammemes & PROPER] + fitting
    best = fitting[0] if fitting else parses[0] if parses else None
    return best.normal_form if best is not None else lower


#: UD case and gender (slovnet's features) as OpenCorpora grammemes (pymorphy3's).
UD_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct",
            "Voc": "voct", "Par": "gent"}
UD_GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
PERSON_NAME = frozenset(("Surn", "Name", "Patr"))


@lru_cache(maxsize=CACHE_SIZE)
def nominative(form: str, case: str = "", gender: str = "") -> str:
    """A word of a name in the nominative, spelled as written: ``Пескову`` → ``Песков``, ``Захаровой``
    (Fem) → ``Захарова``, ``Шойгу`` → ``Шойгу``, ``Первого`` (Masc) → ``Первый``.

    ``case`` and ``gender`` are slovnet's features in context (UD): they pick among pymorphy3's
    analyses, since ``Пескова`` is the genitive of Песков and the nominative of Пескова; an
    analysis as a person's name is preferred to a common noun or adjective. A form already in
    the nominative, or one the dictionary does not know in that case, is kept.
    """
    if case in ("", "Nom") or "-" in form:
        return form
    wanted = {UD_CASES.get(case)} | ({UD_GENDERS[gender]} if gender in UD_GENDERS else set())
    wanted.discard(None)
    parses = analyser().parse(form.lower())
    named = [p for p in parses if p.tag.grammemes & PERSON_NAME]
    best = next((p for p in named if wanted <= p.tag.grammemes), None) or next(
        (p for p in parses if wanted <= p.tag.grammemes and p.tag.POS in ("NOUN", "ADJF", "PRTF")), None)
    if best is None:
        return form
    inflected = best.inflect({"nomn"})
    if inflected is None:
        return form
    return _cased_like(inflected.word, form)


def _cased_like(word: str, model: str) -> str:
    """``word`` with the capitals of ``model``: upper case stays upper, a capital initial stays."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


@cache
def word_forms(lemma: str) -> tuple[str, ...]:
    """Every form of a dictionary word, lower case, also spelled with е for ё (print mostly does):
    the lexeme of pymorphy3's first analysis whose lemma it is (``опровергнуть`` → опроверг,
    опровергла, опровергнув, опровергнувший …), or the word alone when the dictionary lacks it.
    Word lists are written as lemmas; a text classifier without a parse matches forms."""
    parse = next((p for p in analyser().parse(lemma) if p.normal_form == lemma), None)
    forms = [lemma] if parse is None else [f.word for f in parse.lexeme]
    return tuple(dict.fromkeys(w for f in forms for w in (f, f.replace("ё", "е"))))
