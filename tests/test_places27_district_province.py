"""A district named with a comma and its province ("X district, Y
province", as ISAF's releases write it) is never a namesake town in another
province; and the ISAF gold's own spelling of Sar-e Pul is the province the
gazetteer calls Sar-e Pol (issue 13, branch places27). The sentences are
this project's own, written after reading ISAF releases of the dev half."""

from __future__ import annotations

from datetime import date

from warmonitor.evaluation.claims import _gold_provinces
from warmonitor.extract.gazetteer import fold
from warmonitor.extract.pipeline import extract


def _places(text: str) -> dict[str, tuple[str, str | None]]:
    result = extract(text, date(2012, 3, 7))
    return {p.name: (p.country or "", p.admin1) for p in result.places}


def test_a_district_whose_only_namesake_lies_in_another_province_is_that_province() -> None:
    # the gazetteer's only Khugyani is a town of Kandahar; the district named is Nangarhar's
    places = _places(
        "An Afghan-led patrol seized a weapons cache and held three suspects in Khugyani district, "
        "Nangarhar province, on Monday."
    )
    assert {admin1 for _country, admin1 in places.values()} == {"Nangarhar"}, places


def test_a_province_written_as_its_town_still_refuses_a_namesake_elsewhere() -> None:
    # "Khas" is found only as Khash of Nimroz; "Uruzgan" only as the town in Oruzgan province
    places = _places(
        "Two fighters were killed and five held when troops raided a compound in Khas district, "
        "Uruzgan province, late on Tuesday."
    )
    assert {admin1 for _country, admin1 in places.values()} == {"Oruzgan"}, places


def test_a_district_in_the_province_named_after_it_stays_the_district() -> None:
    places = _places(
        "Coalition troops came under fire near a bazaar in Shwak district, Paktiya province, and "
        "returned fire, wounding one attacker."
    )
    assert places.get("Shwak") == ("Afghanistan", "Paktia"), places


def test_a_district_and_a_province_the_gazetteer_does_not_know_leave_the_town_alone() -> None:
    # "Chirang District of Assam" has its own rule; here no region is told at all
    places = _places("Police recovered two bodies in Shwak district on Sunday, officials said.")
    assert "Shwak" in places, places


def test_the_gold_spelling_sar_e_pul_is_the_province_sar_e_pol() -> None:
    gold = _gold_provinces({"province": ["sar-e pul", "wardak"]})
    assert gold == {fold("Sar-e Pol"), fold("Maidan Wardak")}


def test_a_province_the_model_takes_for_a_man_is_still_the_province() -> None:
    # the model tags "Logar" before "province" a person here; its district is found through it
    places = _places(
        "A patrol arrested a bomb maker at a market in Pul-e Alam district, Logar province today."
    )
    assert places.get("Logar") == ("Afghanistan", "Logar"), places
    assert places.get("Pul-e Alam") == ("Afghanistan", "Logar"), places
