"""Figures, parties, dates and claimants that blind readers found wrong on
real texts (seeds 9595 and 8585, issue 11): a named group's member killed or
captured, the people "with him", a toll told with the reading it replaced,
an agency's bare dateline, a year describing a group, a text told as
history, and a summary that cites its paper with its stops lost. The
sentences are our own, from several wars."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract


def casualties(text: str, published: date, outlet: str | None = None) -> list[CasualtyClaim]:
    return [c for c in extract(text, published, outlet=outlet).claims if isinstance(c, CasualtyClaim)]


def figures(text: str, published: date, outlet: str | None = None) -> list[tuple[str, str, int | None]]:
    return [(c.outcome, c.party, c.best) for c in casualties(text, published, outlet)]


@pytest.mark.parametrize(
    ("text", "when", "outcome"),
    [
        (
            "Afghan and coalition troops killed a Taliban leader during a raid in Khogyani district, "
            "Nangarhar province, yesterday.",
            date(2012, 3, 4),
            "killed",
        ),
        (
            "A joint patrol detained a Haqqani network facilitator in Zurmat district, Paktiya province.",
            date(2011, 5, 2),
            "captured",
        ),
        (
            "Police shot dead a Maoist commander in a forest near the Odisha border on Sunday.",
            date(2013, 8, 6),
            "killed",
        ),
        (
            "Soldiers captured an insurgent financier at a checkpoint outside Ramadi.",
            date(2008, 2, 12),
            "captured",
        ),
    ],
)
def test_a_named_groups_member_is_of_the_rebels(text: str, when: date, outcome: str) -> None:
    assert (outcome, "rebels", 1) in figures(text, when)


def test_a_state_forces_officer_named_before_him_is_government() -> None:
    text = "Gunmen shot dead an Afghan army commander outside his home in Ghazni on Sunday."
    assert figures(text, date(2012, 9, 4)) == [("killed", "government", 1)]


def test_a_person_of_no_named_side_stays_unknown() -> None:
    text = "Unknown gunmen killed a tribal leader near the market in Khost on Monday."
    assert figures(text, date(2012, 9, 4)) == [("killed", "unknown", 1)]


@pytest.mark.parametrize(
    ("text", "when", "outcome", "others"),
    [
        (
            "A combined force killed a Taliban leader and two of his associates as they laid a bomb "
            "in Chahar Dara district, Kunduz province, yesterday.",
            date(2011, 9, 27),
            "killed",
            2,
        ),
        (
            "Government troops killed an al-Shabaab commander and three associates near Afgooye on Tuesday.",
            date(2020, 5, 6),
            "killed",
            3,
        ),
        (
            "An Afghan-led force detained a Haqqani leader and four of his accomplices in Sabari district.",
            date(2011, 7, 3),
            "captured",
            4,
        ),
    ],
)
def test_those_with_him_are_counted_beside_him_of_his_side(
    text: str, when: date, outcome: str, others: int
) -> None:
    found = figures(text, when)
    assert sorted(found) == sorted([(outcome, "rebels", 1), (outcome, "rebels", others)])


def test_other_suspects_with_him_keep_their_own_party() -> None:
    text = "A combined force captured an insurgent facilitator and two other suspects in Nad-e Ali district."
    assert sorted(figures(text, date(2012, 3, 4))) == [("captured", "rebels", 1), ("captured", "unknown", 2)]


@pytest.mark.parametrize(
    ("text", "new", "earlier"),
    [
        (
            "The health ministry revised the death toll from the market bombing in Hilla to 14 from 19.",
            14,
            19,
        ),
        ("A wounded man died in hospital overnight, raising the death toll from three to five.", 5, 3),
        (
            "At least 31 people were killed in the strikes on the town, up from a previous estimate of 22, "
            "the monitor said.",
            31,
            22,
        ),
    ],
)
def test_an_updated_toll_keeps_the_new_figure_and_its_earlier_reading(
    text: str, new: int, earlier: int
) -> None:
    counts = [c.best for c in casualties(text, date(2016, 5, 10)) if c.outcome == "killed"]
    assert new in counts and earlier in counts
    assert not any(c.high == new and c.low == earlier for c in casualties(text, date(2016, 5, 10)))


def test_an_earlier_reading_is_of_the_same_people() -> None:
    text = "The toll from the raid on the army post in Mopti rose to 23 soldiers, up from 16 told earlier."
    found = sorted(figures(text, date(2019, 3, 20)))
    assert found == [("killed", "government", 16), ("killed", "government", 23)]


def test_a_range_of_estimates_is_still_one_figure() -> None:
    claims = casualties("Estimates of the dead range from 200 to 300, the agency said.", date(2016, 5, 10))
    assert [(c.low, c.high) for c in claims] == [(200, 300)]


def test_an_agencys_bare_dateline_is_not_the_incidents_day() -> None:
    text = (
        "HERAT, Afghanistan, June 10 (Xinhua) -- Five policemen were killed when insurgents stormed a "
        "checkpoint in Shindand district Sunday night, a local official confirmed on Monday."
    )
    (claim,) = casualties(text, date(2014, 6, 10))
    assert claim.date is not None and claim.date.start == date(2014, 6, 8)


def test_a_headline_run_into_the_agency_dateline_still_marks_it() -> None:
    text = (
        "Six soldiers killed in ambush in northern MaliGAO, Mali, March 5 (Xinhua) -- Six soldiers were "
        "killed in an ambush near Gao on Saturday night, the army said on Sunday."
    )
    days = {c.date.start for c in casualties(text, date(2016, 3, 6)) if c.date is not None}
    assert days == {date(2016, 3, 5)}


@pytest.mark.parametrize(
    "text",
    [
        "Hamas, founded in 1987, said its fighters killed 12 soldiers on Tuesday.",
        "The group, which was formed in 2009, killed 12 soldiers in an ambush near Maiduguri on Tuesday.",
    ],
)
def test_a_year_describing_a_group_dates_nothing_and_counts_nothing(text: str) -> None:
    claims = casualties(text, date(2016, 3, 10))
    assert [(c.best, c.date.start if c.date else None) for c in claims] == [(12, date(2016, 3, 8))]


def test_a_text_told_as_history_reads_its_days_in_that_history() -> None:
    text = (
        "The Plaza Mayor bombing was an attack on 2 May 1979 in the old town of Valencia which killed 6 "
        "people. On 4 May, a group of separatists denied its part, and 3 of its members were arrested."
    )
    claims = casualties(text, date(2021, 1, 1))
    years = {c.date.start.year for c in claims if c.date is not None}
    assert years <= {1979}


def test_a_news_report_that_names_its_own_year_keeps_publication_for_its_days() -> None:
    text = (
        "The siege of the town began on 3 March 2013. Twelve people were killed in shelling on the "
        "town on Tuesday, activists said in a statement dated 9 March 2016."
    )
    (claim,) = casualties(text, date(2016, 3, 10))
    assert claim.date is not None and claim.date.start == date(2016, 3, 8)


def test_a_summary_without_stops_gives_its_cited_paper() -> None:
    text = (
        "Three cadres of a banned outfit were killed in a gunfight with police at Kalipur village of "
        "Jhenaidah District on April 8 reports New Age The slain were identified as Rafiq and Sohel "
        "Police also recovered two pistols from the spot"
    )
    (claim,) = casualties(text, date(2015, 4, 9), outlet="SATP")
    assert claim.claimant == "New Age"
    assert claim.best == 3


def test_a_summary_with_its_stop_gives_the_same_paper() -> None:
    text = "Two policemen were injured in a grenade attack in Quetta on October 19, reports Daily Times."
    (claim,) = casualties(text, date(2015, 10, 20), outlet="SATP")
    assert claim.claimant == "Daily Times"


def test_others_beside_a_count_of_victims_are_no_ones_companions() -> None:
    text = "A gunman shot dead 20 people and wounded scores of others at a wedding hall in the city."
    parties = {c.party for c in casualties(text, date(2016, 6, 13)) if c.outcome == "injured"}
    assert "rebels" not in parties
