"""Span normalisation and one-to-one matching, as ../shared/tools/score_quotes.py defines them.

exact: spans equal after trimming non-alphanumeric ends and a leading "that";
partial: token-overlap F1 >= threshold, pairs taken greedily by decreasing F1
(ties by gold start, then predicted start).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN = re.compile(r"\w+")
LEADING_THAT = re.compile(r"that\b", re.IGNORECASE)


def trim(text: str, start: int, end: int, strip_that: bool) -> tuple[int, int]:
    def alnum_bounds(s: int, e: int) -> tuple[int, int]:
        while s < e and not text[s].isalnum():
            s += 1
        while e > s and not text[e - 1].isalnum():
            e -= 1
        return s, e

    start, end = alnum_bounds(start, end)
    if strip_that:
        m = LEADING_THAT.match(text, start, end)
        if m and m.end() < end:
            start, end = alnum_bounds(m.end(), end)
    return start, end


def token_positions(text: str, start: int, end: int) -> frozenset[int]:
    return frozenset(start + m.start() for m in TOKEN.finditer(text[start:end]))


@dataclass(slots=True)
class ScoredSpan:
    """A span prepared for matching."""

    key: tuple[int, int]
    toks: frozenset[int]


def exact_pairs(gold: list, pred: list) -> list[tuple[int, int]]:
    waiting: dict[tuple[int, int], list[int]] = {}
    for j, p in enumerate(pred):
        waiting.setdefault(p.key, []).append(j)
    pairs = []
    for i, g in enumerate(gold):
        queue = waiting.get(g.key)
        if queue:
            pairs.append((i, queue.pop(0)))
    return pairs


def partial_pairs(gold: list, pred: list, threshold: float) -> list[tuple[int, int]]:
    ranked = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            common = len(g.toks & p.toks)
            if common:
                f1 = 2.0 * common / (len(g.toks) + len(p.toks))
                if f1 >= threshold:
                    ranked.append((-f1, g.key[0], p.key[0], i, j))
    ranked.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for *_, i, j in ranked:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs
