"""A place named with its unit's word ("Kajran district", "Uruzgan
province") and places more than one country holds or claims.

A unit's word says what kind of place the name is: "Uruzgan province" is
the province, though GeoNames spells the province Oruzgan and holds a town
Uruzgan inside it; "Zhari district" is a district, not the Polish town Żary
that one of GeoNames' alternate spellings reaches; "Kajran district" is an
area around its seat, not the seat's point. A disputed place (the Shebaa
Farms, Mount Hermon) is labelled with the country the text puts it in, or
the report's country, where that country holds or claims it
(data/gazetteer/disputed_places.csv).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from warmonitor.extract.cue_data import data_rows
from warmonitor.extract.gazetteer import PlaceCandidate, fold, load_gazetteer, own_name
from warmonitor.extract.mentions import PlaceMention
from warmonitor.extract.skeleton import skeleton

# The unit words after a name that make it a first-level region.
_PROVINCE_AFTER = re.compile(r"\s*(?:province|governorate|region|state|oblast)\b", re.I)
# The unit words after a name that make it a district (second level, or a
# town's countryside as reporters of Afghanistan and Pakistan write it).
_DISTRICT_AFTER = re.compile(r"\s*(?:district|tehsil|sub-district)\b", re.I)
_TOWNS = ("city", "village")


def province_of_its_name(name: str, place: PlaceCandidate, text: str, end: int) -> PlaceCandidate:
    """The province a name followed by "province" means, where the
    gazetteer found only a town in it and spells the province otherwise
    ("Uruzgan province": the town Uruzgan lies in Oruzgan, whose consonants
    are the same): the province. Any other place is returned as it is."""
    if place.feature not in _TOWNS or not place.admin1 or not _PROVINCE_AFTER.match(text, end):
        return place
    if fold(place.admin1) != fold(name) and skeleton(place.admin1) != skeleton(name):
        return place
    regions = [
        c for c in load_gazetteer().candidates(place.admin1)
        if c.feature == "admin1" and c.country == place.country and c.admin1 == place.admin1
    ]  # fmt: skip
    return max(regions, key=lambda c: c.population) if regions else place


def respelled_district(name: str, place: PlaceCandidate, text: str, end: int) -> bool:
    """Whether a name followed by a unit's word ("Zhari district") was found
    only as a town none of whose own names it is (a respelling or an
    alternate name: Żary, Poland). The caller leaves it unplaced unless the
    report names another place of that country ("Gereshk district, Helmand
    province" is GeoNames' Girishk)."""
    if place.feature not in _TOWNS or not (
        _DISTRICT_AFTER.match(text, end) or _PROVINCE_AFTER.match(text, end)
    ):
        return False
    return not own_name(fold(name), place)


def district_precision(place: PlaceCandidate, text: str, end: int, precision: int) -> int:
    """ACLED's geo precision for a town named as a district ("Kajran
    district"): the area around the seat (2), not the seat's point nor the
    whole province (3)."""
    if place.feature in _TOWNS and _DISTRICT_AFTER.match(text, end):
        return 2
    return precision


@cache
def _claimants() -> dict[str, dict[str, str]]:
    """Folded place name -> {country code: its first-level region there}."""
    out: dict[str, dict[str, str]] = {}
    for row in data_rows("gazetteer", "disputed_places.csv"):
        regions = dict(part.split(":", 1) for part in row["countries"].split("|"))
        out[fold(row["name"])] = regions
    return out


def is_disputed(place: PlaceCandidate) -> bool:
    """Whether more than one country holds or claims the place (disputed_places.csv)."""
    return fold(place.name) in _claimants()


def as_claimed(
    place: PlaceCandidate,
    said_country: str | None,
    focus: str | None,
    launch_sides: frozenset[str] = frozenset(),
    named: tuple[str, ...] = (),
) -> PlaceCandidate:
    """A disputed place labelled with the country the text puts it in ("Har
    Dov in northern Israel"), else with the report's country, where that
    country holds or claims it; else as the gazetteer gives it. A country
    the report names only as where fire came from ("a missile launched from
    Lebanon toward Har Dov") is the launchers' side, not the target's: the
    report's other countries (`named`, "Israeli territory") label it then."""
    regions = _claimants().get(fold(place.name))
    if not regions:
        return place
    if focus in launch_sides:
        focus = next((c for c in named if c not in launch_sides and c in regions), focus)
    for country in (said_country, focus):
        if country and country in regions and country != place.country:
            return replace(
                place, country=country, country_name=load_gazetteer().country_names.get(country),
                admin1=regions[country],
            )  # fmt: skip
    return place


_HEADLINE_MAX = 200  # characters: a first line longer than this is a paragraph, not a headline


def _headline_spans(text: str) -> list[tuple[int, int]]:
    """The report's first line when it is a headline, and each verbatim repeat
    of it (feed copy often runs the headline again into the lead)."""
    head = text.lstrip()
    offset = len(text) - len(head)
    cut = head.find("\n")
    if cut <= 0 or cut > _HEADLINE_MAX:
        return []
    line = head[:cut].strip()
    if len(line.split()) < 3:
        return []
    spans = []
    at = text.find(line)
    while at >= 0:
        spans.append((at, at + len(line)))
        at = text.find(line, at + len(line))
    return spans if spans and spans[0][0] >= offset else []


def _called_a_town(text: str, name: str) -> bool:
    """Whether the report calls `name` a town or city anywhere ("in Deir
    Ezzor city", "the city of Idlib"): then its headline may mean the town."""
    named = re.escape(name)
    return re.search(rf"\b{named}\s+(?:city|town)\b|\b(?:city|town)\s+of\s+{named}\b", text, re.I) is not None


def headline_regions(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A headline's bare name that the body tells as a region ("Jets pound
    Syria's Idlib" over "raids across Idlib province ... in the town of X"):
    the region, not its seat town of the same name. A headline sums up the
    body, and a body that calls the name a province reports across it; a
    town named in the body itself is left as it is."""
    spans = _headline_spans(text)
    if not spans:
        return mentions

    def in_headline(m: PlaceMention) -> bool:
        return any(s <= m.start and m.end <= e for s, e in spans)

    regions = {
        fold(text[m.start : m.end]): m.place
        for m in mentions
        if m.place.feature == "admin1" and not in_headline(m)
    }
    out = []
    for m in mentions:
        region = regions.get(fold(text[m.start : m.end]))
        if (
            region is not None
            and in_headline(m)
            and not _called_a_town(text, text[m.start : m.end])
            and m.place.feature in (*_TOWNS, "admin3")
            and m.place.country == region.country
            and m.place.admin1 == region.admin1
        ):
            m = PlaceMention(region, m.start, m.end, 3)
        out.append(m)
    return out


# "Syria's northwestern Idlib": a compass word between the country's possessive and the name.
_POSSESSIVE = re.compile(
    r"['\u2019]s\s+(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+)?$",
    re.I,
)


def possessive_regions(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A name told after its country's possessive ("Syria's Idlib",
    "Afghanistan's Kandahar") that is both its region's seat town and the
    region's name: the writer places it for a foreign reader by the
    country's regions, and says no more than the region, so it is coded as
    ACLED codes a region: at its seat town, with geo precision 3. A report
    that calls the name a town or city anywhere ("Idlib city", "the city of
    Kandahar") means the town."""
    out = []
    for k, m in enumerate(mentions):
        before = mentions[k - 1] if k else None
        if (
            before is not None
            and before.place.feature == "country"
            and before.place.country == m.place.country
            and _POSSESSIVE.search(text[before.end : m.start]) is not None
            and text[before.end : m.start].startswith(("'", "\u2019"))
            and m.place.feature in _TOWNS
            and m.precision < 3
            and _seat_of_its_name(m.place)
            and not _called_a_town(text, text[m.start : m.end])
        ):
            m = PlaceMention(m.place, m.start, m.end, 3)
        out.append(m)
    return out


def _seat_of_its_name(place: PlaceCandidate) -> bool:
    """Whether `place` is a town its first-level region is named after
    (Idlib in Idleb, Kandahar in Kandahar): the region's seat."""
    if not place.admin1:
        return False
    if fold(place.admin1) == fold(place.name) or skeleton(place.admin1) == skeleton(place.name):
        return True
    return place.display is not None and skeleton(place.admin1) == skeleton(place.display)
