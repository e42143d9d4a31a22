"""Extraction on the founding report (../shared/seed, published 2024-11-30):
the facts an analyst reads in it must come out, with their claimants."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import SHARED
from warmonitor.extract.claims import CasualtyClaim, ControlClaim, EventClaim, Extraction
from warmonitor.extract.gazetteer import distance_km
from warmonitor.extract.pipeline import extract

SEED = SHARED / "seed" / "aleppo-offensive-report.txt"
SOHR = "Syrian Observatory for Human Rights"


@pytest.fixture(scope="module")
def founding() -> Extraction:
    if not SEED.exists():
        pytest.fail(f"the founding report is missing: {SEED}")
    return extract(SEED.read_text(encoding="utf-8"), date(2024, 11, 30), outlet="Agence France-Presse")


def casualties(x: Extraction) -> list[CasualtyClaim]:
    return [c for c in x.claims if isinstance(c, CasualtyClaim)]


def control(x: Extraction) -> list[ControlClaim]:
    return [c for c in x.claims if isinstance(c, ControlClaim)]


def test_the_cumulative_toll_and_its_parts_by_party(founding: Extraction) -> None:
    claims = casualties(founding)
    (total,) = [c for c in claims if c.party == "total" and c.best == 311]
    assert (total.outcome, total.scope, total.qualifier, total.low) == (
        "killed",
        "cumulative",
        "at least",
        311,
    )
    assert total.claimant == SOHR
    index = founding.claims.index(total)
    parts = {c.party: c.best for c in claims if c.part_of == index}
    assert parts == {"rebels": 183, "government": 100, "civilians": 28}
    assert all(c.claimant == SOHR for c in claims if c.part_of == index)
    start, end = total.span
    assert founding.report.text[start:end] == "at least 311"


def test_hts_and_allied_factions_gain_most_of_aleppo(founding: Extraction) -> None:
    gains = [c for c in control(founding) if c.change == "gained" and c.place and c.place.name == "Aleppo"]
    hts = [c for c in gains if c.actor == "Hayat Tahrir al-Sham"]
    assert hts, gains
    assert "Allied factions" in hts[0].allies and hts[0].extent == "most" and hts[0].claimant == SOHR


def test_saraqib_captured(founding: Extraction) -> None:
    saraqib = [c for c in control(founding) if c.place and c.place.name == "Saraqib"]
    assert [c.change for c in saraqib] == ["gained"]
    # "They have also captured Saraqib" after "HTS ... and their allied factions
    # have taken control of most of Aleppo": the rebels, by their group's name
    assert saraqib[0].actor is not None
    assert "Rebel" in saraqib[0].actor or saraqib[0].actor == "Hayat Tahrir al-Sham"


def test_the_armys_claim_to_have_repelled_the_assault_is_the_armys(founding: Extraction) -> None:
    repelled = [c for c in control(founding) if "repelled" in founding.report.text[c.span[0] : c.span[1]]]
    assert len(repelled) == 1
    claim = repelled[0]
    # "repelled the attack": fighting for the city that day (issue 11), the army still its actor
    assert claim.change == "contested" and claim.actor == "Military Forces of Syria"
    assert claim.claimant == "Military Forces of Syria"  # not the security official in the same sentence
    assert claim.place is not None and claim.place.name == "Aleppo"


def test_russian_air_strikes_on_aleppo_first_since_2016(founding: Extraction) -> None:
    strikes = [
        c for c in founding.claims
        if isinstance(c, EventClaim) and c.sub_event_type == "Air/drone strike" and c.first_since == 2016
    ]  # fmt: skip
    assert len(strikes) == 1
    assert strikes[0].event_type == "Explosions/Remote violence"
    assert "Military Forces of Russia" in strikes[0].actors
    assert strikes[0].place is not None and strikes[0].place.name == "Aleppo"


def test_the_offensive_began_on_wednesday_27_november(founding: Extraction) -> None:
    launched = [c for c in founding.claims if c.date is not None and "launched on Wednesday" in c.text]
    assert launched and all(c.date.start == date(2024, 11, 27) for c in launched if c.date)
    assert launched[0].date is not None and launched[0].date.precision == 1


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [("Aleppo", 36.20, 37.16), ("Saraqib", 35.86, 36.80), ("Idlib", 35.93, 36.63)],
)
def test_places_are_geocoded_within_10_km(founding: Extraction, name: str, lat: float, lon: float) -> None:
    place = next(p for p in founding.places if p.name == name or (name == "Idlib" and p.name == "Idlib"))
    assert place.lat is not None and place.lon is not None
    assert distance_km((place.lat, place.lon), (lat, lon)) < 10
    assert place.country == "Syria"


def test_actors_carry_inter_codes_and_backers(founding: Extraction) -> None:
    actors = {a.name: a for a in founding.actors}
    assert actors["Hayat Tahrir al-Sham"].inter == 2
    assert actors["Military Forces of Syria"].inter == 1
    assert set(actors["Military Forces of Syria"].backed_by) == {"Russia", "Iran"}
    assert actors["Military Forces of Russia"].inter == 8
