"""The intermediate record the quote rules produce and the speaker stage reads."""
from __future__ import annotations

from dataclasses import dataclass, field

from onrecord.records import Span


@dataclass(slots=True)
class Attribution:
    """One attribution relation: content pieces, cue, and where the source is.

    ``source_token`` is the head token of the source mention; ``source_span``
    is set instead by rules that find a source without a parse (a dash
    credit, a headline "Name:"), and beside it by the learned model, whose
    span is reported while the head resolves the speaker. ``follows`` links a floating quote to the
    attribution whose speaker it inherits.
    """

    content: list[Span]
    cue: Span | None
    rule: str
    source_token: int | None = None
    source_span: Span | None = None
    follows: Attribution | None = None
    confidence: float = 0.8
    quoted: list[Span] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.content[0].start

    @property
    def end(self) -> int:
        return self.content[-1].end

    @property
    def has_source(self) -> bool:
        return self.source_token is not None or self.source_span is not None
