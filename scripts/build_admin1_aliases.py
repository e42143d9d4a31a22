"""Build data/gazetteer/admin1_aliases.csv: ACLED's spellings of first-level
regions ("Bayern", "Zaporizhia", "Sud-Kivu") beside the GeoNames names the
gazetteer carries ("Bavaria", "Zaporizhzhia", "South Kivu").

Usage:
    python scripts/build_admin1_aliases.py ../shared/data/acled-dev/acled_2022h1_sample.csv \
        [--until 2022-04-30] [--min-rows 2]

For every (country, admin1) of the ACLED file's rows up to --until whose name
the gazetteer does not know, the GeoNames region of the gazetteer place
nearest each row's coordinates is counted, and the commonest (held by at
least two thirds of the rows) becomes the alias. Only region names go into
the file, never an event, a coordinate or a note. Rows after --until are
not read, so the evaluation on May-June stays held out.
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path

from warmonitor.extract.acled_coding import country_code
from warmonitor.extract.gazetteer import fold, load_gazetteer

OUT = Path(__file__).resolve().parents[1] / "src/warmonitor/data/gazetteer/admin1_aliases.csv"


def _places(db: sqlite3.Connection, country: str) -> list[tuple[float, float, str]]:
    rows = db.execute(
        "SELECT lat, lon, admin1 FROM places WHERE country = ? AND admin1 IS NOT NULL", (country,)
    ).fetchall()
    return [(float(lat), float(lon), admin1) for lat, lon, admin1 in rows]


def _nearest_admin1(places: list[tuple[float, float, str]], lat: float, lon: float) -> str | None:
    best = min(places, key=lambda p: (p[0] - lat) ** 2 + (p[1] - lon) ** 2, default=None)
    return best[2] if best else None


def build(path: Path, until: str, min_rows: int) -> list[dict[str, str]]:
    gazetteer = load_gazetteer()
    db = gazetteer._db
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    places: dict[str, list[tuple[float, float, str]]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["event_date"] > until or not row["admin1"] or not row["latitude"]:
                continue
            iso = country_code(row["country"])
            if iso is None or fold(row["admin1"]) in gazetteer.admin1_keys(iso):
                continue
            if iso not in places:
                places[iso] = _places(db, iso)
            nearest = _nearest_admin1(places[iso], float(row["latitude"]), float(row["longitude"]))
            if nearest:
                votes[(iso, row["admin1"])][nearest] += 1
    aliases = []
    for (iso, name), counts in sorted(votes.items()):
        geonames, held = counts.most_common(1)[0]
        total = sum(counts.values())
        if total >= min_rows and held * 3 >= total * 2 and fold(geonames) != fold(name):
            aliases.append({"country": iso, "name": name, "geonames": geonames})
    return aliases


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("acled", type=Path, help="an ACLED export with admin1 and coordinates")
    parser.add_argument("--until", default="2022-04-30", help="read rows up to this date only")
    parser.add_argument("--min-rows", type=int, default=2, help="rows needed to trust an alias")
    args = parser.parse_args(argv)
    if not args.acled.is_file():
        parser.exit(2, f"{args.acled}: no such file\n")
    try:
        aliases = build(args.acled, args.until, args.min_rows)
    except (KeyError, ValueError, UnicodeDecodeError) as exc:
        parser.exit(2, f"{args.acled}: not an ACLED export with admin1 and coordinates ({exc})\n")
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["country", "name", "geonames"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(aliases)
    print(f"wrote {len(aliases)} aliases to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
