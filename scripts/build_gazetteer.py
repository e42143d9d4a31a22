"""Build src/warmonitor/data/gazetteer/syria_ocha.csv from OCHA's Syria admin points.

Usage: python scripts/build_gazetteer.py [../shared/data/boundaries/syria]

The admin points file gives one point per governorate (admin1), district
(admin2) and sub-district (admin3) with English and Arabic names and P-codes;
that is all geocoding needs (the polygons are for drawing maps, later).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src/warmonitor/data/gazetteer/syria_ocha.csv"
LEVEL_FEATURE = {"1": "admin1", "2": "admin2", "3": "admin3"}


def main(folder: Path) -> None:
    rows = []
    with (folder / "syr_adminpoints_ocha20201217.attributes.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            level = row["admin_leve"]
            if level not in LEVEL_FEATURE:
                continue
            pcode = row[f"adm{level}_pcode"]
            rows.append(
                {
                    "name": row["name"].strip(),
                    "name_ar": row["name1"].strip(),
                    "feature": LEVEL_FEATURE[level],
                    "pcode": pcode,
                    "admin1": row["adm1_name"].strip(),
                    "admin1_pcode": row["adm1_pcode"],
                    "admin2": row["adm2_name"].strip(),
                    "lat": f"{float(row['y_coord']):.5f}",
                    "lon": f"{float(row['x_coord']):.5f}",
                }
            )
    rows.sort(key=lambda r: r["pcode"])
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared/data/boundaries/syria")
