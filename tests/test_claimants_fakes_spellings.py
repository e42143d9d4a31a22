"""Speakers as FA-KES copy writes them (issue 11, branch claimant17):
'A Source at <body>' capitalised, as Al-Manar's copy of SANA writes it, is
the body, as 'a source at <body>' is (the blind claimant gold's dev half
names the governorate); a country's possessive with its apostrophe stripped
("Russias Defense Ministry") is that country's. Sentences are this
project's own wording; none is a report's."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 2, 27)


def _claimants(text: str, outlet: str = "Outlet") -> list[str | None]:
    return [c.claimant for c in extract(text, DAY, outlet=outlet).claims if isinstance(c, CasualtyClaim)]


@pytest.mark.parametrize("noun", ["source", "Source", "SOURCE"])
def test_a_source_at_a_body_is_the_body_in_any_case(noun: str) -> None:
    text = f"A {noun} at Homs Governorate told the agency that three farmers were killed by a mine."
    found = _claimants(text)
    assert found == ["homs governorate"]


@pytest.mark.parametrize(
    ("owner", "claimant"),
    [
        ("Russias defence ministry", "Russian Ministry of Defence"),
        ("Syrias interior ministry", "syrian interior ministry"),
    ],
)
def test_a_countrys_possessive_with_its_apostrophe_stripped(owner: str, claimant: str) -> None:
    """FA-KES strips apostrophes: "Russias Defense Ministry" is Russia's."""
    text = f"{owner} said 14 gunmen were killed in the raid on the depot."
    found = _claimants(text)
    assert found == [claimant]


@pytest.mark.parametrize(
    ("speaker", "claimant"),
    [
        ("the UN childrens agency UNICEF said", "UNICEF"),
        ("the United Nations Childrens Fund (UNICEF) said in a statement", "UNICEF"),
        ("the group's Amaq news agency claimed", "Amaq"),
        ("a witness told the radio", "witness"),
    ],
)
def test_named_kinds_of_speaker(speaker: str, claimant: str) -> None:
    """UNICEF and Amaq speak as themselves (sources.csv), one witness as a witness."""
    text = f"Nine pupils were killed when the school was shelled on Monday {speaker}."
    found = _claimants(text)
    assert found == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "On Monday Syrian opposition forces stated that some 60 people were killed in the shelling.",
            "Syrian opposition",
        ),
        (
            "The opposition has accused the army of killing over 300 villagers near Damascus with gas.",
            "Syrian opposition",
        ),
        (
            "At least 30 people were killed when the depot blew up the UK-based opposition "
            "Syrian Observatory for Human Rights said on Thursday.",
            "Syrian Observatory for Human Rights",
        ),
    ],
)
def test_the_opposition_speaking_as_a_whole(text: str, claimant: str) -> None:
    """The opposition is a speaker of its own; a monitor it describes is the monitor."""
    found = extract(text, DAY, outlet="Outlet").claims
    assert [c.claimant for c in found if isinstance(c, CasualtyClaim)] == [claimant]


def test_the_vaguely_told_wounded_counted_later_are_the_same_account() -> None:
    """ "wounding several others" then the monitor's "several dozen wounded":
    the same people, so the monitor named just after tells the lead's count."""
    text = (
        "A car bomb hit a convoy of buses carrying evacuees killing at least 60 people "
        "and wounding several others. "
        "The blast went off at a crossing point on Saturday "
        "according to the Syrian Observatory for Human Rights. "
        "It warned that the death toll was likely to rise given the several dozen wounded at the site."
    )
    found = [
        (c.best, c.claimant)
        for c in extract(text, DAY, outlet="Outlet").claims
        if isinstance(c, CasualtyClaim)
    ]
    assert found[0] == (60, "Syrian Observatory for Human Rights")


@pytest.mark.parametrize(
    "name", ["Syrian Obervatory for Human Rights", "Syrian Observatroy for Human Rights"]
)
def test_a_misspelt_word_of_a_known_name_is_put_right(name: str) -> None:
    text = f"At least 17 people were killed in the night raids according to the {name}."
    found = _claimants(text)
    assert found == ["Syrian Observatory for Human Rights"]


@pytest.mark.parametrize("word", ["Committees", "Commission"])
def test_another_ending_is_no_misspelling(word: str) -> None:
    """ "Committees" is no misspelt "Committee", "Commission" no "Commissioner"."""
    from warmonitor.extract.speaker_names import respelt

    assert respelt(f"the Local {word}") == f"the Local {word}"
