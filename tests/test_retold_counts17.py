"""A count told again in one report is one figure (issue 11, fourteenth
session, from a blind reading of real-dev texts).

A headline, a lead and a body telling the same dead, once at a town and
once at the town's province, once by "local media" and once by the agency
the local media are, once as "fighters" and once as "militants", are one
figure of the named source. Sentences written for these tests, in the
manner of agency copy with its punctuation stripped; none is copied from a
report.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract
from warmonitor.extract.taken import says_others, taken_cues

DAY = date(2019, 3, 14)


def figures(text: str, outlet: str) -> list[CasualtyClaim]:
    return [c for c in extract(text, DAY, outlet=outlet).claims if isinstance(c, CasualtyClaim)]


def test_a_headline_at_the_province_and_a_lead_at_its_town_are_one_figure() -> None:
    text = (
        "Government jets kill over 60 Nusra fighters in Idlib province\n\n"
        "Warplanes struck a column of pickup trucks outside the town of Saraqib on Wednesday and killed "
        "more than 60 militants local media said. Syrian jets killed some 60 militants near Saraqib the "
        "state news agency SANA reported."
    )
    got = figures(text, "Sputnik")
    sixty = [c for c in got if c.best == 60 and c.outcome == "killed"]
    assert len(sixty) >= 2
    assert sum(c.part_of is None for c in sixty) == 1  # one figure, the others tell it again
    assert {c.claimant for c in sixty} == {"SANA"}  # the vaguer "local media" give way to the agency


def test_towns_of_one_province_told_apart_stay_two_figures() -> None:
    # Two towns of one region: a region is no common place of two towns.
    text = (
        "Shelling killed 5 civilians in Maarat al-Numan on Monday activists said. "
        "In Saraqib an air strike killed 5 civilians on Monday the civil defence said."
    )
    got = [c for c in figures(text, "Reuters") if c.best == 5]
    assert len(got) == 2
    assert all(c.part_of is None for c in got)


def test_more_than_is_a_bound_not_other_people() -> None:
    cues = taken_cues()
    text = "they killed more than 100 militants near the town"
    start = text.index("100")
    assert not says_others(text, (start, start + 3), cues)
    text = "they killed 100 more militants near the town"
    start = text.index("100")
    assert says_others(text, (start, start + 3), cues)


def test_a_vaguer_voice_keeps_its_figure_when_no_named_source_tells_it() -> None:
    text = "Fighting in the hills killed 14 soldiers on Sunday local media reported."
    got = figures(text, "Xinhua")
    assert [(c.best, c.claimant) for c in got] == [(14, "local media")]


def test_a_named_groups_members_who_died_are_its_dead() -> None:
    text = (
        "Fourteen Ahrar al-Sham members died when a rival faction stormed their checkpoint, activists said."
    )
    got = figures(text, "Reuters")
    assert [(c.outcome, c.best, c.party) for c in got] == [("killed", 14, "rebels")]


def test_dead_among_the_ranks_of_a_group_are_the_groups() -> None:
    text = (
        "The fighting left at least 11 dead among the ranks of Hayat Tahrir al-Sham and 4 civilians "
        "the monitor said."
    )
    got = {c.best: c.party for c in figures(text, "AFP")}
    assert got[11] == "rebels"
    assert got[4] == "civilians"


def test_a_count_of_soldiers_behind_a_country_abbreviation_with_points() -> None:
    # "U.S." kept its points: no word of the count's phrase, so no figure at all.
    text = "Four U.S. service members were wounded when a rocket hit their base near Erbil, officials said."
    got = figures(text, "Reuters")
    assert [(c.outcome, c.best, c.party) for c in got] == [("injured", 4, "government")]


@pytest.mark.parametrize(
    ("text", "outlet", "count", "tellings"),
    [
        # "killing four and leaving many more ...": the "more" are the hurt, no other four.
        (
            "Four killed in suspected gas attack on a town in Idlib\n\n"
            "A helicopter dropped a gas canister on the town on Tuesday killing four and leaving many more "
            "struggling to breathe a rescue worker said.",
            "Reuters",
            4,
            2,
        ),
        # The copy keeps the headline twice with no stop between them.
        (
            "At least 9 soldiers killed in raids on posts near Quneitra monitor\n"
            "At least 9 soldiers killed in raids on posts near Quneitra monitor AFP Tuesday 3 Jun 2014 "
            "At least 9 soldiers were killed in raids on army posts near Quneitra the monitor said.",
            "Al-Ahram",
            9,
            3,
        ),
    ],
)
def test_a_count_told_again_is_one_figure(text: str, outlet: str, count: int, tellings: int) -> None:
    told = [c for c in figures(text, outlet) if c.best == count]
    assert len(told) == tellings
    assert sum(c.part_of is None for c in told) == 1


def test_the_golan_is_the_plateau_not_a_village_in_iran() -> None:
    text = (
        "Israeli jets struck army posts in the Golan Heights on Sunday killing 3 soldiers the monitor said."
    )
    places = {c.place.country for c in figures(text, "AFP") if c.place is not None}
    assert places <= {"Syria", "SY"}
