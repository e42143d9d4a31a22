"""Does a speed change keep extraction's output? Extract a fixed sample of
real development texts and write one digest line per report; run it on the
code before and after a change, then compare the two files.

    python scripts/compare_extract.py --out /tmp/before.jsonl      # old code
    python scripts/compare_extract.py --out /tmp/after.jsonl       # new code
    python scripts/compare_extract.py --compare /tmp/before.jsonl /tmp/after.jsonl

The sample (each text as `warmonitor extract --format json` reads it, one
Extraction per report): FA-KES articles 1-150 less the gold's held-out half
(gold/fakes/split.csv; since the thirteenth session) with their date (M/D/YYYY in the
file; until the tenth session every one was read as 2016-06-05) and outlet,
every WikiEvents dev document, RAMS dev documents 1-60, and ACLED January-April
2022 notes joined in file order into reports of ~300 words (40 of them; the
May-June rows are held out and never read). ISAF's press releases are a test
split here and are left out. Only ids and hashes are written, never text.
The comparison counts reports whose claims differ, and reports whose whole
Extraction (places and actors too) differs.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from warmonitor.extract.pipeline import ReportText, extract_many

DAY = date(2016, 6, 5)  # for texts without a date of their own
ACLED_MONTHS = ("2022-01", "2022-02", "2022-03", "2022-04")


def _fakes_day(value: str) -> date:
    """FA-KES writes its dates M/D/YYYY ("8/19/2016"); DAY where one is missing."""
    try:
        month, day, year = (int(x) for x in value.split("/"))
        return date(year, month, day)
    except ValueError:
        return DAY


def _held_out() -> set[str]:
    """The FA-KES unit ids of the gold's held-out half (gold/fakes/split.csv),
    which nobody who writes rules may read: they are left out of the sample so
    that a dump of what changed can never show one."""
    split = Path(__file__).resolve().parents[1] / "gold" / "fakes" / "split.csv"
    with split.open(encoding="utf-8", newline="") as f:
        return {row["unit_id"] for row in csv.DictReader(f) if row["half"] == "heldout"}


def _fakes(real_dev: Path, count: int) -> Iterator[tuple[str, ReportText]]:
    csv.field_size_limit(1 << 30)
    held_out = _held_out()
    with (real_dev / "fakes_syria_2011_2018.csv").open(encoding="utf-8", errors="replace", newline="") as f:
        for n, row in enumerate(csv.DictReader(f)):
            if n == count:
                return
            if row["unit_id"] in held_out:
                continue
            published = _fakes_day(row["date"])
            text = row["article_content"]
            if text.strip():
                yield f"fakes:{row['unit_id']}", ReportText(text, published, outlet=row["source"] or None)


def _jsonl(path: Path, corpus: str, count: int) -> Iterator[tuple[str, ReportText]]:
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n == count:
                return
            doc = json.loads(line)
            if corpus == "rams":
                key, text = doc["doc_key"], " ".join(" ".join(s) for s in doc["sentences"])
            else:
                key, text = doc.get("doc_id"), doc.get("text") or " ".join(doc.get("tokens", []))
            yield f"{corpus}:{key}", ReportText(text, DAY)


def _acled(path: Path, count: int, words: int = 300) -> Iterator[tuple[str, ReportText]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["event_date"][:7] in ACLED_MONTHS and r["notes"].strip()]
    chosen: list[str] = []
    made = 0
    for row in rows:
        chosen.append(row["notes"].strip())
        if sum(len(n.split()) for n in chosen) >= words:
            yield f"acled:{row['event_id_cnty']}", ReportText(" ".join(chosen), date(2022, 5, 1))
            chosen, made = [], made + 1
            if made == count:
                return


def sample(shared: Path) -> Iterator[tuple[str, ReportText]]:
    real_dev = shared / "data" / "real-dev"
    yield from _fakes(real_dev, 150)
    yield from _jsonl(real_dev / "wikievents_dev.jsonl", "wikievents", 1000)
    yield from _jsonl(real_dev / "rams_dev.jsonlines", "rams", 60)
    yield from _acled(shared / "data" / "acled-dev" / "acled_2022h1_sample.csv", 40)


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()[:16]


def write(shared: Path, out: Path) -> int:
    keys, reports = zip(*sample(shared), strict=True)
    with out.open("w", encoding="utf-8") as f:
        for key, extraction in zip(keys, extract_many(reports), strict=True):
            whole = json.loads(extraction.model_dump_json())
            line = {"id": key, "claims": len(whole["claims"]), "claims_hash": _digest(whole["claims"]),
                    "whole_hash": _digest(whole)}  # fmt: skip
            f.write(json.dumps(line) + "\n")
    return len(keys)


def compare(before: Path, after: Path) -> dict[str, int]:
    old = {r["id"]: r for r in map(json.loads, before.read_text(encoding="utf-8").splitlines())}
    new = {r["id"]: r for r in map(json.loads, after.read_text(encoding="utf-8").splitlines())}
    both = old.keys() & new.keys()
    return {
        "reports": len(both),
        "only_in_one": len(old.keys() ^ new.keys()),
        "claims": sum(old[k]["claims"] for k in both),
        "reports_with_other_claims": sum(old[k]["claims_hash"] != new[k]["claims_hash"] for k in both),
        "reports_with_other_output": sum(old[k]["whole_hash"] != new[k]["whole_hash"] for k in both),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        counts = compare(*args.compare)
        print(json.dumps(counts))
        return 1 if counts["reports_with_other_output"] or counts["only_in_one"] else 0
    if args.out is None:
        parser.error("--out or --compare")
    print(f"{write(args.shared, args.out)} reports -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
