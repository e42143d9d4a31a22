"""List the dev-half ISAF releases whose date (the first dated casualty or
event claim, as `warmonitor eval claims` scores it) is not the gold start date.

Reads only releases `isaf_half` puts in the dev half; never prints held-out
text. Usage:
    PYTHONPATH=src python scripts/isaf_date_misses.py [--out FILE]
Each miss: release number, publication day, gold and extracted day, and the
release's opening lines.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from warmonitor.evaluation.claims import release_figures
from warmonitor.evaluation.dev_scripts import extracted_dev_releases, isaf_parser, write_misses


def main() -> None:
    parser = isaf_parser()
    parser.add_argument("--chars", type=int, default=600, help="characters of each release to print")
    args = parser.parse_args()
    releases = extracted_dev_releases(args.isaf, dated=True)
    lines: list[str] = []
    offsets: Counter[str] = Counter()
    for release, extraction in releases:
        got = release_figures(release.text, extraction)["date"]
        truth = date.fromisoformat(release.gold["start_date"])
        if got == truth:
            continue
        # How far the gold lies from publication: -1 is "yesterday"'s kind.
        offsets[str((truth - release.published).days)] += 1
        lines.append(f"=== release {release.line} published {release.published}: gold {truth} got {got}")
        lines.append(" ".join(release.text[: args.chars].split()))
    lines.append(f"{sum(offsets.values())} dev misses of {len(releases)}; gold minus publication: {offsets}")
    write_misses(lines, args.out, {"misses": sum(offsets.values()), "dated": len(releases)})


if __name__ == "__main__":
    main()
