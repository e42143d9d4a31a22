"""A toll's earlier reading told beside the newer one ("rose to 35 from 20",
"down to 14 from 19", "up from 22") is part of the newer: kept as a claim,
never added to it or taken for the current figure (lead26, seventeenth
session: before, `code` summed both readings and a revision down left the
older, higher figure as the voice's last word). Sentences written for these
tests, about several wars."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_reconcile_rules import claim
from warmonitor.extract.acled_coding import code_notes
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract
from warmonitor.reconcile.casualties import points_of


def tolls(text: str) -> list[CasualtyClaim]:
    return [c for c in extract(text, date(2024, 3, 5), outlet="Wire").claims if isinstance(c, CasualtyClaim)]


@pytest.mark.parametrize(
    ("text", "newer", "earlier"),
    [
        (
            "The death toll from the market strike in Kostiantynivka rose to 35 from 20, officials said.",
            35,
            20,
        ),
        (
            "Officials in Darfur said on Tuesday the toll of the camp attack had climbed to 48, up from 30.",
            48,
            30,
        ),
        ("The toll of the blast in Quetta rose from 20 to 35 on Monday, police said.", 35, 20),
    ],
)
def test_the_earlier_reading_is_part_of_the_newer(text: str, newer: int, earlier: int) -> None:
    found = tolls(text)
    by_best = {c.best: n for n, c in enumerate(found)}
    assert {newer, earlier} <= set(by_best)
    assert found[by_best[earlier]].part_of == by_best[newer]
    assert found[by_best[newer]].part_of is None


def test_two_figures_of_one_event_are_not_linked() -> None:
    found = tolls("Shelling killed 12 people in Kharkiv on Monday and wounded 30, the governor said.")
    assert [c.part_of for c in found] == [None, None]


def test_code_counts_the_newer_reading_only() -> None:
    note = (
        "On 5 March 2024, the death toll from the shelling of the market in Kostiantynivka "
        "rose to 35 from 20, local officials said."
    )
    (coded,) = code_notes([("T1", note, "Ukraine")])
    assert coded.fatalities == 35


def test_an_estimate_reads_the_newer_reading_whatever_its_order() -> None:
    # "down to 14 from 19": the newer reading comes first in the text, the
    # older one after it, linked to it; the older is no point of its own.
    newer = claim("casualty", "Health Ministry", "2024-03-05", report=7, outcome="killed", party="total",
                  low=14, best=14, high=14, scope="cumulative")  # fmt: skip
    older = claim("casualty", "Health Ministry", "2024-03-05", report=7, outcome="killed", party="total",
                  low=19, best=19, high=19, scope="cumulative", part_of=newer.id)  # fmt: skip
    assert [p.best for p in points_of([newer, older])] == [14]
