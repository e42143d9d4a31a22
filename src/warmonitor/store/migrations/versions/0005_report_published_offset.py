"""report.published_offset_minutes: the UTC offset a report's timestamp was given with

Revision ID: 0005
Revises: 0004

Reports stored before this revision keep a null offset and are read on their
UTC day, as before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.add_column(sa.Column("published_offset_minutes", sa.SmallInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.drop_column("published_offset_minutes")
