"""Named areas, regions told by their seat, and world cities (issue 13,
branch places30): a town named inside a mountain range or plain is where it
happened; "<country>'s <region seat>" and "in <X> region" are coded as
ACLED codes a region (its seat, geo precision 3); a world city is not a
small namesake of the country in focus. The sentences are this project's
own, for more than one war."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.acled_location import locate
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract


def _toll_places(text: str) -> list[tuple[str | None, int | None]]:
    claims = extract(text, date(2017, 3, 3)).claims
    return [
        (c.place.name, c.place.precision) if c.place else (None, None)
        for c in claims
        if isinstance(c, CasualtyClaim)
    ]


def _countries(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in extract(text, date(2016, 2, 12)).places}


def test_a_town_named_inside_a_mountain_area_is_the_place() -> None:
    places = _toll_places(
        "Hezbollah fighters killed a dozen militants in the Qalamoun mountains near Yabroud at dawn."
    )
    assert places and all(name == "Yabroud" for name, _ in places), places


def test_a_village_on_a_plateau_is_the_place_not_the_plateau() -> None:
    places = _toll_places(
        "A drone strike killed two men on the Golan, near the village of Khan Arnabah, on Monday."
    )
    assert places and all(name == "Khan Arnabah" for name, _ in places), places


def test_an_area_alone_stays_the_area() -> None:
    places = _toll_places("Government shelling killed seven civilians in the Qalamoun mountains on Friday.")
    assert places and all(name == "Qalamoun" and precision == 2 for name, precision in places), places


def test_eastern_ghouta_is_an_area_and_its_towns_are_finer() -> None:
    places = _toll_places(
        "Mortar rounds killed six people across Eastern Ghouta near Douma on Monday, activists said."
    )
    assert places and all(name == "Douma" for name, _ in places), places
    alone = _toll_places(
        "Air raids on the besieged East Ghouta killed 30 civilians on Tuesday, a monitor said."
    )
    assert alone and all(name == "Eastern Ghouta" and precision == 2 for name, precision in alone), alone


def test_an_acled_note_codes_the_town_inside_the_area() -> None:
    where = locate(
        "On 5 May 2022, IS cells ambushed troops in the Qalamoun mountains near Yabroud.", "SY", []
    )
    assert where.name is not None and where.name.startswith("Yabr"), where
    area = locate("On 5 May 2022, regime forces shelled farmland in Eastern Ghouta.", "SY", [])
    assert area.name == "Eastern Ghouta" and area.precision == 2, area


def test_a_region_seat_after_its_countrys_possessive_is_the_region() -> None:
    idlib = _toll_places("Russian jets killed nine civilians in Syria's northwestern Idlib on Tuesday.")
    assert idlib and all(name == "Idlib" and precision == 3 for name, precision in idlib), idlib
    kandahar = _toll_places("A bomb killed four people in Afghanistan's Kandahar on Sunday, officials said.")
    assert kandahar and all(precision == 3 for _, precision in kandahar), kandahar


def test_a_possessive_town_the_report_calls_a_city_stays_the_town() -> None:
    places = _toll_places("A bomb killed four people in Syria's Idlib city on Sunday, a monitor said.")
    assert places and all(name == "Idlib" and precision == 1 for name, precision in places), places
    mosul = _toll_places("A car bomb killed five people in Iraq's Mosul on Sunday.")
    assert mosul and all(precision == 1 for _, precision in mosul), mosul


def test_a_note_naming_only_a_region_is_coded_at_its_seat_with_precision_3() -> None:
    where = locate(
        "On 9 May 2022, air defence downed a drone over the Odesa region. No casualties.", "UA", []
    )
    assert where.precision == 3, where
    town = locate("On 9 May 2022, a shell hit a school in Odesa city (Odesa region).", "UA", [])
    assert town.precision == 1, town


def test_a_world_city_is_not_a_small_namesake_of_the_focus_country() -> None:
    places = _countries(
        "The US secretary of state will sit down with the Russian foreign minister in Geneva on "
        "Friday, the State Department said in Washington."
    )
    assert places.get("Geneva") == "Switzerland", places
    flew = _countries(
        "US envoy John Roe flew to Geneva for talks with Iranian officials, the White House said."
    )
    assert flew.get("Geneva") == "Switzerland", flew
    local = _countries(
        "Police in Geneva, Illinois, arrested two men after a robbery, the Chicago paper said."
    )
    assert local.get("Geneva") == "United States", local


def _all_places(text: str) -> list[tuple[str, str | None]]:
    claims = extract(text, date(2017, 10, 16)).claims
    return [(type(c).__name__, c.place.name if c.place else None) for c in claims]


def test_a_square_of_the_city_is_in_the_city_named_before_not_an_area_told_between() -> None:
    for area in ("the Qalamoun mountains", "Eastern Ghouta"):
        text = (
            "Rebel shells killed three people in Damascus on Sunday, a monitor said. The government "
            f"says the shells came from rebels holding {area}, north-east of the capital. State media said "
            "two mortar rounds wounded four people on Saturday at the Hamidiyeh Square in the centre of "
            "the city."
        )
        casualties = [name for kind, name in _all_places(text) if kind == "CasualtyClaim"]
        assert casualties == ["Damascus", "Damascus"], (area, casualties)


def test_a_note_naming_a_region_by_its_countryside_codes_the_town_it_names() -> None:
    where = locate(
        "On 6 May 2022, IS cells attacked an army post in the eastern countryside of Raqqa, "
        "near Maadan town.",
        "SY",
        [],
    )
    assert where.name == "Maadan", where
    kandahar = locate(
        "On 6 May 2022, Taliban fighters raided a house in rural Kandahar, in Arghandab district.", "AF", []
    )
    assert kandahar.name is not None and kandahar.name != "Kandahar", kandahar
