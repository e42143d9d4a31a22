"""report.failed_at and report.failure (a report extraction gave up on, and why); event tolls as 64-bit

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import warmonitor.store.types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TOLLS = ("fatalities_low", "fatalities_best", "fatalities_high")


def upgrade() -> None:
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.add_column(sa.Column("failed_at", warmonitor.store.types.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("failure", sa.String(length=500), nullable=True))
    with op.batch_alter_table("event", schema=None) as batch_op:
        for column in _TOLLS:
            batch_op.alter_column(
                column, type_=sa.BigInteger(), existing_type=sa.Integer(), existing_nullable=True
            )


def downgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        for column in _TOLLS:
            batch_op.alter_column(
                column, type_=sa.Integer(), existing_type=sa.BigInteger(), existing_nullable=True
            )
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.drop_column("failure")
        batch_op.drop_column("failed_at")
