"""False and missed events (events18, fifteenth session): an inquiry's
findings, accusations and institutions told with a weapon's name; a group's
habits; launches across a border and the army that tells of them. Sentences
of our own, written after reading FA-KES articles outside
gold/fakes/split.csv, SATP summaries and IDF Telegram posts in
../shared/data/real-dev/."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import extract


def _events(text: str, published: date = date(2017, 4, 7)) -> list[EventClaim]:
    return [c for c in extract(text, published=published).claims if isinstance(c, EventClaim)]


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors of the chemical weapons watchdog arrived in the capital on Thursday, officials said.",
        "The watchdog's fact-finding team concluded that sarin had been used in the town, its report said.",
        "Investigators determined with high confidence that a helicopter dropped a chlorine canister.",
        "Western states pushed for sanctions over allegations of chemical weapon attacks by the regime.",
        "The country joined the convention in 2013 and gave up its chemical weapons stockpile.",
    ],
)
def test_findings_and_institutions_are_no_chemical_attack(text: str) -> None:
    assert "Chemical weapon" not in [c.sub_event_type for c in _events(text)]


def test_a_gas_attack_told_as_news_stays() -> None:
    text = "A government helicopter dropped a barrel bomb of chlorine on the town on Saturday, medics said."
    assert [c.sub_event_type for c in _events(text)] == ["Chemical weapon"]


def test_cruise_missiles_on_a_chemical_weapons_site_are_not_a_gas_attack_cue() -> None:
    """The research centre's chemical name says what was hit, not with what."""
    found = _events("US missiles hit a chemical weapons research centre near Damascus overnight.")
    assert [c.text[c.span[0] : c.span[1]] for c in found] == ["missiles"]


@pytest.mark.parametrize(
    "text",
    [
        "The government has repeatedly denied using chemical weapons.",
        "A UN panel had earlier said that government forces have used chlorine on several occasions.",
        "Maoists have used IEDs extensively in the district, targeting road-opening parties.",
        "Such roadside bombs are the insurgents' weapon of choice.",
        "Rebels have been known to ambush convoys on this road.",
    ],
)
def test_a_groups_habits_are_no_event(text: str) -> None:
    assert _events(text, date(2016, 6, 5)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army denied shelling the camp on Tuesday.",
        "Police said the rebels have ambushed a convoy near the village, killing four soldiers.",
        "The militants used an IED to blow up a police vehicle in the district on Sunday.",
    ],
)
def test_a_days_act_stays(text: str) -> None:
    assert _events(text, date(2016, 6, 5))


def test_a_launch_site_gives_way_to_where_the_shells_fell() -> None:
    (event,) = _events(
        "Sirens went off in two villages; soon after four mortar bombs fired from Lebanon fell near Shlomi.",
        date(2023, 11, 5),
    )
    assert event.place is not None and event.place.name == "Shlomi"


def test_a_launch_site_alone_stays_the_place() -> None:
    (event,) = _events("Rockets were fired from Lebanon on Sunday, the army said.", date(2023, 11, 5))
    assert event.place is not None and event.place.country == "Lebanon"


def test_the_army_telling_of_a_launch_is_no_party_to_it() -> None:
    """Coded as a party, the army that tells took the launch site's country."""
    (event,) = _events("Rockets were fired from Lebanon on Sunday, the army said.", date(2023, 11, 5))
    assert event.actors == []


def test_a_drone_launched_across_the_border_is_an_event() -> None:
    (event,) = _events(
        "Earlier today a drone was launched from Syria toward the Golan Heights and was shot down.",
        date(2023, 11, 5),
    )
    assert event.place is not None and event.place.name == "Golan Heights"


def test_the_army_said_it_struck() -> None:
    """An army telling its own strike with "it" is the strike's doer."""
    (event,) = _events(
        "The army said it struck Hezbollah positions in southern Lebanon on Sunday.", date(2023, 11, 5)
    )
    assert event.sub_event_type == "Air/drone strike" and "Hezbollah" in event.actors


def test_a_group_claiming_an_attack_stays_its_doer() -> None:
    (event,) = _events(
        "The Islamic State group claimed the suicide bombing that hit a police station in Damascus on Monday",
        date(2017, 10, 3),
    )
    assert "Islamic State" in event.actors
