"""Publication dates as real feeds and pages write them.

RSS 2.0 asks for RFC 822 dates, and feeds write them with weekday names in
their own language or abbreviation ("Sa, 23 Sep 2023", "Sam, 23 Sep 2023"),
without a zone, or as "2023/9/24". `parse_published` reads all of these and
returns None when it cannot: the item is then stored with no date (kept out of
dated views), never dated by the machine's clock. Relative words ("today",
"2 hours ago") are refused for the same reason.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import dateparser

# A leading weekday in any language or abbreviation: it repeats the date and
# only ever stops a parser ("Sa," "Sam." "Sáb,").
_WEEKDAY = re.compile(r"^\s*[^\W\d_]{1,12}\.?,?\s+(?=\d)")
_NUMERIC = re.compile(r"^\s*(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$")
_DATEPARSER = {
    "PARSERS": ["absolute-time"],  # no "today", no "2 hours ago": those need a clock
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    "DATE_ORDER": "DMY",
}


def _utc(moment: datetime) -> datetime:
    """A time with no zone is read as UTC (the feed did not say)."""
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _plausible(moment: datetime | None) -> datetime | None:
    return moment if moment is not None and 1900 <= moment.year <= 2100 else None


def parse_published(raw: object) -> datetime | None:
    """A feed's or page's date string as an aware UTC datetime, or None.

    >>> parse_published("Sa, 23 Sep 2023 10:00:00 +0200").isoformat()
    '2023-09-23T08:00:00+00:00'
    >>> parse_published("2023/9/24").isoformat()
    '2023-09-24T00:00:00+00:00'
    """
    if not isinstance(raw, str) or not raw.strip() or len(raw) > 100:
        return None
    text = _WEEKDAY.sub("", raw.strip())
    numeric = _NUMERIC.match(text)
    if numeric:
        year, month, day, hour, minute, second = (int(g) if g else 0 for g in numeric.groups())
        try:
            return _plausible(datetime(year, month, day, hour, minute, second, tzinfo=UTC))
        except (ValueError, OverflowError):
            return None
    # OverflowError: an hour or second of twenty digits ("08:00:0018446744073709551616").
    try:
        return _plausible(_utc(parsedate_to_datetime(text)))
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        return _plausible(_utc(datetime.fromisoformat(text)))
    except (ValueError, OverflowError):
        pass
    try:
        found = dateparser.parse(text, settings=_DATEPARSER)
    except (ValueError, OverflowError):
        return None
    return _plausible(_utc(found)) if found is not None else None
