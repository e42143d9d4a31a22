"""Speakers named through a description of what they are.

Reports put a description before an organisation's own name with no comma
("media watchdog X said", "aid group X said"), mention an organisation again
by where it sits ("the London-based rights group said"), and credit tolls to
plural sources that name no organisation ("rights groups said", "according to
independent monitors"). The claimant is the name, the earlier organisation,
and the description itself; never the outlet that printed the report. The
words are data (data/patterns/described_speakers.json); this module only
reads a speaker's words as attribution.canonical_claimant passes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from warmonitor.extract.cue_data import pattern_data


@dataclass(frozen=True)
class DescribedCues:
    heads: frozenset[str]
    connectors: frozenset[str]
    place_suffixes: tuple[str, ...]
    mention_modifiers: frozenset[str]
    mention_heads: frozenset[str]
    plural_heads: tuple[str, ...]
    qualifiers: frozenset[str]


@cache
def described_cues() -> DescribedCues:
    data = pattern_data("described_speakers.json")
    return DescribedCues(
        heads=frozenset(data["descriptor_heads"]["words"]),
        connectors=frozenset(data["name_connectors"]["words"]),
        place_suffixes=tuple(data["place_modifiers"]["suffixes"]),
        mention_modifiers=frozenset(data["mention_modifiers"]["words"]),
        mention_heads=frozenset(data["mention_modifiers"]["heads"]),
        plural_heads=tuple(data["plural_sources"]["heads"]),
        qualifiers=frozenset(data["plural_sources"]["qualifiers"]),
    )


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or (len(word) > 2 and word[1] == "-" and word[2:3].isupper())


def _names_only(words: list[str], connectors: frozenset[str]) -> bool:
    """Words that can be an organisation's own name: capitalised, with
    lower-case connectors inside but not at either end."""
    return (
        bool(words)
        and _capitalised(words[0])
        and _capitalised(words[-1])
        and all(_capitalised(w) or w.lower() in connectors for w in words)
    )


def _description(words: list[str]) -> bool:
    """Words that describe rather than name: lower case, except the first
    (opening a sentence) and a place before '-based' / 'based'."""
    suffixes = described_cues().place_suffixes
    for i, word in enumerate(words[1:], start=1):
        place = i + 1 < len(words) and words[i + 1].lower() in suffixes
        if _capitalised(word) and not place and not word.lower().endswith(tuple("-" + s for s in suffixes)):
            return False
    return True


def name_after_description(text: str) -> str | None:
    """The name after a description: "media watchdog Reporters Without Borders" -> "Reporters Without
    Borders"; "Kurdish rights watchdog X" -> "X"; None when the words hold no
    description followed by a name."""
    cues = described_cues()
    words = re.sub(r"\s*\([A-Z][\w.-]*\)$", "", text.strip()).split()
    for k in range(len(words) - 2, -1, -1):
        if words[k].lower() not in cues.heads or not _description(words[: k + 1]):
            continue
        name = words[k + 1 :]
        if name and name[0].lower() == "the":
            name = name[1:]
        if _names_only(name, cues.connectors):
            return " ".join(name)
    return None


def without_place(lower: str) -> str:
    """Without where it sits: "the britain-based organisation" -> "the organisation"; "the uk based
    group" -> "the group": where an organisation sits is no part of its
    later mention."""
    suffixes = described_cues().place_suffixes
    words = lower.split()
    kept: list[str] = []
    for word in words:
        if word in suffixes and kept:
            kept.pop()  # "uk based": the place goes with it
            continue
        if any(word.endswith("-" + s) for s in suffixes):
            continue
        kept.append(word)
    return " ".join(kept)


def without_side(lower: str, demonym: Callable[[str], bool]) -> str:
    """Without whose side or country it is: "the syrian opposition
    organization" -> "the organization" (described_speakers.json
    mention_modifiers, and words `demonym` says are a country's); the caller
    asks only of a definite mention, which refers back to one named before."""
    words = lower.split()
    cues = described_cues()
    if not words or words[-1] not in cues.mention_heads:
        return lower  # "the russian ministry": a state body, whose country the demonym says
    modifiers = cues.mention_modifiers
    kept = [w for w in words[:-1] if w not in modifiers and not demonym(w)]
    return " ".join([*kept, *words[-1:]])


def plural_source(text: str) -> str | None:
    """A plural source: "independent monitors" -> itself; "other monitors" ->
    "monitors"; "civilian casualties aid agencies" -> "aid agencies" (a
    clause run into the speaker); None unless the words end in a plural
    source's head."""
    cues = described_cues()
    words = text.strip().lower().split()
    for head in cues.plural_heads:
        size = len(head.split())
        if words[-size:] != head.split():
            continue
        start = len(words) - size
        while start > 0 and words[start - 1] in cues.qualifiers:
            start -= 1
        if start > 0 and words[start - 1] in ("and", "or"):
            return None  # "activists and NGOs": a pair, whose first named speaks
        kept = [w for w in words[start:-size] if w != "other"]  # "other monitors": monitors
        return " ".join([*kept, head])
    return None
