"""Where an ACLED-style note happened, geocoded with the gazetteer.

ACLED's coders write the place into the note in a few set shapes: "in
Kongo Trading Center, Minakulu sub-county (Oyam, Northern)", "near
Vodyane, Donetsk", "(location coded to Wabe)", "Pepitchaga [Pepitchaga
Akari]", "in Toronto - East York (Ontario)". Those names are read first, in
the order of their strength; the places the extractor found come after, and
the district or region the note names comes last.

The names around a place steer it among its namesakes: one in the region
the note names wins, else the one nearest the districts and towns named
beside it; a namesake in another region, far from them, is refused rather
than put hundreds of kilometres away. A name the gazetteer lacks in that
spelling may still be found by a close match among the country's names
("Zaporizhia" for Zaporizhzhia), but only there, and only a close one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from rapidfuzz import fuzz, process

from warmonitor.extract import finest, place_cues
from warmonitor.extract.acled_nearby import busiest
from warmonitor.extract.cue_data import data_rows
from warmonitor.extract.gazetteer import (
    FEATURE_RANK,
    PlaceCandidate,
    acled_geo_precision,
    admin1_as_acled,
    admin1_parent,
    carved_from,
    distance_km,
    fold,
    load_gazetteer,
    region_key,
)
from warmonitor.extract.place_cues import is_home, is_origin
from warmonitor.extract.skeleton import by_skeleton


@dataclass(frozen=True)
class Location:
    name: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: int | None


@dataclass(frozen=True)
class Named:
    """A place name as the note gives it, and the admin names written beside it."""

    name: str
    admins: tuple[str, ...] = ()
    coded: bool = False  # the coders' own pointer: "(coded to X)", "[X]"
    # The place it is told to lie in: "the Casale area of Brindisi", "Ranin town
    # in rural Suluk" -- the part where the gazetteer holds it near that place, else the place.
    within: str = ""
    context: tuple[str, ...] = ()  # for a name given alone, the other names and regions of the note


# Arabic articles as transliterated in lower case ("Bab az Zawiyah", "Jisr ash Shughur") too;
# not "as" and "at", which would join a name to the English words after it.
_PARTICLES = (
    "de|del|della|la|las|los|le|les|al|el|of|du|do|dos|da|das|des|di|y|e|en|sur|am|an|der"
    "|az|ash|ath|adh|ad|ar|ez|ed|es|esh|i"
)
# A word after the first may open with an ayn written as an apostrophe
# ("Pul-e 'Alam district", "Nad-e 'Ali"), as the gazetteer's "Pul-e \u2018Alam".
_NAME_WORD = rf"(?:['\u2018\u2019]?[A-Z][\w'\u2019.&-]*|\b(?:{_PARTICLES})\b|\b\d+\b)"
# At most nine words: no place name is longer, and the bound keeps a scan of a
# long run of capitalised words linear instead of quadratic.
# "in al-Kiswah", "the town of el-Fasher": an Arabic article written in lower
# case and joined by a hyphen opens a name as its capitalised form does.
_ARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ez)-\s?)?"
_NAME = rf"{_ARTICLE}[A-Z][\w'\u2019.&-]*(?:(?:[ -]|\s+-\s+){_NAME_WORD}){{0,8}}"
_KIND_WORDS = (
    "village|town|township|city|district|area|neighbou?rhood|sub-county|county|commune|municipality"
    "|ward|LGA|camp|region|province|governorate|countryside|tehsil|locality|kebele|woreda|payam"
    "|corregimiento|vereda|barangay|settlement|front|zone|oblast|raion|hromada|state|territory"
    # "Daraya farmlands", "the farmlands of X": a town's fields, coded to the town
    "|farmlands"
)
# "Rupa rural municipality (Kaski district)", "Hetauda city-8 (Makwanpur
# district)": Nepal's notes write the unit's kind with "rural" before it and
# the ward's number after it.
_KIND = rf"(?:\s+(?:[Rr]ural\s+)?(?:{_KIND_WORDS})(?:-\d+)?)?"
# Kind words that make a name an administrative unit, not a town.
_UNITS_ONLY = "township|district|sub-county|county|commune|municipality|ward|LGA|province|tehsil|woreda|payam"
_UNIT_WORD = re.compile(_KIND_WORDS, re.I)
# "in Sofia (Sofia City)", "Thadin village (Pale township, Yinmarin district, Sagaing region)"
_WHERE = re.compile(rf"(?P<where>{_NAME}){_KIND}\s*\((?P<admins>[^()]{{2,80}})\)")
# "in Trelew", "near Vodyane, Donetsk", "in central Joensuu", "in the rural area of El Plateado"


def _cue_words(*kinds: str) -> str:
    """The cue words of `kinds` (default: the words before a note's place), as
    one alternation (data/gazetteer/note_place_cues.csv)."""
    words = [
        w for row in data_rows("gazetteer", "note_place_cues.csv")
        if row["kind"] in (kinds or ("before", "verb")) for w in row["words"].split("|")
    ]  # fmt: skip
    return "|".join(sorted(set(words), key=len, reverse=True)).replace(" ", r"\s+")


_IN = re.compile(
    rf"\b(?:{_cue_words()})"
    # "in rural Qahtaniyyah town": "rural" before a name the note calls a
    # town is that town's countryside; "in rural Damascus" (no town word) stays
    # the region's, read elsewhere.
    r"\s+(?:the\s+)?(?:(?:central|downtown|outskirts of|"
    r"rural(?=\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+(?:town|city|village)\b))\s+)?"
    r"(?:(?:rural\s+)?(?:area|areas|town|city|village|villages|district|municipality|locality|farmlands)\s+of\s+)?"
    rf"(?P<where>{_NAME}){_KIND}"
    # "in Hajjah, Marib, and Sadah governorates": a list of places, not a place and its region.
    r"(?:,\s*(?P<admin>(?>[A-Z][\w'\u2019.-]*(?: [A-Z][\w.-]*)*))(?!,?\s+and\s))?"
)
# "the Casale area of Brindisi", "Ranin town in rural Suluk town", "Buffelshoek
# Village outside Acornhoek", "Gaviao located in Vila Nova": a part and the place it lies in.
_PART_OF = re.compile(
    rf"(?P<part>{_NAME})(?:\s+(?:{_cue_words('part')})\s+(?:{_cue_words('part_link')})"
    rf"|\s+(?:{_cue_words('part_link_bare')}))"
    rf"\s+(?:the\s+)?(?P<rural>rural\s+)?(?P<within>{_NAME})(?:\s+(?P<kind>{_KIND_WORDS}))?"
    r"(?:\s*\((?P<admins>[^()]{2,80})\)|,\s*(?P<admin>[A-Z][\w'\u2019.-]*(?: [A-Z][\w.-]*)*))?"
)
# "(location coded to Wabe)", "(coded as Nushki)"; "coded to the Horlivka event" is not one
# "Coded as Kut city.", "(coded as hq Harnai)", "Location changed as Monywa.": the same pointer
# opening a sentence, through the seat it names, or as a correction.
_CODED_TO = re.compile(
    r"\b(?:[Cc]oded|[Ll]ocation changed) (?:to|as) (?:the )?"
    r"(?:(?:hq|HQ|nearby|provincial capital|district capital|district centre|district center)\s+)?"
    rf"(?P<where>{_NAME})(?![\w'\u2019 -]*\bevents?\b)"
    r"(?:\)?\s*\((?P<admins>[^()]{2,80})\)|,\s*(?P<listed>[A-Z][^()\[\].;]{1,60})(?=[)\]]))?"
)
# "(Orlu, Imo)", "(Muse district, Shan-North state)": a list of admin names
_ADMIN_LIST = re.compile(
    rf"\((?P<admins>[A-Z][^(),]{{1,40}}(?:,\s*[A-Z][^(),]{{1,40}})+|[A-Z][^(),]{{1,40}}\s(?:{_KIND_WORDS}))\)"
)
# "a caravan from Villena until Alicante", "marched from Echillais to La
# Rochelle": a route, coded where it ends.
_ROUTE = re.compile(rf"\bfrom\s+{_NAME}\s+(?:until|to|towards?)\s+(?:the\s+)?(?P<where>{_NAME})")
# "between Lamballe and Saint-Brieuc", "between the cities of X and Y (Para)":
# the second end is read after the first (the first is found by _IN).
_BETWEEN = re.compile(
    rf"\bbetween\s+(?:the\s+(?:cities|towns|villages)\s+of\s+)?{_NAME}\s+and\s+(?P<where>{_NAME})"
    r"(?:,\s*(?P<admin>[A-Z][\w'\u2019.-]*(?: [A-Z][\w.-]*)*))?"
)
# A text that opens with its place and says little else -- a place's
# description ("Jalingo town", "the town of X", "Gudermes,", "Medea, south of
# the capital", "X area"), a caption or a dateline: that place. "Idlib:
# Saraqib" gives the region first. Notes that open with a date or a clause
# ("On 3 March, ...", "Protesters gathered ...") name no place there.
_HEAD = re.compile(
    r"\s*(?:the\s+)?(?:(?:town|city|village|villages|towns|area|district|municipality|neighbou?rhood)\s+of\s+)?"
    rf"(?:(?P<admin>{_NAME}):\s+)?(?P<where>{_NAME}){_KIND}"
    r"(?=\s*(?:$|[,.;:(])"
    r"|\s+(?:in|near|on|at|of|outside|around|(?:north|south)?[- ]?(?:east|west)?(?:ern)?\s+of)\b)"
)
# "12 km north-east of Damascus", "south of the capital Kabul": a reference point.
_BEARING = re.compile(
    r"\b(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:(?:capital|city)\s+)?"
    rf"(?P<where>{_NAME})"
)
# A lower-case description this short is a name alone ("nabk", "al kiswah").
_SHORT_WORDS = 3
# "El Porvenir neighbourhood", "Jurunas neighbourhood, in Belem": a
# part of a city, named alone, is no town of its own; a namesake town found
# for it lies anywhere in the country.
_CITY_PART_AFTER = re.compile(rf"\s+(?:{_cue_words('city_part')})\b", re.I)
_STREET = re.compile(rf"(?:{_cue_words('street')})\b", re.I)
# "Sanchez Taboada neighb, Tijuana town": a text opening with a city part, then a comma
_PART_HEAD = re.compile(rf"\s*(?:the\s+)?{_NAME}\s+(?i:{_cue_words('city_part')})\b\.?(?=\s*,)")
# "DEPARTMENT: SUCRE MUNICIPALITY: SINCELEJO on the highway ...": a labelled
# form (UCDP GED's Colombian rows) naming the municipality, in capitals, and its
# department; the municipality is the coders' place, whatever the words after it name.
_CAPS = r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'.-]*"
_LABELLED = re.compile(
    rf"\bDEPARTMENT:\s*(?P<admins>{_CAPS}(?:\s+{_CAPS})*)\s+MUNICIPALITY:\s*(?P<where>{_CAPS}(?:\s+{_CAPS})*)\b"
)
# "Pepitchaga [Pepitchaga Akari]": the coders' name for the place in brackets
_BRACKETED = re.compile(rf"\[(?P<where>{_NAME})\]")
# A full stop ends a name unless it closes an abbreviation ("St. Louis", "D.C.").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bSt)(?<!\bSte)(?<!\bMt)(?<!\bFt)\.(?:\s+|$)")
_TRAILING_KIND = re.compile(rf"(?:\s+(?:[a-z][\w-]*|(?i:{_KIND_WORDS})))+$")
_ACRONYM = re.compile(r"^[A-Z&/.-]{2,6}$")
_LOWER_PARTICLE = re.compile(rf"\s+(?:{_PARTICLES})\s+")
# Words that open a sentence or a clause, never a place of their own.
_NOT_A_PLACE = frozenset({
    "the", "a", "an", "they", "he", "she", "it", "we", "this", "that", "these", "those", "there",
    "during", "after", "before", "on", "in", "at", "as", "casualties", "fatalities", "unknown", "no",
    "one", "two", "three", "several", "many", "some",
})  # fmt: skip
# A name followed by one of these is a building's ("the San Carlo theater"); roads,
# prisons and airports are named after their towns, so they do not count.
_FACILITY_AFTER = re.compile(
    r"\s+(?:theat(?:er|re)|hospital|university|college|school|courthouse|court|stadium|mosque|church|"
    r"temple|market|square|park|mall|hotel|bank|headquarters|office|building|factory|plant|company|"
    r"embassy|consulate)\b"
)
_EVENT_AFTER = re.compile(r"\s+events?\b")
# "Imphal East", "Kalimantan Utara": a tail that is only a direction names nothing.
_COMPASS = frozenset({"north", "south", "east", "west", "central", "upper", "lower", "northern", "southern",
                      "eastern", "western", "new", "old", "greater", "little", "great"})  # fmt: skip
# A building or a feature, not a town: "the Central Bank", "SilverLine Rail", "Apung River".
_FACILITY = frozenset({
    "bank", "rail", "railway", "river", "lake", "sea", "bay", "hospital", "clinic", "university",
    "college", "school", "court", "courthouse", "office", "hall", "park", "square", "street", "road",
    "highway", "market", "mall", "mosque", "church", "temple", "theater", "theatre", "airport",
    "station", "bridge", "prison", "jail", "base", "camp", "center", "centre", "building", "ministry",
    "embassy", "consulate", "company", "factory", "plant", "mine", "port", "stadium", "palace",
    "parliament", "house", "field", "farm", "border", "checkpoint", "mandal", "front", "sector", "zone",
})  # fmt: skip
_FAR_KM = 150.0  # a namesake this far from every place named beside it is not the one meant
_CITY_PART_KM = 50.0  # "Toronto - East York": the part must lie within the city
_FUZZY_CUTOFF = 87.5
_SEAT_RATIO = 3  # a region's namesake seat wins over namesakes up to this many times its size
# A large city's district in cities500 (_town_over_district): this populous,
# within this distance of a city this many times its size.
_DISTRICT_SIZE = 50_000
_CITY_DISTRICT_KM = 10.0
_LARGER = 5
_FUZZY_REGION_LETTERS = 8  # "Zaporizhzhya" is Zaporizhzhia; short region names are told apart exactly
# A town this large, written with a region it does not lie in, is still that
# town when the gazetteer has no namesake in that region (_slipped).
_WELL_KNOWN = 20_000


def _clean(name: str) -> str:
    return _SENTENCE_END.split(name, maxsplit=1)[0].strip(" .,")


def _admin_names(text: str, iso: str | None = None) -> tuple[str, ...]:
    """ "Pale township, Yinmarin district, Shan State" -> Pale, Yinmarin, Shan;
    a region's acronym written out ("J&K" in India, region_acronyms.csv), other
    acronyms ("CSIM", a union's "UP" in Spain) and lowercase asides ("coded
    separately") dropped, "eThekwini" kept."""
    names = []
    for part in text.split(","):
        part = _TRAILING_KIND.sub("", part.strip())
        if _ACRONYM.match(part):
            if (region := _region_acronyms().get((iso or "", part))) is not None:
                names.append(region)
        elif part[:1].isupper() or re.match(r"[a-z]+[A-Z]", part):
            names.append(part)
    return tuple(names)


@cache
def _region_acronyms() -> dict[tuple[str, str], str]:
    """(country, acronym) -> the region as ACLED writes it (data/gazetteer/region_acronyms.csv)."""
    return {
        (row["country"], row["acronym"]): row["region"]
        for row in data_rows("gazetteer", "region_acronyms.csv")
    }


@cache
def _country_keys() -> frozenset[str]:
    # Compared as written, not folded: "El Salvador" folds to "salvador", a city of Bahia.
    return frozenset(
        re.sub(r"^the ", "", name.casefold()) for name in load_gazetteer().country_names.values()
    )


def named_places(note: str, iso: str | None = None) -> list[Named]:
    """Place names a note gives, most telling first: the coders' own pointers,
    then "X (district, region)", then "in X, Y"."""
    coded = [
        Named(
            _clean(m.group("where")),
            _admin_names(m.group("admins") or m.group("listed") or "", iso),
            coded=True,
        )
        for m in _CODED_TO.finditer(note)
    ]
    coded += [Named(_clean(m.group("where")), coded=True) for m in _BRACKETED.finditer(note)]
    coded += [
        Named(m.group("where").title(), (m.group("admins").title(),), coded=True)
        for m in _LABELLED.finditer(note)
    ]
    # "X (district, region)" is the coders' set form; "in X, Y" phrases come after
    # it, and "X (ACRONYM)" last: "Unio de Pagesos (UP)" names a union, not a place.
    where = [
        Named(_clean(m.group("where")), _admin_names(m.group("admins"), iso)) for m in _WHERE.finditer(note)
    ]
    phrases: list[Named] = []
    origins: list[Named] = []
    for m in _IN.finditer(note):
        if _FACILITY_AFTER.match(note, m.end("where")) or _EVENT_AFTER.match(note, m.end("where")):
            continue  # "outside the San Carlo theater in Napoli", "(fatalities coded to Horlivka event)"
        admin = _clean(m.group("admin") or "") if "." not in m.group("where") else ""
        admins = _admin_names(admin, iso) if admin else ()
        # "migrants from Ethiopia", "students from Udine": read only when nothing else is named
        # "Uzgen district residents protested in Osh city": where the people live, read last too
        home = is_home(note, m.end("where"))
        named = Named(_whole_name(note, m.end("where"), _clean(m.group("where")), iso), admins)
        if home or is_origin(note, m.start("where"), route=True):
            origins.append(named)
            continue
        phrases.append(named)
        if not admins and not _in_country(named.name, iso):
            phrases += [Named(name) for name in _listed_with(note, m.end())]
    # A phrase with its region ("in Sisli town, Istanbul") before one without
    # ("outside the Caglayan courthouse").
    routes = [Named(_clean(m.group("where"))) for m in _ROUTE.finditer(note)]
    phrases += [
        Named(_clean(m.group("where")), _admin_names(_clean(m.group("admin") or ""), iso))
        for m in _BETWEEN.finditer(note)
    ]
    # "Poonch city (J&K)": a unit word before the parentheses makes them the
    # coders' region, though an acronym, where "Unio de Pagesos (UP)" is a name's.
    unit = [
        n for n, m in zip(where, _WHERE.finditer(note), strict=True)
        if not n.admins and _UNIT_WORD.search(note[m.end("where") : m.start("admins")])
    ]  # fmt: skip
    # "in Demoso town (Demoso Township, Loikaw District, Kayah State), ... from
    # Lwe Bi Lar village in Loikaw town": a part told after the coders' set
    # form is another place the note names, read after that form. An acronym
    # in parentheses ("Teachers Los Angeles (UTLA)") is no such form.
    opening = min(
        (m.end() for n, m in zip(where, _WHERE.finditer(note), strict=True) if n.admins), default=len(note)
    )
    parts = _parts_of(note, iso)
    first = _with_admins([n for at, n in parts if at < opening], where + phrases)
    later = _with_admins([n for at, n in parts if at >= opening], where + phrases)
    found = first + [n for n in where if n.admins] + later + _head(note, iso)
    found += unit + routes + [n for n in phrases if n.admins]
    found += [n for n in phrases if not n.admins] + [n for n in where if not n.admins and n not in unit]
    countries = _country_keys()
    ordered = [n for n in coded if n.name]
    coded_names = {n.name for n in ordered}
    for named in found:
        # "people from Ukraine" in a note about Spain: a country is not the place.
        if not named.name or named in ordered or (named.name in coded_names and named in phrases):
            continue  # "coded to Mokambo, Mahagi" is read once, as the coders' pointer
        if named.name.casefold() not in countries:
            ordered.append(named)
    # "along the Orlu-Orsu road (Orlu, Imo)": the coders' district and region
    # with no name before them, read last, as the district in its region.
    for m in _ADMIN_LIST.finditer(note):
        admins = _admin_names(m.group("admins"), iso)
        if admins and not any(n.admins == admins or n.admins == admins[1:] for n in ordered):
            ordered.append(Named(admins[0], admins[1:]))
    # "in Zhengzhou city, Henan (coded to Zhongyuan)": Henan steers Zhongyuan too;
    # the place people came from steers nothing.
    # A town named after a bearing ("north-east of Damascus") is where the
    # place lies from, not a region it lies in.
    # The coders' own region in parentheses stays one: "north-west of Ad Dali
    # city (Ad Dhalee, Ad Dali)".
    bearings = {_clean(m.group("where")) for m in _BEARING.finditer(note)} - {
        a for n in ordered for a in n.admins
    }
    context = tuple(
        dict.fromkeys(a for n in ordered for a in (*n.admins, n.name) if " - " not in a and a not in bearings)
    )
    ordered += [n for n in origins if n.name and n.name.casefold() not in countries and n not in ordered]
    return [n if n.admins else replace(n, context=tuple(a for a in context if a != n.name)) for n in ordered]


# ", Khalasa and al-Eis", " and Hreitan": a further member of a list of places
# the first of which a preposition opened ("in the areas of A, B and C").
_LIST_MEMBER = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<where>{_NAME}){_KIND}")


def _listed_with(note: str, at: int) -> list[str]:
    """The other members of a list of places whose first member ends at
    `at`, read after it where the gazetteer lacks the first ("the villages
    of Zaytan, Khalasa and Hass"): a later one may be the place it can
    find. A list ends in "and" before its last member; without one,
    ", Idlib" is the region a place lies in, no member. A list whose first
    member is known is left as it was read ("in Saada, Hajjah, and Al Jawf
    governorates" is Saada's)."""
    members: list[str] = []
    joined = False
    while (m := _LIST_MEMBER.match(note, at)) is not None:
        name = _clean(m.group("where"))
        if not name or name.split()[0].lower() in _NOT_A_PLACE:
            break
        members.append(name)
        joined = joined or "and" in note[at : m.start("where")]
        at = m.end()
    return members if joined else []


def _head(note: str, iso: str | None) -> list[Named]:
    """The place a text opens with (_HEAD), read after the coders' set forms
    and before places named later with a preposition: "Medea, south of the
    capital Algiers" is in Medea."""
    text = note.lstrip()
    if text[:1].islower() and len(text.split()) <= _SHORT_WORDS:
        text = text[:1].upper() + text[1:]
    if (part := _PART_HEAD.match(text)) is not None:
        return _after_the_part(text[part.end() :], iso) or _part_alone(part.group(0), iso)
    m = _HEAD.match(text)
    if m is None:
        return []
    name = _clean(m.group("where"))
    if not name or name.split()[0].lower() in _NOT_A_PLACE or any(ch.isdigit() for ch in name):
        return []
    if _STREET.match(name):
        return _after_the_part(text[m.end("where") :], iso)
    if _CITY_PART_AFTER.match(text, m.end("where")):
        return _after_the_part(text[m.end("where") :], iso) or _part_alone(name, iso)
    admin = _clean(m.group("admin") or "")
    return [Named(name, _admin_names(admin, iso) if admin else ())]


def _part_alone(written: str, iso: str | None) -> list[Named]:
    """A city part the text names alone ("jubaylah neighborhood", "Joubar
    neighborhood,"): the place, where it can only lie inside one city of the
    country (_inside_one_city); else nothing, as a part alone is no town."""
    name = _CITY_PART_AFTER.split(_clean(written.strip()), maxsplit=1)[0].strip()
    name = re.sub(r"^(?:the)\s+", "", name)
    return [Named(name)] if name and _inside_one_city(name, iso) else []


# ", Tijuana town, Baja California": the names listed after a city part, each with its unit word
_LISTED_AFTER = re.compile(rf",\s*(?P<where>{_NAME}){_KIND}(?=\s*(?:$|[,.;(]))")


def _after_the_part(rest: str, iso: str | None) -> list[Named]:
    """The town a city part named first lies in, where the text lists it
    after a comma ("X neighbourhood, Tijuana town, Baja California"; "X
    neighbourhood, Y, Zamora"): each name listed, with the names after it as
    where it lies, so that a namesake of the second elsewhere gives way to
    the town. Nothing where no name follows: a part alone is no town."""
    listed: list[str] = []
    at = 0
    # the list right after the part, name after name: ", in the municipality of X" is no list
    while (m := _LISTED_AFTER.match(rest, at)) is not None:
        listed.append(_clean(m.group("where")))
        at = m.end()
    listed = [n for n in listed if n and n.split()[0].lower() not in _NOT_A_PLACE]
    return [Named(n, _admin_names(", ".join(listed[i + 1 :]), iso)) for i, n in enumerate(listed)]


# "Neustadt in Holstein", "Giugliano in Campania": a town named with the land
# it lies in, in German and Italian, where "in" would otherwise end the name.
_NAME_IN = re.compile(rf"\s+(?:{_cue_words('name_link')})\s+[A-Z][\w'\u2019.-]*")


def _whole_name(note: str, end: int, name: str, iso: str | None) -> str:
    """`name` with the "in X" that follows it, where the gazetteer holds the
    whole as one place of the country ("Neustadt in Holstein"); else `name`:
    "Roslindale in Boston" is a part and its city."""
    if iso is None or not (m := _NAME_IN.match(note, end)) or note[end - len(name) : end] != name:
        return name
    whole = name + m.group(0)
    return whole if _in_country(whole, iso) else name


def _parts_of(note: str, iso: str | None) -> list[tuple[int, Named]]:
    """ "the Casale area of Brindisi": the part, to be read within the place
    named after it (with that place's region, when the note gives one), with
    where the note tells it."""
    parts = []
    for m in _PART_OF.finditer(note):
        part, within = _clean(m.group("part")), _clean(m.group("within"))
        if part.split()[0].lower() in _NOT_A_PLACE or not within:
            continue
        kind = m.group("kind") or ""
        if (kind != "city" and _is_region_exactly(within, iso)) or (m.group("rural") and not kind):
            # "Basira town in Deir ez Zor countryside", "Kulu district of Konya",
            # "Qatana town in rural Damascus": a region's part lies anywhere in it,
            # not near its capital.
            continue
        admins = _admin_names(m.group("admins") or _clean(m.group("admin") or ""), iso)
        parts.append((m.start(), Named(part, admins, within=within)))
    return parts


def _with_admins(parts: list[Named], others: list[Named]) -> list[Named]:
    """ "Moe Bye town of Pekon town, Si Kar Ward (Taunggyi, Shan-South)": the
    place a part lies in takes the districts and region the note gives it
    elsewhere."""
    given = {n.name: n.admins for n in reversed(others) if n.admins}
    return [replace(n, admins=given.get(n.within, ())) if not n.admins else n for n in parts]


def _tries(name: str) -> Iterator[str]:
    """The name, then shorter tails: "Kongo Trading Center" may be unknown where
    "Minakulu" is not."""
    words = name.split()
    if len(words) > 1 and _UNIT_WORD.fullmatch(words[-1]):
        yield name  # "Kuwait City"
        yield " ".join(words[:-1])  # "Al Bayda City", "Anka LGA"
        return
    if words and words[-1].lower() in _FACILITY:
        if len(words) > 1 and words[0].lower() not in _NOT_A_PLACE:
            yield name  # "Green Bay", "Rohnert Park": a town may end in a facility's word
        return
    if words and words[0].lower() not in _NOT_A_PLACE:
        yield name  # "Ye", "eThekwini": whole names are tried as written
    for start in range(1, len(words)):
        tail = words[start:]
        first = tail[0].lower()
        if (
            first not in _NOT_A_PLACE
            and first not in _COMPASS
            and tail[0][:1].isupper()
            and len(" ".join(tail)) > 2
            and " ".join(tail).casefold() not in _country_keys()  # "Oyan Kazakhstan", a movement
        ):
            yield " ".join(tail)


def _in_country(name: str, iso: str | None) -> list[PlaceCandidate]:
    found = [
        c
        for c in load_gazetteer().candidates(name)
        if (iso is None or c.country == iso) and c.feature != "country"
    ]
    # "jubaylah neighborhood" in a Syrian row: a city quarter the gazetteer
    # lacks is its city, wherever the note's wording leads to it.
    return found or _quarter_cities(name, iso)


@cache
def city_quarters() -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    """data/gazetteer/city_quarters.csv: (country, folded quarter name) ->
    the (city, admin1) pairs holding a quarter of that name."""
    table: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for row in data_rows("gazetteer", "city_quarters.csv"):
        for written in (row["quarter"], *filter(None, row["other_names"].split("|"))):
            table.setdefault((row["country"], fold(written)), []).append((row["city"], row["admin1"]))
    return {key: tuple(dict.fromkeys(cities)) for key, cities in table.items()}


def _quarter_cities(name: str, iso: str | None) -> list[PlaceCandidate]:
    """The cities holding a quarter called `name` in country `iso`, each the
    largest town of the city's name in the quarter's region: the city a
    reader takes the quarter to lie in. Several where cities share a
    quarter's name ("al-Qusour" of Homs and of Deir ez-Zor), for the names
    beside it to choose among."""
    if iso is None:
        return []
    cities: list[PlaceCandidate] = []
    for city, admin1 in city_quarters().get((iso, fold(name)), ()):
        region = {region_key(iso, admin1)}
        towns = [
            c
            for c in load_gazetteer().candidates(city)
            if c.country == iso and c.feature == "city" and _same_region(c.admin1, region, iso)
        ]
        if towns:
            cities.append(max(towns, key=lambda c: c.population))
    return cities


def _inside_one_city(name: str, iso: str | None) -> bool:
    """Whether a city part named alone ("Joubar neighborhood") is a place
    the gazetteer holds only inside one city of the country: a quarter
    listed in city_quarters.csv, or namesakes that all lie within
    _CITY_DISTRICT_KM of the same city of _DISTRICT_SIZE people. A namesake
    anywhere else ("Las Lomas", a village in five states) says nothing."""
    if iso is None:
        return False
    if quarters := _quarter_cities(name, iso):
        return len(quarters) == 1  # "Qusour neighbourhood" alone: Homs or Deir ez-Zor, no telling
    found = [
        c for c in load_gazetteer().candidates(name) if c.country == iso and c.feature in ("city", "village")
    ]
    hosts = {_host_city(c) for c in found}
    return bool(found) and None not in hosts and len(hosts) == 1


def _host_city(place: PlaceCandidate) -> int | None:
    """The geonameid of the city of _DISTRICT_SIZE people or more within
    _CITY_DISTRICT_KM of `place` (not `place` itself), if any."""
    cell = (math.floor(place.lat), math.floor(place.lon))
    near = (
        city
        for dlat in (-1, 0, 1)
        for dlon in (-1, 0, 1)
        for city in _cities_by_cell().get((cell[0] + dlat, cell[1] + dlon), ())
    )
    return next(
        (
            geonameid
            for lat, lon, _population, geonameid in near
            if geonameid != place.geonameid
            and distance_km((place.lat, place.lon), (lat, lon)) <= _CITY_DISTRICT_KM
        ),
        None,
    )


@cache
def _cities_by_cell() -> dict[tuple[int, int], list[tuple[float, float, int, int]]]:
    """Towns of _DISTRICT_SIZE people or more, by one-degree cell."""
    cells: dict[tuple[int, int], list[tuple[float, float, int, int]]] = {}
    for city in load_gazetteer().cities_of(_DISTRICT_SIZE):
        cells.setdefault((math.floor(city[0]), math.floor(city[1])), []).append(city)
    return cells


def _region_by_alias(name: str, iso: str | None) -> list[PlaceCandidate]:
    """A first-level region written as ACLED spells it where GeoNames spells it
    otherwise ("Lower Shabelle" for Lower Shabeelle, admin1_aliases.csv): the
    gazetteer holds the region only under GeoNames' name and its plain form.
    Read only once nothing else in the note was found, so that a note naming
    only such a region is placed in it rather than nowhere."""
    if iso is None:
        return []
    key = region_key(iso, name)
    if key == fold(name):
        return []
    return [
        c
        for c in load_gazetteer().candidates(key)
        if c.country == iso and c.feature == "admin1" and region_key(iso, c.admin1 or "") == key
    ]


def _same_region(admin1: str | None, regions: set[str] | frozenset[str], iso: str | None) -> bool:
    """Whether a place's region is one of `regions` (keys from region_key):
    GeoNames' "Bavaria" is ACLED's "Bayern" (admin1_aliases.csv), "Shan" is
    "Shan-South", "Veracruz" is "Veracruz de Ignacio de la Llave"."""
    if not admin1:
        return False
    mine = region_key(iso, admin1)
    return any(r == mine or r.startswith(mine + " ") or mine.startswith(r + " ") for r in regions)


def _is_region(name: str, iso: str | None) -> bool:
    """Whether `name` is one of the country's first-level regions, in any
    spelling the alias tables know ("Shan-North", "Bayern")."""
    if iso is None:
        return True
    return _same_region(name, load_gazetteer().admin1_keys(iso), iso)


def _anchors(admins: tuple[str, ...], iso: str | None) -> list[tuple[float, float]]:
    """Where the districts and towns named beside a place lie. A city's part
    ("London - Kensington and Chelsea") lies in the city, and a district named
    for a city and a direction ("Yangon-West", "Imphal East") around that
    city, when the gazetteer holds no place of the whole name."""
    points = []
    for admin in admins:
        found = _in_country(admin, iso) or _in_country(_named_for(admin), iso)
        if found:
            best = min(found, key=lambda c: (FEATURE_RANK.get(c.feature, 5), -c.population))
            points.append((best.lat, best.lon))
    return points


def _named_for(admin: str) -> str:
    """The city a district or a city's part is named for: "London" of "London -
    Kensington and Chelsea", "Yangon" of "Yangon-West"; else `admin` itself."""
    head, sep, _part = admin.partition(" - ")
    if sep:
        return head
    words = re.split(r"[- ]", admin)
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in _COMPASS else admin


def _admin_region(admin: str, iso: str | None) -> str:
    """A region named beside a place, as a key: ACLED's and GeoNames'
    spellings through the alias table, and a spelling neither knows
    ("Zaporizhzhya", "Michaocan") as the country's region spelt most like
    it, unless a town of the name as written lies outside that region (in
    January-April 2022 notes, 3 loose readings, all right)."""
    key = region_key(iso, admin)
    known = load_gazetteer().admin1_keys(iso) if iso else frozenset()
    if iso is None or key in known or len(key) < _FUZZY_REGION_LETTERS:
        return key
    close = process.extractOne(key, known, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    if close is None:
        return key
    # A town of that spelling outside the region is a town ("Zaporizhzhya" the
    # city lies in its region, so the note may mean either: the region).
    towns = _in_country(admin, iso)
    return str(close[0]) if all(_same_region(c.admin1, {close[0]}, iso) for c in towns) else key


def _same_region_any(found: list[PlaceCandidate], admin: str, iso: str | None) -> bool:
    """Whether `admin` names (or extends, "Shan-North") the region of any of `found`."""
    return any(_same_region(c.admin1, {region_key(iso, admin)}, iso) for c in found)


def _not_the_district(
    found: list[PlaceCandidate], admins: tuple[str, ...], written: str
) -> list[PlaceCandidate]:
    """ "Luwuk district (Banggai regency, ...)": a namesake that bears the
    district's name beside it, not the name written, is the district's town
    (Banggai, found by an alternate name), not the place; kept only when no
    other namesake is left."""
    beside = {fold(a) for a in admins} - {fold(written)}
    kept = [c for c in found if fold(c.name) not in beside]
    return kept or found


def _choose(
    found: list[PlaceCandidate],
    admins: tuple[str, ...],
    iso: str | None,
    context: tuple[str, ...] = (),
    written: str = "",
) -> PlaceCandidate | None:
    """The namesake meant: in the named region, nearest the districts and
    towns named beside it; none when every namesake lies in another region,
    or far from them. Names from elsewhere in the note (`context`) count
    only as regions: a note about Bordeaux may name Paris."""
    known = load_gazetteer().admin1_keys(iso) if iso else frozenset()
    if written:
        found = _not_the_district(found, admins, written)
    # A name from elsewhere counts as a region only when it is one as written:
    # "Punjab Students Union" names no region, though "Shan-North" in parentheses does.
    beside = {region_key(iso, a) for a in admins}
    elsewhere = {key for a in context if (key := region_key(iso, a)) in known or not iso}
    # A region spelt loosely ("Zaporizhzhya") steers among namesakes but refuses
    # none: GeoNames puts some towns in a neighbouring region.
    regions = beside | elsewhere | {_admin_region(a, iso) for a in admins}
    in_region = [c for c in found if _same_region(c.admin1, regions, iso)]
    if not in_region and any(_same_region(r, known, iso) for r in beside | elsewhere):
        # The note names the region, and these namesakes lie in others
        # (but see _slipped).
        found = [c for c in found if c.admin1 is None]
        if not found:
            return None
    # A region's name is no anchor: the city of Veracruz says little of where in Veracruz.
    # The last name only may extend a region's ("Shan-North"); before it,
    # "Yangon-West" is a district of Yangon region, an anchor.
    anchors = _anchors(
        tuple(
            a
            for i, a in enumerate(admins)
            if not (_is_region_exactly(a, iso) or (i == len(admins) - 1 and _same_region_any(found, a, iso)))
        ),
        iso,
    )

    def away(c: PlaceCandidate) -> float:
        return min((distance_km((c.lat, c.lon), p) for p in anchors), default=0.0)

    pool = in_region or found
    largest = max(c.population for c in pool)
    best = min(
        pool,
        key=lambda c: (
            _distance_band(away(c)),
            FEATURE_RANK.get(c.feature, 5),
            not (_in_its_namesake_region(c, written or c.name) and _SEAT_RATIO * c.population >= largest),
            -c.population,
        ),
    )
    if not in_region and anchors and away(best) > _FAR_KM:
        return None
    # Namesakes nothing in the note tells apart: where the batch's other events lie.
    best = best if anchors else busiest(best, pool)
    return best if admins else _town_over_district(best, pool)


def _distance_band(km: float) -> int:
    """Namesakes this far from what the note names beside them, in 25 km bands:
    within 25 km is at it (ACLED's own tolerance), and one 13 km away is not
    "as near" as one 33 km away, as whole-number rounding of km / 25 made them."""
    return 0 if km <= 25 else max(1, round(km / 25))


def _in_its_namesake_region(place: PlaceCandidate, written: str) -> bool:
    """Whether a town lies in the first-level region named as the note writes
    the town (Briceni in Moldova's Briceni district, not the village of that
    name in Donduseni): a region is named after its seat, so among namesakes
    equally near what the note names, that one is meant. Among namesakes
    that all lie in it (Zaporizhzhia the city and a village of its name) it
    decides nothing: size does. Only a seat of a third the largest
    namesake's size or more is preferred (_SEAT_RATIO): a village of 656 in
    Zaporizhzhia oblast, spelt as the oblast, is not the oblast's city."""
    return (
        place.feature in ("city", "village")
        and fold(place.name) == fold(written)  # not "Los Cordobas", found by an alternate name
        and place.admin1 is not None
        and region_key(place.country, place.admin1) == region_key(place.country, written)
    )


def _town_over_district(best: PlaceCandidate, pool: list[PlaceCandidate]) -> PlaceCandidate:
    """A bare name whose most populous namesake is a large city's district
    (Salamanca, Madrid's, 147,707 people in cities500, over Salamanca, the
    city of Castile and Leon, 144,825): the town of about its size elsewhere.
    cities500 keeps no feature code to tell a district (PPLX) from a town, so
    a district is told by lying within _CITY_DISTRICT_KM of a city _LARGER
    times its size; a note means the district by "Madrid - Salamanca" or
    with its region. Only for places of _DISTRICT_SIZE or more, and only for
    a namesake of the same name at least half as large: a suburb
    (Saint-Denis, Frederiksberg) over a village of its name elsewhere stays
    the suburb. Across cities500 this moves 14 names (Sao Paulo's Santana to
    Amapa's, Chicago's Lincoln Park to Michigan's, Moscow's Sokol to
    Vologda's; doubtful: Hollywood, Miyoshi, Eqbaliyeh near Qazvin)."""
    if best.population < _DISTRICT_SIZE or not _part_of_a_city(best):
        return best
    towns = [
        c
        for c in pool
        if fold(c.name) == fold(best.name)  # not a town found by an alternate name ("Vila Maria")
        and 2 * c.population >= best.population
        and distance_km((c.lat, c.lon), (best.lat, best.lon)) > _FAR_KM
        and not _part_of_a_city(c)
    ]
    return max(towns, key=lambda c: c.population, default=best)


@cache
def _large_cities() -> dict[tuple[int, int], list[tuple[float, float, int, int]]]:
    """Towns of _DISTRICT_SIZE * _LARGER people or more, by one-degree cell."""
    cells: dict[tuple[int, int], list[tuple[float, float, int, int]]] = {}
    for city in load_gazetteer().cities_of(_DISTRICT_SIZE * _LARGER):
        cells.setdefault((math.floor(city[0]), math.floor(city[1])), []).append(city)
    return cells


def _part_of_a_city(place: PlaceCandidate) -> bool:
    """Whether `place` lies within _CITY_DISTRICT_KM of a city _LARGER times its size."""
    if place.feature != "city":
        return False
    cell = (math.floor(place.lat), math.floor(place.lon))
    return any(
        geonameid != place.geonameid
        and population >= _LARGER * max(place.population, 1)
        and distance_km((place.lat, place.lon), (lat, lon)) <= _CITY_DISTRICT_KM
        for dlat in (-1, 0, 1)
        for dlon in (-1, 0, 1)
        for lat, lon, population, geonameid in _large_cities().get((cell[0] + dlat, cell[1] + dlon), ())
    )


def _slipped(named: Named, iso: str | None) -> PlaceCandidate | None:
    """A town written with a region it does not lie in ("Chuhuiv, Mykolaiv",
    "Cerete (Bolivar)"), where the gazetteer has no namesake in that region:
    the coders slipped on the region, not the town, when one namesake alone
    is a town of _WELL_KNOWN size, or of any size where the coders point at
    it ("[location coded as Bagani (Mukwe, Kavango East)]": GeoNames puts
    Bagani in Zambezi). Read after the names found as written and
    before the districts beside them; never for a name's tail ("Ado" of "Oke
    Ado"), a city's district, or a region read from elsewhere in the note. A
    part told in words ("Buffelshoek Village outside Acornhoek") is the town
    it lies in."""
    if " - " in named.name or not any(_is_region_exactly(a, iso) for a in named.admins):
        return None
    found = _in_country(named.within or named.name, iso)
    regions = {region_key(iso, a) for a in named.admins}
    if any(_same_region(c.admin1, regions, iso) for c in found):
        return None  # a namesake in the named region: _resolve's to choose or refuse
    written = len((named.within or named.name).split())
    large = [
        c
        for c in found
        if (named.coded or c.population >= _WELL_KNOWN)
        and c.feature in ("city", "village")
        and len(c.name.split()) <= written
    ]  # "San Juan" is not San Juan Bautista, a longer name that merely starts alike; the
    # coders' own pointer ("location coded as Bagani") names the town, however small
    if len(large) != 1:
        return None
    # "Goma (Alur-Djuganda, Mahagi, Ituri)": a district named beside it, far from the large town, says another
    anchors = _anchors(tuple(a for a in named.admins if not _is_region_exactly(a, iso)), iso)
    if anchors and min(distance_km((large[0].lat, large[0].lon), p) for p in anchors) > _FAR_KM:
        return None
    return large[0]


def _resolve(named: Named, iso: str | None, *, whole: bool = False) -> PlaceCandidate | None:
    head, _sep, part = named.name.partition(" - ")
    if part:  # ACLED's "City - District": the district if it lies in the city, else the city
        return _part_within(part, Named(head, named.admins, context=named.context), iso)
    if named.within:  # "the Casale area of Brindisi": the same, told in words
        within = Named(named.within, named.admins, context=named.context)
        return _part_within(named.name, within, iso)
    for name in _tries(named.name):
        if whole and name != named.name:
            break
        found = _in_country(name, iso)
        if found:
            chosen = _choose(found, named.admins, iso, named.context, name)
            if chosen is not None:
                return chosen
    words = named.name.split()
    if len(words) > 1 and words[-1].lower() in _FACILITY and named.admins and not whole:
        # "the Klawer Magistrate's Court (West Coast, Western Cape)": a building
        # named after its town, found in the region named beside it; else
        # "Seogwipo City Hall (Seogwipo)", in the town named beside it.
        town = _building_town(named, iso)
        return town or _resolve(Named(named.admins[0], named.admins[1:], context=named.context), iso)
    seat = _district_seats().get((iso or "", fold(named.name)))
    if seat is not None:  # "Al Jubah district": ACLED codes it to its centre, Judaydah
        place = _resolve(Named(seat, named.admins, context=named.context), iso)
        return replace(place, precision=max(2, place.precision or 1)) if place else None
    return None


def _building_town(named: Named, iso: str | None) -> PlaceCandidate | None:
    """The town a building's name opens with, longest first ("Klawer" of
    "Klawer Magistrate's Court"), where the gazetteer holds it in the region
    the note names. A region's name ("Leinster House") is no town."""
    words = named.name.split()
    for end in range(len(words) - 1, 0, -1):
        head = " ".join(words[:end])
        if _is_region_exactly(head, iso) or head.split()[0].lower() in _NOT_A_PLACE:
            continue
        if (town := _resolve(Named(head, named.admins, context=named.context), iso, whole=True)) is not None:
            return town
    return None


def _part_within(part: str, city: Named, iso: str | None) -> PlaceCandidate | None:
    """A part of a city or district where the gazetteer holds it within
    _CITY_PART_KM of that place, else the place: a namesake of the part far
    away is another place."""
    around = _resolve(city, iso)
    # The part by its whole name: "Bab az Zawiyah" of Hebron is no village called Zawiyah.
    inner = _resolve(Named(part, (*city.admins, city.name), context=city.context), iso, whole=True)
    if around is None or inner is None:
        return around or inner
    return inner if distance_km((inner.lat, inner.lon), (around.lat, around.lon)) <= _CITY_PART_KM else around


@cache
def _district_seats() -> dict[tuple[str, str], str]:
    """(country, district folded) -> the town ACLED codes a note naming only
    that district to (data/gazetteer/district_seats.csv, PROVENANCE.md), else
    its headquarters (district_headquarters.csv: Nepal's notes name a
    municipality the gazetteer lacks beside its district)."""
    seats = {
        (row["country"], fold(row["district"])): row["seat"]
        for row in data_rows("gazetteer", "district_headquarters.csv")
    }
    seats.update(
        ((row["country"], fold(row["district"])), row["seat"])
        for row in data_rows("gazetteer", "district_seats.csv")
    )
    return seats


def _loosely(named: Named, iso: str | None) -> PlaceCandidate | None:
    """Once no name was found as written: the part before a particle
    ("Chilpancingo" of "Chilpancingo de los Bravo"), else a close spelling
    among the country's names ("Zaporizhia", "Yinmarin"), else a place whose
    Arabic-script name writes the same consonants ("Hesh" for Hish)."""
    if iso is None or " - " in named.name:
        return None
    head = _LOWER_PARTICLE.split(named.name, maxsplit=1)[0]
    found = _in_country(head, iso) if head != named.name else []
    if not found:
        key = load_gazetteer().closest_key(named.name, iso, _FUZZY_CUTOFF)
        found = [c for c in load_gazetteer().candidates_by_key(key) if c.country == iso] if key else []
        found = [c for c in found if c.feature != "country"]
    if not found:
        # "Hesh", "Tafs": an Arabic name's consonants with other vowels
        found = by_skeleton(named.name, iso)
    return _choose(found, named.admins, iso, named.context) if found else None


def _region(place: PlaceCandidate) -> str | None:
    return admin1_as_acled(place.country, place.admin1) if place.admin1 else None


def _located(named: Named, place: PlaceCandidate) -> Location:
    return Location(place.name, _admin1(named, place), place.lat, place.lon, acled_geo_precision(place))


def _admin1(named: Named, place: PlaceCandidate, *, district: bool = False) -> str | None:
    """The place's region as ACLED writes it. With two or more names in
    parentheses the note's last one is the region ("Shan-North" over
    GeoNames' "Shan"), unless it is a unit below one: a province names its
    region ("(Nouna, Kossi)" is in Boucle du Mouhoun, admin1_parents.csv),
    and a region named before a district wins ("(HaDarom, Beer Sheva)",
    "(Gauteng, City of Johannesburg)"). A lone name in parentheses may be a
    district (`district`: the place is that name's), so it counts where it
    extends the gazetteer's region ("Shan-North" for "Shan"), where the
    gazetteer has no region for the place, or where it names the region the
    place's was carved from ("West Papua" in 2022 for GeoNames' "Southwest
    Papua")."""
    iso = place.country
    if not named.admins:
        return _region(place)
    last = named.admins[-1]
    if district and _is_region(last, iso):
        return last  # the region itself, found as a town of its name
    if len(named.admins) > 1 or place.admin1 is None:
        if not _is_region(last, iso):
            earlier = [a for a in named.admins[:-1] if _is_region_exactly(a, iso)]
            if earlier and _is_a_town(last, iso):
                return earlier[-1]
            if (parent := admin1_parent(iso, last)) is not None:
                return parent
        if not district or place.admin1 is None or place.feature == "admin1":
            return last
        return _region(place)
    if place.admin1 is not None:
        older = carved_from(iso, place.admin1)
        if older is not None and older == region_key(iso, last):
            return last
        if fold(last).startswith(fold(place.admin1) + " ") and _is_region_exactly(last, iso):
            return last  # "Shan-North" where GeoNames has "Shan"
    return _region(place)


def _is_region_exactly(name: str, iso: str | None) -> bool:
    return iso is not None and region_key(iso, name) in load_gazetteer().admin1_keys(iso)


def _is_a_town(name: str, iso: str | None) -> bool:
    """Whether the gazetteer holds `name` in the country as a town or district
    (not a region): "Beer Sheva" after "HaDarom" is not ACLED's region."""
    return any(c.feature != "admin1" for c in _in_country(name, iso))


def _district(named: Named, iso: str | None, *, region: bool) -> Location | None:
    """The district named beside an unknown village ("Songho (Bandiagara, Mopti)"),
    or with `region` the region itself: where ACLED puts an event it cannot place
    more closely (precision 2 and 3)."""
    last = len(named.admins) - 1
    for i, admin in enumerate(named.admins):
        # The last name is the region, unless the country has no region of
        # that name: "Zap region (Al Amadiya district)" names only the district.
        if (i == last and (region or _is_region(admin, iso))) != region:
            continue
        # A district among its namesakes: the one in the region named after it.
        place = _resolve(Named(admin, named.admins[i + 1 :], context=named.context), iso)
        if place is not None:
            admin1 = _admin1(named, place, district=region)
            return Location(admin, admin1, place.lat, place.lon, 3 if region else 2)
    return None


def _first_found(
    names: list[Named], find: Callable[[Named, str | None], PlaceCandidate | None], iso: str | None
) -> Location | None:
    found = _first_named(names, find, iso)
    return found[1] if found else None


def _first_named(
    names: list[Named], find: Callable[[Named, str | None], PlaceCandidate | None], iso: str | None
) -> tuple[str, Location] | None:
    """The first name `find` places, as the note writes it, and its place."""
    for named in names:
        if (place := find(named, iso)) is not None:
            return named.name, _located(named, place)
    return None


_RESPELLED_NEAR_KM = 100.0
_RESPELLED_GAP = 40  # characters between the finer place and the one found: one phrase


def _respelled_before(
    note: str, names: list[Named], found_name: str, found: Location, iso: str | None
) -> Location | None:
    """A name told just before the one found ("Shaddadi city south of
    Hasakah", "Kafr Nebl in south Idlib") that the gazetteer holds only
    under another romanisation of its Arabic name, in the found place's
    region and near it: the text names the finer place first and then where
    it lies. Only the consonant skeleton is trusted here, not a close
    spelling ("Khayran" for "Hayran" is a close spelling of another
    village), and only within one phrase: no bracket (the coders' regions)
    and no sentence end between the two."""
    at = note.find(found_name)
    if iso is None or at < 0 or found.lat is None or found.lon is None or found.admin1 is None:
        return None
    beside = {a for n in names for a in n.admins}
    for named in names:
        end = note.rfind(named.name, 0, at) + len(named.name)
        gap = note[end:at]
        if (
            end < len(named.name)
            or note.count("(", 0, end) > note.count(")", 0, end)  # a region in the coders' brackets
            or named.name in beside
            or len(gap) > _RESPELLED_GAP
            or re.search(r"[()\[\].;]", gap)
        ):
            continue
        near = [
            c
            for c in by_skeleton(named.name, iso)
            if _region(c) == found.admin1
            and distance_km((c.lat, c.lon), (found.lat, found.lon)) <= _RESPELLED_NEAR_KM
        ]
        if near and not _in_country(named.name, iso):
            return _located(named, _choose(near, named.admins, iso, named.context) or near[0])
    return None


def locate(note: str, iso: str | None, fallback: list[str]) -> Location:
    """The note's place: a name it gives, resolved in the note's country; else
    the district named beside it; else a place the extractor found; else a
    close spelling of a name the note gives; else the region it names. A
    region's seat found for a name the note calls a region ("in Kharkiv
    region", "in Kabul province") is coded as ACLED codes a region: at the
    seat, with geo precision 3."""
    names = named_places(note, iso)
    found = _locate(note, names, iso, fallback)
    if found.precision == 1 and _seat_of_a_named_region(note, names, iso, found):
        return replace(found, precision=3)
    return found


_SEAT_KM = 5.0  # a region's point (its most populous town) this near the place found: its seat


def _seat_of_a_named_region(note: str, names: list[Named], iso: str | None, found: Location) -> bool:
    """Whether `found` is the seat of a region the note names as one ("in
    Nangarhar province", "in the Donetsk region") and names no finer place in."""
    if iso is None or found.lat is None or found.lon is None:
        return False
    point = (found.lat, found.lon)
    regions = [n for n in names if re.search(rf"(?<!\()\b{re.escape(n.name)}{_REGION_AFTER}", note)]
    if not regions:
        return False
    for named in names:
        if named in regions or named.coded or (place := _resolve(named, iso)) is None:
            continue
        if distance_km((place.lat, place.lon), point) <= _SEAT_KM:
            return False  # "protested in Owerri (Imo state)": the note names the town itself
    for named in regions:
        written = re.escape(named.name)
        if (
            not _is_region_exactly(named.name, iso)
            or not re.search(rf"(?<!\()\b{written}{_REGION_AFTER}", note)
            # "in Odesa city (Odesa region)": the note names the town too
            or re.search(rf"\b{written}\s+(?:city|town)\b|\b(?:city|town)\s+of\s+{written}\b", note, re.I)
        ):
            continue
        key = region_key(iso, named.name)
        seats = _region_by_alias(named.name, iso) or [
            c
            for c in _in_country(named.name, iso)
            if c.feature == "admin1" and region_key(iso, c.admin1 or "") == key
        ]
        if any(distance_km((c.lat, c.lon), (found.lat, found.lon)) <= _SEAT_KM for c in seats):
            return True
    return False


def _locate(note: str, names: list[Named], iso: str | None, fallback: list[str]) -> Location:
    fallback = [f for f in fallback if not _CITY_PART_AFTER.match(note, note.find(f) + len(f))]
    # "in Zap region (Al Amadiya district) of Duhok province": a region
    # called one is where the district lies, read after the district.
    towns = [
        n
        for n in names
        if not _called_a_region(n.name, note, iso)
        and not _region_after_district(n, names, iso)
        and not _countryside_of(n, note, names, iso)
    ]
    if (first := _first_named(towns, _resolve, iso)) is not None:
        return _town_in_area(towns, first[0], iso) or _respelled_before(note, names, *first, iso) or first[1]
    # "Dawbon township (Yangon-East district, Yangon region)": a unit of the
    # region named, whatever large town elsewhere shares its name.
    towns_only = [n for n in towns if not re.search(rf"\b{re.escape(n.name)}\s+(?:{_UNITS_ONLY})\b", note)]
    if (found := _first_found(towns_only, _slipped, iso)) is not None:
        return found
    for named in names:
        if (district := _district(named, iso, region=False)) is not None:
            return district
    if (found := _first_found(names, _resolve, iso)) is not None:
        return found
    if (extracted := _extracted(names, fallback, iso)) is not None:
        return _respelled_before(note, names, *extracted, iso) or extracted[1]
    if (close := _first_found(names, _loosely, iso)) is not None:
        return close
    for named in names:
        if (area := _district(named, iso, region=True)) is not None:
            return area
    # "from the Kherson region to the Dnipropetrovsk region", "in Hajjah and
    # Marib governorates": a region named as the place, refused as a town
    # because the note names another region too, is where ACLED puts it.
    if (region := next(filter(None, (_whole_region(n.name, iso) for n in names)), None)) is not None:
        return region
    # "Baraawe (Lower Shabelle)" where the gazetteer lacks the town: the region
    # beside it, though spelt as ACLED spells it and GeoNames does not.
    beside = (a for n in names for a in reversed(n.admins))
    return next(
        filter(None, (_aliased_region(a, iso) for a in beside)), Location(None, None, None, None, None)
    )


def _countryside_of(named: Named, note: str, names: list[Named], iso: str | None) -> bool:
    """Whether the note tells `named` as a region by the words before it ("the
    eastern countryside of Raqqa", "rural Idlib") while it names another
    place too: that place is the finer one, read first."""
    if len(names) < 2 or not _is_region_exactly(named.name, iso):
        return False
    at = note.find(named.name)
    return at >= 0 and place_cues.cues().region_before.search(note[max(0, at - 60) : at]) is not None


def _town_in_area(names: list[Named], found: str, iso: str | None) -> Location | None:
    """A town named after the area found first ("in the Qalamoun mountains
    near Yabroud", "in Eastern Ghouta's Douma"): ACLED codes the town, the
    area being only where it lies (an area is coded at precision 2 or 3)."""
    at = next((k for k, n in enumerate(names) if n.name == found), None)
    if at is None or (area := _resolve(names[at], iso)) is None or not finest.is_area(area):
        return None
    for named in names[at + 1 :]:
        place = _resolve(named, iso)
        if place is not None and finest.town_inside_area(place, area):
            return _located(named, place)
    return None


def _aliased_region(name: str, iso: str | None) -> Location | None:
    """The region `name` is, in ACLED's spelling, or the region the province or
    district `name` lies in ("(Tongomayel, Soum)": Soum is in Sahel,
    admin1_parents.csv), at the region's point."""
    region = name if _is_region_exactly(name, iso) else admin1_parent(iso, name)
    if region is None:
        return None
    regions = _region_by_alias(region, iso) or [
        c
        for c in _in_country(region, iso)
        if c.feature == "admin1" and region_key(iso, c.admin1 or "") == region_key(iso, region)
    ]
    if not regions:
        return None
    return Location(region, region, regions[0].lat, regions[0].lon, 3)


def _whole_region(name: str, iso: str | None) -> Location | None:
    if not _is_region_exactly(name, iso):
        return None
    key = region_key(iso, name)
    regions = [
        c for c in _in_country(name, iso) if c.feature == "admin1" and region_key(iso, c.admin1 or "") == key
    ]
    if not regions:
        return None
    return Location(name, _region(regions[0]), regions[0].lat, regions[0].lon, 3)


_REGION_AFTER = r"\s+(?:province|governorate|region|oblast|state)\b"
_TOWN_AFTER = r"\s+(?:town|city)\s*\("


def _region_after_district(named: Named, names: list[Named], iso: str | None) -> bool:
    """Whether `named` is a bare region name ("of Duhok") in a note whose
    coders name a district in parentheses ("Zap region (Al Amadiya
    district) of Duhok"): the district is the finer place, read first."""
    return (
        not named.admins
        and _is_region_exactly(named.name, iso)
        and any(n.admins and not _is_region(n.admins[-1], iso) for n in names)
    )


def _called_a_region(name: str, note: str, iso: str | None) -> bool:
    """Whether the note calls `name` a region ("Duhok province"), or gives it
    as one end of a stretch ("between Sinaloa and Guasave, Sinaloa"), and the
    country has a region of that name."""
    return (
        _is_region_exactly(name, iso)
        and re.search(rf"\b{re.escape(name)}{_REGION_AFTER}|\bbetween\s+{re.escape(name)}\s+and\b", note)
        is not None
        # "in Sagaing town (Sagaing township, Sagaing district, Sagaing region)":
        # the coders' set form calls the name a town too, and the town is the
        # finer place ("heading to Sagaing city" in passing is not that form).
        and re.search(rf"\b{re.escape(name)}{_TOWN_AFTER}", note) is None
    )


def _extracted(names: list[Named], fallback: list[str], iso: str | None) -> tuple[str, Location] | None:
    """A place the extractor found in the note, steered by the note's regions
    and by the extractor's other places, with its name as the note writes it."""
    tried = {fold(n.name) for n in names}
    regions = tuple(dict.fromkeys(a for n in names for a in n.admins))
    for name in fallback:
        if fold(name) in tried:
            continue  # already refused, as a namesake in another region
        found = _in_country(name, iso)
        others = tuple(n for n in fallback if n != name)
        place = _choose(found, (), iso, (*regions, *others)) if found else None
        if place is not None:
            return name, Location(
                place.name, _region(place), place.lat, place.lon, acled_geo_precision(place)
            )
    return None
