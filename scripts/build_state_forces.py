"""Build data/actors/state_forces.csv: how ACLED names each country's state
forces, period by period ("Military Forces of Burkina Faso (2022-)").

Usage:
    python scripts/build_state_forces.py ../shared/data/acled-dev/acled_2022h1_sample.csv --until 2022-04-30

Reads the actor1/actor2 names of the sample's rows up to --until (the
development months only: the held-out months are never read), keeps the
"Military Forces of X (YYYY-)" and "Police Forces of X (YYYY-YYYY)" names
without a unit after them, and writes each with the first and last date it
was seen. Rows of state_forces_added.csv (periods that began after the
sample, each with its source) are read beside it at run time.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/warmonitor/data/actors/state_forces.csv"
NAME = re.compile(r"^(?P<base>(?:Military|Police) Forces of .+) \((?P<start>\d{4})-(?P<end>\d{4})?\)$")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sample", type=Path)
    parser.add_argument("--until", required=True, help="last event_date read (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    seen: dict[str, list[str]] = {}
    with args.sample.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["event_date"] > args.until:
                continue
            for name in (row["actor1"], row["actor2"]):
                if NAME.match(name):
                    dates = seen.setdefault(name, [row["event_date"], row["event_date"]])
                    dates[0], dates[1] = min(dates[0], row["event_date"]), max(dates[1], row["event_date"])
    rows = []
    for name, (first, last) in sorted(seen.items()):
        m = NAME.match(name)
        assert m is not None
        source = f"ACLED 2022 sample, rows to {args.until}"
        rows.append({"base": m["base"], "start": m["start"], "end": m["end"] or "", "name": name,
                     "first_seen": first, "last_seen": last, "source": source})  # fmt: skip
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
