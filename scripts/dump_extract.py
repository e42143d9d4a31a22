"""Dump extraction's whole output for a fixed set of texts, one report a line,
to diff before and after a change that must not change results.

    python scripts/dump_extract.py --out /tmp/before.jsonl   # old code
    python scripts/dump_extract.py --out /tmp/after.jsonl    # new code
    diff /tmp/before.jsonl /tmp/after.jsonl

Where scripts/compare_extract.py writes hashes, this writes the claims,
events, places and actors themselves (each Extraction as `warmonitor extract
--format json` prints it, without the report's text), so a difference can be
read and explained. The texts: the demo corpus (each report with its title,
outlet and date), the founding report (tests/cases/founding-report.json) and
compare_extract.py's sample of real development texts (FA-KES 1-150,
WikiEvents dev, RAMS dev 1-60, 40 ACLED January-April notes reports).
Written to a path outside the repository: the output holds spans of the
texts' wording.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from compare_extract import sample

from warmonitor.extract.pipeline import ReportText, extract_many

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "src" / "warmonitor" / "data" / "demo" / "reports.jsonl"
FOUNDING = REPO / "tests" / "cases" / "founding-report.json"


def _demo() -> Iterator[tuple[str, ReportText]]:
    for n, line in enumerate(DEMO.read_text(encoding="utf-8").splitlines()):
        row = json.loads(line)
        published = datetime.fromisoformat(row["published"]).date()
        report = ReportText(row["text"], published, title=row.get("title"), outlet=row.get("source"))
        yield f"demo:{n}", report


def _founding() -> Iterator[tuple[str, ReportText]]:
    case = json.loads(FOUNDING.read_text(encoding="utf-8"))
    text = (FOUNDING.parent / case["report"]).read_text(encoding="utf-8")
    yield "founding", ReportText(text, date.fromisoformat(case["published"]), outlet=case.get("source"))


def texts(shared: Path) -> Iterator[tuple[str, ReportText]]:
    yield from _demo()
    yield from _founding()
    yield from sample(shared)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    keys, reports = zip(*texts(args.shared), strict=True)
    with args.out.open("w", encoding="utf-8") as f:
        for key, extraction in zip(keys, extract_many(reports), strict=True):
            whole = json.loads(extraction.model_dump_json())
            whole["report"].pop("text", None)
            f.write(json.dumps({"id": key, **whole}, sort_keys=True) + "\n")
    print(f"{len(keys)} reports -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
