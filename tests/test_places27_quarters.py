"""City quarters named alone in short place descriptions (UCDP GED's
where_description, ACLED-style notes) and the Persian ezafe "i" inside a
name. The texts are written for these tests; the quarters are listed in
data/gazetteer/city_quarters.csv with the sources that put them in their
city, and the expected points are the gazetteer's cities."""

from __future__ import annotations

from warmonitor.extract.acled_location import locate
from warmonitor.extract.gazetteer import distance_km

ALEPPO = (36.20, 37.16)
DAMASCUS = (33.51, 36.29)
DEIR_EZ_ZOR = (35.34, 40.14)
HOMS = (34.73, 36.71)


def km_from(text: str, iso: str, point: tuple[float, float]) -> float:
    where = locate(text, iso, [])
    assert where.lat is not None and where.lon is not None, (text, where)
    return distance_km((where.lat, where.lon), point)


def test_a_listed_quarter_named_alone_is_its_city() -> None:
    assert km_from("Sheikh Maksoud neighbourhood", "SY", ALEPPO) < 10
    assert km_from("al-Haweka neighborhood,", "SY", DEIR_EZ_ZOR) < 10
    assert km_from("abbasiya neighbourhood", "SY", HOMS) < 10


def test_a_quarter_the_gazetteer_holds_inside_one_city_is_placed() -> None:
    # villages.csv holds Mezzeh and Baba Amr as points inside Damascus and Homs
    assert km_from("Mazzeh neighbourhood,", "SY", DAMASCUS) < 10
    assert km_from("Bab Amr neighbourhood", "SY", HOMS) < 10


def test_a_quarter_told_in_words_is_its_city_too() -> None:
    assert km_from("mortar rounds fell on the Rushdiya quarter on Monday", "SY", DEIR_EZ_ZOR) < 10


def test_a_part_alone_of_two_cities_or_of_villages_everywhere_stays_unplaced() -> None:
    assert locate("Qusur neighbourhood", "SY", []).lat is None  # a quarter of Homs and of Deir ez-Zor
    assert locate("Las Lomas neighborhood", "MX", []).lat is None  # villages of that name in five states


def test_a_quarter_shared_by_two_cities_takes_the_one_named_beside_it() -> None:
    assert km_from("in al-Qusour (Deir ez-Zor)", "SY", DEIR_EZ_ZOR) < 10


def test_a_persian_ezafe_i_is_part_of_the_name() -> None:
    assert km_from("Pul i Alam (12 kilometres east of)", "AF", (33.99, 69.02)) < 10
    assert km_from("Mazar i Sharif (airport road)", "AF", (36.71, 67.11)) < 15
