"""Faults a seeded reading (seed 1771) of 165 development texts found in the
casualty claims (issue 11, precision17): a death toll read as a count of the
hurt, a breakdown given the fate of a later verb, the hospitalized counted
dead, a coordinated "and a <person>" giving a count another person's party,
and people beaten up counted dead.

The sentences are this project's own, written after reading such sentences
in FA-KES articles outside gold/fakes/split.csv (SANA and Al-Manar tolls),
South Asia Terrorism Portal summaries and Sputnik copies.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 5, 3)


def _casualties(text: str) -> list[tuple[str, str, int | None]]:
    claims = [c for c in extract(text, DAY).claims if isinstance(c, CasualtyClaim)]
    return [(c.outcome, c.party, c.best) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from the rocket fire on the old quarter rose to 15, "
        "with more than 40 others wounded, the agency said.",
        "Death toll of Sunday's mortar attacks on the city climbs to 15 and 40 injured",
        "By nightfall the death toll in the harbour quarter had reached 15, besides 40 people injured.",
        "The death toll of the two car bombs has now risen to 15 and over 40 wounded, many of them pupils.",
    ],
)
def test_a_death_tolls_count_is_of_the_dead_though_the_hurt_stand_nearer(text: str) -> None:
    found = _casualties(text)
    assert any(o == "killed" and n == 15 for o, _p, n in found), found
    assert not any(o == "injured" and n == 15 for o, _p, n in found), found
    assert any(o == "injured" and n == 40 for o, _p, n in found), found


def test_a_toll_of_the_wounded_stays_the_wounded() -> None:
    found = _casualties(
        "The toll of wounded from the shelling of the market stood at 23 on Tuesday, doctors said."
    )
    assert not any(o == "killed" and n == 23 for o, _p, n in found), found


def test_a_breakdown_shares_its_wholes_fate() -> None:
    found = _casualties(
        "Jets pounding the valley killed 27 farmers, among them 9 boys, and "
        "wounded some 60 more on Monday, the monitor said."
    )
    assert ("killed", "civilians:children", 9) in found, found
    assert not any(o == "injured" and n == 9 for o, _p, n in found), found


def test_a_breakdown_of_the_wounded_stays_wounded() -> None:
    found = _casualties(
        "Shells killed five people and wounded 30 others including 12 children "
        "in the square on Monday, police said."
    )
    assert any(o == "injured" and n == 12 for o, _p, n in found), found


def test_the_hospitalized_are_hurt_not_dead() -> None:
    found = _casualties(
        "Four people died and over 20 residents were hospitalized after the shelling on Monday."
    )
    assert not any(o == "killed" and n == 20 for o, _p, n in found), found
    assert any(o == "injured" and n == 20 for o, _p, n in found), found


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Four constables and a driver died when the bomb went off beside the checkpoint on Monday.",
            "government",
        ),
        (
            "The drone hit a hideout and killed 11 insurgents and a girl, the monitor said on Sunday.",
            "rebels",
        ),
        ("Five insurgents and one trooper were killed in the night-long gunbattle on Tuesday.", "rebels"),
        ("Three policemen and a herdsman were wounded when a landmine went off on Friday.", "government"),
    ],
)
def test_and_a_person_names_one_more_not_the_counts_people(text: str, party: str) -> None:
    found = _casualties(text)
    assert found and found[0][1] == party, found


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shot dead the ward councillor on Monday and beat up several people they called informers.",
        "The squad shot dead a trader, thrashed three of his neighbours and left a note behind.",
        "Gunmen assaulted two farmers and killed their brother near the river on Sunday.",
    ],
)
def test_people_beaten_or_assaulted_are_no_toll(text: str) -> None:
    found = _casualties(text)
    assert [n for _o, _p, n in found] == [1], found


def test_a_part_told_with_its_own_verb_keeps_that_verb() -> None:
    found = _casualties(
        "Gunships struck the convoy, killing 20 insurgents and wounding scores of them, the army said."
    )
    assert any(o == "injured" and p.startswith("rebels") for o, p, _n in found), found
    assert [n for o, _p, n in found if o == "killed"] == [20], found


@pytest.mark.parametrize(
    "text",
    [
        "The fighting has cost over 400,000 lives and uprooted half the country, UN agencies say.",
        "A third of a million dead in seven years: talks to end the war have stalled again.",
        "The rights group put the toll of the eight-year conflict at more than 400,000 people.",
    ],
)
def test_a_count_of_the_dead_in_the_hundreds_of_thousands_is_the_wars_toll(text: str) -> None:
    claims = [c for c in extract(text, DAY).claims if isinstance(c, CasualtyClaim)]
    assert claims and all(c.scope == "historical" for c in claims), claims


def test_one_days_toll_stays_the_incidents() -> None:
    claims = [
        c
        for c in extract("Jets killed 45 people in the market on Monday, the monitor said.", DAY).claims
        if isinstance(c, CasualtyClaim)
    ]
    assert [c.scope for c in claims] == ["incident"]


def test_people_a_siege_threatens_are_no_toll() -> None:
    text = "At least 12 rebels died trying to break a blockade that endangers 90,000 residents."
    assert [n for _o, _p, n in _casualties(text)] == [12]


@pytest.mark.parametrize(
    "text",
    [
        "The governor earlier put the death toll at 3 farmers while 8 other people were reported injured.",
        "Police set the death toll at 3 traders while 8 other shoppers were said to be wounded.",
    ],
)
def test_a_counts_own_verb_with_reported_between_gives_its_fate(text: str) -> None:
    found = _casualties(text)
    assert [(o, n) for o, _p, n in found] == [("killed", 3), ("injured", 8)], found


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed while five other soldiers sustained injuries in the blasts.",
        "At least two border troops and a farmer were killed while five other troops and "
        "two farmers sustained injuries in the blasts.",
    ],
)
def test_the_hurt_told_with_sustained_injuries_are_not_the_dead(text: str) -> None:
    found = _casualties(text)
    assert ("injured", "government", 5) in found, found
    assert not any(o == "killed" and n == 5 for o, _p, n in found), found


def test_others_who_sustained_injuries_are_counted_hurt() -> None:
    found = _casualties(
        "Four people were killed and 30 others sustained serious injuries when the shells hit."
    )
    assert [(o, n) for o, _p, n in found] == [("killed", 4), ("injured", 30)], found
