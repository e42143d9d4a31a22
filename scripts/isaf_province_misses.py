"""List the dev-half ISAF releases whose province set (the Afghan admin1 of
every place named outside the dateline, as `warmonitor eval claims` scores
it) is not the gold's, and the places each casualty claim is given.

Reads only releases `isaf_half` puts in the dev half; never prints held-out
text. Usage:
    PYTHONPATH=src python scripts/isaf_province_misses.py [--out FILE] [--claims]
Each miss: release number, gold and extracted provinces, the release's
opening lines; with --claims, every release's casualty claims whose place is
a dateline's city while the release names a province elsewhere.
"""

from __future__ import annotations

from warmonitor.evaluation.claims import _gold_provinces, release_figures
from warmonitor.evaluation.dev_scripts import extracted_dev_releases, isaf_parser, write_misses
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.gazetteer import fold


def main() -> None:
    parser = isaf_parser()
    parser.add_argument("--chars", type=int, default=600, help="characters of each release to print")
    parser.add_argument("--claims", action="store_true", help="list claims placed outside the gold provinces")
    args = parser.parse_args()
    releases = extracted_dev_releases(args.isaf)
    lines: list[str] = []
    misses = astray = 0
    for release, extraction in releases:
        got = release_figures(release.text, extraction)["provinces"]
        truth = _gold_provinces(release.gold)
        off = [
            c
            for c in extraction.claims
            if isinstance(c, CasualtyClaim)
            and c.place is not None
            and truth
            and c.place.admin1 is not None
            and fold(c.place.admin1) not in truth
        ]
        astray += len(off)
        if got == truth and not (args.claims and off):
            continue
        misses += got != truth
        lines.append(f"=== release {release.line}: gold {sorted(truth)} got {sorted(got)}")
        for claim in off if args.claims else []:
            lines.append(f"  claim {claim.outcome} {claim.best} at {claim.place.name} ({claim.place.admin1})")
        lines.append(" ".join(release.text[: args.chars].split()))
    lines.append(f"{misses} dev misses of {len(releases)}; {astray} casualty claims outside gold provinces")
    write_misses(lines, args.out, {"misses": misses, "releases": len(releases), "claims_astray": astray})


if __name__ == "__main__":
    main()
