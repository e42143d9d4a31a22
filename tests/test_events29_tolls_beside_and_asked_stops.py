"""events29 (twenty-fourth session): a toll sentence naming no act or doer is
the harm of the shelling told beside it, not a one-sided attack; a toll's
civilians beside its bombardment in one sentence are that bombardment's; a
fighting word that is the object of an infinitive of stopping is a stop asked
for, no event. Sentences written for these tests after reading FA-KES and
SATP sentences of each kind (none copied)."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import extract

DAY = date(2017, 5, 9)
ONE_SIDED = ("Violence against civilians", "Attack")


def event_claims(text: str) -> list[EventClaim]:
    return [c for c in extract(text, DAY).claims if isinstance(c, EventClaim)]


def kinds(found: list[EventClaim]) -> list[tuple[str, str]]:
    return [(c.event_type, c.sub_event_type) for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "Rebel rocket fire hit government-held districts of Homs on Friday night, the state news "
        "agency said. The Observatory says 27 people were killed 5 of them children.",
        "Shelling in the eastern town of Kafr Batna has killed two more people, the monitor said. "
        "The local media office said four were killed including two children.",
        "The police station in Deir Hafer was hit by a car bomb on Monday. "
        "Five people were killed including two women.",
    ],
)
def test_a_bare_toll_is_the_harm_of_the_act_told_beside_it(text: str) -> None:
    found = event_claims(text)
    assert found, text
    assert ONE_SIDED not in kinds(found), kinds(found)
    assert all(c.event_type == "Explosions/Remote violence" for c in found), kinds(found)


def test_civilians_killed_by_a_bombardment_are_its_harm_not_an_attack() -> None:
    found = event_claims(
        "Since Sunday bombardment has killed 38 civilians including 9 women and seven children."
    )
    assert kinds(found) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")], kinds(found)


def test_a_toll_after_a_raid_on_a_village_by_gunmen_stays_one_sided() -> None:
    # a village stormed and its people killed: the killing may be an act of its own
    found = event_claims(
        "Gunmen stormed the village of Kaleh at dawn. Twelve villagers were killed including women."
    )
    assert ONE_SIDED in kinds(found), kinds(found)


def test_a_call_to_halt_air_strikes_is_no_air_strike() -> None:
    found = event_claims(
        "In a joint statement, 20 armed groups called on the government and its Iranian allies "
        "to stop air strikes on Idlib and lift the sieges."
    )
    assert found == [], kinds(found)


def test_an_offensive_halted_is_still_told() -> None:
    found = event_claims("Rebels halted the offensive on Saturday after heavy losses.")
    assert found, "a stop told done keeps its event"


@pytest.mark.parametrize(
    "text",
    [
        "During the search the joint force received small-arms and rocket propelled grenade fire "
        "from a compound nearby.",
        "A joint patrol received small arms fire from insurgents near Marja on Tuesday.",
        "As they reached the second compound the soldiers took fire from three armed men.",
    ],
)
def test_fire_received_is_an_armed_clash(text: str) -> None:
    assert kinds(event_claims(text)) == [("Battles", "Armed clash")], text


def test_indirect_fire_received_is_no_clash() -> None:
    assert ("Battles", "Armed clash") not in kinds(
        event_claims("The outpost received indirect fire overnight.")
    )


def test_a_leader_rallying_groups_behind_him_is_no_protest() -> None:
    found = event_claims(
        "The president has rallied the country's tribes behind his government out of fear of the insurgency."
    )
    assert ("Protests", "Peaceful protest") not in kinds(found), kinds(found)


def test_a_crowd_that_rallied_is_still_a_protest() -> None:
    found = event_claims(
        "Opposition supporters rallied outside parliament on Monday to demand new elections."
    )
    assert ("Protests", "Peaceful protest") in kinds(found), kinds(found)


@pytest.mark.parametrize(
    "text",
    [
        "Homs, the third city and the scene of some of the heaviest fighting of the war, "
        "was quiet on Sunday.",
        "The village was the site of the bloodiest battle of the conflict.",
    ],
)
def test_a_place_named_by_its_worst_fighting_is_no_event(text: str) -> None:
    assert event_claims(text) == [], text


def test_a_scene_of_fighting_told_with_its_day_stays() -> None:
    found = event_claims("The town, the scene of heavy fighting on Monday, was quiet on Tuesday.")
    assert ("Battles", "Armed clash") in kinds(found), kinds(found)


def test_insurgents_who_continue_to_ambush_tell_a_habit() -> None:
    found = event_claims(
        "Kurdish-led militias took the group's last enclave in May 2019, but the hills north of Mosul "
        "on the army's side of the Tigris are rife with insurgents who continue to ambush "
        "pro-government forces, a news site reported."
    )
    assert ("Battles", "Armed clash") not in kinds(found), kinds(found)
