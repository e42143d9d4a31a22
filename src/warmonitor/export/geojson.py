"""GeoJSON: one FeatureCollection of Point features. Every feature carries a
`kind`: "event" for a reconciled event (its coded fields, fatalities low /
best / high, grade, claimants and claim ids), "control" for who held a place
on the day asked for (actor, status, since, confidence, evidence)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from warmonitor.export.acled import disorder_type
from warmonitor.export.common import note, ordered_actors
from warmonitor.export.rows import EventRow
from warmonitor.schemas import ControlOut


def _point(lat: float | None, lon: float | None) -> dict[str, Any] | None:
    if lat is None or lon is None:
        return None  # GeoJSON allows a feature without geometry: it stays in the file, off the map
    return {"type": "Point", "coordinates": [lon, lat]}


def event_feature(row: EventRow) -> dict[str, Any]:
    event = row.event
    actor1, actor2 = ordered_actors(row)
    return {
        "type": "Feature",
        "id": f"event-{event.id}",
        "geometry": _point(event.lat, event.lon),
        "properties": {
            "kind": "event",
            "event_id": event.id,
            "date_start": event.date_start.isoformat() if event.date_start else None,
            "date_end": event.date_end.isoformat() if event.date_end else None,
            "date_precision": event.date_precision,
            "disorder_type": disorder_type(event.event_type, event.sub_event_type),
            "event_type": event.event_type,
            "sub_event_type": event.sub_event_type,
            "actor1": actor1.name if actor1 else None,
            "actor2": actor2.name if actor2 else None,
            "location": event.location,
            "admin1": event.admin1,
            "country": event.country,
            "geo_precision": event.geo_precision,
            "fatalities_low": event.fatalities_low,
            "fatalities_best": event.fatalities_best,
            "fatalities_high": event.fatalities_high,
            "grade": event.grade,
            "independent_sources": event.independent_sources,
            "sources": row.voices,
            "claims": [c.id for c in row.claims],
            "notes": note(row, actor1, actor2),
        },
    }


def control_features(control: ControlOut) -> list[dict[str, Any]]:
    return [
        {
            "type": "Feature",
            "id": f"control-{state.place.id}",
            "geometry": _point(state.place.lat, state.place.lon),
            "properties": {
                "kind": "control",
                "date": control.date.isoformat(),
                "place_id": state.place.id,
                "place": state.place.name,
                "admin1": state.place.admin1,
                "country": state.place.country,
                "actor": state.actor,
                "status": state.status,
                "since": state.since.isoformat(),
                "until": state.until.isoformat() if state.until else None,
                "confidence": state.confidence,
                "evidence": state.evidence,
                "disputed_by": state.disputed_by,
            },
        }
        for state in control.places
    ]


def feature_collection(rows: Iterable[EventRow], control: ControlOut | None) -> dict[str, Any]:
    features = [event_feature(row) for row in rows]
    if control is not None:
        features.extend(control_features(control))
    return {"type": "FeatureCollection", "features": features}
