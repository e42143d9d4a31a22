"""event indexes for the read API: country and type together; each actor

Revision ID: 0003
Revises: 0002

A page of events filtered by country and type, newest first, then reads only
the rows it returns (with country alone, four of five rows read were of another
type at 1M events); an actor's events come from its own index, not a scan.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_event_country_type_date", "event", ["country", "event_type", "date_start", "id"])
    op.create_index("ix_event_actor1_date", "event", ["actor1_id", "date_start", "id"])
    op.create_index("ix_event_actor2_date", "event", ["actor2_id", "date_start", "id"])


def downgrade() -> None:
    op.drop_index("ix_event_actor2_date", table_name="event")
    op.drop_index("ix_event_actor1_date", table_name="event")
    op.drop_index("ix_event_country_type_date", table_name="event")
