"""`warmonitor benchmark extract` measures full extraction beside bare spaCy
and prints its figures as JSON (shape only: times are never asserted)."""

from __future__ import annotations

import json
import subprocess
import sys


def test_the_extraction_benchmark_prints_throughputs_ratio_and_memory() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "warmonitor", "benchmark", "extract", "--reports", "4", "--words", "60",
         "--processes", "2"],
        capture_output=True, text=True, timeout=600, check=True,
    ).stdout  # fmt: skip
    figures = json.loads(out)
    assert figures["reports"] == 4 and figures["words_per_report"] == 60 and figures["processes"] == 2
    for key in ("full_reports_per_s", "bare_spacy_reports_per_s", "ratio_full_to_bare"):
        assert set(figures[key]) == {"one_process", "all_processes"}
        assert all(value > 0 for value in figures[key].values())
    assert figures["peak_memory_mb"]["main_process"] > 0


def test_bad_benchmark_options_are_one_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "warmonitor", "benchmark", "extract", "--processes", "many"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
