"""The store: migrations, time zones and WAL, the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import inspect, select, text

from warmonitor.errors import ConfigError
from warmonitor.store.db import (
    current_revision,
    head_revision,
    make_engine,
    open_store,
    session_scope,
)
from warmonitor.store.models import Report, Source, SourceKind

TABLES = {
    "source",
    "report",
    "report_band",
    "claim",
    "event",
    "event_claim",
    "place",
    "actor",
    "control_period",
    "control_evidence",
    "api_token",
}


def test_first_use_applies_every_migration(db_url: str) -> None:
    engine = open_store(db_url)
    assert current_revision(engine) == head_revision()
    assert set(inspect(engine).get_table_names()) >= TABLES


def test_upgrading_twice_changes_nothing(db_url: str) -> None:
    engine = open_store(db_url)
    open_store(db_url)
    assert current_revision(engine) == head_revision()


def test_sqlite_runs_in_wal_mode(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_publication_times_come_back_aware_and_in_utc(db_url: str) -> None:
    engine = open_store(db_url)
    damascus = timezone(timedelta(hours=3))
    with session_scope(engine) as session:
        source = Source(name="Test Wire", kind=SourceKind.wire)
        session.add(
            Report(
                source=source,
                text="Shelling hit the northern districts overnight.",
                content_hash="x" * 64,
                input_format="text",
                minhash=b"",
                published_at=datetime(2024, 11, 30, 9, 0, tzinfo=damascus),
            )
        )
    with session_scope(engine) as session:
        report = session.scalars(select(Report)).one()
        assert report.published_at == datetime(2024, 11, 30, 6, 0, tzinfo=UTC)
        assert report.published_at.tzinfo is not None
        assert report.source.kind is SourceKind.wire


def test_naive_datetimes_are_refused(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    with pytest.raises(Exception, match="naive"), session_scope(engine) as session:
        session.add(
            Report(
                source=Source(name="Somewhere"),
                text="t",
                content_hash="y" * 64,
                input_format="text",
                minhash=b"",
                published_at=datetime(2024, 11, 30),
            )
        )
        session.flush()


@pytest.mark.parametrize("url", ["nonsense", "mysql://u@h/db", "sqlite:////no/such/folder/warmonitor.db"])
def test_bad_database_urls_are_one_line_config_errors(url: str) -> None:
    make_engine.cache_clear()
    with pytest.raises(ConfigError) as info:
        open_store(url)
    assert "\n" not in str(info.value)
