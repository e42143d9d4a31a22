"""Places reports name that the gazetteer held under another spelling or not
at all (issue 13, branch places28): Marea (OCHA's Mare'), the town of Hass,
the Qalamoun and Turkmen mountains, Aleppo's al-Rashidin quarter, and a
name whose ayn is written as an apostrophe ("Pul-e 'Alam"). The sentences
are this project's own, written after reading FA-KES articles, ISAF
releases and ACLED notes that name these places."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.acled_location import locate
from warmonitor.extract.gazetteer import distance_km
from warmonitor.extract.pipeline import extract

ALEPPO = (36.20, 37.16)
MAREA = (36.48, 37.20)  # OCHA's Mare' sub-district point
HASS = (35.62, 36.60)
KAFR_NABL = (35.61, 36.56)


def _places(text: str, published: date = date(2016, 10, 27)) -> dict[str, tuple[str, str | None]]:
    result = extract(text, published)
    return {p.name: (p.country or "", p.admin1) for p in result.places}


def km_from(text: str, iso: str, point: tuple[float, float]) -> float:
    where = locate(text, iso, [])
    assert where.lat is not None and where.lon is not None, (text, where)
    return distance_km((where.lat, where.lon), point)


def test_marea_is_mare_of_azaz_district() -> None:
    places = _places("Rebel sources said jets pounded a bakery in Marea overnight, leaving five dead.")
    assert ("Syria", "Aleppo") in places.values(), places
    assert km_from("rockets fell on houses in Marea town of Aleppo countryside.", "SY", MAREA) < 5


def test_hass_is_the_idlib_town() -> None:
    places = _places(
        "At least 21 people, most of them pupils, died when aircraft hit a school compound in the village "
        "of Hass, the monitor said."
    )
    assert ("Syria", "Idleb") in places.values(), places
    assert km_from("airstrikes on the town of Hass in southern Idlib countryside.", "SY", HASS) < 5


def test_the_qalamoun_and_turkmen_mountains_are_areas_of_their_governorates() -> None:
    places = _places(
        "Hezbollah and army units pushed into the Qalamoun mountains along the Lebanese frontier on Friday."
    )
    assert places.get("Qalamoun") == ("Syria", "Rural Damascus"), places
    places = _places("Russian jets kept bombing rebel posts in Jebel Turkman for a third day, activists said")
    assert ("Syria", "Lattakia") in places.values(), places


def test_al_rashidin_named_alone_is_aleppo() -> None:
    assert km_from("a suicide car bomb at the al-Rashideen transit point", "SY", ALEPPO) < 10
    assert km_from("Rashidin neighbourhood,", "SY", ALEPPO) < 10


def test_an_ayn_written_as_an_apostrophe_keeps_the_name() -> None:
    places = _places(
        "An Afghan and coalition patrol held two suspected bomb makers while searching a compound in "
        "Pul-e 'Alam district overnight.",
        date(2011, 5, 2),
    )
    assert places.get("Pul-e Alam") == ("Afghanistan", "Logar"), places


def test_a_list_of_villages_is_read_past_a_first_member_the_gazetteer_lacks() -> None:
    # neither Zaytan nor Khalasa is in the gazetteer; Kafr Nabl, the last member, is
    assert km_from("shelling on the villages of Zaytan, Khalasa and Kafr Nabl", "SY", KAFR_NABL) < 5
    assert km_from("clashes in the areas of Umm Sosa and Hass, south of Maarat al-Numan", "SY", HASS) < 5


def test_a_place_and_its_region_after_a_comma_is_no_list() -> None:
    # "Kafr Nabl, Idlib": the region the town lies in, not a second member
    assert km_from("a drone strike in Kafr Nabl, Idlib", "SY", KAFR_NABL) < 5


def test_an_ayn_written_as_an_apostrophe_in_a_short_description() -> None:
    pul_e_alam = (34.00, 69.02)
    assert km_from("Pul-e 'Alam district, Logar province", "AF", pul_e_alam) < 5
