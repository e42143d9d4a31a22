"""Print the CPU share the model alone takes of full extraction, per round:
what tests/test_extract_speed.py asserts a floor on (docs/benchmarks.md).

    PYTHONPATH=src taskset -c 1 python scripts/model_share.py \\
        [--notes ../shared/data/acled-dev/acled_2022h1_sample.csv] [--rounds 8]
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from warmonitor.evaluation.benchmark import model_share_rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    notes = Path("../shared/data/acled-dev/acled_2022h1_sample.csv")
    parser.add_argument("--notes", type=Path, default=notes)
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    ratios = model_share_rounds(args.notes, rounds=args.rounds)
    print(" ".join(f"{r:.3f}" for r in ratios), f"median {statistics.median(ratios):.3f}")


if __name__ == "__main__":
    main()
