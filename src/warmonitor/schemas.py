"""The shapes warmonitor shows the world, defined once.

The HTTP API declares its responses with these models and the CLI prints the
same models as JSON, so a script can switch between the two freely.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from warmonitor.ingest.draft import (
    MAX_OUTLET_CHARS,
    MAX_TITLE_CHARS,
    MAX_URL_CHARS,
    replace_lone_surrogates,
)
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
    failure: str | None = Field(
        None,
        description="Why extraction gave up on this report (it is skipped); null when it did not.",
    )


class ReportOut(ReportSummary):
    text: str


class ReportPage(BaseModel):
    items: list[ReportSummary]
    next_before: int | None = Field(
        None, description="Pass as ?before= to get the next (older) page; null on the last page."
    )


class ReportIn(BaseModel):
    """A report posted to the API: the same fields as a JSON-lines input.

    Text is made storable as ingest makes a file's: a lone UTF-16 surrogate
    (JSON's "\\ud800" with no partner) becomes U+FFFD in every field and NUL
    characters are removed when stored (ingest.draft.storable), so the same
    report posted or read from a file is stored alike on every backend."""

    @field_validator("text", "title", "url", "source", mode="before")
    @classmethod
    def _no_lone_surrogates(cls, value: object) -> object:
        # pydantic refuses a str holding a lone surrogate outright (a 422);
        # files keep the report with U+FFFD in its place, and so does the API.
        return replace_lone_surrogates(value) if isinstance(value, str) else value

    text: str = Field(min_length=1, max_length=20 * 1024 * 1024)
    # The lengths are checked as a file's are (ingest.draft.prepared), after
    # NULs and surrounding space are removed, so a record posted and the same
    # record in a file have the same outcome: a long title is shortened, a
    # long URL or source name refused with the same one-line reason.
    title: str | None = Field(
        None, description=f"Over {MAX_TITLE_CHARS:,} characters: shortened to that, ending in an ellipsis."
    )
    url: str | None = Field(None, description=f"At most {MAX_URL_CHARS:,} characters.")
    source: str | None = Field(
        None, description=f"The outlet that published it; at most {MAX_OUTLET_CHARS} characters."
    )
    published: datetime | None = Field(None, description="ISO 8601; a time zone is required.")


class IngestOut(BaseModel):
    status: str = Field(description="stored, copy (stored and linked) or duplicate (already stored)")
    report_id: int
    copy_of: int | None = None
    similarity: float | None = None
    reconciled: bool = Field(
        False,
        description="Its claims are in events, tolls and control (false: reconcile did not run or failed).",
    )


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


class VoiceFigureOut(BaseModel):
    voice: str = Field(description='A claimant, or "unattributed" for figures no one is named for.')
    low: int
    best: int
    high: int
    as_of: date = Field(description="The day of its latest figure.")
    partisan: bool = Field(description="A party to the fighting.")
    claims: list[int]


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
    headline_voice: str | None = Field(
        None, description="The independent monitor whose running toll is `best`, where one exists."
    )
    voices: list[VoiceFigureOut] = Field(
        default_factory=list, description="Every voice's own figure, beside the headline."
    )


class CasualtiesOut(BaseModel):
    as_of: date = Field(description="Only reports published up to this day are counted.")
    area: str | None = None
    since: date | None = None
    until: date | None = None
    outcome: str = "killed"
    total: CasualtyEstimateOut
    parties: list[CasualtyEstimateOut]
    unreconciled_reports: int = Field(
        0, description="Stored reports not reconciled yet, so not counted here (0: the answer is current)."
    )


class ControlStateOut(BaseModel):
    place: PlaceSummary
    actor: str | None = Field(description="Who holds it (for a contested place: the side most voices name).")
    status: str = Field(description="held or contested")
    since: date
    until: date | None = Field(None, description="Last day of this period; null while it lasts.")
    confidence: float
    evidence: list[int] = Field(description="Claims naming this holder.")
    disputed_by: list[int] = Field(description="Claims contradicting it.")
    sides: list[str] = Field(
        default_factory=list,
        description="The sides its claims name, holder (or leading side) first: both sides of a contest.",
    )


class ControlOut(BaseModel):
    date: date
    places: list[ControlStateOut]
    unreconciled_reports: int = Field(
        0, description="Stored reports not reconciled yet, so not counted here (0: the answer is current)."
    )


class ControlTimelineOut(BaseModel):
    place: PlaceSummary
    periods: list[ControlStateOut]


class EventPlaceOut(BaseModel):
    id: int | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    country: str | None = None
    precision: int | None = Field(
        None, description="1 the town itself, 2 near a town or part of a region, 3 only a larger region."
    )


class EventActorOut(BaseModel):
    role: str = Field(description="actor1 or actor2, as ACLED codes them.")
    id: int
    name: str
    inter_code: int | None = Field(None, description="ACLED interaction code of the actor's type.")


class EventDateOut(BaseModel):
    start: date | None = None
    end: date | None = None
    precision: int | None = Field(None, description="1 exact day, 2 within a week, 3 only the month.")


class FatalitiesOut(BaseModel):
    low: int | None = None
    best: int | None = None
    high: int | None = None


class EventOut(BaseModel):
    id: int
    event_type: str
    sub_event_type: str | None = None
    date: EventDateOut
    place: EventPlaceOut
    actors: list[EventActorOut] = Field(description="actor1 first, then actor2, when known.")
    fatalities: FatalitiesOut
    grade: str | None = Field(None, description="confirmed, fair, weak, contested or discounted.")
    independent_sources: int
    claims: list[int] = Field(description="The claims this event was reconciled from.")
    summary: str | None = None


class EventPage(BaseModel):
    items: list[EventOut]
    next: str | None = Field(None, description="Pass as ?cursor= for the next page; null on the last page.")
    next_url: str | None = Field(None, description="The next page's URL, filters kept; null at the end.")


class ClaimOut(BaseModel):
    id: int
    report_id: int
    kind: str
    text: str
    span: tuple[int, int] = Field(description="[start, end) character offsets into the report's text.")
    claimant: str | None = None
    stance: str
    fields: dict[str, object] = Field(description="The claim's typed fields, as its kind defines them.")
    place_id: int | None = None


class ClaimReportOut(BaseModel):
    id: int
    outlet: str = Field(description="Who published the report (not who made the claim).")
    title: str | None = None
    url: str | None = None
    published_at: datetime | None = None


class ClaimDetailOut(ClaimOut):
    report: ClaimReportOut
    events: list[int] = Field(description="Events this claim supports.")
    control_periods: list[int] = Field(description="Control periods this claim is evidence for or against.")


class ClaimPage(BaseModel):
    items: list[ClaimOut]
    next: str | None = None
    next_url: str | None = None


class ActorOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    aliases: list[str] = Field(default_factory=list)
    inter_code: int | None = None
    country: str | None = None


class ActorPage(BaseModel):
    items: list[ActorOut]
    next: str | None = None
    next_url: str | None = None


class PlacePage(BaseModel):
    items: list[PlaceSummary]
    next: str | None = None
    next_url: str | None = None
