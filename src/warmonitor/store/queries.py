"""Read queries shared by the API, the web pages and the CLI."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from warmonitor.schemas import ReportOut, ReportSummary, SourceOut
from warmonitor.store.models import Report, Source


def _summary_fields(report: Report) -> dict[str, object]:
    return {
        "id": report.id,
        "title": report.title,
        "url": report.url,
        "outlet": report.source.name,
        "outlet_kind": report.source.kind,
        "published_at": report.published_at,
        "ingested_at": report.ingested_at,
        "language": report.language,
        "content_hash": report.content_hash,
        "copy_of": report.copy_of_id,
        "copy_similarity": report.copy_similarity,
        "failure": report.failure,
    }


def list_reports(
    session: Session, limit: int = 50, before: int | None = None, *, failed: bool = False
) -> list[ReportSummary]:
    """Newest first by id (keyset: pass the last id seen as `before`);
    `failed`: only the reports extraction gave up on."""
    query = select(Report).options(joinedload(Report.source)).order_by(Report.id.desc())
    if failed:
        query = query.where(Report.failed_at.is_not(None))
    if before is not None:
        query = query.where(Report.id < before)
    return [ReportSummary(**_summary_fields(r)) for r in session.scalars(query.limit(limit))]  # type: ignore[arg-type]


def get_report(session: Session, report_id: int) -> ReportOut | None:
    report = session.get(Report, report_id, options=[joinedload(Report.source)])
    if report is None:
        return None
    return ReportOut(**_summary_fields(report), text=report.text)  # type: ignore[arg-type]


def list_sources(session: Session) -> list[SourceOut]:
    return [SourceOut.model_validate(s) for s in session.scalars(select(Source).order_by(Source.name))]


def count_reports(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Report)) or 0)


def copies_of(session: Session, report_id: int) -> Sequence[int]:
    return session.scalars(select(Report.id).where(Report.copy_of_id == report_id)).all()
