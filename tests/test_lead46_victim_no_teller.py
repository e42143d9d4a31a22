"""A described source ("security officials", "a military official") that a
verb other than one of saying acts on is the dead or the held, not the
teller: "A security official ... was killed ..., reported <paper>" is the
paper's (a blind reading, seed 8989, of an SATP line). The sentences are
this project's own, written after SATP and FA-KES lines of
../shared/data/real-dev/.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract


def _claimants(text: str) -> set[str | None]:
    claims = extract(text, date(2013, 7, 18), outlet="SATP").claims
    return {c.claimant for c in claims if isinstance(c, CasualtyClaim)}


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "A security official, named as Gul Zaman, died in a shootout at a house in Chaman on July 16, "
            "reported The Express Tribune.",
            "The Express Tribune",
        ),
        (
            "Militants abducted two security officials near Turbat on July 16 and killed one of them, "
            "reported Dawn.",
            "Dawn",
        ),
        # the description as the teller stays the teller
        (
            "Three militants died in a raid near Chaman on July 16, security officials said.",
            "security source",
        ),
        ("Security sources said three militants died in a raid near Chaman on July 16.", "security source"),
    ],
)
def test_a_described_source_acted_on_is_no_teller(text: str, claimant: str) -> None:
    assert _claimants(text) == {claimant}
