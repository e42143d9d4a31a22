"""Counts as reporters write them: digits, words, vague quantities, qualifiers.

ACLED's conventions for vague figures are followed so our numbers compare
with theirs: "dozens" = 12, "tens" = 10, "hundreds" = 100 (the most
conservative reading).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague amounts, at ACLED's conservative value.
VAGUE = {
    "dozens": 12, "a dozen": 12, "dozen": 12, "tens": 10, "scores": 20,
    "hundreds": 100, "thousands": 1000, "several": 3, "a few": 3, "few": 3,
    "a handful": 3, "many": 3, "some": 1,
    # Not ACLED's: "multiple" reads as "several"; "numerous" as more than
    # several, as the coders of the ISAF releases read it (no ACLED rule).
    "multiple": 3, "numerous": 4,
    # The vague amount of the larger unit, as the FA-KES gold reads them.
    "hundreds of thousands": 100_000, "tens of thousands": 10_000,
    # "several hundred" is a vague hundreds, not "several" then "hundred" (two
    # figures, the first 3); "several dozen" = 12 as gold/fakes/README.md reads it.
    "several dozen": 12, "several hundred": 100, "several thousand": 1000,
    "a few dozen": 12, "a few hundred": 100, "a few thousand": 1000,
}  # fmt: skip
# "some", "many", "few" are too common to start a count on their own.
_VAGUE_WORDS = "|".join(sorted((k for k in VAGUE if k not in ("some", "many", "few")), key=len, reverse=True))
_WORD_NUMBER = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))

# Qualifier -> (kind of bound). "at least 5": 5 is the low end; "up to 5": the high end.
QUALIFIERS = {
    "at least": "low", "more than": "above", "over": "above", "upwards of": "low",
    "no fewer than": "low", "no less than": "low", "in excess of": "above",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "nearly": "below", "almost": "below", "close to": "below",
    "up to": "high", "as many as": "high", "at most": "high", "fewer than": "below",
    "less than": "below", "an estimated": "about", "estimated": "about",
}  # fmt: skip
_QUALIFIER = "|".join(sorted(QUALIFIERS, key=len, reverse=True))

# "two dozen" = 24, "half a dozen" = 6: a dozen multiplied, unlike the vague
# "dozens" (12, ACLED's rule).
_DOZEN = rf"(?:half a|(?:{_WORD_NUMBER}|\d+)(?:[\s-]+and[\s-]+a[\s-]+half)?)[\s-]+dozen\b"
_SCALE_WORD = r"(?:hundred|thousand|million|billion)"
# "half a million", "a quarter of a million", "two and a half million": a
# fraction of a scale word, one figure (not "half" then "a million").
_PART = r"(?:half[\s-]+a|a[\s-]+quarter[\s-]+of[\s-]+a|three[\s-]+quarters[\s-]+of[\s-]+a)"
_FRACTION = rf"(?:{_PART}|(?:{_WORD_NUMBER}|\d+)[\s-]+and[\s-]+a[\s-]+half)[\s-]+{_SCALE_WORD}\b"
_PARTS = {"half a": 0.5, "a quarter of a": 0.25, "three quarters of a": 0.75}
# The largest count kept: a figure must fit a signed 64-bit column.
MAX_COUNT = 2**63 - 1

NUMBER_RE = re.compile(
    rf"(?P<qual>\b(?:{_QUALIFIER})\s+)?"
    r"(?P<num>"
    rf"\b{_FRACTION}"
    rf"|\b{_DOZEN}"
    # "1.4 million", "2 million": digits scaled by a word.
    rf"|(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?\s+{_SCALE_WORD}\b"
    r"|\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
    # "and" joins words of one number only after a scale: "two hundred and five", not "two and three".
    rf"|\b(?:{_WORD_NUMBER})(?:(?:[\s-]+|(?:(?<=hundred)|(?<=thousand)|(?<=million))\s+and\s+)(?:{_WORD_NUMBER}))*\b"
    rf"|\b(?:{_VAGUE_WORDS})\b"
    r")",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Count:
    value: int
    low: int | None
    best: int | None
    high: int | None
    qualifier: str | None
    vague: bool
    start: int
    end: int


def words_to_int(words: str) -> int | None:
    """'twenty-one' -> 21, 'two hundred and five' -> 205; None if not a number."""
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "and" or not word:
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _times(words: str) -> float | None:
    """'half a' -> 0.5, 'three quarters of a' -> 0.75, 'two and a half' -> 2.5,
    'three' -> 3; None when the words are no number."""
    if words in _PARTS:
        return _PARTS[words]
    whole = words.removesuffix(" and a half")
    value = int(whole) if whole.isdigit() else words_to_int(whole)
    if value is None:
        return None
    return value + (0.5 if whole != words else 0)


def parse_number(text: str) -> tuple[int, bool] | None:
    """(value, vague) for a number written in digits, words or as a vague amount."""
    if text.isdecimal():
        # Plain digits, most figures of a table or a list of tolls: what the
        # `\d+` branch below gives, without its four regular expressions.
        return _counted(int(text))
    cleaned = re.sub(r"\s+", " ", text.strip().lower())
    if cleaned in VAGUE:
        return VAGUE[cleaned], True
    # "two dozen", "half a dozen", "half a million", "two and a half million":
    # a multiple of a dozen, or a fraction of a scale word (whole numbers of a
    # scale word are left to the branches below).
    multiple = re.fullmatch(r"(.+?)[\s-]+(dozen|hundred|thousand|million|billion)", cleaned)
    if multiple:
        unit = 12 if multiple.group(2) == "dozen" else _SCALES[multiple.group(2)]
        words = multiple.group(1).replace("-", " ")
        if unit == 12 or words in _PARTS or words.endswith(" and a half"):
            times = _times(words)
            return None if times is None else _counted(round(times * unit))
    scaled = re.fullmatch(r"([\d,]+(?:\.\d+)?)\s+(hundred|thousand|million|billion)", cleaned)
    if scaled:
        return _counted(round(float(scaled.group(1).replace(",", "")) * _SCALES[scaled.group(2)]))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", cleaned):
        return _counted(int(cleaned.replace(",", "")))
    if re.fullmatch(r"\d+\.\d+", cleaned):
        return None  # a decimal is a measure, not a head count
    value = words_to_int(cleaned)
    return _counted(value) if value is not None else None


def _counted(value: int) -> tuple[int, bool] | None:
    """(value, not vague) for a count that fits 64 bits; anything larger is
    not a count of people, and would overflow the store's BIGINT columns."""
    return (value, False) if value <= MAX_COUNT else None


def bounds(value: int, qualifier: str | None, vague: bool) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) for a reported count and its qualifier."""
    kind = QUALIFIERS.get(qualifier.lower()) if qualifier else None
    if vague or kind in ("low", "above"):
        # "more than 20" is coded 20, as ACLED does: the lowest figure reported.
        return value, value, None
    if kind == "high":
        return None, value, value
    if kind == "below":
        return None, value, value
    if kind == "about":
        return None, value, None
    return value, value, value


# A date written in figures ("6-09-2013", "17/11/2017", "2016-07-11"): no
# count, nor a range of counts, however its parts read.
_NUMERIC_DATE = re.compile(r"\b(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})\b")


# Digits that end a code rather than count: after a letter and a hyphen
# ("CA-108" in a release number, "F-16", "Su-24", "AK-47") or glued to a
# capital ("T72", "A320"). Searched in the two characters before a digit.
_CODE_BEFORE = re.compile(r"(?:[A-Za-z]-|[A-Z])$")


def find_counts(text: str, offset: int = 0) -> list[Count]:
    """Every count in `text`, with spans shifted by `offset`."""
    found = []
    dates = [m.span() for m in _NUMERIC_DATE.finditer(text)]
    for match in NUMBER_RE.finditer(text):
        if dates and any(start <= match.start("num") < end for start, end in dates):
            continue
        if match.group("num")[:1].isdigit() and _CODE_BEFORE.search(
            text, max(0, match.start("num") - 2), match.start("num")
        ):
            continue  # "2010-05-CA-108", "F-16", "T72": an identifier's digits, no count
        parsed = parse_number(match.group("num"))
        if parsed is None:
            continue
        value, vague = parsed
        qualifier = match.group("qual").strip().lower() if match.group("qual") else None
        low, best, high = bounds(value, qualifier, vague)
        found.append(
            Count(
                value,
                low,
                best,
                high,
                qualifier,
                vague,
                offset + match.start(),
                offset + match.end(),
            )
        )
    return _ranges(text, offset, found)


_RANGE_GAP = re.compile(r"^\s*(?:-|\u2013|\u2014|to)\s*$|^\s+and\s+$", re.I)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)


def _between_before(text: str, end: int) -> bool:
    """Whether `text[:end]` ends in "between" and space, reading only those
    words: searching the whole text before every "N and M" cost a long
    sentence of figures the square of its length. "between" can only end
    where the trailing space starts, so the search looks at the 8
    characters before it (one more than the word, for its word boundary)."""
    start = end
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start < end and _BETWEEN.search(text[max(0, start - 8) : end]) is not None


def _ranges(text: str, offset: int, counts: list[Count]) -> list[Count]:
    """ "33-40", "8 - 14", "between two and four": one count, low to high,
    its best the low end (the conservative reading)."""
    merged: list[Count] = []
    for count in counts:
        if merged:
            first = merged[-1]
            gap = text[first.end - offset : count.start - offset]
            is_and = gap.strip().lower() == "and"
            if (
                _RANGE_GAP.match(gap)
                and count.value > first.value
                and _open_upper(count.qualifier)
                and (not is_and or _between_before(text, first.start - offset))
                and not changed_from(text, first.start - offset)
            ):
                low = first.low if first.low is not None else first.value
                merged[-1] = Count(first.value, low, low, count.value, first.qualifier or "between",
                                   first.vague, first.start, count.end)  # fmt: skip
                continue
        merged.append(count)
    return merged


def _open_upper(qualifier: str | None) -> bool:
    """A range's upper end may be unqualified or open above: "from 10,000 to
    more than 30,000", "between 200 and over 300" are one estimate, its high
    end the figure named; "to nearly 30" or "to about 30" are left apart."""
    return not qualifier or QUALIFIERS.get(qualifier.lower()) in ("above", "low")


@cache
def _change_pattern() -> re.Pattern[str]:
    """ "rose from", "was revised down from": casualties.json `toll_change`."""
    path = resources.files("warmonitor") / "data" / "patterns" / "casualties.json"
    cues = json.loads(path.read_text(encoding="utf-8"))["toll_change"]
    verbs = "|".join(sorted(map(re.escape, cues["verbs"]), key=len, reverse=True))
    particles = "|".join(sorted(map(re.escape, cues["particles"]), key=len, reverse=True))
    carriers = "|".join(sorted(map(re.escape, cues["carriers"]), key=len, reverse=True))
    tolls = "|".join(sorted(map(re.escape, cues["toll_nouns"]), key=len, reverse=True))
    earlier = "|".join(sorted(map(re.escape, cues["earlier_readings"]), key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?:{verbs})(?:\s+(?:{particles}))?|{particles}"
        # "raising the toll from three to five": the toll the verb's object
        rf"|(?:{carriers})\s+(?:[\w'-]+\s+){{0,2}}(?:{tolls})"
        # "revised the death toll to 14 from 19": the figure it went to first
        rf"|\b(?:{tolls})\b[^.;]{{0,60}}?\bto\s+[\w,.-]+(?:\s+[\w-]+)?)\s+from\s+"
        # "up from a previous estimate of 22"
        rf"(?:(?:an?|the|its|their)\s+(?:{earlier})\s+of\s+)?$",
        re.I,
    )


def changed_from(text: str, start: int) -> bool:
    """Whether the count at `start` is the figure a toll changed from ("the
    toll rose from 20 to 35", "..., up from 20"): the earlier figure and the
    newer one are two figures, not the ends of one range. Only the 100
    characters before it are read."""
    return _change_pattern().search(text[max(0, start - 100) : start]) is not None


def earlier_figure_zones(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """The stretches (shifted by `offset`) that tell a toll's earlier figure:
    from the count after "up from" / "rose from" to the next comma, semicolon
    or "to": "climbed to 48, up from 30 on Sunday" -> "30 on Sunday". A
    date inside one is that earlier figure's, not the newer toll's."""
    zones = []
    for count in find_counts(text):
        if changed_from(text, count.start):
            stop = _ZONE_END.search(text, count.end)
            zones.append((offset + count.start, offset + (stop.start() if stop else len(text))))
    return zones


_ZONE_END = re.compile(r"[,;]|\bto\b", re.I)
