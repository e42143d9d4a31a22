"""Issue 12, failure 2: reconciles at once (a `watch` loop and two manual
`reconcile`s) all succeed, and store exactly the claims, places and actors one
reconcile alone would: no UNIQUE failure, no report extracted twice."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, update

from tests.conftest import run_cli
from warmonitor.evaluation.benchmark import synthetic_reports
from warmonitor.store.db import open_store, session_scope
from warmonitor.store.models import (
    Actor,
    Claim,
    ControlEvidence,
    ControlPeriod,
    Event,
    EventClaim,
    Place,
    Report,
)


def _start(args: list[str], db: str) -> subprocess.Popen[str]:
    env = {**os.environ, "WARMONITOR_DB_URL": db}
    env.pop("WARMONITOR_DEBUG", None)
    return subprocess.Popen(
        [sys.executable, "-m", "warmonitor", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _counts(db: str) -> tuple[int, int, int, list[tuple[int, int]]]:
    engine = open_store(db)
    with session_scope(engine) as session:
        claims = session.scalar(select(func.count()).select_from(Claim)) or 0
        places = session.scalar(select(func.count()).select_from(Place)) or 0
        actors = session.scalar(select(func.count()).select_from(Actor)) or 0
        per_report = session.execute(
            select(Claim.report_id, func.count()).group_by(Claim.report_id).order_by(Claim.report_id)
        ).all()
    return claims, places, actors, [(r, n) for r, n in per_report]


@pytest.mark.slow
def test_a_watch_and_two_manual_reconciles_at_once(db_url: str, tmp_path: Path) -> None:
    texts = synthetic_reports(48, 180, seed=12)
    stored, watched = tmp_path / "stored", tmp_path / "watched"
    stored.mkdir()
    watched.mkdir()
    for n, text in enumerate(texts):
        folder = stored if n % 2 == 0 else watched
        (folder / f"report-{n:03}.txt").write_text(text, encoding="utf-8")
    assert run_cli("ingest", str(stored), "--source", "Wire One", db=db_url).returncode == 0

    runs = [
        _start(["watch", str(watched), "--rounds", "2", "--interval", "1", "--source", "Wire Two"], db_url),
        _start(["reconcile"], db_url),
        _start(["reconcile"], db_url),
    ]
    results = [(run.args, *run.communicate(timeout=900), run.returncode) for run in runs]
    for args, _out, err, code in results:
        assert code == 0, (args, err)
        assert "UNIQUE" not in err and "duplicate key" not in err and "internal error" not in err, err
    concurrent = _counts(db_url)

    # The same store extracted again by one reconcile alone.
    engine = open_store(db_url)
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).where(Report.extracted_at.is_(None))) == 0
        for table in (ControlEvidence, ControlPeriod, EventClaim, Event, Claim, Place, Actor):
            session.execute(delete(table))
        session.execute(update(Report).values(extracted_at=None, extractor_version=None))
    alone = run_cli("reconcile", "--full", db=db_url)
    assert alone.returncode == 0, alone.stderr
    assert concurrent == _counts(db_url)
    assert concurrent[0] > 0 and concurrent[1] > 0
