"""Where people came from is not where the event was (issue 13, branch
location13): "foreign fighters from Chechnya" fought wherever the report
says, never in Chechnya. In ACLED's January-April 2022 notes the place after
"<people> from" was ACLED's place in 4 of 85 notes. The sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.acled_location import locate, named_places
from warmonitor.extract.pipeline import extract
from warmonitor.extract.place_cues import is_origin


@pytest.mark.parametrize(
    ("text", "name", "origin"),
    [
        ("Foreign fighters from Chechnya held the ridge", "Chechnya", True),
        ("a dozen migrants from Eritrea were detained", "Eritrea", True),
        ("Hundreds of students from Udine marched", "Udine", True),
        ("the crowd marched from Pimville towards the council", "Pimville", False),
        ("3,000 people were evacuated from Polohy", "Polohy", False),
        ("the convoy departed from Kherson at dawn", "Kherson", False),
        ("the army withdrew in Izium", "Izium", False),
    ],
)
def test_an_origin_is_told_by_the_words_before_from(text: str, name: str, origin: bool) -> None:
    assert is_origin(text, text.index(name)) is origin


def test_a_marchs_start_is_read_last_in_a_note_but_kept_in_text() -> None:
    text = "the crowd marched from Pimville towards the council"
    assert is_origin(text, text.index("Pimville"), route=True)
    note = "On 2 March 2022, about 200 residents marched from Pimville to protest at Soweto police station."
    assert [n.name for n in named_places(note, "ZA")][-1] == "Pimville"


def test_a_claim_is_not_placed_where_its_fighters_came_from() -> None:
    result = extract(
        "Government troops battled foreign fighters from Chechnya in Raqqa on Monday, killing 12 of them.",
        date(2015, 3, 2),
    )
    placed = [c.place.name for c in result.claims if getattr(c, "place", None) is not None]
    assert placed and "Chechnya" not in placed and any("Raqq" in p for p in placed)


def test_an_origin_alone_places_no_claim() -> None:
    result = extract(
        "Foreign fighters from Chechnya ambushed an army post, killing five soldiers.", date(2015, 3, 2)
    )
    assert all(getattr(c, "place", None) is None or c.place.name != "Chechnya" for c in result.claims)


def test_an_acled_note_is_coded_where_the_event_was_not_where_its_actors_came_from() -> None:
    note = (
        "On 4 March 2022, a group of farmers from Cordoba blocked the N-IV road at Ecija "
        "(Sevilla, Andalucia) against rising diesel prices. [size=no report]"
    )
    where = locate(note, "ES", [])
    assert where.name == "Écija" or (where.name or "").endswith("cija")
    assert named_places(note, "ES")[-1].name == "Cordoba"  # read last, only if nothing else were found


def test_a_town_is_kept_though_the_coders_name_the_wrong_region() -> None:
    # Chuhuiv lies in Kharkiv; no place of that name is in Mykolaiv.
    where = locate(
        "On 6 March 2022, Ukrainian forces retook Chuhuiv, Mykolaiv. Casualties unknown.", "UA", []
    )
    assert where.admin1 == "Kharkiv" and where.lat is not None and abs(where.lat - 49.84) < 0.2


def test_a_township_of_the_named_region_is_not_a_large_namesake_elsewhere() -> None:
    # GeoNames' only Dawbon lies in Ayeyarwady; the note's is Yangon's township.
    note = "On 4 January 2022, in Dawbon township (Yangon-East district, Yangon region), a bomb went off."
    where = locate(note, "MM", [])
    assert where.admin1 == "Yangon" and where.lat is not None and abs(where.lat - 16.8) < 0.3


def test_a_building_named_after_its_town_is_in_that_town() -> None:
    note = (
        "On 7 February 2022, residents rallied outside the Klawer Magistrate's Court "
        "(West Coast, Western Cape) as a murder accused appeared. [size=no report]"
    )
    where = locate(note, "ZA", [])
    assert where.name == "Klawer" and where.admin1 == "Western Cape"
