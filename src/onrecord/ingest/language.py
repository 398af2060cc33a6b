"""Which language an article is in, so that only English reaches the English pipeline.

py3langid (Lui & Baldwin's langid.py, its model shipped in the package, so
nothing downloads) names the language of the first few thousand characters.
A text too short to judge is taken as English rather than lost.
"""
from __future__ import annotations

import re

#: Languages the quote rules are written for.
SUPPORTED = frozenset({"en"})
#: Fewer words than this cannot be judged reliably ("Apple" comes out as Latin).
MIN_WORDS = 12
SAMPLE_CHARS = 3000
_WORD = re.compile(r"[^\W\d_]{2,}")


def language_of(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when it is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(_WORD.findall(sample)) < MIN_WORDS:
        return None
    import py3langid

    return py3langid.classify(sample)[0]


def unsupported_language(text: str) -> str | None:
    """Why ``text`` is skipped (its language is not supported), or None if it can be processed."""
    code = language_of(text)
    if code is None or code in SUPPORTED:
        return None
    return f"not English: the text is in language '{code}'; only English is supported"
