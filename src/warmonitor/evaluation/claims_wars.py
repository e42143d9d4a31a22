"""The other-wars blind claimant file (gold/wars/): casualty and control
gold on real reporting about wars other than Syria's, scored the FA-KES way.

The texts are SATP incident summaries (India, Pakistan) and RAMS news
windows, read at run time from ../shared/data/real-dev/ through
`real_docs.real_document` (never stored in the repository). The documents
were drawn and split once, before annotation (gold/wars/README.md):

- `split.csv`: unit_id ("<source file>#<doc>"), source_file, doc, half
  (dev or heldout), order.
- `claims.jsonl`: one object per document in the FA-KES gold format
  (gold/fakes/README.md), plus `source_file`, `doc`, `published` (the text's
  own day, or null: then the source file's nominal day is used) and
  `source` (the outlet: "SATP", or the RAMS window's outlet).

`--half wars` scores the dev half in full; the held-out half is printed only
as totals under `--half all`.

Errors: BadInput (one line) when a file is missing, a row is malformed, or
the gold and the split name different documents.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from warmonitor.errors import BadInput
from warmonitor.evaluation.claims import (
    HALVES,
    Article,
    ClaimsReport,
    Column,
    GoldArticle,
    Half,
    claimant_breakdowns,
    read_gold,
    score_fakes,
)
from warmonitor.evaluation.real_docs import real_document

WARS_GOLD = "claims.jsonl"
WARS_SPLIT = "split.csv"
WARS_LABEL = "other wars' blind claimant file (SATP, RAMS)"
WARS_COLUMNS: dict[Half, Column] = {"dev": "wars dev", "heldout": "wars heldout"}


@dataclass(frozen=True)
class WarsDoc:
    """One row of gold/wars/split.csv."""

    unit_id: str
    source_file: str
    doc: str
    half: Half


def read_wars_split(folder: Path) -> dict[str, WarsDoc]:
    """unit_id -> its document and half, as drawn once before annotation."""
    path = folder / WARS_SPLIT
    if not path.is_file():
        raise BadInput(f"{path}: no such file (the other wars' split)")
    docs: dict[str, WarsDoc] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            half, uid = row.get("half"), row.get("unit_id") or ""
            source, doc = row.get("source_file") or "", row.get("doc") or ""
            if half not in HALVES or uid != f"{source}#{doc}" or not doc:
                raise BadInput(f"{path}: a row without unit_id = source_file#doc and a half (dev, heldout)")
            docs[uid] = WarsDoc(uid, source, doc, half)
    return docs


def _row_facts(path: Path) -> dict[str, tuple[date | None, str]]:
    """unit_id -> (the text's own day or None, the outlet) from the gold rows;
    malformed rows are left to `read_gold`, which names them."""
    facts: dict[str, tuple[date | None, str]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            day = date.fromisoformat(row["published"]) if row.get("published") else None
            facts[str(row["unit_id"])] = (day, str(row.get("source") or ""))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BadInput(f"{path}:{number}: no unit_id, published and source ({exc})") from None
    return facts


def wars_gold(folder: Path, real_dev: Path, half: Half) -> tuple[list[GoldArticle], dict[str, Article]]:
    """One half of the file, checked line by line, with the articles its rows
    are scored on (text from real-dev, read on the text's own day)."""
    path = folder / WARS_GOLD
    if not path.is_file():
        raise BadInput(f"{path}: not there, so no {WARS_LABEL} figures")
    docs = read_wars_split(folder)
    facts = _row_facts(path)
    if set(facts) != set(docs):
        raise BadInput(f"{path}: its unit ids and {WARS_SPLIT}'s differ")
    articles: dict[str, Article] = {}
    for uid, doc in docs.items():
        text, nominal = real_document(real_dev, doc.source_file, doc.doc)
        day, outlet = facts[uid]
        articles[uid] = Article(uid, text, day or nominal, outlet)
    split = {uid: doc.half for uid, doc in docs.items()}
    rows = read_gold(path, half, split, articles, other_halves="skip")
    return rows, articles


def score_wars(report: ClaimsReport, folder: Path, real_dev: Path, half: Half) -> None:
    """Add the file's `half` to `report`: the dev half as a full table with
    its claimant breakdowns, the held-out half as totals and the miss-kind
    table only (no per-outlet rows)."""
    from warmonitor.extract.pipeline import ReportText, extract_many

    rows, articles = wars_gold(folder, real_dev, half)
    reading = [articles[g.unit_id] for g in rows]
    extractions = extract_many(ReportText(a.text, a.published, outlet=a.source or None) for a in reading)
    column = WARS_COLUMNS[half]
    title = f"The {WARS_LABEL}, {'dev half' if half == 'dev' else 'held-out half (totals only)'}"
    table, counts = score_fakes({column: rows}, articles, extractions, title)
    report.tables.append(table)
    breakdowns = claimant_breakdowns(counts)
    if half == "dev":
        report.breakdowns += breakdowns
    else:
        by_kind = breakdowns[1]
        by_kind.title = f"Claimant misses by kind ({WARS_LABEL}, held-out half)"
        report.breakdowns.append(by_kind)
