"""Deaths that are not of the war are no casualties of it (issue 11).

An illness, old age, a heart attack, a road accident no fighting caused:
ACLED and UCDP GED count deaths of organised violence only. Gas,
suffocation, wounds and hunger under a siege stay the war's dead.
Sentences written for these tests (some with commas stripped, as FA-KES
keeps them); none is copied from a report.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract


def tolls(text: str) -> list[tuple[str, int | None]]:
    found = extract(text, date(2019, 5, 2), outlet="AFP").claims
    return [(c.outcome, c.best) for c in found if isinstance(c, CasualtyClaim)]


@pytest.mark.parametrize(
    "text",
    [
        "Two fighters died of cancer in a field hospital the group said.",
        "Eleven people died of cholera in the displacement camp since Friday, health officials said.",
        "Three soldiers were killed and four hurt in a road accident near the base on Tuesday.",
        "Nine people including four children were killed when a bus collided with a fuel tanker police said.",
        "A retired general died of a heart attack on Monday and two guards were killed in a car crash.",
        "The veteran commander 81 died of old age at his home in the capital.",
    ],
)
def test_a_death_not_of_the_war_is_no_casualty(text: str) -> None:
    assert tolls(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people died from suffocation after the strike the monitor said.", [("killed", 5)]),
        ("Four elderly residents of the besieged town died of hunger and cold this week, activists said.",
         [("killed", 4)]),
        ("Six people were killed in an attack on a checkpoint and two died of their wounds in hospital.",
         [("killed", 6), ("killed", 2)]),
        # A crash with no word of the road may be a shooting-down: kept.
        ("Two soldiers died in a helicopter crash near the front the army said.", [("killed", 2)]),
        ("Twelve civilians including three women were killed in an air strike on the market.",
         [("killed", 12), ("killed", 3)]),
    ],
)  # fmt: skip
def test_deaths_of_the_war_by_any_cause_stay(text: str, expected: list[tuple[str, int]]) -> None:
    assert tolls(text) == expected
