"""Places of any war (issue 13, branch places23): romanisations of an Arabic
name that differ in their vowels, regions GED names by their Arabic name,
and people's homes told beside an event that happened elsewhere. Sentences
are written for these tests."""

from __future__ import annotations

from datetime import date

from warmonitor.evaluation.ucdp_places import admin1_right
from warmonitor.extract.acled_coding import CodedEvent
from warmonitor.extract.acled_location import locate
from warmonitor.extract.pipeline import extract
from warmonitor.extract.place_cues import left_from
from warmonitor.extract.skeleton import by_skeleton, skeleton


def test_romanisations_of_one_arabic_name_share_a_skeleton() -> None:
    assert skeleton("Tafs") == skeleton("Tafas") == skeleton("\u0637\u0641\u0633")
    assert skeleton("Ash-Shaddadah") == skeleton("Shaddadi")
    assert skeleton("Rif Dimashq") == skeleton("\u0631\u064a\u0641 \u062f\u0645\u0634\u0642")
    assert skeleton("Kafr Nebl") != skeleton("Kafr Nabuda")


def test_a_skeleton_finds_one_place_or_none() -> None:
    assert {c.name for c in by_skeleton("Tafs", "SY")} == {"\u0162afas"}
    assert by_skeleton("Nawa", "SY") == []  # one consonant names nothing
    assert by_skeleton("Tafs", "AF") == []  # only the country's own places
    # the governorate by its Arabic name, as GED writes it
    assert {c.admin1 for c in by_skeleton("Rif Dimashq", "SY", admin1=True)} == {"Rural Damascus"}


def test_a_name_found_only_by_its_skeleton_is_placed() -> None:
    place = locate("clashes near Tafs in the west of Daraa", "SY", [])
    assert place.name == "\u0162afas"
    # an unknown name before the town it is measured from is the place itself
    place = locate("the outskirts of Shaddadi town to the south of Hasakah", "SY", [])
    assert place.name == "Ash Shadd\u0101dah"


def test_a_close_spelling_of_another_village_is_not_taken_over_the_town_found() -> None:
    # Khayran is a close spelling of Hayran but another skeleton: the note's
    # town stays the one found as written.
    place = locate("an attack on Khayran, north of Aleppo", "SY", [])
    assert place.name != "Hayyan"


def _coded(admin1: str) -> CodedEvent:
    return CodedEvent("x", None, 1, "", "", None, None, None, None, admin1, admin1, 0.0, 0.0, 1, 0)


def test_ged_regions_compare_across_romanisation_and_unit_words() -> None:
    from warmonitor.extract.gazetteer import load_gazetteer

    load_gazetteer()
    assert admin1_right({"adm_1": "Rif Dimashq governorate"}, _coded("Rural Damascus"), "SY")
    assert not admin1_right({"adm_1": "Rif Dimashq governorate"}, _coded("Damascus"), "SY")
    assert admin1_right({"adm_1": "Stavropol krai"}, _coded("Stavropol Kray"), "RU")


def test_homes_and_origins_told_beside_the_event_are_not_its_place() -> None:
    said = "Those killed in the blast were largely residents of the two villages of Foua"
    assert left_from(said, said.index("Foua"))
    said = "a bus ferrying inhabitants of Kefraya"
    assert left_from(said, said.index("Kefraya"))
    said = "seven people displaced from Hama"
    assert left_from(said, said.index("Hama"))
    # the people of a town attacked in it: the town is the place
    said = "airstrikes on residents of Douma"
    assert not left_from(said, said.index("Douma"))
    said = "the offensive displaced thousands from Idlib"
    assert not left_from(said, said.index("Idlib"))


def test_victims_homes_are_not_where_they_were_killed() -> None:
    # The blast's place is not named: the victims' villages and province are
    # no stand-in for it. The town the dead lived in, attacked, stays.
    for text in (
        "A car bomb exploded among buses waiting at a transit point on Saturday. Most of the 68 "
        "people killed were residents of the villages of Foua and Kefraya in Idlib province, a monitor said.",
        "Shelling hit a camp on Tuesday, killing nine people who had been displaced from Hama, "
        "activists said.",
    ):
        result = extract(text, date(2017, 4, 16))
        assert {c.place for c in result.claims if c.kind in ("event", "casualty")} == {None}
    text = (
        "At least 12 people, mostly residents of Douma, were killed in air strikes on the town, "
        "rescuers said."
    )
    result = extract(text, date(2017, 4, 16))
    assert {c.place.name for c in result.claims if c.kind == "casualty" and c.place} == {"Douma"}


def test_an_address_told_of_someone_is_not_the_events_place() -> None:
    said = "the renter gave an address in Redfield"
    assert left_from(said, said.index("Redfield"))


def test_a_persons_surname_in_a_list_is_not_a_town() -> None:
    from warmonitor.extract.pipeline import load_pipeline

    text = (
        "The garage owner, Wendell Elliott, told jurors he rented out a truck that week. "
        "The licence gave a home in Redfield, S.D., Elliott said."
    )
    doc = load_pipeline()(text)
    assert "Elliott" not in {text[m.start : m.end] for m in doc._.places or []}


def test_a_city_part_opening_a_description_gives_way_to_the_town_listed_after_it() -> None:
    assert locate("Old Market complex, Misrata", "LY", []).name == "Misratah"
    assert locate("Colonia Hidalgo neighb, Tijuana town, Baja California", "MX", []).name == "Tijuana"
    # a part alone stays no town
    assert locate("Colonia Hidalgo neighborhood", "MX", []).name is None
    # "in the municipality of" after the part is no list of the part's towns
    place = locate("Centro neighborhood, in the municipality of Juarez, Nuevo Leon", "MX", [])
    assert place.admin1 != "Baja California"


def test_a_district_named_as_its_seat_is_no_rival_of_the_town() -> None:
    assert {c.feature for c in by_skeleton("Bokamal", "SY")} == {"city"}


def test_two_consonants_ask_a_closer_spelling() -> None:
    assert by_skeleton("Shiwan", "AF") == []  # not Shindand
    assert {c.name for c in by_skeleton("Hesh", "SY")} >= {"\u1e28\u012bsh"}
