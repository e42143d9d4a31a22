"""Exports over HTTP: the same files `warmonitor export` writes, for a filtered
selection of events, as downloads with their media type."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status

from warmonitor.api.deps import SessionDep
from warmonitor.errors import BadInput
from warmonitor.export import FORMATS, EventFilter, export, get_format

router = APIRouter(tags=["export"])

Day = Annotated[date | None, Query(description="YYYY-MM-DD")]


@router.get(
    "/export",
    response_class=Response,
    responses={
        200: {
            "description": "The file, as an attachment.",
            "content": {f.media_type: {} for f in FORMATS.values()},
        }
    },
)
def get_export(
    session: SessionDep,
    fmt: Annotated[str, Query(alias="format", description=", ".join(FORMATS))],
    since: Day = None,
    until: Day = None,
    country: Annotated[str | None, Query(max_length=100)] = None,
    event_type: Annotated[str | None, Query(max_length=64, description="An ACLED event type.")] = None,
    on: Annotated[
        date | None, Query(alias="date", description="geojson: also control on this day (YYYY-MM-DD).")
    ] = None,
) -> Response:
    """Events under the filters as ACLED CSV, UCDP GED CSV, GeoJSON or Parquet."""
    try:
        chosen = get_format(fmt)
        data = export(session, fmt, EventFilter(since, until, country, event_type), on)
    except BadInput as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, exc.reason) from None
    name = f"warmonitor-{chosen.name}.{chosen.suffix}"
    return Response(
        content=data,
        media_type=chosen.media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
