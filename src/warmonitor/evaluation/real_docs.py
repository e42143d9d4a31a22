"""Documents of ../shared/data/real-dev/ by source file and id, read at run
time (their text is never stored in the repository): the text as the
evaluations give it to the pipeline, and a publication day to read it on.

- `fakes_syria_2011_2018.csv`: `doc` is the unit_id; the article's date.
- `wikievents_dev.jsonl`: `doc` is the doc_id; tokens joined by spaces.
- `rams_dev.jsonlines`: `doc` is the doc_key; the window's tokens joined.
- `satp_relevant_train.tsv`: `doc` is the 1-based line; its first column.
- `idf_telegram_gaza_2023_2024.csv`: `doc` is the row's first column.
Undated sources are read on a day after their period (WikiEvents and RAMS
2018-12-31, SATP 2017-12-31), so nothing in them is taken for the future.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from functools import cache
from pathlib import Path

from warmonitor.errors import BadInput

UNDATED = {
    "wikievents_dev.jsonl": date(2018, 12, 31),
    "rams_dev.jsonlines": date(2018, 12, 31),
    "satp_relevant_train.tsv": date(2017, 12, 31),
}


def _day(value: str, fallback: date) -> date:
    """ "M/D/YYYY" (FA-KES) or "DD/MM/YYYY" (IDF), else the fallback."""
    parts = value.strip().split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return fallback
    a, b, year = (int(p) for p in parts)
    for month, day in ((a, b), (b, a)):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return fallback


@cache
def _documents(path: Path) -> dict[str, tuple[str, date]]:
    name = path.name
    csv.field_size_limit(1 << 30)
    found: dict[str, tuple[str, date]] = {}
    if name.startswith("fakes"):
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            for article in csv.DictReader(handle):
                found[article["unit_id"]] = (
                    article["article_content"],
                    _day(article["date"], date(2018, 12, 31)),
                )
    elif name.startswith("idf"):
        with path.open(encoding="utf-8", newline="") as handle:
            for cells in list(csv.reader(handle))[1:]:
                found[cells[0]] = (cells[2], _day(cells[1], date(2024, 4, 30)))
    elif name.startswith("wikievents"):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            found[item["doc_id"]] = (" ".join(item["tokens"]), UNDATED[name])
    elif name.startswith("rams"):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            words = [w for sentence in item["sentences"] for w in sentence]
            found[item["doc_key"]] = (" ".join(words), UNDATED[name])
    elif name.startswith("satp"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            found[str(number)] = (line.split("\t")[0], UNDATED[name])
    else:
        raise BadInput(f"{name}: not a real-dev file this evaluation reads")
    return found


def real_document(real_dev: Path, source: str, doc: str) -> tuple[str, date]:
    """The text of document `doc` of `source` and the day to read it on."""
    path = real_dev / source
    if not path.is_file():
        raise BadInput(f"{path}: not found (is ../shared/data/real-dev there?)")
    documents = _documents(path)
    if doc not in documents:
        raise BadInput(f"{source}: no document {doc!r}")
    return documents[doc]
