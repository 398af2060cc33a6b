"""Store fixtures: a Tracker over a fresh temporary database (the articles are in tests/fixtures.py)."""
from __future__ import annotations

import pytest

from onrecord.service import Tracker


@pytest.fixture
def tracker(store_url):
    """A Tracker over a fresh database, once per backend."""
    with Tracker(store_url) as t:
        yield t
