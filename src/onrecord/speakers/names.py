"""Name lexicons (first names, titles, roles, outlets, body and statement nouns) and the canonical
form of a person's name. Pure data and string rules: the store reads them without any NLP."""
from __future__ import annotations

import re
from functools import cache

from onrecord.nlp.wordlists import read_word_file

_PACKAGE = "onrecord.speakers.lang.en"
#: Prepositions that keep a role whole: "head of the agency", "spokesman for the ministry".
ROLE_PREPS = frozenset(("of", "for", "at"))
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}-(?:TV|FM|AM|DT)$")
_NEWS_SITE = re.compile(r"^[A-Z][\w-]*(?:\.[a-z]{2,3}){1,2}$")


@cache
def honorifics() -> dict[str, str | None]:
    """Title (lower case, no dot) -> implied gender "m"/"f", or None."""
    out: dict[str, str | None] = {}
    for line in read_word_file(_PACKAGE, "honorifics.txt"):
        word, gender = line.split()
        out[word] = None if gender == "-" else gender
    return out


@cache
def courtesy_titles() -> frozenset[str]:
    """Forms of address ("mr", "dr"): titles, but never a role of the speaker (courtesy_titles.txt)."""
    return frozenset(read_word_file(_PACKAGE, "courtesy_titles.txt"))


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


@cache
def outlets() -> dict[str, str]:
    """Outlet name (lower case, no leading "the") -> its type ("agency", "broadcaster", ...).

    Issue 16: an outlet such as Reuters or CNN is a speaker of its own kind; the list is data
    (``lang/en/outlets.txt``) so that a user adds the outlets of their own beat.
    """
    out: dict[str, str] = {}
    for line in read_word_file(_PACKAGE, "outlets.txt"):
        name, _, kind = line.partition("|")
        out[_without_the(name.strip()).lower()] = kind.strip()
    return out


def outlet_type(name: str) -> str | None:
    """The outlet type of ``name`` ("the Associated Press" -> "agency"), or None if not an outlet.

    Broadcast call signs with a medium suffix ("WSET-TV", "KQED-FM") are outlets too: the FCC
    names US stations so, four letters from K or W; and so is a name that is a web address
    ("Znak.com", "News.com.au"), which news cites only for a news site.
    """
    clean = _without_the(_POSSESSIVE.sub("", name.strip()))
    found = outlets().get(clean.lower())
    if found is None and _CALL_SIGN.match(clean):
        return "broadcaster"
    if found is None and _NEWS_SITE.match(clean):
        return "website"
    return found


@cache
def body_nouns() -> dict[str, tuple[str, ...]]:
    """Noun -> what it can stand for, in order: an outlet type, "outlet" or "named" (body_nouns.txt)."""
    out: dict[str, list[str]] = {}
    for line in read_word_file(_PACKAGE, "body_nouns.txt"):
        noun, target = line.split()
        out.setdefault(noun, []).append(target)
    return {noun: tuple(targets) for noun, targets in out.items()}


@cache
def statement_nouns() -> frozenset[str]:
    """Nouns for a text that speaks for its owner ("her statement said"; statement_nouns.txt)."""
    return frozenset(read_word_file(_PACKAGE, "statement_nouns.txt"))


def _without_the(name: str) -> str:
    return name[4:] if name[:4].lower() == "the " else name


def role_head(role: str) -> str:
    """The head noun of a role phrase: its last word, or the word before "of"/"for"/"at"
    ("head of the press service" -> "head")."""
    words = role.split()
    for n, word in enumerate(words[1:], 1):
        if word in ROLE_PREPS:
            return words[n - 1]
    return words[-1] if words else role
