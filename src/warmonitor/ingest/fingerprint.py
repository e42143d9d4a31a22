"""Fingerprints for recognising the same report twice.

Exact: a SHA-256 of the text with case, Unicode form and white space folded,
so re-saving a file with other line endings is still "the same content".
Near: a MinHash over word 5-shingles. A wire story republished by another
outlet keeps almost every 5-word run even when a headline, byline or last
paragraph changes, while two distinct reports of the same event share names
and figures but few runs. Candidates are found by LSH bands (stored in the
`report_band` table, so the lookup is an index query, not a scan) and then
confirmed by the estimated Jaccard similarity against the threshold.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS = 32  # 32 bands x 4 rows: pairs at Jaccard >= 0.6 are candidates with p > 0.98
ROWS = NUM_PERM // BANDS
SHINGLE = 5
# Stored signatures must stay comparable across datasketch upgrades: pin the scheme.
SCHEME = "affine32"

_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(normalise(text))
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def minhash(text: str) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    mh.update_batch(list(shingles(text)))
    return mh


def signature_bytes(mh: MinHash) -> bytes:
    return np.asarray(mh.hashvalues, dtype="<u8").tobytes()


def from_signature(data: bytes) -> MinHash:
    values = np.frombuffer(data, dtype="<u8")
    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values, scheme=SCHEME)


def bands(mh: MinHash) -> list[tuple[int, str]]:
    """(band number, bucket key) pairs; equal buckets in a band mean a candidate."""
    values = np.asarray(mh.hashvalues, dtype="<u8")
    out = []
    for b in range(BANDS):
        chunk = values[b * ROWS : (b + 1) * ROWS].tobytes()
        out.append((b, hashlib.blake2b(chunk, digest_size=8).hexdigest()))
    return out


def similarity(a: MinHash, b: MinHash) -> float:
    return float(a.jaccard(b))
