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
    r"\b(?:(?P<mod>early|late|on|since|overnight|last|this|from)\s+)?"
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


def find_dates(text: str, published: date, offset: int = 0) -> list[DateMention]:
    mentions = []
    for match in DATE_RE.finditer(text):
        resolved = resolve(match.group("expr"), published)
        if resolved is None:
            continue
        start, end, precision = resolved
        modifier = (match.group("mod") or "").lower()
        mentions.append(
            DateMention(
                start=start,
                end=end,
                precision=precision,
                since=modifier in ("since", "from"),
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
