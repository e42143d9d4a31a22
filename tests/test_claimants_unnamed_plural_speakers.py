"""Speakers a sentence names by kind, in the plural, with no organisation:
rescue workers, news agencies, media reports (issue 11, branch claimant17).
Such a sentence has a speaker of its own, so the source named the sentence
before is not carried onto its count, and the count is not the outlet's.
Sentences are this project's own wording, after the shapes read in FA-KES
articles outside gold/fakes/split.csv (Daily Sabah, Al-Manar, Sputnik copy)
and wire reports in the search tool's pages corpus; none is a report's."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 9, 7)


def told(text: str, outlet: str = "Outlet") -> list[tuple[str, int | None, str | None]]:
    found = extract(text, DAY, outlet=outlet).claims
    return [(c.outcome, c.best, c.claimant) for c in found if isinstance(c, CasualtyClaim)]


@pytest.mark.parametrize(
    ("second", "claimant"),
    [
        ("Rescue workers digging in the rubble gave a higher toll of 19 dead.", "rescue workers"),
        ("Some news agencies reported that the bomb left 19 people dead.", "news agencies"),
        ("Media reports said 19 people were killed in the raids.", "media reports"),
    ],
)
def test_a_plural_speaker_of_its_own_stops_the_source_before(second: str, claimant: str) -> None:
    first = "Jets struck two districts of the city on Tuesday killing at least 12 civilians a monitor said."
    text = f"{first} {second}"
    found = told(text)
    assert found[-1] == ("killed", 19, claimant)
    assert found[0][2] != claimant  # the monitor's twelve stay the monitor's


def test_according_to_media_reports_at_the_end() -> None:
    text = (
        "Heavy clashes around the town have killed about 90 fighters in the past three days "
        "according to media reports."
    )
    assert [c for _, _, c in told(text)] == ["media reports"]


def test_civil_defence_rescue_workers_stay_the_civil_defence() -> None:
    assert [c for _, _, c in told("Civil defence rescue workers said 19 people were killed.")] == [
        "Syria Civil Defence"
    ]
