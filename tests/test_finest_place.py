"""A town named inside the country or region a sentence opens on is where it
happened ("in eastern Syria near the city of Deir al-Zor"), for any war.
Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim, EventClaim
from warmonitor.extract.pipeline import extract


def _places(text: str) -> tuple[list[str | None], list[str | None]]:
    claims = extract(text, date(2017, 11, 17)).claims
    tolls = [c.place.name if c.place else None for c in claims if isinstance(c, CasualtyClaim)]
    acts = [c.place.name if c.place else None for c in claims if isinstance(c, EventClaim)]
    return tolls, acts


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "A suicide car bomb killed 14 people in eastern Syria near Deir ez-Zor, state television said.",
            "Deir ez-Zor",
        ),
        ("A roadside bomb killed three soldiers in Iraq near Mosul on Sunday.", "Mosul"),
        ("Gunmen killed nine herders in central Mali, near the town of Mopti.", "Mopti"),
    ],
)
def test_the_town_inside_the_country_named_first_is_the_place(text: str, town: str) -> None:
    tolls, acts = _places(text)
    assert tolls and all(name == town for name in tolls)
    assert acts and acts[0] == town


def test_a_town_in_another_country_does_not_replace_the_country() -> None:
    tolls, _ = _places("An air strike killed 11 civilians in Syria, the monitor in London said.")
    assert tolls == ["Syria"]


def test_a_landmark_town_or_the_regions_own_city_is_no_finer_place() -> None:
    text = "Barrel bombs killed 14 civilians in rural Idlib, in a village 10 km south of Idlib."
    claims = extract(text, date(2017, 11, 17)).claims
    toll = next(c for c in claims if isinstance(c, CasualtyClaim))
    assert toll.place is not None and toll.place.precision == 3


def test_a_part_inside_the_wholes_subject_leaves_the_place_to_both() -> None:
    text = "At least six people, including three policemen, were wounded in a blast in Quetta on Monday."
    tolls, _ = _places(text)
    assert tolls == ["Quetta", "Quetta"]
    tolls, _ = _places("Twenty civilians were killed in Aleppo province, 19 of them in Atarib.")
    assert tolls == ["Aleppo", "Al Atarib"]


def test_a_foreign_capital_addressed_by_a_verb_is_its_government_not_a_place() -> None:
    text = (
        "Air strikes hit a clinic near Aleppo in Syria on Tuesday. The clinic is near the town where an "
        "attack on a convoy of aid trucks killed some 18 civilians on Monday, triggering a row after "
        "Washington accused Moscow of responsibility."
    )
    claims = extract(text, date(2016, 9, 21)).claims
    countries = {c.place.country for c in claims if isinstance(c, (CasualtyClaim, EventClaim)) and c.place}
    assert countries == {"Syria"}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Nine soldiers were killed in Afghanistan's southern Helmand province on Monday, officials said.",
            "Helmand",
        ),
        (
            "Shelling killed 6 civilians in Syria's northern Idlib province on Monday, activists said.",
            "Idlib",
        ),
        (
            "Gunmen killed 12 villagers in Nigeria's northwestern Zamfara state on Monday, police said.",
            "Zamfara",
        ),
    ],
)
def test_with_no_town_the_countrys_own_region_is_the_place(text: str, region: str) -> None:
    # "in Syria's northern Idlib province": the country frames its region.
    tolls, _ = _places(text)
    assert tolls and tolls[0] is not None and region in tolls[0]
