"""Train and measure a learned claimant chooser on the development claimant gold (issue 11).

    PYTHONPATH=src python scripts/train_claimant_chooser.py [--data /tmp/claimant_figures.json] [--rebuild]

Builds (or reads back) the dataset of warmonitor.evaluation.claimant_choice:
every gold casualty figure of FA-KES dev, the fresh file and the DEV halves
of the two blind files that one of our claims matches, with its candidate
claimants and their features. Prints, per file: figures, the rules'
claimant accuracy on them, and the oracle (share of figures whose gold
claimant is among the candidates). Then scores a ranker (logistic regression
and gradient boosting over the candidates; the top-scored candidate is the
answer) two ways, each the model's own held-out test:

- article-grouped 5-fold cross-validation over all development figures;
- file-out: train on FA-KES dev + blind dev, test on fresh and on blind2 dev;
  then train on fresh + blind2 dev, test on FA-KES dev and on blind dev.

scikit-learn is needed here only; nothing is written into the package.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from warmonitor.evaluation.claimant_choice import FILES, SOURCE_KINDS, Figure, build, summary
from warmonitor.evaluation.claims import FAKES_DEFAULT, GOLD_DEFAULT

# Features that read the rules' answers (ours for this figure or for others).
RULE_FEATURES = frozenset(
    {"is_rule", "own_x_rule", "rule_is_outlet_x_cand", "share_of_claims", "prev_claim"}
    | {f"outlet_{kind}_x_rule" for kind in SOURCE_KINDS}
)
FILE_OUT = (
    (("dev", "blind"), ("fresh", "blind2")),
    (("fresh", "blind2"), ("dev", "blind")),
)


def load(path: Path, rebuild: bool, gold: Path, fakes: Path) -> list[Figure]:
    if path.is_file() and not rebuild:
        return [Figure(**row) for row in json.loads(path.read_text())]
    figures = build(gold, fakes)
    path.write_text(json.dumps([asdict(f) for f in figures]))
    return figures


def matrix(figures: list[Figure], names: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows: one per candidate; y: right or not; group: the figure's index."""
    rows, ys, groups = [], [], []
    for i, f in enumerate(figures):
        for feats, right in zip(f.features, f.right, strict=True):
            rows.append([feats[n] for n in names])
            ys.append(right)
            groups.append(i)
    return np.array(rows, dtype=float), np.array(ys, dtype=int), np.array(groups)


def make(kind: str) -> Any:
    if kind == "logreg":
        return LogisticRegression(C=1.0, max_iter=2000)
    return GradientBoostingClassifier(n_estimators=150, max_depth=3, learning_rate=0.05, random_state=0)


def choose(model: Any, figures: list[Figure], names: list[str]) -> list[bool]:
    """Whether the top-scored candidate of each figure is right."""
    out = []
    for f in figures:
        x = np.array([[feats[n] for n in names] for feats in f.features], dtype=float)
        score = model.predict_proba(x)[:, 1]
        out.append(f.right[int(np.argmax(score))])
    return out


def fit(kind: str, figures: list[Figure], names: list[str]) -> Any:
    x, y, _ = matrix(figures, names)
    return make(kind).fit(x, y)


def _ratio(hits: int, n: int) -> str:
    return f"{hits / n:.3f} ({hits}/{n})" if n else "-"


def cross_validate(kind: str, figures: list[Figure], names: list[str]) -> dict[str, list[int]]:
    """Article-grouped 5-fold CV: per file, [model right, rules right, n]."""
    ids: dict[tuple[str, str], int] = {}
    groups = np.array(
        [ids.setdefault((f.file, f.unit_id), len(ids)) for f in figures]
    )  # stable, unlike hash()
    result = {file: [0, 0, 0] for file in FILES}
    for train, test in GroupKFold(n_splits=5).split(np.zeros(len(figures)), groups=groups):
        model = fit(kind, [figures[i] for i in train], names)
        held = [figures[i] for i in test]
        for f, right in zip(held, choose(model, held, names), strict=True):
            result[f.file][0] += right
            result[f.file][1] += f.rule_right
            result[f.file][2] += 1
    return result


def report_rows(title: str, result: dict[str, list[int]]) -> None:
    print(f"\n{title}\n| file | model | rules | diff |\n| --- | ---: | ---: | ---: |")
    pooled = [0, 0, 0]
    for file, (model, rules, n) in result.items():
        if n:
            print(f"| {file} | {_ratio(model, n)} | {_ratio(rules, n)} | {(model - rules) / n:+.3f} |")
            pooled = [a + b for a, b in zip(pooled, (model, rules, n), strict=True)]
    model, rules, n = pooled
    print(f"| pooled | {_ratio(model, n)} | {_ratio(rules, n)} | {(model - rules) / n:+.3f} |")


def file_out(kind: str, figures: list[Figure], names: list[str]) -> dict[str, list[int]]:
    result: dict[str, list[int]] = {}
    for train_files, test_files in FILE_OUT:
        model = fit(kind, [f for f in figures if f.file in train_files], names)
        for file in test_files:
            held = [f for f in figures if f.file == file]
            picks = choose(model, held, names)
            result[file] = [sum(picks), sum(f.rule_right for f in held), len(held)]
    return result


def train_test(figures: list[Figure], train: list[str], test: list[str], sets: dict[str, list[str]]) -> None:
    """One chosen split: train on the `train` files, test on the `test` files
    (for a dataset built at a commit whose rules had not seen the test file)."""
    for label, names in sets.items():
        for kind in ("logreg", "gboost"):
            result = {}
            model = fit(kind, [f for f in figures if f.file in train], names)
            rows: list[tuple[str, bool, bool]] = []
            for file in test:
                held = [f for f in figures if f.file == file]
                picks = choose(model, held, names)
                result[file] = [sum(picks), sum(f.rule_right for f in held), len(held)]
                rows += [(f.unit_id, pick, f.rule_right) for f, pick in zip(held, picks, strict=True)]
            report_rows(f"{kind}, {label}: train {'+'.join(train)} -> test {'+'.join(test)}", result)
            low, high = bootstrap(rows)
            print(f"model - rules, 95% interval over articles resampled: {low:+.3f} .. {high:+.3f}")


def bootstrap(rows: list[tuple[str, bool, bool]], rounds: int = 2000) -> tuple[float, float]:
    """A 95% interval of (model right - rules right) / figures, articles
    resampled with replacement (figures of one article are not independent)."""
    by_article: dict[str, list[int]] = {}
    for unit, model, rules in rows:
        by_article.setdefault(unit, []).append(int(model) - int(rules))
    diffs = [np.array(v) for v in by_article.values()]
    rng = np.random.default_rng(0)
    out = []
    for _ in range(rounds):
        pick = rng.integers(0, len(diffs), len(diffs))
        drawn = np.concatenate([diffs[i] for i in pick])
        out.append(drawn.mean())
    return float(np.percentile(out, 2.5)), float(np.percentile(out, 97.5))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/tmp/claimant_figures.json"))
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--gold", type=Path, default=GOLD_DEFAULT)
    parser.add_argument("--fakes", type=Path, default=FAKES_DEFAULT)
    parser.add_argument("--train", help="comma-separated files: only this split is run (with --test)")
    parser.add_argument("--test", help="comma-separated files")
    args = parser.parse_args()
    figures = load(args.data, args.rebuild, args.gold, args.fakes)
    print("| file | figures | rules right | oracle |\n| --- | ---: | ---: | ---: |")
    for file, (n, rule, oracle) in summary(figures).items():
        print(f"| {file} | {n} | {_ratio(rule, n)} | {_ratio(oracle, n)} |")
    sizes = [len(f.candidates) for f in figures]
    print(f"\ncandidates per figure: mean {np.mean(sizes):.1f}, max {max(sizes)}")
    every = sorted(figures[0].features[0])
    # "with rules": the rules' answer is a feature, so the model decides
    # keep-the-rule or another candidate; "without": a chooser from the
    # sentence readings alone (what the rules add after wm_attribution left out).
    sets = {"with rules": every, "without rule features": [n for n in every if n not in RULE_FEATURES]}
    if args.train and args.test:
        train_test(figures, args.train.split(","), args.test.split(","), sets)
        return
    for label, names in sets.items():
        for kind in ("logreg", "gboost"):
            report_rows(f"{kind}, {label}: article-grouped 5-fold CV", cross_validate(kind, figures, names))
            report_rows(
                f"{kind}, {label}: file-out (train dev+blind -> test fresh, blind2; "
                "train fresh+blind2 -> test dev, blind)",
                file_out(kind, figures, names),
            )


if __name__ == "__main__":
    main()
