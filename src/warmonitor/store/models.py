"""The tables warmonitor keeps.

Source   an outlet (who published) or a claimant organisation (who asserted);
         kind: wire, monitor, state_media, official, ngo, other.
Report   one published text, from one outlet; `copy_of` links a republished
         wire copy to the report it copies, so it never counts as a second source.
Claim    one assertion by one claimant in one report, with its character span.
Event    claims about one happening, reconciled across reports.
Place, Actor                 reference entities claims point at.
ControlPeriod                who held a place from when to when, on what evidence.
TollPoint                    one reading of a voice's toll series, kept by reconcile.
ApiToken                     hashed API tokens with a role.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from warmonitor.store.types import UTCDateTime


def utcnow() -> datetime:
    return datetime.now(UTC)


def local_day(published_at: datetime | None, offset_minutes: int | None) -> date | None:
    """`published_at` (UTC) as a day at the offset it was given with."""
    if published_at is None:
        return None
    return (published_at + timedelta(minutes=offset_minutes or 0)).date()


class SourceKind(enum.StrEnum):
    wire = "wire"
    monitor = "monitor"
    state_media = "state_media"
    official = "official"
    ngo = "ngo"
    other = "other"


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, datetime: UTCDateTime()}  # noqa: RUF012 (read by SQLAlchemy)


class Source(Base):
    __tablename__ = "source"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[SourceKind] = mapped_column(
        Enum(SourceKind, name="source_kind", native_enum=False, length=20),
        default=SourceKind.other,
    )
    country: Mapped[str | None] = mapped_column(String(100))
    homepage: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    reports: Mapped[list[Report]] = relationship(back_populates="source")


class Report(Base):
    __tablename__ = "report"
    # The same text from the same outlet is one report; the same text under
    # another outlet is a republished copy, stored and linked via copy_of_id.
    __table_args__ = (
        UniqueConstraint("source_id", "content_hash", name="uq_report_source_content"),
        Index("ix_report_published", "published_at", "id"),
        # Migration 0006: every reconcile counts the reports extraction gave up on.
        # Partial, so the queue's "failed_at IS NULL" never picks it over extracted_at's.
        Index(
            "ix_report_failed",
            "failed_at",
            sqlite_where=text("failed_at IS NOT NULL"),
            postgresql_where=text("failed_at IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"))
    title: Mapped[str | None] = mapped_column(String(1000))
    url: Mapped[str | None] = mapped_column(String(2000))
    published_at: Mapped[datetime | None]
    # The offset from UTC its timestamp was given with, in minutes (+180 for
    # +03:00): published_at is kept in UTC, and "yesterday" in a Damascus
    # report filed at 01:30 local time means the day before the local day.
    published_offset_minutes: Mapped[int | None] = mapped_column(SmallInteger)
    language: Mapped[str | None] = mapped_column(String(16))
    ingested_at: Mapped[datetime] = mapped_column(default=utcnow)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    text: Mapped[str] = mapped_column(Text)
    input_format: Mapped[str] = mapped_column(String(16))
    origin: Mapped[str | None] = mapped_column(String(2000))
    # MinHash signature (uint64 values, little-endian) for near-duplicate search.
    minhash: Mapped[bytes] = mapped_column(LargeBinary)
    copy_of_id: Mapped[int | None] = mapped_column(ForeignKey("report.id"), index=True)
    copy_similarity: Mapped[float | None] = mapped_column(Float)
    # When its claims were extracted (and by which extractor): null means not yet.
    extracted_at: Mapped[datetime | None] = mapped_column(index=True)
    extractor_version: Mapped[str | None] = mapped_column(String(32))
    # Set when extraction gave up on the report (too long, a date out of range,
    # an extractor error), with the one-line reason: the queue skips it.
    failed_at: Mapped[datetime | None]
    failure: Mapped[str | None] = mapped_column(String(500))

    source: Mapped[Source] = relationship(back_populates="reports")
    copy_of: Mapped[Report | None] = relationship(remote_side=[id])

    @property
    def local_day(self) -> date:
        """The day it was published, where it was published (the offset its
        timestamp carried), else the UTC day it was read in."""
        return local_day(self.published_at, self.published_offset_minutes) or self.ingested_at.date()

    claims: Mapped[list[Claim]] = relationship(back_populates="report")


class ReportBand(Base):
    """LSH bands of each report's MinHash: candidates for near-duplicates are
    found by an indexed lookup instead of comparing against every report."""

    __tablename__ = "report_band"
    __table_args__ = (Index("ix_report_band_lookup", "band", "bucket"),)

    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), primary_key=True)
    band: Mapped[int] = mapped_column(Integer, primary_key=True)
    bucket: Mapped[str] = mapped_column(String(16))


class Place(Base):
    __tablename__ = "place"
    __table_args__ = (Index("ix_place_name_country", "name", "country"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    admin1: Mapped[str | None] = mapped_column(String(200))
    admin2: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(100))
    geonameid: Mapped[int | None] = mapped_column(Integer, unique=True)
    pcode: Mapped[str | None] = mapped_column(String(32), unique=True)
    feature: Mapped[str | None] = mapped_column(String(32))


class Actor(Base):
    __tablename__ = "actor"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    inter_code: Mapped[int | None]
    country: Mapped[str | None] = mapped_column(String(100))
    # Backers and alliances, as {"backed_by": [...], "allied_with": [...]}.
    relations: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Claim(Base):
    __tablename__ = "claim"
    __table_args__ = (
        Index("ix_claim_kind_report", "kind", "report_id"),
        # Migration 0006: reconcile regroups the claims of a few days around what changed.
        Index("ix_claim_kind_day", "kind", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int]
    span_end: Mapped[int]
    claimant: Mapped[str | None] = mapped_column(String(300))
    claimant_source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id"))
    stance: Mapped[str] = mapped_column(String(16), default="asserted")
    # The claim's typed fields as DESIGN.md defines them for its kind.
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    extractor_version: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Null until reconcile has folded the claim into events, tolls and control:
    # an incremental run picks up only these.
    reconciled_at: Mapped[datetime | None] = mapped_column(index=True)
    # The day the claim speaks of (`reconcile.views.claim_day`); null when its
    # report has no date (kept out of every dated view).
    day: Mapped[date | None] = mapped_column(Date)

    report: Mapped[Report] = relationship(back_populates="claims")


class Event(Base):
    __tablename__ = "event"
    # Keyset pages (date, id) under the filters users set most.
    __table_args__ = (
        Index("ix_event_date", "date_start", "id"),
        Index("ix_event_country_date", "country", "date_start", "id"),
        Index("ix_event_type_date", "event_type", "date_start", "id"),
        Index("ix_event_lat_lon", "lat", "lon"),
        # Migration 0003: both filters of the API's commonest query, and each actor.
        Index("ix_event_country_type_date", "country", "event_type", "date_start", "id"),
        Index("ix_event_actor1_date", "actor1_id", "date_start", "id"),
        Index("ix_event_actor2_date", "actor2_id", "date_start", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_type: Mapped[str] = mapped_column(String(64))
    sub_event_type: Mapped[str | None] = mapped_column(String(64))
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[int | None]
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    geo_precision: Mapped[int | None]
    # The place's name and position copied onto the event: bbox and country
    # filters then need no join.
    location: Mapped[str | None] = mapped_column(String(300))
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    country: Mapped[str | None] = mapped_column(String(100))
    admin1: Mapped[str | None] = mapped_column(String(200))
    actor1_id: Mapped[int | None] = mapped_column(ForeignKey("actor.id"))
    actor2_id: Mapped[int | None] = mapped_column(ForeignKey("actor.id"))
    # 64-bit (migration 0004): every figure the store takes fits.
    fatalities_low: Mapped[int | None] = mapped_column(BigInteger)
    fatalities_best: Mapped[int | None] = mapped_column(BigInteger)
    fatalities_high: Mapped[int | None] = mapped_column(BigInteger)
    grade: Mapped[str | None] = mapped_column(String(16))
    independent_sources: Mapped[int] = mapped_column(default=0)
    summary: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class EventClaim(Base):
    __tablename__ = "event_claim"
    # Migration 0006: a claim's event (reconcile's regrouping, cascades).
    __table_args__ = (Index("ix_event_claim_claim", "claim_id"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True)


class ControlPeriod(Base):
    __tablename__ = "control_period"
    __table_args__ = (
        Index("ix_control_place_start", "place_id", "start"),
        # Migration 0006: the places held on a day, read from the index alone.
        Index("ix_control_start_end", "start", "end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("actor.id"))
    status: Mapped[str] = mapped_column(String(16))  # held | contested
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    confidence: Mapped[float]
    # The sides its claims name, holder's first (`control.control_sides`),
    # worked out when reconcile writes the period (migration 0006); null on
    # periods written before, which are then worked out when read.
    sides: Mapped[list[str] | None] = mapped_column(JSON)


class ControlEvidence(Base):
    __tablename__ = "control_evidence"

    period_id: Mapped[int] = mapped_column(
        ForeignKey("control_period.id", ondelete="CASCADE"), primary_key=True
    )
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))  # evidence | disputed_by


_SERIES_COLUMNS = ("party", "partisan", "voice")  # one voice's series of readings for one party


class TollPoint(Base):
    """One reading of one voice's toll series, with the claim it comes from:
    reconcile writes a row per casualty claim that can count (not denied,
    not historical background, not "two of them", from a dated report), so
    `/casualties` reads only the rows its area and days need, typed, with
    no claim text or JSON. Every field is what `reconcile.casualties` reads
    from the claim (`Point`); `voice` and `partisan` depend on the outlet and
    actor dictionaries, so `warmonitor reconcile --full` rewrites them after
    those change."""

    __tablename__ = "toll_point"
    __table_args__ = (
        Index("ix_toll_point_incidents", "outcome", "running", "day"),
        Index("ix_toll_point_voice", "voice", "said"),  # a series' readings of one day
        # Every series' readings in series order, with every column the
        # grouped pass of `tolls.load_points` reads: it walks this index
        # alone, with no sort and no table row read; a series' reading of a
        # day is a seek (migration 0007, replacing (outcome, running, start)).
        Index("ix_toll_point_readings", "outcome", "running", *_SERIES_COLUMNS, "said", "start", "published"),
    )

    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True)
    outcome: Mapped[str] = mapped_column(String(16))
    party: Mapped[str] = mapped_column(String(300))
    running: Mapped[bool]  # a running toll (scope cumulative), else an incident count
    voice: Mapped[str] = mapped_column(String(300))  # its series: the claimant, or "unattributed"
    partisan: Mapped[bool]
    # As the claim gives them (null when it gives none); 64-bit like every stored figure.
    low: Mapped[int | None] = mapped_column(BigInteger)
    best: Mapped[int | None] = mapped_column(BigInteger)
    high: Mapped[int | None] = mapped_column(BigInteger)
    day: Mapped[date] = mapped_column(Date)  # the day it speaks of
    said: Mapped[date] = mapped_column(Date)  # the day a running toll is "as of"
    start: Mapped[date | None] = mapped_column(Date)  # the first day a running toll covers
    published: Mapped[date] = mapped_column(Date)
    place_id: Mapped[int | None] = mapped_column(Integer)
    place_name: Mapped[str | None] = mapped_column(String(300))
    admin1: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(100))
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    precision: Mapped[int | None]
    place_inferred: Mapped[bool]
    # Case-folded place, region and country names: the `area` filter.
    area_place: Mapped[str | None] = mapped_column(String(300))
    area_admin1: Mapped[str | None] = mapped_column(String(200))
    area_country: Mapped[str | None] = mapped_column(String(100))


class ApiToken(Base):
    __tablename__ = "api_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    # SHA-256 of the token: the token itself is shown once and never stored.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # viewer | analyst | admin
    label: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]
