""" "An attack claimed by <group>" and "<group> claimed (responsibility for)
the bombing" are claims of the deed, not tellings of its toll
(claimants.json `not_saying`):
the words before its participle ("near the main police headquarters in an
attack claimed by IS") are what was claimed, never a speaker, and the
participle alone lets no description in the sentence ("a base of the
army") become the teller (a blind reading, seed 9292, of an AFP report
whose dead went to "main police headquarters"). The sentences are this
project's own.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract


def _claimants(text: str) -> set[str | None]:
    claims = extract(text, date(2017, 10, 15), outlet="Ahram Online").claims
    return {c.claimant for c in claims if isinstance(c, CasualtyClaim)}


@pytest.mark.parametrize(
    "text",
    [
        "Two bombers killed three people near the central police headquarters in Homs in an attack "
        "claimed by the Islamic State group.",
        "A car bomb killed four people near a base of the army outside Homs in an attack claimed by the "
        "Islamic State group.",
    ],
)
def test_a_claimed_attack_names_no_teller(text: str) -> None:
    assert _claimants(text) == {"Ahram Online"}


def test_a_group_claiming_a_deed_is_no_teller_of_its_toll() -> None:
    text = (
        "On Wednesday three bombers killed at least two people near a checkpoint in Homs. The Islamic "
        "State group claimed responsibility for the bombing, which also killed 12 soldiers, and IS also "
        "claimed an earlier bomb attack at a police station in the city that killed at least 17 people."
    )
    assert _claimants(text) == {"Ahram Online"}


def test_a_toll_reported_by_a_monitor_stays_its() -> None:
    claimants = _claimants(
        "At least 12 people were killed in the shelling of Douma, a toll reported by the Observatory."
    )
    assert claimants == {"Syrian Observatory for Human Rights"}
