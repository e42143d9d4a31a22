"""Faults a blind reader (seed 9595) found on real-dev texts (issue 11,
branch lead23). The sentences are our own, written after reading real ones
of the kind (IDF posts, SATP summaries, wire reports of raids); none is
copied."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract


def _counts(text: str) -> list[tuple[str, int | None, str]]:
    result = extract(text, date(2024, 3, 20), outlet="Outlet", language="en")
    return sorted((c.outcome, c.best, c.scope) for c in result.claims if isinstance(c, CasualtyClaim))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thus far, hundreds of gunmen have been apprehended and dozens of gunmen have been "
            "killed around the compound.",
            [("captured", 100, "cumulative"), ("killed", 12, "cumulative")],
        ),
        (
            "Scores of suspects were arrested and four were killed when troops raided the camp on Sunday.",
            [("captured", 20, "incident"), ("killed", 4, "incident")],
        ),
    ],
)
def test_people_taken_beside_the_dead_are_taken_not_dead(
    text: str, expected: list[tuple[str, int | None, str]]
) -> None:
    assert _counts(text) == expected
