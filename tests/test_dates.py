"""Calendar dates in reports ("on 3 May", "Nov. 27", "2022-05-03") are read
without dateparser, and read exactly as dateparser reads them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import dateparser
import pytest

from warmonitor.extract.dates import calendar_date, find_dates


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("3 may 2022", date(2024, 11, 30), date(2022, 5, 3)),
        ("may 3rd", date(2024, 11, 30), date(2024, 5, 3)),
        ("sept 9", date(2024, 11, 30), date(2024, 9, 9)),
        ("nov. 27, 2024", date(2024, 11, 30), date(2024, 11, 27)),
        ("2022-05-03", date(2024, 11, 30), date(2022, 5, 3)),
        # No year: publication's year, unless a day ahead of publication is
        # farther than the year before's.
        ("31 december", date(2025, 1, 1), date(2024, 12, 31)),
        ("30 november", date(2024, 11, 30), date(2024, 11, 30)),
        ("1 december", date(2024, 11, 30), date(2024, 12, 1)),  # tomorrow, not a year back
        ("2 january", date(2024, 12, 30), date(2024, 1, 2)),  # never the next year
        ("sept 20", date(2024, 7, 25), date(2024, 9, 20)),  # a vote called for September
        ("12 december", date(2024, 6, 10), date(2023, 12, 12)),  # half a year: the past
        ("march 30", date(2024, 11, 30), date(2024, 3, 30)),
    ],
)
def test_calendar_dates_are_read_against_publication(text: str, published: date, day: date) -> None:
    assert calendar_date(text, published) == day


@pytest.mark.parametrize("text", ["30 february 2023", "31 june", "2022-13-01", "wednesday", "last week"])
def test_what_the_calendar_lacks_is_left_to_dateparser(text: str) -> None:
    assert calendar_date(text, date(2024, 11, 30)) is None


def _dateparser(text: str, published: date) -> date | None:
    base = datetime(published.year, published.month, published.day)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    return parsed.date() if parsed else None


@pytest.mark.parametrize("published", [date(2024, 11, 30), date(2025, 1, 1), date(2024, 2, 29)])
def test_every_day_of_a_leap_year_reads_as_dateparser_reads_it(published: date) -> None:
    compared = 0
    for offset in range(366):
        day = date(2024, 1, 1) + timedelta(days=offset)
        month = day.strftime("%B").lower()
        for text in (f"{month[:3]}. {day.day}, 2023", day.isoformat()):
            mine = calendar_date(text, published)
            if mine is not None:
                assert mine == _dateparser(text, published), (text, published)
                compared += 1
    assert compared > 700


@pytest.mark.parametrize("published", [date(2024, 11, 30), date(2025, 1, 1), date(2024, 2, 29)])
def test_a_date_without_its_year_is_never_far_from_publication(published: date) -> None:
    """Every day and month with no year falls within a year back or three and
    a half months ahead of publication, and dateparser reads it so too
    whenever it falls on or before publication."""
    for offset in range(366):
        day = date(2024, 1, 1) + timedelta(days=offset)
        text = f"{day.day} {day.strftime('%B').lower()}"
        mine = calendar_date(text, published)
        if mine is None:
            assert (day.month, day.day) == (2, 29), text
            continue
        assert (mine.month, mine.day) == (day.month, day.day)
        assert -366 <= (mine - published).days <= 107, (text, published, mine)
        if mine <= published:
            assert mine == _dateparser(text, published), (text, published)


def test_a_report_date_becomes_a_mention_with_day_precision() -> None:
    (mention,) = find_dates("Shelling on 14 March killed three people.", date(2022, 5, 1))
    assert (mention.start, mention.end, mention.precision) == (date(2022, 3, 14), date(2022, 3, 14), 1)
