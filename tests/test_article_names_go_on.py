"""A name after a preposition that goes on with an Arabic article ("Bab
al-Faraj") is no town named by its first word (blind reading 7878: a street
of Aleppo became the town of al-Bab)."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract


def casualty_places(text: str) -> list[str | None]:
    found = extract(text, date(2016, 6, 1), outlet="Wire").claims
    return [c.place.name if c.place else None for c in found if isinstance(c, CasualtyClaim)]


def test_a_quarter_named_bab_something_is_not_the_town_of_al_bab() -> None:
    text = "On Monday four civilians were killed when shells fell on Bab al-Hadid market in Aleppo."
    assert casualty_places(text) == ["Aleppo"]


def test_the_town_itself_is_still_found() -> None:
    text = "On Monday four civilians were killed when shells fell on al-Bab, a town north-east of Aleppo."
    assert casualty_places(text) == ["al-Bab"]
