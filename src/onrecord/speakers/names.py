"""Name lexicons and the canonical form of a person's name."""
from __future__ import annotations

import re
from functools import cache

from onrecord.nlp.wordlists import read_word_file

_PACKAGE = "onrecord.speakers.lang.en"
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@cache
def honorifics() -> dict[str, str | None]:
    """Title (lower case, no dot) -> implied gender "m"/"f", or None."""
    out: dict[str, str | None] = {}
    for line in read_word_file(_PACKAGE, "honorifics.txt"):
        word, gender = line.split()
        out[word] = None if gender == "-" else gender
    return out


@cache
def first_name_genders() -> dict[str, str]:
    return dict(line.split() for line in read_word_file(_PACKAGE, "first_names.txt"))


@cache
def role_groups() -> dict[str, frozenset[str]]:
    """Role noun -> every role noun that names the same position."""
    groups: dict[str, set[str]] = {}
    for line in read_word_file(_PACKAGE, "role_synonyms.txt"):
        words = set(line.split())
        for w in words:
            groups.setdefault(w, set()).update(words)
    return {w: frozenset(g) for w, g in groups.items()}


def same_role(a: str, b: str) -> bool:
    return a == b or b in role_groups().get(a, ())


def canonical_name(surface: str) -> tuple[str, str | None]:
    """("Dmitry Peskov", None) for "Mr. Dmitry Peskov's"; the gender a title implies."""
    words = _POSSESSIVE.sub("", surface.strip()).split()
    gender = None
    titles = honorifics()
    while len(words) > 1 and words[0].lower().rstrip(".") in titles:
        gender = gender or titles[words[0].lower().rstrip(".")]
        words = words[1:]
    name = " ".join(words)
    if gender is None and len(words) > 1:
        gender = first_name_genders().get(words[0].lower())
    return name, gender


def surname(name: str) -> str:
    words = [w for w in name.split() if w.lower().rstrip(".") not in ("jr", "sr", "ii", "iii")]
    return (words[-1] if words else name).lower()
