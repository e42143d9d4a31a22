"""List the dev-half ISAF releases whose date (the first dated casualty or
event claim, as `warmonitor eval claims` scores it) is not the gold start date.

Reads only releases `isaf_half` puts in the dev half; never prints held-out
text. Usage:
    PYTHONPATH=src python scripts/isaf_date_misses.py [--out FILE]
Each miss: release number, publication day, gold and extracted day, and the
release's opening lines.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date
from pathlib import Path

from warmonitor.evaluation.claims import ISAF_DEFAULT, read_isaf, release_figures
from warmonitor.extract.pipeline import ReportText, extract_many


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--isaf", type=Path, default=ISAF_DEFAULT)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--chars", type=int, default=600, help="characters of each release to print")
    args = parser.parse_args()
    releases = [r for r in read_isaf(args.isaf) if r.half == "dev" and r.dated]
    extractions = extract_many(ReportText(r.text, r.published, outlet="ISAF") for r in releases)
    lines: list[str] = []
    offsets: Counter[str] = Counter()
    for release, extraction in zip(releases, extractions, strict=True):
        got = release_figures(release.text, extraction)["date"]
        truth = date.fromisoformat(release.gold["start_date"])
        if got == truth:
            continue
        # How far the gold lies from publication: -1 is "yesterday"'s kind.
        offsets[str((truth - release.published).days)] += 1
        lines.append(f"=== release {release.line} published {release.published}: gold {truth} got {got}")
        lines.append(" ".join(release.text[: args.chars].split()))
    lines.append(f"{sum(offsets.values())} dev misses of {len(releases)}; gold minus publication: {offsets}")
    out = "\n".join(lines)
    if args.out:
        args.out.write_text(out, encoding="utf-8")
    print(json.dumps({"misses": sum(offsets.values()), "dated": len(releases)}))


if __name__ == "__main__":
    main()
