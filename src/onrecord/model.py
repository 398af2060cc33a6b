"""Plain, frozen records that flow between the stages.

Offsets are Python ``str`` (code point) offsets into the article text, end
exclusive, as in ``../shared/data`` and spaCy's ``Doc.char_span``. Nothing here
imports spaCy: these records are what the store and the interfaces see.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

QuoteType = Literal["direct", "indirect", "mixed"]
MentionKind = Literal["name", "pronoun", "role", "organisation", "none"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``text[start:end]``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def text(self, text: str) -> str:
        return text[self.start:self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def trimmed(self, text: str) -> Span:
        """The same range without surrounding whitespace."""
        start, end = self.start, self.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Span(start, end)

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Provenance:
    """Which code and model produced a record (citron's practice)."""

    onrecord_version: str
    pipeline: str
    model: str
    model_version: str
    #: The learned quote model (``name-version``) when the engine used one.
    quote_model: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to, as far as this article tells.

    ``name`` is the canonical in-article name when ``resolved`` is true
    (a pronoun or role noun that was linked to a named person), else the
    mention's own surface text, or ``None`` when there is no mention at all.
    """

    name: str | None
    mention_kind: MentionKind
    resolved: bool
    #: Role words the article gives the person, in text order ("kremlin", "spokesman").
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """One statement: content + cue + source + resolved speaker (citron's shape).

    ``content`` is the reported material (quote marks kept). An interrupted
    quotation (``"A," she said, "B."``) is one record per piece sharing one
    ``attribution_id``, as PolNeAR annotates it.
    """

    content: Span
    type: QuoteType
    source: Span | None
    cue: Span | None
    speaker: Speaker
    confidence: float
    attribution_id: int
    rule: str
    provenance: Provenance

    def to_record(self, text: str | None = None) -> dict[str, Any]:
        """The JSONL form of docs/data_format.md (the shared data format plus extras)."""
        rec: dict[str, Any] = {
            "content": self.content.as_list(),
            "source": self.source.as_list() if self.source else None,
            "cue": self.cue.as_list() if self.cue else None,
            "type": self.type,
            "speaker": self.speaker.name,
            "speaker_resolved": self.speaker.resolved,
            "mention_kind": self.speaker.mention_kind,
            "confidence": round(self.confidence, 3),
            "attribution_id": self.attribution_id,
            "rule": self.rule,
            "provenance": asdict(self.provenance),
        }
        if text is not None:
            rec["text"] = self.content.text(text)
        return rec


@dataclass(frozen=True, slots=True)
class Article:
    """One input document. ``origin`` names where it came from, for messages."""

    text: str
    id: str
    origin: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input that could not be read, or (``skipped``) was read and deliberately left out,
    such as an article in another language; reported, never raised mid-batch."""

    origin: str
    reason: str
    skipped: bool = False


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What the pipeline returns for one article: plain records, never a Doc."""

    article: Article
    quotes: tuple[Quote, ...]
    warnings: tuple[str, ...] = ()

    def to_record(self, with_text: bool = False) -> dict[str, Any]:
        text = self.article.text if with_text else None
        rec: dict[str, Any] = {
            "id": self.article.id,
            "quotes": [q.to_record(text) for q in self.quotes],
        }
        if self.warnings:
            rec["warnings"] = list(self.warnings)
        return rec
