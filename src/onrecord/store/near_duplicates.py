"""Syndicated copies: the same wire story run by many outlets, found by MinHash.

A text's signature is the MinHash (datasketch, 128 permutations) of its
five-word shingles, after normalising case and punctuation, so a copy with
another headline, byline or footer still scores high. Candidates are found
by locality-sensitive hashing: the signature cut into 32 bands of 4 rows,
each band hashed and kept in the store (``article_bands``), so a lookup is
an indexed query on either backend however many articles there are. A
candidate is a copy when the signatures' estimated Jaccard similarity is at
least ``COPY_SIMILARITY``. Broder (1997), "On the resemblance and containment
of documents"; Leskovec, Rajaraman and Ullman, Mining of Massive Datasets, ch. 3.
"""
from __future__ import annotations

import hashlib

from onrecord.store.normalise import statement_norm

NUM_PERM = 128
BANDS, ROWS = 32, 4
SHINGLE_WORDS = 5
#: Texts shorter than this are not compared: short items repeat by nature ("Markets closed higher.").
MIN_WORDS = 50
#: Estimated Jaccard similarity of shingles at which a text is a copy of an earlier one.
COPY_SIMILARITY = 0.7


def signature(text: str) -> bytes | None:
    """The MinHash signature of ``text`` (128 little-endian uint32), or None if it is too short."""
    from datasketch import MinHash

    words = statement_norm(text).split()
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch(list(shingles))
    return m.hashvalues.astype("<u4").tobytes()


def bands(sig: bytes) -> list[tuple[int, int]]:
    """(band number, signed 64-bit hash of the band's rows): equal for two texts in a band they share."""
    size = ROWS * 4
    return [(b, int.from_bytes(hashlib.blake2b(sig[b * size:(b + 1) * size], digest_size=8).digest(), "little",
                               signed=True)) for b in range(BANDS)]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two texts' shingles: the share of equal signature values."""
    import numpy as np

    return float(np.mean(np.frombuffer(a, "<u4") == np.frombuffer(b, "<u4")))
