"""An ingest killed part-way through a folder keeps every finished report, and
running it again stores the rest without duplicates."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from tests.conftest import run_cli
from warmonitor.store.db import open_store, session_scope
from warmonitor.store.models import Report

FILES = 1500


def _count(url: str) -> int:
    # A plain engine: polls must not hold the process-wide cached one open.
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM report")).scalar() or 0)
    except Exception:
        return 0  # the schema is not there yet
    finally:
        engine.dispose()


@pytest.mark.slow
def test_killed_ingest_keeps_finished_reports_and_rerun_completes(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    for i in range(FILES):
        (folder / f"bulletin-{i:05d}.txt").write_text(
            f"Bulletin {i}: clashes on front line sector {i} left {i % 17} fighters dead "
            f"and {i % 5} civilians wounded near village number {i * 7}, the monitor said.",
            encoding="utf-8",
        )
    env = {**os.environ, "WARMONITOR_DB_URL": db_url}
    open_store(db_url)  # create the schema first so the poll below can read
    proc = subprocess.Popen(
        [sys.executable, "-m", "warmonitor", "ingest", str(folder), "--source", "SOHR"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    try:
        while _count(db_url) < 50 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    at_kill = _count(db_url)
    assert 0 < at_kill < FILES, f"the ingest was not interrupted part-way ({at_kill} of {FILES})"

    result = run_cli("ingest", str(folder), "--source", "SOHR", db=db_url, timeout=600)
    assert result.returncode == 0, result.stderr
    with session_scope(open_store(db_url)) as session:
        total = session.scalar(select(func.count()).select_from(Report))
        distinct = session.scalar(select(func.count(func.distinct(Report.content_hash))))
    assert total == distinct == FILES
    assert f"stored {FILES - at_kill} reports, {at_kill} already stored" in result.stdout
