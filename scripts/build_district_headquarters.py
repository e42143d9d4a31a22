"""Build data/gazetteer/district_headquarters.csv: a district's headquarters
town, for countries whose ACLED notes name a municipality the gazetteer lacks
beside its district ("X municipality (Saptari district)"), where ACLED's point
is that municipality and the district's seat is the nearest place we can cite.

    python scripts/build_district_headquarters.py

Reads data/gazetteer/nepal_district_hq.csv (district, headquarters, the page
that gives the headquarters) and keeps a district only when the gazetteer holds
exactly one town of the headquarters' name in the country (its GeoNames id and
coordinate are written beside it) and holds no place named as the district
(such a district is found by its own name). Writes names, ids and coordinates
only; nothing of any note.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from warmonitor.extract.gazetteer import DATA, load_gazetteer

SOURCES = {"NP": "nepal_district_hq.csv"}
OUT = Path(str(DATA / "district_headquarters.csv"))


def main() -> int:
    gazetteer = load_gazetteer()
    rows: list[dict[str, object]] = []
    for country, name in SOURCES.items():
        with (DATA / name).open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if any(c.country == country for c in gazetteer.candidates(row["district"])):
                    continue  # the district is a place of its own name
                towns = [
                    c
                    for c in gazetteer.candidates(row["headquarters"])
                    if c.country == country and c.feature in ("city", "village") and c.geonameid
                ]
                if len(towns) != 1:
                    print(
                        f"skipped {row['district']}: {len(towns)} towns named {row['headquarters']}",
                        file=sys.stderr,
                    )
                    continue
                town = towns[0]
                rows.append(
                    {
                        "country": country,
                        "district": row["district"],
                        "seat": town.name,
                        "geonameid": town.geonameid,
                        "lat": town.lat,
                        "lon": town.lon,
                        "source": f"headquarters: {row['source']}; coordinate: GeoNames {town.geonameid}",
                    }
                )
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, ["country", "district", "seat", "geonameid", "lat", "lon", "source"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} districts -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
