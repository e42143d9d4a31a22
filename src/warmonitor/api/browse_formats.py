"""Events as the API shows them: the JSON model, a GeoJSON feature, a CSV row."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

from warmonitor.schemas import EventOut
from warmonitor.store.browse_queries import EventRecord

CSV_COLUMNS = (
    "event_id",
    "date_start",
    "date_end",
    "date_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "location",
    "admin1",
    "country",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "grade",
    "independent_sources",
    "claims",
)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def event_dict(record: EventRecord) -> dict[str, Any]:
    """An event in the EventOut shape, built as plain data: a page of 500 is
    then serialised without validating each nested model (about 10x faster)."""
    r = record.row
    return {
        "id": r["id"],
        "event_type": r["event_type"],
        "sub_event_type": r["sub_event_type"],
        "date": {
            "start": _iso(r["date_start"]),
            "end": _iso(r["date_end"]),
            "precision": r["date_precision"],
        },
        "place": {
            "id": r["place_id"],
            "name": r["location"],
            "lat": r["lat"],
            "lon": r["lon"],
            "admin1": r["admin1"],
            "country": r["country"],
            "precision": r["geo_precision"],
        },
        "actors": [
            {"role": role, "id": a.id, "name": a.name, "inter_code": a.inter_code}
            for role, a in record.actors
        ],
        "fatalities": {
            "low": r["fatalities_low"],
            "best": r["fatalities_best"],
            "high": r["fatalities_high"],
        },
        "grade": r["grade"],
        "independent_sources": r["independent_sources"],
        "claims": record.claims,
        "summary": r["summary"],
    }


def event_out(record: EventRecord) -> EventOut:
    return EventOut.model_validate(event_dict(record))


def _flat(event: dict[str, Any]) -> dict[str, Any]:
    """One event as flat columns: what GeoJSON properties and CSV rows share."""
    by_role = {a["role"]: a for a in event["actors"]}
    a1, a2 = by_role.get("actor1", {}), by_role.get("actor2", {})
    place, fatalities = event["place"], event["fatalities"]
    return {
        "event_id": event["id"],
        "date_start": event["date"]["start"],
        "date_end": event["date"]["end"],
        "date_precision": event["date"]["precision"],
        "event_type": event["event_type"],
        "sub_event_type": event["sub_event_type"],
        "actor1": a1.get("name"),
        "inter1": a1.get("inter_code"),
        "actor2": a2.get("name"),
        "inter2": a2.get("inter_code"),
        "location": place["name"],
        "admin1": place["admin1"],
        "country": place["country"],
        "latitude": place["lat"],
        "longitude": place["lon"],
        "geo_precision": place["precision"],
        "fatalities_low": fatalities["low"],
        "fatalities_best": fatalities["best"],
        "fatalities_high": fatalities["high"],
        "grade": event["grade"],
        "independent_sources": event["independent_sources"],
        "claims": event["claims"],
    }


def geojson(events: list[dict[str, Any]], next_cursor: str | None, next_url: str | None) -> dict[str, Any]:
    """A FeatureCollection; `next` and `next_url` ride along as foreign members."""
    features = []
    for event in events:
        props = _flat(event)
        lat, lon = props.pop("latitude"), props.pop("longitude")
        geometry = None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]}
        props["kind"] = "event"
        props["id"] = event["id"]
        features.append({"type": "Feature", "id": event["id"], "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features, "next": next_cursor, "next_url": next_url}


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    # A leading =, +, - or @ makes spreadsheets run the cell as a formula.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return "" if value is None else value


def csv_text(events: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for event in events:
        flat = _flat(event)
        writer.writerow([_cell(flat[c]) for c in CSV_COLUMNS])
    return out.getvalue()
