"""Answers to the questions the API and the CLI both ask of the reconciled
store: casualties for an area and period, control on a day, one place's
timeline. One function per question, returning the shared schema models."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from warmonitor.errors import BadInput
from warmonitor.reconcile.casualties import Estimate, estimate_casualties
from warmonitor.reconcile.control import control_sides
from warmonitor.schemas import (
    CasualtiesOut,
    CasualtyEstimateOut,
    ControlOut,
    ControlStateOut,
    ControlTimelineOut,
    PlaceSummary,
    VoiceFigureOut,
)
from warmonitor.store.models import Actor, Claim, ControlEvidence, ControlPeriod, Place, Report


def unreconciled_reports(session: Session) -> int:
    """How many stored reports have not been read by reconcile yet (their
    claims are in no toll, event or control period): not extracted, or with
    claims not reconciled (a run cut short; the upgrade to migration 0006).
    Two index counts: a report with claims has been extracted."""
    unread = session.scalar(select(func.count()).select_from(Report).where(Report.extracted_at.is_(None)))
    waiting = session.scalar(
        select(func.count(func.distinct(Claim.report_id))).where(Claim.reconciled_at.is_(None))
    )
    return (unread or 0) + (waiting or 0)


def _estimate_out(estimate: Estimate) -> CasualtyEstimateOut:
    return CasualtyEstimateOut(
        party=estimate.party,
        low=estimate.low,
        best=estimate.best,
        high=estimate.high,
        claims=estimate.claims,
        partisan_claims=estimate.partisan_claims,
        partisan_only=estimate.partisan_only,
        headline_voice=estimate.headline_voice,
        voices=[
            VoiceFigureOut(
                voice=v.voice,
                low=v.figure.low,
                best=v.figure.best,
                high=v.figure.high,
                as_of=v.as_of,
                partisan=v.partisan,
                claims=list(v.figure.claims),
            )
            for v in estimate.voices
        ],
    )


def casualties(
    session: Session,
    *,
    area: str | None = None,
    since: date | None = None,
    until: date | None = None,
    as_of: date | None = None,
    outcome: str = "killed",
) -> CasualtiesOut:
    if since and until and since > until:
        raise BadInput(f"since ({since}) is after until ({until})")
    day, total, parties = estimate_casualties(
        session, area=area, since=since, until=until, as_of=as_of, outcome=outcome
    )
    return CasualtiesOut(
        as_of=day,
        area=area,
        since=since,
        until=until,
        outcome=outcome,
        total=_estimate_out(total),
        parties=[_estimate_out(p) for p in parties],
        unreconciled_reports=unreconciled_reports(session),
    )


_PERIOD = (
    ControlPeriod.id,
    ControlPeriod.status,
    ControlPeriod.start,
    ControlPeriod.end,
    ControlPeriod.confidence,
    ControlPeriod.sides,
    Actor.name,
    Place.id,
    Place.name,
    Place.lat,
    Place.lon,
    Place.admin1,
    Place.country,
    Place.geonameid,
    Place.pcode,
)


def _periods() -> Select[*tuple[Any, ...]]:
    """Periods with their place and holder's name, as plain rows (no ORM objects)."""
    return (
        select(*_PERIOD)
        .join(Place, ControlPeriod.place_id == Place.id)
        .outerjoin(Actor, ControlPeriod.actor_id == Actor.id)
    )


def _states(session: Session, query: Select[*tuple[Any, ...]]) -> list[ControlStateOut]:
    """The periods as shown: each with its evidence (one query for all of
    them) and the sides reconcile stored with it."""
    rows = session.execute(query).all()
    evidence: dict[int, list[tuple[int, str]]] = defaultdict(list)
    ids = [row[0] for row in rows]
    for first in range(0, len(ids), 500):
        found = session.execute(
            select(ControlEvidence.period_id, ControlEvidence.claim_id, ControlEvidence.role)
            .where(ControlEvidence.period_id.in_(ids[first : first + 500]))
            .order_by(ControlEvidence.period_id, ControlEvidence.claim_id)
        )
        for period_id, claim_id, role in found:
            evidence[period_id].append((claim_id, role))
    states = []
    for period_id, status, start, end, confidence, sides, actor, *place in rows:
        said = evidence[period_id]
        if sides is None:  # a period written before migration 0006: worked out now
            claims = [session.get(Claim, c) for c, _role in said]
            sides = control_sides(actor, [c.fields for c in claims if c is not None])
        states.append(
            ControlStateOut(
                place=PlaceSummary(**dict(zip(_PLACE_FIELDS, place, strict=True))),
                actor=actor,
                status=status,
                since=start,
                until=end,
                confidence=confidence,
                evidence=[c for c, role in said if role == "evidence"],
                disputed_by=[c for c, role in said if role == "disputed_by"],
                sides=sides,
            )
        )
    return states


_PLACE_FIELDS = ("id", "name", "lat", "lon", "admin1", "country", "geonameid", "pcode")


def control_on(session: Session, day: date) -> ControlOut:
    query = (
        _periods()
        .where(
            ControlPeriod.start <= day,
            or_(ControlPeriod.end.is_(None), and_(ControlPeriod.end >= day)),
        )
        .order_by(Place.name, Place.id)
    )
    return ControlOut(
        date=day, places=_states(session, query), unreconciled_reports=unreconciled_reports(session)
    )


def control_timeline(session: Session, place_id: int) -> ControlTimelineOut:
    place = session.get(Place, place_id)
    if place is None:
        raise BadInput(f"no place with id {place_id}")
    query = _periods().where(ControlPeriod.place_id == place_id).order_by(ControlPeriod.start)
    return ControlTimelineOut(
        place=PlaceSummary.model_validate(place),
        periods=_states(session, query),
    )
