"""Claimant right on claims_fresh.jsonl, batch by batch: the file grew in
rounds (16 articles of `claimant13`, 20 of `claimant15a`, 24 of
`claimant16b`), each coded before that round's rules, so a round's rules are
read on its own new articles apart from the older ones they must not lower.

    PYTHONPATH=src python scripts/fresh_by_batch.py [--split 36]

Prints claimant right (and casualty precision, recall) for the file's first
`--split` articles and for the rest. Dev-only gold (outside split.csv).
"""

from __future__ import annotations

import argparse
from collections import Counter

from dev_gold import dev_half

from warmonitor.evaluation.claims import score_article


def _line(name: str, count: Counter[str]) -> str:
    true, claims, gold = count["true"], count["claims"], count["gold casualties"]
    right = count["claimant right"]
    return (
        f"{name}: {count['articles']} articles, claimant right {right}/{true} = {right / max(true, 1):.3f}, "
        f"precision {true / max(claims, 1):.3f}, recall {count['gold matched'] / max(gold, 1):.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", type=int, default=36, help="articles in the first batch")
    args = parser.parse_args()
    first: Counter[str] = Counter()
    rest: Counter[str] = Counter()
    for n, (truth, article, extraction) in enumerate(dev_half(fresh=True, claims=True)):
        score_article(truth, article, extraction, first if n < args.split else rest)
    print(_line(f"first {args.split}", first))
    print(_line("rest", rest))


if __name__ == "__main__":
    main()
