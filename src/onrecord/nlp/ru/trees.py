"""Make slovnet's head predictions a tree before they become a spaCy parse.

slovnet's syntax model picks each word's head independently (a biaffine scorer,
Dozat & Manning 2017, decoded greedily, not with a maximum spanning tree), so
about one news sentence in five comes out with several roots, a cycle, or a word
that is its own head. spaCy's ``Doc`` needs one tree per sentence: every word
reaches the root. The repair keeps every arc it can and changes the fewest:

1. the root is the word labelled ``root`` (the first such verb, else the first
   such word); with none, the first verb, else the first word;
2. every other word without a head (labelled root, pointing to itself or outside
   the sentence) hangs from that root, labelled ``parataxis`` when it was a root
   (UD's relation for side-by-side clauses);
3. each cycle is cut at the word of the cycle that was labelled ``root``, or at its
   first word, which then hangs from the root.
"""
from __future__ import annotations

ROOT_LABEL = "root"
SIDE_CLAUSE = "parataxis"
VERB_POS = ("VERB", "AUX")


def repair(heads: list[int | None], rels: list[str], pos: list[str]) -> tuple[list[int | None], list[str]]:
    """A tree over the sentence: ``heads[i]`` is i's head (0-based), ``None`` only for the root.

    ``heads`` may hold ``None`` for several words, self-loops, indices out of range and
    cycles; the result has exactly one ``None`` and every word reaches it.
    """
    n = len(heads)
    if n == 0:
        return [], []
    heads = [h if h is not None and 0 <= h < n and h != i else None for i, h in enumerate(heads)]
    rels = list(rels)
    root = _pick_root(heads, rels, pos)
    for i in range(n):
        if i != root and heads[i] is None:
            heads[i] = root
            if rels[i] == ROOT_LABEL:
                rels[i] = SIDE_CLAUSE
    heads[root], rels[root] = None, ROOT_LABEL
    done = [False] * n
    done[root] = True
    for i in range(n):
        cycle = _walk(heads, done, i)
        if cycle:
            cut = next((j for j in cycle if rels[j] == ROOT_LABEL), min(cycle))
            heads[cut] = root
            if rels[cut] == ROOT_LABEL:
                rels[cut] = SIDE_CLAUSE
            for j in cycle:
                done[j] = True
    return heads, rels


def _pick_root(heads: list[int | None], rels: list[str], pos: list[str]) -> int:
    labelled = [i for i, r in enumerate(rels) if r == ROOT_LABEL]
    headless = [i for i, h in enumerate(heads) if h is None]
    for group in (
        [i for i in labelled if heads[i] is None and pos[i] in VERB_POS],
        [i for i in labelled if heads[i] is None],
        [i for i in headless if pos[i] in VERB_POS],
        headless,
        [i for i in labelled if pos[i] in VERB_POS],
        labelled,
        [i for i, p in enumerate(pos) if p in VERB_POS],
    ):
        if group:
            return group[0]
    return 0


def _walk(heads: list[int | None], done: list[bool], start: int) -> list[int]:
    """Follow heads from ``start`` until a word known to reach the root; mark the path so.

    Returns the cycle met on the way ([] when there is none); each word is walked once
    over the whole sentence, so the repair is linear in its length.
    """
    at: dict[int, int] = {}
    path: list[int] = []
    node: int | None = start
    while node is not None and not done[node] and node not in at:
        at[node] = len(path)
        path.append(node)
        node = heads[node]
    cycle = path[at[node]:] if node is not None and node in at else []
    for j in path:
        if j not in cycle:
            done[j] = True
    return cycle
