"""The acting side named by its country's word, an arresting force that a
country leads, a group named only as left out, one bombardment told for its
country and its town, and acts that are no events: a hypothesis, a man named
by his arrest, weapons a plan would hand over (issues 11 and 13, events25;
blind reading 5656 and the leftovers of events24). Sentences written for
these tests in the manner of wire copy, ISAF releases and SATP summaries;
none copied from a report."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim, EventClaim
from warmonitor.extract.pipeline import extract

WIRE_DAY = date(2016, 9, 4)
ISAF_DAY = date(2012, 6, 12)


def events_of(text: str, day: date, outlet: str = "Reuters") -> list[EventClaim]:
    return [c for c in extract(text, day, outlet=outlet).claims if isinstance(c, EventClaim)]


def test_a_countrys_word_before_the_shelling_names_its_forces() -> None:
    got = events_of(
        "Turkish shelling hit the village of Tal Shair south of Manbij on Saturday, "
        "wounding six civilians, the monitor said.",
        WIRE_DAY,
    )
    assert got and got[0].actors[0] == "Military Forces of Turkey"


def test_a_headline_bombardment_has_its_country_as_actor() -> None:
    got = events_of("Russian Bombardment Kills 9 In Syrian Town\n\nNine people died on Friday.", WIRE_DAY)
    assert got and "Military Forces of Russia" in got[0].actors


def test_a_place_word_before_the_shelling_names_no_state() -> None:
    got = events_of("Aleppo shelling killed four children on Saturday, the monitor said.", WIRE_DAY)
    assert all(not a.startswith("Military Forces of") for e in got for a in e.actors)


def test_an_apostrophe_lost_still_makes_the_army_the_shelling_side() -> None:
    got = events_of(
        "A Nusra commander died of wounds from the Syrian armys shelling of the group's posts "
        "near Yabroud on Thursday.",
        date(2014, 11, 14),
    )
    assert got and "Military Forces of Syria" in got[0].actors


def test_the_country_that_leads_a_security_force_arrests() -> None:
    got = events_of(
        "KABUL, Afghanistan (June 12, 2012) - An Afghan-led security force, with coalition "
        "troops in support, arrested a Taliban commander in Wardak province today.",
        ISAF_DAY,
        "ISAF",
    )
    assert got and got[0].actors[:2] == [
        "Military Forces of Afghanistan",
        "International Security Assistance Force",
    ]


def test_the_plural_name_of_the_mission_is_the_mission() -> None:
    got = events_of(
        "International Security Assistance Forces detained three insurgents in Baghlan province today.",
        date(2011, 6, 3),
        "ISAF",
    )
    assert got and got[0].actors[0] == "International Security Assistance Force"


def test_left_wing_extremists_are_the_maoists_of_satp() -> None:
    got = events_of(
        "Two villagers were allegedly shot dead by a squad of Left Wing Extremists (LWEs) near "
        "Tamar in Ranchi District on May 2, reports The Pioneer.",
        date(2014, 5, 3),
        "SATP",
    )
    assert got and "Communist Party of India (Maoist)" in got[0].actors


def test_a_group_the_truce_leaves_out_is_no_party_to_it() -> None:
    got = events_of(
        "The ceasefire brokered by Moscow and Washington, in force since Monday, does not cover "
        "districts where the Islamic State group holds sway.",
        WIRE_DAY,
    )
    assert all("Islamic State" not in e.actors for e in got)


def test_a_group_the_deal_excludes_is_no_party_to_it() -> None:
    got = events_of(
        "A truce took hold across western Syria on Saturday, but the deal excludes the Nusra Front.",
        WIRE_DAY,
    )
    assert all("Jabhat al-Nusra" not in e.actors for e in got)


def test_one_sides_bombardment_told_for_its_country_then_its_town_is_one() -> None:
    text = (
        "Turkish Shelling Kills 12 Civilians in Syria\n\n"
        "Turkish shelling and air strikes killed at least 12 civilians in Syria on Saturday, a monitor said. "
        '"Twelve civilians were killed by Turkish artillery and air strikes on Saturday in the town '
        "of Manbij,\" the monitor's head said."
    )
    got = events_of(text, WIRE_DAY)
    roots = [e for e in got if e.part_of is None and e.event_type == "Explosions/Remote violence"]
    assert len(got) >= 2 and len(roots) == 1


def test_two_sides_bombardments_in_one_country_stay_two() -> None:
    text = (
        "Turkish shelling killed five civilians in Syria on Saturday, a monitor said. "
        "Russian air strikes killed eight people in Maarat al-Numan on Saturday, the monitor added."
    )
    got = events_of(text, WIRE_DAY)
    assert len([e for e in got if e.part_of is None]) == 2


def test_strikes_weighed_as_a_response_are_no_event() -> None:
    got = events_of(
        "Even a response in the shape of air strikes on the bases would not remove the threat, "
        "the analyst argued.",
        date(2013, 8, 30),
    )
    assert got == []


def test_a_man_named_by_his_arrest_tells_no_second_arrest() -> None:
    text = (
        "KABUL, Afghanistan (June 12, 2012) - An Afghan and coalition security force arrested a "
        "Haqqani facilitator in Paktiya province today. The arrested facilitator directed attacks "
        "against Afghan and coalition forces and gave weapons to cells operating in southern Khost "
        "province."
    )
    got = [e for e in events_of(text, ISAF_DAY, "ISAF") if e.sub_event_type == "Arrests"]
    assert len(got) == 1


def test_a_second_arrest_told_with_its_own_verb_stays() -> None:
    text = (
        "KABUL, Afghanistan (June 12, 2012) - An Afghan and coalition security force arrested a "
        "Haqqani facilitator in Paktiya province today. In Khost province, another security force "
        "detained two suspected insurgents."
    )
    got = [e for e in events_of(text, ISAF_DAY, "ISAF") if e.sub_event_type == "Arrests"]
    assert len(got) == 2


def test_weapons_a_plan_would_hand_over_are_no_attack() -> None:
    got = events_of(
        "Washington is getting ready to let its regional partners arm the rebels and flood the "
        "front with anti-tank missiles, an official told the paper.",
        date(2016, 5, 4),
    )
    assert all(e.event_type != "Explosions/Remote violence" for e in got)


def test_a_town_shelled_with_rockets_is_still_shelled() -> None:
    got = events_of("Government forces shelled Kafr Nabl with rockets on Monday, killing two.", WIRE_DAY)
    assert any(e.event_type == "Explosions/Remote violence" for e in got)


def test_a_number_of_suspects_is_read_as_the_isaf_gold_reads_it() -> None:
    # "a number of" is three: the ISAF gold codes it so (casualties.json `amounts`);
    # kept against a blind reader's note, as the project's documented reading
    claims = extract(
        "KABUL, Afghanistan (June 12, 2012) - During the raid the security force also detained "
        "a number of suspected insurgents in Logar province today.",
        ISAF_DAY,
        outlet="ISAF",
    ).claims
    taken = [c for c in claims if isinstance(c, CasualtyClaim) and c.outcome == "captured"]
    assert taken and taken[0].best == 3
