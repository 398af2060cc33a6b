"""The words that give a statement its kind, read once from the data files of ``lang/en/`` (and of
``lang/ru/`` for Russian statements: :func:`kind_lexicon` ``("ru")``, the same files written as lemmas
whose forms are pymorphy3's lexemes).

Three files, each with its sources in its header: ``cue_kinds.txt`` (the kind of a cue
lemma, by the VerbNet and FrameNet classes; the forms of each lemma come from
``cue_verbs.txt`` and ``refusal_verbs.txt``, so a form is listed once, and are the regular
ones for a word those lists do not hold), ``refusal_verbs.txt``
(the verbs of a refusal reported without the speaker's words, and of avoiding a question) and ``content_kinds.txt``
(words of the content). The parse-based refusal rule and the text classifier read the same
lexicon, so a stored statement is classified from its text as its parse classified it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from onrecord.nlp.wordlists import read_word_classes

PACKAGE = "onrecord.quotes.lang.en"
#: Each language's package of kind data files.
PACKAGES = {"en": PACKAGE, "ru": "onrecord.quotes.lang.ru"}
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class KindLexicon:
    """Word forms by what they say about a statement's kind."""

    #: A cue word form (verb form or reporting noun) -> the kind it gives.
    cue_kinds: dict[str, str]
    #: Forms of "decline" and "refuse", whose infinitive is the act not done.
    refusing: frozenset[str]
    #: Forms of "fail", a refusal before an answering verb with a request only.
    failing: frozenset[str]
    #: Forms of communication verbs that, refused or negated, are a refusal.
    acts: frozenset[str]
    #: Forms of answering verbs, a refusal when negated only with a request in their object.
    answers: frozenset[str]
    #: Forms of verbs of avoiding ("skirted"), a refusal without negation with a request in their object.
    evading: frozenset[str]
    #: Nouns that make an object a request for the speaker's word.
    requests: frozenset[str]
    #: Kind (or helper class) -> a regular expression alternation of its content phrases, to
    #: search in words joined by single spaces; a word ending in "*" is a prefix, "..." a gap.
    phrases: dict[str, str]


def word_classes(name: str, lang: str = "en") -> dict[str, list[list[str]]]:
    """``CLASS: words`` lines of one of a language's kind data files, grouped by class."""
    return read_word_classes(PACKAGES[lang], name)


def text_language(text: str) -> str:
    """The lexicon a statement's text is classified with: ``ru`` when it has Cyrillic letters."""
    return "ru" if _CYRILLIC.search(text) else "en"


def regular_forms(lemma: str) -> tuple[str, ...]:
    """The forms of a word that no verb list spells out ("brand", "inquire", the reporting nouns):
    the regular English inflections, which for a noun give at least its plural."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return lemma, f"{lemma}s", f"{stem}ed", f"{stem}ing"


#: What "..." in a content phrase stands for: up to three words ("hold ... accountable").
GAP = r"(?:\S+ ){0,3}"


def _pattern(words: list[str]) -> str:
    """One content phrase as a regular expression over space-joined words: a word ending in "*"
    is a prefix ("fraud*" -> fraud\\S*), "..." up to three words ("hold* ... accountable")."""
    out = ""
    for word in words:
        if word == "...":
            out += GAP
            continue
        body = re.escape(word[:-1]) + r"\S*" if word.endswith("*") else re.escape(word)
        out += body + " "
    return out[:-1]


@cache
def kind_lexicon(lang: str = "en") -> KindLexicon:
    """The lexicon of ``lang``: English lists each verb's forms in its files; Russian lists lemmas,
    whose forms come from pymorphy3 (loaded only for a Russian statement)."""
    if lang == "ru":
        from onrecord.nlp.ru.lemmas import word_forms

        def forms(lemma: str) -> tuple[str, ...]:
            return word_forms(lemma)
    else:
        verbs = [forms for rows in (*word_classes("cue_verbs.txt").values(),
                                    *word_classes("refusal_verbs.txt").values()) for forms in rows]
        forms_of: dict[str, list[str]] = {}
        for row in verbs:
            forms_of.setdefault(row[0], row)

        def forms(lemma: str) -> tuple[str, ...]:
            return tuple(forms_of.get(lemma) or regular_forms(lemma))
    cue_kinds: dict[str, str] = {}
    for kind, rows in word_classes("cue_kinds.txt", lang).items():
        for lemma in (w for row in rows for w in row):
            for form in forms(lemma):
                cue_kinds.setdefault(form, kind)
    refusal = word_classes("refusal_verbs.txt", lang)

    def flat(cls: str) -> frozenset[str]:
        rows = refusal.get(cls, [])
        return frozenset(f for row in rows for w in row for f in (forms(w) if lang == "ru" else (w,)))

    phrases = {kind: "(?:" + "|".join(_pattern(words) for words in rows) + ")"
               for kind, rows in word_classes("content_kinds.txt", lang).items()}
    return KindLexicon(cue_kinds, flat("refuse"), flat("fail"), flat("act"), flat("answer"), flat("evade"),
                       flat("request"), phrases)
