"""Pakistan's north-west and its state units (issue 13), after a blind
reading of real text in which "Bara" (a tehsil of Khyber district) went to
Bara, Gombe, Nigeria, the soldiers with it to Nigeria's army, and the
Frontier Corps to Afghanistan's forces. Sentences are our own, written after
reading South Asia Terrorism Portal summaries in
../shared/data/real-dev/satp_relevant_train.tsv: punctuation partly
stripped, "tehsil (revenue unit)", an acronym after the force's name,
"reports <paper>"."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.actors import load_actors
from warmonitor.extract.pipeline import extract

DAY = date(2023, 5, 2)


def _places(text: str) -> dict[str, tuple[str | None, str | None]]:
    result = extract(text, DAY)
    return {text[a:b]: (p.name, p.country) for p in result.places for a, b in p.mentions}


def _acled_actors(text: str) -> set[str]:
    return {a.acled_name or a.name for a in extract(text, DAY).actors}


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("A remote controlled bomb went off near a school in Khyber district on Sunday, police said.",
         "Khyber district", "Khyber District"),
        ("Militants torched a girls school in Jamrud and another in Khyber Agency overnight reports Dawn",
         "Khyber Agency", "Khyber District"),
        ("Security forces said they had cleared two militant hideouts in the Tirah valley after a week.",
         "Tirah valley", "Tirah"),
        ("Lashkar e Islam men and a tribal lashkar traded fire in Maidan area of Tirah in Khyber district",
         "Tirah", "Tirah"),
    ],
)  # fmt: skip
def test_khyber_and_tirah_are_places_in_pakistan(text: str, mention: str, name: str) -> None:
    assert _places(text)[mention] == (name, "Pakistan")


def test_bara_of_khyber_is_no_town_in_nigeria() -> None:
    # No citable coordinate was found for Pakistan's Bara; a Nigerian, Sudanese
    # or Romanian namesake must not stand in for it.
    text = (
        "Two Frontier Corps FC personnel were killed and three injured when militants attacked "
        "a check post in Bara tehsil (revenue unit) of Khyber district on March 3 reports Dawn"
    )
    result = extract(text, DAY)
    assert {p.country for p in result.places} == {"Pakistan"}
    names = {a.acled_name or a.name for a in result.actors}
    assert "Military Forces of Pakistan (2022-)" in names
    assert not any("Nigeria" in n or "Afghanistan" in n for n in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Beside the Afghan border the FC are still Pakistan's, not Afghanistan's.
        ("Frontier Corps troops exchanged fire with Afghan border forces near Torkham on Tuesday.",
         "Military Forces of Pakistan (2022-)"),
        ("Sindh Rangers said four suspects died in an exchange of fire in Gadap Town of Karachi",
         "Military Forces of Pakistan (2022-)"),
        ("Unidentified gunmen shot dead a Levies official near Turbat in Kech District late on Monday",
         "Police Forces of Pakistan (2022-)"),
        ("A suicide bomber struck a Khassadar force vehicle on the Peshawar Torkham road",
         "Police Forces of Pakistan (2022-)"),
    ],
)  # fmt: skip
def test_pakistans_state_units_are_pakistans(text: str, expected: str) -> None:
    assert expected in _acled_actors(text)


@pytest.mark.parametrize(
    "text",
    [
        # Park rangers (Virunga), a tax, and a football club are no Pakistani force.
        "Rangers in Virunga National Park were ambushed by Mai-Mai fighters near Rutshuru.",
        "The government raised levies on imported fuel in March.",
        "Fans of Rangers clashed with police outside Ibrox after the match.",
    ],
)
def test_rangers_and_levies_alone_are_not_pakistans_forces(text: str) -> None:
    assert not any(m.actor.country == "Pakistan" for m in load_actors().find(text))
