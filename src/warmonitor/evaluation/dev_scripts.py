"""Pieces the development scripts in scripts/ share: the ACLED dev rows
coded, and the ISAF dev releases extracted, with their command lines and
the way a miss list is written. Only dev halves are read (ACLED January-April
2022, ISAF releases `isaf_half` puts in the dev half); the held-out parts
never reach a script's output.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from warmonitor.evaluation.claims import ISAF_DEFAULT, IsafRelease, read_isaf
from warmonitor.evaluation.evaluate import dev_rows
from warmonitor.extract.acled_coding import CodedEvent, code_notes
from warmonitor.extract.claims import Extraction
from warmonitor.extract.pipeline import ReportText, extract_many

LAST_DEV_DAY = "2022-04-30"


def acled_parser(description: str) -> argparse.ArgumentParser:
    """A command line with the ACLED file and the dev days to read
    (`--since`, `--until`; May-June 2022 is refused by `coded_dev_rows`)."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--since", default="2022-01-01")
    parser.add_argument("--until", default=LAST_DEV_DAY)
    return parser


def coded_dev_rows(args: argparse.Namespace) -> tuple[list[dict[str, str]], list[CodedEvent]]:
    """The ACLED dev rows `acled_parser`'s arguments name, and each row's
    note as `warmonitor code` codes it. Raises ValueError for days in the
    held-out months."""
    rows = dev_rows(args.gold, args.since, args.until)
    coded = list(code_notes((r["event_id_cnty"], r["notes"], r.get("country")) for r in rows))
    return rows, coded


def isaf_parser() -> argparse.ArgumentParser:
    """A command line with the ISAF file (`--isaf`) and where to write the
    misses (`--out`; none: only the totals are printed)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--isaf", type=Path, default=ISAF_DEFAULT)
    parser.add_argument("--out", type=Path, default=None)
    return parser


def extracted_dev_releases(path: Path, *, dated: bool = False) -> list[tuple[IsafRelease, Extraction]]:
    """The dev-half ISAF releases (with `dated`, only those whose publication
    day is known), each with its extraction (outlet "ISAF")."""
    releases = [r for r in read_isaf(path) if r.half == "dev" and (r.dated or not dated)]
    extractions = extract_many(ReportText(r.text, r.published, outlet="ISAF") for r in releases)
    return list(zip(releases, extractions, strict=True))


def write_misses(lines: list[str], out: Path | None, totals: dict[str, int]) -> None:
    """Write a miss list to `out` (when given) and print the totals as one
    JSON line."""
    if out:
        out.write_text("\n".join(lines), encoding="utf-8")
    print(json.dumps(totals))
