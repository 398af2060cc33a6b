"""The ground floor: the records that flow between the stages, and the words they share.

Every stage imports this module and it imports no other part of onrecord, so
it holds what all of them must agree on: the frozen records (``Article``,
``Quote`` …), the quote types, the search limits and highlight marks that the
store writes and the interfaces read, the one date normaliser, and the batches
records travel in.

Offsets are Python ``str`` (code point) offsets into the article text, end
exclusive, as in ``../shared/data`` and spaCy's ``Doc.char_span``. Nothing here
imports spaCy: these records are what the store and the interfaces see.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from itertools import islice
from typing import Any, Literal, get_args

QuoteType = Literal["direct", "indirect", "mixed"]
#: The quote types in the order every listing shows them (the shared data's three).
QUOTE_TYPES: tuple[str, ...] = get_args(QuoteType)
#: What kind of statement was made (docs/kinds.md); ``claim`` is the default.
StatementKind = Literal["claim", "denial", "accusation", "warning", "promise", "prediction", "question",
                        "confirmation", "refusal"]
STATEMENT_KINDS: tuple[str, ...] = get_args(StatementKind)
MentionKind = Literal["name", "pronoun", "role", "organisation", "none"]

#: Most results one query returns (search, timeline, API pages).
MAX_LIMIT = 1000
#: The largest id (and offset) a stored row can have: both databases hold 64-bit integers (SQLite
#: INTEGER, PostgreSQL BIGINT), and a larger number makes the SQLite driver raise OverflowError.
MAX_ROW_ID = 2**63 - 1
#: Highlight markers the store puts around matched words in search results; each interface
#: turns them into its own markup (bold on a terminal, <mark> on a page, [[ ]] in JSON).
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


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
    mention's own surface text, or ``None`` when there is no mention at all or
    the mention is an unresolved pronoun or fragment (never stored as a name).
    """

    name: str | None
    mention_kind: MentionKind
    resolved: bool
    #: Role noun phrases the article gives the person, in text order ("kremlin spokesman").
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
    kind: StatementKind = "claim"
    kind_confidence: float = 0.0
    #: A statement reported without any words of the speaker's ("X declined to comment on Y"):
    #: ``content`` is what the act was about, never to be quoted as the speaker's words.
    no_quotation: bool = False

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
            "kind": self.kind,
            "kind_confidence": round(self.kind_confidence, 3),
            "no_quotation": self.no_quotation,
            "provenance": asdict(self.provenance),
        }
        if text is not None:
            rec["text"] = self.content.text(text)
        return rec

    def to_row(self, text: str) -> dict[str, Any]:
        """The flat form (one column per field, ``text`` the content's words) that the store and the
        Spark output keep; :meth:`from_row` reads it back."""
        p = self.provenance
        return {
            **_span_columns("content", self.content), **_span_columns("source", self.source),
            **_span_columns("cue", self.cue), "type": self.type, "text": self.content.text(text),
            "speaker": self.speaker.name, "speaker_resolved": self.speaker.resolved,
            "mention_kind": self.speaker.mention_kind, "speaker_roles": list(self.speaker.roles),
            "confidence": self.confidence, "attribution_id": self.attribution_id, "rule": self.rule,
            "kind": self.kind, "kind_confidence": self.kind_confidence, "no_quotation": self.no_quotation,
            "onrecord_version": p.onrecord_version, "pipeline": p.pipeline, "model": p.model,
            "model_version": p.model_version, "quote_model": p.quote_model,
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Quote:
        return cls(
            content=Span(row["content_start"], row["content_end"]),
            type=row["type"],
            source=_span_of(row, "source"),
            cue=_span_of(row, "cue"),
            speaker=Speaker(row["speaker"], row["mention_kind"], row["speaker_resolved"],
                            tuple(row["speaker_roles"] or ())),
            confidence=row["confidence"],
            attribution_id=row["attribution_id"],
            rule=row["rule"],
            provenance=Provenance(row["onrecord_version"], row["pipeline"], row["model"], row["model_version"],
                                  row["quote_model"]),
            kind=row["kind"],
            kind_confidence=row["kind_confidence"],
            no_quotation=bool(row["no_quotation"]),
        )


def _span_columns(role: str, span: Span | None) -> dict[str, int | None]:
    return {f"{role}_start": span.start if span else None, f"{role}_end": span.end if span else None}


def _span_of(row: dict[str, Any], role: str) -> Span | None:
    start = row[f"{role}_start"]
    return None if start is None else Span(start, row[f"{role}_end"])


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
        if self.article.meta.get("lang"):
            rec["lang"] = self.article.meta["lang"]  # the pipeline it went through: "en" or "ru"
        if self.warnings:
            rec["warnings"] = list(self.warnings)
        return rec


#: An ISO 8601 calendar date in its extended form, alone or before a time.
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|[T ])", re.ASCII)


def iso_date(raw: object) -> str | None:
    """``2019-01-06``, ``2019-01-06T10:00:00+00:00`` or an RFC 2822 date as ISO 8601 text (so dates
    compare as text in every store); None for anything else. The one place a date is parsed.

    Only those forms, with a year from 1 to 9999: digits alone are never a date, since
    ``datetime.fromisoformat`` would read ``11111111111111111111`` as 1111-11-11T11:11:11.111110
    and ``20190106`` looks like an id or a count as much as a day. A bare year (``2019``) is
    refused too: a filter's bounds are days, and "since 2019" would have to guess which end of it.
    """
    text = "" if raw is None else str(raw).strip()
    if _ISO_DAY.match(text):
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed.date().isoformat() if len(text) == len("YYYY-MM-DD") else parsed.isoformat()
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):  # an hour of 20 digits overflows
        return None


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of up to ``size`` items, in order, drawn lazily (``itertools.batched`` is 3.12+)."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
