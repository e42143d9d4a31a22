"""A text's mean static word vector, for the sub-event model.

The vectors are en_core_web_md 3.7.1's (MIT; 20,000 vectors of 300 floats,
"Explosion Vectors" from OSCAR, Wikipedia, OpenSubtitles and WMT News
Crawl), exported once by scripts/export_word_vectors.py to
`data/vectors/md_words.npz` for the lower-case ASCII words of its keys.

`mean_vectors(texts)` gives an (n, 300) float32 array: for each text, the
mean vector of its words (runs of ASCII letters, lower-cased) that are not
spaCy's English stop words and have a vector, L2-normalised; a row of zeros
when none has. Words are found by a regular expression, not by a parse, so
learning (scripts/train_acled_classifier.py) and run time read a text alike
whatever tokenizer produced it.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from warmonitor.errors import UserError

DIMENSION = 300
_WORD = re.compile(r"[A-Za-z]+")


class WordVectors:
    """The exported table: sorted words, their rows, the vectors."""

    def __init__(self, words: np.ndarray, rows: np.ndarray, vectors: np.ndarray, provenance: str) -> None:
        self.words, self.rows, self.vectors, self.provenance = words, rows, vectors, provenance

    def mean_vectors(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        for i, text in enumerate(texts):
            found = self._rows([w for w in (m.lower() for m in _WORD.findall(text)) if w not in STOP_WORDS])
            if len(found):
                mean = self.vectors[found].astype(np.float32).mean(axis=0)
                norm = float(np.linalg.norm(mean))
                out[i] = mean / norm if norm else mean
        return out

    def _rows(self, words: list[str]) -> np.ndarray:
        if not words:
            return np.zeros(0, dtype=np.int32)
        query = np.array(words)
        at = np.searchsorted(self.words, query)
        at[at == len(self.words)] = 0
        return np.asarray(self.rows[at[self.words[at] == query]])


@cache
def load_word_vectors() -> WordVectors:
    """The shipped table (data/vectors/md_words.npz); UserError if unreadable."""
    path = resources.files("warmonitor") / "data" / "vectors" / "md_words.npz"
    try:
        with path.open("rb") as fh, np.load(fh, allow_pickle=False) as data:
            return WordVectors(data["words"], data["rows"], data["vectors"], str(data["provenance"]))
    except (OSError, KeyError, ValueError) as exc:
        raise UserError(f"word vectors {path}: cannot be read ({exc})") from None
