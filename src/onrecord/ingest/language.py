"""Which language an article is in: English goes to the English pipeline, Russian to the Russian one,
anything else is skipped.

py3langid (Lui & Baldwin's langid.py, its model shipped in the package, so
nothing downloads) scores every language on the first few thousand
characters. A text is skipped only when a supported language is very
unlikely (``MIN_SUPPORTED_SHARE`` of the probability mass): English-based
creoles and lists of capitalised names can come out on top by a hair (a US
press release of drop-off addresses scored Nigerian Pidgin first, English a
close second), and losing an article costs more than parsing a foreign one;
it then goes to the likeliest supported language.

A text too short to judge (a headline, one sentence: langid.py needs more
words, "Apple" comes out as Latin) is told by its script: mostly Cyrillic
letters is Russian, unless it has letters Russian lacks (і ї є ґ ў: Ukrainian,
Belarusian), which is left to langid; anything else is English, as before.

The ``lang`` setting (``--lang ru``), else a record's own ``lang`` field, overrides
detection (:func:`article_language`).
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from onrecord.records import Article

#: Languages the quote rules are written for.
SUPPORTED = frozenset({"en", "ru"})
#: The language of a text that cannot be judged and is not Cyrillic.
DEFAULT = "en"
#: Fewer words than this cannot be judged reliably by langid.py.
MIN_WORDS = 12
#: A text is processed when its supported languages hold at least this share of the probability.
MIN_SUPPORTED_SHARE = 0.01
#: Share of letters that must be Cyrillic for a short text to be read as Russian.
MIN_CYRILLIC_SHARE = 0.5
SAMPLE_CHARS = 3000
_WORD = re.compile(r"[^\W\d_]{2,}")
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: Cyrillic letters of Ukrainian and Belarusian that Russian does not use.
_NOT_RUSSIAN = re.compile(r"[ІіЇїЄєҐґЎў]")


def language_shares(text: str) -> list[tuple[str, float]] | None:
    """Each language's share of the probability that it wrote ``text``, likeliest first;
    None when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(_WORD.findall(sample)) < MIN_WORDS:
        return None
    return _ranked_shares(sample)


def _ranked_shares(sample: str) -> list[tuple[str, float]]:
    import py3langid

    ranked = py3langid.rank(sample)  # (code, log-probability), best first
    top = ranked[0][1]
    weights = [(code, math.exp(score - top)) for code, score in ranked]
    total = sum(w for _, w in weights)
    return [(code, w / total) for code, w in weights]


def detect_language(text: str) -> tuple[str | None, str]:
    """(the supported language to process ``text`` as, or None; the likeliest language of all)."""
    sample = text[:SAMPLE_CHARS]
    shares = language_shares(sample)
    if shares is None:
        script = _script_language(sample)
        if script is not None or not _NOT_RUSSIAN.search(sample):
            return script or DEFAULT, script or DEFAULT
        shares = _ranked_shares(sample)
    top = shares[0][0]
    if top in SUPPORTED:
        return top, top
    supported = [(share, code) for code, share in shares if code in SUPPORTED]
    if sum(share for share, _ in supported) >= MIN_SUPPORTED_SHARE:
        return max(supported)[1], top
    return None, top


def _script_language(sample: str) -> str | None:
    """"ru" for a text mostly in Cyrillic letters, all of them Russian ones; else None."""
    if mostly_cyrillic(sample) and not _NOT_RUSSIAN.search(sample):
        return "ru"
    return None


def mostly_cyrillic(sample: str) -> bool:
    """At least ``MIN_CYRILLIC_SHARE`` of the letters of ``sample`` are Cyrillic."""
    if not _CYRILLIC.search(sample):
        return False  # English text: no counting
    letters = len(_LETTER.findall(sample))
    return bool(letters) and len(_CYRILLIC.findall(sample)) / letters >= MIN_CYRILLIC_SHARE


def unsupported_language(text: str) -> str | None:
    """Why ``text`` is skipped (its language is not supported), or None if it can be processed."""
    lang, top = detect_language(text)
    if lang is not None:
        return None
    return f"not English or Russian: the text is in language '{top}'; only English and Russian are supported"


def declared_language(value: object) -> str | None:
    """A ``lang`` field or setting as a supported code ("RU", "ru-RU" → "ru"); None if absent or unsupported."""
    code = str(value or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code in SUPPORTED else None


def article_language(text: str, declared: object = None, setting: object = None) -> str:
    """The pipeline an article goes to: the ``lang`` setting (``--lang ru``) when given, else the
    record's ``lang`` field, else its script: mostly Cyrillic is Russian, anything else English.

    The script suffices here because the readers have already screened out the languages
    onrecord does not support (:func:`unsupported_language`); it costs microseconds, where
    langid.py costs milliseconds an article, so the English path is no slower.
    """
    return (declared_language(setting) or declared_language(declared)
            or ("ru" if mostly_cyrillic(text[:SAMPLE_CHARS]) else DEFAULT))


def with_language(article: Article, setting: object = None) -> Article:
    """``article`` with ``meta["lang"]`` saying the language it is processed in (:func:`article_language`),
    so that every result records its language and a worker need not detect it again."""
    lang = article_language(article.text, article.meta.get("lang"), setting)
    if article.meta.get("lang") == lang:
        return article
    return replace(article, meta={**article.meta, "lang": lang})
