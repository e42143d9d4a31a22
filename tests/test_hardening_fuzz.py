"""Issue 12: the fuzz command runs, finds no crash in a short run, and a crash
is reported with the input that caused it."""

from __future__ import annotations

from pathlib import Path

import pytest

from warmonitor.evaluation import fuzz


@pytest.mark.slow
def test_a_short_fuzz_run_finds_no_crash(tmp_path: Path) -> None:
    result = fuzz.run(100, seed=3, processes=1, crash_dir=tmp_path / "crashes")
    assert result["inputs"] == 100 and result["crashes"] == 0, result["crash_examples"]
    assert result["stopped_early"] is False
    # Every input through the readers, texts through the cheap stages, 1 in 50 fully.
    assert isinstance(result["reader_runs"], int) and result["reader_runs"] >= 100 * 5
    assert isinstance(result["texts_through_cheap_stages"], int) and result["texts_through_cheap_stages"] > 0
    assert isinstance(result["texts_fully_extracted"], int) and result["texts_fully_extracted"] >= 1


def test_inputs_are_reproducible_from_seed_and_index() -> None:
    sentences = fuzz._sentences()
    assert fuzz.make_input(5, 17, sentences) == fuzz.make_input(5, 17, sentences)
    assert fuzz.make_input(5, 17, sentences) != fuzz.make_input(5, 18, sentences)


def test_a_crash_is_written_with_its_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from warmonitor.ingest import sources

    def broken(data: bytes, *_args: object, **_kwargs: object) -> object:
        raise KeyError("reader bug")

    monkeypatch.setattr(sources, "read_bytes", broken)
    counts, crashes = fuzz._run_share((1, 0, 3))
    assert counts["inputs"] == 3 and [c.index for c in crashes] == [0, 1, 2]
    assert crashes[0].stage == "read" and "KeyError" in crashes[0].error and crashes[0].data
    fuzz._write_crashes(tmp_path, crashes)
    lines = (tmp_path / "crashes.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and len(list(tmp_path.glob("crash-*"))) == 3


def test_every_stage_a_crash_can_come_from_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure in a forced reader, in the model-free extraction stages or
    in full extraction is a crash with its input, never lost or raised."""
    from warmonitor.extract import numbers

    def broken(*_args: object, **_kwargs: object) -> object:
        raise IndexError("counting bug")

    monkeypatch.setattr(numbers, "find_counts", broken)
    counts, crashes = fuzz._run_share((1, 0, 60))
    assert counts["inputs"] == 60 and crashes
    assert {c.stage for c in crashes} == {"cheap-extract"}, {c.stage for c in crashes}
    assert all("IndexError: counting bug" in c.error for c in crashes)
