"""A battle awaited is no battle fought, and fire-fighting is no fighting
(issue 11; a blind reading of the merged tree, seed 2424, found both as
armed clashes). Every sentence is our own, keeping the shape of FA-KES
reports and Aleppo 2016 wire copy: reinforcements sent "in anticipation of"
a battle, sides "preparing for" or "bracing for" one, fighters arriving for
"the expected battles", and rescue and fire-fighting work after a strike."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 6, 14)


def events(text: str) -> list[tuple[str | None, str]]:
    result = extract(text, DAY)
    found = [c for c in result.claims if isinstance(c, EventClaim)]
    return [(c.sub_event_type, text[c.span[0] : c.span[1]]) for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "Last week the jihadists moved fighters and heavy weapons into the town "
        "in anticipation of a fierce battle to hold it.",
        "Rebel factions are preparing for a decisive battle in the city, a commander said.",
        "Government troops braced for an assault on the airport on Sunday.",
        "Both camps are mustering men in preparation for the great battle of the north, "
        "the monitor's chief said.",
        "Hundreds of militiamen arrived from Iraq to help in the expected battles, the monitor said.",
        "Residents of the besieged district fear the looming offensive and have stocked up on flour.",
        "Speaking by phone, the governor said rescue and fire-fighting operations "
        "had gone on for three hours at the airbase.",
    ],
)
def test_an_awaited_battle_or_fire_fighting_is_no_event(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Fierce fighting raged on Sunday in the southern districts, the monitor said.", "fighting"),
        ("The army repelled an assault on the airport on Sunday.", "repelled"),
        # the anticipated battle is not fought, but the clash told beside it is
        ("Clashes broke out on Monday as both sides readied for a wider battle for the town.", "Clashes"),
    ],
)
def test_a_battle_fought_beside_such_words_stays(text: str, cue: str) -> None:
    assert cue in [c for _, c in events(text)]
