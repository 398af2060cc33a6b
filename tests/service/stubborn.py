"""Work for the extraction worker that never finishes on one text: module-level, so a spawned worker imports it.

``SPIN`` runs a pure-Python loop that holds the GIL, as the quadratic tokenizer did on 30,000 quote
marks (issue 15): a thread running it cannot be stopped, a process can. Every other request is
extracted for real.
"""
from __future__ import annotations

from typing import Any

from onrecord.service.extracting import document_record
from onrecord.settings import Settings

SPIN = "spin forever"


def spin_or_extract(request: dict[str, Any], settings: Settings) -> dict[str, Any]:
    if request.get("text") == SPIN:
        n = 0
        while True:
            n += 1
    return document_record(request, settings)
