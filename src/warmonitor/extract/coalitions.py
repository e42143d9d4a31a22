"""Which coalition "coalition forces" are.

"Coalition forces", "an Afghan and coalition security force", "coalition
aircraft" name no one coalition: in an ISAF release of 2011 they are ISAF,
over Raqqa in 2016 the coalition against the Islamic State, over Sanaa in
2018 the Saudi-led coalition. The coalition is the one at war in the
sentence's country on the report's day (data/actors/coalitions.csv, one row
a theatre); elsewhere, or with no country or day, the words name no actor
rather than a wrong one. A theatre's days are its coalition's own
(actors.csv valid_from/valid_until) unless the row gives the days that
coalition fought in that country, so the two files cannot disagree.

Public: coalition_mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from warmonitor.extract.actors import (
    Actor,
    ActorMention,
    acled_country_name,
    force_nouns,
    load_actors,
    state_actor,
    the_country,
)
from warmonitor.extract.cue_data import data_rows


@dataclass(frozen=True)
class _Theatre:
    iso: str
    valid_from: str
    valid_until: str | None
    actor: str

    def on(self, day: str) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


@cache
def _theatres() -> tuple[_Theatre, ...]:
    actors = load_actors().actors
    theatres = []
    for row in data_rows("actors", "coalitions.csv"):
        own = actors[row["actor"]]  # a theatre of an actor the dictionary lacks is a data error
        start = row["valid_from"] or own.valid_from or ""
        end = row["valid_until"] or own.valid_until
        theatres.append(_Theatre(row["country"], start, end, row["actor"]))
    return tuple(theatres)


@cache
def _pattern() -> re.Pattern[str]:
    # "coalition forces", "coalition security force", "coalition air strikes":
    # the word, at most two modifiers, then a noun of an armed force.
    nouns = "|".join(re.escape(n) for n in (*force_nouns(), "force", "service members", "personnel"))
    return re.compile(
        rf"\bcoalition(?:[\s-]+(?:security|ground|military|air|special|partner|led))?\s+(?:{nouns})\b",
        re.I,
    )


def _actor(iso: str | None, when: date | None) -> Actor | None:
    if iso is None or when is None:
        return None
    day = when.isoformat()
    name = next((t.actor for t in _theatres() if t.iso == iso and t.on(day)), None)
    return load_actors().actors.get(name) if name else None


def coalition_mentions(text: str, iso: str | None, when: date | None, offset: int = 0) -> list[ActorMention]:
    """The coalition that `text`'s "coalition forces" wordings name, in the
    country `iso` (ISO 3166 alpha-2) on the day `when`; spans are offsets
    into the report (`offset` the text's start). Empty where no theatre of
    data/actors/coalitions.csv holds that country on that day."""
    if "oalition" not in text:
        return []
    actor = _actor(iso, when)
    if actor is None:
        return []
    found = []
    for m in _pattern().finditer(text):
        partner = _partner(text, m.start(), iso, when, offset)
        if partner is not None:
            found.append(partner)
        found.append(ActorMention(actor, offset + m.start(), offset + m.end(), m.group(0)))
    return found


_PARTNER = re.compile(r"\b([A-Z][a-z]+)\s+and\s+$")


def _partner(text: str, start: int, iso: str | None, when: date | None, offset: int) -> ActorMention | None:
    """The host state's forces joined to the coalition's in one phrase ("an
    Afghan and coalition security force", "Iraqi and coalition forces"): the
    raid is both forces', and the host's is the country's army (ACLED's
    Military Forces of the country). Only the theatre's own country: the
    adjective of another state names no partner here."""
    from warmonitor.extract.gazetteer import load_gazetteer

    before = _PARTNER.search(text[max(0, start - 30) : start])
    if iso is None or before is None or load_gazetteer().country_of_word(before.group(1)) != iso:
        return None
    name = acled_country_name(iso) or load_gazetteer().country_names.get(iso, before.group(1))
    army = state_actor(Actor(f"Military Forces of {the_country(name)}", 1, name), when)
    at = start - len(before.group(0))
    return ActorMention(army, offset + at, offset + at + len(before.group(1)), before.group(1))
