"""The filters every quote query shares (search, timeline, export), as parameterised SQL."""
from __future__ import annotations

from dataclasses import dataclass, field

from onrecord.errors import OnrecordError
from onrecord.records import MAX_LIMIT, QUOTE_TYPES


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """What a user asks for; every value reaches SQL as a parameter, never as text."""

    text: str | None = None
    speaker_ids: tuple[int, ...] | None = None   # None: any speaker; (): nobody matched
    since: str | None = None                     # ISO date, inclusive
    until: str | None = None                     # ISO date, inclusive
    outlet: str | None = None
    types: tuple[str, ...] = field(default_factory=tuple)
    limit: int = 20
    offset: int = 0

    def __post_init__(self) -> None:
        bad = [t for t in self.types if t not in QUOTE_TYPES]
        if bad:
            raise OnrecordError(f"unknown quote type {bad[0]!r}; use one of {', '.join(QUOTE_TYPES)}")
        if not 0 < self.limit <= MAX_LIMIT:
            raise OnrecordError(f"limit must be between 1 and {MAX_LIMIT}")
        if self.offset < 0:
            raise OnrecordError("offset must not be negative")

    def sql(self) -> tuple[str, tuple]:
        """A WHERE clause over ``q`` (quotes) and its parameters."""
        clauses, params = ["1 = 1"], []
        if self.speaker_ids is not None:
            clauses.append(f"q.speaker_id IN ({', '.join('?' * len(self.speaker_ids)) or 'NULL'})")
            params.extend(self.speaker_ids)
        if self.since:
            clauses.append("q.date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("q.date <= ?")
            params.append(self.until + "\uffff")
        if self.outlet:
            clauses.append("lower(q.outlet) = lower(?)")
            params.append(self.outlet)
        if self.types:
            clauses.append(f"q.type IN ({', '.join('?' * len(self.types))})")
            params.extend(self.types)
        return " AND ".join(clauses), tuple(params)
