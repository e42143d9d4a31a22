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

import argparse
import json
from pathlib import Path

from warmonitor.evaluation.claims import ISAF_DEFAULT, _gold_provinces, read_isaf, release_figures
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.gazetteer import fold
from warmonitor.extract.pipeline import ReportText, extract_many


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--isaf", type=Path, default=ISAF_DEFAULT)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--chars", type=int, default=600, help="characters of each release to print")
    parser.add_argument("--claims", action="store_true", help="list claims placed outside the gold provinces")
    args = parser.parse_args()
    releases = [r for r in read_isaf(args.isaf) if r.half == "dev"]
    extractions = extract_many(ReportText(r.text, r.published, outlet="ISAF") for r in releases)
    lines: list[str] = []
    misses = astray = 0
    for release, extraction in zip(releases, extractions, strict=True):
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
    out = "\n".join(lines)
    if args.out:
        args.out.write_text(out, encoding="utf-8")
    print(json.dumps({"misses": misses, "releases": len(releases), "claims_astray": astray}))


if __name__ == "__main__":
    main()
