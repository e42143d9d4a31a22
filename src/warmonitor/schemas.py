"""The shapes warmonitor shows the world, defined once.

The HTTP API declares its responses with these models and the CLI prints the
same models as JSON, so a script can switch between the two freely.
"""

from __future__ import annotations

from datetime import datetime

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
