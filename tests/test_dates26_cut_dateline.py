"""A numeric dateline that lost its day's first digit ("5-04-2016" heading a
report of 25 April 2016). The outlet pads day and month ("05-04-2016",
"25-04-2016"); of FA-KES's 96 numeric datelines (read in
../shared/data/real-dev/), the two with a one-digit day beside a two-digit
month both kept the last digit of the day their feed gives. The cut head is
still the dateline, but its day is the feed's, not the fifth. Texts are this
project's own.
"""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.dates import report_dateline
from warmonitor.extract.pipeline import extract

_FEED_DAY = date(2016, 4, 25)  # a Monday


def test_a_cut_day_takes_the_feeds_day() -> None:
    line = report_dateline("5-04-2016 Two killed in shelling on Homs.", _FEED_DAY)
    assert line is not None and line.day == _FEED_DAY and line.span == (0, 9)


def test_a_padded_dateline_still_wins_over_the_feed() -> None:
    # the outlet's own head is right where the feed's day is off
    line = report_dateline("05-04-2016 Two killed in shelling on Homs.", _FEED_DAY)
    assert line is not None and line.day == date(2016, 4, 5)
    line = report_dateline("25-4-2016 Two killed in shelling on Homs.", date(2016, 5, 2))
    assert line is not None and line.day == date(2016, 4, 25)


def test_a_cut_dateline_dates_its_news() -> None:
    text = (
        "5-04-2016 Three Killed in Rocket Attack on Homs. "
        "Three civilians were killed and nine others were wounded when militants fired rocket "
        "shells at a residential quarter of Homs city, a source told the agency."
    )
    result = extract(text, _FEED_DAY, outlet="Test Agency")
    days = {c.date.start for c in result.claims if isinstance(c, CasualtyClaim) and c.date is not None}
    assert days == {_FEED_DAY}
