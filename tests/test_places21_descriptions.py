"""A place written as a short description, as UCDP GED's where_description
and captions write it ("X town", "the town of X, east of the capital",
"Region: Town", a name in lower case), and an Arabic article in lower case
opening a name ("in al-X"). The texts are written for these tests; the
places are real, so the expected points are the gazetteer's."""

from __future__ import annotations

from warmonitor.extract.acled_location import locate
from warmonitor.extract.gazetteer import distance_km


def km_from(text: str, iso: str, lat: float, lon: float) -> float:
    where = locate(text, iso, [])
    assert where.lat is not None and where.lon is not None, (text, where)
    return distance_km((where.lat, where.lon), (lat, lon))


def test_a_description_that_is_a_town_and_its_kind() -> None:
    assert km_from("Jalingo town", "NG", 8.89, 11.36) < 10
    assert km_from("Tesanj town (outskirts)", "BA", 44.61, 17.99) < 10


def test_a_description_that_opens_with_its_town_before_a_bearing() -> None:
    # The capital named after the bearing is where the town lies from, not the place.
    assert km_from("Medea, some 80 km south of the capital Algiers", "DZ", 36.26, 2.75) < 10
    assert km_from("the town of al-Dumayr north-east of Damascus", "SY", 33.64, 36.69) < 10


def test_a_region_then_a_colon_then_the_town() -> None:
    assert km_from("Idlib: Saraqib", "SY", 35.86, 36.81) < 10
    assert km_from("Kherson: Beryslav", "UA", 46.84, 33.43) < 10


def test_a_short_description_in_lower_case_and_a_trailing_comma() -> None:
    assert km_from("nabk", "SY", 34.02, 36.73) < 10
    assert km_from("Gudermes,", "RU", 43.35, 46.10) < 10


def test_a_lower_case_article_opens_a_name_in_a_note() -> None:
    note = "On 2 May 2022, clashes were reported in el-Fasher between two armed groups."
    assert km_from(note, "SD", 13.63, 25.35) < 15


def test_a_city_part_named_alone_is_no_namesake_town() -> None:
    # Nayarit has a town of this name; a neighbourhood of an unnamed city is not it.
    assert locate("El Porvenir neighbourhood, by the market", "MX", []).lat is None
    # A street or a neighbourhood first, the city after: the city.
    assert km_from("Rua Sete de Setembro, Jurunas neighbourhood, in Belem.", "BR", -1.46, -48.49) < 15
    assert km_from("Perpetuo Socorro neighborhood, on the north side of Macapa", "BR", 0.04, -51.07) < 15


def test_a_dated_note_opens_with_no_place() -> None:
    note = "On 3 January 2022, around 40 people gathered in Lyon against the new rules."
    assert km_from(note, "FR", 45.75, 4.85) < 10


def test_two_towns_by_idlib_the_gazetteer_now_holds_by_their_cited_points() -> None:
    # villages.csv rows citing Wikipedia's coordinates; the spellings are reporters'.
    assert km_from("Shells fell on Foua and nearby farms (Idleb).", "SY", 35.98, 36.70) < 3
    assert km_from("fighting near Kfar Nbouda in the northern countryside of Hama", "SY", 35.43, 36.49) < 3
    assert km_from("Rebels shelled Kefraya (Idleb) at dawn.", "SY", 35.99, 36.68) < 3
