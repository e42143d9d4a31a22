"""Choosing the place a report and its claims are about: the country in focus,
namesakes the report gives no support to, parts of towns and the town they are
part of, places aside from the story (datelines, agencies), the place of an
event in a sentence and a report's focus place.

Public: event_places. Helpers used by extract/components.py and the claim
modules: focus_country, countries_of_actors, adjective_country,
province_named_after, aside_places, not_origins, not_the_event_place,
unsupported_namesake, town_it_is_part_of, city_of_named_part, city_of_part,
nearest_place, focus_place, named_as_landmark; moved here from components.py.
"""

from __future__ import annotations

import calendar
import re
from functools import cache

from spacy.tokens import Doc

from warmonitor.extract import control, events, finest, place_cues
from warmonitor.extract.acled_location import city_quarters
from warmonitor.extract.actors import capital_country
from warmonitor.extract.dates import is_month_day, wire_lines
from warmonitor.extract.gazetteer import (
    PlaceCandidate,
    distance_km,
    fold,
    load_gazetteer,
    neighbours,
    own_name,
    region_key,
)
from warmonitor.extract.mentions import (
    ADJECTIVE,
    LEAD_WORDS,
    PLACE_LABELS,
    PlaceMention,
    beside_cues,
    dictionary_actors,
    doc_text,
    span_ents,
    tag_runs,
)
from warmonitor.extract.origin_places import foreign_origins, is_home_town
from warmonitor.ingest.outlets import lookup


def countries_of_actors(text: str) -> tuple[str, ...]:
    """The countries of the dictionary's actors a report names ("NPA rebels"
    are the Philippines'), as ISO codes; actors of no one country give none."""
    gazetteer = load_gazetteer()
    found = (gazetteer.country_of_word(m.actor.country) for m in dictionary_actors(text) if m.actor.country)
    return tuple(c for c in found if c)


def focus_country(
    doc: Doc, names: list[str], actor_countries: tuple[str, ...] = (), adjectives: str | None = None
) -> str | None:
    """The country most of the report's place names point to, for disambiguation.

    `adjectives`: the country the report's adjectives name most, taken
    where the names give no country a third of a vote.

    A country named as such ("in southern Lebanon") is one vote for it, and
    each dictionary actor of one country half a vote (`actor_countries`:
    "NPA rebels" vote for the Philippines); any other name shares one vote
    among the countries it has places in. A
    tie goes to the country whose namesakes are home to more people, then to
    the first country code: never to the order a set happens to list them
    in, which changed from run to run (the same note once labelled its
    civilians Peruvian, once Brazilian)."""
    gazetteer = load_gazetteer()
    weights: dict[str, float] = {}
    people: dict[str, int] = {}
    for name in names:
        largest: dict[str, int] = {}  # country -> its most populous place of that name
        found = gazetteer.candidates(name)
        named = next((c for c in found if gazetteer.names_country(name, c)), None)
        if named is not None:
            largest[named.country] = 0
        # Places of that very name, where there are any: "Gao" votes for
        # Mali, not for Cuba's Guantanamo, which some language calls so.
        key = fold(name)
        own = [c for c in found if own_name(key, c)]
        for c in (own or found) if named is None else ():
            if c.feature != "country":
                largest[c.country] = max(largest.get(c.country, 0), c.population)
        vote = 1.0 if named is not None or own or not _small_towns_only(found) else _ALIAS_VOTE
        for country, population in largest.items():
            weights[country] = weights.get(country, 0.0) + vote / len(largest)
            people[country] = people.get(country, 0) + population
    for country in actor_countries:  # half a vote: a country or place the report names says more
        weights[country] = weights.get(country, 0.0) + 0.5
        people.setdefault(country, 0)
    if not weights:
        return None
    if adjectives is not None and max(weights.values()) < _WEAK_VOTE:
        # "Miraflores" alone splits its vote among eight countries: the
        # report's "Venezuelan" says more than the largest namesake's size.
        return adjectives
    return min(weights, key=lambda c: (-weights[c], -people[c], c))


# Below this, no country has even a third of a vote: every name read is a
# namesake in three countries or more, and no country is named.
_WEAK_VOTE = 1 / 3


# A name that is none of its places' own, only another name some small town
# abroad is also known by ("Kech" is a German dialect name of Ketsch, 13,000
# people, and the name of a district of Balochistan the gazetteer lacks), is
# weak evidence of that town's country: a quarter of a vote, less than the
# half of an armed group of one country ("Frontier Corps" votes for Pakistan).
_ALIAS_VOTE = 0.25


def _small_towns_only(found: list[PlaceCandidate]) -> bool:
    return bool(found) and all(
        c.feature in ("city", "village") and c.population < _SMALL_NAMESAKE for c in found
    )


def adjective_country(text: str) -> str | None:
    """With no place to vote, the country the report's adjectives name most
    ("Malian troops", "the Ethiopian town of"), first one on a tie."""
    gazetteer = load_gazetteer()
    found = [c for m in ADJECTIVE.finditer(text) if (c := gazetteer.demonyms.get(m.group(0)))]
    return max(dict.fromkeys(found), key=found.count) if found else None


# "the entrance of Hader in Quneitra province", "Kamdesh, Nuristan province":
# the first-level region the words right after a town's name put it in.
_IN_PROVINCE = re.compile(
    r"^\s*(?:,|in|of)\s+(?:the\s+)?(?P<name>[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)?)\s+"
    r"(?:province|governorate|region|state|oblast)\b"
)


def province_named_after(text: str, end: int, place: PlaceCandidate) -> PlaceCandidate | None:
    """The province the words after a town put it in, where the town the
    gazetteer gave lies in another province of that country: the gazetteer
    lacks the town and holds a namesake ("Hader in Quneitra province" is not
    al-Hadir of Aleppo), so the province is the most the text tells (ACLED's
    geo precision 3)."""
    if place.feature not in ("city", "village"):
        return None
    found = _IN_PROVINCE.match(text[end : end + 60])
    if found is None:
        return None
    regions = [
        c for c in load_gazetteer().candidates(found.group("name"))
        if c.feature == "admin1" and c.country == place.country
    ]  # fmt: skip
    if not regions or any(r.admin1 == place.admin1 for r in regions):
        return None
    return max(regions, key=lambda c: c.population)


_TOP = 400  # characters: a dateline stands above the story's first sentence


# "BEIRUT, Lebanon, June 3 (AFP) -", "MOSCOW (Sputnik)", "Kabul, May 3 (Reuters) -":
# a place, its country or region and the day, then the agency in parentheses.
# Matched backwards from each "(agency)": a scan from every capital is dearer.
_AGENCY = re.compile(r"\((?P<agency>[^()\n]{2,40})\)")


_AGENCY_LINE = re.compile(
    r"(?<![\w-])(?P<city>[A-Z][\w'\u2019.-]*(?:\s[A-Z][\w'\u2019.-]*){0,2})"
    r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"(?:,?\s*\d{4})?\s*$"
)


_AGENCY_REACH = 70  # characters before "(agency)" a dateline's place and day fit in


# "LONDON \u2014", "KANDAHAR, Afghanistan, Oct. 3 --", "BEIRUT:", "BEIRUT Nov 5" (the dash
# stripped), "Aleppo SANA-", "Beirut London-": a place in capitals before a dash, a colon or
# the day, or a place before an agency or another place and a dash.
_DASH_LINE = re.compile(
    r"(?<![A-Z])(?P<city>[A-Z]{3,}(?:\s[A-Z]{3,}){0,2}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    r"(?:(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:[-\u2013\u2014]{1,2}|:)\s|,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)"
    r"|[A-Z][\w'\u2019-]+,?\s+(?P<agency>[A-Z][\w]+)\s*[-\u2013\u2014](?=\s?[A-Z]))"
)


def aside_places(text: str, mentions: list[PlaceMention]) -> frozenset[int]:
    """Starts of the mentions in a dateline or a tag line."""
    spans = []
    for agency in _AGENCY.finditer(text):
        if lookup(agency.group("agency")) is None:
            continue
        reach = max(0, agency.start() - _AGENCY_REACH)
        line = _AGENCY_LINE.search(text, reach, agency.start())
        if line is not None and (line.start() < _TOP or line.group("city").isupper()):
            spans.append((line.start(), agency.end()))
    spans += [
        (m.start(), m.end())
        for m in _DASH_LINE.finditer(text[:_TOP])
        if m.group("agency") is None
        or lookup(m.group("agency")) is not None
        or _is_place_word(m.group("agency"))
    ]
    # A release's wire dateline, at its head or over an update run on below:
    # releases from the capital tell raids in the provinces.
    spans += wire_lines(text)
    aside = {m.start for m in mentions if any(a <= m.start and m.end <= b for a, b in spans)}
    for start, stop in tag_runs(text):
        aside |= {m.start for m in mentions if start <= m.start < stop}
    return frozenset(aside)


def _is_place_word(word: str) -> bool:
    return any(c.feature != "country" for c in load_gazetteer().candidates(word))


_REFERENCE_GAP = 60  # characters: "Douma the besieged rebel-held town east of Damascus"


def event_places(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """A sentence's places less a point the town named just before it is
    measured from ("Douma, the besieged town east of Damascus"): that town
    is where it happened. "Strikes north of Palmyra" keep Palmyra. A place
    weapons were aimed at is not where they were found."""
    reference = beside_cues().reference

    def measured_from(m: PlaceMention) -> bool:
        return bool(reference.search(text[max(0, m.start - 30) : m.start])) and any(
            o.end <= m.start and m.start - o.end <= _REFERENCE_GAP and o.place.feature in ("city", "village")
            for o in places
        )

    # "rockets aimed at Israel were found in northern Gaza": the find's place, not the target
    aimed_at = place_cues.without_targets(text, [m.start for m in places]) if len(places) > 1 else set()
    # "foreign fighters from Chechnya": where they came from, never where they fought
    origins: list[PlaceMention] = []
    for m in places:
        # "residents of Foua and Kefraya in Idlib province": the towns' region is theirs too
        listed = origins and re.fullmatch(
            r"\s*(?:,|and|,\s*and|in(?:\s+the)?)\s*", text[origins[-1].end : m.start]
        )
        if place_cues.is_origin(text, m.start) or place_cues.left_from(text, m.start) or listed:
            origins.append(m)  # "evacuees from Foua and Kefraya": both towns they left
    kept = [m for m in places if not measured_from(m) and m.start not in aimed_at and m not in origins]
    # "rockets fired from Lebanon fell near Shlomi": where they hit, not where they set out
    launched = [m for m in kept if place_cues.is_launch_site(text, m.start)]
    if launched and len(launched) < len(kept):
        kept = [m for m in kept if m not in launched]
    # "in eastern Syria near the city of Deir al-Zor": the town, not its country
    return finest.finest_first(
        kept,
        lambda m: bool(reference.search(text[max(0, m.start - 30) : m.start])),
        lambda m: unit_named(text, m),
    )


def not_origins(doc: Doc, places: list[PlaceMention]) -> list[PlaceMention]:
    """A sentence's places less foreign countries named as whose an actor or
    a victim is ("U.S. officials said", "by two US destroyers"), and foreign
    capitals named for their governments ("brokered by Moscow"; "Damascus
    denied" in a report on Syria)."""
    text = doc_text(doc)
    capitals = frozenset(
        m.start
        for m in places
        if m.place.feature != "country"
        and capital_country(text[m.start : m.end], possessive=False) == m.place.country
    )
    countries = [
        m.place.country if m.place.feature == "country" or m.start in capitals else None for m in places
    ]
    cues = beside_cues()
    origins = foreign_origins(
        doc,
        places,
        countries,
        cues.attack_verbs,
        capitals,
        cues.stance_verbs,
        cues.deal_verbs,
        cues.ally_nouns,
    )
    return [m for m in places if m.start not in origins]


def not_the_event_place(
    doc: Doc, text: str, start: int, end: int, place: PlaceCandidate, others: bool
) -> bool:
    """A name that is not where anything happened: a street or a newspaper
    named after a city ("a bomb on Oxford Street" in Belfast, "the Jerusalem
    Post reported"), a person's home town ("Capt. Jane Roe, from Fargo,
    N.D."), and a country named as the
    event's neighbour ("a town bordering Iraq"), as an armed force ("US
    aircraft struck ... in Syria") or as the attacker of a sentence that
    names another place ("Israel struck a depot near Masyaf"), and any
    place an organisation is "based in" ("the watchdog based in The Hague")."""
    cues = beside_cues()
    if cues.street.match(text[end : end + 12]) or is_home_town(doc, start, end):
        return True
    if _ends_a_quarters_name(text, start, end):
        return True  # "the district of Tariq al-Bab": Aleppo's quarter, not the town of al-Bab
    if text[start:end] in cues.outlet_words:
        return True  # "Post correspondents around the world": the newspaper, not Post, Texas
    if cues.facility.match(text[end : end + 12]) and _another_place_in_sentence(doc, start, end):
        return True
    if cues.seat.search(text[max(0, start - 30) : start]):
        return True  # "the watchdog based in The Hague": where an organisation sits
    if cues.broadcaster.search(text[max(0, start - 30) : start]):
        return True  # "the TV channel Al Mayadeen reported": the channel, not the town
    if place.feature != "country":
        return False
    if cues.neighbour.search(text[max(0, start - 30) : start]) or cues.force.match(text[end : end + 24]):
        return True
    if not others:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    root = span.root if span is not None else None
    return bool(root is not None and root.dep_ == "nsubj" and root.head.lemma_.lower() in cues.attack_verbs)


def _another_place_in_sentence(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentence of the name at [start, end) tags another place,
    under another name ("the Shahba hotel in ... Aleppo")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    name = doc_text(doc)[start:end].casefold()
    return any(
        e.label_ in PLACE_LABELS and e.start_char != start and e.text.casefold() != name
        for e in span_ents(sent)
    )


def institution_regions(text: str) -> dict[int, frozenset[tuple[str, str]]]:
    """The first-level regions universities' names put their campus towns
    in ("the University of Massachusetts-Dartmouth": Dartmouth in
    Massachusetts), keyed by where the town's name starts, as (country,
    folded region) pairs; names with no region of that name are left out."""
    gazetteer = load_gazetteer()
    found: dict[int, frozenset[tuple[str, str]]] = {}
    for named in beside_cues().institution.finditer(text):
        regions = frozenset(
            (c.country, fold(c.admin1 or c.name))
            for c in gazetteer.candidates(named.group("region"))
            if c.feature == "admin1"
        )
        if regions:
            found[named.start("town")] = regions
    return found


# A foreign town this small, in a country nothing in the report points to, is
# a namesake of a place the gazetteer lacks ("Bagram" is also an alternate
# name of Bahram, Iran, 1,300 people), not where the report is. Reporters name
# a town beyond the borders of the country in focus with its country when it
# has under 100,000 people ("the West Bank city of"); bare, it was Zaafarana
# (Egypt, 47,000) for a village north of Homs, Ferdows (Iran) for Aleppo's
# Ferdous and Adra (Spain) for Adra by Damascus: 19 of 20 such drops on the
# FA-KES articles outside the split were right. Across a border, fighting
# reaches towns told bare ("rockets found in a school in Beit Hanoun" in a
# report whose focus is Israel): there only hamlets under 20,000 are dropped.
_SMALL_NAMESAKE = 100_000


_SMALL_NEIGHBOUR_NAMESAKE = 20_000


def unsupported_namesake(
    place: PlaceCandidate, focus: str, pointed: set[str], text: str, start: int, end: int
) -> bool:
    """Whether a place outside the country in focus, in a country the report
    never points to, is a namesake to drop: a small town, or the tail of a
    longer name the gazetteer lacks ("Turkmen Bari" is not Bari, Somalia;
    "Halab al-Jadida" is not El Jadida, Morocco). A neighbour's town the
    report points to stays ("Kilis, a Turkish border town")."""
    if place.country == focus or place.country in pointed or place.feature == "country":
        return False
    if _region_named_after(place, text, end):
        return False  # "Albany (New York)", "Concepcion (Biobio)": the text says which one
    small = _SMALL_NEIGHBOUR_NAMESAKE if place.country in neighbours(focus) else _SMALL_NAMESAKE
    if place.feature in ("city", "village") and place.population < small:
        return True
    if after_bare_number(text, start):
        return True  # "one 30 06 Springfield", "a 303 Enfield": a rifle, not a town abroad
    if place.population < _KNOWN_WORLDWIDE and _no_clear_namesake(text[start:end]):
        return True
    before = re.search(r"([A-Z][\w'\u2019-]*)\s$", text[max(0, start - 30) : start])
    if before is not None and before.group(1).lower() not in LEAD_WORDS:
        return True
    # The head of a longer name joined by a linking particle, as Urdu, Persian
    # and Arabic names are ("Dar e Abbas Imambargah", "Bab al Salam"): not
    # Dar, Cambodia.
    return bool(_LINKED_NAME.match(text, end))


# A number right before a foreign town's name, neither a year nor a day of a
# month ("one 30 06 Springfield and four 315 rifles", a calibre and a make):
# the name of a weapon or a product, not the town. A town after a count of
# people ("12 Gaza residents") is inside the country in focus, and kept.
_NUMBER_BEFORE = re.compile(r"(?:(?P<word>[A-Za-z]+)\.?\s+)?(?<![\w.,:/-])(?P<number>\d{1,4})\s+$")


_MONTHS = frozenset(m.casefold() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"))


def after_bare_number(text: str, start: int) -> bool:
    found = _NUMBER_BEFORE.search(text[max(0, start - 30) : start])
    if found is None:
        return False
    number, word = found.group("number"), (found.group("word") or "").casefold()
    return not (len(number) == 4 and number[:2] in ("19", "20")) and word not in _MONTHS


# "Albany (New York)", "Granada, Andalucia", "Columbia (South Carolina)":
# the first-level region told right after a town's name, in brackets or
# after a comma, as ACLED's notes and wire datelines write it.
_REGION_AFTER = re.compile(
    r"^\s*[(,]\s*(?P<first>[^(),;]{2,40}?)\s*(?:[),;-]|$)(?:\s*(?P<second>[^(),;]{2,40}?)\s*[)])?"
)


def _region_named_after(place: PlaceCandidate, text: str, end: int) -> bool:
    """Whether the words right after the name give the place's own first-level region."""
    found = _REGION_AFTER.match(text[end : end + 90])
    if found is None or not place.admin1:
        return False
    own = region_key(place.country, place.admin1)
    return any(
        part and region_key(place.country, part.strip()) == own for part in found.group("first", "second")
    )


def regions_named_after(text: str, end: int) -> frozenset[tuple[str, str]]:
    """The first-level regions the words right after a name give, as
    (country, folded region) pairs for `Gazetteer.resolve`: "Springfield
    (Illinois)" is the Illinois one."""
    found = _REGION_AFTER.match(text[end : end + 90]) or _UNIT_OF_REGION.match(text[end : end + 90])
    if found is None:
        return frozenset()
    gazetteer = load_gazetteer()
    return frozenset(
        (c.country, fold(c.admin1 or c.name))
        for part in found.group("first", "second")
        if part
        for c in gazetteer.candidates(part.strip())
        if c.feature == "admin1"
    )


def outside_unit_region(text: str, end: int, place: PlaceCandidate) -> bool:
    """Whether the words after a name put it in a first-level region of
    another country than the place found ("Chirang District of Assam" is
    India's, so not Tsirang, Bhutan, whose other name the index holds)."""
    found = _UNIT_OF_REGION.match(text[end : end + 90])
    if found is None:
        return _unit_then_other_region(text, end, place)
    regions = load_gazetteer().candidates(found.group("first"))
    countries = {c.country for c in regions if c.feature == "admin1"}
    return bool(countries) and place.country not in countries


def _unit_then_other_region(text: str, end: int, place: PlaceCandidate) -> bool:
    """Whether "X district, Y province" puts the town found for X in another
    first-level region than Y: "Khugyani district, Nangarhar province" is not
    the Khugyani of Kandahar, the gazetteer's only town of that name, and
    the province named beside it is the place. A region the gazetteer does
    not know leaves the town alone. A province the gazetteer holds only
    under another spelling ("Uruzgan", GeoNames' Oruzgan) is the region its
    namesake towns of the place's country lie in. A town within
    _BORDER_KM of the region's point is kept: boundaries move ("Kajran
    district, Uruzgan province" in releases after GeoNames put Kajran in
    Daykundi, carved out of Uruzgan)."""
    told = _UNIT_THEN_REGION.match(text[end : end + 90])
    if told is None or place.feature == "admin1" or not place.admin1:
        return False
    found = load_gazetteer().candidates(told.group("first"))
    regions = [c for c in found if c.feature == "admin1"] or [c for c in found if c.country == place.country]
    own = region_key(place.country, place.admin1)
    return bool(regions) and not any(
        (c.country == place.country and region_key(c.country, c.admin1 or c.name) == own)
        or distance_km((c.lat, c.lon), (place.lat, place.lon)) <= _BORDER_KM
        for c in regions
    )


_BORDER_KM = 150.0  # Kajran lies 112 km from Uruzgan town; Khugyani of Kandahar 481 km from Nangarhar


# "Chirang District of Assam", "Kupwara district in Jammu and Kashmir": a
# unit word, then the first-level region it lies in (SATP summaries, ISAF
# releases name places so).
_UNIT_OF_REGION = re.compile(
    r"^\s+(?i:district|province|division|county|tehsil|block|sub-district|agency)\s+(?:of|in)\s+"
    r"(?:the\s+)?(?P<first>[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*){0,3})(?P<second>)"
)


# "Khugyani district, Nangarhar province", "Ab Band district, Ghazni
# province": ISAF's releases name a district, a comma, then its province.
_UNIT_THEN_REGION = re.compile(
    r"^\s+(?i:district|sub-district|tehsil|county|municipality|woreda)\s*,\s*(?:the\s+)?"
    r"(?P<first>[A-Z][\w'\u2018\u2019-]*(?:[\s-]+[A-Z][\w'\u2018\u2019-]*){0,2}?)"
    r"\s+(?i:province|governorate|region|state|oblast)\b"
)


@cache
def _quarter_names() -> frozenset[str]:
    """data/gazetteer/city_quarters.csv: every quarter's names, folded."""
    return frozenset(name for _country, name in city_quarters())


def _ends_a_quarters_name(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is the end of a city quarter's longer
    name ("Tariq al-Bab", the road to al-Bab that names a quarter of Aleppo):
    the one or two words before it and it make a quarter city_quarters.csv
    lists, so the town of the shorter name is not where it happened."""
    before = re.search(r"((?:[A-Z][\w'\u2019-]*\s+){1,2})$", text[max(0, start - 40) : start])
    if before is None:
        return False
    words = before.group(1).split()
    names = _quarter_names()
    return any(fold(" ".join([*words[k:], text[start:end]])) in names for k in range(len(words)))


# A name that towns of like size share ("Springfield": Missouri, 170,000;
# Massachusetts, 155,000; Illinois, 114,000) names none of them when the
# report points to none of their countries: only a city of a million people
# is known by its bare name whatever its namesakes, and otherwise one three
# times the size of every other ("Geneva" is Geneva, Switzerland, beside
# Geneva, Illinois; "Boston" is Boston, Massachusetts).
_KNOWN_WORLDWIDE = 1_000_000


_CLEAR_LEAD = 3


def _no_clear_namesake(name: str) -> bool:
    """Whether the towns of this very name have no clear leader by size."""
    key = fold(name)
    sizes = sorted(
        (c.population for c in load_gazetteer().candidates(name)
         if c.feature in ("city", "village") and key in (fold(c.name), fold(c.display or ""))),
        reverse=True,
    )  # fmt: skip
    return len(sizes) > 1 and sizes[0] < _CLEAR_LEAD * sizes[1]


_LINKED_NAME = re.compile(r"[ -](?:e|i|ul|al|el|ud|ad|as|ash|an|ar)[ -][A-Z]")


# "the Zahraa neighbourhood of Homs", "Homs's Zahraa district", "Zahraa (Homs)",
# "the Islamabad and Gurtapa areas of Khwaja Ghar": the town the name is a part of.
# "al-Zahraa and Nile Street neighborhoods in Aleppo city": a list's last part
# may have two words, and "in" says "of" too.
_PART_OF_AFTER = re.compile(
    r"^(?:(?:\s+and\s+[A-Z][\w'\u2019-]+(?:\s(?:[A-Z]|[ae]l-)[\w'\u2019-]+){0,2})?"
    r"\s+(?:neighbou?rhoods?|districts?|quarters?|suburbs?|areas?)\s+(?:of|in)\s+"
    r"(?:the\s+)?(?:city\s+of\s+)?|\s*\()"
    r"(?P<town>[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?)"
)


_PART_OF_BEFORE = re.compile(r"(?P<town>[A-Z][\w'\u2019-]+)(?:'s|\u2019s|')\s+(?:the\s+)?$")


# "the neighborhoods in Jamiyat al-Zahraa, al-Ramousa and Karam al-Jabal in
# Aleppo city": a list of parts opened by the part word, its town after it.
_PART_LIST_OPENS = re.compile(r"\bneighbou?rhoods?\s+(?:of|in)\s+[^.;:]{0,80}$", re.I)


_PART_LIST_TOWN = re.compile(
    r"^[^.;:]{0,80}?\s+in\s+(?:the\s+city\s+of\s+)?(?P<town>[A-Z][\w'\u2019-]+)(?:\s+city)?\b"
)


_PART_WORD = re.compile(r"^\s+(?:neighbou?rhood|district|quarter|suburb)\b")


# A neighbourhood "of" its town lies within it (Aleppo, Damascus: ~10 km); a
# namesake this far off is another place (al-Zahraa village, 18 km from
# Aleppo's Jamiyat al-Zahra district). A town's name in brackets after a
# place ("al-Zahraa (Aleppo)", ACLED's notes) may name its district or
# province: the place is trusted up to the farther distance.
_PART_KM = 15.0


_BRACKET_KM = 40.0


def town_it_is_part_of(
    place: PlaceCandidate, text: str, start: int, end: int, focus: str | None
) -> PlaceCandidate | None:
    """The town the words call this name a part of, when the gazetteer's
    place of that name lies far from it (a namesake): the town, as its part
    is not known (ACLED's precision 2). None when the place lies in it."""
    found = _PART_OF_AFTER.match(text[end : end + 60])
    if found is not None and is_month_day(found.group("town"), text[end + found.end("town") : end + 80]):
        return None  # "KABUL, Afghanistan (March 13, 2011)": the release's day, no village named March
    if found is None and _PART_WORD.match(text[end : end + 20]):
        found = _PART_OF_BEFORE.search(text[max(0, start - 40) : start])
    if found is None and _PART_LIST_OPENS.search(text[max(0, start - 100) : start]):
        found = _PART_LIST_TOWN.match(text[end : end + 100])
    if found is None:
        return None
    town = load_gazetteer().resolve(found.group("town"), country_hint=focus or place.country)
    if town is None or town.feature == "country":
        return None
    if town.country != place.country:
        # "the Islamabad area of Khwaja Ghar district": a part of a town of the
        # country in focus is no city of another country, whatever its name.
        # Not a bracket: "Natal (Rio Grande do Norte)" names a region the focus
        # of a report of many countries' notes may well resolve elsewhere.
        worded = not found.group(0).lstrip().startswith("(")
        return town if worded and town.country == focus and place.country != focus else None
    if town.feature == "admin1" and town.admin1 == place.admin1:
        return None
    bracket = found.group(0).lstrip().startswith("(")
    far = distance_km((place.lat, place.lon), (town.lat, town.lon)) > (_BRACKET_KM if bracket else _PART_KM)
    return town if far else None


def city_of_part(
    start: int, sent_text: str, places: list[PlaceMention], dateline: int
) -> PlaceMention | None:
    """The city a sentence's named part of a city lies in ("in the Markets
    area", "the Old Park district of the city", names the gazetteer lacks):
    the one city or town the report has named before it, outside its
    dateline. Where it has named several, the part may be of any of them
    ("the al-Rashideen area" after Idlib, Madaya and Aleppo): none."""
    if not place_cues.names_a_city_part(sent_text):
        return None
    cities = [
        m
        for m in places
        if dateline < m.start < start
        and m.place.feature in ("city", "village")
        and not finest.is_area(m.place)
    ]  # an area named between ("Eastern Ghouta") is no city the part lies in
    return cities[-1] if len({(m.place.name, m.place.country) for m in cities}) == 1 else None


def city_of_named_part(place: PlaceCandidate, before: list[PlaceMention]) -> PlaceMention | None:
    """The one city a report has named before a part of a city ("the Shankill
    district of the city" after Belfast), where the gazetteer's place of the
    part's name lies far from it (Shankill, Dublin): a namesake."""
    cities = [m for m in before if m.place.feature in ("city", "village")]
    if len({(m.place.name, m.place.country) for m in cities}) != 1:
        return None
    city = cities[-1]
    far = distance_km((place.lat, place.lon), (city.place.lat, city.place.lon)) > _PART_KM
    return city if far and city.place != place else None


# The most characters between two cues of one phrase ("suicide" and "car
# bomb" in "a suicide car bomb").
_ONE_PHRASE = 12


def nearest_place(
    places: list[PlaceMention], cues: list[events.EventCue], cue: events.EventCue, offset: int, text: str
) -> PlaceMention | None:
    """The place nearest the cue, among the places no other cue of the
    sentence stands nearer to: in "the offensive began the day a ceasefire
    between Israel and Hezbollah took effect", Israel is the ceasefire's."""

    def gap(place: PlaceMention, other: events.EventCue) -> int:
        return abs(place.start - offset - other.start)

    # Cues a few characters apart are one phrase ("a suicide car bomb"), not rivals.
    rivals = [c for c in cues if c is cue or abs(c.start - cue.start) > _ONE_PHRASE]
    own = [m for m in places if min(rivals, key=lambda c: gap(m, c)) is cue]
    nearest = min(own, key=lambda m: gap(m, cue), default=None)
    if nearest is None:
        return None
    # "a car bomb ... in eastern Syria near the city of Deir al-Zor": the
    # town inside the country or region nearest the cue, not the country
    reference = beside_cues().reference
    return finest.finest_first(
        [nearest, *sorted((m for m in own if m is not nearest), key=lambda m: gap(m, cue))],
        lambda m: bool(reference.search(text[max(0, m.start - 30) : m.start])),
        lambda m: unit_named(text, m),
    )[0]


_UNIT_AFTER = re.compile(r"^\s+(?:district|province|village|town|city|county|township|sub-district)\b", re.I)
_UNIT_BEFORE = re.compile(r"\b(?:town|village|city|district|hamlet|township)\s+of\s+(?:the\s+)?$", re.I)


def unit_named(text: str, mention: PlaceMention) -> bool:
    """Whether a place is named with its unit's word: "the town of Nagzhan",
    "the Arghandab district", "Andar district"."""
    return bool(
        _UNIT_AFTER.match(text[mention.end : mention.end + 16])
        or _UNIT_BEFORE.search(text[max(0, mention.start - 24) : mention.start])
    )


def named_as_landmark(text: str, mention: PlaceMention) -> bool:
    """Whether a place is named as a landmark: one of control.json's
    landmark words among the three words before it ("27 km west of Goma",
    "near Goma")."""
    words = text[max(0, mention.start - 30) : mention.start].lower().split()[-3:]
    landmark = control.control_cues().landmark_words
    return any(w.strip(",.") in landmark for w in words)


def focus_place(mentions: list[PlaceMention], before: int) -> PlaceMention | None:
    """The town or city the report has named most often before `before` (ties: the
    earliest named), as its latest mention; None if it names none."""
    counts: dict[str, int] = {}
    latest: dict[str, PlaceMention] = {}
    for mention in mentions:
        if mention.start >= before or mention.place.feature not in ("city", "village"):
            continue
        key = mention.place.name
        counts[key] = counts.get(key, 0) + 1
        latest[key] = mention
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])  # max keeps the first of equals: the earliest named
    return latest[best]
