"""`warmonitor benchmark api` loads a synthetic store, serves it on 127.0.0.1
and drives it from another process; its JSON names every query measured with
p50/p95/p99 latency and requests/s. Only the shape is checked, never times."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import assert_one_line_error, run_cli


def test_benchmark_api_reports_latency_and_throughput_per_query(sqlite_url: str) -> None:
    result = run_cli(
        "benchmark",
        "api",
        "--events",
        "300",
        "--requests",
        "6",
        "--clients",
        "1,2",
        "--db",
        sqlite_url,
        db=sqlite_url,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["store"]["events"] == 300 and figures["machine"]["nproc"] >= 1
    assert "events_page" in figures["queries"]
    # control and casualties are measured when the server has them, else named as not measured
    for name in ("control", "casualties"):
        assert name in figures["queries"] or any(name in note for note in figures["not_measured"])
    for runs in figures["queries"].values():
        assert [run["clients"] for run in runs] == [1, 2]
    for measured in (run for runs in figures["queries"].values() for run in runs):
        assert measured["requests"] >= 1 and measured["errors"] == 0
        assert measured["p50_ms"] <= measured["p95_ms"] <= measured["p99_ms"]
        assert measured["requests_per_s"] > 0
        # The server's own CPU time per request (Linux /proc), beside the latencies.
        if sys.platform.startswith("linux"):
            assert measured["server_cpu_ms_per_request"] > 0
        assert measured["load_average"] >= 0


def test_benchmark_api_refuses_a_store_that_already_holds_events(sqlite_url: str) -> None:
    first = run_cli(
        "benchmark",
        "api",
        "--events",
        "50",
        "--requests",
        "2",
        "--clients",
        "1",
        "--db",
        sqlite_url,
        db=sqlite_url,
        timeout=600,
    )
    assert first.returncode == 0, first.stderr
    again = run_cli("benchmark", "api", "--events", "50", "--db", sqlite_url, db=sqlite_url)
    assert "empty database" in assert_one_line_error(again)


def test_benchmark_reconcile_times_one_new_report_and_sees_it_counted(sqlite_url: str) -> None:
    result = run_cli(
        "benchmark",
        "reconcile",
        "--events",
        "200",
        "--reports",
        "3",
        "--db",
        sqlite_url,
        db=sqlite_url,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["store"]["events"] == 200 and figures["reports"] == 3
    assert figures["shown_by_answers"] == 3, (
        "each report's claims are cited by /casualties and /control at once"
    )
    timed = figures["reconcile_one_report"]
    assert 0 < timed["p50_ms"] <= timed["p95_ms"] <= timed["max_ms"]
    again = run_cli(
        "benchmark",
        "reconcile",
        "--events",
        "200",
        "--reports",
        "1",
        "--reuse",
        "--db",
        sqlite_url,
        db=sqlite_url,
    )
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["store"]["reused"] is True
    other = run_cli("benchmark", "reconcile", "--events", "300", "--reuse", "--db", sqlite_url, db=sqlite_url)
    assert "another --events" in assert_one_line_error(other)


def test_benchmark_visible_posts_reports_and_polls_until_they_show(sqlite_url: str) -> None:
    result = run_cli(
        "benchmark",
        "visible",
        "--events",
        "100",
        "--reports",
        "2",
        "--db",
        sqlite_url,
        db=sqlite_url,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["reports"] == 2
    for measure in ("post_answered", "casualties_shows_it", "control_shows_it", "visible_in_both"):
        assert 0 < figures[measure]["p50_ms"] <= figures[measure]["max_ms"]
    assert figures["visible_in_both"]["max_ms"] >= figures["post_answered"]["max_ms"]


def test_each_store_benchmark_refuses_bad_options_in_one_line_and_touches_nothing(tmp_path: Path) -> None:
    """The three synthetic-store benchmarks share their options and checks:
    a bad value is refused before any store is opened."""
    url = f"sqlite:///{tmp_path / 'never.db'}"
    cases = {
        ("api", "--events", "0"): "--events must be positive",
        ("api", "--seconds", "-1"): "--seconds must be positive",
        ("api", "--clients", "1,x"): "--clients must be positive numbers",
        ("reconcile", "--reports", "0"): "--reports must be positive",
        ("reconcile", "--events", "-5", "--reports", "0"): "--events, --reports must be positive",
        ("visible", "--events", "0"): "--events must be positive",
    }
    for args, reason in cases.items():
        result = run_cli("benchmark", *args, "--db", url, db=url)
        assert reason in assert_one_line_error(result), (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not list(tmp_path.iterdir()), "no store was created"


def test_the_pipeline_never_imports_the_benchmarks() -> None:
    """The benchmarks live in warmonitor.evaluation: serving, ingesting,
    extracting and reconciling load none of it."""
    code = (
        "import sys\n"
        "import warmonitor.api.app, warmonitor.ingest.pipeline, warmonitor.reconcile.run\n"
        "import warmonitor.extract.pipeline, warmonitor.export, warmonitor.web.pages, warmonitor.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith('warmonitor.evaluation')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]", result.stdout
