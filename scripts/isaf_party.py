"""The parties ISAF dev releases' killed and captured claims come out with.

The ISAF gold codes no party, but a release whose gold names no civilian
casualty tells of insurgents killed or held (its `target_group`: Taliban,
Haqqani, ...), which the FA-KES gold convention codes `rebels`
(gold/fakes/README.md). This prints, over the dev half's releases without
`civiliancasualty`, how many of those claims (not a breakdown, not
background) are rebels, unknown or another party: a check of
`warmonitor eval claims --only isaf`, which scores counts, not parties.
Held-out releases are never read.

    PYTHONPATH=src python scripts/isaf_party.py [--isaf PATH] [--show N]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from warmonitor.evaluation.claims import read_isaf
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import ReportText, extract_many

DEFAULT = Path("../shared/data/real-dev/isaf_press_releases_labelled_test.jsonl")


def _coarse(party: str) -> str:
    """The party before any subset; a named state force reads as government."""
    base = party.split(":", 1)[0]
    return "government" if base.startswith(("Military Forces of ", "Police Forces of ")) else base


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--isaf", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=0, help="print this many claims not coded rebels")
    args = parser.parse_args()
    releases = [
        r
        for r in read_isaf(args.isaf)
        if r.half == "dev" and "civiliancasualty" not in (r.gold.get("event_type") or [])
    ]
    reports = [ReportText(r.text, r.published, outlet="ISAF") for r in releases]
    parties: Counter[str] = Counter()
    shown = 0
    for release, extraction in zip(releases, extract_many(reports), strict=True):
        for claim in extraction.claims:
            if (
                not isinstance(claim, CasualtyClaim)
                or claim.outcome not in ("killed", "captured")
                or claim.part_of is not None
                or claim.scope == "historical"
            ):
                continue
            party = _coarse(claim.party)
            parties[party] += 1
            if party != "rebels" and shown < args.show:
                shown += 1
                start, end = claim.span
                words = release.text[max(0, start - 80) : end + 40]
                print(f"  line {release.line} {claim.outcome} {party}: ...{words!r}")
    total = sum(parties.values())
    print(f"{len(releases)} dev releases without a civilian casualty, {total} killed/captured claims")
    for party, n in parties.most_common():
        print(f"  {party}: {n} ({n / total:.3f})")


if __name__ == "__main__":
    main()
