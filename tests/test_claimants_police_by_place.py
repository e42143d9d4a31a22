"""Police and ministries named by their place keep the place, whatever the
order the text names them in (claimants.json place_offices, branch
claimant22, issue 11). Sentences are this project's own wording, after the
shapes read in FA-KES articles outside the held-out halves, SATP and ISAF
reports, and wire reports from Ukraine and Afghanistan in the search tool's
pages corpus."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.evaluation.claims import canonical
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2022, 5, 3)


def claimants(text: str) -> set[str | None]:
    found = extract(text, DAY, outlet="Reuters").claims
    return {canonical(c.claimant) for c in found if isinstance(c, CasualtyClaim)}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Shelling killed 4 civilians in two villages on Monday, police in the Kharkiv region said.",
            "kharkiv police",
        ),
        (
            "Gunmen killed 3 guards at a school on Friday, according to the police in Kunduz province.",
            "kunduz police",
        ),
        ("Rockets hit a bakery killing 6 people, the Aleppo police command said.", "aleppo police command"),
        (
            "A suicide bomber killed 9 recruits at a training camp, the interior ministry in Kabul said.",
            "kabul interior ministry",
        ),
        (
            "Insurgents killed 5 officers at a post on Sunday, Kunduz police chief Ahmad Rahimi said.",
            "kunduz police chief",
        ),
    ],
)
def test_a_body_named_by_its_place_keeps_it(text: str, who: str) -> None:
    assert claimants(text) == {who}


def test_the_defence_ministry_in_moscow_stays_the_state_s() -> None:
    """A state's ministry told by its capital is the state's (sources.csv and
    the generic entries), not a city's office."""
    text = "Air strikes killed 30 fighters over the past day, the defence ministry in Moscow said."
    assert claimants(text) == {canonical("Russian Ministry of Defence")}
