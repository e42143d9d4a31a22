"""Extract every real text in ../shared/data/real-dev/ that has no held-out
role here and report any that raises: the fuzzer mutates our own sentences,
this reads the world's (FA-KES articles, WikiEvents dev documents, RAMS dev
documents, South Asia Terrorism Portal summaries, the Israeli army's Telegram
posts). Prints one line per crash (corpus, id, exception, the frame it
came from) and a total; exit 1 when anything crashed.

    .venv/bin/python scripts/scan_real_dev.py [--shared ../shared]

Nothing of the texts is written anywhere; only ids are printed.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import traceback
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from warmonitor.extract.pipeline import extract

# A fixed day: what is read as relative dates does not matter for crashes.
DAY = date(2016, 6, 5)


def texts(real_dev: Path) -> Iterator[tuple[str, str, str]]:
    """(corpus, id, text) for every document of the development files."""
    csv.field_size_limit(1 << 30)
    with (real_dev / "fakes_syria_2011_2018.csv").open(encoding="utf-8", errors="replace", newline="") as f:
        for row in csv.DictReader(f):
            yield "fakes", row["unit_id"], row["article_content"]
    with (real_dev / "wikievents_dev.jsonl").open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            yield "wikievents", str(doc.get("doc_id")), doc.get("text") or " ".join(doc.get("tokens", []))
    with (real_dev / "rams_dev.jsonlines").open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            yield "rams", str(doc.get("doc_key")), " ".join(" ".join(s) for s in doc["sentences"])
    with (real_dev / "satp_relevant_train.tsv").open(encoding="utf-8", errors="replace", newline="") as f:
        for number, row in enumerate(csv.reader(f, delimiter="\t")):
            if row:
                yield "satp", str(number), row[0]
    with (real_dev / "idf_telegram_gaza_2023_2024.csv").open(
        encoding="utf-8", errors="replace", newline=""
    ) as f:
        for row in csv.DictReader(f):
            if (row.get("Text") or "").strip():  # a few posts are a lone no-break space
                yield "idf", row.get("", ""), row["Text"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    real_dev = args.shared / "data" / "real-dev"
    if not real_dev.is_dir():
        print(f"no {real_dev}: pass --shared", file=sys.stderr)
        return 2
    count = crashes = 0
    for corpus, key, text in texts(real_dev):
        count += 1
        try:
            extract(text, DAY, outlet="AFP")
        except Exception as exc:  # every kind counts: this is what the scan is for
            crashes += 1
            where = traceback.extract_tb(exc.__traceback__)[-1]
            line = f"{corpus} {key}: {type(exc).__name__}: {exc} ({where.filename}:{where.lineno})"
            print(line, flush=True)
    print(f"{count} texts, {crashes} crashes")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
