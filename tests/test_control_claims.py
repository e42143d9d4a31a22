"""Control claims (issue 11) on sentences of our own wording, after the ways
FA-KES articles and wire reports of other wars put who holds, takes, besieges
or contests a place: "-held" modifiers, strongholds, "under X control",
expulsions, repelled attacks, sieges with and without a besieger, containers,
landmarks and intent."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import ControlClaim
from warmonitor.extract.pipeline import extract

DAY = date(2024, 6, 12)


def control(text: str) -> list[tuple[str | None, str | None, str]]:
    claims = [c for c in extract(text, DAY, outlet="Reuters").claims if isinstance(c, ControlClaim)]
    return [(c.place.name if c.place else None, c.actor, c.change) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the town, not the province it lies in
        (
            "Drones struck the rebel-held town of Kafranbel in Idlib province on Sunday, residents said.",
            [("Kafranbel", "Rebel Group (Syria)", "holds")],
        ),
        (
            "Shelling of Russian-occupied Melitopol killed two people, the Ukrainian military said.",
            [("Melitopol", "Military Forces of Russia", "holds")],
        ),
        (
            "Coalition jets struck Raqqa, the Islamic State group's de facto capital, on Friday.",
            [("Raqqa", "Islamic State", "holds")],
        ),
        (
            "In Mali, ten civilians died in Kidal, which has been under JNIM control since January.",
            [("Kidal", "JNIM", "holds")],
        ),
        (
            "Doctors in Khan Sheikhoun in the Idlib province held by the opposition said victims choked.",
            [("Idlib", "Rebel Group (Syria)", "holds")],
        ),
    ],
)
def test_who_holds_a_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert control(text) == expected


def test_driven_out_of_a_town_the_subject_gains_and_the_object_loses() -> None:
    assert control("In Sudan, RSF fighters drove the army out of Wad Madani on Tuesday, witnesses said.") == [
        ("Wad Medani", "Rapid Support Forces", "gained"),
        ("Wad Medani", "Military Forces of Sudan", "lost"),
    ]


def test_a_siege_needs_a_besieger_and_a_convoy_takes_nothing() -> None:
    assert control("Aid finally reached the besieged town of Madaya on Monday.") == []
    assert control("In Syria, a UN convoy entered government-besieged Madaya on Monday with flour.") == [
        ("Madaya", "Military Forces of Syria", "contested")
    ]


def test_a_repelled_attack_contests_the_place_for_both_sides() -> None:
    assert control("Troops repelled an attack by Islamic State fighters on Palmyra, state media said.") == [
        ("Palmyra", "Military Forces of Syria", "contested"),
        ("Palmyra", "Islamic State", "contested"),
    ]


def test_the_rebels_after_a_named_group_are_that_group() -> None:
    assert control("HTS fighters stormed Maarat al-Numan on Sunday. The rebels also seized Kafranbel.") == [
        ("Maarat al-Numan", "Hayat Tahrir al-Sham", "gained"),
        ("Kafranbel", "Hayat Tahrir al-Sham", "gained"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv says the Russian assault on Vovchansk has stalled, its troops pushed back over the river.",
            [("Vovchansk", "Military Forces of Russia", "contested")],
        ),
        (
            "In Syria, the army pressed on with its offensive to retake the town of Tadef.",
            [("Tadif", "Military Forces of Syria", "contested")],
        ),
        (
            "Militiamen are still recovering from last week's loss of the market town of Saraqib to "
            "Hayat Tahrir al-Sham fighters.",
            [("Saraqib", "Hayat Tahrir al-Sham", "gained")],
        ),
        (
            "IS fighters were driven out of Tabqa on Sunday, the Observatory said.",
            [("Al-Tabqa", "Islamic State", "lost")],
        ),
        # an outlet that strips apostrophes and hyphens
        (
            "Shelling on the Islamic State groups stronghold of Raqqa killed 4 people.",
            [("Raqqa", "Islamic State", "holds")],
        ),
        (
            "Nine people died when shells hit the government held western Aleppo on Sunday.",
            [("Aleppo", "Military Forces of Syria", "holds")],
        ),
        (
            "In Iraq, the army repelled an attack by IS militants on Haditha, killing 20.",
            [
                ("Hadithah", "Military Forces of Iraq", "contested"),
                ("Hadithah", "Islamic State", "contested"),
            ],
        ),
    ],
)
def test_offensives_losses_and_stripped_punctuation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert control(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A rocket attack on Kharkiv killed three people.",  # from the air: no ground contest
        "The government held talks in Kharkiv with local officials.",
        "Government troops took three villages in Hama countryside on Monday.",  # Hama is the container
        "The militants control large parts of Mali.",  # a country
        "Rebels took a checkpoint on the highway that links Aleppo to Latakia.",  # landmarks
        "The offensive aims to drive the rebels from Idlib.",  # intent
        "The two sides fought for control of Bakhmut for months.",  # the noun names no holder
        "A suicide bomber driving a car blew himself up in Qamishli.",  # no from phrase
    ],
)
def test_no_place_changes_hands(text: str) -> None:
    assert control(text) == []


@pytest.mark.parametrize(
    "forces",
    ["President Bashar al-Assad's forces", "Bashar al Assads troops", "Assads forces"],
)
def test_the_president_s_forces_are_his_army(forces: str) -> None:
    # FA-KES texts drop the apostrophe ("Assads forces"); both are the state's army.
    assert control(f"In Syria, {forces} recaptured Palmyra from the jihadists on Sunday.")[0] == (
        "Palmyra",
        "Military Forces of Syria",
        "gained",
    )


@pytest.mark.parametrize("when", ["in mid-2014", "in early 2014", "in late 2014"])
def test_a_capture_told_in_part_of_a_past_year_is_history(when: str) -> None:
    text = f"Jihadists overran the town of Maskanah {when} and have held it since, residents said."
    claims = extract(text, date(2016, 8, 14)).claims
    assert not [c for c in claims if isinstance(c, ControlClaim) and c.change == "gained"]
