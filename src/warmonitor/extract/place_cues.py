"""Words around a place's name that tell which place a report means, read
from data/gazetteer/text_place_cues.csv: a region named with "rural" or
"the countryside of" before it, a part of a city the gazetteer lacks ("the
Markets area"), the place weapons were found in over the place they were
aimed at, and the names of a list of places ("Gaza City, Khan Younis and
Rafah"). The words are data; this module only compiles them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from warmonitor.extract.cue_data import data_rows
from warmonitor.extract.gazetteer import load_gazetteer

# A capitalised place name of up to three words, Arabic articles kept
# ("Khan Younis", "Abu al-Duhur", "Deir ez-Zor"): a surface form.
NAME = r"[A-Z][\w\u2019'-]+(?:\s(?:[a-z]{1,3}-)?[A-Z][\w\u2019'-]+){0,2}"
_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
# "Gaza City, Khan Younis": the unit word the tagger left outside the name
_UNIT = r"(?:\s+(?:City|city|Town|town|village|camp))?"


@dataclass(frozen=True)
class TextPlaceCues:
    region_before: re.Pattern[str]
    village_before: re.Pattern[str]
    region_after: re.Pattern[str]
    city_part: re.Pattern[str]
    city_part_after: re.Pattern[str]
    find_before: re.Pattern[str]
    target_before: re.Pattern[str]
    list_unit: re.Pattern[str]
    list_next: re.Pattern[str]
    list_before: re.Pattern[str]
    place_lead: re.Pattern[str]
    country_noun: re.Pattern[str]
    border_noun: re.Pattern[str]


def _alternation(items: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))


@lru_cache(maxsize=1)
def cues() -> TextPlaceCues:
    """data/gazetteer/text_place_cues.csv, compiled once."""
    words = {row["kind"]: row["words"].split("|") for row in data_rows("gazetteer", "text_place_cues.csv")}
    compass = rf"(?:(?:{_alternation(words['compass'])})\s+)?"
    return TextPlaceCues(
        region_before=re.compile(
            rf"\b(?:{_alternation(words['region_before'])})\s+(?:the\s+)?{compass}$", re.I
        ),
        village_before=re.compile(
            rf"\b(?:{_alternation(words['village_word'])})\s+(?:of\s+)?{NAME}(?:{_JOIN}{NAME})*"
            rf"(?:\s*,\s*|\s+in\s+)(?:the\s+)?{compass}$"
        ),
        # "Idlib's eastern countryside", "Hama's province"
        region_after=re.compile(rf"^(?:'s|\u2019s)\s+{compass}(?:countryside|province|governorate)\b", re.I),
        city_part=re.compile(
            rf"\b(?P<name>{NAME})\s+(?:(?:{_alternation(words['city_part'])})\b(?!\s+of\b)"
            rf"|district\s+(?:{_alternation(words['city_part_of'])})\b)"
        ),
        city_part_after=re.compile(
            rf"^\s+(?:(?:{_alternation(words['city_part'])})\b(?!\s+of\b)"
            rf"|district\s+(?:{_alternation(words['city_part_of'])})\b)"
        ),
        find_before=re.compile(
            rf"\b(?:{_alternation(words['find_verb'])})\s+(?:[\w-]+\s+){{0,8}}?"
            rf"(?:in|inside|at|near|across|throughout)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?{compass}(?:the\s+)?$",
            re.I,
        ),
        target_before=re.compile(
            rf"\b(?:{_alternation(words['target_before'])})\s+(?:the\s+)?{compass}$", re.I
        ),
        list_unit=re.compile(
            rf"\b(?:{_alternation(words['list_unit'])})\s+(?P<run>{NAME}(?:{_JOIN}{NAME})*)"
        ),
        list_next=re.compile(rf"^{_UNIT}{_JOIN}(?P<name>{NAME})"),
        # the name opens a list: after a preposition, a verb or a bracket, not
        # inside a longer name ("Toluca de Lerdo, Mexico" is no list)
        list_before=re.compile(
            rf"(?:^|[,;(:.]\s*|\b(?:{_alternation(words['list_opener'])})\s+)(?P<name>{NAME}){_UNIT}{_JOIN}$"
        ),
        # "the areas of X and Y": X, and Y after X's "and", are places
        place_lead=re.compile(
            rf"\b(?:{_alternation(words['place_lead'])})\s+(?:the\s+)?(?:{NAME}{_JOIN})?$", re.I
        ),
        country_noun=re.compile(rf"\s+(?:{_alternation(words['country_noun'])})\b", re.I),
        border_noun=re.compile(rf"\s+(?:{_alternation(words['border_noun'])})\b", re.I),
    )


def follows_a_place_lead(text: str, start: int) -> bool:
    """Whether the name starting at `start` follows words that only a place
    follows ("in the areas of Ayta and Odaisseh", "the vicinity of"), or is
    the next name of such a list."""
    return cues().place_lead.search(text, max(0, start - 80), start) is not None


# "the Manipur-Myanmar": an article, then names joined by hyphens or dashes
_SIDES = re.compile(
    r"(?:the\s+)?(?P<a>[A-Z][\w'.]*(?:\s[A-Z][\w'.]*)?)[-\u2010\u2013](?P<b>[A-Z][\w'.]*(?:\s[A-Z][\w'.]*)?)"
)


def border_sides(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The two places of a border named by its sides ("the Manipur-Myanmar
    boundary", "the Assam-Meghalaya border"), where the model tagged the
    pair as one facility or body: each side the gazetteer holds, as (start,
    end, name); none unless a border's word follows."""
    if cues().border_noun.match(text, end) is None:
        return []
    pair = _SIDES.fullmatch(text, start, end)
    if pair is None:
        return []
    gazetteer = load_gazetteer()
    return [
        (pair.start(side), pair.end(side), pair.group(side))
        for side in ("a", "b")
        if gazetteer.candidates(pair.group(side))
    ]


def names_its_country(text: str, end: int) -> bool:
    """Whether a country's adjective ending at `end` names the country, the
    word after it being its land ("Israeli territory", "Lebanese airspace")."""
    return cues().country_noun.match(text, end) is not None


def names_a_region(text: str, start: int, end: int) -> bool:
    """Whether the words around the name at [start, end) make it a region
    ("rural Idlib", "the eastern countryside of Hama", "Idlib's countryside",
    "the village of Tal Toughan in Idlib"), not its capital; "the countryside of Azaz city" keeps the city."""
    c = cues()
    after = text[end : end + 40]
    if re.match(r"\s+(?:city|town)\b", after, re.I):
        return False
    before = text[max(0, start - 90) : start]
    return bool(
        c.region_before.search(before) or c.village_before.search(before) or c.region_after.match(after)
    )


def names_a_city_part(sentence: str) -> bool:
    """Whether a sentence names a part of a city by a name followed by an
    area word ("in the Markets area", "the Old Park district of the city")."""
    return cues().city_part.search(sentence) is not None


def called_a_city_part(text: str, end: int) -> bool:
    """Whether the words after a name call it a part of a city ("Shankill
    district of the city", "the Ardoyne area")."""
    return cues().city_part_after.match(text[end : end + 40]) is not None


def without_targets(text: str, starts: list[int]) -> set[int]:
    """Of the places starting at `starts`, those a weapon was aimed at
    ("rockets aimed at Israel") where another is where it was found ("found
    in northern Gaza"): the find was there, not at the target."""
    c = cues()
    targets = {s for s in starts if c.target_before.search(text[max(0, s - 40) : s])}
    if not targets or not any(
        c.find_before.search(text[max(0, s - 100) : s]) for s in starts if s not in targets
    ):
        return set()
    return targets


def listed_names(
    text: str, spans: list[tuple[int, int, str]], is_place: Callable[[str], bool]
) -> list[tuple[int, int, str]]:
    """Names in a list with a place the report names ("Gaza City, Khan Younis
    and Rafah"; "Khan Younis, Rafah and ..."), or after "the villages of",
    that `is_place` accepts: the model tags a list's members unevenly (Khan
    Younis as a person). A name is taken whole or not at all: "Tal" of an
    unknown "Tal Toughan" is no town of its own."""
    c = cues()
    taken = [(s, e) for s, e, _n in spans]
    found: list[tuple[int, int, str]] = []

    def add(start: int, name: str) -> tuple[int, int, str] | None:
        end = start + len(name)
        if any(start < e and s < end for s, e in taken) or not is_place(name):
            return None
        taken.append((start, end))
        found.append((start, end, name))
        return (start, end, name)

    for run in c.list_unit.finditer(text):
        for m in re.finditer(NAME, run.group("run")):
            add(run.start("run") + m.start(), m.group())
    queue = list(spans)
    while queue:
        start, end, _name = queue.pop()
        nxt = c.list_next.match(text[end : end + 80])
        if nxt is not None and (new := add(end + nxt.start("name"), nxt.group("name"))) is not None:
            queue.append(new)
        before = c.list_before.search(text, max(0, start - 60), start)
        if before is not None and (new := add(before.start("name"), before.group("name"))) is not None:
            queue.append(new)
    return found


@lru_cache(maxsize=2)
def _origin_before(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """ "fighters from", "marched from" (not_the_place.csv, `kinds`), ending where a name starts."""
    words = [
        w
        for row in data_rows("gazetteer", "not_the_place.csv")
        if row["kind"] in kinds
        for w in row["words"].split("|")
    ]
    return re.compile(rf"\b(?:{_alternation(words)})\s+from\s+(?:the\s+)?$", re.I)


@lru_cache(maxsize=1)
def _left_from() -> re.Pattern[str]:
    """ "evacuees from the two besieged towns of", "buses carrying civilians
    out of" (not_the_place.csv `left_from`), ending where a name starts."""
    words = [
        w
        for row in data_rows("gazetteer", "not_the_place.csv")
        if row["kind"] == "left_from"
        for w in row["words"].split("|")
    ]
    # a town's unit word ("the two besieged towns of") may stand before the name
    unit = r"(?:(?:[\w-]+\s+){0,3}(?:towns?|villages?|cit(?:y|ies))\s+of\s+)?"
    return re.compile(
        rf"\b(?:{_alternation(words)})(?:\s+[\w-]+){{0,4}}?\s+(?:from|out\s+of)\s+(?:the\s+)?{unit}$", re.I
    )


def _words(kind: str) -> list[str]:
    return [
        w
        for row in data_rows("gazetteer", "not_the_place.csv")
        if row["kind"] == kind
        for w in row["words"].split("|")
    ]


# a town's unit word before its name ("the two besieged villages of", "two villages")
_UNIT_BEFORE = r"(?:(?:[\w-]+\s+){0,3}(?:towns?|villages?|cit(?:y|ies))\s+(?:of\s+)?)?"


@lru_cache(maxsize=1)
def _home_of() -> re.Pattern[str]:
    """ "were mostly residents of", "ferrying inhabitants of the towns of",
    "displaced from" and "an address in" (not_the_place.csv `home_of`,
    `home_of_lead`, `left_from_next`, `address_in`), ending where a name starts."""
    lead, home, moved = _words("home_of_lead"), _words("home_of"), _words("left_from_next")
    return re.compile(
        rf"(?:\b(?:{_alternation(lead)})\s+(?:[\w-]+\s+){{0,2}}?(?:{_alternation(home)})\s+of"
        rf"|\b(?:{_alternation(moved)})\s+from|\b(?:{_alternation(_words('address_in'))}))"
        rf"\s+(?:the\s+)?{_UNIT_BEFORE}$",
        re.I,
    )


def left_from(text: str, start: int) -> bool:
    """Whether the name starting at `start` is the town people were carried
    or evacuated out of ("buses carrying evacuees from Foua", "evacuees from
    the towns of Foua and Kefraya", "displaced from Hama"), or their home told
    as who they were ("the dead were residents of Foua"): where they left or
    lived, not where the bus was bombed. Text extraction only (an ACLED note's
    "evacuated from X" is coded at X)."""
    window = max(0, start - 80)
    return (
        _left_from().search(text, window, start) is not None
        or _home_of().search(text, window, start) is not None
    )


def is_origin(text: str, start: int, *, route: bool = False) -> bool:
    """Whether the name starting at `start` is where people came from
    ("foreign fighters from Chechnya", "migrants from Ethiopia"), or with
    `route` where a march set out ("marched from Pimville"): an origin, not
    where the event happened. Shared by text extraction and the reading of
    ACLED notes."""
    kinds = ("origin", "route_start") if route else ("origin",)
    return _origin_before(kinds).search(text, max(0, start - 48), start) is not None


@lru_cache(maxsize=1)
def _launched_from() -> re.Pattern[str]:
    """ "fired from", "launched from southern" (not_the_place.csv launch_site,
    text_place_cues.csv compass), ending where a name starts."""
    verbs = [
        w
        for row in data_rows("gazetteer", "not_the_place.csv")
        if row["kind"] == "launch_site"
        for w in row["words"].split("|")
    ]
    compass = [
        w
        for row in data_rows("gazetteer", "text_place_cues.csv")
        if row["kind"] == "compass"
        for w in row["words"].split("|")
    ]
    return re.compile(
        rf"\b(?:{_alternation(verbs)})\s+from\s+(?:the\s+)?(?:(?:{_alternation(compass)})\s+)?$", re.I
    )


def is_launch_site(text: str, start: int) -> bool:
    """Whether the name starting at `start` is where a weapon was fired from
    ("rockets launched from southern Lebanon"): the launch site, not where
    it hit."""
    return _launched_from().search(text, max(0, start - 40), start) is not None


@lru_cache(maxsize=1)
def _home_after() -> re.Pattern[str]:
    """ "residents", "villagers" (not_the_place.csv, home_after), after an
    optional unit word ("district", home_unit)."""
    words: dict[str, list[str]] = {"home_after": [], "home_unit": []}
    for row in data_rows("gazetteer", "not_the_place.csv"):
        if row["kind"] in words:
            words[row["kind"]] += row["words"].split("|")
    units, people = _alternation(words["home_unit"]), _alternation(words["home_after"])
    return re.compile(rf"(?:\s+(?:{units}))?\s+(?:{people})\b", re.I)


def is_home(text: str, end: int) -> bool:
    """Whether the name ending at `end` is where the people named after it live
    ("Uzgen district residents protested in Osh"): their home, read after
    the place the note says they gathered in."""
    return _home_after().match(text, end) is not None
