"""`warmonitor eval events GOLD.tsv`: event claims made on real sentences
that tell no event (metaphors, pledges, background, talk of truces).

A gold row points at one sentence of a ../shared/data/real-dev/ document
(`source`, `doc`, character `start` and `end` in the text `real_docs` gives,
the first ten hex digits of the SHA-1 of that sentence to catch a drift) and
says whether it tells an event of the report (`event`) or none (`no-event`).
No text is stored. Every sentence the trigger lexicon cues was a candidate;
the labels were given by hand (gold/events/README.md). Each document is read
whole by `extract`, and a sentence counts as given an event when an event
claim's span starts inside it.

Rows split once by the SHA-256 of their id, as the news gold is
(`news.held_out`): the held-out part is read as totals only.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

from warmonitor.errors import BadInput
from warmonitor.evaluation.evaluate import Report
from warmonitor.evaluation.news import DEFAULT_REAL_DEV, PARTS, held_out
from warmonitor.evaluation.real_docs import real_document
from warmonitor.extract.claims import EventClaim

LABELS = ("event", "no-event")


@dataclass(frozen=True)
class SentenceRow:
    id: str
    source: str
    doc: str
    start: int
    end: int
    sha1_10: str
    label: str


def read_event_gold(path: Path) -> list[SentenceRow]:
    """The rows of a gold TSV (id, source, doc, start, end, sha1_10, label)."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            if row.get("label") not in LABELS:
                raise BadInput(f"{path}:{number}: label must be one of {', '.join(LABELS)}")
            rows.append(
                SentenceRow(
                    row["id"], row["source"], row["doc"], int(row["start"]), int(row["end"]),
                    row["sha1_10"], row["label"],
                )
            )  # fmt: skip
    return rows


def _events_per_sentence(rows: list[SentenceRow], real_dev: Path) -> tuple[list[int], list[int]]:
    """Event claims starting in each row's sentence, and per document read."""
    from warmonitor.extract.pipeline import extract

    by_doc: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for row in rows:
        key = (row.source, row.doc)
        if key not in by_doc:
            text, day = real_document(real_dev, row.source, row.doc)
            claims = extract(text, day).claims
            by_doc[key] = [c.span for c in claims if isinstance(c, EventClaim)]
        text, _day = real_document(real_dev, row.source, row.doc)
        if hashlib.sha1(text[row.start : row.end].encode("utf-8")).hexdigest()[:10] != row.sha1_10:
            raise BadInput(f"{row.id}: the sentence's text has changed")
    counts = [sum(row.start <= s < row.end for s, _e in by_doc[(row.source, row.doc)]) for row in rows]
    return counts, [len(spans) for spans in by_doc.values()]


def eval_events(path: Path, real_dev: Path = DEFAULT_REAL_DEV, part: str = "held-out") -> Report:
    """False events and kept events on hand-marked real sentences."""
    if part not in PARTS:
        raise BadInput(f"--part must be one of {', '.join(PARTS)}")
    rows = [r for r in read_event_gold(path) if part == "all" or held_out(r.id) == (part == "held-out")]
    counts, per_doc = _events_per_sentence(rows, real_dev)
    report = Report(f"Events on real sentences ({part})", len(rows), unit="hand-marked sentences")
    none = [n for r, n in zip(rows, counts, strict=True) if r.label == "no-event"]
    told = [n for r, n in zip(rows, counts, strict=True) if r.label == "event"]
    if none:
        report.add(
            "no-event sentences given an event", sum(n > 0 for n in none) / len(none), f"of {len(none)}"
        )
        report.add("event claims per no-event sentence", sum(none) / len(none))
    if told:
        report.add("event sentences given an event", sum(n > 0 for n in told) / len(told), f"of {len(told)}")
    if per_doc:
        report.add("event claims per document", sum(per_doc) / len(per_doc), f"{len(per_doc)} documents")
    return report
