"""Places of UCDP GED rows: `warmonitor eval ucdp-places`.

GED codes conflict events of many wars and decades, and each row says in a
few words where it happened (`where_description`: "in the X village",
"Y province", "Z area of W district") beside the point its coders chose and
the place that point belongs to (`where_coordinates`: "X village"). The
description is read by the same place resolution `code` uses on ACLED
notes (`code_notes`, the row's country as context), so this measures that
resolution on many wars nobody tuned it on.

The rows are split once by the SHA-1 of the GED `id` (UTF-8): even is the
development half, odd the held-out half, which is only ever printed as
totals. Figures:

- location within 25 km: rows whose point is a place or near one
  (`where_prec` 1-2), coded within 25 km of GED's point;
- best this gazetteer allows: those rows, a miss counted as found where the
  gazetteer holds `where_coordinates`' place by its name (without GED's
  unit word) in the row's country within 25 km of the point, as `eval
  acled` counts ACLED's location (`evaluate.in_gazetteer`);
- the gap between the two: misses the gazetteer could have placed;
- admin1 right: rows with an `adm_1`, the coded region the same region
  (spelling-folded; a name stands for the gazetteer's region of that name,
  in GeoNames' and ACLED's spelling). GED names the
  region of its day (Nepal's zones, Rwanda's prefectures), so part of this
  figure's misses are boundary changes, not readings.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from rapidfuzz import fuzz

from warmonitor.errors import BadInput
from warmonitor.evaluation.evaluate import Report, read_csv
from warmonitor.extract.acled_coding import CodedEvent, code_notes, country_code
from warmonitor.extract.cue_data import data_rows
from warmonitor.extract.gazetteer import admin1_as_acled, distance_km, load_gazetteer, region_key
from warmonitor.extract.skeleton import by_skeleton

Half = Literal["dev", "heldout"]
NEAR_KM = 25.0
_SAME_SPELLING = 80  # rapidfuzz ratio of two folded region names taken as one name
# GED's where_coordinates ends with the unit's word in lower case ("Rami
# village", "Hilmand province", "Al Kiswah/Kisweh town").
_UNIT_TAIL = re.compile(r"(?:\s+[a-z][\w-]*)+$")
# GeoNames' and ACLED's capitalised unit word after a region's name.
_REGION_UNIT = re.compile(r"\s+(?:Republic|Kray|Krai|Oblast|Okrug|Autonomous Okrug)$")


def ged_half(row: dict[str, str]) -> Half:
    """dev when the SHA-1 of the GED id (UTF-8) is even, else held-out."""
    return (
        "dev" if int(hashlib.sha1(row["id"].strip().encode("utf-8")).hexdigest(), 16) % 2 == 0 else "heldout"
    )


@cache
def _ucdp_countries() -> dict[str, str]:
    return {
        row["ucdp_name"].casefold(): row["iso2"] for row in data_rows("regions", "ucdp_country_names.csv")
    }


def ged_country(name: str) -> str | None:
    """The ISO code of GED's country name ("DR Congo (Zaire)" -> CD)."""
    return country_code(name) or _ucdp_countries().get(name.strip().casefold())


def place_names(where_coordinates: str) -> list[str]:
    """The names of GED's coded place without its unit word: "Al
    Kiswah/Kisweh town" -> Al Kiswah, Kisweh."""
    name = _UNIT_TAIL.sub("", where_coordinates.strip())
    return [part.strip() for part in name.split("/") if part.strip()]


def _point(row: dict[str, str]) -> tuple[float, float] | None:
    try:
        return float(row["latitude"]), float(row["longitude"])
    except (KeyError, ValueError):
        return None


def in_gazetteer(row: dict[str, str], iso: str | None) -> bool:
    """Whether the gazetteer holds GED's coded place by its name in the row's
    country within 25 km of GED's point (`evaluate.in_gazetteer` for GED)."""
    point = _point(row)
    if point is None:
        return False
    return any(
        distance_km((c.lat, c.lon), point) <= NEAR_KM
        for name in place_names(row.get("where_coordinates", ""))
        for c in load_gazetteer().candidates(name)
        if iso is None or c.country == iso
    )


def near(row: dict[str, str], coded: CodedEvent) -> bool:
    point = _point(row)
    if point is None or coded.latitude is None or coded.longitude is None:
        return False
    return distance_km((coded.latitude, coded.longitude), point) <= NEAR_KM


def _region_keys(iso: str | None, name: str) -> set[str]:
    """The keys a region's name stands for: its own, and those of the
    gazetteer's first-level regions of that name in the country, in GeoNames'
    and ACLED's spelling ("Idlib" is Idleb), or, where none has the name, the
    region whose Arabic name writes its consonants ("Rif Dimashq" is Rural
    Damascus). A Russian region's unit word is dropped ("Stavropol Kray",
    "Ingushetiya Republic"), as `_UNIT_TAIL` drops GED's lower-case one."""
    keys = {region_key(iso, _REGION_UNIT.sub("", name))}
    found = load_gazetteer().candidates(name)
    if iso is not None and not any(c.feature == "admin1" for c in found):
        found = by_skeleton(name, iso, admin1=True)  # "Rif Dimashq": Rural Damascus's Arabic name
    for c in found:
        if c.feature == "admin1" and c.admin1 and (iso is None or c.country == iso):
            keys |= {region_key(iso, c.admin1), region_key(iso, admin1_as_acled(c.country, c.admin1))}
    return keys


def admin1_right(row: dict[str, str], coded: CodedEvent, iso: str | None) -> bool:
    """The coded region is GED's adm_1, whichever spelling each writes."""
    gold = _UNIT_TAIL.sub("", row.get("adm_1", "").strip())
    if not coded.admin1:
        return False
    ours, theirs = _region_keys(iso, coded.admin1), _region_keys(iso, gold)
    # "Hamah" and "Hama", "Hilmand" and "Helmand": one region in two romanisations.
    return bool(ours & theirs) or any(fuzz.ratio(a, b) >= _SAME_SPELLING for a in ours for b in theirs)


def scored_here(row: dict[str, str]) -> bool:
    """Rows whose point is the place or near it (GED where_prec 1-2)."""
    return row.get("where_prec", "").strip() in ("1", "2")


@dataclass(frozen=True)
class Placed:
    row: dict[str, str]
    iso: str | None
    coded: CodedEvent


def code_places(rows: list[dict[str, str]]) -> Iterator[Placed]:
    """Each row's where_description coded as `code` codes an ACLED note, the
    row's country given by the gazetteer's name for it (as `code` gets ACLED's)."""
    isos = [ged_country(r.get("country", "")) for r in rows]
    names = load_gazetteer().country_names
    notes = (
        (r["id"], r.get("where_description", "").strip(), names.get(iso) if iso else None)
        for r, iso in zip(rows, isos, strict=True)
    )
    for row, iso, coded in zip(rows, isos, code_notes(notes), strict=True):
        yield Placed(row, iso, coded)


def ged_rows(path: Path, half: Half) -> list[dict[str, str]]:
    rows = read_csv(path, [("id",), ("where_description",), ("where_coordinates",), ("where_prec",)])
    return [r for r in rows if ged_half(r) == half]


def eval_ucdp_places(path: Path, half: Half = "dev") -> Report:
    if half not in ("dev", "heldout"):
        raise BadInput(f"half must be dev or heldout, got {half!r}")
    rows = ged_rows(path, half)
    placed = list(code_places(rows))
    title = "development half" if half == "dev" else "held-out half (totals only)"
    report = Report(f"warmonitor eval ucdp-places: {path.name}, {title}", len(rows))
    exact = [p for p in placed if scored_here(p.row)]
    n = max(1, len(exact))
    hits = [near(p.row, p.coded) for p in exact]
    best = [ok or in_gazetteer(p.row, p.iso) for p, ok in zip(exact, hits, strict=True)]
    report.add("location within 25 km", sum(hits) / n, f"{sum(hits)}/{len(exact)} rows of where_prec 1-2")
    report.add(
        "location within 25 km, best this gazetteer allows",
        sum(best) / n,
        "a miss counts as found if the gazetteer holds where_coordinates' place by its name within 25 km",
    )
    report.add("gap", (sum(best) - sum(hits)) / n, f"{sum(best) - sum(hits)} rows")
    with_admin = [p for p in placed if p.row.get("adm_1", "").strip()]
    right = sum(admin1_right(p.row, p.coded, p.iso) for p in with_admin)
    report.add(
        "admin1 right", right / max(1, len(with_admin)), f"{right}/{len(with_admin)} rows with an adm_1"
    )
    nothing = sum(p.coded.latitude is None for p in placed)
    report.add("no place coded", nothing / max(1, len(placed)), f"{nothing}/{len(placed)} rows")
    return report
