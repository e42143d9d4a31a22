"""One victim told without a number, a group told without one, and a count
that a verb of detention takes although a killing word follows it.

Sentences are our own, in the shapes of SATP summaries and ISAF releases
(blind reading 1414 and 2323, 2026-12-01)."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.pipeline import extract


def _casualties(text: str) -> list[tuple[str, str, int | None]]:
    claims = extract(text, date(2014, 3, 9)).claims
    return [(c.outcome, c.party, c.best) for c in claims if c.kind == "casualty"]


@pytest.mark.parametrize(
    "text",
    [
        "Unknown gunmen shot dead the caretaker of a shrine near Multan on Friday, police said.",
        "Suspected rebels killed the headmaster of a village school in Tura district on Saturday.",
        "Maoist cadres killed a sarpanch in Latehar district on Sunday, branding him an informer.",
        "Two men on a motorbike gunned down an electrician outside his shop in Karachi on Monday.",
    ],
)
def test_a_lone_victim_of_a_trade_or_office_is_one_killed(text: str) -> None:
    assert [(o, b) for o, _p, b in _casualties(text)] == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "A militant rocket team was killed by an air strike in Zurmat district on Sunday.",
        "Coalition aircraft struck and killed an insurgent ambush cell near the road in Helmand on Sunday.",
    ],
)
def test_a_group_named_by_its_members_noun_is_no_lone_victim(text: str) -> None:
    assert ("killed", "rebels", 1) not in _casualties(text)


def test_a_soldier_of_a_patrol_is_still_one_killed() -> None:
    found = _casualties("Militants killed a soldier of the border patrol in Kupwara on Sunday.")
    assert ("killed", "government", 1) in found


def test_a_count_detained_before_a_killing_word_is_captured() -> None:
    found = _casualties(
        "Afghan and coalition forces hunted a Taliban commander in Paktika and Khost, detaining more "
        "than 20 suspected militants and killing three armed insurgents in the two provinces on Sunday."
    )
    assert ("captured", "rebels", 20) in found
    assert ("killed", "rebels", 3) in found
    assert not any(o == "killed" and b == 20 for o, _p, b in found)


def test_killed_then_arrested_keeps_both_outcomes() -> None:
    found = _casualties("Troops killed six insurgents and arrested four others near Kandahar on Sunday.")
    assert ("killed", "rebels", 6) in found
    assert any(o == "captured" and b == 4 for o, _p, b in found)


def test_a_count_killed_before_a_later_detention_verb_stays_killed() -> None:
    found = _casualties(
        "A media rights group tallied 52 journalists killed in 2013 along with 97 were kidnapped "
        "and 140 were imprisoned."
    )
    assert any(o == "killed" and b == 52 for o, _p, b in found)
    assert not any(o == "captured" and b == 52 for o, _p, b in found)


@pytest.mark.parametrize(
    "text",
    [
        "05-06-2017 Two Terrorist Attacks Hit Market Town In Northern Province Kill 30.",
        "Two insurgent blasts near the market killed 30 people on Sunday.",
        "Three militant attacks on police posts killed 30 people in the district on Sunday.",
    ],
)
def test_a_count_of_attacks_or_blasts_is_no_count_of_people(text: str) -> None:
    found = _casualties(text)
    assert any(o == "killed" and b == 30 for o, _p, b in found)
    assert not any(b in (2, 3) for _o, _p, b in found)
