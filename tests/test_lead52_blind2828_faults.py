"""Faults a blind reading (seed 2828, twenty-third session) found on real
reporting, each in sentences of our own that keep the copy's habits: FA-KES
strips apostrophes ("Syrias", "Iraqs army"), a newspaper's promotion line
names it by one word, a 2014 report's FSA, a side that "lost" its fighters,
and people "affected" by a gas beside the dead (issues 11 and 13, lead52)."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim, ControlClaim, EventClaim
from warmonitor.extract.pipeline import extract


def _control(text: str, day: date = date(2017, 4, 5)) -> list[tuple[str, str | None, str]]:
    result = extract(text, day, outlet="Reuters")
    found = [c for c in result.claims if isinstance(c, ControlClaim)]
    return [(c.place.name if c.place else "", c.actor, c.change) for c in found]


def _casualties(text: str, day: date = date(2016, 3, 30)) -> list[tuple[str, str, int | None, str]]:
    result = extract(text, day, outlet="AFP")
    return [(c.outcome, c.party, c.best, c.scope) for c in result.claims if isinstance(c, CasualtyClaim)]


def test_a_stripped_possessive_is_the_country_and_the_side_holds_in_the_held_town() -> None:
    found = _control("Ankara condemned the gas attack on Syrias opposition-held town of Idlib on Tuesday.")
    assert ("Idlib", "Rebel Group (Syria)", "holds") in found, found
    assert not any(name.lower().startswith("syria") for name, _, _ in found), found


def test_a_side_holds_in_the_country_of_its_town_not_of_the_first_country_named() -> None:
    found = _control("Turkey condemned the chemical attack on the rebel-held town of Idlib.")
    assert found == [("Idlib", "Rebel Group (Syria)", "holds")], found


def test_a_country_without_its_apostrophe_still_names_its_army() -> None:
    result = extract("Iraqs army said it retook the town of Baiji from the militants.", date(2015, 10, 20))
    gains = [c for c in result.claims if isinstance(c, ControlClaim) and c.change == "gained"]
    assert gains and gains[0].actor == "Military Forces of Iraq", gains


def test_a_newspapers_short_name_is_no_town() -> None:
    text = (
        "Seven protesters were killed in Caracas on Tuesday. Today's coverage from Post "
        "correspondents around the world is on our site."
    )
    result = extract(text, date(2017, 7, 28), outlet="Washington Post")
    assert "Post" not in {p.name for p in result.places}
    assert "Caracas" in {p.name for p in result.places}


@pytest.mark.parametrize(
    ("day", "actor"),
    [(date(2014, 12, 18), "Free Syrian Army"), (date(2019, 5, 2), "Syrian National Army")],
)
def test_the_fsa_is_the_sna_only_after_the_sna_was_formed(day: date, actor: str) -> None:
    result = extract("Jihadists killed 14 members of the Free Syrian Army (FSA) near Yabroud.", day)
    names = {a.name for a in result.actors}
    assert actor in names, names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jihadists lost 17 of their fighters in the assault on the village, the monitor said.",
         ("killed", "rebels", 17)),
        ("The regime lost more than 30 troops and militiamen in the counter-attack on Sunday.",
         ("killed", "government", 30)),
        ("Kurdish units also lost five fighters in the clashes, it added.", ("killed", "rebels", 5)),
    ],
)  # fmt: skip
def test_a_side_that_lost_its_people_tells_them_dead(text: str, expected: tuple[str, str, int]) -> None:
    assert expected in [c[:3] for c in _casualties(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The army lost 40 tanks and three villages in a week.",
        "The ruling party lost 12 seats in the election.",
        "Rebels lost control of five villages on Friday.",
    ],
)
def test_lost_things_are_no_casualties(text: str) -> None:
    assert _casualties(text) == []


def test_people_affected_by_a_gas_beside_the_dead_are_not_dead() -> None:
    found = _casualties(
        "The regime goes on with its crimes as more than 90 civilians were killed and 400 others "
        "mostly children have been affected by the chlorine gas attack in the town.",
        date(2017, 4, 4),
    )
    assert [f[:3] for f in found] == [("killed", "civilians", 90)], found


def test_a_list_of_fates_keeps_each_its_own() -> None:
    found = _casualties("Three died and 15 others were hospitalised after the blast.")
    assert [f[:3] for f in found] == [("killed", "total", 3), ("injured", "total", 15)]


def test_no_event_claim_is_lost() -> None:
    text = "The jihadists lost 17 of their fighters in an assault on the village."
    result = extract(text, date(2016, 3, 30))
    assert [c for c in result.claims if isinstance(c, EventClaim)]


@pytest.mark.parametrize(
    "text",
    [
        "The army said it struck the militants' positions, killing and wounding dozens of insurgents.",
        "The raids killed and wounded hundreds of civilians, including dozens of children.",
    ],
)
def test_the_dead_and_the_hurt_told_together_are_no_count_of_one_outcome(text: str) -> None:
    assert _casualties(text, date(2016, 4, 4)) == []


def test_a_side_that_lost_soldiers_in_the_war_tells_the_wars_toll() -> None:
    found = _casualties("Moscow has so far lost at least 14 soldiers in the Syrian war.", date(2016, 7, 10))
    assert [(f[0], f[1], f[2], f[3]) for f in found] == [("killed", "government", 14, "historical")], found


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        (
            "Pro-Damascus media said a suicide bomber killed at least 19 people near Aleppo.",
            "Aleppo",
            "Damascus",
        ),
        ("Anti-Kabul insurgents attacked a checkpoint in Helmand on Sunday.", "Helmand", "Kabul"),
    ],
)
def test_a_stance_toward_a_capital_is_no_place(text: str, place: str, not_place: str) -> None:
    names = {p.name for p in extract(text, date(2017, 4, 15)).places}
    assert place in names and not_place not in names, names
