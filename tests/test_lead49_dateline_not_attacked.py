"""A bare "repelled an attack" with no place of its own is not placed at the
city of the release's dateline ("KABUL, Afghanistan (date) - A patrol
repelled an insurgent attack ..."): that is where the release was filed
(a blind reading, seed 9292, of an ISAF release); the report's own town,
named in its body, still is. The sentences are this project's own.
"""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import ControlClaim
from warmonitor.extract.pipeline import extract


def _control_places(text: str, outlet: str) -> list[str | None]:
    claims = extract(text, date(2011, 5, 3), outlet=outlet).claims
    return [c.place.name if c.place else None for c in claims if isinstance(c, ControlClaim)]


def test_a_datelines_city_is_not_the_place_attacked() -> None:
    places = _control_places(
        "KABUL, Afghanistan (May 3, 2011) - A combined Afghan and coalition patrol repelled an insurgent "
        "attack while moving through a valley of Kunar province today. The patrol returned fire.",
        "ISAF",
    )
    assert "Kabul" not in places, places


def test_the_town_the_report_is_about_still_is() -> None:
    places = _control_places(
        "Rebels stormed into Aleppo on Friday and fought in several districts of the city. The army said "
        "it repelled the attack on Saturday.",
        "AFP",
    )
    assert places.count("Aleppo") == 2, places
