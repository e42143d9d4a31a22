"""Reads behind the browsing API: events, claims, places and actors, a page at a time.

Pages are keyset pages: each answer ends with the key of its last row and the
next page starts strictly after it, so a page costs the same on the first page
as on the thousandth and rows added meanwhile never shift a page. Events come
newest first by (date_start, id); events with no date follow, by id.
"""

from __future__ import annotations

import base64
import binascii
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, tuple_, union_all
from sqlalchemy.orm import Session

from warmonitor.errors import BadInput
from warmonitor.store.models import (
    Actor,
    Claim,
    ControlEvidence,
    Event,
    EventClaim,
    Place,
    Report,
    Source,
)

GRADES = ("confirmed", "fair", "weak", "contested", "discounted")
MAX_LIMIT = 500


_e = Event.__table__.c
# What the API shows of an event (not updated_at), id and date_start first for the page key.
EVENT_COLUMNS = (
    _e.id,
    _e.date_start,
    _e.date_end,
    _e.date_precision,
    _e.event_type,
    _e.sub_event_type,
    _e.place_id,
    _e.location,
    _e.lat,
    _e.lon,
    _e.admin1,
    _e.country,
    _e.geo_precision,
    _e.actor1_id,
    _e.actor2_id,
    _e.fatalities_low,
    _e.fatalities_best,
    _e.fatalities_high,
    _e.grade,
    _e.independent_sources,
    _e.summary,
)
EVENT_KEYS = tuple(c.name for c in EVENT_COLUMNS)


class ActorRef(NamedTuple):
    id: int
    name: str
    inter_code: int | None


@dataclass(frozen=True)
class EventKey:
    """Where a page of events ended: a date, or None once in the undated tail."""

    day: date | None
    id: int


def encode_cursor(*parts: object) -> str:
    raw = "|".join("" if p is None else str(p) for p in parts)
    return base64.urlsafe_b64encode(raw.encode("ascii")).decode("ascii").rstrip("=")


def _cursor_parts(token: str, count: int) -> list[str]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise BadInput("cursor is not one this API gave out (pass the `next` value unchanged)") from None
    # Only the last parts are numbers or dates; a name in front may hold "|".
    parts = raw.rsplit("|", count - 1)
    if len(parts) != count:
        raise BadInput("cursor is not one this API gave out (pass the `next` value unchanged)")
    return parts


def _cursor_id(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 2**63:
        raise BadInput("cursor is not one this API gave out (pass the `next` value unchanged)")
    return int(text)


def decode_event_cursor(token: str) -> EventKey:
    day_text, id_text = _cursor_parts(token, 2)
    try:
        day = date.fromisoformat(day_text) if day_text else None
    except ValueError:
        raise BadInput("cursor is not one this API gave out (pass the `next` value unchanged)") from None
    return EventKey(day, _cursor_id(id_text))


def decode_id_cursor(token: str) -> int:
    (id_text,) = _cursor_parts(token, 1)
    return _cursor_id(id_text)


def decode_name_cursor(token: str) -> tuple[str, int]:
    name, id_text = _cursor_parts(token, 2)
    return name, _cursor_id(id_text)


@dataclass(frozen=True)
class EventFilters:
    since: date | None = None
    until: date | None = None
    bbox: tuple[float, float, float, float] | None = None  # minlon, minlat, maxlon, maxlat
    country: str | None = None
    actor: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    grade: str | None = None


@dataclass
class EventRecord:
    """One event with what the API shows beside it."""

    row: dict[str, Any]  # the event's columns by name (EVENT_COLUMNS)
    actors: list[tuple[str, ActorRef]]  # ("actor1" | "actor2", actor)
    claims: list[int]


def _event_conditions(
    session: Session, f: EventFilters
) -> tuple[list[ColumnElement[bool]], list[int] | None] | None:
    """The WHERE terms for the filters but the actor, and the actor's ids
    (None: no actor filter); None when nothing can match."""
    e = Event.__table__.c
    terms: list[ColumnElement[bool]] = []
    if f.country:
        terms.append(e.country == f.country)
    if f.event_type:
        terms.append(e.event_type == f.event_type)
    if f.sub_event_type:
        terms.append(e.sub_event_type == f.sub_event_type)
    if f.grade:
        terms.append(e.grade == f.grade)
    if f.bbox:
        minlon, minlat, maxlon, maxlat = f.bbox
        terms.append(e.lat.between(minlat, maxlat))
        # A box crossing the antimeridian (minlon > maxlon) wraps round it.
        if minlon <= maxlon:
            terms.append(e.lon.between(minlon, maxlon))
        else:
            terms.append(or_(e.lon >= minlon, e.lon <= maxlon))
    if not f.actor:
        return terms, None
    ids = list(session.scalars(select(Actor.id).where(func.lower(Actor.name) == f.actor.lower())))
    return (terms, ids) if ids else None


def _newest_first(terms: list[ColumnElement[bool]], actor_ids: list[int] | None, n: int) -> Select[Any]:
    """The first n dated events under the terms, newest first."""
    e = Event.__table__.c
    if actor_ids is None:
        return select(*EVENT_COLUMNS).where(*terms).order_by(e.date_start.desc(), e.id.desc()).limit(n)
    # actor1 OR actor2 in one query makes SQLite read and sort all of the
    # actor's events; two index walks of n rows each, merged, read 2n at most.
    as1 = select(*EVENT_COLUMNS).where(*terms, e.actor1_id.in_(actor_ids))
    as2 = select(*EVENT_COLUMNS).where(
        *terms, e.actor2_id.in_(actor_ids), or_(e.actor1_id.is_(None), e.actor1_id.not_in(actor_ids))
    )
    both = union_all(
        *(select(q.order_by(e.date_start.desc(), e.id.desc()).limit(n).subquery()) for q in (as1, as2))
    ).subquery()
    return select(both).order_by(both.c.date_start.desc(), both.c.id.desc()).limit(n)


def list_events(
    session: Session, filters: EventFilters, limit: int, after: EventKey | None
) -> tuple[list[EventRecord], EventKey | None]:
    """A page of events under the filters, and the key to continue from (None at the end)."""
    conditions = _event_conditions(session, filters)
    if conditions is None:
        return [], None
    terms, actor_ids = conditions
    e = Event.__table__.c
    rows: list[Any] = []
    if after is None or after.day is not None:
        # Always a BETWEEN, open ends filled in: with >= or <= instead, SQLite 3.40
        # prefers the (type, date) index to (country, type, date) and reads up to
        # ten times the rows at 1M events.
        dated = [*terms, e.date_start.between(filters.since or date.min, filters.until or date.max)]
        if after is not None:
            dated.append(tuple_(e.date_start, e.id) < tuple_(after.day, after.id))
        rows = list(session.execute(_newest_first(dated, actor_ids, limit + 1)))
    # An undated event cannot fall in a date range; without one they come last.
    if len(rows) <= limit and filters.since is None and filters.until is None:
        if actor_ids is not None:
            terms = [*terms, or_(e.actor1_id.in_(actor_ids), e.actor2_id.in_(actor_ids))]
        query = select(*EVENT_COLUMNS).where(*terms, e.date_start.is_(None))
        if after is not None and after.day is None:
            query = query.where(e.id < after.id)
        rows += session.execute(query.order_by(e.id.desc()).limit(limit + 1 - len(rows)))
    more = len(rows) > limit
    rows = rows[:limit]
    key = EventKey(rows[-1][1], rows[-1][0]) if more else None  # EVENT_COLUMNS starts id, date_start
    return _records(session, rows), key


def get_event(session: Session, event_id: int) -> EventRecord | None:
    row = session.execute(select(*EVENT_COLUMNS).where(Event.__table__.c.id == event_id)).first()
    return _records(session, [row])[0] if row else None


def _records(session: Session, found: list[Any]) -> list[EventRecord]:
    """The page's rows with their actors and claim ids: one query each for the
    whole page (joined into the page's query, they would run for every row an
    actor or bbox filter sorts, not just the rows returned)."""
    # Plain dicts: reading 20 columns by name from SQLAlchemy rows cost more than the query.
    rows = [dict(zip(EVENT_KEYS, r, strict=True)) for r in found]
    if not rows:
        return []
    claims: dict[int, list[int]] = defaultdict(list)
    links = select(EventClaim.event_id, EventClaim.claim_id).where(
        EventClaim.event_id.in_([r["id"] for r in rows])
    )
    for event_id, claim_id in session.execute(links.order_by(EventClaim.event_id, EventClaim.claim_id)):
        claims[event_id].append(claim_id)
    actor_ids = {a for r in rows for a in (r["actor1_id"], r["actor2_id"]) if a is not None}
    actors: dict[int, ActorRef] = {}
    if actor_ids:
        found_actors = select(Actor.id, Actor.name, Actor.inter_code).where(Actor.id.in_(actor_ids))
        actors = {a[0]: ActorRef(*a) for a in session.execute(found_actors)}
    return [
        EventRecord(
            row=r,
            actors=[
                (role, actors[r[f"{role}_id"]]) for role in ("actor1", "actor2") if r[f"{role}_id"] in actors
            ],
            claims=claims[r["id"]],
        )
        for r in rows
    ]


@dataclass(frozen=True)
class ClaimFilters:
    report_id: int | None = None
    kind: str | None = None
    claimant: str | None = None
    event_id: int | None = None


def list_claims(
    session: Session, filters: ClaimFilters, limit: int, after: int | None
) -> tuple[list[Claim], int | None]:
    """Claims in id order under the filters, and the id to continue after."""
    query = select(Claim)
    if filters.report_id is not None:
        query = query.where(Claim.report_id == filters.report_id)
    if filters.kind:
        query = query.where(Claim.kind == filters.kind)
    if filters.claimant:
        query = query.where(func.lower(Claim.claimant) == filters.claimant.lower())
    if filters.event_id is not None:
        query = query.join(EventClaim, EventClaim.claim_id == Claim.id).where(
            EventClaim.event_id == filters.event_id
        )
    if after is not None:
        query = query.where(Claim.id > after)
    found = list(session.scalars(query.order_by(Claim.id).limit(limit + 1)))
    more = len(found) > limit
    found = found[:limit]
    return found, (found[-1].id if more else None)


@dataclass
class ClaimDetail:
    claim: Claim
    report: Report
    outlet: str
    events: list[int]
    control_periods: list[int]


def get_claim(session: Session, claim_id: int) -> ClaimDetail | None:
    found = session.execute(
        select(Claim, Report, Source.name)
        .join(Report, Claim.report_id == Report.id)
        .join(Source, Report.source_id == Source.id)
        .where(Claim.id == claim_id)
    ).first()
    if found is None:
        return None
    claim, report, outlet = found
    events = session.scalars(
        select(EventClaim.event_id).where(EventClaim.claim_id == claim_id).order_by(EventClaim.event_id)
    )
    periods = session.scalars(
        select(ControlEvidence.period_id)
        .where(ControlEvidence.claim_id == claim_id)
        .order_by(ControlEvidence.period_id)
    )
    return ClaimDetail(claim, report, outlet, list(events), list(dict.fromkeys(periods)))


def _prefix(text: str) -> str:
    """A LIKE pattern matching names that start with `text`, taken literally."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def list_places(
    session: Session, name: str | None, country: str | None, limit: int, after: tuple[str, int] | None
) -> tuple[list[Place], tuple[str, int] | None]:
    """Places by name (then id), optionally those whose name starts with `name`."""
    query = select(Place)
    if name:
        query = query.where(func.lower(Place.name).like(_prefix(name), escape="\\"))
    if country:
        query = query.where(func.lower(Place.country) == country.lower())
    if after is not None:
        query = query.where(or_(Place.name > after[0], and_(Place.name == after[0], Place.id > after[1])))
    found = list(session.scalars(query.order_by(Place.name, Place.id).limit(limit + 1)))
    more = len(found) > limit
    found = found[:limit]
    return found, ((found[-1].name, found[-1].id) if more else None)


def list_actors(
    session: Session, name: str | None, limit: int, after: tuple[str, int] | None
) -> tuple[list[Actor], tuple[str, int] | None]:
    """Actors by name, optionally those whose name starts with `name`."""
    query = select(Actor)
    if name:
        query = query.where(func.lower(Actor.name).like(_prefix(name), escape="\\"))
    if after is not None:
        query = query.where(or_(Actor.name > after[0], and_(Actor.name == after[0], Actor.id > after[1])))
    found = list(session.scalars(query.order_by(Actor.name, Actor.id).limit(limit + 1)))
    more = len(found) > limit
    found = found[:limit]
    return found, ((found[-1].name, found[-1].id) if more else None)
