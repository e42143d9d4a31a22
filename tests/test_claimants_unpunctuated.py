"""Claimants in reports whose commas were stripped, and speakers named by
their title, on sentences of our own wording."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 3, 2)
SOHR = "Syrian Observatory for Human Rights"


def claimants(text: str, outlet: str = "Daily Sabah") -> list[str | None]:
    return [c.claimant for c in extract(text, DAY, outlet=outlet).claims if isinstance(c, CasualtyClaim)]


@pytest.mark.parametrize(
    "text",
    [
        # a known monitor behind modifiers, sentence-final, no comma
        "Shelling of the market killed 31 people including nine children the Britain-based Syrian "
        "Observatory for Human Rights said.",
        # "according to" with no comma after the source
        "According to the Syrian Observatory for Human Rights at least 14 fighters died in the clashes.",
        # the monitor's chief by title, then by name alone
        "The Observatory reported heavy raids. Four people were killed in the town square Observatory "
        "director Rami Abdel Rahman told AFP.",
        # a head named in apposition, then the name alone in a later sentence
        "Rami Abdel Rahman, who heads the Syrian Observatory for Human Rights, spoke on Monday. "
        "Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, said the raids went on. "
        "Twelve civilians were killed near the bakery Abdel Rahman added.",
    ],
)
def test_the_monitor_is_the_claimant_without_commas(text: str) -> None:
    found = claimants(text)
    assert found and found[-1] == SOHR


def test_a_name_never_linked_to_a_source_stays_no_claimant_of_its_own() -> None:
    found = claimants("Five people were killed near the bakery Abdel Rahman added.")
    assert found == ["Daily Sabah"]
