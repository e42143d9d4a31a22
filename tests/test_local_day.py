"""Relative days are the reporter's local days, also once stored: the store
keeps a report's timestamp in UTC and the offset it came with beside it
(case T2 of ../shared/cases/real-reporting.jsonl, through ingest and reconcile)."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import select

from tests.conftest import SHARED
from warmonitor.ingest.draft import ReportDraft
from warmonitor.ingest.pipeline import Defaults, ingest_drafts
from warmonitor.reconcile.run import reconcile
from warmonitor.store.db import open_store, session_scope
from warmonitor.store.models import Claim, Report

CASES = SHARED / "cases" / "real-reporting.jsonl"


def _case(case_id: str) -> dict[str, str]:
    for line in CASES.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if case["id"].startswith(case_id):
            return case
    raise AssertionError(f"no case {case_id}")


def _days(db_url: str, text: str, published: str, outlet: str) -> dict[str, list[date]]:
    engine = open_store(db_url)
    draft = ReportDraft(
        text=text, origin="test", fmt="jsonl", outlet=outlet, published=datetime.fromisoformat(published)
    )
    list(ingest_drafts(engine, [draft], Defaults()))
    reconcile(engine)
    days: dict[str, list[date]] = {}
    with session_scope(engine) as session:
        for claim in session.scalars(select(Claim).order_by(Claim.id)):
            days.setdefault(claim.kind, []).append(date.fromisoformat(claim.fields["date"]["start"]))
        (report,) = session.scalars(select(Report))
        days["report"] = [report.local_day]
    return days


def test_t2_through_the_store_keeps_the_local_day(db_url: str) -> None:
    case = _case("T2")  # published 01:30 at +03:00: the UTC day is the day before
    days = _days(db_url, case["text"], case["published"], case["source"])
    assert days["report"] == [date(2024, 11, 30)]
    assert days["casualty"] == [date(2024, 11, 29)]  # "yesterday"
    assert days["control"] == [date(2024, 11, 30)]  # "earlier today"


def test_a_report_behind_utc_keeps_its_evening(db_url: str) -> None:
    # Filed late in the evening in Port-au-Prince (-05:00): already the next day in UTC.
    text = (
        "Gang members opened fire on a minibus in Croix-des-Bouquets today, killing four "
        "passengers, police said. Two more people died of their wounds yesterday, a "
        "hospital official added."
    )
    days = _days(db_url, text, "2024-03-04T22:10:00-05:00", "Radio Haiti Inter")
    assert days["report"] == [date(2024, 3, 4)]
    assert sorted(days["casualty"]) == [date(2024, 3, 3), date(2024, 3, 4)]
