"""Finding place names in a report's text: the model's place entities checked
against the gazetteer (a person's name, a people, a country read as a person),
places the model missed, a name that goes on past the entity, regions joined
to their town, and "said to be in" runs.

Helpers used by the places component (extract/components.py): place_entities,
missed_places, beside, town_of, said_to_be_in, _known_head; moved here from
components.py.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from warmonitor.extract import control, place_cues
from warmonitor.extract.actors import load_actors
from warmonitor.extract.cue_data import data_rows
from warmonitor.extract.gazetteer import REGION_WORDS, distance_km, fold, load_gazetteer
from warmonitor.extract.mentions import (
    ADJECTIVE,
    ATTRIBUTIVE,
    PLACE_LABELS,
    beside_cues,
    doc_text,
    in_a_name_list,
    tag_runs,
)

# Words beside a name that say which country it is in: "Tripoli, Lebanon's
# second city", "the Libyan capital Tripoli", "Gori in central Georgia".
_BESIDE_AFTER = re.compile(
    r"^(?:,\s+(?:the\s+|a\s+)?(?!in\s)|,?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|"
    r"eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?)"
    r"(?P<word>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?:'s|\u2019s)?)"
)


_BESIDE_BEFORE = re.compile(
    r"(?P<word>[A-Z][\w.]*(?:'s|\u2019s)?)\s+(?:[a-z][\w-]*\s+){0,2}(?:of\s+)?(?:the\s+)?$"
)


_TOWN_BEFORE = re.compile(r"\b(?:town|city|village|township|municipality)\s+of\s+$", re.I)


def beside(text: str, start: int, end: int, name: str) -> tuple[str | None, bool]:
    """The country the words right beside a place name give it (ISO code),
    and whether they call it a town: "the town of Lebanon", "Lebanon,
    Pennsylvania" (a region of a country holding a place of that name)."""
    gazetteer = load_gazetteer()
    before = text[max(0, start - 40) : start]
    town = bool(_TOWN_BEFORE.search(before))
    after = _BESIDE_AFTER.match(text[end : end + 60])
    if after:
        word = after.group("word")
        # "in southern Lebanon." ending a sentence: the stop is no part of the name ("U.S." keeps its own)
        country = gazetteer.country_of_word(word) or gazetteer.country_of_word(word.rstrip("."))
        if country is not None:
            return country, town
        namesakes = {c.country for c in gazetteer.candidates(name) if c.feature != "country"}
        for region in gazetteer.candidates(word):
            if region.feature == "admin1" and region.country in namesakes:
                return region.country, True
    found = _BESIDE_BEFORE.search(before)
    if found and found.group("word") != name:
        return gazetteer.country_of_word(found.group("word")), town
    return None, town


# "north-west Syria": a direction, not the town of Northwest, North Carolina.
_COMPASS = re.compile(
    r"^(?:the\s+)?(?:north|south)?[\s-]?(?:east|west)?(?:ern)?$|^(?:north|south)(?:ern)?$", re.I
)


# A one- or two-word capitalised name; the second word may open with an
# ayn or hamza written as an apostrophe, as ISAF writes "Pul-e 'Alam"
# (GeoNames "Pul-e \u2018Alam").
_NAME = r"[A-Z][a-z\u2019'-]+(?:\s[\u2018\u2019'`]?[A-Z][a-z\u2019'-]+)?"


# "near Djibo", "the town of Harardhere": a capitalised name after a
# preposition that the model did not tag, taken only as a town of the country in focus.
# The preposition may open its sentence ("In Khan Sheikhun jets hit a bakery",
# "Near Saraqeb a convoy burned"): the model often reads a two-word town
# there as a person; the gazetteer check in missed_places still decides.
_AFTER_PREPOSITION = re.compile(
    r"\b(?i:in|near|at|outside|around|from|into|toward|towards|of|on)\s+"
    r"(?:the\s+(?:town|city|village|district)\s+of\s+)?(?P<name>" + _NAME + ")"
)


# "Heavy fighting reached Sake, a town about 27 km west of Goma": a name the
# words after it call a town, untagged by the model and after no preposition.
_CALLED_A_TOWN = re.compile(
    r"\b(?P<name>" + _NAME + r"),\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:town|city|village)\b"
)


_NOT_TOWNS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)


@lru_cache(maxsize=1)
def _after_taking() -> re.Pattern[str]:
    """A capitalised name right after a verb of taking ("had taken Sake"):
    control.json taking_verbs, as _AFTER_PREPOSITION reads one after a preposition."""
    verbs = "|".join(sorted(map(re.escape, control.control_cues().taking_verbs), key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})\s+(?P<name>{_NAME})")


def missed_places(
    taken: list[tuple[int, int]], text: str, countries: set[str | None]
) -> list[tuple[int, int, str]]:
    """Names after a preposition or a verb of taking the model left untagged (`taken`: the
    tagged places' spans) that are towns of `countries` (the report's focus
    and the countries it names)."""
    found = []
    for m in (
        *_AFTER_PREPOSITION.finditer(text),
        *_CALLED_A_TOWN.finditer(text),
        *_after_taking().finditer(text),
    ):
        start, end, name = m.start("name"), m.end("name"), m.group("name")
        if any(start < e and s < end for s, e in taken):
            continue
        if _ARTICLE_GOES_ON.match(text, end):
            continue  # "on Bab al-Faraj street": a longer name, not the town of al-Bab
        if town_of(name, countries):
            found.append((start, end, name))
    return found


# An Arabic article joined to the next word: the name before it goes on
# ("Bab al-Faraj", "Tal el-Hawa"), whatever its first word alone would name.
_ARTICLE_GOES_ON = re.compile(r"\s+(?:al|el|ad|ar|as|ash|an|at|az|ed|er|es|et|ez|ul|ud)-[A-Za-z]")


def town_of(name: str, countries: set[str | None]) -> bool:
    """Whether an untagged name is a town of `countries`, and no month, day or actor."""
    if name.split()[0].lower() in _NOT_TOWNS:
        return False
    aliases = load_actors().by_alias
    if name in aliases or name.lower() in aliases:
        return False
    return any(
        c.country in countries and c.feature in ("city", "village") for c in load_gazetteer().candidates(name)
    )


# "Kandahar city", "Badakhshan province": the tagger's span holds the
# unit's word; the gazetteer holds the name without it.
_UNIT_SUFFIX = re.compile(r"\s+(?:city|town|village|province|district|governorate|state|region)$", re.I)


def place_entities(doc: Doc, text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The model's and the ruler's place names as (start, end, name), with a
    unit's word dropped where only the name is known ("Arghandab district"),
    and country names the model took for a people ("Tajikistan" as NORP);
    and the spans of all place entities (`doc.ents` walks every token, so
    it is read once)."""
    gazetteer = load_gazetteer()
    found = []
    tagged = []
    people = surnames(doc)
    previous: Span | None = None
    cut_names: set[str] = set()  # names of people the model cut at their article ("Abu al-" + "Hassan")
    for e in doc.ents:
        start, end = e.start_char, e.end_char
        joined = previous is not None and previous.label_ == "PERSON" and previous.end_char == start
        cut = joined and text[start - 1] in "-\u2010\u2011"
        article_only = cut and previous is not None and _ARTICLE_ONLY.fullmatch(previous.text) is not None
        previous = e
        if cut and not article_only:
            cut_names.add(fold(text[start:end]))
            continue  # "Abu al-" + "Hassan": the model cut a person's name at its article, no town
        if article_only and fold(text[start:end]) in cut_names:
            continue  # "Al-" + "Hassan says", after "Abu al-Hassan": the same man
        if _AGE_AFTER.match(text, end):
            continue  # "Marka (16) was killed": a victim's name with the age, no town
        if e.label_ in PLACE_LABELS:
            tagged.append((start, end))
        name = text[start:end]
        if len(e) == 1 and fold(name) in people:
            continue  # "Hugo Chávez ... The result was Chávez": the man, not Chávez, Coahuila
        if beside_cues().leader_before.search(text[max(0, start - 30) : start]):
            continue  # "the group led by Acheng": a leader, not a town (nor the report's country)
        if in_a_name_list(text, start):
            continue  # "the dead were identified as Najeeb, Yousaf and X": people, not towns
        sides = place_cues.border_sides(text, start, end)
        if sides:
            found += sides  # "the Manipur-Myanmar boundary", tagged a facility: both sides
            continue
        if len(e) == 1 and beside_cues().kin_after.match(text, end):
            continue  # "Gilbert and brother Ronald Chagoury": a person, not Gilbert, Arizona
        if len(e) == 1 and e.label_ == "GPE" and _in_a_persons_name(doc, e):
            continue  # "police chief Florence Mwangi", "ASP Indira Kalyan Elsela"
        country = gazetteer.demonyms.get(name) if e.label_ == "NORP" else None
        if country is not None and place_cues.names_its_country(text, end):
            # "launches toward Israeli territory": Israel, where the launches were aimed
            found.append((start, end, gazetteer.country_names[country]))
            continue
        if (
            e.label_ == "NORP"
            and name.casefold() not in gazetteer.country_written
            and not _town_as_people(name)
        ):
            continue
        if (
            e.label_ not in PLACE_LABELS
            and e.label_ != "NORP"
            and not _country_as_person(e, name, text)
            and not _city_as_person(e, name, text)
            and not _place_as_person(e, name, text)
        ):
            continue
        if ATTRIBUTIVE.match(text[end : end + 16]) or _COMPASS.match(name):
            continue
        if beside_cues().stance_prefix.search(text[max(0, start - 6) : start]):
            continue  # "Pro-Damascus media outlets": a stance, not the place
        longer = _name_goes_on(doc, e, text)
        if longer is not None:
            name, end = longer, start + len(longer)
        elif _first_of_a_longer_name(doc, e):
            continue  # "in Bonn Hanjan village": a village the gazetteer lacks, not Bonn
        if not gazetteer.candidates(name):
            known = _known_head(name)
            if known is None:
                continue
            name, end = known, start + len(known)
        found.append((start, end, name))
    return _joined_regions(found, text), tagged


_REGION_FEATURES = frozenset({"admin1", "country"})


_TOWN_AS_PEOPLE = 20_000  # people: a town the model took for a people is kept only if this large


def _town_as_people(name: str) -> bool:
    """A town or region the model tagged as a people ("seized control of
    Kidal" as NORP): no demonym, and a first-level region or a town of some
    size by that very name."""
    gazetteer = load_gazetteer()
    if gazetteer.demonyms.get(name) is not None:
        return False
    key = fold(name)
    # "Roman ruins": a word shaped like a people's adjective is a town only
    # as a region's name ("Dagestan"), never as a town's (Roman, Romania).
    adjective = ADJECTIVE.fullmatch(name) is not None
    return any(
        key == fold(c.name) and (c.feature == "admin1" or (c.population >= _TOWN_AS_PEOPLE and not adjective))
        for c in gazetteer.candidates(name)
    )


def _country_as_person(ent: Span, name: str, text: str) -> bool:
    """A country the model tagged as a person before a possessive ("Mali's
    army said"): the country, as "Chad" or "Georgia" alone may be people."""
    return (
        ent.label_ == "PERSON"
        and name.casefold() in load_gazetteer().country_written
        and text.startswith(("'s", "\u2019s"), ent.end_char)
    )


def _city_as_person(ent: Span, name: str, text: str) -> bool:
    """A city the model tagged as a person after a word of place ("a house in
    Khan Younis", "fighting near Kharkiv"): the city, when the gazetteer
    holds one of that name with at least `_PERSON_CITY_POP` people. The
    model reads "Younis" as a man's name; a person is seldom struck "in"."""
    if ent.label_ != "PERSON" or not _PLACE_WORD_BEFORE.search(
        text[max(0, ent.start_char - 12) : ent.start_char]
    ):
        return False
    found = load_gazetteer().resolve(name)
    return found is not None and found.feature == "city" and found.population >= _PERSON_CITY_POP


def _place_as_person(ent: Span, name: str, text: str) -> bool:
    """A first-level region the model tagged as a person or a body, told by
    its unit's word after it ("in Logar province", the model reading "Logar"
    as a man): a person is never "X province". A name after "the town of"
    is left to `missed_places`, which reads it once the report's country is
    known."""
    if ent.label_ not in ("PERSON", "ORG") or not _region_word_after().match(text, ent.end_char):
        return False
    return any(c.feature == "admin1" for c in load_gazetteer().candidates(name))


@cache
def _region_word_after() -> re.Pattern[str]:
    """A first-level unit's word right after a name (text_place_cues.csv region_word)."""
    rows = data_rows("gazetteer", "text_place_cues.csv")
    words = next(r["words"] for r in rows if r["kind"] == "region_word")
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, words.split('|')))})\b", re.I)


_PERSON_CITY_POP = 100_000
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|near|outside|around|into|across|towards?)\s+$")


# "al-" alone, as the model tags the article of "al-Zobdani" a person: the
# place's own article, unless the name after it is a person's named before.
_ARTICLE_ONLY = re.compile(r"(?:al|el|ad|as|ash|an|ar|at|az)[-\u2010\u2011]", re.I)


# "Marka (16)", "Ahmed, 23,": a person's age right after the name.
_AGE_AFTER = re.compile(r"\s*(?:\(\d{1,2}\)|,\s*\d{1,2},)")


# "in Bandipora District in Jammu and Kashmir", "in the Kunar province of
# Afghanistan": the capitalised run an "in" puts a place in, then the next.
_IN_RUN = re.compile(
    r"\s+(?:in|of)\s+(?:the\s+)?(?P<run>[A-Z][\w'.-]*(?:\s(?:and\s|&\s)?[A-Z][\w'.-]*){0,3})"
)


_UNIT_TAIL = re.compile(
    r"\s+(?:District|Province|Governorate|Region|State|County|Division|Oblast|Department)$"
)


def said_to_be_in(text: str, end: int) -> tuple[str, str] | None:
    """The country, and the name, of the first-level region or country the
    words right after a place put it in, following at most two "in X" steps
    ("Hajin in Bandipora District in Jammu and Kashmir" -> IN, "Jammu and
    Kashmir"); None where they name none, or one found in several
    countries ("Punjab")."""
    gazetteer = load_gazetteer()
    at = end
    for _step in range(2):
        found = _IN_RUN.match(text, at, at + 80)
        if found is None:
            return None
        run = found.group("run")
        for name in dict.fromkeys((run, _UNIT_TAIL.sub("", run))):
            if (country := gazetteer.country_of_word(name)) is not None:
                return country, name
            regions = {c.country for c in gazetteer.candidates(name) if c.feature in _REGION_FEATURES}
            if len(regions) == 1:
                return regions.pop(), name
        at = found.end()
    return None


def _joined_regions(found: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Two names joined by "and" that together name one region or country
    ("Jammu and Kashmir", "Bosnia and Herzegovina", "Trinidad and Tobago"),
    which the model tags as two: one name, so neither half votes for a
    namesake elsewhere."""
    gazetteer = load_gazetteer()
    out: list[tuple[int, int, str]] = []
    for span in found:
        if out and text[out[-1][1] : span[0]] in (" and ", " & "):
            joined = text[out[-1][0] : span[1]]
            if any(c.feature in _REGION_FEATURES for c in gazetteer.candidates(joined)):
                out[-1] = (out[-1][0], span[1], joined)
                continue
        out.append(span)
    return out


def surnames(doc: Doc) -> frozenset[str]:
    """The last words of the people the report names in full ("Hugo Chávez"):
    the same word alone later is that person, though the model tag it a place."""
    return frozenset(
        fold(e[-1].text.removesuffix("'s").removesuffix("\u2019s"))
        for e in doc.ents
        if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_title
    )


def _in_a_persons_name(doc: Doc, ent: Span) -> bool:
    """Whether a one-word place the model tagged is a given name: right
    before a person it tagged ("Florence Mwangi"), or between two capitalised
    words it left untagged in a sentence that is not a title-cased headline
    ("Indira Kalyan Elsela"). "Gaza City" and "Tal Abyad" are no person:
    the words around stay untagged only where no entity was found."""
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is None or not nxt.is_title:
        return False
    gazetteer = load_gazetteer()
    if any(gazetteer.names_country(ent.text, c) for c in gazetteer.candidates(ent.text)):
        return False  # "in Syria Ali al-Zaatari called": a country is no given name
    if ent.start > 0 and doc[ent.start - 1].pos_ == "ADP":
        return False  # "in Mosul Iraqs second city": after a preposition it is a place
    if any(a <= ent.start_char < b for a, b in tag_runs(doc_text(doc))):
        return False  # "Tags Qamishli Rojava Hassakeh": a list of topics
    if nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B":
        return gazetteer.country_of_word(nxt.text) is None
    if nxt.ent_type_ or nxt.pos_ != "PROPN" or _names_a_part(doc, nxt):
        return False
    prev = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    if prev is not None and prev.text == "," and after is not None and after.text == ",":
        return True  # "the health minister, Nancy Perez, said"
    if prev is None or not prev.is_title or prev.ent_type_ or prev.pos_ != "PROPN":
        return False
    if any(gazetteer.country_of_word(w) for w in (prev.text, prev.text.removesuffix("s"))):
        return False  # "in Syrias Idlib Monitor": a country's, without its apostrophe
    # A headline capitalises its common words too ("Aleppo Residents Flee As
    # Jets Pound ..."); a sentence of many names does not ("... near
    # Jagdalpur, Bastar Superintendent of Police ... said").
    common = [t for t in ent.sent if t.is_alpha and t.pos_ != "PROPN"]
    return sum(t.is_title for t in common) * 2 < len(common)


def _names_a_part(doc: Doc, word: Any) -> bool:
    """Whether a word after a place's name makes it a place of its own kind
    ("Gaza City", "Idlib Province", "Oxford Street", "Aleppo University")."""
    text = doc_text(doc)
    end = word.idx
    cues = beside_cues()
    return bool(
        _UNIT_SUFFIX.search(" " + word.text)
        or REGION_WORDS.match(word.text)
        or cues.street.match(text[end - 1 : end + 12])
        or cues.facility.match(text[end - 1 : end + 12])
    )


def _name_goes_on(doc: Doc, ent: Span, text: str) -> str | None:
    """The longer name a tagged place runs on into, where the model stopped
    short and the gazetteer holds the whole ("the Gaza Strip", tagged "Gaza",
    is the Strip, not Gaza City; "the Golan Heights"). A unit's word
    ("province", "city") is read apart, as before."""
    if ent.end >= len(doc):
        return None
    nxt = doc[ent.end]
    if (
        not _capitalised(nxt.text)
        or nxt.ent_type_
        or _UNIT_SUFFIX.search(" " + nxt.text)
        or REGION_WORDS.match(nxt.text)
    ):
        return None
    whole = text[ent.start_char : nxt.idx + len(nxt.text)]
    gazetteer = load_gazetteer()
    short = {(c.name, c.country, c.feature) for c in gazetteer.candidates(ent.text)}
    # a place of its own under the longer name, not the short one folded
    # ("Idlib The Sawa ...": "The" is an article the gazetteer's keys drop)
    found = {(c.name, c.country, c.feature) for c in gazetteer.candidates(whole)} - short
    return whole if found else None


def _first_of_a_longer_name(doc: Doc, ent: Span) -> bool:
    """Whether a one-word place runs on into an untagged capitalised word and
    then a settlement's word ("Bonn Hanjan village", "Gul Bagh village";
    not_the_place.csv `settlement_after`): the first word of a name the
    gazetteer lacks (_name_goes_on found no place under the whole), unless the
    second word is a place of its own (a comma dropped between two places)."""
    if len(ent) != 1 or ent.end + 1 >= len(doc):
        return False
    nxt, unit = doc[ent.end], doc[ent.end + 1]
    return (
        _capitalised(nxt.text)
        and not nxt.ent_type_
        and not _UNIT_SUFFIX.search(" " + nxt.text)
        and unit.lower_ in beside_cues().settlement_after
        and not _a_quarter_of(nxt.text, ent.text)
    )


def _a_quarter_of(name: str, town: str) -> bool:
    """Whether the gazetteer holds a place `name` within a city's reach of a
    place `town` ("in Damascus Jobar area" with the comma dropped: the city and
    its quarter, two places; not "Paris Colony area" of Karachi)."""
    gazetteer = load_gazetteer()
    towns = gazetteer.candidates(town)
    return any(
        distance_km((a.lat, a.lon), (b.lat, b.lon)) <= _QUARTER_KM
        for a in gazetteer.candidates(name)
        for b in towns
    )


_QUARTER_KM = 30.0  # a quarter or suburb lies within this of its city's point


def _capitalised(word: str) -> bool:
    """A word a name may run on into: title case, or a capital with capitals
    inside after a prefix ("HaMa'ala" in "Yesud HaMa'ala", "McAllen"), not a
    word in capitals ("IDF")."""
    return word.istitle() or (word[:1].isupper() and any(ch.islower() for ch in word[1:3]))


def _known_head(name: str) -> str | None:
    """The place a tagged name no gazetteer entry has begins with: the name
    before a unit's word ("Arghandab district"), or before a comma where the
    model ran a town and the next words together ("Sake, South Africa's")."""
    gazetteer = load_gazetteer()
    unit = _UNIT_SUFFIX.search(name)
    if unit is not None and gazetteer.candidates(name[: unit.start()]):
        return name[: unit.start()]
    head = name.split(",", 1)[0].strip()
    return head if head != name and gazetteer.candidates(head) else None
