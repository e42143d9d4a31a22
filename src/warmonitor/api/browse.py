"""Browsing the store over HTTP: events, claims, places and actors, in keyset pages.

Every list answers `next` (an opaque cursor: pass it back as ?cursor=) and
`next_url` (the same request, filters kept, one page on); both are null on the
last page. Filters that cannot be read get a 422 naming the filter and why.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from typing import Annotated, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response, status
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from warmonitor.api import tokens
from warmonitor.api.browse_formats import csv_text, event_dict, event_out, geojson
from warmonitor.api.deps import SessionDep
from warmonitor.config import Settings
from warmonitor.errors import BadInput
from warmonitor.schemas import (
    ActorOut,
    ActorPage,
    ClaimDetailOut,
    ClaimOut,
    ClaimPage,
    ClaimReportOut,
    EventOut,
    EventPage,
    PlacePage,
    PlaceSummary,
)
from warmonitor.store import browse_queries as q
from warmonitor.store.db import session_scope
from warmonitor.store.models import Claim

router = APIRouter()
T = TypeVar("T")
bearer = HTTPBearer(auto_error=False)

FORMATS = ("json", "geojson", "csv")
Day = Annotated[date | None, Query(description="YYYY-MM-DD")]
Limit = Annotated[int, Query(ge=1, le=q.MAX_LIMIT, description=f"Rows per page, at most {q.MAX_LIMIT}.")]
Cursor = Annotated[str | None, Query(max_length=200, description="The `next` value of the previous page.")]
Id = Annotated[int, Path(ge=1, le=2**63 - 1)]


def require_reader(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> None:
    """With WARMONITOR_READ_REQUIRES_TOKEN, a GET under /api/v1 needs a live token of any role."""
    settings: Settings = request.app.state.settings
    if not settings.read_requires_token or request.method not in ("GET", "HEAD"):
        return
    if not request.url.path.startswith("/api/v1/"):
        return
    if credentials is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "reads need a token here: Authorization: Bearer <token> (viewer, analyst or admin)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    with session_scope(request.app.state.engine) as session:
        role = tokens.role_of(session, credentials.credentials)
    if role is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown or revoked token")


def _reject(reason: str) -> HTTPException:
    return HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, reason)


def _check_text(**values: str | None) -> None:
    # PostgreSQL refuses NUL in text; say so here rather than fail in the database.
    for name, value in values.items():
        if value is not None and "\x00" in value:
            raise _reject(f"{name} contains a NUL character")


def parse_bbox(raw: str) -> tuple[float, float, float, float]:
    parts = raw.split(",")
    if len(parts) != 4:
        raise _reject(f"bbox needs 4 numbers minlon,minlat,maxlon,maxlat; got {len(parts)}")
    try:
        minlon, minlat, maxlon, maxlat = (float(p) for p in parts)
    except ValueError:
        raise _reject("bbox needs 4 numbers minlon,minlat,maxlon,maxlat") from None
    if not all(math.isfinite(v) for v in (minlon, minlat, maxlon, maxlat)):
        raise _reject("bbox numbers must be finite")
    for lat in (minlat, maxlat):
        if not -90 <= lat <= 90:
            raise _reject(f"bbox latitude {lat} is outside -90..90")
    for lon in (minlon, maxlon):
        if not -180 <= lon <= 180:
            raise _reject(f"bbox longitude {lon} is outside -180..180")
    if minlat > maxlat:
        raise _reject("bbox minlat is above maxlat")
    return minlon, minlat, maxlon, maxlat


def _next_url(request: Request, cursor: str | None) -> str | None:
    return str(request.url.include_query_params(cursor=cursor)) if cursor else None


def _cursor(decode: Callable[[str], T], token: str | None) -> T | None:
    if token is None:
        return None
    try:
        return decode(token)
    except BadInput as exc:
        raise _reject(exc.reason) from None


@router.get(
    "/events",
    response_model=EventPage,
    tags=["events"],
    responses={200: {"content": {"application/geo+json": {}, "text/csv": {}}}},
)
def list_events(
    request: Request,
    session: SessionDep,
    since: Day = None,
    until: Day = None,
    bbox: Annotated[
        str | None, Query(max_length=200, description="minlon,minlat,maxlon,maxlat (WGS84 degrees).")
    ] = None,
    country: Annotated[str | None, Query(max_length=100)] = None,
    actor: Annotated[
        str | None, Query(max_length=300, description="An actor's name: actor1 or actor2.")
    ] = None,
    event_type: Annotated[str | None, Query(max_length=64, description="An ACLED event type.")] = None,
    sub_event_type: Annotated[str | None, Query(max_length=64)] = None,
    grade: Annotated[str | None, Query(max_length=20, description=", ".join(q.GRADES))] = None,
    fmt: Annotated[str, Query(alias="format", max_length=20, description="json, geojson or csv")] = "json",
    limit: Limit = 100,
    cursor: Cursor = None,
) -> Response:
    """Events newest first under the filters, with their claims, place, actors and fatalities."""
    _check_text(country=country, actor=actor, event_type=event_type, sub_event_type=sub_event_type)
    if fmt not in FORMATS:
        raise _reject(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    if grade is not None and grade not in q.GRADES:
        raise _reject(f"grade must be one of {', '.join(q.GRADES)}, got {grade!r}")
    if since and until and since > until:
        raise _reject(f"since ({since}) is after until ({until})")
    filters = q.EventFilters(
        since=since,
        until=until,
        bbox=parse_bbox(bbox) if bbox is not None else None,
        country=country,
        actor=actor,
        event_type=event_type,
        sub_event_type=sub_event_type,
        grade=grade,
    )
    after = _cursor(q.decode_event_cursor, cursor)
    records, key = q.list_events(session, filters, limit, after)
    token = q.encode_cursor(key.day, key.id) if key else None
    events = [event_dict(r) for r in records]
    headers = {"Link": f'<{_next_url(request, token)}>; rel="next"'} if token else {}
    if fmt == "geojson":
        body = geojson(events, token, _next_url(request, token))
        return JSONResponse(body, media_type="application/geo+json", headers=headers)
    if fmt == "csv":
        if token:
            headers["X-Next-Cursor"] = token
        return Response(csv_text(events), media_type="text/csv; charset=utf-8", headers=headers)
    # Plain data, already in EventPage's shape: re-validating a page of 500 events costs more than the query.
    return JSONResponse(
        {"items": events, "next": token, "next_url": _next_url(request, token)}, headers=headers
    )


@router.get("/events/{event_id}", response_model=EventOut, tags=["events"])
def get_event(event_id: Id, session: SessionDep) -> EventOut:
    record = q.get_event(session, event_id)
    if record is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no event {event_id}")
    return event_out(record)


def _claim_out(claim: Claim) -> ClaimOut:
    return ClaimOut(
        id=claim.id,
        report_id=claim.report_id,
        kind=claim.kind,
        text=claim.text,
        span=(claim.span_start, claim.span_end),
        claimant=claim.claimant,
        stance=claim.stance,
        fields=claim.fields or {},
        place_id=claim.place_id,
    )


@router.get("/claims", response_model=ClaimPage, tags=["claims"])
def list_claims(
    request: Request,
    session: SessionDep,
    report_id: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
    kind: Annotated[str | None, Query(max_length=32, description="event, casualty, control, …")] = None,
    claimant: Annotated[str | None, Query(max_length=300, description="Who made the claim.")] = None,
    event_id: Annotated[
        int | None, Query(ge=1, le=2**63 - 1, description="Claims behind this event.")
    ] = None,
    limit: Limit = 100,
    cursor: Cursor = None,
) -> ClaimPage:
    """Claims in the order they were stored, each with its span, claimant, stance and fields."""
    _check_text(kind=kind, claimant=claimant)
    after = _cursor(q.decode_id_cursor, cursor)
    filters = q.ClaimFilters(report_id=report_id, kind=kind, claimant=claimant, event_id=event_id)
    claims, last = q.list_claims(session, filters, limit, after)
    token = q.encode_cursor(last) if last else None
    return ClaimPage(items=[_claim_out(c) for c in claims], next=token, next_url=_next_url(request, token))


@router.get("/claims/{claim_id}", response_model=ClaimDetailOut, tags=["claims"])
def get_claim(claim_id: Id, session: SessionDep) -> ClaimDetailOut:
    """One claim, the report it came from, and the events and control periods it fed."""
    found = q.get_claim(session, claim_id)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no claim {claim_id}")
    report = found.report
    return ClaimDetailOut(
        **_claim_out(found.claim).model_dump(),
        report=ClaimReportOut(
            id=report.id,
            outlet=found.outlet,
            title=report.title,
            url=report.url,
            published_at=report.published_at,
        ),
        events=found.events,
        control_periods=found.control_periods,
    )


@router.get("/places", response_model=PlacePage, tags=["places"])
def list_places(
    request: Request,
    session: SessionDep,
    name: Annotated[
        str | None, Query(max_length=300, description="Names starting with this (any case).")
    ] = None,
    country: Annotated[str | None, Query(max_length=100)] = None,
    limit: Limit = 100,
    cursor: Cursor = None,
) -> PlacePage:
    """Known places by name."""
    _check_text(name=name, country=country)
    after = _cursor(q.decode_name_cursor, cursor)
    places, last = q.list_places(session, name, country, limit, after)
    token = q.encode_cursor(*last) if last else None
    return PlacePage(
        items=[PlaceSummary.model_validate(p) for p in places], next=token, next_url=_next_url(request, token)
    )


@router.get("/actors", response_model=ActorPage, tags=["actors"])
def list_actors(
    request: Request,
    session: SessionDep,
    name: Annotated[
        str | None, Query(max_length=300, description="Names starting with this (any case).")
    ] = None,
    limit: Limit = 100,
    cursor: Cursor = None,
) -> ActorPage:
    """Known actors by name, with their ACLED interaction code."""
    _check_text(name=name)
    after = _cursor(q.decode_name_cursor, cursor)
    actors, last = q.list_actors(session, name, limit, after)
    token = q.encode_cursor(*last) if last else None
    return ActorPage(
        items=[ActorOut.model_validate(a) for a in actors], next=token, next_url=_next_url(request, token)
    )
