"""When things happened, resolved against the report's publication date.

Reporters write "on Wednesday", "overnight", "yesterday", "since Wednesday",
"last week": all relative to when the report was published. Each mention
becomes a date range with ACLED's time precision (1 the day, 2 within a
week, 3 only the month).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
DATE_RE = re.compile(
    r"\b(?:(?P<mod>early|late|on|since|overnight|last|this|from|between)\s+)?"
    r"(?P<expr>"
    rf"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\.?(?:\s+\d{{4}})?"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}"
    r"|yesterday|today|tonight|overnight"
    r"|last (?:week|month|night)"
    r"|this (?:week|month|morning)"
    r")\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    start: date
    end: date
    precision: int
    since: bool  # "since Wednesday": the start of a period running to publication
    span: tuple[int, int]
    text: str


def _weekday_before(published: date, name: str) -> date:
    """The last such weekday before publication (reports speak of the past)."""
    target = WEEKDAYS.index(name)
    delta = (published.weekday() - target) % 7
    # The same weekday as publication is that day: "said on Saturday" in a Saturday report.
    return published - timedelta(days=delta)


@lru_cache(maxsize=8192)  # dateparser takes ~1 ms a call; reports repeat their dates
def resolve(expr: str, published: date) -> tuple[date, date, int] | None:
    text = expr.lower().strip()
    word = text.split()[0]
    if word in WEEKDAYS:
        day = _weekday_before(published, word)
        return day, day, 1
    if text in ("today", "tonight", "this morning"):
        return published, published, 1
    if text in ("yesterday", "last night"):
        day = published - timedelta(days=1)
        return day, day, 1
    if text == "overnight":
        day = published - timedelta(days=1)
        return day, published, 1
    if text == "last week":
        return published - timedelta(days=7), published, 2
    if text == "this week":
        return published - timedelta(days=published.weekday()), published, 2
    if text in ("last month", "this month"):
        first = published.replace(day=1)
        if text == "last month":
            first = (first - timedelta(days=1)).replace(day=1)
        end = published if text == "this month" else published.replace(day=1) - timedelta(days=1)
        return first, end, 3
    on = calendar_date(text, published)
    if on is not None:
        return on, on, 1
    base = datetime(published.year, published.month, published.day)
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "REQUIRE_PARTS": ["day", "month"],
        },
    )
    if parsed is None:
        return None
    return parsed.date(), parsed.date(), 1


_MONTH_NUMBER = {name: number for number, name in enumerate(_MONTHS.split("|")[:12], start=1)}
_MONTH_NUMBER |= {name[:3]: number for name, number in _MONTH_NUMBER.items()} | {"sept": 9}
_DAY_MONTH = re.compile(rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTHS})\.?(?:\s+(?P<year>\d{{4}}))?")
_MONTH_DAY = re.compile(
    rf"(?P<month>{_MONTHS})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?"
)
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")


def calendar_date(text: str, published: date) -> date | None:
    """A calendar date as DATE_RE finds it ("3 May 2022", "May 3rd", "2022-05-03"),
    read without dateparser, which takes about a millisecond a call and is
    called for every new (date, publication date) pair: a day and month with
    no year is the latest such day on or before publication, as dateparser's
    PREFER_DATES_FROM past makes it. None for anything else, or a day the
    calendar lacks (30 February), which dateparser then reads as it does;
    tests/test_dates.py checks the two agree on every day of the year."""
    found = _ISO.fullmatch(text) or _DAY_MONTH.fullmatch(text) or _MONTH_DAY.fullmatch(text)
    if found is None:
        return None
    month = found["month"]
    number = int(month) if month.isdigit() else _MONTH_NUMBER[month]
    year = int(found["year"]) if found["year"] else published.year
    try:
        day = date(year, number, int(found["day"]))
    except ValueError:
        return None
    if not found["year"] and day > published:
        try:
            return day.replace(year=year - 1)
        except ValueError:  # 29 February, a year after a leap year
            return None
    return day


def find_dates(text: str, published: date, offset: int = 0) -> list[DateMention]:
    mentions = []
    for match in DATE_RE.finditer(text):
        resolved = resolve(match.group("expr"), published)
        if resolved is None:
            continue
        start, end, precision = resolved
        modifier = (match.group("mod") or "").lower()
        if modifier == "last" and start == published and match.group("expr").split()[0].lower() in WEEKDAYS:
            # "last Thursday" said on a Thursday is a week before, not the day itself.
            start = end = published - timedelta(days=7)
        mentions.append(
            DateMention(
                start=start,
                end=end,
                precision=precision,
                since=modifier in ("since", "from", "between"),  # "between Sunday and Thursday"
                span=(offset + match.start(), offset + match.end()),
                text=match.group(0),
            )
        )
    return mentions


# "for the first time since 2016", "the first Russian air raids on the city since 2016"
SINCE_YEAR_RE = re.compile(
    r"\b(?:for )?the first (?:time|[\w-]+(?: [\w-]+){0,5}?) since (?P<year>(?:19|20)\d{2})\b", re.IGNORECASE
)


def first_since(text: str) -> int | None:
    """'for the first time since 2016' -> 2016: a claim that nothing like it happened in between."""
    match = SINCE_YEAR_RE.search(text)
    return int(match.group("year")) if match else None
