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
from functools import cache, lru_cache

import dateparser

from warmonitor.extract.cue_data import pattern_data

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_CALENDAR = (
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?(?:,?\s+\d{{4}})?"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
)
_WEEKDAY = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
)
_MONTH_NAMES_CAPS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE_RE = re.compile(
    r"\b(?:(?P<mod>early|late|on|since|overnight|last|this|from|between)\s+)?"
    r"(?P<expr>"
    # A weekday and the day it names ("Friday, 21 July 1972", "Mon Aug 29 2016")
    # are one date, the calendar's: the weekday alone would be read against
    # the publication date, in another week or another year.
    rf"(?:{_WEEKDAY})\.?,?\s+(?:the\s+)?(?:{_CALENDAR})"
    # "Saturdays blast", "Tuesdays attack": the possessive with its apostrophe
    # stripped (FA-KES copy), a noun after it; "on Saturdays" is a habit, not a day.
    r"|(?<!\bon\s)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s(?=\s+[a-z])"
    rf"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|{_CALENDAR}"
    r"|\d{4}-\d{2}-\d{2}"
    # "on the 20th": a day of the month alone, after "on"; not a unit's number
    # ("on the 5th Corps", "the 20th Armoured Division": a capital follows).
    r"|(?<=\bon\s)the\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?-i:[A-Z]))"
    # A year that ends a period or places the claim in it ("by the end of 1972",
    # "in 1972"): the claim stays in that year (resolve_year).
    # (The look back comes after the digits: tried only where a year stands.)
    # "in mid-2014", "in early 2015", "in late 2013" place it in that year too.
    r"|(?:by\s+)?the\s+end\s+of\s+(?:19|20)\d{2}|(?:19|20)\d{2}(?:(?<=\bin\s\d{4})|(?<=\bduring\s\d{4})"
    r"|(?<=\bmid-\d{4})|(?<=\bin\searly\s\d{4})|(?<=\bin\slate\s\d{4}))"
    # "in 1995-96", "in 2011/12", "in 1995 and 1996": the span of years (resolve)
    # (two digits only right after the dash: "in 2016 - 12 people died" is a count)
    r"(?:[-\u2013/](?:(?:19|20)\d{2}|\d{2})(?!\d)|\s*[-\u2013]\s*(?:19|20)\d{2}\b|\s+and\s+(?:19|20)\d{2}\b)?"
    # "In May, she was arrested", "captured the town in April 2016": a month
    # named alone after "in" (its name capitalised: "in may" is no month), not
    # "in August 25" (a calendar day, above), nor "in June last year" (a
    # year this does not read). The latest such month begun by
    # publication, or the one of the year given (resolve).
    rf"|(?<=\bin\s)(?-i:{_MONTH_NAMES_CAPS})(?:,?\s+(?:19|20)\d{{2}})?(?!\s+\d{{1,2}}\b|\s+last\s+year)"
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
    year_only: bool = False  # "in 1972": a year the text names, no day in it
    month_only: bool = False  # "in May", "in May 2014": a month the text names, no day in it


def _weekday_before(published: date, name: str) -> date:
    """The last such weekday before publication (reports speak of the past)."""
    target = WEEKDAYS.index(name)
    delta = (published.weekday() - target) % 7
    # The same weekday as publication is that day: "said on Saturday" in a Saturday report.
    return published - timedelta(days=delta)


@lru_cache(maxsize=8192)  # dateparser takes ~1 ms a call; reports repeat their dates
def resolve(expr: str, published: date) -> tuple[date, date, int] | None:
    text = " ".join(expr.lower().split())
    word = text.split()[0].rstrip(".,")
    year = _YEAR.fullmatch(text)
    if year is not None:
        number = int(year["year"])
        if year["end"]:  # "by the end of 1972": the last day of that year
            return date(number, 12, 31), date(number, 12, 31), 1
        return date(number, 1, 1), date(_last_year(number, year["to"] or year["also"]), 12, 31), 3
    named = _WEEKDAY_DAY.fullmatch(text)
    on = calendar_date(named["day"].rstrip("."), published) if named is not None else None
    if on is not None:
        # "Friday, 21 July 1972": the day given, whatever week publication falls in.
        return on, on, 1
    if word.endswith("s") and word[:-1] in WEEKDAYS:
        word = word[:-1]  # "Saturdays blast": Saturday's
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
    month = _MONTH_ALONE.fullmatch(text)
    if month is not None:
        return _month_alone(int(_MONTH_NUMBER[month["month"]]), month["year"], published)
    on = calendar_date(text, published)
    if on is not None:
        return on, on, 1
    alone = _DAY_ALONE.fullmatch(text)
    if alone is not None:
        on = _day_of_month(int(alone["day"]), published)
        return (on, on, 1) if on is not None else None
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
_DAY_MONTH = re.compile(
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTHS})\.?(?:\s+(?P<year>\d{{4}}))?"
)
_MONTH_ALONE = re.compile(r"(?P<month>" + _MONTH_NAMES_CAPS.lower() + r"),?(?:\s+(?P<year>(?:19|20)\d{2}))?")
_DAY_ALONE = re.compile(r"the (?P<day>\d{1,2})(?:st|nd|rd|th)")
_MONTH_DAY = re.compile(
    rf"(?P<month>{_MONTHS})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?"
)
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
_YEAR = re.compile(
    r"(?P<end>(?:by )?the end of )?(?P<year>(?:19|20)\d{2})"
    r"(?:\s*[-\u2013/]\s*(?P<to>(?:19|20)\d{2}|\d{2})|\s+and\s+(?P<also>(?:19|20)\d{2}))?"
)
_YEARS_SPANNED = 10  # "1995-96" spans two years; "2016-12" is no span
_WEEKDAY_DAY = re.compile(rf"(?:{_WEEKDAY})\.?,? (?:the )?(?P<day>.+)")


def _month_alone(number: int, year: str | None, published: date) -> tuple[date, date, int]:
    """A month named without a day: that of the year given, else the latest
    such month begun by publication ("in May" in a July report: this May; "in
    September" in a July report: last year's). Its days run to its end, or to
    publication when it is publication's month. ACLED precision 3."""
    which = int(year) if year else published.year - (number > published.month)
    first = date(which, number, 1)
    last = date(which + number // 12, number % 12 + 1, 1) - timedelta(days=1)
    return first, min(last, max(published, first)), 3


def _last_year(first: int, to: str | None) -> int:
    """The last year of "1995-96" (1996), "2011/2012" (2012); `first` where
    the second number spans no years after it."""
    if to is None:
        return first
    last = int(to) if len(to) == 4 else first // 100 * 100 + int(to)
    return last if 0 < last - first <= _YEARS_SPANNED else first


def calendar_date(text: str, published: date) -> date | None:
    """A calendar date as DATE_RE finds it ("3 May 2022", "May 3rd", "2022-05-03"),
    read without dateparser, which takes about a millisecond a call and is
    called for every new (date, publication date) pair: a day and month with
    no year is read in the year that makes it likeliest (`_nearest_year`). None for
    anything else, or a day the calendar lacks (30 February), which
    dateparser then reads as it does; tests/test_dates.py checks the two
    agree on every day of the year where the text gives its year."""
    text = text.replace(",", "")
    found = _ISO.fullmatch(text) or _DAY_MONTH.fullmatch(text) or _MONTH_DAY.fullmatch(text)
    if found is None:
        return None
    month = found["month"]
    number = int(month) if month.isdigit() else _MONTH_NUMBER[month]
    if found["year"]:
        try:
            return date(int(found["year"]), number, int(found["day"]))
        except ValueError:
            return None
    return _nearest_year(number, int(found["day"]), published)


def _day_of_month(day: int, published: date) -> date | None:
    """'on the 20th': the last 20th on or before publication (reports tell
    the past), this month's or the month before's; None for a day neither has."""
    for back in (0, 1):
        month = (published.month - 1 - back) % 12 + 1
        year = published.year - (1 if published.month - back < 1 else 0)
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found <= published:
            return found
    return None


def _nearest_year(month: int, day: int, published: date) -> date | None:
    """A day and month with no year, in the year that makes it likeliest.
    Style books leave the year out of dates of the current year, and reports
    tell the past more than plans: so the publication year's day, unless it
    lies ahead of publication and the day a year before is nearer (a day
    ahead counting three days back, another year 60 days). "August 31" in a
    report of 30 August is the next day (a strike called for it), not a year
    before; "March 30" in a November report this year's; "28 December" in a
    report of 3 January the week before. Never the next year: undated texts
    are given the last day of their year (SATP's timelines), and their
    January days are that year's. None for a day the calendar lacks near
    publication (31 June; 29 February far from a leap year)."""

    def cost(d: date) -> int:
        days = (d - published).days
        return (days * _AHEAD if days > 0 else -days) + (_OTHER_YEAR if d.year != published.year else 0)

    found = []
    for year in (published.year - 1, published.year):
        try:
            found.append(date(year, month, day))
        except ValueError:
            continue
    best = min(found, key=lambda d: (cost(d), d), default=None)
    return best if best is not None and cost(best) <= _FARTHEST else None


_AHEAD = 3  # a day ahead of publication costs three days back
_OTHER_YEAR = 60  # days
# Every day and month has a year costing at most 365 (this year's, back, or
# 106 days ahead); 29 February only in a leap year of publication, or the one
# before within ~250 days.
_FARTHEST = 366


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
                year_only=_YEAR.fullmatch(" ".join(match.group("expr").lower().split())) is not None,
                month_only=_MONTH_ALONE.fullmatch(" ".join(match.group("expr").lower().split())) is not None,
            )
        )
    return mentions


_A_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_A_MONTH = re.compile(rf"\b(?:{_MONTHS})\b", re.I)
_A_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.I)
NARRATIVE_OPENING = 400  # characters: the lead that sets a history's day
NARRATIVE_GAP = 2  # years before publication that make a text's opening day history


def narrative_day(mentions: list[DateMention], published: date) -> date | None:
    """The day a text told as history opens on ("The bombing was an attack on
    13 September 1974 ..." in a page read years later), or None: the text's
    first date naming a year is a full day in its lead, at least
    NARRATIVE_GAP years before publication, and no date of the text names a
    later year than that gap allows. Its days without a year ("on 15
    September", "on a Friday afternoon") are that history's, not the
    publication's."""
    with_year = [m for m in mentions if _A_YEAR.search(m.text)]
    if not with_year:
        return None
    first = with_year[0]
    if first.precision != 1 or first.span[0] > NARRATIVE_OPENING:
        return None
    latest = published.year - NARRATIVE_GAP
    if any(m.start.year > latest for m in with_year):
        return None
    return first.start


def read_in_history(mentions: list[DateMention], day: date) -> list[DateMention]:
    """`mentions` with the days that name no year read in the history that
    opens on `day` (narrative_day): a weekday as the one on or before it,
    a day of a month in its year."""
    out = []
    for m in mentions:
        if _A_YEAR.search(m.text) or not (_A_MONTH.search(m.text) or _A_WEEKDAY.search(m.text)):
            out.append(m)
            continue
        anchor = day if _A_WEEKDAY.search(m.text) and not _A_MONTH.search(m.text) else date(day.year, 12, 31)
        again = find_dates(m.text, anchor, offset=m.span[0])
        out.append(again[0] if again else m)
    return out


# "for the first time since 2016", "the first Russian air raids on the city since 2016"
SINCE_YEAR_RE = re.compile(
    r"\b(?:for )?the first (?:time|[\w-]+(?: [\w-]+){0,5}?) since (?P<year>(?:19|20)\d{2})\b", re.IGNORECASE
)


def first_since(text: str) -> int | None:
    """'for the first time since 2016' -> 2016: a claim that nothing like it happened in between."""
    match = SINCE_YEAR_RE.search(text)
    return int(match.group("year")) if match else None


@dataclass(frozen=True)
class Dateline:
    """The day a report's own head says it was written, and where it says so."""

    day: date
    span: tuple[int, int]
    wire: bool = False  # a wire dateline ("KABUL, Afghanistan (Dec. 19) -"): a release's or agency's


@cache
def dateline_cues() -> tuple[tuple[str, ...], int]:
    """(cue phrases, how many characters of the head to read): data/patterns/datelines.json."""
    data = pattern_data("datelines.json")
    return tuple(data["cues"]["phrases"]), int(data["head_chars"]["value"])


# Surface forms of a dateline that DATE_RE does not read: "04-04-2016" or
# "01.10.2017" opening the text (day first), "Apr 232017" (day and year run together).
_NUMERIC_DAY = re.compile(r"\s*(?P<day>\d{1,2})[-./](?P<month>\d{1,2})[-./](?P<year>(?:19|20)\d{2})")
_GLUED = re.compile(
    rf"\b(?P<month>{_MONTHS})\.?\s+(?P<day>\d{{2}})(?P<year>(?:19|20)\d{{2}})\b", re.IGNORECASE
)


def _cut_day(numeric: re.Match[str]) -> bool:
    """Whether a numeric dateline lost its day's first digit: a day of one
    digit beside a month written with two ("5-04-2016"), where the outlet
    pads both ("05-04-2016", "25-04-2016"): which day it was is not told.
    Of the two such heads among FA-KES's 96 numeric datelines, both kept the
    last digit of the day their feed gives (16 September, 25 April)."""
    return len(numeric["day"]) == 1 and len(numeric["month"]) == 2


def _cued(head: str, phrases: tuple[str, ...]) -> bool:
    """Whether a date preceded by `head` is a dateline: it opens the text, or
    follows a cue ("Published", "Last updated at")."""
    before = " ".join(head.lower().split()).rstrip(" ,:-|")
    return not before or any(before.endswith(p) for p in phrases)


def _opens_a_line(before: str) -> bool:
    """Whether a date with its year opens a line of the head, under the
    headline ("Nusra Front stages bombing in Aleppo\n\n7 July 2015 A suicide
    bomber ..."): the outlet's dateline, not a day the story tells."""
    return before.rstrip(" \t").endswith("\n")


# The text's first sentence, a headline run into the story with a stop ("At
# least seven die in shelling. 31 Oct 2017 At least seven ..."): a full date
# right after it is the outlet's dateline, as under a headline on its own line.
_HEADLINE_BEFORE = re.compile(r"\s*[^.!?\n]{8,250}[.!?]\s+")


def _under_headline(before: str, after: str) -> bool:
    """Whether a full date follows the text's first sentence and nothing else,
    and the story opens after it on a capital ("... 14 Nov 2017 At least
    six"; not "... 3 May 2015 was the day it began", a date in prose)."""
    return _HEADLINE_BEFORE.fullmatch(before) is not None and re.match(r"\s+[A-Z]", after) is not None


def _numeric_under_headline(head: str) -> re.Match[str] | None:
    """A numeric dateline right after a headline run into the story ("Three
    killed in bomb attack. 15-09-2013 A bomb ..."), the story opening on a
    capital after it; None otherwise."""
    headline = _HEADLINE_BEFORE.match(head)
    numeric = _NUMERIC_DAY.match(head, headline.end()) if headline is not None else None
    if numeric is None or re.match(r"\s+[A-Z]", head[numeric.end() :]) is None:
        return None
    return numeric


def _heading_word(before: str) -> bool:
    """Whether a weekday and day following `before` stand in a heading, after
    a capitalised word ("... NGO AFP Sunday 24 Aug 2014") and not in the
    story's prose ("it was on Friday 21 July 1972")."""
    words = before.split()
    return not words or words[-1][:1].isupper()


# A wire dateline: the place in capitals, its country after a comma if any,
# and the day in brackets ("KANDAHAR, Afghanistan (June 3, 2011) -",
# "HERAT (Oct. 5) -"). The year may be left out; the day is the writer's.
_WIRE_PLACE = re.compile(r"\b[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*(?:, ?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*)? ?\($")


# (a headline run into the place, its stop lost: "... in AfghanistanKANDAHAR, ...")
_AGENCY_PLACE = re.compile(
    r"(?:\b|(?<=[a-z]))[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*(?:, ?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*)?, ?$"
)
_AGENCY_AFTER = re.compile(r"\s*\([A-Z][\w .'-]{1,40}\)\s*(?:--|-|\u2013|\u2014)")


# A wire dateline anywhere in a text: the place in capitals, its country, the
# day in brackets ("KABUL, Afghanistan (Jan. 8) -"). A release's update run
# on under it ("--- UPDATE ... KABUL, Afghanistan (Jan. 30, 2011) - ISAF
# confirmed ... was detained in Khost province Jan. 19") carries one of its own.
WIRE_LINE = re.compile(
    r"(?<![\w'])(?P<place>[A-Z]{3,}(?:[ /-][A-Z]{3,}){0,2})(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    rf"\s*\((?P<day>(?:{_MONTH_NAMES_CAPS}|[A-Z][a-z]{{2,3}}\.)\s+\d{{1,2}}(?:,\s*\d{{4}})?)\)"
)


_DAY_AFTER = re.compile(r"\s*,?\s*\d{1,2}\b(?!\s*(?:km|kilomet|mile|%|percent))")


def is_month_day(name: str, after: str) -> bool:
    """Whether a name the tagger took for a place is a month with its day
    after it ("March 14", "March, 3, 2011"): a date, though a village in
    the gazetteer shares the month's name."""
    return name.lower() in _MONTH_NAMES_CAPS.lower().split("|") and _DAY_AFTER.match(after) is not None


def wire_lines(text: str) -> list[tuple[int, int]]:
    """The spans of every wire dateline in a text, place through bracket:
    where a release was filed and the day it was written, neither the place
    nor the day of what it tells."""
    return [m.span() for m in WIRE_LINE.finditer(text)]


def _wire_dateline(head: str, match: re.Match[str]) -> bool:
    """Whether a date DATE_RE found stands bare in a wire dateline's brackets,
    right after the place in capitals: the day the release was written, which
    the sentence it opens would otherwise take as its incident's ("KABUL,
    Afghanistan (July 30, 2011) - A patrol detained two men ... yesterday")."""
    if match.group("mod"):
        return False
    before = " ".join(head[: match.start("expr")].split()[-8:])
    if _WIRE_PLACE.search(before) and head[match.end() :].lstrip().startswith(")"):
        return True
    # "KANDAHAR, Afghanistan, Oct. 3 (Xinhua) --": the day bare after the
    # place, the agency in brackets after it (Xinhua's and DPA's form)
    return bool(_AGENCY_PLACE.search(before)) and _AGENCY_AFTER.match(head[match.end() :]) is not None


def report_dateline(text: str, published: date) -> Dateline | None:
    """The report's own dateline, a full day with its year at the head of the
    text ("Published February 23 2015", "AFP Sunday 24 Aug 2014", "12
    February 2015 ..." opening the text or a line under the headline,
    "04-04-2016 ..."), or None. Relative days are the
    writer's, counted from this day: an outlet's copy can carry a day other
    than the one a feed or a dataset gives it. A wire dateline ("KABUL,
    Afghanistan (July 30, 2011) -") is one too, its year optional."""
    phrases, limit = dateline_cues()
    head = text[:limit]
    numeric = _NUMERIC_DAY.match(head) or _numeric_under_headline(head)
    if numeric is not None and not _cut_day(numeric):
        try:
            day = date(int(numeric["year"]), int(numeric["month"]), int(numeric["day"]))
            return Dateline(day, (numeric.start("day"), numeric.end()))
        except ValueError:
            pass
    elif numeric is not None:
        # "5-04-2016" on a report of 25 April: the copy lost the day's first
        # digit; the dateline stands, but its day is the one the feed gives
        return Dateline(published, (numeric.start("day"), numeric.end()))
    for match in DATE_RE.finditer(head):
        expr = " ".join(match.group("expr").lower().split())
        wire = _wire_dateline(head, match)
        if _YEAR.fullmatch(expr) or not (wire or re.search(r"\d{4}", expr)):
            continue
        before = head[: match.start("expr")]
        if not (
            wire
            or _cued(before, phrases)
            or _opens_a_line(before)
            or _under_headline(before, head[match.end() :])
            or (_WEEKDAY_DAY.fullmatch(expr) and _heading_word(before))
        ):
            continue
        resolved = resolve(expr, published)
        if resolved is not None:
            return Dateline(resolved[0], (match.start("expr"), match.end()), wire=wire)
    glued = _GLUED.search(head)
    if glued is not None and _cued(head[: glued.start()], phrases):
        on = calendar_date(f"{glued['month'].lower()} {glued['day']} {glued['year']}", published)
        if on is not None:
            return Dateline(on, glued.span())
    return None


# The lead's end: the first stop that ends a sentence ("... Logar province,
# yesterday. The leader ..."), read on the surface, as the parser may cut the
# lead short before a name it does not know.
_LEAD_END = re.compile(r"[.!?](?=\s|$)")


def lead_day(text: str, line: Dateline | None, mentions: list[DateMention]) -> DateMention | None:
    """The day a wire release's lead tells ("KABUL, Afghanistan (Feb. 9) -
    Forces detained two men in Khost province yesterday."), or None: the
    lead's first single day, counted from the dateline. A release tells one
    operation, and its lead the operation's day: its headline and the
    sentences that name no day of their own are of that day, not of the day
    the release was written. Only a wire dateline marks such a lead; a
    story's head date ("Published 4 July") says nothing of its lead."""
    if line is None or not line.wire:
        return None
    stop = _LEAD_END.search(text, line.span[1] + 1)
    end = stop.start() if stop else len(text)
    return next(
        (m for m in mentions if line.span[1] <= m.span[0] < end and m.precision == 1 and not m.since),
        None,
    )
