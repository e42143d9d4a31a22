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
    # Hezbollah's positions were struck: the strike's target (events28), not its doer
    assert event.sub_event_type == "Air/drone strike" and "Hezbollah" in event.targets


def test_a_group_claiming_an_attack_stays_its_doer() -> None:
    (event,) = _events(
        "The Islamic State group claimed the suicide bombing that hit a police station in Damascus on Monday",
        date(2017, 10, 3),
    )
    assert "Islamic State" in event.actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Earlier today, two anti-tank missiles were fired from Lebanon toward the area of Shlomi. "
            "Soon after, army tanks hit the sources of the fire.",
            "Lebanon",
        ),
        (
            "This morning a rocket was launched from southern Lebanon and landed in an open field "
            "near Metula. Our artillery then struck the launchers.",
            "Lebanon",
        ),
        (
            "A mortar shell fired from Gaza exploded outside Sderot overnight. "
            "In reply, jets hit the launch site.",
            "Gaza",
        ),
    ],
)
def test_a_strike_on_the_sources_of_fire_is_at_the_launch_site(text: str, expected: str) -> None:
    """The answering strike names no place: it is where the fire set out,
    not the town the fire was aimed at, which the sentence before names."""
    found = _events(text, date(2024, 1, 10))
    answer = [c for c in found if "hit" in c.text or "struck" in c.text]
    assert answer
    assert answer[-1].place is not None and expected in answer[-1].place.name


def test_a_strike_with_no_launch_site_told_takes_none() -> None:
    """With no 'fired from' before it, no launch site is made up: the answer
    keeps what the incident gives it (here nothing, the report's outlet unknown)."""
    text = "Two mortar shells fell near Sderot this morning. In reply, jets struck the launchers."
    answer = [c for c in _events(text, date(2024, 1, 10)) if "struck" in c.text]
    assert answer and (answer[0].place is None or answer[0].place.name == "Sderot")


def test_a_strike_on_a_target_of_its_own_kind_keeps_the_town() -> None:
    """Launchers are not what is struck here: a strike on a post carries on with the incident."""
    text = (
        "Rockets were fired from Lebanon at the outskirts of Shlomi on Monday. "
        "Shortly after, jets struck a compound used by the group."
    )
    answer = [c for c in _events(text, date(2024, 1, 10)) if "struck" in c.text]
    assert answer and answer[0].place is not None and answer[0].place.name == "Shlomi"
