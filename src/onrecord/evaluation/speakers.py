"""Speaker checks over matched pairs, as the reference scorer defines them.

lenient: the predicted source overlaps the gold source, or the predicted
speaker equals (or shares the last name token of) the gold speaker or gold
source text, or an occurrence of the predicted speaker string overlaps the
gold source. name: equal to, or sharing the last token of, the gold speaker.
"""
from __future__ import annotations

import re

WORD = re.compile(r"\w+")
POSSESSIVE = re.compile(r"['\u2019]s?$")


def norm_name(name: str | None) -> str:
    if not name:
        return ""
    name = re.sub(r"^\W+|\W+$", "", name.strip().lower())
    return re.sub(r"\s+", " ", POSSESSIVE.sub("", name))


def last_token(name: str | None) -> str:
    words = WORD.findall(norm_name(name))
    return words[-1] if words else ""


def _same_person(a: str, b: str | None) -> bool:
    return bool(b) and (norm_name(a) == norm_name(b) or (last_token(a) != "" and last_token(a) == last_token(b)))


def _overlap(a, b) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def check_speaker(text: str, gold_source, gold_speaker, pred_source, pred_speaker) -> tuple[bool, bool]:
    """(lenient correct, name correct) for one matched pair."""
    gold_surface = text[gold_source[0]:gold_source[1]] if gold_source else None
    if pred_speaker is None and pred_source is not None:
        pred_speaker = text[pred_source[0]:pred_source[1]]
    name_ok = bool(pred_speaker) and _same_person(pred_speaker, gold_speaker)
    if name_ok or _overlap(pred_source, gold_source):
        return True, name_ok
    if not pred_speaker:
        return False, False
    if _same_person(pred_speaker, gold_speaker) or _same_person(pred_speaker, gold_surface):
        return True, name_ok
    if gold_source and norm_name(pred_speaker):
        pattern = re.compile(r"(?<!\w)" + re.escape(pred_speaker.strip()) + r"(?!\w)", re.IGNORECASE)
        if any(_overlap((m.start(), m.end()), gold_source) for m in pattern.finditer(text)):
            return True, name_ok
    return False, name_ok
