"""The filters every quote query shares (search, facets, timeline, export), as parameterised SQL, and the
bounds of what a query may carry: numbers SQL can hold, text its drivers can encode.

Pages are read within the statements stored when the first page was read (``through``, the largest
row id then), so rows an ingest adds meanwhile neither repeat nor push rows off the pages; newest
first, a page after the first is asked for by the position of the last row shown (keyset paging,
``after``), which no ingest moves.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from onrecord.errors import OnrecordError
from onrecord.records import MAX_LIMIT, MAX_ROW_ID, QUOTE_TYPES, STATEMENT_KINDS

#: The orders a page of statements can come in: best match first, or newest first.
ORDERS = ("relevance", "newest")

#: What text no driver can encode holds, for messages.
UNDECODABLE = "an undecodable byte or a lone surrogate"


def row_id(value: int | str) -> int | None:
    """``value`` as the id of a stored row, or None when no row can have it.

    Ids run from 1 to MAX_ROW_ID; an id given as text is ASCII digits ("²" is a digit to
    Python, not an id), and a long run of them is not read at all (Python refuses to turn
    more than 4,300 digits into an int).
    """
    if isinstance(value, str):
        digits = value.lstrip("0")
        if not (value.isascii() and value.isdigit()) or len(digits) > len(str(MAX_ROW_ID)):
            return None
        value = int(digits or "0")
    return value if 1 <= value <= MAX_ROW_ID else None


def _is_text(value: str) -> bool:
    """Whether ``value`` can reach a database: a command-line argument with a byte that is not
    UTF-8 holds a lone surrogate (as does JSON's ``"\\udcff"``), which no driver can encode."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """What a user asks for; every value reaches SQL as a parameter, never as text."""

    text: str | None = None
    speaker_ids: tuple[int, ...] | None = None   # None: any speaker; (): nobody matched
    since: str | None = None                     # ISO date, inclusive
    until: str | None = None                     # ISO date, inclusive
    outlet: str | None = None
    types: tuple[str, ...] = field(default_factory=tuple)
    kinds: tuple[str, ...] = field(default_factory=tuple)
    limit: int = 20
    offset: int = 0
    order: str = "relevance"                     # ORDERS; a search without words is always newest first
    through: int | None = None                   # only rows up to this id: the snapshot pages are read in
    after: tuple | None = None                   # (date, rowid) of the last row of the page before, newest first
    lemmas: tuple[str, ...] = ()                 # the lemma of each word of ``text`` ("" for none): the service's

    def __post_init__(self) -> None:
        bad = [t for t in self.types if t not in QUOTE_TYPES]
        if bad:
            raise OnrecordError(f"unknown quote type {bad[0]!r}; use one of {', '.join(QUOTE_TYPES)}")
        bad = [k for k in self.kinds if k not in STATEMENT_KINDS]
        if bad:
            raise OnrecordError(f"unknown statement kind {bad[0]!r}; use one of {', '.join(STATEMENT_KINDS)}")
        if self.order not in ORDERS:
            raise OnrecordError(f"unknown order {self.order!r}; use one of {', '.join(ORDERS)}")
        if not 0 < self.limit <= MAX_LIMIT:
            raise OnrecordError(f"limit must be between 1 and {MAX_LIMIT}")
        if not 0 <= self.offset <= MAX_ROW_ID:
            raise OnrecordError(f"offset must be between 0 and {MAX_ROW_ID}")
        if self.through is not None and not 0 <= self.through <= MAX_ROW_ID:
            raise OnrecordError(f"a page's snapshot must be between 0 and {MAX_ROW_ID}")
        for name in ("text", "outlet"):
            value = getattr(self, name)
            if value is not None and not _is_text(value):
                raise OnrecordError(f"the {name} is not valid text (it holds {UNDECODABLE})")

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
        for column, values in (("q.type", self.types), ("q.kind", self.kinds)):
            if values:
                clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
                params.extend(values)
        if self.through is not None:
            clauses.append("q.rowid <= ?")
            params.append(self.through)
        return " AND ".join(clauses), tuple(params)

    def narrowed(self) -> bool:
        """Whether anything but words, the snapshot and the page narrows the search."""
        return (self.speaker_ids is not None or bool(self.since or self.until or self.outlet)
                or bool(self.types or self.kinds))

    def after_sql(self) -> tuple[str, tuple]:
        """The rows after ``after`` (date, row id) newest first; every row when there is no ``after``."""
        if self.after is None:
            return "1 = 1", ()
        key, last = self.after
        if key is None:
            return "(q.date IS NULL AND q.rowid < ?)", (last,)
        return "(q.date < ? OR (q.date = ? AND q.rowid < ?) OR q.date IS NULL)", (key, key, last)
