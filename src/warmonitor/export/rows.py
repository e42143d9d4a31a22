"""The shared read of every export: events under the user's filters, each with
its place, its two main actors and the claims behind it (with the report,
outlet and claimant each came from). Exports only read what reconcile wrote."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from warmonitor.errors import BadInput
from warmonitor.ingest.outlets import lookup
from warmonitor.store.models import Actor, Claim, Event, EventClaim, Place, Report, Source, SourceKind

EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)

# Events are read in pages of this many, so a large store is never held in memory at once.
PAGE = 500


@dataclass(frozen=True)
class EventFilter:
    since: date | None = None
    until: date | None = None
    country: str | None = None
    event_type: str | None = None

    def check(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise BadInput(f"since ({self.since}) is after until ({self.until})")
        if self.event_type is not None and self.event_type not in EVENT_TYPES:
            raise BadInput(f"event type must be one of {', '.join(EVENT_TYPES)}, got {self.event_type!r}")


@dataclass(frozen=True)
class ClaimRef:
    """One claim behind an event, with where it was read."""

    id: int
    kind: str
    claimant: str | None
    stance: str
    fields: dict[str, Any]
    report_id: int
    outlet: str
    outlet_kind: str
    claimant_kind: str | None
    published: datetime | None
    title: str | None
    url: str | None

    @property
    def voice(self) -> str:
        """Who stands behind it: the claimant, else the outlet that printed it."""
        return self.claimant or self.outlet

    @property
    def voice_kind(self) -> str:
        return self.claimant_kind or (self.outlet_kind if not self.claimant else "other")


@dataclass
class EventRow:
    event: Event
    place: Place | None
    actor1: Actor | None
    actor2: Actor | None
    claims: list[ClaimRef] = field(default_factory=list)

    @property
    def event_claims(self) -> list[ClaimRef]:
        return [c for c in self.claims if c.kind == "event"]

    @property
    def casualty_claims(self) -> list[ClaimRef]:
        return [c for c in self.claims if c.kind == "casualty"]

    @property
    def voices(self) -> list[str]:
        """The claimants, in the order they first spoke, each once (not the outlets that copied them)."""
        seen: dict[str, None] = {}
        for claim in sorted(self.claims, key=lambda c: (c.published or datetime.max, c.id)):
            seen.setdefault(claim.voice, None)
        return list(seen)

    @property
    def actors_named(self) -> list[str]:
        """Every actor the event's claims name, doers and targets, most named first."""
        counts: dict[str, int] = defaultdict(int)
        for claim in self.event_claims:
            for name in [*(claim.fields.get("actors") or []), *(claim.fields.get("targets") or [])]:
                counts[name] += 1
        return sorted(counts, key=lambda n: (-counts[n], n))


def event_query(filters: EventFilter) -> Select[Event]:
    # Reconcile dates every event; one without a day could not be placed in any export's time column.
    query = select(Event).where(Event.date_start.is_not(None))
    if filters.since is not None:
        query = query.where(func.coalesce(Event.date_end, Event.date_start) >= filters.since)
    if filters.until is not None:
        query = query.where(Event.date_start <= filters.until)
    if filters.country:
        wanted = filters.country.strip().casefold()
        query = query.where(func.lower(Event.country) == wanted)
    if filters.event_type:
        query = query.where(Event.event_type == filters.event_type)
    return query.order_by(Event.date_start, Event.id)


def _kind_of(claimant: str | None, stored: SourceKind | None) -> str | None:
    """The kind of source a claimant is: as stored, else from the outlet list."""
    if stored is not None:
        return str(stored.value)
    known = lookup(claimant) if claimant else None
    return str(known.kind.value) if known else None


@dataclass(frozen=True)
class _ReportInfo:
    published: datetime | None
    title: str | None
    url: str | None
    outlet: str
    outlet_kind: str


def _reports(session: Session, report_ids: set[int]) -> dict[int, _ReportInfo]:
    # Columns, not entities: a report's text and fingerprint are never needed here.
    query = (
        select(
            Report.id,
            # coalesce takes its first argument's type: still an aware UTC datetime.
            func.coalesce(Report.published_at, Report.ingested_at),
            Report.title,
            Report.url,
            Source.name,
            Source.kind,
        )
        .join(Source, Source.id == Report.source_id)
        .where(Report.id.in_(report_ids))
    )
    return {
        report_id: _ReportInfo(published, title, url, outlet, str(kind.value))
        for report_id, published, title, url, outlet, kind in session.execute(query)
    }


def _claims(session: Session, event_ids: list[int]) -> dict[int, list[ClaimRef]]:
    """Each event's claims; reports and claimant kinds are read once per page, not once per claim."""
    query = (
        select(
            EventClaim.event_id,
            Claim.id,
            Claim.kind,
            Claim.claimant,
            Claim.stance,
            Claim.fields,
            Claim.report_id,
            Claim.claimant_source_id,
        )
        .join(Claim, Claim.id == EventClaim.claim_id)
        .where(EventClaim.event_id.in_(event_ids))
        .order_by(EventClaim.event_id, Claim.id)
    )
    rows = session.execute(query).all()
    reports = _reports(session, {r.report_id for r in rows})
    claimant_ids = {r.claimant_source_id for r in rows if r.claimant_source_id}
    kind_rows = session.execute(select(Source.id, Source.kind).where(Source.id.in_(claimant_ids)))
    source_kinds: dict[int, SourceKind] = {source_id: kind for source_id, kind in kind_rows}
    kinds: dict[tuple[str | None, int | None], str | None] = {}
    found: dict[int, list[ClaimRef]] = defaultdict(list)
    for event_id, claim_id, kind, claimant, stance, fields, report_id, claimant_source_id in rows:
        report = reports[report_id]
        key = (claimant, claimant_source_id)
        if key not in kinds:
            kinds[key] = _kind_of(claimant, source_kinds.get(claimant_source_id))
        found[event_id].append(
            ClaimRef(
                id=claim_id,
                kind=kind,
                claimant=claimant,
                stance=stance,
                fields=fields or {},
                report_id=report_id,
                outlet=report.outlet,
                outlet_kind=report.outlet_kind,
                claimant_kind=kinds[key],
                published=report.published,
                title=report.title,
                url=report.url,
            )
        )
    return found


def event_rows(session: Session, filters: EventFilter) -> Iterator[EventRow]:
    """The filtered events, oldest first, each with its place, actors and claims."""
    filters.check()
    last: tuple[date, int] | None = None
    base = event_query(filters)
    while True:
        query = base
        if last is not None:
            day, event_id = last
            query = query.where(
                or_(Event.date_start > day, (Event.date_start == day) & (Event.id > event_id))
            )
        events = list(session.scalars(query.limit(PAGE)))
        if not events:
            return
        ids = [e.id for e in events]
        claims = _claims(session, ids)
        place_ids = {e.place_id for e in events if e.place_id}
        actor_ids = {a for e in events for a in (e.actor1_id, e.actor2_id) if a}
        places = {p.id: p for p in session.scalars(select(Place).where(Place.id.in_(place_ids)))}
        actors = {a.id: a for a in session.scalars(select(Actor).where(Actor.id.in_(actor_ids)))}
        for event in events:
            yield EventRow(
                event=event,
                place=places.get(event.place_id) if event.place_id else None,
                actor1=actors.get(event.actor1_id) if event.actor1_id else None,
                actor2=actors.get(event.actor2_id) if event.actor2_id else None,
                claims=claims.get(event.id, []),
            )
        if len(events) < PAGE:
            return
        last_day = events[-1].date_start
        assert last_day is not None  # the query keeps dated events only
        last = (last_day, events[-1].id)
