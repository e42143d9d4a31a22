"""A province's office told without its province ("a source at the Police
Command", "a source at the Governorate") is the office of the one province
the item names (claimants.json `placeless_offices`; extract/office_place.py).
Sentences are this project's own wording, after the shapes read in state-media
roundups of shelling by city (FA-KES articles outside every gold file and
agency bulletins in the pages corpus)."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 3, 14)


def sources(text: str, outlet: str = "sana") -> list[tuple[str, int | None, str | None]]:
    found = extract(text, DAY, outlet=outlet).claims
    return [(c.outcome, c.best, c.claimant) for c in found if isinstance(c, CasualtyClaim)]


def test_the_item_lead_names_the_city_and_the_source_does_not() -> None:
    text = (
        "Terrorists fired rockets on a western quarter of Homs city on Sunday. "
        "A source at the Police Command told SANA the rockets fell near the old souq killing two civilians."
    )
    assert sources(text) == [("killed", 2, "Homs Police Command")]


def test_a_source_after_the_count_in_its_own_sentence_names_the_city() -> None:
    text = (
        "A shell landed on a school yard in Aleppo city injuring four children "
        "according to a Police Command source."
    )
    assert sources(text) == [("injured", 4, "Aleppo Police Command")]


def test_a_countryside_that_is_a_province_of_its_own_keeps_the_word() -> None:
    text = (
        "Mortars hit a camp on the edge of Douma farms in Damascus Countryside on Monday. "
        "A source at the Police Command said one child was killed and three women were hurt."
    )
    assert {who for _, _, who in sources(text)} == {"Damascus Countryside Police Command"}


def test_a_city_spelt_like_its_province_names_the_governorate() -> None:
    text = (
        "Two mortar rounds struck the market of Hasaka city. "
        "A source at the Governorate told SANA's reporter that three people were wounded."
    )
    assert sources(text) == [("injured", 3, "Hasaka Governorate")]


def test_two_provinces_in_the_lead_leave_the_bare_office() -> None:
    """Which province's command spoke is not told: no guess."""
    text = (
        "Gunmen shelled quarters of Hama and Homs overnight. "
        "A source at the Police Command said five civilians were injured."
    )
    assert sources(text) == [("injured", 5, "Police Command")]


def test_a_town_inside_a_province_is_not_the_province() -> None:
    """Jaramana is a town of Rural Damascus, not a province or its seat:
    the item names no province, and the office stays bare."""
    text = (
        "Two shells fell on a street of Jaramana. A source at the Police Command said one woman was killed."
    )
    assert sources(text) == [("killed", 1, "Police Command")]


def test_a_named_command_is_left_as_named() -> None:
    text = (
        "Rockets hit a quarter of Aleppo city. "
        "A source at Damascus Police Command said a shell on a bus station hurt six people."
    )
    assert sources(text) == [("injured", 6, "Damascus Police Command")]


def test_a_town_near_the_named_city_may_be_in_another_province() -> None:
    """Harasta lies in Rural Damascus: "near Damascus" names the city beside
    it, so the item names two provinces and the office stays bare."""
    text = (
        "Gunmen fired mortar rounds on the Harasta suburb near Damascus. "
        "One round hit a clinic and wounded two nurses according to a Police Command source."
    )
    assert sources(text) == [("injured", 2, "Police Command")]
