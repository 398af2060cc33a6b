"""onrecord: who said what, when, and where it was reported.

>>> import onrecord
>>> quotes = onrecord.extract('"We will win," Dmitry Peskov said.')
"""
from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

from onrecord.api import extract  # noqa: E402
from onrecord.model import Article, ArticleResult, Quote, Span, Speaker  # noqa: E402
from onrecord.service import Tracker  # noqa: E402
from onrecord.settings import Settings  # noqa: E402

__all__ = ["Article", "ArticleResult", "Quote", "Settings", "Span", "Speaker", "Tracker", "__version__", "extract"]
