"""A report counts as soon as it is stored: `ingest` reconciles before it
returns, `--no-reconcile` says how to catch up, and answers read from a store
with unreconciled reports say so."""

from __future__ import annotations

import json

from tests.conftest import SHARED, run_cli

STREAM = SHARED / "cases" / "streams" / "offensive-control.jsonl"


def test_ingest_reconciles_before_it_returns(sqlite_url: str) -> None:
    assert run_cli("db", "upgrade", db=sqlite_url).returncode == 0
    stored = run_cli("ingest", str(STREAM), db=sqlite_url)
    assert stored.returncode == 0, stored.stderr
    control = run_cli("control", "--date", "2024-11-30", "--format", "json", db=sqlite_url)
    answer = json.loads(control.stdout)
    assert answer["places"] and answer["unreconciled_reports"] == 0
    assert "not reconciled" not in control.stderr


def test_no_reconcile_says_so_until_reconciled(sqlite_url: str) -> None:
    assert run_cli("db", "upgrade", db=sqlite_url).returncode == 0
    stored = run_cli("ingest", "--no-reconcile", str(STREAM), db=sqlite_url)
    assert stored.returncode == 0 and "warmonitor reconcile" in stored.stdout
    tolls = run_cli("casualties", "--format", "json", db=sqlite_url)
    assert json.loads(tolls.stdout)["unreconciled_reports"] == 4
    note = [line for line in tolls.stderr.splitlines() if "not reconciled" in line]
    assert len(note) == 1 and "warmonitor reconcile" in note[0]
    assert run_cli("reconcile", db=sqlite_url).returncode == 0
    after = run_cli("casualties", "--format", "json", db=sqlite_url)
    assert json.loads(after.stdout)["unreconciled_reports"] == 0 and not after.stderr.strip()
