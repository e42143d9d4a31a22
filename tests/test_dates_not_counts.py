"""A year after a month and day, commas stripped, is a date, not a count.

Sentences written for this test; none is copied from a report.
"""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract


def bests(text: str) -> list[int | None]:
    claims = extract(text, date(2019, 6, 2), outlet="AFP").claims
    return [c.best for c in claims if isinstance(c, CasualtyClaim)]


def test_a_dateline_year_before_fighters_is_not_a_toll() -> None:
    text = "Updated June 2 2019 The militia fighters shelled the camp near Tripoli killing at least 9 people."
    assert bests(text) == [9]


def test_a_day_before_a_count_still_counts() -> None:
    assert bests("On June 1 14 people were killed in shelling near Tripoli.") == [14]
