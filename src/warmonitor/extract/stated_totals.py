"""A count a report gives as the sum of its other counts, and those counts.

"A total of 24 militants were killed near two cities" and below "12 ... near
the first" and "another 12 in the second": the two twelves are the total's
parts, not 24 more dead. The words by the count say it is a sum
(casualties.json `restated.stated_total`); the incident counts of the same
outcome near it, of a side it covers, on its day and in its voice, join it
nearest first while they fit inside it. They become `part_of` the total, as
the FA-KES gold codes per-place tolls that add up to a stated total, so
neither the claims nor the reconciled toll add them to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from warmonitor.extract.claims import Figure
from warmonitor.extract.cue_data import pattern_data

# How many sentences from the total its parts may be told: a short story's
# breakdown follows its lead within a few sentences (a Sputnik story's parts
# were three and six on: a related story's headline and a dateline split its
# lead into short sentences).
_REACH = 6

# Sides a total of everyone hurt, or of people of no told side, covers.
_ANY_SIDE = ("total", "unknown")


@dataclass(frozen=True)
class TotalCues:
    first_before: tuple[tuple[str, ...], ...]
    last_before: tuple[tuple[str, ...], ...]
    last_after: tuple[tuple[str, ...], ...]


@cache
def total_cues() -> TotalCues:
    """The `restated.stated_total` phrases, as word tuples, read once."""
    data = pattern_data("casualties.json")["restated"]["stated_total"]

    def words(phrases: list[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(p.split()) for p in phrases)

    return TotalCues(
        first_before=words(data["sum_first"]["before"]),
        last_before=words(data["sum_last"]["before"]),
        last_after=words(data["sum_last"]["after"]),
    )


def _has(words: list[str], phrases: tuple[tuple[str, ...], ...], within: int) -> bool:
    """A phrase ending within the first `within` words, not followed by "of"
    ("in all of the province's towns" tells where, not a sum)."""
    return any(
        k + len(phrase) <= within
        and tuple(words[k : k + len(phrase)]) == phrase
        and words[k + len(phrase) : k + len(phrase) + 1] != ["of"]
        for phrase in phrases
        for k in range(len(words))
    )


def says_total(text: str, span: tuple[int, int], cues: TotalCues | None = None) -> str | None:
    """Whether the words by a count say it is a sum, and where its parts
    are: "first" for a sum told before them ("a total of 24" among the four
    words before it), "last" for one told after them ("in total over 40",
    "35 people in total": the four words before it or the three after);
    None for no sum."""
    cues = cues or total_cues()
    before = text[max(0, span[0] - 40) : span[0]].lower().replace(",", " ").split()[-4:]
    after = text[span[1] : span[1] + 40].lower().replace(",", " ").replace(".", " ").split()[:4]
    if _has(before, cues.first_before, 4):
        return "first"
    if _has(before, cues.last_before, 4) or _has(after, cues.last_after, 3):
        return "last"
    return None


def _covers(total: str, part: str) -> bool:
    return ":" not in part and (total == part or total in _ANY_SIDE or part in _ANY_SIDE)


def stated_totals(
    claims: Sequence[Figure],
    sentence_of: Sequence[int],
    text: str,
    days: Sequence[date | None],
    told_by: Callable[[int], str | None],
) -> dict[int, int]:
    """{index of a part: index of the stated total it is inside}. A total is
    an incident count with its own number the words by it call a sum; its
    parts are other incident counts not yet linked, told after a sum told
    first or before one told last, of its outcome and a side
    it covers, within `_REACH` sentences, on its day or undated, told by its
    source or in no named voice (`told_by` None), not vague, taken nearest
    first while their sum stays within it."""
    cues = total_cues()
    linked: dict[int, int] = {}
    told = {
        t: says_total(text, c.span, cues) if c.scope == "incident" and c.part_of is None and c.best else None
        for t, c in enumerate(claims)
    }
    totals = [t for t, where in told.items() if where is not None]

    def fits(t: int, j: int) -> bool:
        total, part = claims[t], claims[j]
        return (
            (part.span[0] > total.span[0]) is (told[t] == "first")
            and j not in linked
            and j not in totals
            and part.part_of is None
            and part.scope == "incident"
            and part.qualifier != "vague"
            and part.outcome == total.outcome
            and bool(part.best)
            and abs(sentence_of[j] - sentence_of[t]) <= _REACH
            and _covers(total.party, part.party)
            and (days[t] is None or days[j] is None or days[t] == days[j])
            and (told_by(t) is None or told_by(j) is None or told_by(t) == told_by(j))
        )

    for t in totals:
        left = claims[t].best or 0
        near = sorted(
            (j for j in range(len(claims)) if fits(t, j)),
            key=lambda j: (abs(sentence_of[j] - sentence_of[t]), claims[j].span[0]),
        )
        for j in near:
            best = claims[j].best or 0
            if best <= left:
                linked[j] = t
                left -= best
    return linked


# The most shares an unmarked total is read as the sum of: a lead's toll told
# again town by town rarely runs longer, and more shares make a chance sum likelier.
_MOST_SHARES = 4
# The first sentence with a count and the next (a headline and its lead): where
# a report gives its total.
_LEAD_SENTENCES = 1


def summed_shares(
    claims: Sequence[Figure],
    sentence_of: Sequence[int],
    days: Sequence[date | None],
    told_by: Callable[[int], str | None],
) -> dict[int, int]:
    """{index of a share: index of the total it adds up to}. "Airstrikes
    killed 20 civilians in two parts of the province", then "13 civilians"
    in one town and "seven civilians" in another: with no word calling the
    20 a sum, counts told in the sentences after it that add up to it
    exactly, in order, are its shares. Each share is an incident count not
    yet linked, of its outcome and a side it covers, on its day or undated,
    in its voice or none, not vague, within `_REACH` sentences; two to
    `_MOST_SHARES` of them, the total in the report's first sentences
    (`_LEAD_SENTENCES` after the first with a count), the run starting with the first such count after
    the total's sentence and skipping counts of another side ("three
    militants and 13 civilians"). "Another four" or "a second strike killed
    six" may well be the next town's share (counts18 read 53 such "another"
    sentences): an exact sum decides, not the word."""
    linked: dict[int, int] = {}

    def fits(t: int, j: int) -> bool:
        total, part = claims[t], claims[j]
        return (
            j not in linked
            and part.part_of is None
            and part.scope == "incident"
            and part.qualifier != "vague"
            and part.outcome == total.outcome
            and bool(part.best)
            and (days[t] is None or days[j] is None or days[t] == days[j])
            and (told_by(t) is None or told_by(j) is None or told_by(t) == told_by(j))
        )

    # Only a headline's or lead's total: further down, one item's count may
    # equal the sum of the next items' by chance (34 hurt in one district, 7
    # and 27 in the next two).
    opening = min(sentence_of, default=0) + _LEAD_SENTENCES
    for t, total in enumerate(claims):
        if total.scope != "incident" or total.part_of is not None or not total.best or t in linked:
            continue
        if sentence_of[t] > opening:
            continue
        later = [
            j for j in range(len(claims))
            if sentence_of[t] < sentence_of[j] <= sentence_of[t] + _REACH and fits(t, j)
        ]  # fmt: skip
        run: list[int] = []
        left = total.best
        for j in later:
            if not _covers(total.party, claims[j].party):
                continue  # "three militants and 13 civilians": another side's count between
            if (claims[j].best or 0) > left:
                break
            run.append(j)
            left -= claims[j].best or 0
            if left == 0 or len(run) == _MOST_SHARES:
                break
        if left == 0 and len(run) >= 2:
            linked.update({j: t for j in run})
    return linked
