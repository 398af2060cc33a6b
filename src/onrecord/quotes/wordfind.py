"""The tokens of a parse that are one of a few word forms, found by searching the text.

The act rules (refusals, charges) look for a few dozen verb forms; asking every token for its
lower-case form costs more than the rules themselves (each ``Token.lower_`` makes a Python
string), and one regular expression of all the forms is slower still, so the lower-cased text is
searched for each form with ``str.find`` and only the hits are looked up in the parse.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from onrecord.quotes.context import DocContext

if TYPE_CHECKING:
    from spacy.tokens import Token


def tokens_matching(ctx: DocContext, forms: Iterable[str]) -> Iterator[Token]:
    """The tokens that are one of the lower-case ``forms``, in text order, outside quotation
    marks and page furniture."""
    lower = ctx.text.lower()
    starts: set[int] = set()
    for form in forms:
        at = lower.find(form)
        while at >= 0:
            end = at + len(form)
            if (at == 0 or not lower[at - 1].isalnum()) and (end == len(lower) or not lower[end].isalnum()):
                starts.add(at)
            at = lower.find(form, end)
    for start in sorted(starts):
        tok = ctx.doc[ctx.token_at(start)]
        if tok.idx == start and not ctx.in_quote[tok.i] and not ctx.is_furniture(start) and tok.lower_ in forms:
            yield tok
