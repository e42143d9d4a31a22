"""The shapes warmonitor shows the world, defined once.

The HTTP API declares its responses with these models and the CLI prints the
same models as JSON, so a script can switch between the two freely.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from warmonitor.store.models import SourceKind


class SourceOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    kind: SourceKind
    country: str | None = None
    homepage: str | None = None


class ReportSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str | None
    url: str | None
    outlet: str = Field(description="Who published the report (not who made its claims).")
    outlet_kind: SourceKind
    published_at: datetime | None
    ingested_at: datetime
    language: str | None
    content_hash: str
    copy_of: int | None = Field(
        None, description="The report this one republishes (a near-duplicate), if any."
    )
    copy_similarity: float | None = None


class ReportOut(ReportSummary):
    text: str


class ReportPage(BaseModel):
    items: list[ReportSummary]
    next_before: int | None = Field(
        None, description="Pass as ?before= to get the next (older) page; null on the last page."
    )


class ReportIn(BaseModel):
    """A report posted to the API: the same fields as a JSON-lines input."""

    text: str = Field(min_length=1, max_length=20 * 1024 * 1024)
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=300, description="The outlet that published it.")
    published: datetime | None = Field(None, description="ISO 8601; a time zone is required.")


class IngestOut(BaseModel):
    status: str = Field(description="stored, copy (stored and linked) or duplicate (already stored)")
    report_id: int
    copy_of: int | None = None
    similarity: float | None = None


class PlaceSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    country: str | None = None
    geonameid: int | None = None
    pcode: str | None = None


class CasualtyEstimateOut(BaseModel):
    party: str = Field(
        description="total, civilians, government, rebels, unknown, an actor, or party:subset."
    )
    low: int | None
    best: int | None
    high: int | None
    claims: list[int] = Field(description="The claims the figures were computed from.")
    partisan_claims: list[int] = Field(
        default_factory=list,
        description="Figures from a party to the fighting: kept, used only when nothing independent exists.",
    )
    partisan_only: bool = Field(False, description="True when only partisan figures exist for it.")


class CasualtiesOut(BaseModel):
    as_of: date = Field(description="Only reports published up to this day are counted.")
    area: str | None = None
    since: date | None = None
    until: date | None = None
    outcome: str = "killed"
    total: CasualtyEstimateOut
    parties: list[CasualtyEstimateOut]


class ControlStateOut(BaseModel):
    place: PlaceSummary
    actor: str | None = Field(description="Who holds it (for a contested place: the side most voices name).")
    status: str = Field(description="held or contested")
    since: date
    until: date | None = Field(None, description="Last day of this period; null while it lasts.")
    confidence: float
    evidence: list[int] = Field(description="Claims naming this holder.")
    disputed_by: list[int] = Field(description="Claims contradicting it.")


class ControlOut(BaseModel):
    date: date
    places: list[ControlStateOut]


class ControlTimelineOut(BaseModel):
    place: PlaceSummary
    periods: list[ControlStateOut]
