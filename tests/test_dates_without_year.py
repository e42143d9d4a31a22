"""A day and month with no year is read in the year that makes it likeliest
(extract/dates.py `_nearest_year`), and a sentence dated after its report
tells a plan, no event (extract/event_claims.py `planned`).

A blind reading found a strike "called for August 31" in a report of 30 August
dated a year before, and a rally "on July 30th" in a report of 27 July dated
to the July before. The sentences are this project's own, written after reading
how SATP summaries, WikiEvents dev documents and FA-KES articles outside
gold/fakes/split.csv in ../shared/data/real-dev/ tell called strikes,
scheduled votes and earlier days of a year.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim, EventClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 8, 30)  # a Tuesday


def _claims(text: str, day: date = DAY) -> list[EventClaim | CasualtyClaim]:
    return [c for c in extract(text, day).claims if isinstance(c, EventClaim | CasualtyClaim)]


@pytest.mark.parametrize(
    "text",
    [
        "The student union has called a shutdown of the district on August 31 to protest the killings.",
        "Opposition parties said they would hold a mass rally in the capital on 4 September.",
        "A general strike and protest marches are planned for Sept. 12 across the province, organisers said.",
    ],
)
def test_a_sentence_dated_after_its_report_is_a_plan_not_an_event(text: str) -> None:
    assert [c for c in _claims(text) if isinstance(c, EventClaim)] == [], text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the same year's earlier days, however far back in it
        ("Militants ambushed a police patrol near the border post on March 3, killing two constables.",
         date(2016, 3, 3)),
        ("Security forces clashed with rebels in the hills on 22 August, the army said.", date(2016, 8, 22)),
        # a report of early January tells the last days of December
        ("Gunmen shot dead three villagers on 29 December in the district, police said.", date(2016, 12, 29)),
    ],
)  # fmt: skip
def test_a_past_day_without_its_year_dates_the_event(text: str, day: date) -> None:
    published = date(2017, 1, 4) if day.month == 12 else DAY
    found = [c for c in _claims(text, published) if isinstance(c, EventClaim)]
    assert found, text
    assert all(c.date is not None and c.date.start == day for c in found), [c.date for c in found]


def test_a_full_date_years_after_a_wrong_publication_date_keeps_its_event() -> None:
    """An archive page read with today's date as its own tells a past attack:
    not a plan."""
    text = "On 3 March 2019, insurgents attacked an army base in the province, killing 12 soldiers."
    found = [c for c in _claims(text, date(2016, 6, 5)) if isinstance(c, EventClaim)]
    assert found and found[0].date is not None and found[0].date.start == date(2019, 3, 3)


@pytest.mark.parametrize(
    "text",
    [
        # a night attack filed before midnight UTC, dated by the local day
        "Gunmen stormed a checkpoint outside the town on August 31, killing three policemen, officials said.",
        "An air strike hit a market in the district early on 31 August and wounded at least nine people.",
    ],
)
def test_a_done_act_dated_the_day_after_its_report_stays_an_event(text: str) -> None:
    found = [c for c in _claims(text) if isinstance(c, EventClaim)]
    assert found, text
    assert all(c.date is not None and c.date.start == date(2016, 8, 31) for c in found), text


@pytest.mark.parametrize(
    "text",
    [
        "Rebel commanders have set a rally against the shelling for August 31 in the main square.",
        "Traders will shut their shops on 31 August to protest the killing of a shopkeeper, the union said.",
        "Separatists called for a march on the district office on Aug 31.",
    ],
)
def test_the_day_after_told_as_a_plan_is_no_event(text: str) -> None:
    assert [c for c in _claims(text) if isinstance(c, EventClaim)] == [], text
