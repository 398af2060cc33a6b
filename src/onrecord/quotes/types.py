"""Direct, indirect or mixed: decided by where the content's letters lie.

The same definition as the shared data's converters (../shared/data/README.md,
"Type"): direct when every letter of the content is inside quotation marks,
indirect when none is, mixed otherwise.
"""
from __future__ import annotations

from onrecord.quotes.marks import QuotedSpan
from onrecord.records import QuoteType, Span


def quote_type(text: str, content: Span, quoted: list[QuotedSpan]) -> QuoteType:
    total = sum(ch.isalpha() for ch in text[content.start:content.end])
    inside = 0
    for q in quoted:
        if q.start >= content.end:
            break
        for piece in q.pieces:
            lo, hi = max(piece.start, content.start), min(piece.end, content.end)
            if lo < hi:
                inside += sum(ch.isalpha() for ch in text[lo:hi])
    if inside == 0:
        return "indirect"
    return "direct" if inside >= total else "mixed"
