"""Parquet: the events table with its actors' names, claimants and claim ids,
typed columns (dates as dates, figures as nullable integers, lists as lists)."""

from __future__ import annotations

import io
from collections.abc import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from warmonitor.export.rows import EventRow

SCHEMA = pa.schema(
    [
        ("event_id", pa.int64()),
        ("event_type", pa.string()),
        ("sub_event_type", pa.string()),
        ("date_start", pa.date32()),
        ("date_end", pa.date32()),
        ("date_precision", pa.int8()),
        ("place_id", pa.int64()),
        ("location", pa.string()),
        ("admin1", pa.string()),
        ("admin2", pa.string()),
        ("country", pa.string()),
        ("latitude", pa.float64()),
        ("longitude", pa.float64()),
        ("geo_precision", pa.int8()),
        ("actor1", pa.string()),
        ("inter1", pa.int8()),
        ("actor2", pa.string()),
        ("inter2", pa.int8()),
        ("fatalities_low", pa.int64()),
        ("fatalities_best", pa.int64()),
        ("fatalities_high", pa.int64()),
        ("grade", pa.string()),
        ("independent_sources", pa.int32()),
        ("sources", pa.list_(pa.string())),
        ("claims", pa.list_(pa.int64())),
        ("summary", pa.string()),
        ("updated_at", pa.timestamp("s", tz="UTC")),
    ]
)


def parquet_bytes(rows: Iterable[EventRow]) -> bytes:
    columns: dict[str, list[object]] = {name: [] for name in SCHEMA.names}
    for row in rows:
        event = row.event
        values = {
            "event_id": event.id,
            "event_type": event.event_type,
            "sub_event_type": event.sub_event_type,
            "date_start": event.date_start,
            "date_end": event.date_end,
            "date_precision": event.date_precision,
            "place_id": event.place_id,
            "location": event.location,
            "admin1": event.admin1,
            "admin2": row.place.admin2 if row.place else None,
            "country": event.country,
            "latitude": event.lat,
            "longitude": event.lon,
            "geo_precision": event.geo_precision,
            "actor1": row.actor1.name if row.actor1 else None,
            "inter1": row.actor1.inter_code if row.actor1 else None,
            "actor2": row.actor2.name if row.actor2 else None,
            "inter2": row.actor2.inter_code if row.actor2 else None,
            "fatalities_low": event.fatalities_low,
            "fatalities_best": event.fatalities_best,
            "fatalities_high": event.fatalities_high,
            "grade": event.grade,
            "independent_sources": event.independent_sources,
            "sources": row.voices,
            "claims": [c.id for c in row.claims],
            "summary": event.summary,
            "updated_at": event.updated_at,
        }
        for name, value in values.items():
            columns[name].append(value)
    table = pa.Table.from_pydict(columns, schema=SCHEMA)
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()
