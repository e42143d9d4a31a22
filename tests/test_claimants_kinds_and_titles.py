"""Named kinds of source an analyst codes as the claimant, not the outlet
(issue 11, branch claimant13): a hospital director, a rescue worker; a
place's official told as "the governor of X"; a person under a title
("Father X"); a headline's source after its dash or colon; a foreign army
named again as "the military" after a monitor spoke; and "N others were
wounded, according to X" going on with the count before it. Sentences are
this project's own wording, after the shapes read in FA-KES articles
outside gold/fakes/split.csv and in wire reports from Pakistan,
Afghanistan, Gaza, Lebanon and Syria (the search tool's pages corpus);
none is a report's sentence."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.evaluation.claims import canonical
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 9, 7)


def told(text: str, outlet: str = "Outlet") -> list[tuple[str, int | None, str | None]]:
    found = extract(text, DAY, outlet=outlet).claims
    return [(c.outcome, c.best, c.claimant) for c in found if isinstance(c, CasualtyClaim)]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Nine people died when the market was shelled, a rescue worker told the radio.", "rescue worker"),
        ("Over 40 others were hurt in the raid, according to a hospital director.", "hospital director"),
    ],
)
def test_a_named_kind_of_source_is_the_claimant(text: str, claimant: str) -> None:
    assert [c for _, _, c in told(text)] == [claimant]


def test_a_places_official_told_either_way_is_one_claimant() -> None:
    first = told("Eleven civilians died in the rocket fire on Tuesday, the governor of Hama said.")
    second = told("Eleven civilians died in the rocket fire on Tuesday, Hama Governor Ali Nasser said.")
    assert canonical(first[0][2]) == canonical(second[0][2]) == "hama governor"


@pytest.mark.parametrize("title", ["Father", "Sheikh", "Dr"])
def test_a_persons_title_is_no_part_of_the_claimant(title: str) -> None:
    text = f"{title} Yusuf Karam, who runs the parish school, said 12 villagers had been shot dead."
    assert told(text) == [("killed", 12, "Yusuf Karam")]


@pytest.mark.parametrize(
    ("headline", "claimant"),
    [
        ("Seven killed in shelling of a school in Idlib - activists", "activists"),
        ("Seven killed in shelling of a school in Idlib - Idlib Governor", "idlib governor"),
        ("Seven killed in shelling of a school in Idlib: monitor", "unnamed war monitor"),
    ],
)
def test_a_headlines_source_after_its_dash_or_colon(headline: str, claimant: str) -> None:
    assert [canonical(c) for _, _, c in told(headline)] == [claimant]


def test_a_dash_inside_a_headline_names_no_source() -> None:
    """Only the words after the last dash, closing the sentence, can be its
    source; a hyphenated place or a dash before the figure is not."""
    assert [c for _, _, c in told("Shelling of Deir ez-Zor - eight soldiers killed")] == ["Outlet"]


def test_a_foreign_army_named_again_after_a_monitor_spoke() -> None:
    text = (
        "Twenty militants were killed in clashes near the border, the Turkish army said on Sunday. "
        "The Syrian Observatory for Human Rights said the villages had changed hands twice. "
        "Another 12 militants were killed in air strikes in the same area, the military said."
    )
    claimants = {canonical(c) for _, _, c in told(text)}
    assert claimants == {canonical("Turkish army")}


def test_the_others_of_the_same_account_carry_its_source_back() -> None:
    text = (
        "Some 14 people were killed by rockets that hit two districts of the city. "
        "More than 50 others were wounded in the attacks, according to a hospital director."
    )
    assert told(text) == [("killed", 14, "hospital director"), ("injured", 50, "hospital director")]


def test_a_new_count_that_is_not_the_others_opens_a_new_account() -> None:
    text = (
        "Twelve people died in the blast near the market. "
        "Thirty people were hurt in a separate attack in the north, police said."
    )
    assert told(text) == [("killed", 12, "Outlet"), ("injured", 30, "police")]


def test_a_hyphen_inside_a_name_is_no_headlines_dash() -> None:
    """ "Al-Nusra" splits into three tokens; its hyphen opens no source."""
    text = (
        "Air strikes kill 8 Al-Nusra fighters in Idlib. Eight fighters were killed in the strikes on Monday."
    )
    assert {c for _, _, c in told(text)} == {"Outlet"}
