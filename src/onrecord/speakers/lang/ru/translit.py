"""Russian names in Latin letters, for matching one person across English and Russian articles.

The system is BGN/PCGN (1947, the romanization of the US Board on Geographic Names and
the UK Permanent Committee on Geographical Names), in the simplified form English-language
news uses for names: the soft and hard signs are dropped instead of written as ’ and ”,
ё is "yo" (BGN/PCGN "ë"), and a word-final -ий / -ый is "-y" (Dmitry, Zelensky: BGN/PCGN
would give Dmitriy, Zelenskiy). As in BGN/PCGN, е and ё are "ye" / "yo" at the start of
a word and after a vowel, й or a sign (Yelena, Mayorov's "Yermolayev").

One more departure the English press makes so regularly that it is a rule here: й between a
vowel and a consonant is "i" (Shoigu, Gaidar, Chaika, Roizman, Baikal, Maidan; BGN/PCGN would give
Shoygu, Gaydar). At the end of a word it stays "y" (Tolstoy, Sergey). Spellings of single names
(Sergei for Сергей) are the cross-language identity rules' business, not a transliteration's.
This module is pure: the store side of the cross-language merge can import it.
"""
from __future__ import annotations

import re

LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
#: After these (or at a word's start) е is "ye" and ё "yo" (BGN/PCGN, note 1).
_IOTATING = set("аеёиоуыэюяйъь")
_VOWELS = set("аеёиоуыэюя")
_WORD_FINAL_Y = re.compile(r"(?:ий|ый)(?=$|[^а-яё])", re.IGNORECASE)
_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)


def transliterate(text: str) -> str:
    """``Дмитрий Песков`` → ``Dmitry Peskov``; characters that are not Russian letters stay; a word in
    capitals stays in capitals (``ЦИК`` → ``TSIK``)."""
    return _WORD.sub(_word, _WORD_FINAL_Y.sub(lambda m: "ы" if m.group().islower() else "Ы", text))


def _word(match: re.Match) -> str:
    word = match.group()
    out: list[str] = []
    prev = ""
    for n, ch in enumerate(word):
        lower = ch.lower()
        latin = LETTERS.get(lower, ch)
        if lower == "е" and (not prev or prev in _IOTATING):
            latin = "ye"
        elif lower == "й" and prev in _VOWELS and n + 1 < len(word) and word[n + 1].lower() not in _IOTATING:
            latin = "i"  # Шойгу → Shoigu: a consonant follows
        out.append(latin[:1].upper() + latin[1:] if ch.isupper() else latin)
        prev = lower
    latin_word = "".join(out)
    return latin_word.upper() if len(word) > 1 and word.isupper() else latin_word
