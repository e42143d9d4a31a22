"""A large city the language model reads as a man's name ("Khan Younis":
"Younis" is a given name) is still the city after a word of place
(extract/components.py `_city_as_person`). From a blind reading of IDF
posts (seed 6363) in which strikes "in Khan Younis" had no place. The
sentences are this project's own.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.pipeline import extract

DAY = date(2023, 11, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Aircraft hit a rocket workshop in Khan Younis overnight.",
        "Troops searched a tunnel shaft near Khan Younis on Monday.",
    ],
)
def test_a_city_read_as_a_name_after_a_word_of_place_is_the_city(text: str) -> None:
    names = {p.name for p in extract(text, DAY).places}
    assert "Khan Younis" in names, names


def test_a_man_of_that_name_is_no_place() -> None:
    names = {p.name for p in extract("A strike killed Younis Barakat at his home.", DAY).places}
    assert names == set(), names
