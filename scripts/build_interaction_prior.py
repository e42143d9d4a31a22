"""Build data/acled/interaction_by_sub_event.csv: how often each ACLED
interaction code goes with each sub-event type, counted over the notes of
the development sample dated up to --until (January-April 2022 by default,
the months the interaction model learned from; May-June stay held out).

Usage:
    python scripts/build_interaction_prior.py ../shared/data/acled-dev/acled_2022h1_sample.csv \
        [--until 2022-04-30]

`warmonitor code` weighs the interaction model's probabilities by these
counts for the sub-event type it predicted (a peaceful protest is 60, a
protest met by the police 16). Only counts go into the file, no note.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/warmonitor/data/acled/interaction_by_sub_event.csv"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("acled", type=Path)
    ap.add_argument("--until", default="2022-04-30")
    args = ap.parse_args()
    with args.acled.open(encoding="utf-8", newline="") as fh:
        counts = Counter(
            (r["sub_event_type"], r["interaction"])
            for r in csv.DictReader(fh)
            if r["event_date"][:10] <= args.until and r["interaction"]
        )
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("sub_event_type", "interaction", "notes"))
        for (sub, code), n in sorted(counts.items()):
            writer.writerow((sub, code, n))
    print(f"{len(counts)} rows into {OUT} from notes dated to {args.until}")


if __name__ == "__main__":
    main()
