"""What the report reader and the contested-claims panel show about claims.

The reader cuts a report's text at every claim span boundary, so overlapping
spans (a toll inside a sentence that also names a place) each stay marked,
and lists for every claim what it fed: events, control periods, or tolls.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from warmonitor.store.models import (
    Actor,
    Claim,
    ControlEvidence,
    ControlPeriod,
    Event,
    EventClaim,
    Place,
    Report,
)

CONTEXT_CHARS = 160
# How a control claim's `change` reads in a sentence ("Aleppo: taken by HTS").
CONTROL_WORDS = {
    "holds": "held by",
    "gained": "taken by",
    "lost": "lost by",
    "contested": "contested by",
    "withdrew": "abandoned by",
}


@dataclass
class Segment:
    text: str
    claims: list[int] = field(default_factory=list)


@dataclass
class Link:
    label: str
    href: str


@dataclass
class ClaimView:
    id: int
    kind: str
    text: str
    span: str
    claimant: str | None
    stance: str
    summary: str
    fed: list[Link]


def segments(text: str, spans: list[tuple[int, int, int]]) -> list[Segment]:
    """Split `text` at every (start, end, claim id) boundary; each piece knows its claims."""
    cuts = {0, len(text)}
    for start, end, _ in spans:
        if 0 <= start < end <= len(text):
            cuts.update((start, end))
    ordered = sorted(cuts)
    out = []
    for a, b in itertools.pairwise(ordered):
        covering = [cid for start, end, cid in spans if start <= a and b <= end]
        out.append(Segment(text[a:b], covering))
    return out


def _summary(claim: Claim) -> str:
    f: dict[str, Any] = claim.fields or {}
    if claim.kind == "casualty":
        figure = f.get("best") if f.get("low") == f.get("high") else f"{f.get('low')}-{f.get('high')}"
        return f"{f.get('outcome', 'killed')}: {figure} ({f.get('party', 'total')}, {f.get('scope', '')})"
    if claim.kind == "control":
        place = (f.get("place") or {}).get("name", "?")
        change = CONTROL_WORDS.get(f.get("change") or "", f.get("change") or "control")
        return f"{place}: {change} {f.get('actor') or 'an unnamed side'}"
    if claim.kind == "event":
        place = (f.get("place") or {}).get("name")
        where = f" in {place}" if place else ""
        return f"{f.get('sub_event_type') or f.get('event_type', 'event')}{where}"
    return claim.kind


def _day(claim: Claim, report: Report) -> date | None:
    span = (claim.fields or {}).get("date") or {}
    try:
        return date.fromisoformat(span["start"])
    except (KeyError, TypeError, ValueError):
        return report.local_day if report.published_at else None


def claim_views(session: Session, report: Report, claims: list[Claim]) -> list[ClaimView]:
    ids = [c.id for c in claims]
    events: dict[int, list[tuple[int, date | None]]] = defaultdict(list)
    for event_id, claim_id, day in session.execute(
        select(EventClaim.event_id, EventClaim.claim_id, Event.date_start)
        .join(Event, Event.id == EventClaim.event_id)
        .where(EventClaim.claim_id.in_(ids))
    ):
        events[claim_id].append((event_id, day))
    periods: dict[int, list[tuple[ControlEvidence, ControlPeriod, Place]]] = defaultdict(list)
    for ev, period, place in session.execute(
        select(ControlEvidence, ControlPeriod, Place)
        .join(ControlPeriod, ControlPeriod.id == ControlEvidence.period_id)
        .join(Place, Place.id == ControlPeriod.place_id)
        .where(ControlEvidence.claim_id.in_(ids))
    ):
        periods[ev.claim_id].append((ev, period, place))
    published = report.local_day.isoformat() if report.published_at else ""
    views = []
    for c in claims:
        fed = [
            Link(f"event #{e}", f"/dashboard#event={e}" + (f"&date={day.isoformat()}" if day else ""))
            for e, day in sorted(events[c.id], key=lambda pair: pair[0])
        ]
        for ev, period, place in periods[c.id]:
            role = "supports" if ev.role == "evidence" else "disputes"
            fed.append(
                Link(
                    f"{role} control of {place.name} from {period.start.isoformat()} ({period.status})",
                    f"/dashboard#date={period.start.isoformat()}&place={place.id}",
                )
            )
        if c.kind == "casualty" and published:
            fed.append(Link(f"tolls as of {published}", f"/dashboard#date={published}&claim={c.id}"))
        views.append(
            ClaimView(
                c.id,
                c.kind,
                c.text,
                report.text[c.span_start : c.span_end],
                c.claimant,
                c.stance,
                _summary(c),
                fed,
            )
        )
    return views


def claims_of_report(session: Session, report_id: int) -> list[Claim]:
    return list(
        session.scalars(
            select(Claim).where(Claim.report_id == report_id).order_by(Claim.span_start, Claim.id)
        )
    )


def claim_details(session: Session, ids: list[int]) -> list[dict[str, Any]]:
    """Claims with their claimant, outlet, report and the words around the span."""
    rows = session.scalars(
        select(Claim)
        .options(joinedload(Claim.report).joinedload(Report.source))
        .where(Claim.id.in_(ids))
        .order_by(Claim.id)
    ).unique()
    out = []
    for c in rows:
        text = c.report.text
        a = max(0, c.span_start - CONTEXT_CHARS)
        b = min(len(text), c.span_end + CONTEXT_CHARS)
        day = _day(c, c.report)
        out.append(
            {
                "id": c.id,
                "kind": c.kind,
                "text": c.text,
                "summary": _summary(c),
                "claimant": c.claimant,
                "stance": c.stance,
                "fields": c.fields,
                "report_id": c.report_id,
                "report_title": c.report.title,
                "outlet": c.report.source.name,
                "outlet_kind": c.report.source.kind.value,
                "published_at": c.report.published_at.isoformat() if c.report.published_at else None,
                "date": day.isoformat() if day else None,
                "before": text[a : c.span_start],
                "span": text[c.span_start : c.span_end],
                "after": text[c.span_end : b],
            }
        )
    return out


def filter_choices(session: Session) -> dict[str, list[str]]:
    """Actors and event types present, for the dashboard's filter lists."""
    types = session.scalars(select(Event.event_type).distinct().order_by(Event.event_type)).all()
    actor_ids = set(session.scalars(select(Event.actor1_id).distinct())) | set(
        session.scalars(select(Event.actor2_id).distinct())
    )
    actor_ids |= set(session.scalars(select(ControlPeriod.actor_id).distinct()))
    actor_ids.discard(None)
    actors = session.scalars(select(Actor.name).where(Actor.id.in_(actor_ids)).order_by(Actor.name)).all()
    return {"types": list(types), "actors": list(actors)}


def date_range(session: Session) -> tuple[date | None, date | None]:
    """First and last day anything happened: the timeline's ends."""
    first = [
        session.scalar(select(func.min(Event.date_start))),
        session.scalar(select(func.min(ControlPeriod.start))),
    ]
    last = [
        session.scalar(select(func.max(Event.date_start))),
        session.scalar(select(func.max(Event.date_end))),
        session.scalar(select(func.max(ControlPeriod.start))),
    ]
    known_first = [d for d in first if d is not None]
    known_last = [d for d in last if d is not None]
    return (min(known_first) if known_first else None, max(known_last) if known_last else None)
