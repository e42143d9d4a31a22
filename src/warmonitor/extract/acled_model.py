"""Linear text classifiers for ACLED coding, read from package data.

A model is a vocabulary of features (lower-cased words and word pairs), one
weight row per feature and class, and a bias per class, stored as a plain
.npz of arrays (no pickle: loading it runs no code). It is learned by
scripts/train_acled_classifier.py; see data/acled/README.md for what from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

import numpy as np

_SIZE = re.compile(r"\[size=[^\]]*\]", re.I)
_LEAD_DATE = re.compile(
    r"^\s*(?:on|around|between|in|during)?\s*(?:the )?(?:week of )?[^,]{0,40}\d{4}[^,]{0,20},", re.I
)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")


def features(text: str) -> list[str]:
    """Words and adjacent word pairs, lower-cased; numbers become one token,
    and ACLED's date lead and size tag are dropped (they say nothing of type)."""
    body = _LEAD_DATE.sub("", _SIZE.sub("", text), count=1).lower()
    words = ["<num>" if w.isdigit() else w for w in _WORD.findall(body)]
    return words + [f"{a} {b}" for a, b in pairwise(words)]


@dataclass(frozen=True)
class LinearModel:
    vocabulary: dict[str, int]
    classes: tuple[str, ...]
    weights: np.ndarray  # (features, classes)
    bias: np.ndarray  # (classes,)

    def scores(self, text: str) -> np.ndarray:
        rows = sorted({self.vocabulary[f] for f in features(text) if f in self.vocabulary})
        # Binary features, L2-normalised, as in training.
        total = self.weights[rows].sum(axis=0) / np.sqrt(len(rows)) if rows else 0.0
        return np.asarray(self.bias + total)

    def predict(self, text: str) -> str:
        return self.classes[int(np.argmax(self.scores(text)))]


def load_model(name: str) -> LinearModel:
    return _load(name)


@cache
def _load(name: str) -> LinearModel:
    path = resources.files("warmonitor") / "data" / "acled" / f"{name}.npz"
    with path.open("rb") as fh, np.load(fh, allow_pickle=False) as data:
        vocabulary = {str(word): i for i, word in enumerate(data["vocabulary"])}
        return LinearModel(
            vocabulary=vocabulary,
            classes=tuple(str(c) for c in data["classes"]),
            weights=data["weights"].astype(np.float32),
            bias=data["bias"].astype(np.float32),
        )
