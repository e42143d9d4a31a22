"""The reconciliation commands as a user runs them: ingest, reconcile,
ask for tolls and control, watch a folder; bad options give one line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import assert_one_line_error, run_cli
from warmonitor.cli import demo_corpus


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'warmonitor.db'}"
    result = run_cli("ingest", "--demo", "--reconcile", db=url, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "stored 10 reports" in result.stdout and "new claim(s)" in result.stdout
    return url


def test_casualties_as_json_supersede_by_claimant(demo_db: str) -> None:
    result = run_cli("casualties", "--as-of", "2024-11-29", "--format", "json", db=demo_db)
    assert result.returncode == 0, result.stderr
    tolls = json.loads(result.stdout)
    assert tolls["total"]["best"] == 255 and tolls["as_of"] == "2024-11-29"
    assert {p["party"] for p in tolls["parties"]} >= {"civilians", "government", "rebels"}


def test_control_as_json_and_as_a_table(demo_db: str) -> None:
    result = run_cli("control", "--date", "2024-11-29", "--format", "json", db=demo_db)
    assert result.returncode == 0, result.stderr
    aleppo = next(p for p in json.loads(result.stdout)["places"] if p["place"]["name"] == "Aleppo")
    assert aleppo["status"] == "contested"
    table = run_cli("control", "--date", "2024-12-01", db=demo_db)
    assert table.returncode == 0 and "Aleppo" in table.stdout and "held" in table.stdout
    timeline = run_cli(
        "control",
        "--date",
        "2024-12-01",
        "--place",
        str(aleppo["place"]["id"]),
        "--format",
        "json",
        db=demo_db,
    )
    assert [p["status"] for p in json.loads(timeline.stdout)["periods"]] == ["contested", "held"]


def test_a_second_reconcile_reads_nothing_again(demo_db: str) -> None:
    result = run_cli("reconcile", db=demo_db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("read 0 report(s): 0 new claim(s)")


@pytest.mark.parametrize(
    "args",
    [
        ("casualties", "--as-of", "30/11/2024"),
        ("casualties", "--since", "2024-12-02", "--until", "2024-11-01"),
        ("casualties", "--format", "xml"),
        ("control", "--date", "tomorrow"),
        ("control", "--date", "2024-11-30", "--place", "99999"),
    ],
)
def test_bad_options_are_one_line(demo_db: str, args: tuple[str, ...]) -> None:
    assert_one_line_error(run_cli(*args, db=demo_db))


def test_watch_stores_new_reports_once(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(demo_corpus(), folder / "reports.jsonl")
    url = f"sqlite:///{tmp_path / 'watch.db'}"
    result = run_cli("watch", str(folder), "--rounds", "2", "--interval", "1", db=url, timeout=600)
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.strip().splitlines()
    assert "10 new report(s)" in first and "0 new report(s), 0 new claim(s)" in second
    # What watch stored counts at once (issue 14): tolls and control answer
    # without a reconcile by hand and without the "not reconciled" note.
    tolls = run_cli("casualties", "--as-of", "2024-12-01", db=url)
    assert tolls.returncode == 0, tolls.stderr
    assert "412" in tolls.stdout and "reconcile" not in tolls.stdout + tolls.stderr
    held = run_cli("control", "--date", "2024-12-01", db=url)
    assert held.returncode == 0 and "Aleppo" in held.stdout and "reconcile" not in held.stdout + held.stderr
