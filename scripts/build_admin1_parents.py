"""Build data/gazetteer/admin1_parents.csv: second-level units (provinces,
departments, districts) and the first-level region each lies in, for the
countries where ACLED's admin1 is that region while its notes often name
only the unit ("in Nouna (Nouna, Kossi)" is in Boucle du Mouhoun).

Usage:
    pip download --no-deps pycountry==26.2.16 -d /tmp/pyc && unzip -q /tmp/pyc/pycountry-*.whl -d /tmp/pyc
    python scripts/build_admin1_parents.py /tmp/pyc/pycountry/databases/iso3166-2.json

The source is ISO 3166-2 as carried by Debian's iso-codes and the PyPI
package pycountry (LGPL-2.1): each subdivision that has a `parent` gives a
row (name as ISO writes it, the parent's name). Countries are those listed in
COUNTRIES below, chosen because ACLED's admin1 there is ISO's parent level
(in January-April 2022 rows of the development sample, most admin1 values of
these countries are ISO parent names: Burkina Faso 69 of 69, France 201 of
201, Italy 152 of 152, United Kingdom 51 of 52, Morocco 32 of 39, Uganda 17
of 17, Bangladesh 25 of 41). Only names go into the file.
"""

from __future__ import annotations

import argparse
import csv
import json
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/warmonitor/data/gazetteer/admin1_parents.csv"
COUNTRIES = ("BF", "BD", "FR", "GB", "IT", "MA", "UG")


def _ascii(name: str) -> str:
    """As ACLED writes region names: accents and curly apostrophes dropped."""
    plain = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("iso3166_2", type=Path, help="pycountry's databases/iso3166-2.json")
    ap.add_argument("--version", default="pycountry 26.2.16", help="the source and version cited per row")
    args = ap.parse_args()
    units = json.loads(args.iso3166_2.read_text(encoding="utf-8"))["3166-2"]
    by_code = {u["code"]: u for u in units}
    rows = []
    for unit in units:
        country = unit["code"][:2]
        if country not in COUNTRIES or "parent" not in unit:
            continue
        parent = unit["parent"] if "-" in unit["parent"] else f"{country}-{unit['parent']}"
        # A parent that has a parent of its own (a French department's region is
        # the top level): climb to the first level.
        while "parent" in by_code[parent]:
            up = by_code[parent]["parent"]
            parent = up if "-" in up else f"{country}-{up}"
        region = _ascii(by_code[parent]["name"])
        rows.append((country, unit["name"], region, f"ISO 3166-2:{country} ({args.version})"))
    rows.sort()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("country", "name", "region", "source"))
        writer.writerows(rows)
    print(f"{len(rows)} rows into {OUT}")


if __name__ == "__main__":
    main()
