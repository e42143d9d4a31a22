"""How many days a figure's happening lies off the date its sentence gives.

Reporters date one happening by another: "Jets struck two towns on Sunday,
a day after shelling killed nine", "Four had been killed there the previous
day", "Seven fighters died two days earlier, the group said on Thursday".
The sentence's date (or its incident's) is the anchor; the deaths are a day
or days off it. Read on the parse: the noun "day" (its number, if plural)
hanging on the figure's verb, with "previous"/"next", "earlier"/"later", or
"after" opening the figure's clause. The words are data
(data/patterns/day_offsets.json).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from warmonitor.extract import numbers
from warmonitor.extract.cue_data import pattern_data

_MOST_DAYS = 6  # "two days earlier" dates a happening; "ten days later" is another story's time
_PRESENT = frozenset({"VBZ", "VBP"})  # Penn tags of the present tense
_CLIMB = 4  # heads walked from a figure's first word to its verb: "nine civilians" -> "killed"


@dataclass(frozen=True)
class _Words:
    days: frozenset[str]
    before: frozenset[str]
    after: frozenset[str]
    earlier: frozenset[str]
    later: frozenset[str]
    subordinators: frozenset[str]


@cache
def _words() -> _Words:
    data = pattern_data("day_offsets.json")

    def words(key: str) -> frozenset[str]:
        return frozenset(data[key]["words"])

    return _Words(
        words("day_nouns"), words("before_words"), words("after_words"),
        words("earlier_adverbs"), words("later_adverbs"), words("after_subordinators"),
    )  # fmt: skip


def figure_verb(doc: Doc, start_char: int) -> Token | None:
    """The verb a figure's words hang on ("nine civilians were killed" -> killed)."""
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span[0]
    for _ in range(_CLIMB):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _count(day: Token) -> int | None:
    """How many days: 1 for "a day", "the day"; a plural's number ("two days")."""
    if day.lower_ != "days":
        return 1
    for child in day.children:
        if child.dep_ == "nummod":
            value = int(child.text) if child.text.isdigit() else numbers.words_to_int(child.text)
            return value if value is not None and 0 < value <= _MOST_DAYS else None
    return None


def _objectless(word: Token) -> bool:
    return not any(c.dep_ in ("pobj", "dobj", "obj") for c in word.children)


def _sign(day: Token, verb: Token, words: _Words) -> int:
    """-1 (before the anchor), +1 (after), 0 (no offset) for a day noun on the verb."""
    for child in day.children:
        lower = child.lower_
        if child.dep_ == "amod" and lower in words.before:
            return -1
        if child.dep_ == "amod" and lower in words.after:
            return 1
        if lower in words.earlier and _objectless(child):
            return -1
        if lower in words.later:
            return 1
        if lower in words.subordinators and _objectless(child):
            return -1  # "a day after shelling killed nine": the clause is the verb's
    for child in verb.children:
        if child.dep_ == "mark" and child.lower_ in words.subordinators and child.i > day.i:
            return -1  # "came a day after air strikes killed 14"
    return 0


def _time_words(verb: Token) -> list[Token]:
    """The verb's own modifiers, and those of its prepositions' objects: the
    parse hangs "two days earlier" on "clashes" in "killed in clashes two
    days earlier" as often as on "killed"."""
    found = list(verb.children)
    for prep in verb.children:
        if prep.dep_ == "prep":
            found.extend(
                c for obj in prep.children if obj.dep_ == "pobj" for c in obj.children if c.dep_ != "prep"
            )
    return found


def off_from_now(verb: Token | None) -> bool:
    """Whether the clause a figure's verb is counted off from tells of now:
    the nearest verb above it is in the present tense ("The new strikes come
    two days after 60 died in shelling"), so of the report's own day."""
    if verb is None:
        return False
    token = verb
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token.tag_ in _PRESENT
    return False


def day_offset(verb: Token) -> int:
    """Days the verb's happening lies off its sentence's anchor date: -1 for
    "killed the previous day", "killed a day earlier", "a day after shelling
    killed"; +1 for "the next day"; 0 where no such words hang on it."""
    words = _words()
    for child in _time_words(verb):
        day: Token | None = None
        if child.dep_ == "mark" and child.lower_ in words.subordinators:
            # "come two days after 60 died": the parse hangs the days on
            # the subordinator opening the figure's clause
            day = next((c for c in child.children if c.lower_ in words.days and c.dep_ == "npadvmod"), None)
            count = _count(day) if day is not None else None
            if count is not None:
                return -count
            continue
        if child.lower_ in words.days and child.dep_ in ("npadvmod", "obl", "dobj", "obj"):
            day = child
        elif child.lower_ in words.earlier | words.later and child.dep_ == "advmod" and _objectless(child):
            day = next((c for c in child.children if c.lower_ in words.days), None)
            if day is not None:
                count = _count(day)
                if count is None:
                    return 0
                return -count if child.lower_ in words.earlier else count
        if day is None:
            continue
        count, sign = _count(day), _sign(day, verb, words)
        if count is not None and sign:
            return sign * count
    return 0
