"""A city quarter named after a town is no town (issue 13, lead54): "Tariq
al-Bab", the road to al-Bab that names a quarter of eastern Aleppo, was
placed at al-Bab, 40 km away, with a control claim on the town (a blind
reading, seed 3131). Quarters and their sources are data
(data/gazetteer/city_quarters.csv). Sentences our own."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import ControlClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 12, 2)


def test_a_quarter_named_after_a_town_is_no_claim_on_the_town() -> None:
    result = extract("Fighting raged in the rebel-held district of Tareeq al-Bab on Thursday.", DAY)
    assert "al-Bab" not in {p.name for p in result.places}
    assert not [
        c for c in result.claims if isinstance(c, ControlClaim) and c.place and c.place.name == "al-Bab"
    ]


def test_the_quarter_of_a_named_city_is_placed_in_the_city() -> None:
    result = extract("Jets struck the Tariq al-Bab neighbourhood of Aleppo on Friday, killing four.", DAY)
    assert {p.name for p in result.places} == {"Aleppo"}


def test_the_town_itself_stays_the_town() -> None:
    result = extract("Turkish-backed rebels entered al-Bab on Thursday, a monitor said.", DAY)
    assert "al-Bab" in {p.name for p in result.places}
