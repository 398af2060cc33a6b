"""Small helpers over iterables that several stages share."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of up to ``size`` items, in order, drawn lazily (``itertools.batched`` is 3.12+)."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
