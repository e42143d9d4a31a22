"""Dates a figure's sentence gives only by another happening ("the previous
day", "a day after shelling killed nine"), wire datelines in brackets, and a
day of the month told alone ("on the 20th"). Sentences in our own words,
keeping the habits of real copy (a release's dateline run into its lead,
stripped commas)."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim, Extraction
from warmonitor.extract.dates import find_dates, report_dateline
from warmonitor.extract.pipeline import extract

SATURDAY = date(2016, 10, 15)


def _days(result: Extraction) -> dict[int | None, date | None]:
    return {c.best: (c.date.start if c.date else None) for c in result.claims if isinstance(c, CasualtyClaim)}


# ---------------------------------------------------------------- wire datelines


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("Patrol detains two Joint Command 2011-07-S-083 For Immediate Release HERAT, Afghanistan "
         "(July 30, 2011) - A patrol detained two men yesterday.", date(2011, 7, 30)),
        ("Download PDF KABUL, Afghanistan (Dec. 19) - Troops found a cache.", date(2010, 12, 19)),
        ("GHAZNI (Oct. 5) - Police said", date(2010, 10, 5)),
    ],
)  # fmt: skip
def test_a_wire_dateline_in_brackets_is_the_reports_day(head: str, day: date) -> None:
    found = report_dateline(head, date(2010, 12, 30) if day.year == 2010 else day)
    assert found is not None and found.day == day


@pytest.mark.parametrize(
    "text",
    [
        "The raid (March 3) killed two.",
        "Gunmen (on March 3) attacked a post.",
        "BEIRUT (Reuters) - Jets struck.",
    ],
)
def test_a_date_in_brackets_in_prose_is_no_wire_dateline(text: str) -> None:
    assert report_dateline(text, date(2015, 3, 20)) is None


def test_the_wire_datelines_day_dates_no_claim_its_lead_dates_otherwise() -> None:
    text = (
        "For Immediate Release KANDAHAR, Afghanistan (Aug. 9, 2011) - An Afghan and coalition patrol "
        "killed three insurgents in Zhari district yesterday. The patrol also seized a cache."
    )
    assert _days(extract(text, date(2011, 8, 9)))[3] == date(2011, 8, 8)


# ---------------------------------------------------------------- days off the anchor


@pytest.mark.parametrize(
    ("text", "best", "day"),
    [
        # the incident told before is Friday; these deaths the day before it
        ("Rebels shelled a market in the town on Friday killing three. Four people had been killed "
         "there the previous day the monitor said.", 4, date(2016, 10, 13)),
        # "a day after" opening the figure's clause: the day before the main clause's Sunday
        ("Jets struck two towns on Sunday, a day after shelling killed nine civilians in the north.",
         9, date(2016, 10, 8)),
        ("Seven fighters were killed in clashes two days earlier, the group said on Thursday.",
         7, date(2016, 10, 11)),
        ("A convoy was ambushed on Monday. Five soldiers were killed in a second ambush the next day.",
         5, date(2016, 10, 11)),
    ],
)  # fmt: skip
def test_a_day_off_the_sentences_date_moves_the_figure(text: str, best: int, day: date) -> None:
    assert _days(extract(text, SATURDAY))[best] == day


@pytest.mark.parametrize(
    ("text", "best", "day"),
    [
        # the day after another happening named by a noun: the verb keeps its own date
        ("Shelling killed six civilians on Friday, a day after the truce began.", 6, date(2016, 10, 14)),
        # the date inside the figure's own clause is the figure's
        ("The raid came a day after shelling on Thursday killed eight people.", 8, date(2016, 10, 13)),
    ],
)  # fmt: skip
def test_a_day_after_another_event_or_inside_the_clause_moves_nothing(
    text: str, best: int, day: date
) -> None:
    assert _days(extract(text, SATURDAY))[best] == day


def test_a_figure_dated_only_by_the_report_is_not_moved() -> None:
    result = extract("The raid came a day after air strikes killed 14 people in the province.", SATURDAY)
    (claim,) = [c for c in result.claims if isinstance(c, CasualtyClaim)]
    assert claim.date_basis == "report" and claim.date is not None and claim.date.start == SATURDAY


# ---------------------------------------------------------------- a day of the month


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("gunmen killed two guards on the 3rd", date(2015, 3, 3)),
        ("a strike on the 28th hit the depot", date(2015, 2, 28)),  # after publication's day: last month
        ("the blast on 20th March", date(2015, 3, 20)),
        ("a raid on the 20th of March 2014", date(2014, 3, 20)),
    ],
)
def test_a_day_of_the_month_alone_or_with_an_ordinal(text: str, day: date) -> None:
    (found,) = find_dates(text, date(2015, 3, 25))
    assert found.start == day


@pytest.mark.parametrize("text", ["shells fell on the 5th Corps base", "an attack on the 20th Brigade"])
def test_a_units_ordinal_is_no_day(text: str) -> None:
    assert find_dates(text, date(2015, 3, 25)) == []


# ---------------------------------------------------------------- the day of the saying


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The group said on Thursday that five fighters were killed on Wednesday in the east.",
         date(2016, 10, 12)),
        ("Forces confirmed today the death of two insurgents in a strike in the district, Sunday.",
         date(2016, 10, 9)),
        ("Five fighters were killed on Wednesday, the group said on Thursday.", date(2016, 10, 12)),
    ],
)  # fmt: skip
def test_the_day_of_the_saying_gives_way_to_the_happenings(text: str, day: date) -> None:
    (claim,) = [c for c in extract(text, SATURDAY).claims if isinstance(c, CasualtyClaim)]
    assert claim.date is not None and claim.date.start == day


def test_the_day_of_the_saying_alone_still_dates_the_figure() -> None:
    (claim,) = [
        c
        for c in extract("A monitor said on Friday that 12 people were killed in strikes.", SATURDAY).claims
        if isinstance(c, CasualtyClaim)
    ]
    assert claim.date is not None and claim.date.start == date(2016, 10, 14) and claim.date_basis == "text"
