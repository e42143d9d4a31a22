"""Event mentions with ACLED's event and sub-event types.

A trigger lexicon gives the sub-event type of each event mention; where a
trained classifier is available for whole texts (warmonitor code/eval), it
is used for the report-level type, but the sentence-level types come from
these triggers, which are readable and checkable by an analyst. The lexicon
is data: spaCy Matcher patterns in data/patterns/event_triggers.json, with
their provenance, loaded once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from warmonitor.extract.cue_data import pattern_data

_SPEC = pattern_data("event_triggers.json")


def _first_words(patterns: list[list[dict[str, Any]]]) -> tuple[str, ...]:
    """The lower-case forms of each pattern's first token: every match holds
    one of them, so a sentence holding none cannot match (the prefilter)."""
    words: list[str] = []
    for pattern in patterns:
        lower = pattern[0]["LOWER"]
        words += lower["IN"] if isinstance(lower, dict) else [lower]
    return tuple(dict.fromkeys(words))


# (event type, sub-event type, patterns) in the data's order, which is the
# order of priority; and for each, the pieces one of which every match holds.
TRIGGERS: list[tuple[str, str, list[list[dict[str, Any]]]]] = [
    (t["event_type"], t["sub_event_type"], t["patterns"]) for t in _SPEC["triggers"]
]
# Sub-event types a cue names outright: the sub-event model does not overrule them.
DECISIVE: frozenset[str] = frozenset(t["sub_event_type"] for t in _SPEC["triggers"] if t.get("decisive"))
# By group: the sub-event types the model may still give a sentence whose cue
# names its act ("clashed", "an air strike", "shelling"); any other guess the
# sentence's cues do not name gives way to the cue. None: the model decides.
NAMES_THE_ACT: list[frozenset[str] | None] = [
    frozenset(t["names_the_act"]["model_may_say"]) if "names_the_act" in t else None
    for t in _SPEC["triggers"]
]
# By sub-event type: the event types of another cue in the same sentence whose
# act this cue's harm belongs to ("air raids killed five civilians": one air strike).
HARM_OF: dict[str, frozenset[str]] = {
    t["sub_event_type"]: frozenset(t["harm_of"]["event_types"]) for t in _SPEC["triggers"] if "harm_of" in t
}
# By sub-event type: the event types of an act told in the sentence before or
# after whose harm a sentence holding only this cue and no doer tells ("the
# monitor said 30 were killed, six of them children" after the shelling).
TOLD_BESIDE: dict[str, frozenset[str]] = {
    t["sub_event_type"]: frozenset(t["harm_of"].get("told_beside", ()))
    for t in _SPEC["triggers"]
    if "harm_of" in t
}
# Groups whose cue is dropped when the sentence holds a cue of the same event
# type from another group ("explosions rocked the city as jets struck": the
# air strike's explosions, not a second, remote-explosive event).
GIVES_WAY: frozenset[int] = frozenset(g for g, t in enumerate(_SPEC["triggers"]) if t.get("gives_way"))
TRIGGER_STEMS: list[tuple[str, ...]] = [_first_words(patterns) for _et, _st, patterns in TRIGGERS]
# A piece that holds another is redundant in a substring test ("protesters"
# holds "protest"): the gate keeps the shortest.
_ALL_STEMS = sorted({s for stems in TRIGGER_STEMS for s in stems}, key=len)
_GATE: tuple[str, ...] = tuple(s for i, s in enumerate(_ALL_STEMS) if not any(t in s for t in _ALL_STEMS[:i]))
_HEDGE_WINDOW: int = _SPEC["hedges"]["window_chars"]


# The words of a sentence as the patterns see them: runs of word characters
# and single other characters (a surface form, as the expressions' \b saw it).
_TOKEN = re.compile(r"\w+|[^\w\s]")
# One step of a pattern: the lower-case forms it takes (None: any word), a
# regular expression on the text (the data's TEXT REGEX), and whether it may be left out.
_Step = tuple[frozenset[str] | None, "re.Pattern[str] | None", bool]


def _steps(pattern: list[dict[str, Any]]) -> tuple[_Step, ...]:
    out: list[_Step] = []
    for token in pattern:
        lower, text = token.get("LOWER"), token.get("TEXT")
        forms = None if lower is None else frozenset(lower["IN"] if isinstance(lower, dict) else [lower])
        regex = re.compile(text["REGEX"]) if isinstance(text, dict) else None
        out.append((forms, regex, token.get("OP") == "?"))
    if out[0][0] is None or out[0][2]:
        raise ValueError(f"event_triggers.json: a pattern must open with a required word: {pattern}")
    return tuple(out)


@dataclass(frozen=True)
class _Lexicon:
    """Every pattern, indexed by the forms of its first word. spaCy's Matcher
    reads these patterns as they are (tests/test_extract_components.py checks
    both agree), but tries every pattern at every token, and its IN sets are
    Python calls: 0.4 ms a sentence on real reporting, where the expressions
    it replaced took 0.03 ms. The index tries only the patterns whose first
    word is there."""

    # first word -> (key, steps); key: ("trigger", group, order), ("hedge", 0, 0) or ("habitual", 0, 0)
    by_first: dict[str, list[tuple[tuple[str, int, int], tuple[_Step, ...]]]]


def _lexicon() -> _Lexicon:
    by_first: dict[str, list[tuple[tuple[str, int, int], tuple[_Step, ...]]]] = {}
    keyed = [
        (("trigger", g, p), pattern)
        for g, (_et, _st, ps) in enumerate(TRIGGERS)
        for p, pattern in enumerate(ps)
    ]
    keyed += [(("hedge", 0, 0), pattern) for pattern in _SPEC["hedges"]["patterns"]]
    keyed += [(("habitual", 0, 0), pattern) for pattern in _SPEC["habitual"]["patterns"]]
    for key, pattern in keyed:
        steps = _steps(pattern)
        for form in steps[0][0] or ():
            by_first.setdefault(form, []).append((key, steps))
    return _Lexicon(by_first)


_LEXICON = _lexicon()


def _joined(words: list[tuple[str, str, int, int]], i: int, text: str) -> bool:
    gap = text[words[i][3] : words[i + 1][2]]
    return gap == " " or (gap == "" and not (words[i][0][-1:].isalnum() and words[i + 1][0][:1].isalnum()))


def _ends(words: list[tuple[str, str, int, int]], i: int, steps: tuple[_Step, ...], text: str) -> list[int]:
    """The indices just past every match of `steps` that starts at word i.
    Words follow each other with one space between them, or none where one is
    a sign ("booby-trap", "sit-in"), as the expressions wrote them."""
    if not steps:
        return [i]
    forms, regex, optional = steps[0]
    out = _ends(words, i, steps[1:], text) if optional else []
    if i < len(words):
        lower, surface, _start, _end = words[i]
        if (forms is None or lower in forms) and (regex is None or regex.match(surface)):
            if i + 1 < len(words) and len(steps) > 1 and not _joined(words, i, text):
                # the rest of the pattern cannot follow; it may be left out
                return out + ([i + 1] if all(step[2] for step in steps[1:]) else [])
            out += _ends(words, i + 1, steps[1:], text)
    return out


@dataclass(frozen=True)
class EventCue:
    event_type: str
    sub_event_type: str
    start: int
    end: int
    trigger: str
    # NAMES_THE_ACT of the cue's group (None: a cue the model may overrule)
    model_may_say: frozenset[str] | None = None


def find_event_cues(sentence: str, *, prefilter: bool = True) -> list[EventCue]:
    """The event mentions in one sentence, one per sub-event type
    (`prefilter=False` runs every trigger's regex, for the tests)."""
    return list(_event_cues(sentence, prefilter))


def every_event_cue(sentence: str) -> tuple[EventCue, ...]:
    """Every trigger match in one sentence, in order, several of a type: a
    reader of the parse drops the ones that tell no event ("drones could
    carry chemical weapons") and keeps, with `one_per_type`, the first real
    one of each type ("... after a chemical attack on Tuesday")."""
    return _all_cues(sentence, True)


def one_per_type(cues: list[EventCue] | tuple[EventCue, ...]) -> list[EventCue]:
    """The first cue of each sub-event type, in sentence order; a capture is
    also a clash, so the more specific territorial type stays alone."""
    first: dict[str, EventCue] = {}
    for cue in cues:
        first.setdefault(cue.sub_event_type, cue)
    if "Non-state actor overtakes territory" in first or "Government regains territory" in first:
        first.pop("Armed clash", None)
    return sorted(first.values(), key=lambda c: c.start)


# The events component reads each sentence's cues, then the sub-event model's
# features read the cued sentences' cues again (acled_model.span_features):
# the second reading is a lookup. EventCue is frozen, so sharing them is safe;
# 1,024 sentences outlast a batch of long reports.
@lru_cache(maxsize=1024)
def _event_cues(sentence: str, prefilter: bool) -> tuple[EventCue, ...]:
    return tuple(one_per_type(_all_cues(sentence, prefilter)))


@lru_cache(maxsize=1024)
def _all_cues(sentence: str, prefilter: bool) -> tuple[EventCue, ...]:
    lowered = sentence.lower()
    if prefilter and not any(stem in lowered for stem in _GATE):
        return ()  # most sentences: no word is split off, no pattern tried
    matches = pattern_matches(sentence)
    if any(kind == "habitual" for kind, *_rest in matches):
        return ()
    hedges = [(start, end) for kind, _g, _o, start, end in matches if kind == "hedge"]
    by_group: dict[int, list[tuple[int, int, int]]] = {}
    for kind, group, order, start, end in matches:
        if kind == "trigger":
            by_group.setdefault(group, []).append((start, order, -end))
    found: list[tuple[int, int, EventCue]] = []
    for group, candidates in by_group.items():
        event_type, sub_event_type, _patterns = TRIGGERS[group]
        for start, end in _leftmost(candidates):
            # "called for a ceasefire", "could carry chemical weapons": no happening
            if any(start - _HEDGE_WINDOW <= a and b <= start for a, b in hedges):
                continue
            cue = EventCue(event_type, sub_event_type, start, end, sentence[start:end], NAMES_THE_ACT[group])
            found.append((start, group, cue))
    strong = {cue.event_type for _start, group, cue in found if group not in GIVES_WAY}
    found = [f for f in found if f[1] not in GIVES_WAY or f[2].event_type not in strong]
    return tuple(cue for _start, _group, cue in sorted(found, key=lambda f: (f[0], f[1])))


def pattern_matches(sentence: str) -> list[tuple[str, int, int, int, int]]:
    """Every match of every pattern in a sentence, overlapping ones too, as
    (kind, trigger group, pattern order, start, end); kind is "trigger",
    "hedge" or "habitual"."""
    words = [(m.group().lower(), m.group(), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]
    out = []
    for i, (lower, _surface, start, _end) in enumerate(words):
        for (kind, group, order), steps in _LEXICON.by_first.get(lower, ()):
            out += [
                (kind, group, order, start, words[stop - 1][3]) for stop in _ends(words, i, steps, sentence)
            ]
    return out


def _leftmost(candidates: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """A group's matches as a regular expression's alternatives would find
    them: left to right, never overlapping, and at one word the earlier
    pattern, then the longer match. Candidates are (start, pattern order,
    -end)."""
    out: list[tuple[int, int]] = []
    last_end = -1
    for start, _order, neg_end in sorted(candidates):
        if start >= last_end:
            out.append((start, -neg_end))
            last_end = -neg_end
    return out
