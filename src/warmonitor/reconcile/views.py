"""Stored claims as reconciliation reads them: one flat record per claim with
the date it speaks of, where, who says it, and whether that voice is a party.

The independent voice of a claim is its claimant; a copy's own voice was
already mapped to the original outlet at intake, so a republished wire story
never counts twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from warmonitor.extract.actors import load_actors
from warmonitor.ingest.outlets import lookup
from warmonitor.store.models import Claim, Place, Report, Source, local_day

# Claimants who are a party to the fighting: their figures about themselves
# or their enemies are kept but flagged, and not used for a best estimate
# while an independent figure exists.
_PARTISAN_KINDS = {"state_media", "official"}
_PARTISAN_GENERIC = re.compile(
    r"^(?:anonymous security official|(?:military|security) sources?|rebel sources"
    r"|.* government|.* ministry of .*"
    r"|government of .*|(?:military|police) forces of .*)$",
    re.I,
)
_INDEPENDENT_GENERIC = {"residents", "medical source", "hospital source", "Syria Civil Defence"}


def is_partisan(claimant: str | None) -> bool:
    if not claimant or claimant in _INDEPENDENT_GENERIC:
        return False
    known = lookup(claimant)
    if known is not None:
        # An international organisation (an official source of no country,
        # a UN agency) speaks for no party to the fighting.
        return known.kind.value in _PARTISAN_KINDS and not (
            known.kind.value == "official" and not known.country
        )
    actor = load_actors().actors.get(claimant)
    if actor is not None:
        return actor.inter != 7  # civilians are not a party
    return bool(_PARTISAN_GENERIC.match(claimant))


def side_of(actor: str | None) -> str | None:
    """government, rebels or None: which side of the war an actor fights on."""
    if not actor:
        return None
    known = load_actors().actors.get(actor)
    if known is not None:
        return known.side
    if actor.startswith(("Rebel Group", "Allied factions")):
        return "rebels"
    if actor.startswith(("Military Forces of", "Police Forces of")):
        return "government"
    return None


def claim_day(kind: str, fields: dict[str, Any], published: date) -> date:
    """The day a claim speaks of: its own date (a control claim's last day,
    any other claim's first), else its report's publication day. Stored on
    the claim (`Claim.day`) so reconcile can read a few days' claims by index."""
    when = fields.get("date")
    if when and when.get("start"):
        return date.fromisoformat(when["end"] if kind == "control" else when["start"])
    return published


@dataclass(frozen=True)
class ClaimView:
    id: int
    report_id: int
    kind: str
    claimant: str | None
    stance: str
    fields: dict[str, Any]
    published: date
    outlet: str
    place_id: int | None
    place_name: str | None
    lat: float | None
    lon: float | None
    admin1: str | None
    country: str | None
    span: tuple[int, int]
    sentence: str

    @property
    def voice(self) -> str:
        """Who independently stands behind it: the claimant, else the outlet."""
        return self.claimant or self.outlet

    @property
    def partisan(self) -> bool:
        return is_partisan(self.claimant)

    @property
    def day(self) -> date:
        """The day it speaks of: its own date, else the report's publication day."""
        return claim_day(self.kind, self.fields, self.published)

    @property
    def precision(self) -> int | None:
        place = self.fields.get("place")
        return place.get("precision") if place else None


ClaimRows = Select[Claim, datetime | None, int | None, datetime, str, Place]


def claim_query() -> ClaimRows:
    """Claims with their report's days, outlet and place, from dated reports;
    callers add their filters (`.where` gives a new statement: this one is
    built once, as building it cost more than running it)."""
    return _claim_query()


@cache
def _claim_query() -> ClaimRows:
    report = aliased(Report)
    return (
        select(
            Claim,
            report.published_at,
            report.published_offset_minutes,
            report.ingested_at,
            Source.name,
            Place,
        )
        .join(report, Claim.report_id == report.id)
        .join(Source, report.source_id == Source.id)
        .outerjoin(Place, Claim.place_id == Place.id)
        # A report with no date is kept out of every dated view (tolls, events, control).
        .where(report.published_at.is_not(None))
    )


def load_views(session: Session, query: ClaimRows) -> list[ClaimView]:
    views = []
    for claim, published_at, offset, ingested_at, outlet, place in session.execute(query):
        views.append(
            ClaimView(
                id=claim.id,
                report_id=claim.report_id,
                kind=claim.kind,
                claimant=claim.claimant,
                stance=claim.stance,
                fields=claim.fields,
                published=local_day(published_at, offset) or ingested_at.date(),
                outlet=outlet,
                place_id=claim.place_id,
                place_name=place.name if place else None,
                lat=place.lat if place else None,
                lon=place.lon if place else None,
                admin1=place.admin1 if place else None,
                country=place.country if place else None,
                span=(claim.span_start, claim.span_end),
                sentence=claim.text,
            )
        )
    return views
