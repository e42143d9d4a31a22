"""A channel or station named after a town is the teller, not the place
(not_the_place.csv kinds `broadcaster` and `outlet`): a blind reading
(seed 6767) found a bombing in one city placed at the town whose name the
reporting channel bears."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract


def casualty_places(text: str) -> list[str | None]:
    found = extract(text, date(2015, 3, 4), outlet="Wire").claims
    return [c.place.name if c.place else None for c in found if isinstance(c, CasualtyClaim)]


@pytest.mark.parametrize(
    "text",
    [
        # the channel's name right after a breakdown of the toll, the cue before it
        "A car bomb in the central city of Hama has killed 9 people including 4 women the TV channel "
        "Al-Mayadin said.",
        # the channel's name with TV after it
        "A car bomb in the central city of Hama has killed 9 people including 4 women, Al-Mayadin TV said.",
    ],
)
def test_a_channel_named_after_a_town_does_not_place_the_claim(text: str) -> None:
    places = casualty_places(text)
    assert places and all(p == "Hama" for p in places)


def test_a_channel_alone_leaves_the_claim_unplaced() -> None:
    text = "A roadside bomb killed three soldiers on Tuesday, the TV station Al-Mayadin said."
    assert casualty_places(text) == [None]


def test_the_town_itself_is_still_a_place() -> None:
    text = "An air strike on a market in Al Mayadin killed 11 people on Tuesday, a monitor said."
    assert casualty_places(text) == ["Al Mayadin"]
