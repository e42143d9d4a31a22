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
