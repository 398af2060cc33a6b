"""Cross-article speaker identity: which canonical speaker a quote's speaker is.

The in-article stage (:mod:`onrecord.speakers.coref`) already turns "he",
"the Kremlin representative" and "Peskov" into "Dmitry Peskov" where the
article names him. Across articles only names are compared, following the
Quotebank and GGT practice of keying speakers on names:

* a person is keyed by surname; "Dmitry Peskov", "Dmitry S. Peskov" and
  "Kremlin spokesman Dmitry Peskov" share first name and surname and are one
  person; a bare "Peskov" joins the one person of that surname it does not
  conflict with;
* different first names keep people apart, and so do roles of different
  groups ("Senator Smith" vs "coach Smith") unless the first names agree
  (people change office: "Donald Trump" the candidate and the president);
* organisations are keyed by their name without a leading "the"; a news outlet
  (``lang/en/outlets.txt``: Reuters, CNN, Interfax, the Associated Press) is an
  organisation of its own kind, "outlet" (issue 16);
* a person's roles are the role phrases the article gave (``Speaker.roles``) and the
  title written before the name in the source ("Kremlin spokesman"), each kept whole;
* pronouns, role nouns and other unresolved mentions are never merged
  across articles: they get no canonical speaker;
* a name in Cyrillic is compared in Latin letters (issue 19): its surname key and first name
  are its BGN/PCGN transliteration (:mod:`onrecord.speakers.lang.ru.translit`), so
  "Дмитрий Песков" is keyed as "Dmitry Peskov" and shown by the name it was written with,
  an alias beside the English one; first names are compared after :func:`first_name_form`,
  which folds the English press's spelling variants of Russian first names.

Everything here is pure: the store passes in the candidates it holds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.speakers.lang.ru.translit import transliterate
from onrecord.speakers.names import canonical_name, first_name_genders, outlet_type, role_head, same_role, surname

SpeakerKind = str  # "person" | "organisation" | "outlet" | "group" | "unknown"

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
#: The spelling variants of Russian first names in English, folded to one form, in this order
#: (the systems: BGN/PCGN, the Library of Congress's, ISO 9's passports' and the press's own habits,
#: as the Russian Wikipedia's "Romanization of Russian" tables set them side by side):
#: "ks" or "x" for кс (Aleksey, Alexei); "yo" or "e" for ё after a consonant, since Russian print
#: mostly writes ё as е (Fyodor, Fedor; Pyotr, Petr); a word-initial "ye" or "e" for е (Yevgeny,
#: Evgeny; Yelena, Elena); "iy", "ii", "yi", "y" or "i" for a final -ий / -ый / -ей / -ай (Dmitry,
#: Dmitriy, Dmitri; Yury, Yuri; Sergei, Sergey; Nikolai, Nikolay); "ya", "ia" or "iya" for -ья /
#: -ия, and "yu", "iu" likewise (Natalya, Natalia; Mariya, Maria; Ilya, Ilia); a final "dr" or
#: "der" (Aleksandr, Alexander).
_FIRST_NAME_VARIANTS = (
    (re.compile("ks"), "x"),
    (re.compile("(?<=[^aeiouy])yo"), "e"),
    (re.compile("^ye"), "e"),
    (re.compile("(?:iy|ii|yi|y)$"), "i"),
    (re.compile("(?:iy|(?<=[^aeiouy])y)(?=[au])"), "i"),
    (re.compile("dr$"), "der"),
)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
#: A title before a name in the source text: words only, as a role phrase is ("Kremlin spokesman").
_TITLE = re.compile(r"^[\w.'’&-]+(?: [\w.'’&-]+){0,5}$")


@dataclass(frozen=True, slots=True)
class SpeakerKey:
    """What the store needs to find or create a canonical speaker."""

    kind: SpeakerKind
    name: str            # display name ("Dmitry Peskov", "Reuters")
    key: str             # lookup key: surname for people, normalised name otherwise
    first: str | None    # lower-case first name of a person, if given
    role: str | None     # the role that tells people of one surname apart ("kremlin spokesman")
    roles: tuple[str, ...] = ()  # every role phrase to record with the speaker, ``role`` first


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored speaker with the same key."""

    id: int
    first_names: frozenset[str]
    roles: frozenset[str]
    quotes: int


def speaker_key(name: str | None, mention_kind: str, resolved: bool, source_text: str | None,
                roles: tuple[str, ...] = ()) -> SpeakerKey | None:
    """The cross-article key of a quote's speaker, or None if it must not be merged."""
    if not name:
        return None
    if mention_kind in ("pronoun", "role", "none") and not resolved:
        return None
    display, _ = canonical_name(name)
    words = _from_first_name(display.split())
    if mention_kind == "organisation" and not (len(words) > 1 and words[0].lower() in first_name_genders()):
        clean = _LEADING_THE.sub("", name.strip())
        return SpeakerKey("outlet" if outlet_type(clean) else "organisation", clean, clean.lower(), None, None)
    if not words or not words[0][:1].isupper():
        return None
    display = " ".join(words)
    latin = transliterate(display).split() if _CYRILLIC.search(display) else words
    first = latin[0].lower().rstrip(".") if len(latin) > 1 else None
    found = tuple(dict.fromkeys(r for r in (_role(display, source_text), *roles) if r))
    return SpeakerKey("person", display, surname(" ".join(latin)), first, found[0] if found else None, found)


def first_name_form(first: str) -> str:
    """The form two spellings of one first name share ("dmitriy", "dmitri" -> "dmitri"; "aleksey",
    "alexei" -> "alexei"): the rules of ``_FIRST_NAME_VARIANTS``, which are about how Russian
    sounds are written in Latin letters, not a list of people. English names pass mostly unchanged
    (a final -y is -i: "Amy" and "Ami" are one first name, as a transliteration cannot tell them)."""
    for pattern, form in _FIRST_NAME_VARIANTS:
        first = pattern.sub(form, first)
    return first


def _from_first_name(words: list[str]) -> list[str]:
    """"United States President Donald Trump" -> "Donald Trump": start at a known first name."""
    known = first_name_genders()
    for n, word in enumerate(words[:-1]):
        if word.lower() in known:
            return words[n:]
    return words


def _role(name: str, source_text: str | None) -> str | None:
    """Role words written before the name in the source ("Kremlin spokesman")."""
    if not source_text:
        return None
    at = source_text.find(name)
    if at <= 0:
        return None
    role = _LEADING_THE.sub("", source_text[:at].strip(" ,")).strip()
    return role.lower() if _TITLE.match(role) else None  # words only: never a clause fragment


def choose(key: SpeakerKey, candidates: list[Candidate]) -> int | None:
    """The candidate that ``key`` names, or None to create a new speaker."""
    fitting = [c for c in candidates if _compatible(key, c)]
    if not fitting:
        return None
    named = [c for c in fitting if key.first is not None and _first_matches(key.first, c.first_names)]
    return max(named or fitting, key=lambda c: c.quotes).id


def _compatible(key: SpeakerKey, cand: Candidate) -> bool:
    if key.first is not None and cand.first_names and not _first_matches(key.first, cand.first_names):
        return False
    named_alike = key.first is not None and _first_matches(key.first, cand.first_names)
    mine = key.roles or ((key.role,) if key.role else ())
    if mine and cand.roles and not named_alike and not any(_roles_agree(a, b) for a in mine for b in cand.roles):
        return False  # "coach Smith" is not "Senator Smith"; "Donald Trump" stays one through his roles
    return True


def _first_matches(first: str, known: frozenset[str]) -> bool:
    """"dmitry" matches "dmitry", "dmitriy" and the initial "d"."""
    return any(first == f or (len(f) == 1 and first[0] == f) or (len(first) == 1 and f[0] == first)
               or first_name_form(first) == first_name_form(f) for f in known)


def _roles_agree(a: str, b: str) -> bool:
    """Roles agree when their head nouns name the same position ("head of the service" is headed by "head")."""
    return same_role(role_head(a), role_head(b))
