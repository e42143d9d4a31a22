"""A count that names one of a group just counted ("three fighters, one
identified as X, were killed") is no further count, and the country after
such a name ("X of Tunisia") is his home, not the event's place (a blind
reading, seed 8989, of an Al-Manar report; casualties.json `named_member`,
not_the_place.csv `name_list`). The sentences are this project's own,
written after FA-KES and SATP lines of ../shared/data/real-dev/ and wire
reports of the pages corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract


def _counts(text: str) -> list[tuple[str, int | None]]:
    claims = extract(text, date(2016, 4, 3), outlet="Al-Manar").claims
    return sorted((c.outcome, c.best) for c in claims if isinstance(c, CasualtyClaim))


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Four more gunmen one identified as Abu Yasser of Morocco died in a raid near Mayadin.",
            [("killed", 4)],
        ),
        (
            "Two guards were killed in the blast, one of them named as Corporal Hadi, police said.",
            [("killed", 2)],
        ),
        (
            "The gunmen killed three farmers, one of them identified as Rahim Gul from Ghazni.",
            [("killed", 3)],
        ),
        # the named one has a fate of his own: a count in its own right
        (
            "Raiders killed two shepherds and wounded one, identified as Javed Ali, late on Friday.",
            [("injured", 1), ("killed", 2)],
        ),
        # no group counted before him: the one is the count
        ("Militants shot dead one trader, identified as Sunil Das, at a market on Friday.", [("killed", 1)]),
    ],
)
def test_one_named_of_a_group_counted_is_no_further_count(text: str, counts: list[tuple[str, int]]) -> None:
    assert _counts(text) == counts


def test_the_country_of_a_named_man_is_no_place_of_the_event() -> None:
    report = extract(
        "Four more gunmen one identified as Abu Yasser of Morocco died in a raid near Mayadin on Saturday.",
        date(2016, 4, 3),
        outlet="Al-Manar",
    )
    places = {(c.place.country if c.place else None) for c in report.claims}
    assert "Morocco" not in places, report.claims
    assert "Syria" in places, report.claims
