"""A strike that a demand or a pause would only allow or enable is no strike
that happened. Sentences are our own."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import extract


def _events(text: str) -> list[EventClaim]:
    return [c for c in extract(text, date(2016, 9, 21)).claims if isinstance(c, EventClaim)]


def test_a_strike_that_a_demand_would_allow_is_no_strike() -> None:
    text = "Ankara has asked for the militia to be pulled back to allow more air strikes on the town."
    assert [e for e in _events(text) if e.sub_event_type == "Air/drone strike"] == []
