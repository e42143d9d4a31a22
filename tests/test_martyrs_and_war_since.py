"""State media's words for the dead, and a war-long toll whose "since" the
parse hangs on the next clause (issue 11).

A blind reading of real-dev texts (seed 5959) found a state agency's
"twenty-five fell as martyrs" read as 25 wounded, "at least 25 people
including women and children" read as 25 children, and "more than 150,000
killed since the revolt began in March 2011 and nine million driven from
their homes" counted as a Homs incident. The sentences are this project's
own, written after reading FA-KES articles outside gold/fakes/split.csv in
../shared/data/real-dev/ (SANA, Al-Manar and Press TV copies).
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2014, 4, 9)


def figures(text: str) -> list[CasualtyClaim]:
    return [c for c in extract(text, DAY).claims if isinstance(c, CasualtyClaim)]


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Eleven people fell as martyrs and more than 40 others were injured in the blasts.", 11),
        ("Nine civilians were martyred on Tuesday when rebels shelled a district of the city.", 9),
        ("The car bomb went off near a bakery, leaving 7 martyrs and 30 others wounded.", 7),
        ("Four soldiers fell martyr when their post came under mortar fire.", 4),
    ],
)  # fmt: skip
def test_martyred_is_killed(text: str, best: int) -> None:
    found = [(c.best, c.outcome) for c in figures(text)]
    assert (best, "killed") in found, found
    assert (best, "injured") not in found, found


def test_a_brigade_named_for_martyrs_counts_no_one() -> None:
    assert figures("Fighters of the Idlib Martyrs Brigade attacked two checkpoints.") == []


def test_a_count_of_people_including_children_is_everyone() -> None:
    found = figures(
        "Two car bombs killed at least 25 people including women and children in the city on Wednesday."
    )
    assert [(c.best, c.party) for c in found if c.best == 25] == [(25, "total")], found
    found = figures("Shelling killed 40 persons including 12 children in the town.")
    assert (40, "total") in [(c.best, c.party) for c in found], found


def test_a_war_long_toll_whose_since_hangs_on_the_next_clause_is_background() -> None:
    found = figures(
        "More than 150,000 people have been killed since the uprising began in March 2011 and "
        "nine million have been driven from their homes."
    )
    assert [(c.best, c.scope) for c in found] == [(150_000, "historical")], found
    assert found[0].period_start == date(2011, 1, 1) or found[0].period_start == date(2011, 3, 1)


def test_a_siege_since_last_year_stays_a_running_toll() -> None:
    found = figures(
        "At least 200 people have been killed since the siege began in 2013 and the rest have fled."
    )
    assert [(c.best, c.scope) for c in found] == [(200, "cumulative")], found
