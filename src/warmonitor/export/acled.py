"""ACLED CSV: the 31 columns of ACLED's public exports, in ACLED's order, one row
per reconciled event. The mapping choices are in docs/export.md."""

from __future__ import annotations

from datetime import date
from typing import Any

from warmonitor.export.common import CIVILIANS, note, ordered_actors, same_side
from warmonitor.export.countries import find_country
from warmonitor.export.rows import EventRow
from warmonitor.extract.actors import Actor as Entry
from warmonitor.extract.actors import acled_name, load_actors
from warmonitor.extract.gazetteer import admin1_as_acled
from warmonitor.reconcile.views import side_of

COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

POLITICAL_VIOLENCE = {"Battles", "Explosions/Remote violence", "Violence against civilians"}

# ACLED codes mob violence as political violence, violent demonstrations as demonstrations.
_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}

# The scale of a claimant, by the kind of source it is.
_SCALE = {
    "wire": "International",
    "state_media": "National",
    "official": "National",
    "monitor": "Other",
    "ngo": "Other",
    "other": "Other",
}
_SCALE_ORDER = ("Subnational", "National", "Regional", "International", "New media", "Other")


def disorder_type(event_type: str, sub_event_type: str | None) -> str:
    if event_type == "Riots" and sub_event_type == "Mob violence":
        return "Political violence"
    return _DISORDER.get(event_type, "Strategic developments")


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """The two inter codes, smaller first; a lone actor's code followed by 0 (ACLED's 'sole' codes)."""
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    if not codes:
        return None
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def time_precision(row: EventRow) -> int:
    event = row.event
    precision = min(max(event.date_precision or 1, 1), 3)
    if event.date_start and event.date_end and (event.date_end - event.date_start).days > 7:
        precision = 3  # spread over more than a week: only the month is sure
    return precision


def source_scale(row: EventRow) -> str:
    kinds = {c.voice: c.voice_kind for c in row.claims}
    # A state's own forces speaking (not a listed outlet) are a national official voice.
    scales = {
        "National" if kind == "other" and side_of(voice) == "government" else _SCALE.get(kind, "Other")
        for voice, kind in kinds.items()
    }
    return "-".join(s for s in _SCALE_ORDER if s in scales)


def _associates(row: EventRow, names: set[str]) -> tuple[list[str], list[str]]:
    actor1, actor2 = ordered_actors(row)
    with_1, with_2 = [], []
    for name in row.actors_named:
        if name in names:
            continue
        if same_side(name, actor1):
            with_1.append(name)
        elif same_side(name, actor2):
            with_2.append(name)
    return with_1, with_2


def as_acled(name: str, when: date) -> str:
    """An actor as ACLED names it on `when`: the dictionary's `acled_name`
    ("HTS: Hayat Tahrir al Sham"), state forces with the period of the
    government then in office ("Military Forces of Syria (2000-2024)")."""
    entry = load_actors().actors.get(name) or Entry(name, 0)
    return acled_name(entry, when)


def _admin1(name: str | None, iso2: str | None) -> str:
    """A region as ACLED spells it ("Bavaria" -> "Bayern", admin1_aliases.csv)."""
    if not name:
        return ""
    return admin1_as_acled(iso2, name) if iso2 else name


def acled_row(row: EventRow) -> dict[str, Any]:
    event = row.event
    actor1, actor2 = ordered_actors(row)
    inter1 = actor1.inter_code if actor1 else None
    inter2 = actor2.inter_code if actor2 else None
    country = find_country(event.country)
    assoc1, assoc2 = _associates(row, {a.name for a in (actor1, actor2) if a})
    day = event.date_start
    assert day is not None  # rows.event_rows keeps dated events only
    targets_civilians = event.event_type in POLITICAL_VIOLENCE and CIVILIANS in (inter1, inter2)
    return {
        "event_id_cnty": f"{country.iso3 if country else 'XXX'}{event.id}",
        "event_date": day.isoformat(),
        "year": day.year,
        "time_precision": time_precision(row),
        "disorder_type": disorder_type(event.event_type, event.sub_event_type),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type or "",
        "actor1": as_acled(actor1.name, day) if actor1 else "",
        "assoc_actor_1": "; ".join(as_acled(a, day) for a in assoc1),
        "inter1": inter1 if inter1 is not None else "",
        "actor2": as_acled(actor2.name, day) if actor2 else "",
        "assoc_actor_2": "; ".join(as_acled(a, day) for a in assoc2),
        "inter2": inter2 if inter2 is not None else "",
        "interaction": interaction(inter1, inter2) or "",
        "civilian_targeting": "Civilian targeting" if targets_civilians else "",
        "iso": country.isonumeric if country else "",
        "region": country.region if country else "",
        "country": country.acled_name if country else (event.country or ""),
        "admin1": _admin1(event.admin1, country.iso2 if country else None),
        "admin2": (row.place.admin2 if row.place else None) or "",
        "admin3": "",
        "location": event.location or "",
        "latitude": event.lat if event.lat is not None else "",
        "longitude": event.lon if event.lon is not None else "",
        "geo_precision": event.geo_precision or "",
        "source": "; ".join(row.voices),
        "source_scale": source_scale(row),
        "notes": note(row, actor1, actor2),
        "fatalities": event.fatalities_low or 0,
        "tags": f"grade={event.grade or 'ungraded'}; independent sources={event.independent_sources}",
        "timestamp": int(event.updated_at.timestamp()),
    }
