"""A total no word calls a sum, told again town by town in the sentences
after it, keeps those counts as its parts (extract/stated_totals.py
`summed_shares`); a headline told in title case or after a dateline is the
same telling as its lead (extract/components.py `_counted_noun`).

From the seed-7474 blind reading (fifteenth session): a lead's 20 civilians,
then 13 in one town and seven in another, summed to 60 with the headline;
"29 ... Rebels Dead" in a headline, its dateline copy and the lead summed to
87. The sentences are this project's own.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2018, 3, 7)


def _heads(text: str) -> list[tuple[int | None, int | None]]:
    tolls = [c for c in extract(text, DAY).claims if isinstance(c, CasualtyClaim)]
    return [(c.best, tolls[c.part_of].best if c.part_of is not None else None) for c in tolls]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shares told after the total, another side's count between them
        (
            "Drone strikes killed 15 civilians in two villages of the province on Tuesday, a monitor said. "
            "The first strike hit Tal Shihab killing two fighters and nine civilians. "
            "A second strike killed six civilians in Nasib the monitor said.",
            [(15, None), (2, None), (9, 15), (6, 15)],
        ),
        # counts that do not add up stay their own
        (
            "Shelling killed 12 people in the town on Tuesday. "
            "Five people died in the market and four died near the school.",
            [(12, None), (5, None), (4, None)],
        ),
        # "another" is no bar when the shares add up
        (
            "Air raids killed 10 people in the district on Tuesday. "
            "Six died in one village. Another four were killed on a farm nearby.",
            [(10, None), (6, 10), (4, 10)],
        ),
    ],
)
def test_counts_adding_up_to_an_earlier_total_are_its_shares(
    text: str, expected: list[tuple[int, int | None]]
) -> None:
    assert _heads(text) == expected


def test_a_title_case_headline_and_its_dateline_copy_are_the_lead() -> None:
    text = (
        "17 Militia Fighters Dead in Clashes Near Lake Town\n\n"
        "Wed 7 Mar 2018 17 Militia Fighters Dead in Clashes Near Lake Town. "
        "At least 17 militia fighters were killed in clashes with the army overnight, a monitor said."
    )
    assert _heads(text) == [(17, None), (17, 17), (17, 17)]


def test_a_headline_placed_at_its_country_is_the_lead_placed_at_a_region() -> None:
    text = (
        "Air strikes kill 14 civilians in Syria\n\n"
        "Air strikes killed 14 civilians in Idlib province on Tuesday, a monitor said."
    )
    assert _heads(text) == [(14, None), (14, 14)]
