"""The gazetteer's package data: fast to open, every place with an admin1
name as ACLED writes it, and villages only with a cited coordinate."""

from __future__ import annotations

import csv
import subprocess
import sys

import pytest

from warmonitor.extract.gazetteer import DATA, admin1_as_reported, distance_km, load_gazetteer


def test_the_gazetteer_opens_from_its_prebuilt_index_in_a_fresh_process() -> None:
    # The index is built once by scripts/build_gazetteer.py; a run only opens it.
    code = (
        "import time; t = time.perf_counter();"
        "from warmonitor.extract.gazetteer import load_gazetteer;"
        "place = load_gazetteer().resolve('Saraqib', country_hint='SY');"
        "print(place.name, round(time.perf_counter() - t, 3))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.startswith("Saraqib ")


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Aleppo", "SY", "Aleppo"),
        ("Idlib", "SY", "Idleb"),  # OCHA's spelling, as ACLED writes it
        ("Gulu", "UG", "Northern"),  # GeoNames' "Northern Region"
        ("Maiduguri", "NG", "Borno"),  # "Borno State"
        ("Kharkiv", "UA", "Kharkiv"),
        ("Lyon", "FR", "Auvergne-Rhone-Alpes"),
    ],
)
def test_places_worldwide_carry_an_admin1_name(name: str, country: str, admin1: str) -> None:
    place = load_gazetteer().resolve(name, country_hint=country)
    assert place is not None and place.country == country
    assert place.admin1 == admin1


@pytest.mark.parametrize(
    ("name", "country", "seat"),
    [
        ("Florida", "US", (30.33, -81.66)),  # Jacksonville, its most populous town
        ("Bavaria", "DE", (48.14, 11.58)),  # Munich
        ("Borno", "NG", (11.85, 13.16)),  # Maiduguri
        ("Sahel", "BF", (14.10, -1.63)),  # Dori: a region no town is named after
        ("Kharkivs\u2019ka Oblast\u2019", "UA", (49.98, 36.25)),  # GeoNames' own name for it
    ],
)
def test_every_countrys_regions_are_places_at_their_largest_town(
    name: str, country: str, seat: tuple[float, float]
) -> None:
    region = load_gazetteer().resolve(name, region=True)
    assert region is not None and (region.country, region.feature) == (country, "admin1")
    assert distance_km((region.lat, region.lon), seat) < 5


def test_a_town_named_like_its_own_region_is_the_town_unless_the_region_is_meant() -> None:
    gazetteer = load_gazetteer()
    aleppo = gazetteer.resolve("Aleppo")
    assert aleppo is not None and aleppo.feature == "city"
    governorate = gazetteer.resolve("Aleppo", region=True)
    assert governorate is not None and governorate.feature == "admin1"
    # No town called Florida lies in Florida: the state, not a village of New York.
    florida = gazetteer.resolve("Florida")
    assert florida is not None and (florida.country, florida.feature) == ("US", "admin1")


def test_admin1_names_are_written_the_way_acled_writes_them() -> None:
    assert admin1_as_reported("Northern Region") == "Northern"
    assert admin1_as_reported("State of Berlin") == "Berlin"
    assert admin1_as_reported("Kharkivs\u2019ka Oblast\u2019") == "Kharkiv"
    assert admin1_as_reported("Diyarbak\u0131r") == "Diyarbakir"
    assert admin1_as_reported("Federal Capital Territory") == "Federal Capital Territory"


def test_most_cities_have_an_admin1_name() -> None:
    with (DATA / "admin1_names.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 3000 and all(r["name"] for r in rows)
    assert len({r["country"] for r in rows}) > 200


@pytest.mark.parametrize(
    ("written", "near"),
    [
        ("Anadan", (36.29, 37.04)),
        ("Zahraa", (36.36, 37.01)),
        ("al-Zahraa", (36.36, 37.01)),
        ("Zerba", (36.07, 36.98)),  # the Zarbah sub-district seat, not the Italian Zerba
        ("Zirbah", (36.07, 36.98)),
    ],
)
def test_villages_of_the_aleppo_countryside_are_found(written: str, near: tuple[float, float]) -> None:
    place = load_gazetteer().resolve(written, country_hint="SY")
    assert place is not None and place.country == "SY" and place.admin1 == "Aleppo"
    assert distance_km((place.lat, place.lon), near) < 3


def test_every_village_row_cites_the_source_of_its_coordinate() -> None:
    with (DATA / "villages.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    for row in rows:
        assert row["source"].strip() and row["admin1"] and row["country"]
        assert row["precision"] in {"1", "2"}
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180


@pytest.mark.parametrize("written", ["SDF", "YPG", "PKK", "Aid", "IDP", "SAF"])
def test_an_airports_code_names_no_town(written: str) -> None:
    # GeoNames keeps IATA/ICAO codes among a town's alternate names: "SDF" is
    # Louisville's airport, "AID" Anderson's, "PKK" Pakokku's. Folded, they are
    # armed groups and words of every report ("Humanitarian Aid").
    assert load_gazetteer().candidates(written) == []


def test_a_code_that_is_the_towns_own_name_stays_and_nyc_is_new_york() -> None:
    gazetteer = load_gazetteer()
    assert any(c.country == "NG" for c in gazetteer.candidates("Aba"))
    assert any(c.name == "New York City" for c in gazetteer.candidates("NYC"))


def test_a_bare_golan_is_the_plateau_in_a_report_about_syria_and_the_village_in_one_about_iran() -> None:
    gazetteer = load_gazetteer()
    plateau = gazetteer.resolve("Golan", country_hint="SY")
    assert plateau is not None and plateau.name == "Golan Heights"
    village = gazetteer.resolve("Golan", country_hint="IR")
    assert village is not None and village.country == "IR" and village.admin1 == "Ilam"
