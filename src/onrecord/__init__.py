"""onrecord: who said what, when, and where it was reported.

>>> import onrecord
>>> quotes = onrecord.extract('"We will win," Dmitry Peskov said.')

The face exports its names lazily (PEP 562): ``import onrecord.quotes.marks``
loads that stage, not the store, the service or the HTTP client.
"""
from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from onrecord._version import __version__

if TYPE_CHECKING:
    from onrecord.records import Article, ArticleResult, Quote, Span, Speaker
    from onrecord.service import Tracker, extract
    from onrecord.settings import Settings

logging.getLogger(__name__).addHandler(logging.NullHandler())

#: Each public name and the module it lives in.
_EXPORTS = {
    "extract": "onrecord.service", "Tracker": "onrecord.service", "Settings": "onrecord.settings",
    "Article": "onrecord.records", "ArticleResult": "onrecord.records", "Quote": "onrecord.records",
    "Span": "onrecord.records", "Speaker": "onrecord.records",
}

__all__ = ["Article", "ArticleResult", "Quote", "Settings", "Span", "Speaker", "Tracker", "__version__", "extract"]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'onrecord' has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
