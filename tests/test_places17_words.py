"""Words that are no town (issue 13, events17): a people's adjective, a
continent, a region whose name is a common word. Sentences of our own,
written after reading FA-KES articles outside gold/fakes/split.csv."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.gazetteer import PlaceCandidate, is_no_place_word
from warmonitor.extract.pipeline import extract


def _places(text: str) -> list[str]:
    return [p.name for p in extract(text, published=date(2016, 6, 5)).places]


@pytest.mark.parametrize(
    ("text", "not_there"),
    [
        ("Kazakh police detained two men on Monday after the raid, a spokesman said.", "Petropavl"),
        ("Aid agencies in Africa said on Monday that gunmen had killed 12 villagers.", "África"),
        ("Western diplomats -- speaking privately -- condemned Monday's strike.", "Western"),
        # a region whose name is a common word points to no country by itself (seed 7474)
        ("Washington may let its Gulf allies arm the rebels in Aleppo, a source said.", "Gulf"),
    ],
)
def test_a_word_names_no_town(text: str, not_there: str) -> None:
    assert not_there not in _places(text)


def _region(name: str, country: str) -> PlaceCandidate:
    return PlaceCandidate(name, 6.9, 80.0, country, None, name, "admin1")


def test_a_common_word_region_needs_its_country_or_a_region_word() -> None:
    western = _region("Western", "LK")
    assert is_no_place_word("Western", western, set(), region_after=False)
    assert not is_no_place_word("Western", western, {"LK"}, region_after=False)
    assert not is_no_place_word("Western", western, set(), region_after=True)


def test_a_country_is_never_dropped() -> None:
    country = PlaceCandidate("Kazakhstan", 48.0, 68.0, "KZ", "Kazakhstan", None, "country")
    assert not is_no_place_word("Kazakh", country, set(), region_after=False)
