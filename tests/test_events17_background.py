"""Background, no dated event (issue 13, events17): what a span of months
or years held ("years of siege and shelling"), and a hypothetical told with
a modal. Sentences of our own, written after reading FA-KES articles outside
gold/fakes/split.csv."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.pipeline import extract


def _cues(text: str) -> list[str]:
    found = extract(text, published=date(2016, 6, 5))
    return [c.text[c.span[0] : c.span[1]] for c in found.claims if c.kind == "event"]


@pytest.mark.parametrize(
    "text",
    [
        "The suburb -- worn down by years of siege and shelling -- has no clinic left, medics said Monday.",
        "Residents said on Monday that almost six years of bombardment had emptied the old quarter.",
        "Most of the district came back under army control after two years of fighting and blockade.",
        "Officials warned on Monday that such drones could be used to attack cities far from the front.",
    ],
)
def test_background_is_no_event(text: str) -> None:
    assert _cues(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two days of fighting near the dam killed 30 fighters, the monitor said on Monday.",
        "Shelling killed five civilians in the town on Monday after months of calm.",
    ],
)
def test_the_days_news_stays(text: str) -> None:
    assert _cues(text)
