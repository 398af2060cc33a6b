"""Lemmas of Russian words for the full-text index and for a search (issue 19): "переговоры" finds
"переговорах".

The store runs no NLP (docs/design.md), so the service computes the lemmas and hands them over: the
lemmas of a Russian statement's words when it is stored, and the lemma of each word of a search. Both
sides use pymorphy3's first analysis of the word out of context (``nlp/ru/lemmas.lemma`` without a part
of speech), so a word form gets the same lemma in a query as in the index; the parse's lemmas, chosen
in context, could differ from what a two-word query can choose. Only words in Cyrillic are lemmatised:
English search stays as it was (no stemming, docs/store.md).
"""
from __future__ import annotations

import re

from onrecord.nlp.ru.lemmas import lemma
from onrecord.records import Article, Quote

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_WORDS = re.compile(r"\w+")


def word_lemmas(words: list[str]) -> tuple[str, ...]:
    """The lemma of each word ("" for a word not in Cyrillic): a search's, as ``store.sql.query_terms`` cut it."""
    return tuple(lemma(w, "") if _CYRILLIC.search(w) else "" for w in words)


def text_lemmas(text: str) -> str | None:
    """The lemmas of the Cyrillic words of ``text``, in order, or None when it has none."""
    found = [lemma(w, "") for w in _WORDS.findall(text) if _CYRILLIC.search(w)]
    return " ".join(found) or None


def statement_lemmas(article: Article, quotes: tuple[Quote, ...]) -> tuple[str | None, ...]:
    """What the index keeps beside each statement's text: its lemmas for a Russian article, else nothing."""
    if article.meta.get("lang") != "ru":
        return ()
    return tuple(text_lemmas(q.to_row(article.text)["text"]) for q in quotes)
