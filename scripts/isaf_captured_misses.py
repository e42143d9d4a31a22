"""List the dev-half ISAF releases whose captured (or killed) count is wrong.

Reads only releases `isaf_half` puts in the dev half; never prints held-out
text. Usage:
    PYTHONPATH=src python scripts/isaf_captured_misses.py [--outcome captured] [--out FILE]
Each miss: release number, gold and extracted counts, the captured claims with
the sentence around each, and the release text.
"""

from __future__ import annotations

from warmonitor.evaluation.claims import release_figures
from warmonitor.evaluation.dev_scripts import extracted_dev_releases, isaf_parser, write_misses
from warmonitor.extract.claims import CasualtyClaim


def main() -> None:
    parser = isaf_parser()
    parser.add_argument("--outcome", default="captured", choices=("captured", "killed"))
    parser.add_argument("--text", action="store_true", help="print each release's text")
    args = parser.parse_args()
    releases = extracted_dev_releases(args.isaf)
    key = "min_killed" if args.outcome == "killed" else "min_captured"
    lines: list[str] = []
    misses = 0
    for release, extraction in releases:
        got = release_figures(release.text, extraction)[args.outcome]
        truth = int(release.gold[key])
        if got == truth:
            continue
        misses += 1
        lines.append(f"=== release {release.line}: gold {truth} got {got}")
        for claim in extraction.claims:
            if isinstance(claim, CasualtyClaim) and claim.outcome == args.outcome:
                s, e = claim.span
                lines.append(
                    f"  best={claim.best} part_of={claim.part_of} scope={claim.scope} "
                    f"[{release.text[max(0, s - 80) : e + 60]!r}]"
                )
        if args.text:
            lines.append(release.text)
    lines.append(f"{misses} dev misses of {len(releases)}")
    write_misses(lines, args.out, {"misses": misses, "dev": len(releases)})


if __name__ == "__main__":
    main()
