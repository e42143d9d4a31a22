"""event location columns with query indexes; report.extracted_at; claim.reconciled_at

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import warmonitor.store.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("location", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("lat", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("lon", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("country", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("admin1", sa.String(length=200), nullable=True))
        batch_op.create_index("ix_event_country_date", ["country", "date_start", "id"], unique=False)
        batch_op.create_index("ix_event_type_date", ["event_type", "date_start", "id"], unique=False)
        batch_op.create_index("ix_event_lat_lon", ["lat", "lon"], unique=False)
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.add_column(sa.Column("extracted_at", warmonitor.store.types.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("extractor_version", sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f("ix_report_extracted_at"), ["extracted_at"], unique=False)
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reconciled_at", warmonitor.store.types.UTCDateTime(), nullable=True))
        batch_op.create_index(batch_op.f("ix_claim_reconciled_at"), ["reconciled_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_reconciled_at"))
        batch_op.drop_column("reconciled_at")
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_extracted_at"))
        batch_op.drop_column("extractor_version")
        batch_op.drop_column("extracted_at")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index("ix_event_lat_lon")
        batch_op.drop_index("ix_event_type_date")
        batch_op.drop_index("ix_event_country_date")
        for column in ("admin1", "country", "lon", "lat", "location"):
            batch_op.drop_column(column)
