"""An act told as lasting months or years is background, no event of the
report's day (issue 13, lead53; a blind reading, seed 3131, found an armed
clash dated the report's day from a clause of a war's whole length in a
wire profile of an evacuee). Sentences our own."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import extract

DAY = date(2017, 4, 18)


def _events(text: str) -> list[str | None]:
    return [
        c.sub_event_type for c in extract(text, DAY, outlet="Reuters").claims if isinstance(c, EventClaim)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Her husband said the rebels have been fighting for six years to topple the government.",
        "The town has been besieged for months by pro-government militias, residents said.",
    ],
)
def test_an_act_of_years_or_months_is_no_event_of_the_day(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels and troops clashed for hours near the airport on Monday, the monitor said.",
        "Insurgents fought for two days to take the hill, the army said.",
    ],
)
def test_hours_and_days_of_fighting_stay_news(text: str) -> None:
    assert _events(text) == ["Armed clash"]
