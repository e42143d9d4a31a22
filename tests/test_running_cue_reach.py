"""Which figures a running-toll cue speaks of, and tolls stated, not raised.

Sentences written for these tests (commas stripped as FA-KES keeps them),
about several wars; none is copied from a report.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract


def scopes(text: str, published: date = date(2021, 6, 9)) -> list[tuple[int | None, str]]:
    return [
        (c.best, c.scope)
        for c in extract(text, published, outlet="AFP").claims
        if isinstance(c, CasualtyClaim)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The cue's clause counts the toll; the attack that raised it is an incident.
        (
            "A drone strike killed 9 people at a market on Tuesday bringing the death toll from the"
            " month-long offensive to 212 the monitor said.",
            [(9, "incident"), (212, "cumulative")],
        ),
        (
            "Four more villagers died in mortar fire on Monday raising to 57 the number of people killed"
            " since the ceasefire collapsed.",
            [(4, "incident"), (57, "cumulative")],
        ),
        # The cue sits in a clause that counts nothing; the clause above it counts the figures.
        (
            "Militia raids that took place around the town in the past 72 hours killed 14 people and"
            " wounded 30 others.",
            [(14, "cumulative"), (30, "cumulative")],
        ),
        # Verbs joined by "and" tell one clause's figures.
        (
            "Medics said 31 people have been killed and 140 hurt in four days of shelling on the district.",
            [(31, "cumulative"), (140, "cumulative")],
        ),
        # A breakdown of a running toll runs with it.
        (
            "The toll rose to 63 on Sunday including 18 children the rights group said.",
            [(63, "cumulative"), (18, "cumulative")],
        ),
    ],
)
def test_a_cue_speaks_of_its_own_figures(text: str, expected: list[tuple[int, str]]) -> None:
    assert scopes(text) == expected


@pytest.mark.parametrize(
    ("text", "best"),
    [
        (
            "A car bomb went off at an army checkpoint outside the town on Monday."
            " The monitor put the toll at 11 dead.",
            11,
        ),
        ("Gunmen stormed a wedding in the village overnight. Local officials gave a toll of 17 dead.", 17),
        (
            "Rescuers pulled bodies from a bombed bakery."
            " A doctor placed the death toll from the raid at 26.",
            26,
        ),
    ],
)
def test_a_stated_toll_is_the_attack_just_told(text: str, best: int) -> None:
    assert (best, "incident") in scopes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rights group put the toll from the three-week offensive at 340.",
        "The group gave a toll of 120 dead since the start of the siege.",
    ],
)
def test_a_stated_toll_of_a_span_still_runs(text: str) -> None:
    assert [s for _, s in scopes(text)] == ["cumulative"]


def test_a_window_counted_back_is_no_battle() -> None:
    """ "in the past 48 hours" at one town holds several attacks: a running
    toll (gold/fakes/README.md), not one two-day battle."""
    text = "Shelling on the town of Kidal in the past 48 hours killed 12 civilians officials said."
    assert scopes(text) == [(12, "cumulative")]


def test_a_headline_takes_the_running_toll_the_body_tells() -> None:
    text = (
        "Coalition strikes kill 37 people in northern Yemen. At least 37 people have been killed in"
        " air strikes on the province since Saturday health officials said."
    )
    assert scopes(text) == [(37, "cumulative"), (37, "cumulative")]


@pytest.mark.parametrize(
    ("text", "best"),
    [
        (
            "At least 14 people were wounded in the strike on the market"
            " and the death toll could rise further.",
            14,
        ),
        (
            "A mortar shell killed four children in the village and the toll is expected to rise because"
            " several of the wounded are in critical condition.",
            4,
        ),
    ],
)
def test_a_toll_that_may_rise_is_no_running_toll(text: str, best: int) -> None:
    """A warning that the toll could rise speaks of the attack just told."""
    assert (best, "incident") in scopes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A span of no number counted back from the telling sums several attacks.
        ("Militia raids around the lake have left 41 herders dead in recent days.", [(41, "cumulative")]),
        ("Over the past few days shelling wounded at least 64 people in the old city.", [(64, "cumulative")]),
        ("In the last several weeks air raids killed dozens of civilians.", [(12, "cumulative")]),
        # A named day keeps one attack's count.
        ("A rocket hit the bus depot on Sunday killing 6 people.", [(6, "incident")]),
    ],
)
def test_a_span_of_recent_days_is_a_running_toll(text: str, expected: list[tuple[int, str]]) -> None:
    assert scopes(text) == expected
