"""Learn the sub-event classifier (and, with --interaction, the interaction one).

    .venv/bin/pip install -e '.[train]'      # scikit-learn: training only, not a runtime dependency
    # the shipped model: all ACLED notes of the sample and Myanmar 2021, and the news learning part
    .venv/bin/python scripts/train_acled_classifier.py --myanmar
    # for measuring on May-June 2022 (eval acled): notes of January-April only
    .venv/bin/python scripts/train_acled_classifier.py --until 2022-04-30 --out /tmp/sub_event_janapr.npz
    # for measuring on Myanmar 2021: 2022 notes only, no Myanmar
    .venv/bin/python scripts/train_acled_classifier.py --out /tmp/sub_event_2022.npz
    # the interaction model (shipped): ACLED notes of January-April 2022 only
    .venv/bin/python scripts/train_acled_classifier.py --interaction --until 2022-04-30

The interaction model reads `acled_model.features` of the note (words and
word pairs), `acled_model.actor_features` of the actors the pipeline finds
in it (their inter categories) and `acled_model.sub_event_features` of the
note's sub-event type: the coders' type when learning, the sub-event
model's guess when `warmonitor code` runs.

The sub-event model also reads each text's mean static word vector
(`warmonitor.extract.word_vectors`, en_core_web_md's vectors exported once by
scripts/export_word_vectors.py); `--no-vectors` leaves it out.

Features are `warmonitor.extract.acled_model.span_features` of each text as
the pipeline parses it (as `code` and `extract` do at run time); they are
cached under /tmp/warmonitor_classify_cache/ by a hash of the text, so a
second run takes seconds. The news learning part is every row of
gold/news/*.tsv that `warmonitor.evaluation.news.held_out` does not hold out; held-out rows
are never read here. Calibration: a slice of the learning data (a hash of
the text, about 15 %) is kept out of a first fit; the temperature that
minimises log-loss on it and the "uncertain" threshold are chosen there, and
the model is then refitted on all the learning data.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import numpy as np
from scipy.optimize import minimize_scalar  # type: ignore[import-untyped]
from scipy.sparse import csr_matrix, hstack
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc

from warmonitor.evaluation.news import held_out, read_news_gold
from warmonitor.extract.acled_coding import country_code
from warmonitor.extract.acled_model import (
    actor_features,
    embedding_text,
    features,
    lexicon_features,
    span_features,
    sub_event_features,
)
from warmonitor.extract.pipeline import load_pipeline
from warmonitor.extract.word_vectors import load_word_vectors

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "warmonitor" / "data" / "acled" / "sub_event.npz"
INTERACTION_OUT = ROOT / "src" / "warmonitor" / "data" / "acled" / "interaction.npz"
CACHE = Path("/tmp/warmonitor_classify_cache")
ACLED = ROOT.parent / "shared" / "data" / "acled-dev" / "acled_2022h1_sample.csv"
MYANMAR = ROOT.parent / "shared" / "data" / "real-dev" / "acled_myanmar_2021_explosions_remote_violence.csv"
REAL_DEV = ROOT.parent / "shared" / "data" / "real-dev"
# written_blind.tsv is held out whole (gold/news/BLIND.md): never learned from.
NEWS = sorted(p for p in (ROOT / "gold" / "news").glob("*.tsv") if p.name != "written_blind.tsv")
MIN_COUNT = 2
C = 20.0
NEWS_WEIGHT = 10.0  # a news row counts as this many notes: there are ~25 per type against 9,000 notes
CALIBRATION_SHARE = "012"  # first hex digit of sha256(text): ~19 % kept out of the first fit
TARGET_PRECISION = 0.5  # below the threshold, fewer than this share of answers were right


def _key(text: str, country: str | None) -> str:
    return hashlib.sha256(f"{country or ''}\x00{text}".encode()).hexdigest()


def featurise(items: list[tuple[str, str | None]]) -> list[list[str]]:
    """span_features of (text, country) pairs, parsed by the pipeline, cached."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / "features.jsonl"
    cached: dict[str, list[str]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            cached[row["k"]] = row["f"]
    todo = [(t, c) for t, c in dict.fromkeys(items) if _key(t, c) not in cached]
    if todo:
        nlp = load_pipeline()

        def docs() -> Iterator[Doc]:
            for text, country in todo:
                doc = nlp.make_doc(text)
                doc._.wm_text = text
                doc._.published = date(2022, 1, 1)
                doc._.outlet = None
                doc._.country_hint = country_code(country)
                doc._.country_name_hint = country if doc._.country_hint else None
                yield doc

        # The features read the parse and the actors only: the later components
        # (events among them, which need a sub-event model) are not run.
        later = ["wm_dates", "wm_attribution", "wm_casualties", "wm_events", "wm_control"]
        with path.open("a", encoding="utf-8") as fh, nlp.select_pipes(disable=later):
            for (text, country), doc in zip(todo, nlp.pipe(docs(), batch_size=64), strict=True):
                feats = span_features(doc)
                cached[_key(text, country)] = feats
                fh.write(json.dumps({"k": _key(text, country), "f": feats}) + "\n")
        print(f"parsed {len(todo)} texts")
    # The lexicon part is recomputed from the text, so a new data/acled/type_cues.csv
    # needs no new parse.
    return [
        [f for f in cached[_key(t, c)] if not f.startswith("lex:")] + lexicon_features(t) for t, c in items
    ]


def embed(texts: list[str]) -> np.ndarray:
    """Each text's mean word vector (warmonitor.extract.word_vectors) of
    embedding_text, as the pipeline computes it at run time."""
    return load_word_vectors().mean_vectors([embedding_text(t) for t in texts])


def matrix(
    feats: list[list[str]], vocabulary: dict[str, int], vectors: np.ndarray | None = None
) -> csr_matrix:
    rows, cols = [], []
    for i, fs in enumerate(feats):
        for j in sorted({vocabulary[f] for f in fs if f in vocabulary}):
            rows.append(i)
            cols.append(j)
    m = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feats), len(vocabulary)))
    norms = np.sqrt(np.asarray(m.sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    m = csr_matrix(m.multiply(1.0 / norms[:, None]))
    if vectors is not None:  # the mean word vector (a unit vector) beside the features
        m = csr_matrix(hstack([m, csr_matrix(vectors)]))
    return m


def fit(
    feats: list[list[str]], labels: list[str], weights: np.ndarray, vectors: np.ndarray | None = None
) -> tuple[LogisticRegression, list[str]]:
    counts: dict[str, int] = {}
    for fs in feats:
        for f in set(fs):
            counts[f] = counts.get(f, 0) + 1
    words = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    model = LogisticRegression(C=C, max_iter=2000)
    model.fit(matrix(feats, {w: i for i, w in enumerate(words)}, vectors), labels, sample_weight=weights)
    return model, words


def train_interaction(notes: list[dict[str, str]], source: str, out: Path) -> None:
    """The interaction model: words, word pairs and the inter categories of
    the actors found, over ACLED's interaction codes."""
    nlp = load_pipeline()

    def docs() -> Iterator[Doc]:
        for r in notes:
            doc = nlp.make_doc(r["notes"])
            doc._.wm_text = r["notes"]
            doc._.published = date.fromisoformat(r["event_date"][:10])
            doc._.outlet = None
            doc._.country_hint = country_code(r.get("country"))
            doc._.country_name_hint = r.get("country") if doc._.country_hint else None
            yield doc

    later = ["wm_dates", "wm_attribution", "wm_casualties", "wm_events", "wm_control"]
    feats = []
    with nlp.select_pipes(disable=later):
        for r, doc in zip(notes, nlp.pipe(docs(), batch_size=64), strict=True):
            named = [m.actor.inter for m in doc._.actors or []]
            # the coders' own type here; the sub-event model's guess at run time
            feats.append(
                features(r["notes"]) + actor_features(named) + sub_event_features(r["sub_event_type"], named)
            )
    labels = [r["interaction"] for r in notes]
    model, words = fit(feats, labels, np.ones(len(notes)))
    provenance = (
        f"warmonitor scripts/train_acled_classifier.py --interaction, scikit-learn LogisticRegression C={C}, "
        f"features seen in >= {MIN_COUNT} notes (words, word pairs, actors' inter categories, the coders' "
        "sub-event type alone and with each inter category); learned from "
        f"{source}."
    )
    np.savez_compressed(
        out,
        vocabulary=np.array(words),
        classes=np.array([str(c) for c in model.classes_]),
        weights=model.coef_.T.astype(np.float16),
        bias=model.intercept_.astype(np.float32),
        provenance=np.array(provenance),
    )
    print(f"{out}: {len(notes)} notes, {len(words)} features, {len(model.classes_)} classes")
    print(provenance)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--acled", type=Path, default=ACLED)
    ap.add_argument("--until", help="learn from ACLED notes dated up to this day only (YYYY-MM-DD)")
    ap.add_argument("--myanmar", action="store_true", help="also learn from the Myanmar 2021 notes")
    ap.add_argument("--no-news", action="store_true", help="leave the news learning part out")
    ap.add_argument("--no-vectors", action="store_true", help="lemma features only, no mean word vector")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--interaction", action="store_true", help="learn the interaction model instead")
    args = ap.parse_args()

    with args.acled.open(encoding="utf-8", newline="") as fh:
        notes = [r for r in csv.DictReader(fh) if not args.until or r["event_date"][:10] <= args.until]
    if args.interaction:
        source = f"{len(notes)} ACLED notes of {args.acled.name}" + (
            f" dated to {args.until}" if args.until else ""
        )
        train_interaction(notes, source, args.out or INTERACTION_OUT)
        return
    args.out = args.out or OUT
    items = [(r["notes"], r.get("country")) for r in notes]
    labels = [r["sub_event_type"] for r in notes]
    weights = [1.0] * len(items)
    sources = [
        f"{len(notes)} ACLED notes of {args.acled.name}" + (f" dated to {args.until}" if args.until else "")
    ]
    if args.myanmar:
        with MYANMAR.open(encoding="utf-8", newline="") as fh:
            mm = list(csv.DictReader(fh))
        items += [(r["notes"], r.get("country")) for r in mm]
        labels += [r["sub_event_type"] for r in mm]
        weights += [1.0] * len(mm)
        sources.append(f"{len(mm)} ACLED notes of {MYANMAR.name}")
    if not args.no_news:
        for path in NEWS:
            learn = [i for i in read_news_gold(path, REAL_DEV) if not held_out(i.id)]
            items += [(i.text, None) for i in learn]
            labels += [i.sub_event_type for i in learn]
            weights += [NEWS_WEIGHT] * len(learn)
            sources.append(f"{len(learn)} learning rows of gold/news/{path.name} (weight {NEWS_WEIGHT:g})")
    feats = featurise(items)
    vectors = None if args.no_vectors else embed([t for t, _c in items])
    w = np.array(weights)

    calib = np.array([hashlib.sha256(t.encode()).hexdigest()[0] in CALIBRATION_SHARE for t, _c in items])
    first, words = fit([f for f, c in zip(feats, calib, strict=True) if not c],
                       [y for y, c in zip(labels, calib, strict=True) if not c], w[~calib],
                       None if vectors is None else vectors[~calib])  # fmt: skip
    cal_feats = [f for f, c in zip(feats, calib, strict=True) if c]
    cal_y = np.array([y for y, c in zip(labels, calib, strict=True) if c])
    logits = first.decision_function(
        matrix(cal_feats, {x: i for i, x in enumerate(words)}, None if vectors is None else vectors[calib])
    )
    classes = list(first.classes_)
    known = np.array([y in classes for y in cal_y])
    idx = np.array([classes.index(y) for y in cal_y[known]])
    lg, cw = logits[known], w[calib][known]

    def nll(t: float) -> float:
        z = lg / t
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return float(-(cw * logp[np.arange(len(idx)), idx]).sum() / cw.sum())

    temperature = float(minimize_scalar(nll, bounds=(0.2, 5.0), method="bounded").x)
    z = lg / temperature
    p = np.exp(z - z.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    top, right = p.max(axis=1), p.argmax(axis=1) == idx
    # The threshold: the lowest probability from which, band by band (0.1
    # wide), the calibration slice's answers were right at least
    # TARGET_PRECISION of the time.
    threshold = 0.0
    for lo in np.arange(0.05, 0.9, 0.05):
        band = (top >= lo) & (top < lo + 0.1)
        if band.sum() >= 10 and np.average(right[band], weights=cw[band]) >= TARGET_PRECISION:
            threshold = round(float(lo), 2)
            break
    print(f"temperature {temperature:.3f}, uncertain below {threshold:.2f} "
          f"(calibration slice: {len(idx)} rows, accuracy {np.average(right, weights=cw):.3f})")  # fmt: skip

    model, words = fit(feats, labels, w, vectors)
    vectors_used = (
        ""
        if vectors is None
        else ", plus the text's mean word vector (en_core_web_md 3.7.1 vectors, data/vectors/md_words.npz)"
    )
    provenance = (
        f"warmonitor scripts/train_acled_classifier.py, scikit-learn LogisticRegression C={C}, "
        f"features seen in >= {MIN_COUNT} texts{vectors_used}; learned from " + "; ".join(sources) + "."
    )
    coef = model.coef_.T
    extra = {} if vectors is None else {"vector_weights": coef[len(words) :].astype(np.float32)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out,
        vocabulary=np.array(words),
        classes=np.array([str(c) for c in model.classes_]),
        weights=coef[: len(words)].astype(np.float16),
        bias=model.intercept_.astype(np.float32),
        temperature=np.array(temperature, dtype=np.float32),
        uncertain_below=np.array(threshold, dtype=np.float32),
        provenance=np.array(provenance),
        **extra,
    )
    print(f"{args.out}: {len(items)} texts, {len(words)} features, {len(model.classes_)} classes")
    print(provenance)


if __name__ == "__main__":
    main()
