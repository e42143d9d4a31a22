"""Places the blind reader of the twenty-fourth session found unplaced or
misplaced because the gazetteer lacked them (issue 13, branch places29):
Kafr Hamrah north-west of Aleppo (a loose match took "Kafr Hamra" to Al
Hamra of Hama before the list reached Hreitan) and "the White House"
(GeoNames's town in Tennessee). The sentences are this project's
own, written after reading FA-KES articles that name these places."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.acled_location import locate
from warmonitor.extract.gazetteer import distance_km
from warmonitor.extract.pipeline import extract

KAFR_HAMRAH = (36.25, 37.08)  # German Wikipedia's coordinate, to the minute


def _places(text: str) -> dict[str, tuple[str, str | None]]:
    result = extract(text, date(2016, 10, 27))
    return {p.name: (p.country or "", p.admin1) for p in result.places}


def km_from(text: str, point: tuple[float, float]) -> float:
    where = locate(text, "SY", [])
    assert where.lat is not None and where.lon is not None, (text, where)
    return distance_km((where.lat, where.lon), point)


def test_kafr_hamra_in_a_list_is_the_aleppo_town_not_al_hamra_of_hama() -> None:
    places = _places(
        "Regime helicopters dropped barrel bombs on the areas of Kafr Hamra and Hreitan north of Aleppo, "
        "wounding a dozen people, activists said."
    )
    assert "Kafr Hamrah" in places, places
    assert ("Syria", "Hama") not in places.values(), places
    assert km_from("air raids hit a clinic in the town of Kfar Hamra before dawn", KAFR_HAMRAH) < 3


def test_the_white_house_is_no_town_in_tennessee() -> None:
    places = _places(
        "The president told reporters ahead of a session with his ministers at the White House. Envoys "
        "were due to meet over Syria in Geneva."
    )
    assert ("United States", "Tennessee") not in places.values(), places
    assert places.get("Geneva") == ("Switzerland", "Geneva"), places
