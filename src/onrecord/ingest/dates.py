"""Article dates as ISO 8601 strings, so the store can compare them as text."""
from __future__ import annotations

from datetime import datetime
from email.utils import parsedate_to_datetime


def iso_date(raw: object) -> str | None:
    """``2019-01-06``, ``2019-01-06T10:00:00+00:00`` or an RFC 2822 date as ISO; None if unreadable."""
    if raw is None:
        return None
    text = str(raw).strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if len(text) <= 10:
        return parsed.date().isoformat()
    return parsed.isoformat()
