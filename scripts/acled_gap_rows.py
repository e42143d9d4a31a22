"""The ACLED January-April rows that count against the location gap: the
gazetteer holds the gold place (``in_gazetteer``) yet the coded point is
farther than 25 km from ACLED's.

    PYTHONPATH=src python scripts/acled_gap_rows.py ../shared/data/acled-dev/acled_2022h1_sample.csv
    PYTHONPATH=src python scripts/acled_gap_rows.py FILE --notes   # each row's note too

One line a row: event id, country, ACLED's location and admin1, the coded
location and admin1, the distance in km. Only January-April 2022 rows are
read (May-June is held out; a later --until is refused).
"""

from __future__ import annotations

import sys

from warmonitor.evaluation.dev_scripts import acled_parser, coded_dev_rows
from warmonitor.evaluation.evaluate import in_gazetteer, near_gold
from warmonitor.extract.gazetteer import distance_km


def main() -> int:
    parser = acled_parser(__doc__)
    parser.add_argument("--notes", action="store_true", help="print each row's note")
    args = parser.parse_args()
    try:
        rows, coded = coded_dev_rows(args)
    except ValueError as err:
        print(err, file=sys.stderr)
        return 2
    gap = [(r, c) for r, c in zip(rows, coded, strict=True) if in_gazetteer(r) and not near_gold(r, c)]
    print(f"{len(rows)} rows, {len(gap)} gap rows (gazetteer holds the place, coded over 25 km away)\n")
    for r, c in gap:
        gold = (float(r["latitude"]), float(r["longitude"]))
        km = (
            "-"
            if c.latitude is None or c.longitude is None
            else f"{distance_km((c.latitude, c.longitude), gold):.0f}"
        )
        print(f"{r['event_id_cnty']} | {r.get('country')} | {r.get('location')} ({r.get('admin1')}) | "
              f"{c.location} ({c.admin1}) | {km} km")  # fmt: skip
        if args.notes:
            print(f"    {r['notes']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
