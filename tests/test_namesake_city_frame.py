"""A city of its province's name leading a sentence that names a town or
district of that province by its unit's word frames the finer place (blind
reading 4545: "In Kandahar yesterday ... near the town of X in the Arghandab
district" had put the arrests in Kandahar city). Our own sentences (lead35)."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.pipeline import extract


def _places(text: str) -> list[str | None]:
    return [c.place.name if c.place else None for c in extract(text, date(2011, 6, 2)).claims]


def test_a_district_named_after_its_namesake_city_is_the_place() -> None:
    text = (
        "In Kandahar yesterday, a joint patrol searched compounds in the Arghandab district. "
        "The patrol detained three suspected insurgents during the search."
    )
    assert set(_places(text)) == {"Arghandab"}


def test_a_city_acted_on_from_a_town_keeps_the_city() -> None:
    assert _places("Rebels shelled Aleppo from Anadan on Monday, the army said.") == ["Aleppo"]
