"""Issue 14: who speaks for a government, and the monitor told of without its name.

Sentences written for this project after reading ministers, government
spokesmen and relayed monitor tolls in FA-KES articles and wire reports.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from warmonitor.extract.pipeline import extract
from warmonitor.ingest.draft import ReportDraft
from warmonitor.ingest.pipeline import Defaults, ingest_drafts
from warmonitor.reconcile.run import reconcile
from warmonitor.reconcile.voices import WRITTEN
from warmonitor.store.db import open_store, session_scope
from warmonitor.store.models import Claim

SOHR = "Syrian Observatory for Human Rights"


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        (
            "Over 1,500 bodies still lie unburied in Goma, Congo's communications minister told journalists.",
            "Government of the Democratic Republic of Congo",
        ),
        (
            "Ukraine's defence minister said 40 Russian soldiers had been killed near Izium overnight.",
            "Government of Ukraine",
        ),
        (
            "Sudan's information minister said the RSF had killed at least 120 civilians in El Fasher.",
            "Government of Sudan",
        ),
        (
            "The Malian government spokesman said 12 soldiers died when their convoy hit a mine near Gao.",
            "Government of Mali",
        ),
        (
            "Five civilians were killed in Gisenyi when shells hit the town, the Rwandan government said.",
            "Government of Rwanda",
        ),
    ],
)
def test_a_government_speaker_is_the_government_of_the_country_named(sentence: str, claimant: str) -> None:
    claims = [c for c in extract(sentence, date(2025, 2, 4), outlet="Reuters").claims if c.kind == "casualty"]
    assert [c.claimant for c in claims] == [claimant]


def test_an_opposition_minister_is_no_government() -> None:
    text = (
        "Eight people were killed, among them the opposition government's local administration "
        "minister, activists said."
    )
    claims = [c for c in extract(text, date(2016, 3, 1), outlet="AFP").claims if c.kind == "casualty"]
    assert all(not (c.claimant or "").startswith("Government of") for c in claims)


def _report(text: str, day: str, outlet: str) -> ReportDraft:
    return ReportDraft(text=text, origin=f"{outlet}:{day}", fmt="txt", title=text[:30], outlet=outlet,
                       published=datetime.fromisoformat(f"{day}T12:00:00+00:00"))  # fmt: skip


def test_the_unnamed_monitor_takes_the_name_of_a_monitor_reporting_later(tmp_path: Path) -> None:
    engine = open_store(f"sqlite:///{tmp_path / 'wm.db'}")
    relayed = (
        "The war monitor put the toll at 95 dead by Tuesday, 30 of them civilians, since the assault began."
    )
    named = "The Syrian Observatory for Human Rights said 120 people were killed since Sunday in Idlib."
    for text, day, outlet in ((relayed, "2024-11-26", "Europa Press"), (named, "2024-11-27", "AFP")):
        list(ingest_drafts(engine, [_report(text, day, outlet)], Defaults()))
        reconcile(engine)
    with session_scope(engine) as session:
        first = session.scalars(select(Claim).where(Claim.kind == "casualty").order_by(Claim.id)).first()
        assert first is not None
        assert (first.claimant, first.fields.get(WRITTEN)) == (SOHR, "unnamed war monitor")
        assert first.reconciled_at is not None, "re-voiced, then reconciled again"


BREAKDOWN = (
    "The Syrian Observatory for Human Rights said 95 fighters had died since Sunday around Hama: "
    "50 from Hayat Tahrir al-Sham, 12 from allied factions and 33 from government forces."
)


def test_a_breakdown_spanning_both_sides_is_a_count_of_combatants() -> None:
    claims = [c for c in extract(BREAKDOWN, date(2024, 12, 3), outlet="AFP").claims if c.kind == "casualty"]
    assert [(c.party, c.best, c.part_of) for c in claims] == [
        ("total:combatants", 95, None),
        ("rebels", 50, 0),
        ("rebels", 12, 0),
        ("government", 33, 0),
    ]


def test_parts_of_one_total_naming_the_same_party_add_up(tmp_path: Path) -> None:
    from warmonitor.reconcile import answers

    engine = open_store(f"sqlite:///{tmp_path / 'wm.db'}")
    list(ingest_drafts(engine, [_report(BREAKDOWN, "2024-12-03", "AFP")], Defaults()))
    reconcile(engine)
    with session_scope(engine) as session:
        result = answers.casualties(session, as_of=date(2024, 12, 3))
        by_party = {p.party: p.best for p in result.parties}
    assert (by_party["rebels"], by_party["government"]) == (62, 33), by_party
