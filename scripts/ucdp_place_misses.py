"""Where `warmonitor eval ucdp-places` misses GED's place (over 25 km from
its point) on the development half, by kind and by country.

    python scripts/ucdp_place_misses.py
    python scripts/ucdp_place_misses.py --show      # each dev miss the gazetteer could place

Only the development half is read (SHA-1 of the GED id even; see
evaluation/ucdp_places.py): the held-out half is never coded here. Kinds as
in scripts/acled_location_misses.py: no place coded; GED's place not in the
gazetteer by its name within 25 km; else the coded point's distance band and
whether the coded admin1 agrees. `--show` prints, for the misses that count
against the gap, the row's id, country, where_description, GED's place and
what was coded.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from warmonitor.evaluation.ucdp_places import (
    Placed,
    admin1_right,
    code_places,
    ged_rows,
    in_gazetteer,
    near,
    scored_here,
)
from warmonitor.extract.gazetteer import distance_km


def kind_of_miss(p: Placed) -> str:
    if p.coded.latitude is None or p.coded.longitude is None:
        return "no place coded" + ("" if in_gazetteer(p.row, p.iso) else ", not in gazetteer")
    if not in_gazetteer(p.row, p.iso):
        return "gold place not in gazetteer"
    point = (float(p.row["latitude"]), float(p.row["longitude"]))
    km = distance_km((p.coded.latitude, p.coded.longitude), point)
    band = "under 100 km" if km < 100 else "100-1000 km" if km <= 1000 else "over 1000 km"
    return f"{band}, admin1 {'agrees' if admin1_right(p.row, p.coded, p.iso) else 'differs'}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "gold", type=Path, nargs="?", default=Path("../shared/data/ucdp-dev/ged_v23_1_sample.csv")
    )
    parser.add_argument("--show", action="store_true", help="print the misses that count against the gap")
    parser.add_argument("--top", type=int, default=15, help="countries shown")
    args = parser.parse_args()
    placed = [p for p in code_places(ged_rows(args.gold, "dev")) if scored_here(p.row)]
    misses = [p for p in placed if not near(p.row, p.coded)]
    kinds = Counter(kind_of_miss(p) for p in misses)
    print(
        f"{len(placed)} dev rows of where_prec 1-2, {len(misses)} misses ({len(misses) / len(placed):.3f})\n"
    )
    print("| kind | misses |\n| --- | ---: |")
    for kind, n in kinds.most_common():
        print(f"| {kind} | {n} |")
    gap = [p for p in misses if in_gazetteer(p.row, p.iso)]
    by_country: dict[str, Counter[str]] = defaultdict(Counter)
    for p in gap:
        by_country[p.row.get("country", "")][kind_of_miss(p)] += 1
    print("\n| country | misses against the gap | commonest kind |\n| --- | ---: | --- |")
    for country, counts in sorted(by_country.items(), key=lambda kv: -sum(kv[1].values()))[: args.top]:
        kind, k = counts.most_common(1)[0]
        print(f"| {country} | {sum(counts.values())} | {kind} ({k}) |")
    if args.show:
        print()
        for p in gap:
            where = " ".join(p.row.get("where_description", "").split())
            coded = f"{p.coded.location} ({p.coded.admin1}, precision {p.coded.geo_precision})"
            print(
                f"{p.row['id']} | {p.row.get('country')} | {where} | GED: {p.row.get('where_coordinates')}, "
                f"{p.row.get('adm_1')} | coded: {coded} | {kind_of_miss(p)}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
