"""Which language an article is in, so that only English reaches the English pipeline.

py3langid (Lui & Baldwin's langid.py, its model shipped in the package, so
nothing downloads) scores every language on the first few thousand
characters. A text is skipped only when a supported language is very
unlikely (``MIN_SUPPORTED_SHARE`` of the probability mass): English-based
creoles and lists of capitalised names can come out on top by a hair (a US
press release of drop-off addresses scored Nigerian Pidgin first, English a
close second), and losing an English article costs more than parsing a
foreign one. A text too short to judge is taken as English.
"""
from __future__ import annotations

import math
import re

#: Languages the quote rules are written for.
SUPPORTED = frozenset({"en"})
#: Fewer words than this cannot be judged reliably ("Apple" comes out as Latin).
MIN_WORDS = 12
#: A text is processed when its supported languages hold at least this share of the probability.
MIN_SUPPORTED_SHARE = 0.01
SAMPLE_CHARS = 3000
_WORD = re.compile(r"[^\W\d_]{2,}")


def language_shares(text: str) -> list[tuple[str, float]] | None:
    """Each language's share of the probability that it wrote ``text``, likeliest first;
    None when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(_WORD.findall(sample)) < MIN_WORDS:
        return None
    import py3langid

    ranked = py3langid.rank(sample)  # (code, log-probability), best first
    top = ranked[0][1]
    weights = [(code, math.exp(score - top)) for code, score in ranked]
    total = sum(w for _, w in weights)
    return [(code, w / total) for code, w in weights]


def unsupported_language(text: str) -> str | None:
    """Why ``text`` is skipped (its language is not supported), or None if it can be processed."""
    shares = language_shares(text)
    if shares is None or shares[0][0] in SUPPORTED:
        return None
    if sum(share for code, share in shares if code in SUPPORTED) >= MIN_SUPPORTED_SHARE:
        return None
    return f"not English: the text is in language '{shares[0][0]}'; only English is supported"
