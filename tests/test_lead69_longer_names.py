"""A place's name that runs on into a longer village or area name the
gazetteer lacks is not that place (issue 13, lead69, twenty-fifth session).

A blind reader found a Kashmir village whose two-word name begins with a
German city's name coded, with all its events, in Germany. South Asian
reports name villages and areas this way ("at X Y village", "in X Y area";
about a hundred such two-word names in the SATP rows); the sentences here
are our own."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.pipeline import extract

DAY = date(2014, 7, 25)


def countries(text: str) -> set[str | None]:
    return {p.country for p in extract(text, DAY, outlet="SATP").places}


@pytest.mark.parametrize(
    ("text", "country", "not_country"),
    [
        (
            "A policeman was injured when an old shell went off in Bonn Hanjan village of Rajpora area "
            "in Pulwama District on Thursday, police said.",
            "India", "Germany",
        ),
        (
            "Two workers were shot dead by unidentified men in Paris Colony area of Karachi on Friday night.",
            "Pakistan", "France",
        ),
    ],
)  # fmt: skip
def test_a_longer_names_first_word_is_no_town_abroad(text: str, country: str, not_country: str) -> None:
    found = countries(text)
    assert country in found
    assert not_country not in found


def test_two_places_with_the_comma_dropped_stay_two() -> None:
    # a comma-less wire copy: the city, then a quarter the gazetteer knows
    found = extract("Shells fell in Damascus Jobar area on Monday.", DAY, outlet="AFP")
    places = {p.name for p in found.places}
    assert "Damascus" in places
