"""Build data/gazetteer/district_seats.csv: the town ACLED codes an event to
when a note names only its district ("an air raid on Al Jubah district
(Marib)" is coded to Judaydah, the district's centre), for districts the
gazetteer holds under no name of their own.

Usage:
    python scripts/build_district_seats.py ../shared/data/acled-dev/acled_2022h1_sample.csv \
        [--until 2022-04-30]

For every row up to --until whose note names its admin2 as "<admin2>
district" and never names its location, a town of another name, the gazetteer must hold that
location in the row's country within 25 km of the row's point, and must not
hold the district's own name there; a district goes into the file when all
its rows agree on the town. Only names go into the file (country, district,
seat), never an event, a coordinate or a note. Rows after --until are not
read, so the evaluation on May-June stays held out.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from warmonitor.extract.acled_coding import country_code
from warmonitor.extract.gazetteer import distance_km, fold, load_gazetteer

OUT = Path(__file__).resolve().parents[1] / "src/warmonitor/data/gazetteer/district_seats.csv"


def _held(name: str, iso: str, point: tuple[float, float] | None = None) -> bool:
    return any(
        c.country == iso
        and c.feature != "country"
        and (point is None or distance_km((c.lat, c.lon), point) <= 25)
        for c in load_gazetteer().candidates(name)
    )


def build(path: Path, until: str) -> list[dict[str, str]]:
    seats: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["event_date"] > until or not row.get("admin2") or not row["latitude"]:
                continue
            iso, district, town = country_code(row["country"]), row["admin2"], row["location"]
            if iso is None or fold(town) == fold(district) or " - " in town:
                continue
            if not re.search(rf"\b{re.escape(district)} district\b", row["notes"], re.I):
                continue
            if fold(town) in fold(row["notes"]):
                continue  # the note names the town itself: not a district's seat
            point = (float(row["latitude"]), float(row["longitude"]))
            if _held(district, iso) or not _held(town, iso, point):
                continue
            seats[(iso, district)][town] += 1
    return [
        {"country": iso, "district": district, "seat": towns.most_common(1)[0][0],
         "rows": str(sum(towns.values())),
         "source": f"ACLED 2022 sample, rows up to {until} naming only the district"}
        for (iso, district), towns in sorted(seats.items())
        if len(towns) == 1
    ]  # fmt: skip


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("acled", type=Path)
    parser.add_argument(
        "--until", default="2022-04-30", help="last event day read (held-out months stay unread)"
    )
    args = parser.parse_args(argv)
    if args.until >= "2022-05-01":
        sys.exit("--until must end before 2022-05-01: May-June is held out")
    rows = build(args.acled, args.until)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["country", "district", "seat", "rows", "source"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} districts to {OUT.name}")


if __name__ == "__main__":
    main(sys.argv[1:])
