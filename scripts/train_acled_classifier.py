"""Learn the ACLED coding classifiers from the development sample.

    .venv/bin/pip install scikit-learn      # training only; not a runtime dependency
    .venv/bin/python scripts/train_acled_classifier.py ../shared/data/acled-dev/acled_2022h1_sample.csv

Learns from events dated January-April 2022 only (May-June are held out for
`warmonitor eval acled`), and writes the weights as plain arrays to
src/warmonitor/data/acled/{sub_event,interaction}.npz. The features are the
ones warmonitor.extract.acled_model computes at run time.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from warmonitor.extract.acled_model import features

OUT = Path(__file__).resolve().parents[1] / "src" / "warmonitor" / "data" / "acled"
LEARN_UNTIL = "2022-04-30"
MIN_COUNT = 2


def matrix(texts: list[str], vocabulary: dict[str, int]) -> csr_matrix:
    rows, cols = [], []
    for i, text in enumerate(texts):
        for j in sorted({vocabulary[f] for f in features(text) if f in vocabulary}):
            rows.append(i)
            cols.append(j)
    data = np.ones(len(rows), dtype=np.float64)
    m = csr_matrix((data, (rows, cols)), shape=(len(texts), len(vocabulary)))
    norms = np.sqrt(np.asarray(m.sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(m.multiply(1.0 / norms[:, None]))


def learn(texts: list[str], labels: list[str], name: str) -> None:
    counts: dict[str, int] = {}
    for text in texts:
        for f in set(features(text)):
            counts[f] = counts.get(f, 0) + 1
    words = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    vocabulary = {w: i for i, w in enumerate(words)}
    model = LogisticRegression(C=20.0, max_iter=3000)
    model.fit(matrix(texts, vocabulary), labels)
    weights = model.coef_.T.astype(np.float16)
    np.savez_compressed(
        OUT / f"{name}.npz",
        vocabulary=np.array(words),
        classes=np.array([str(c) for c in model.classes_]),
        weights=weights,
        bias=model.intercept_.astype(np.float32),
    )
    print(f"{name}: {len(texts)} notes, {len(words)} features, {len(model.classes_)} classes")


def main(path: str) -> None:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["event_date"] <= LEARN_UNTIL]
    texts = [r["notes"] for r in rows]
    learn(texts, [r["sub_event_type"] for r in rows], "sub_event")
    learn(texts, [r["interaction"] for r in rows], "interaction")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/acled-dev/acled_2022h1_sample.csv")
