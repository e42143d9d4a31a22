"""Persons coordinated as the subject of a fate told without a number are one
victim each (blind reading 4545: "a woman and a child" had made one child
dead; SATP and FA-KES tell many deaths so), and peers of one list are not a
part of each other. Our own sentences (lead32)."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.pipeline import extract


def _figures(text: str) -> list[tuple[str | None, str | None, int | None, int | None]]:
    claims = extract(text, date(2015, 10, 2)).claims
    return [(c.outcome, c.party, c.best, c.part_of) for c in claims if c.kind == "casualty"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A girl and an elderly woman were killed when a mortar round fell on a bakery queue in Harasta.",
            [("killed", "civilians:children", 1, None), ("killed", "civilians:women", 1, None)],
        ),
        (
            "A constable and a villager were killed as gunmen fired on a market in Bannu on Friday.",
            [("killed", "government", 1, None), ("killed", "civilians", 1, None)],
        ),
        (
            "A farmer and his son were wounded when a mine went off in their field near Kandahar.",
            [("injured", "civilians", 1, None), ("injured", "unknown", 1, None)],
        ),
    ],
)
def test_each_person_of_a_pair_is_one_victim(text: str, expected: list[tuple[str, str, int, None]]) -> None:
    assert _figures(text) == expected


def test_a_lone_person_after_a_count_is_one_more() -> None:
    found = _figures("Three policemen and a driver were killed in the ambush on the highway near Kohat.")
    assert ("killed", "government", 3, None) in found
    assert sum(f[2] or 0 for f in found if f[0] == "killed") == 4


def test_a_pair_that_kills_someone_is_not_killed() -> None:
    found = _figures("A man and his nephew shot dead a shopkeeper in Karachi on Tuesday.")
    assert sum(f[2] or 0 for f in found if f[0] == "killed") == 1


def test_peers_of_one_list_are_not_parts_of_each_other() -> None:
    found = _figures("Four women and three children were killed in the air strike on the market.")
    assert [f[3] for f in found] == [None, None]


def test_a_lone_victims_party_is_read_in_his_own_words() -> None:
    # the small parser reads no pair here; the one victim found is still the constable
    found = _figures("A constable and a villager died after gunmen opened fire near a market in Bannu.")
    assert found[0][:2] == ("killed", "government")


def test_a_lone_victims_side_reads_his_whole_title_and_only_his() -> None:
    assert _figures("A head constable was killed when rebels set off a mine near Bijapur.")[0][:2] == (
        "killed",
        "government",
    )
    found = _figures("Unknown gunmen shot and killed a villager at a tea stall near Kandhamal on Monday.")
    assert found[0][:2] == ("killed", "civilians")
