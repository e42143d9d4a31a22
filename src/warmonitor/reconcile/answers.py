"""Answers to the questions the API and the CLI both ask of the reconciled
store: casualties for an area and period, control on a day, one place's
timeline. One function per question, returning the shared schema models."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, or_, select
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
    claims are in no toll, event or control period)."""
    return session.scalar(select(func.count()).select_from(Report).where(Report.extracted_at.is_(None))) or 0


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


def _state(session: Session, period: ControlPeriod, place: Place) -> ControlStateOut:
    evidence = session.execute(
        select(ControlEvidence.claim_id, ControlEvidence.role)
        .where(ControlEvidence.period_id == period.id)
        .order_by(ControlEvidence.claim_id)
    ).all()
    actor = session.get(Actor, period.actor_id) if period.actor_id else None
    claims = [session.get(Claim, c) for c, _role in evidence]
    return ControlStateOut(
        place=PlaceSummary.model_validate(place),
        actor=actor.name if actor else None,
        status=period.status,
        since=period.start,
        until=period.end,
        confidence=period.confidence,
        evidence=[c for c, role in evidence if role == "evidence"],
        disputed_by=[c for c, role in evidence if role == "disputed_by"],
        sides=control_sides(actor.name if actor else None, [c.fields for c in claims if c is not None]),
    )


def control_on(session: Session, day: date) -> ControlOut:
    query = (
        select(ControlPeriod, Place)
        .join(Place, ControlPeriod.place_id == Place.id)
        .where(
            ControlPeriod.start <= day,
            or_(ControlPeriod.end.is_(None), and_(ControlPeriod.end >= day)),
        )
        .order_by(Place.name, Place.id)
    )
    return ControlOut(
        date=day,
        places=[_state(session, p, place) for p, place in session.execute(query)],
        unreconciled_reports=unreconciled_reports(session),
    )


def control_timeline(session: Session, place_id: int) -> ControlTimelineOut:
    place = session.get(Place, place_id)
    if place is None:
        raise BadInput(f"no place with id {place_id}")
    periods = session.scalars(
        select(ControlPeriod).where(ControlPeriod.place_id == place_id).order_by(ControlPeriod.start)
    )
    return ControlTimelineOut(
        place=PlaceSummary.model_validate(place), periods=[_state(session, p, place) for p in periods]
    )
