"""UCDP GED CSV: the 49 columns of GED v23.1, one row per reconciled event.
Which columns are filled and which stay empty is in docs/export.md.

Deaths by side come from the event's casualty claims, party by party:
government and rebel deaths go to side a or b by which side each actor
fights on, civilians and unknown to their own columns. Per party, each
claimant's largest figure counts once and the middle of the claimants'
figures is used, so the same deaths from several sources never add up."""

from __future__ import annotations

import statistics
from collections import defaultdict
from typing import Any

from warmonitor.export.common import CIVILIANS, ordered_actors
from warmonitor.export.countries import find_country
from warmonitor.export.rows import ClaimRef, EventRow
from warmonitor.reconcile.views import side_of
from warmonitor.store.models import Actor

COLUMNS = (
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_a",
    "side_b_dset_id",
    "side_b_new_id",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "gwnoa",
    "gwnob",
)

# UCDP's five regions, from ACLED's finer ones (UCDP counts Oceania as Asia).
_UCDP_REGION = {
    "Northern Africa": "Africa",
    "Western Africa": "Africa",
    "Middle Africa": "Africa",
    "Eastern Africa": "Africa",
    "Southern Africa": "Africa",
    "Middle East": "Middle East",
    "Europe": "Europe",
    "Caucasus and Central Asia": "Asia",
    "South Asia": "Asia",
    "East Asia": "Asia",
    "Southeast Asia": "Asia",
    "Oceania": "Asia",
    "North America": "Americas",
    "Central America": "Americas",
    "Caribbean": "Americas",
    "South America": "Americas",
}


def priogrid_gid(lat: float, lon: float) -> int:
    """The PRIO-GRID cell (half-degree squares numbered row by row from the south-west)."""
    row = min(int((lat + 90) // 0.5), 359)
    col = min(int((lon + 180) // 0.5), 719)
    return row * 720 + col + 1


def sides(row: EventRow) -> tuple[Actor | None, Actor | None]:
    """side_a the government where one fights (GED's convention), side_b the other."""
    first, second = ordered_actors(row)
    if second is not None and second.inter_code == 1 and (first is None or first.inter_code != 1):
        first, second = second, first
    return first, second


def _party_column(party: str, side_a: Actor | None, side_b: Actor | None) -> str | None:
    if party in ("civilians", "unknown"):
        return party
    if ":" in party or party == "total":
        return None  # a part of a party already counted, or the total
    party_side = party if party in ("government", "rebels") else side_of(party)
    for column, actor in (("a", side_a), ("b", side_b)):
        if actor is None:
            continue
        if party == actor.name or (party_side is not None and party_side == side_of(actor.name)):
            return column
    return "unknown"


def _middle(figures: dict[str, tuple[int, int, int]]) -> tuple[int, int, int]:
    lows, bests, highs = zip(*figures.values(), strict=True)
    return min(lows), int(statistics.median_low(bests)), max(highs)


def deaths(row: EventRow, side_a: Actor | None, side_b: Actor | None) -> dict[str, tuple[int, int, int]]:
    """low / best / high killed per column (a, b, civilians, unknown, total)."""
    per_column: dict[str, dict[str, tuple[int, int, int]]] = defaultdict(dict)
    for claim in row.casualty_claims:
        if claim.fields.get("outcome") != "killed" or claim.stance == "denied":
            continue
        figure = _figure(claim)
        party = str(claim.fields.get("party"))
        key = "total" if party == "total" else _party_column(party, side_a, side_b)
        if figure is None or key is None:
            continue
        said = per_column[key].get(claim.voice)
        if said is None or said[1] < figure[1]:
            per_column[key][claim.voice] = figure
    return {column: _middle(figures) for column, figures in per_column.items()}


def _figure(claim: ClaimRef) -> tuple[int, int, int] | None:
    best, low, high = (claim.fields.get(k) for k in ("best", "low", "high"))
    if best is None and low is None:
        return None
    middle = int(best) if best is not None else int(low or 0)
    return (int(low) if low is not None else middle, middle, int(high) if high is not None else middle)


def where_prec(row: EventRow) -> int | None:
    """GED's 1 (the place itself) … 6 (only the country), from the event's place and precision."""
    event, place = row.event, row.place
    if event.lat is None:
        return None
    if place is not None and place.country and place.name == place.country:
        return 6
    if place is not None and place.feature == "region":
        return 4
    return {1: 1, 2: 2, 3: 4}.get(event.geo_precision or 1, 4)


def date_prec(row: EventRow) -> int:
    """GED's 1 (the day) … 5 (the year)."""
    event = row.event
    span = (event.date_end - event.date_start).days if event.date_start and event.date_end else 0
    precision = event.date_precision or 1
    if precision >= 3 or span > 7:
        return 4
    if precision == 2 or span > 6:
        return 3
    return 2 if span > 0 else 1


def type_of_violence(row: EventRow, side_a: Actor | None, side_b: Actor | None) -> int | str:
    """1 state-based, 2 non-state, 3 one-sided (against civilians); empty when not organised violence."""
    codes = {a.inter_code for a in (side_a, side_b) if a is not None}
    if row.event.event_type == "Violence against civilians" or CIVILIANS in codes:
        return 3
    if row.event.event_type not in ("Battles", "Explosions/Remote violence"):
        return ""
    if 1 in codes:
        return 1
    return 2 if side_a and side_b else ""


def _sources(row: EventRow) -> dict[str, str]:
    reports: dict[int, ClaimRef] = {}
    for claim in sorted(row.claims, key=lambda c: c.id):
        reports.setdefault(claim.report_id, claim)
    refs = list(reports.values())

    def day(c: ClaimRef) -> str:
        return c.published.date().isoformat() if c.published else ""

    return {
        "source_article": ";".join(
            f'"{c.outlet},{day(c)},{(c.title or "").replace(chr(34), chr(39))}"' for c in refs
        ),
        "source_office": ";".join(c.outlet for c in refs),
        "source_date": ";".join(day(c) for c in refs),
        "source_headline": ";".join(c.title or "" for c in refs),
        "source_original": "; ".join(row.voices),
    }


def ucdp_row(row: EventRow) -> dict[str, Any]:
    event = row.event
    side_a, side_b = sides(row)
    country = find_country(event.country)
    killed = deaths(row, side_a, side_b)
    parts = {c: killed.get(c, (0, 0, 0)) for c in ("a", "b", "civilians", "unknown")}
    total = killed.get("total")
    # GED's best is the sum of the four columns: a toll above its parts' sum is unknown deaths.
    if total is not None and total[1] > sum(p[1] for p in parts.values()):
        extra = total[1] - sum(p[1] for p in parts.values())
        low, best, high = parts["unknown"]
        parts["unknown"] = (low, best + extra, high + extra)
    best = sum(p[1] for p in parts.values())
    low = min(max(sum(p[0] for p in parts.values()), total[0] if total else 0), best)
    high = max(event.fatalities_high or 0, sum(p[2] for p in parts.values()), best)
    assert event.date_start is not None  # rows.event_rows keeps dated events only
    iso3 = country.iso3 if country else "XXX"
    names = [a.name for a in (side_a, side_b) if a is not None]
    return {
        "id": event.id,
        "relid": f"{iso3}-{event.date_start.year}-WM-{event.id}",
        "year": event.date_start.year,
        "type_of_violence": type_of_violence(row, side_a, side_b),
        "dyad_name": " - ".join(names),
        "side_a": side_a.name if side_a else "",
        "side_b": side_b.name if side_b else "",
        "number_of_sources": event.independent_sources,
        **_sources(row),
        "where_prec": where_prec(row) or "",
        "where_coordinates": event.location or "",
        "where_description": ", ".join(
            dict.fromkeys(v for v in (event.location, event.admin1, event.country) if v)
        ),
        "adm_1": event.admin1 or "",
        "adm_2": (row.place.admin2 if row.place else None) or "",
        "latitude": event.lat if event.lat is not None else "",
        "longitude": event.lon if event.lon is not None else "",
        "geom_wkt": f"POINT ({event.lon} {event.lat})" if event.lat is not None else "",
        "priogrid_gid": priogrid_gid(event.lat, event.lon)
        if event.lat is not None and event.lon is not None
        else "",
        "country": event.country or "",
        "region": _UCDP_REGION.get(country.region, "") if country else "",
        "date_prec": date_prec(row),
        "date_start": event.date_start.isoformat(),
        "date_end": (event.date_end or event.date_start).isoformat(),
        "deaths_a": parts["a"][1],
        "deaths_b": parts["b"][1],
        "deaths_civilians": parts["civilians"][1],
        "deaths_unknown": parts["unknown"][1],
        "best": best,
        "high": high,
        "low": low,
    }
