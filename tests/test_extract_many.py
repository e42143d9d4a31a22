"""`extract_many` (reports a batch at a time through nlp.pipe) gives, for each
report, exactly what `extract` gives it, long reports and refusals included."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from warmonitor.cli import demo_corpus
from warmonitor.errors import UserError
from warmonitor.extract import chunks
from warmonitor.extract.pipeline import ReportText, extract, extract_many


def demo_reports() -> list[ReportText]:
    rows = [json.loads(line) for line in demo_corpus().read_text(encoding="utf-8").splitlines() if line]
    return [
        ReportText(row["text"], datetime.fromisoformat(row["published"]).date(), outlet=row["source"])
        for row in rows
    ]


def one_by_one(report: ReportText) -> dict[str, object]:
    found = extract(
        report.text, report.published, title=report.title, outlet=report.outlet, language=report.language
    )
    return found.model_dump(mode="json")


def test_a_batch_gives_each_report_what_extract_gives_it() -> None:
    reports = demo_reports()
    # Long enough to be read in pieces, between short ones.
    long_text = "\n\n".join(r.text for r in reports) * 3
    assert len(long_text) > chunks.CHUNK_CHARS
    reports.insert(3, ReportText(long_text, date(2024, 11, 30), title="All of them", outlet="AFP"))
    batched = [x.model_dump(mode="json") for x in extract_many(reports, batch_size=4)]
    assert batched == [one_by_one(r) for r in reports]


def test_a_refused_report_raises_after_the_ones_before_it() -> None:
    reports = [*demo_reports()[:3], ReportText("   ", date(2024, 11, 30)), *demo_reports()[3:]]
    seen = []
    with pytest.raises(UserError, match="empty text"):
        for extraction in extract_many(reports, batch_size=16):
            seen.append(extraction)
    assert [x.report.text for x in seen] == [r.text for r in reports[:3]]
