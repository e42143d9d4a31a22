"""`warmonitor benchmark api` loads a synthetic store, serves it on 127.0.0.1
and drives it from another process; its JSON names every query measured with
p50/p95/p99 latency and requests/s. Only the shape is checked, never times."""

from __future__ import annotations

import json

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
