"""Event claims of IDF Telegram posts (../shared/data/real-dev/
idf_telegram_gaza_2023_2024.csv), before and after a change.

    PYTHONPATH=src python scripts/idf_events.py --out /tmp/before.jsonl   # old code
    PYTHONPATH=src python scripts/idf_events.py --out /tmp/after.jsonl    # new code
    python scripts/idf_events.py --compare /tmp/before.jsonl /tmp/after.jsonl

Only posts whose text matches `--match` (a regular expression, case
ignored; by default a force's running account: "is striking", "is
currently striking", "is continuing to strike") are read, one line each:
the row number, how many events, and each event's sub-event type, place
and actors. The comparison prints the posts whose events differ, with the
post's first words, and how many there are. Written to a path outside the
repository: the output holds the posts' wording.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import ReportText, extract_many

POSTS = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "real-dev" / "idf_telegram_gaza_2023_2024.csv"
)
GOING_ON = r"(is|are) (currently )?(striking|continuing to strike|attacking|conducting)"


def _day(value: str) -> date | None:
    """The file writes days as 29/02/2024 and as 29/10/23."""
    for form in ("%d/%m/%Y", "%d/%m/%y"):
        try:
            return datetime.strptime(value.strip(), form).date()
        except ValueError:
            continue
    return None


def write(posts: Path, pattern: str, out: Path) -> int:
    with posts.open(encoding="utf-8", newline="") as fh:
        rows = [
            (n, row["Text"], day)
            for n, row in enumerate(csv.DictReader(fh))
            if (day := _day(row["Date"] or "")) and re.search(pattern, row["Text"], re.I)
        ]
    extractions = extract_many(ReportText(text, day, outlet="IDF") for _n, text, day in rows)
    with out.open("w", encoding="utf-8") as fh:
        for (n, text, _), extraction in zip(rows, extractions, strict=True):
            events = [
                [c.sub_event_type, c.place.name if c.place else None, c.actors]
                for c in extraction.claims
                if isinstance(c, EventClaim)
            ]
            fh.write(json.dumps({"row": n, "opening": text[:160], "events": events}) + "\n")
    return len(rows)


def compare(before: Path, after: Path) -> int:
    old = {r["row"]: r for r in map(json.loads, before.open(encoding="utf-8"))}
    new = {r["row"]: r for r in map(json.loads, after.open(encoding="utf-8"))}
    changed = [n for n in old if n in new and old[n]["events"] != new[n]["events"]]
    for n in changed:
        print(f"row {n}: {old[n]['opening']!r}")
        print(f"  before {old[n]['events']}")
        print(f"  after  {new[n]['events']}")
    events_before = sum(len(r["events"]) for r in old.values())
    events_after = sum(len(r["events"]) for r in new.values())
    print(f"{len(changed)} of {len(old)} posts with other events; {events_before} -> {events_after} events")
    return len(changed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=Path, default=POSTS)
    parser.add_argument("--match", default=GOING_ON, help="regular expression a post must match")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
        return 0
    if args.out is None:
        parser.error("--out or --compare is needed")
    print(f"{write(args.posts, args.match, args.out)} posts read")
    return 0


if __name__ == "__main__":
    sys.exit(main())
