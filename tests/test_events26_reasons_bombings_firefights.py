"""Reports given as the reason for an operation tell no event; a bombing
named by its vehicle or as a "terrorist bombing" is a remote explosive; a
force that returned fire or came under fire is in a firefight (issues 11
and 13, events26; blind reading 7878). Sentences written for these tests in
the manner of ISAF releases, SATP summaries and Syrian state media; none
copied from a report."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import extract

ISAF_DAY = date(2011, 8, 2)
WIRE_DAY = date(2016, 3, 14)


def events_of(text: str, day: date, outlet: str = "ISAF") -> list[EventClaim]:
    return [c for c in extract(text, day, outlet=outlet).claims if isinstance(c, EventClaim)]


def types(events: list[EventClaim]) -> set[str]:
    return {e.sub_event_type for e in events}


# --- a report given as the reason: no event ------------------------------


def test_a_search_in_response_to_reports_of_bomb_making_is_no_suicide_bomb() -> None:
    got = events_of(
        "Afghan commandos searched two compounds in Dasht-e Archi in response to "
        "villagers' reports of roadside bombs and suicide vest making.",
        ISAF_DAY,
    )
    assert not types(got) & {"Suicide bomb", "Remote explosive/landmine/IED"}


def test_based_on_reports_of_attacks_tells_no_attack() -> None:
    got = events_of(
        "Based on several reports of insurgent attacks near the bazaar, the joint "
        "force searched a compound in Nahr-e Saraj on Tuesday.",
        ISAF_DAY,
    )
    assert "Armed clash" not in types(got) and "Attack" not in types(got)


def test_after_receiving_intelligence_of_a_mortar_attack_plan() -> None:
    got = events_of(
        "After receiving intelligence about mortar attacks on the district centre, "
        "the patrol cordoned off the village.",
        ISAF_DAY,
    )
    assert "Shelling/artillery/missile attack" not in types(got)


def test_a_report_that_tells_the_shelling_itself_stays_an_event() -> None:
    got = events_of(
        "Mortar shells hit the district centre on Monday, wounding three policemen, "
        "the governor's office said in its report.",
        ISAF_DAY,
    )
    assert "Shelling/artillery/missile attack" in types(got)


# --- bombings named by their vehicle or as terrorist ones ------------------


def test_a_terrorist_bombing_in_a_headline_is_a_remote_explosive() -> None:
    got = events_of("Six Citizens Killed, 11 Hurt in Terrorist Bombing in Homs", WIRE_DAY, "SANA")
    assert [e.sub_event_type for e in got] == ["Remote explosive/landmine/IED"]


def test_a_truck_bombing_is_no_armed_clash() -> None:
    got = events_of(
        "A truck bombing tore through a crowded square in the town on Sunday, killing "
        "at least 20 people, state television said.",
        WIRE_DAY,
        "AFP",
    )
    assert "Remote explosive/landmine/IED" in types(got) and "Armed clash" not in types(got)


def test_a_suicide_car_bombing_keeps_its_own_type() -> None:
    got = events_of("A suicide car bombing hit an army checkpoint near the town on Friday.", WIRE_DAY, "AFP")
    assert types(got) == {"Suicide bomb"}


def test_aerial_bombing_is_still_no_ied() -> None:
    got = events_of(
        "Government bombing of the eastern districts went on through the night, residents said on Monday.",
        WIRE_DAY,
        "AFP",
    )
    assert "Remote explosive/landmine/IED" not in types(got)


# --- a firefight told by returned fire ------------------------------------


def test_a_force_that_returned_fire_is_in_an_armed_clash() -> None:
    got = events_of(
        "While searching the compound the partnered unit was engaged by several insurgents, "
        "and returned fire, killing one of them, in Garmsir district on Thursday.",
        ISAF_DAY,
    )
    assert "Armed clash" in types(got)


def test_a_patrol_that_came_under_fire_is_in_an_armed_clash() -> None:
    got = events_of(
        "A police patrol came under heavy machine-gun fire near Chak village on Saturday.",
        ISAF_DAY,
    )
    assert "Armed clash" in types(got)


def test_engaged_by_an_office_is_no_fight() -> None:
    got = events_of(
        "The engineers engaged by the provincial office finished the school roof on Saturday.",
        ISAF_DAY,
    )
    assert got == []


def test_the_combined_forces_fired_on_are_the_clashs_other_side() -> None:
    got = events_of(
        "Afghan and International Security Assistance Forces detained a bomb maker in Zhari "
        "district, Kandahar province, today. While searching a compound the combined forces "
        "were engaged by insurgents, and the force returned fire.",
        ISAF_DAY,
    )
    clash = next(e for e in got if e.sub_event_type == "Armed clash")
    assert clash.actors[0].startswith("Rebel Group")
    assert "International Security Assistance Force" in clash.actors


def test_a_force_fired_on_with_its_own_name_keeps_only_that_name() -> None:
    got = events_of(
        "Coalition Special Operations Forces searched a compound in Archi district today. "
        "The police patrol was engaged by insurgents near the bazaar.",
        ISAF_DAY,
    )
    clash = next(e for e in got if e.sub_event_type == "Armed clash")
    assert "International Security Assistance Force" not in clash.actors


def test_a_combined_force_of_named_groups_is_no_force_told_before() -> None:
    got = events_of(
        "Mexican police forces detained two men in Culiacan on Monday. "
        "On Tuesday the combined force of two village defence militias fired mortar rounds "
        "at an army post near Mindat.",
        ISAF_DAY,
        "ACLED",
    )
    fire = next(e for e in got if e.sub_event_type == "Shelling/artillery/missile attack")
    assert "Police Forces of Mexico" not in fire.actors
