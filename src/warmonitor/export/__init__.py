"""Exports of the reconciled store in the formats analysts already use:
ACLED CSV, UCDP GED CSV, GeoJSON (events, and control on a day) and Parquet.

`export()` is what the CLI and the API both call: it reads events through
rows.event_rows (the user's filters) and answers the file's bytes."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from warmonitor.errors import BadInput
from warmonitor.export.rows import EventFilter, EventRow, event_rows


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    suffix: str
    binary: bool = False


FORMATS = {
    f.name: f
    for f in (
        Format("acled-csv", "text/csv; charset=utf-8", "csv"),
        Format("ucdp-csv", "text/csv; charset=utf-8", "csv"),
        Format("geojson", "application/geo+json", "geojson"),
        Format("parquet", "application/vnd.apache.parquet", "parquet", binary=True),
    )
}


def get_format(name: str) -> Format:
    known = FORMATS.get(name)
    if known is None:
        raise BadInput(f"format must be one of {', '.join(FORMATS)}, got {name!r}")
    return known


def _csv(
    columns: tuple[str, ...], make: Callable[[EventRow], dict[str, Any]], rows: Iterable[EventRow]
) -> bytes:
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=columns, restval="", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(make(row))
    return text.getvalue().encode("utf-8")


def export(session: Session, name: str, filters: EventFilter, control_day: date | None = None) -> bytes:
    """The selected events in one format, as the bytes of the file."""
    fmt = get_format(name)
    if control_day is not None and fmt.name != "geojson":
        raise BadInput("a control date (--date) only applies to the geojson format")
    rows = event_rows(session, filters)
    if fmt.name == "acled-csv":
        from warmonitor.export import acled

        return _csv(acled.COLUMNS, acled.acled_row, rows)
    if fmt.name == "ucdp-csv":
        from warmonitor.export import ucdp

        return _csv(ucdp.COLUMNS, ucdp.ucdp_row, rows)
    if fmt.name == "geojson":
        from warmonitor.export.geojson import feature_collection
        from warmonitor.reconcile.answers import control_on

        control = control_on(session, control_day) if control_day else None
        return json.dumps(feature_collection(rows, control), ensure_ascii=False).encode("utf-8")
    from warmonitor.export.parquet import parquet_bytes

    return parquet_bytes(rows)


__all__ = ["FORMATS", "EventFilter", "Format", "export", "get_format"]
