"""An act told as going on as the report is written ("the army is striking
targets in the south", "is continuing to strike") is an event of the
report's day (extract/frames.py `_going_on`); a simple present "continues
to strike" stays what a side keeps doing (extract/event_scope.py), and an
act going on needs a place ("militants are attacking women's rights" tells
none). From a blind reading of IDF posts (seed 6363), whose running
accounts of strikes gave no event; the sentences are this project's own.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import extract

DAY = date(2024, 1, 15)


def _events(text: str, outlet: str | None = None) -> list[EventClaim]:
    return [c for c in extract(text, DAY, outlet=outlet).claims if isinstance(c, EventClaim)]


@pytest.mark.parametrize(
    "text",
    [
        "The army is currently striking militant positions in the Nuba Mountains.",
        "Government jets are striking rebel positions in Wad Madani.",
        "The IDF is continuing to strike Hamas targets in Rafah.",
    ],
)
def test_an_act_going_on_is_the_days_event(text: str) -> None:
    events = _events(text)
    assert events and events[0].date is not None and events[0].date.start == DAY, events


@pytest.mark.parametrize(
    "text",
    [
        "Militias are attacking the rights of herders, the envoy said.",
        "Government jets are continuing to pound the valley again and again.",
    ],
)
def test_an_act_going_on_with_no_place_or_a_habit_is_no_event(text: str) -> None:
    assert _events(text) == []
