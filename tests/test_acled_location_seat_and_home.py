"""Two readings of ACLED-style notes (issue 13, branch location17): a town
named like the first-level region it is the seat of is that region's town,
not a namesake elsewhere; and a place named before "residents" or
"villagers" is where the people live, read after the place the note says
they gathered in. The notes are our own, in the shapes of ACLED's notes."""

from __future__ import annotations

from warmonitor.extract.acled_location import Location, locate, named_places
from warmonitor.extract.gazetteer import distance_km

BRICENI = (48.363, 27.078)  # seat of Briceni district; GeoNames also has a larger Briceni in Donduseni
ZAPORIZHZHIA = (47.852, 35.117)  # the oblast's city; GeoNames also has a village of that spelling in it
BISHKEK = (42.87, 74.59)
TALAS = (42.52, 72.24)


def _km(where: Location, point: tuple[float, float]) -> float:
    lat, lon = where.lat, where.lon
    assert lat is not None and lon is not None
    return distance_km((lat, lon), point)


def test_a_town_named_like_its_region_is_the_regions_seat() -> None:
    note = "On 9 May 2023, pensioners picketed the town hall in Briceni over heating tariffs. [size=none]"
    where = locate(note, "MD", [])
    assert _km(where, BRICENI) < 5
    assert where.admin1 == "Briceni"


def test_a_small_village_spelt_like_the_region_does_not_beat_the_regions_city() -> None:
    note = "On 14 June 2023, Russian forces shelled Zaporizhzhia with guided missiles. Casualties unknown."
    assert _km(locate(note, "UA", []), ZAPORIZHZHIA) < 10


def test_where_residents_live_gives_way_to_where_they_gathered() -> None:
    note = (
        "On 2 May 2023, dozens of Naryn district residents picketed the government house in Bishkek "
        "city, demanding compensation for land taken for a mine. [size=dozens]"
    )
    assert [n.name for n in named_places(note, "KG")][:1] == ["Bishkek"]
    assert _km(locate(note, "KG", []), BISHKEK) < 10


def test_where_residents_live_is_still_read_when_the_note_names_nothing_else() -> None:
    note = "On 4 May 2023, hundreds of Talas villagers blocked the highway over a mine. [size=hundreds]"
    assert _km(locate(note, "KG", []), TALAS) < 10


TIAONG_TALISAY = (13.971, 121.205)  # 13 km from Tiaong; a larger Talisay of Calabarzon lies 33 km off


def test_a_namesake_within_25_km_of_the_district_beside_it_beats_a_larger_one_farther_off() -> None:
    note = (
        "On 5 June 2023, police shot dead a robbery suspect during a buy-bust in "
        "Barangay Talisay (Tiaong, Quezon, Calabarzon)."
    )
    assert _km(locate(note, "PH", []), TIAONG_TALISAY) < 5


def test_a_region_spelt_as_acled_spells_it_places_a_note_whose_town_the_gazetteer_lacks() -> None:
    note = "On 8 May 2023, Al Shabaab fighters lobbed mortars at an AU base outside Baraawe (Lower Shabelle)."
    where = locate(note, "SO", [])
    assert (where.admin1, where.precision) == ("Lower Shabelle", 3)
    assert _km(where, (1.72, 44.77)) < 5  # GeoNames' Lower Shabeelle, placed at its largest town


def test_the_aliased_region_is_read_only_when_nothing_finer_is_found() -> None:
    note = "On 9 May 2023, Al Shabaab militants attacked a police post in Afgooye town (Lower Shabelle)."
    where = locate(note, "SO", [])
    assert where.precision == 1 and _km(where, (2.14, 45.12)) < 10


def test_a_province_beside_an_unknown_village_places_the_note_in_the_provinces_region() -> None:
    note = "On 6 May 2023, presumed JNIM militants burned the market of Tiba village (Tongomayel, Soum)."
    where = locate(note, "BF", [])
    assert (where.admin1, where.precision) == ("Sahel", 3)
