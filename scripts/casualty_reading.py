"""Write every casualty claim the extractor makes on a seeded sample of
development texts, each beside its sentence, for an analyst's reading
(issue 11: false tolls, wrong scope, outcome or party).

    python scripts/casualty_reading.py --seed 1771 --out /tmp/reading.txt

The sample: FA-KES articles in neither half of gold/fakes/split.csv nor in
the fresh gold files nor in compare_extract.py's first 150 rows, South Asia
Terrorism Portal summaries, WikiEvents dev, RAMS dev after compare_extract's
first 60, and the Israeli army's Telegram posts. The out file holds the
texts' wording: write it outside the repository.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from compare_extract import DAY, _fakes_day

from warmonitor.extract.pipeline import ReportText, extract_many

REPO = Path(__file__).resolve().parent.parent
# How many texts of each corpus the sample takes.
COUNTS = {"fakes": 50, "satp": 55, "idf": 25, "wikievents": 5, "rams": 30}


def _gold_ids() -> set[str]:
    """FA-KES ids that any gold file names: none of them is read here."""
    gold = REPO / "gold" / "fakes"
    with (gold / "split.csv").open(encoding="utf-8", newline="") as f:
        ids = {row["unit_id"] for row in csv.DictReader(f)}
    for name in ("claims_fresh.jsonl", "control_fresh.jsonl"):
        for line in (gold / name).read_text(encoding="utf-8").splitlines():
            ids.add(str(json.loads(line)["unit_id"]))
    return ids


def _pool(real_dev: Path) -> dict[str, list[tuple[str, ReportText]]]:
    csv.field_size_limit(1 << 30)
    pool: dict[str, list[tuple[str, ReportText]]] = {k: [] for k in COUNTS}
    gold = _gold_ids()
    with (real_dev / "fakes_syria_2011_2018.csv").open(encoding="utf-8", errors="replace", newline="") as f:
        for n, row in enumerate(csv.DictReader(f)):
            if n >= 150 and row["unit_id"] not in gold and row["article_content"].strip():
                report = ReportText(
                    row["article_content"], _fakes_day(row["date"]), outlet=row["source"] or None
                )
                pool["fakes"].append((f"fakes:{row['unit_id']}", report))
    with (real_dev / "satp_relevant_train.tsv").open(encoding="utf-8", errors="replace", newline="") as f:
        for n, cells in enumerate(csv.reader(f, delimiter="\t")):
            if cells and cells[0].strip():
                pool["satp"].append((f"satp:{n}", ReportText(cells[0], DAY)))
    with (real_dev / "idf_telegram_gaza_2023_2024.csv").open(
        encoding="utf-8", errors="replace", newline=""
    ) as f:
        for n, row in enumerate(csv.DictReader(f)):
            if (row.get("Text") or "").strip():
                pool["idf"].append((f"idf:{n}", ReportText(row["Text"], DAY)))
    for name, corpus in (("wikievents_dev.jsonl", "wikievents"), ("rams_dev.jsonlines", "rams")):
        with (real_dev / name).open(encoding="utf-8") as f:
            for n, line in enumerate(f):
                doc = json.loads(line)
                if corpus == "rams" and n >= 60:
                    text = " ".join(" ".join(s) for s in doc["sentences"])
                    pool[corpus].append((f"rams:{doc['doc_key']}", ReportText(text, DAY)))
                elif corpus == "wikievents":
                    text = doc.get("text") or " ".join(doc.get("tokens", []))
                    pool[corpus].append((f"wikievents:{doc.get('doc_id')}", ReportText(text, DAY)))
    return pool


def sample(real_dev: Path, seed: int) -> Iterator[tuple[str, ReportText]]:
    chance = random.Random(seed)
    for corpus, rows in _pool(real_dev).items():
        yield from chance.sample(rows, min(COUNTS[corpus], len(rows)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--seed", type=int, default=1771)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    keys, reports = zip(*sample(args.shared / "data" / "real-dev", args.seed), strict=True)
    claims = 0
    with args.out.open("w", encoding="utf-8") as f:
        for key, extraction in zip(keys, extract_many(reports), strict=True):
            for claim in extraction.claims:
                if claim.kind != "casualty":
                    continue
                claims += 1
                c = claim.model_dump(mode="json")
                f.write(f"#{claims} {key} | {c['outcome']} {c['party']} {c['low']}-{c['best']}-{c['high']}"
                        f" {c['qualifier'] or ''} scope={c['scope']} claimant={c['claimant']}\n"
                        f"    {c['text']}\n")  # fmt: skip
    print(f"{len(keys)} texts, {claims} casualty claims -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
