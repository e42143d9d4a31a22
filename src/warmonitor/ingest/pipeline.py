"""Store drafts as reports: one transaction per report, deduplicated.

A report is committed on its own, so an interrupted ingest keeps every report
it finished, and running it again stores only the rest (the content hash makes
the finished ones "already stored").
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlparse

from datasketch import MinHash
from sqlalchemy import Engine, select, tuple_
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from warmonitor.errors import BadInput
from warmonitor.ingest import fingerprint
from warmonitor.ingest.draft import MAX_OUTLET_CHARS, InputProblem, ReportDraft, prepared
from warmonitor.ingest.formats import detect_language
from warmonitor.ingest.outlets import lookup
from warmonitor.store.db import session_scope
from warmonitor.store.models import Report, ReportBand, Source, SourceKind

UNKNOWN_OUTLET = "unknown"


class Status(enum.StrEnum):
    stored = "stored"
    copy = "copy"  # stored, and linked to the report it republishes
    duplicate = "duplicate"  # the same content from the same outlet: not stored again


@dataclass(frozen=True)
class Defaults:
    """What the user said on the command line, used where an input is silent."""

    source: str | None = None
    source_kind: SourceKind | None = None
    published: datetime | None = None
    url: str | None = None
    near_dup_threshold: float = 0.8


@dataclass(frozen=True)
class Outcome:
    status: Status
    report_id: int
    origin: str
    copy_of: int | None = None
    similarity: float | None = None


def outlet_name(draft: ReportDraft, defaults: Defaults) -> str:
    if draft.outlet:
        return draft.outlet.strip()
    if defaults.source:
        return defaults.source.strip()
    url = draft.url or defaults.url
    host = urlparse(url).hostname if url else None
    return host.removeprefix("www.") if host else UNKNOWN_OUTLET


def get_or_create_source(session: Session, name: str, kind: SourceKind | None) -> Source:
    known = lookup(name)
    canonical = known.name if known else name
    found = session.scalars(select(Source).where(Source.name == canonical)).first()
    if found is not None:
        return found
    source = Source(
        name=canonical,
        kind=kind or (known.kind if known else SourceKind.other),
        country=known.country if known else None,
        homepage=known.homepage if known else None,
    )
    try:
        with session.begin_nested():
            session.add(source)
    except IntegrityError:  # another ingest created it in the meantime
        return session.scalars(select(Source).where(Source.name == canonical)).one()
    return source


def _root(session: Session, report_id: int) -> int:
    """Follow copy links to the first report, so copies of copies point at it."""
    copy_of = session.get(Report, report_id)
    while copy_of is not None and copy_of.copy_of_id is not None:
        report_id = copy_of.copy_of_id
        copy_of = session.get(Report, report_id)
    return report_id


def find_original(session: Session, mh: MinHash, threshold: float) -> tuple[int, float] | None:
    keys = fingerprint.bands(mh)
    candidates = session.scalars(
        select(ReportBand.report_id).where(tuple_(ReportBand.band, ReportBand.bucket).in_(keys)).distinct()
    ).all()
    best: tuple[int, float] | None = None
    for report_id, signature in session.execute(
        select(Report.id, Report.minhash).where(Report.id.in_(candidates))
    ):
        sim = fingerprint.similarity(mh, fingerprint.from_signature(signature))
        if sim >= threshold and (best is None or sim > best[1] or (sim == best[1] and report_id < best[0])):
            best = (report_id, sim)
    if best is None:
        return None
    return _root(session, best[0]), best[1]


def offset_minutes(published: datetime | None) -> int | None:
    """The UTC offset a timestamp was given with, in whole minutes (None
    for no timestamp or a naive one)."""
    offset = published.utcoffset() if published is not None else None
    return None if offset is None else int(offset.total_seconds() // 60)


def store_draft(session: Session, draft: ReportDraft, defaults: Defaults) -> Outcome:
    source = get_or_create_source(session, outlet_name(draft, defaults), defaults.source_kind)
    digest = fingerprint.content_hash(draft.text)
    existing = session.scalars(
        select(Report.id).where(Report.source_id == source.id, Report.content_hash == digest)
    ).first()
    if existing is not None:
        return Outcome(Status.duplicate, existing, draft.origin)
    mh = fingerprint.minhash(draft.text)
    original = find_original(session, mh, defaults.near_dup_threshold)
    published = draft.published or defaults.published
    report = Report(
        source=source,
        title=draft.title,
        url=draft.url or defaults.url,
        published_at=published,
        published_offset_minutes=offset_minutes(published),
        language=draft.language or detect_language(draft.text),
        content_hash=digest,
        text=draft.text,
        input_format=draft.fmt,
        origin=draft.origin,
        minhash=fingerprint.signature_bytes(mh),
        copy_of_id=original[0] if original else None,
        copy_similarity=round(original[1], 4) if original else None,
    )
    session.add(report)
    session.flush()
    session.add_all(
        ReportBand(report_id=report.id, band=band, bucket=bucket) for band, bucket in fingerprint.bands(mh)
    )
    if original:
        return Outcome(Status.copy, report.id, draft.origin, original[0], original[1])
    return Outcome(Status.stored, report.id, draft.origin)


def ingest_drafts(
    engine: Engine,
    drafts: Iterable[ReportDraft],
    defaults: Defaults,
    problems: list[InputProblem] | None = None,
) -> Iterator[Outcome]:
    """Store each draft in its own transaction, yielding what became of it.

    Each draft is first made storable alike on every backend (`prepared`).
    A draft that cannot be stored (an outlet name over 300 characters, a date
    outside 1900-2100, a value the database refuses) is added to `problems`
    with its origin and reason, and the next draft goes on; without a
    `problems` list it raises BadInput instead."""
    for draft in drafts:
        try:
            ready = prepared(draft)
            outlet = outlet_name(ready, defaults)
            if len(outlet) > MAX_OUTLET_CHARS:
                raise BadInput(
                    f"source name is {len(outlet)} characters, over the limit of {MAX_OUTLET_CHARS}"
                )
            try:
                with session_scope(engine) as session:
                    outcome = store_draft(session, ready, defaults)
            except IntegrityError:
                # A concurrent ingest stored the same content first.
                with session_scope(engine) as session:
                    outcome = store_draft(session, ready, defaults)
        except (BadInput, DataError) as exc:
            reason = exc.reason if isinstance(exc, BadInput) else _refused(exc)
            if problems is None:
                raise BadInput(reason) from None
            problems.append(InputProblem(draft.origin, reason))
            continue
        yield outcome


def _refused(exc: DataError) -> str:
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return f"the database refused it: {lines[0] if lines else type(exc).__name__}"
