"""Issue 12: the fuzz command runs, finds no crash in a short run, and a crash
is reported with the input that caused it."""

from __future__ import annotations

from pathlib import Path

import pytest

from warmonitor.evaluation import fuzz


@pytest.mark.slow
def test_a_short_fuzz_run_finds_no_crash(tmp_path: Path) -> None:
    result = fuzz.run(60, seed=3, processes=1, crash_dir=tmp_path / "crashes")
    assert result["inputs"] == 60 and result["crashes"] == 0, result["crash_examples"]
    assert isinstance(result["texts_extracted"], int) and result["texts_extracted"] > 0


def test_inputs_are_reproducible_from_seed_and_index() -> None:
    sentences = fuzz._sentences()
    assert fuzz.make_input(5, 17, sentences) == fuzz.make_input(5, 17, sentences)
    assert fuzz.make_input(5, 17, sentences) != fuzz.make_input(5, 18, sentences)


def test_a_crash_is_written_with_its_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from warmonitor.ingest import sources

    def broken(data: bytes, *_args: object, **_kwargs: object) -> object:
        raise KeyError("reader bug")

    monkeypatch.setattr(sources, "read_bytes", broken)
    extracted, crashes = fuzz._run_share((1, 0, 3))
    assert extracted == 0 and [c.index for c in crashes] == [0, 1, 2]
    assert crashes[0].stage == "read" and "KeyError" in crashes[0].error and crashes[0].data
