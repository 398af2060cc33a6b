"""Which of a speaker's roles a statement is shown with, in the article's own words.

The in-article stage gives a person the role noun phrases the article uses for them, lower
case and in text order (``Speaker.roles``: "kremlin spokesman", "the russian president's
spokesman"). A statement keeps the one written nearest to it, since an article may call a
person a minister in one paragraph and a candidate in another, and keeps it as the article
wrote it ("Kremlin spokesman"): issue 18's "who he is, in the article's own words".
"""
from __future__ import annotations

import re

#: How far around a statement a role is looked for, in characters each way: a role given further
#: off is still the statement's when it is the only one, but a hostile article never costs more.
ROLE_WINDOW = 5_000


def statement_role(text: str, roles: tuple[str, ...], at: int) -> str | None:
    """The role of ``roles`` written nearest to offset ``at`` of ``text``, as written there; when none is
    written near it, the first role as written where the article first gives it (issue 18's audit found
    "green party presidential nominee" shown lower case for a role given far from the statement); None
    when there are none."""
    if not roles:
        return None
    start = max(0, at - ROLE_WINDOW)
    near = _nearest(text[start:at + ROLE_WINDOW], roles, at - start)
    if near is not None:
        return near
    return _nearest(text, roles[:1], 0) or roles[0]  # one role, one linear pass over the text


def _nearest(window: str, roles: tuple[str, ...], at: int) -> str | None:
    """The match of one of ``roles`` in ``window`` nearest to ``at``, as written, or None."""
    best: tuple[int, str] | None = None
    for role in roles:
        pattern = r"\s+".join(re.escape(word) for word in role.split())
        for match in re.finditer(rf"(?<!\w){pattern}(?!\w)", window, re.IGNORECASE):
            distance = abs(match.start() - at)
            if best is None or distance < best[0]:
                best = (distance, " ".join(match.group().split()))
    return best[1] if best else None
