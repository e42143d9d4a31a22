"""'N others' beside a lone victim told without a number are of the victim's
side, as they are beside "one soldier" (blind reading 3434: "a soldier died
and two others suffered injuries" had left the injured of no side). Our own
sentences in the shapes of SATP summaries and wire copy (lead32)."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.pipeline import extract


def _figures(text: str) -> list[tuple[str | None, str | None, int | None]]:
    claims = extract(text, date(2013, 5, 6)).claims
    return [(c.outcome, c.party, c.best) for c in claims if c.kind == "casualty"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "A soldier died and two others suffered injuries when their truck hit a mine near Wana.",
            "government",
        ),
        (
            "A constable was shot dead and three others were hurt as gunmen fired on a checkpost in Mardan.",
            "government",
        ),
        (
            "An insurgent was killed and two others wounded when their bomb went off in Ghazni on Sunday.",
            "rebels",
        ),
        (
            "A villager was killed and five others were injured when a shell landed in Arsal on Sunday.",
            "civilians",
        ),
    ],
)
def test_others_beside_a_lone_victim_are_of_his_side(text: str, party: str) -> None:
    hurt = [f for f in _figures(text) if f[0] == "injured"]
    assert hurt and hurt[0][1] == party


@pytest.mark.parametrize(
    "text",
    [
        # a breakdown after the others says they are of more than one side
        "A policeman was killed and seven others, including four shopkeepers, were hurt in a Peshawar blast.",
        "A soldier died and 12 others, mostly passers-by, were injured when a car bomb exploded in Kirkuk.",
        # others of a child are not all children (the FA-KES gold's reading of "two children")
        "A boy was killed and six others were injured when a rocket fell on a market in Aleppo on Monday.",
    ],
)
def test_others_after_a_breakdown_or_a_part_stay_of_no_side(text: str) -> None:
    hurt = [f for f in _figures(text) if f[0] == "injured"]
    assert hurt and hurt[0][1] == "total"
