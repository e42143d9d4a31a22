"""toll_point (each voice's toll series, kept by reconcile); claim.day; control_period.sides

Revision ID: 0006
Revises: 0005

`/casualties` and `/control` read what reconcile keeps instead of every claim:
- toll_point: one row per casualty claim that can count, typed;
- control_period.sides: the sides a period's claims name;
- claim.day (indexed with kind) and an index on event_claim.claim_id: reconcile
  regroups only the claims of the days around what changed;
- an index on report.failed_at, which every reconcile counts.

claim.day is filled here. toll_point and sides need the outlet and actor
dictionaries, which a migration must not depend on: instead the casualty and
control claims are marked unreconciled, so the next `warmonitor reconcile`
fills them (answers meanwhile say how many reports are not reconciled).
"""

import json
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 5000


def _day(kind: str, fields: Any, published: Any, offset: int | None) -> date | None:
    """claim.day as `reconcile.views.claim_day` computes it, on the report's
    local day (migration 0005's offset), frozen here as a migration must be."""
    if published is None:
        return None
    if isinstance(published, str):
        published = datetime.fromisoformat(published)
    published += timedelta(minutes=offset or 0)
    if isinstance(fields, str):
        fields = json.loads(fields)
    when = (fields or {}).get("date")
    if when and when.get("start"):
        return date.fromisoformat(when["end"] if kind == "control" else when["start"])
    return published.date() if isinstance(published, datetime) else published


def upgrade() -> None:
    op.create_table(
        "toll_point",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("party", sa.String(length=300), nullable=False),
        sa.Column("running", sa.Boolean(), nullable=False),
        sa.Column("voice", sa.String(length=300), nullable=False),
        sa.Column("partisan", sa.Boolean(), nullable=False),
        sa.Column("low", sa.BigInteger(), nullable=True),
        sa.Column("best", sa.BigInteger(), nullable=True),
        sa.Column("high", sa.BigInteger(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("said", sa.Date(), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("published", sa.Date(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=True),
        sa.Column("place_name", sa.String(length=300), nullable=True),
        sa.Column("admin1", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=100), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("precision", sa.Integer(), nullable=True),
        sa.Column("place_inferred", sa.Boolean(), nullable=False),
        sa.Column("area_place", sa.String(length=300), nullable=True),
        sa.Column("area_admin1", sa.String(length=200), nullable=True),
        sa.Column("area_country", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("claim_id"),
    )
    op.create_index("ix_toll_point_incidents", "toll_point", ["outcome", "running", "day"], unique=False)
    op.create_index("ix_toll_point_series", "toll_point", ["outcome", "running", "start"], unique=False)
    op.create_index("ix_toll_point_voice", "toll_point", ["voice", "said"], unique=False)
    # Plain ALTER TABLE ... ADD COLUMN on both backends: no table is copied.
    op.add_column("control_period", sa.Column("sides", sa.JSON(), nullable=True))
    op.create_index("ix_control_start_end", "control_period", ["start", "end"], unique=False)
    op.add_column("claim", sa.Column("day", sa.Date(), nullable=True))
    op.create_index("ix_claim_kind_day", "claim", ["kind", "day"], unique=False)
    op.create_index("ix_event_claim_claim", "event_claim", ["claim_id"], unique=False)
    # Every reconcile counts the reports extraction gave up on.
    # Partial: the queue's "failed_at IS NULL" must keep using extracted_at's index.
    failed = sa.text("failed_at IS NOT NULL")
    op.create_index("ix_report_failed", "report", ["failed_at"], sqlite_where=failed, postgresql_where=failed)

    conn = op.get_bind()
    claim = sa.table(
        "claim",
        sa.column("id", sa.Integer()),
        sa.column("report_id", sa.Integer()),
        sa.column("kind", sa.String()),
        sa.column("fields", sa.JSON()),
        sa.column("day", sa.Date()),
        sa.column("reconciled_at", sa.DateTime()),
    )
    report = sa.table(
        "report",
        sa.column("id", sa.Integer()),
        sa.column("published_at", sa.DateTime()),
        sa.column("published_offset_minutes", sa.Integer()),
    )
    last = 0
    while True:
        rows = conn.execute(
            sa.select(
                claim.c.id,
                claim.c.kind,
                claim.c.fields,
                report.c.published_at,
                report.c.published_offset_minutes,
            )
            .join(report, report.c.id == claim.c.report_id)
            .where(claim.c.id > last)
            .order_by(claim.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        last = rows[-1].id
        values = [
            {"b_id": r.id, "b_day": _day(r.kind, r.fields, r.published_at, r.published_offset_minutes)}
            for r in rows
        ]
        conn.execute(
            sa.update(claim).where(claim.c.id == sa.bindparam("b_id")).values(day=sa.bindparam("b_day")),
            values,
        )
    conn.execute(sa.update(claim).where(claim.c.kind.in_(("casualty", "control"))).values(reconciled_at=None))


def downgrade() -> None:
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+), not a batch copy: on
    # SQLite a batch drops and recreates the table, and dropping `claim` with
    # foreign keys on would cascade into every event's and period's evidence.
    op.drop_index("ix_report_failed", table_name="report")
    op.drop_index("ix_event_claim_claim", table_name="event_claim")
    op.drop_index("ix_claim_kind_day", table_name="claim")
    op.drop_column("claim", "day")
    op.drop_index("ix_control_start_end", table_name="control_period")
    op.drop_column("control_period", "sides")
    op.drop_index("ix_toll_point_voice", table_name="toll_point")
    op.drop_index("ix_toll_point_series", table_name="toll_point")
    op.drop_index("ix_toll_point_incidents", table_name="toll_point")
    op.drop_table("toll_point")
