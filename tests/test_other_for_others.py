""" "other" printed for "others" before the hurt's word still counts the hurt
(blind reading 6767: a lead's 15 injured were lost; three such misprints in
the FA-KES articles)."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract


def figures(text: str) -> list[tuple[str, str, int | None]]:
    found = extract(text, date(2016, 7, 1), outlet="Wire").claims
    return [(c.outcome, c.party, c.best) for c in found if isinstance(c, CasualtyClaim)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 3 people killed and 11 other injured as a bomb hit the town hall.",
         [("killed", "total", 3), ("injured", "total", 11)]),
        ("Six civilians were killed and 20 other were wounded in the shelling.",
         [("killed", "civilians", 6), ("injured", "civilians", 20)]),
    ],
)  # fmt: skip
def test_other_for_others_counts_the_hurt(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert figures(text) == expected


def test_other_before_a_noun_is_no_misprint() -> None:
    assert figures("Four other people were wounded in the blast.") == [("injured", "total", 4)]
