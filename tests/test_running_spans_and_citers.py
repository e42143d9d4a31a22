"""Running tolls over a named span or a battle, who owns a cited figure, and
saying verbs that say something else: sentences of our own wording, after
reading such tolls in FA-KES articles and wire reports (issue 11)."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2025, 3, 14)  # a Friday


def casualties(text: str, outlet: str | None = None) -> list[CasualtyClaim]:
    return [c for c in extract(text, DAY, outlet=outlet).claims if isinstance(c, CasualtyClaim)]


@pytest.mark.parametrize(
    "text",
    [
        "Some 340 people died in the clashes around the port between Monday and Wednesday, "
        "an aid agency official said on Friday.",
        "Fighting in the hills from Sunday to Tuesday left 58 soldiers dead, the ministry said.",
        "At least 412 fighters were killed in the battle for the refinery town, the monitor said.",
        "Around 90 civilians have died in the fight for the old city, medics said on Thursday.",
    ],
)
def test_a_toll_over_a_span_or_a_battle_is_running(text: str) -> None:
    found = casualties(text)
    assert found and found[0].scope == "cumulative"


def test_a_span_between_two_days_starts_on_the_first() -> None:
    found = casualties(
        "Some 340 people died in the clashes around the port between Monday and Wednesday, "
        "an aid agency official said on Friday."
    )
    assert found[0].period_start == date(2025, 3, 10)
    assert found[0].as_of == date(2025, 3, 12)


def test_one_day_s_dead_stay_an_incident() -> None:
    found = casualties("Eleven people were killed when a shell hit the bus station on Tuesday, police said.")
    assert found and found[0].scope == "incident"


def test_a_body_that_cites_another_makes_the_figure_its_own() -> None:
    found = casualties(
        "At least 340 people were killed in the clashes around the port, a UN spokesman said on "
        "Friday, citing the World Health Organization."
    )
    assert found and found[0].claimant == "United Nations"


def test_media_citing_a_source_relay_it() -> None:
    found = casualties(
        "Seven border guards were killed in an ambush near the crossing, state media reported, "
        "citing a military source."
    )
    assert found and found[0].claimant == "military source"


def test_a_saying_verb_with_its_own_object_names_no_claimant() -> None:
    found = casualties(
        "About 1,200 people are believed to have died in the siege of the port, where the rebels "
        "announced a truce on Thursday.",
        outlet="Reuters",
    )
    assert found and found[0].claimant == "Reuters"


def test_tolls_from_hospitals_are_the_hospitals() -> None:
    found = casualties(
        "At least 64 people have been killed in the city since Sunday, according to tolls from its hospitals."
    )
    assert found and found[0].claimant == "medical source"


@pytest.mark.parametrize(
    "text",
    [
        "Three civilians have been killed in the port city in the first deaths reported in the "
        "truce zone since it began on Monday.",
        "A rocket hit the army post on Tuesday killing four soldiers in the deadliest attack on "
        "the garrison since it deployed to the valley.",
    ],
)
def test_since_of_a_record_is_no_period(text: str) -> None:
    found = casualties(text)
    assert found and all(c.scope == "incident" for c in found)


def test_a_record_beside_a_real_period_keeps_the_period() -> None:
    found = casualties(
        "The monitor said at least 210 militants were killed and more than 90 troops had died since "
        "Sunday in the fight over the airfield, making it one of the deadliest battles since the summer."
    )
    assert [c.scope for c in found] == ["cumulative", "cumulative"]


def test_a_toll_since_the_war_began_is_background() -> None:
    found = casualties(
        "The agency said that 41 of its staff have been killed since the beginning of the conflict."
    )
    assert found and found[0].scope == "historical"


def test_a_toll_since_an_offensive_began_is_running() -> None:
    found = casualties(
        "At least 12 people have been killed since the start of the offensive, the monitor said."
    )
    assert found and found[0].scope == "cumulative"


@pytest.mark.parametrize(
    "text",
    [
        "Scores of militiamen were reported killed or hurt in the raid on the depot, the monitor said.",
        "Mortar fire on the market caused several casualties, an official said.",
        "Homemade mines have killed and wounded hundreds of villagers, the rights group said.",
        "Tens killed and wounded in a car bomb near the border crossing.",
    ],
)
def test_the_dead_and_the_hurt_in_one_figure_are_no_death_count(text: str) -> None:
    assert casualties(text) == []


def test_deaths_and_injuries_told_apart_stay() -> None:
    found = casualties(
        "The strikes killed 13 and wounded 29 with most casualties in the market, the committee said."
    )
    assert [(c.outcome, c.best) for c in found] == [("killed", 13), ("injured", 29)]
