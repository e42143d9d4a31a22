"""A state force telling its own acts names no attacker: the force is the
act's first actor (issue 13; extract/own_forces.py). Sentences written for
these tests in the manner of an army's posts and releases; none copied."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import extract

DAY = date(2024, 2, 7)


def event_actors(text: str, outlet: str) -> list[list[str]]:
    return [c.actors for c in extract(text, DAY, outlet=outlet).claims if isinstance(c, EventClaim)]


@pytest.mark.parametrize(
    "text",
    [
        "Fighter jets struck a Hamas weapons store in Khan Yunis overnight.",
        "Dozens of aircraft hit launch sites of Hezbollah near Bint Jbeil this morning.",
        "Our forces raided a Hamas compound in Beit Lahia and destroyed a tunnel shaft.",
    ],
)
def test_the_armys_own_post_makes_the_army_the_attacker(text: str) -> None:
    got = event_actors(text, "IDF")
    assert got and got[0][0] == "Military Forces of Israel"


def test_an_act_whose_subject_is_another_side_keeps_its_own_attacker() -> None:
    got = event_actors("Hamas gunmen fired at troops near the fence at Kissufim on Tuesday.", "IDF")
    assert got and got[0][0] == "Hamas"


def test_a_passive_act_names_no_attacker() -> None:
    # Rockets fired at a town, told by the army that was fired on: not its act.
    got = event_actors("Rockets were fired at Sderot from northern Gaza this morning.", "IDF")
    assert all("Military Forces of Israel" not in actors for actors in got)


def test_an_outlet_that_is_no_state_force_adds_no_actor() -> None:
    got = event_actors("Fighter jets struck a weapons store in Khan Yunis overnight.", "Reuters")
    assert all("Military Forces of Israel" not in actors for actors in got)
