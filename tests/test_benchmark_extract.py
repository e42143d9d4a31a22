"""`warmonitor benchmark extract` measures full extraction beside bare spaCy
and prints its figures as JSON (shape only: times are never asserted)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

PIPELINES = ("full_reports_per_s", "bare_spacy_reports_per_s", "model_alone_reports_per_s")
RATIOS = ("ratio_full_to_bare", "ratio_full_to_model_alone")
# The same per CPU second (each process's own process_time), for a loaded machine.
CPU = ("full_reports_per_cpu_s", "bare_spacy_reports_per_cpu_s", "model_alone_reports_per_cpu_s",
       "cpu_ratio_full_to_bare", "cpu_ratio_full_to_model_alone")  # fmt: skip


def _benchmark(*options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "warmonitor", "benchmark", "extract", *options],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip


def test_the_extraction_benchmark_prints_throughputs_ratios_rounds_and_memory() -> None:
    result = _benchmark("--reports", "4", "--words", "60", "--processes", "2", "--repeats", "2")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["reports"] == 4 and figures["words_per_report"] == 60 and figures["processes"] == 2
    assert figures["repeats"] == 2 and figures["texts"] == "synthetic (demo corpus)"
    assert figures["tokens_per_report"] > 60
    for key in (*PIPELINES, *RATIOS, *CPU):
        assert set(figures[key]) == {"one_process", "all_processes"}
        assert all(value > 0 for value in figures[key].values())
    for each in ("each_round", "each_round_cpu"):
        for rounds in figures[each].values():
            assert [len(rounds["one_process"]), len(rounds["all_processes"])] == [2, 2]
    # A round's CPU seconds are never more than its wall seconds on one process
    # (one thread: OPENBLAS_NUM_THREADS=1), so reports per CPU second are at least as many.
    for name in ("full", "bare", "model"):
        wall, cpu = figures["each_round"][name]["one_process"], figures["each_round_cpu"][name]["one_process"]
        assert all(c >= w * 0.95 for w, c in zip(wall, cpu, strict=True)), (name, wall, cpu)
    assert set(figures["load_average"]) == {"before", "after"}
    # Each pipeline alone in a fresh process: ours holds the model and more.
    memory = figures["peak_memory_mb"]
    assert memory["full_extraction"] > memory["bare_spacy"] > 50


def _notes_csv(path: Path, notes: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["event_id_cnty", "notes"])
        for i in range(notes):
            day, dead = i % 28 + 1, i % 5 + 1
            note = f"On {day} May 2022, regime shelling hit Kafr Nabl in Idlib, killing {dead} civilians."
            writer.writerow([f"XYZ{i}", note])
    return path


def test_the_benchmark_reads_real_notes_joined_into_reports(tmp_path: Path) -> None:
    notes = _notes_csv(tmp_path / "notes.csv", 60)
    result = _benchmark("--reports", "2", "--words", "40", "--processes", "1", "--repeats", "1",
                        "--notes", str(notes))  # fmt: skip
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["texts"] == str(notes)
    assert figures["full_reports_per_s"]["one_process"] > 0


def test_too_few_notes_or_bad_options_are_one_line(tmp_path: Path) -> None:
    few = _notes_csv(tmp_path / "few.csv", 3)
    for options in (("--processes", "many"), ("--repeats", "0"), ("--notes", str(few)),
                    ("--notes", str(tmp_path / "missing.csv"))):  # fmt: skip
        result = _benchmark(*options)
        assert result.returncode != 0 and "Traceback" not in result.stderr, options
        assert len(result.stderr.strip().splitlines()) == 1, (options, result.stderr)
