"""Shared fixtures: a fresh database on every backend, and the real CLI.

Store tests run on SQLite and on PostgreSQL. PostgreSQL comes from
$WARMONITOR_TEST_PG_URL (.ci/run starts one on 127.0.0.1); without it they are
skipped on a developer's machine, and fail when CI=true, so CI never passes by
skipping them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_PG_URL = "postgresql+psycopg://warmonitor:warmonitor@127.0.0.1:5432/warmonitor_test"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _pg_url() -> str:
    return os.environ.get("WARMONITOR_TEST_PG_URL") or DEFAULT_PG_URL


def _reset_postgres(url: str) -> str | None:
    """Drop and recreate the public schema; the reason it failed, or None."""
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    except Exception as exc:  # any failure means "no usable server"
        return str(exc).splitlines()[0]
    return None


def _forget_engines() -> None:
    # Disposed, not only forgotten: their pooled connections would otherwise
    # stay open on a PostgreSQL server shared with other runs.
    from warmonitor.store.db import dispose_engines

    dispose_engines()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An empty database on each backend, as a URL (kept out of tmp_path,
    which tests fill with inputs)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'warmonitor.db'}"
        _forget_engines()
        return
    url = _pg_url()
    problem = _reset_postgres(url)
    if problem:
        message = f"PostgreSQL not reachable at {url}: {problem}"
        if IN_CI:
            pytest.fail(f"{message} (CI=true: PostgreSQL tests must run)")
        pytest.skip(message)
    _forget_engines()
    yield url
    _forget_engines()


@pytest.fixture
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'warmonitor.db'}"
    _forget_engines()


def run_cli(
    *args: str,
    db: str,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run the real `warmonitor` command in a child process."""
    full_env = {**os.environ, "WARMONITOR_DB_URL": db, **(env or {})}
    full_env.pop("WARMONITOR_DEBUG", None)
    raw = subprocess.run(
        [sys.executable, "-m", "warmonitor", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env=full_env,
        timeout=timeout,
        check=False,
    )
    return subprocess.CompletedProcess(
        raw.args,
        raw.returncode,
        raw.stdout.decode("utf-8", "replace"),
        raw.stderr.decode("utf-8", "replace"),
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """A failure a user caused: non-zero exit, a short reason, no traceback."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    assert "error" in result.stderr.lower() or "could not be used" in result.stderr
    return result.stderr.strip()
