"""Where `warmonitor eval acled` misses the location (over 25 km from ACLED's
point) on the development months, split by country and by kind of miss.

    python scripts/acled_location_misses.py ../shared/data/acled-dev/acled_2022h1_sample.csv
    python scripts/acled_location_misses.py FILE --examples 5   # a few event ids per kind

Kinds: no place coded; the gold place not in the gazetteer by its name
(within 25 km, as `eval acled`'s "best this gazetteer allows" counts it);
then, for places the gazetteer holds, the coded point's distance to the
gold point: under 100 km (the right area, another town or a region's
seat), 100-1,000 km (another town of the country), over 1,000 km (another
country, most often a namesake abroad); and whether the coded admin1 agrees.
Only January-April 2022 rows are read: May-June is held out, and the
script refuses a later --until. Prints counts and event ids, never notes.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict

from warmonitor.evaluation.dev_scripts import acled_parser, coded_dev_rows
from warmonitor.evaluation.evaluate import in_gazetteer, near_gold
from warmonitor.extract.acled_coding import CodedEvent
from warmonitor.extract.gazetteer import distance_km, fold


def kind_of_miss(gold: dict[str, str], coded: CodedEvent) -> str:
    """The kind of a location miss (see the module's docstring)."""
    if coded.latitude is None or coded.longitude is None:
        return "no place coded"
    if not in_gazetteer(gold):
        return "gold place not in gazetteer"
    km = distance_km((coded.latitude, coded.longitude), (float(gold["latitude"]), float(gold["longitude"])))
    same_region = bool(coded.admin1) and fold(coded.admin1 or "") == fold(gold.get("admin1", ""))
    band = "under 100 km" if km < 100 else "100-1000 km" if km <= 1000 else "over 1000 km"
    return f"{band}, admin1 {'agrees' if same_region else 'differs'}"


def main() -> int:
    parser = acled_parser(__doc__)
    parser.add_argument("--examples", type=int, default=0, help="event ids shown per kind")
    parser.add_argument("--top", type=int, default=15, help="countries shown")
    args = parser.parse_args()
    try:
        rows, coded = coded_dev_rows(args)
    except ValueError as err:
        print(err, file=sys.stderr)
        return 2
    misses = [(r, c) for r, c in zip(rows, coded, strict=True) if not near_gold(r, c)]
    kinds = Counter(kind_of_miss(r, c) for r, c in misses)
    by_country = Counter(r.get("country", "") for r, _c in misses)
    rows_by_country = Counter(r.get("country", "") for r in rows)
    print(f"{len(rows)} rows, {len(misses)} location misses ({len(misses) / len(rows):.3f})\n")
    print("| kind | misses | share of rows |\n| --- | ---: | ---: |")
    for kind, n in kinds.most_common():
        print(f"| {kind} | {n} | {n / len(rows):.3f} |")
    print("\n| country | misses | rows | miss rate | commonest kind |\n| --- | ---: | ---: | ---: | --- |")
    kinds_in: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for r, c in misses:
        kind = kind_of_miss(r, c)
        kinds_in[r.get("country", "")][kind] += 1
        examples[kind].append(r["event_id_cnty"])
    for country, n in by_country.most_common(args.top):
        kind, k = kinds_in[country].most_common(1)[0]
        total = rows_by_country[country]
        print(f"| {country} | {n} | {total} | {n / total:.2f} | {kind} ({k}) |")
    if args.examples:
        print()
        for kind, _n in kinds.most_common():
            print(f"{kind}: {' '.join(examples[kind][: args.examples])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
