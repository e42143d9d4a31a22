"""Who advanced when "they" took ground after a passive clause named them
("the supply line was cut by government troops when they took a ridge"):
ACLED's territorial sub-event follows that side. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import extract


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        (
            "The supply line was cut by Syrian troops on Thursday when they seized a ridge above it.",
            "Government regains territory",
        ),
        (
            "The outpost was shelled for hours by al-Shabaab fighters before they overran it at dawn.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_they_after_a_passive_agent_is_that_agent(text: str, sub_event: str) -> None:
    claims = [c for c in extract(text, date(2016, 7, 11)).claims if isinstance(c, EventClaim)]
    assert sub_event in [c.sub_event_type for c in claims]
