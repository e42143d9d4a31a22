"""An act's word that only says what kind a unit, weapon or craft is tells
no act: "the assault force", "assault rifles", "attack helicopters".

Our own sentences, in the shapes of ISAF releases and SATP summaries
(lead29, 2026-12-01, after blind reading 2323)."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.pipeline import extract


def _kinds(text: str) -> list[tuple[str | None, str | None]]:
    claims = extract(text, date(2011, 9, 14)).claims
    return [(c.event_type, c.sub_event_type) for c in claims if c.kind == "event"]


@pytest.mark.parametrize(
    "text",
    [
        "The assault force then arrested the facilitator and two other suspects for questioning.",
        "Troops seized four assault rifles, a pistol and ammunition from a hideout in Chandel on Tuesday.",
        "The combined assault team cordoned off the compound in Nadir Shah Kot district before dawn.",
    ],
)
def test_a_unit_or_weapon_named_by_an_act_word_is_no_clash(text: str) -> None:
    assert ("Battles", "Armed clash") not in _kinds(text)


def test_an_assault_itself_is_still_a_clash() -> None:
    kinds = _kinds("Insurgents mounted an assault on a police post in Ghazni province on Tuesday.")
    assert ("Battles", "Armed clash") in kinds


def test_a_raid_that_seized_rifles_is_still_a_find() -> None:
    kinds = _kinds("Police seized two assault rifles from a hideout in Chandel district on Tuesday.")
    assert ("Strategic developments", "Disrupted weapons use") in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Afghan forces arrested the head of an IED cell in Arghandab district of Kandahar on Tuesday.",
        "A roadside bomb facilitator was detained by the patrol in Panjwai district on Tuesday.",
    ],
)
def test_a_weapon_word_naming_a_persons_trade_is_no_bombing(text: str) -> None:
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") not in _kinds(text)


def test_a_find_of_bomb_parts_is_still_a_find() -> None:
    kinds = _kinds(
        "The patrol found IED components and two pressure plates in a compound in Panjwai on Tuesday."
    )
    assert ("Strategic developments", "Disrupted weapons use") in kinds
