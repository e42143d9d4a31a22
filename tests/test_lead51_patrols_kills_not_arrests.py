"""A joint patrol is a state's forces, and its kills are no arrests (issue 13;
lead51, after ISAF dev-half releases where "an Afghan and coalition patrol
killed two insurgents" made no actor and no event, and "a security force
killed ... during an operation" came out as ACLED's Arrests). Every sentence
is our own, in the shape of coalition press releases: a district and
province, "yesterday", a joint force or patrol as the doer."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import extract

DAY = date(2011, 9, 14)


def events(text: str) -> list[tuple[str, str | None, list[str]]]:
    result = extract(text, DAY, outlet="ISAF")
    # the patrol ambushed is the one acted on (events28): its side is among the targets
    return [
        (c.event_type, c.sub_event_type, c.actors + c.targets)
        for c in result.claims
        if isinstance(c, EventClaim)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A combined Afghan and coalition patrol killed three insurgents in Garmsir district, "
        "Helmand province, yesterday.",
        "In Arghandab district, Kandahar province, an Afghan and coalition force patrol killed "
        "several insurgents during an operation targeting a Taliban commander, Tuesday.",
        "An Afghan and coalition security force killed four insurgents during a security "
        "operation in Khogyani district, Nangarhar province, yesterday.",
    ],
)
def test_a_joint_patrol_killing_insurgents_is_a_clash_of_state_forces(text: str) -> None:
    found = events(text)
    assert found, text
    event_type, sub_event_type, actors = found[0]
    assert (event_type, sub_event_type) == ("Battles", "Armed clash")
    assert "Military Forces of Afghanistan" in actors
    assert "International Security Assistance Force" in actors


@pytest.mark.parametrize(
    "text",
    [
        "An Afghan and coalition security force detained two suspected insurgents during an "
        "operation in Sayedabad district, Wardak province, yesterday.",
        "A combined patrol of Afghan and coalition troops arrested a Haqqani facilitator in "
        "Khost province, Monday.",
    ],
)
def test_an_arrest_told_stays_an_arrest(text: str) -> None:
    found = events(text)
    assert found and found[0][:2] == ("Strategic developments", "Arrests"), found


def test_a_patrol_attacked_is_a_state_force() -> None:
    found = events("Insurgents ambushed a Georgian patrol near Musa Qal'ah, killing one soldier, yesterday.")
    assert found
    assert any(a.startswith("Military Forces of Georgia") for a in found[0][2]), found
