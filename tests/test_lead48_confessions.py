"""A count under a verb of confessing is the suspect's record of past
killings, background (scope historical, never added to a toll), and the
confessing men are no dead (casualties.json `confessed`, `speakers`). A
blind reading (seed 9292) found a confession to 15 past killings counted
as 15 deaths on the report's day. The sentences are this project's own,
written after SATP summaries of ../shared/data/real-dev/.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract


def _killed(text: str) -> list[tuple[int | None, str]]:
    claims = extract(text, date(2015, 9, 26), outlet="SATP").claims
    return [(c.best, c.scope) for c in claims if isinstance(c, CasualtyClaim) and c.outcome == "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "Rangers held a target killer in Orangi Town on Friday; police said he had confessed to his role in "
        "the killing of 12 people.",
        "Three gang members confessed to shooting dead five policemen in Baldia Town, the police said.",
    ],
)
def test_a_confessed_tally_is_background(text: str) -> None:
    killed = _killed(text)
    assert killed and all(scope == "historical" for _best, scope in killed), killed


def test_the_confessing_men_are_no_dead() -> None:
    killed = _killed(
        "Three gang members confessed to shooting dead five policemen in Baldia Town, the police said."
    )
    assert [best for best, _scope in killed] == [5], killed


def test_a_killing_told_as_news_stays_news() -> None:
    assert _killed("Gang members shot dead five policemen in Baldia Town on Friday, the police said.") == [
        (5, "incident")
    ]
