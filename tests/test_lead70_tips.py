"""The people a tip told of are no toll (issue 11, lead70, twenty-fifth session).

A blind reading (seed 7171) found "information about 5 6 militants hiding"
in an SATP row read as six militants killed beside the one the gunfight
killed. South Asian security reports tell an operation's start this way in
most of the twenty SATP rows with "information / input / tip-off about";
the sentences here are our own."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2017, 5, 17)


def tolls(text: str) -> list[tuple[str, int | None]]:
    return [
        (c.outcome, c.best) for c in extract(text, DAY, outlet="SATP").claims if isinstance(c, CasualtyClaim)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A militant was killed during a gunfight that started after troops launched a search operation "
            "following information about five to six militants hiding in the area, the officer said.",
            [("killed", 1)],
        ),
        (
            "One militant was killed in an exchange of fire that began after soldiers acted on information "
            "about of 4 5 militants of JeM hiding in the orchards, an officer said.",
            [("killed", 1)],
        ),
        (
            "Two soldiers were killed when troops acting on a tip-off about the movement of about 150 "
            "Maoists came under fire in the forest.",
            [("killed", 2)],
        ),
        (
            "Acting on specific inputs about the presence of two to three militants in the orchard, troops "
            "cordoned off the village; one militant was killed.",
            [("killed", 1)],
        ),
    ],
)  # fmt: skip
def test_people_a_tip_told_of_are_not_the_dead(text: str, expected: list[tuple[str, int]]) -> None:
    assert tolls(text) == expected


def test_a_tip_that_tells_a_death_still_counts() -> None:
    # the tip's own words tell the fate: the count is a report of deaths
    assert ("killed", 12) in tolls("Police said information about 12 people killed in the raid was true.")
