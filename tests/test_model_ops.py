"""The statistical model runs on numpy's BLAS (extract/pipeline.py, model_ops):
the same tags, parses and entities as spaCy's default BLIS, and a setting to
keep spaCy's default."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import spacy
from thinc.api import NumpyOps

from tests.conftest import SHARED
from warmonitor.cli import demo_corpus
from warmonitor.errors import UserError
from warmonitor.extract.pipeline import load_model, load_pipeline, model_name, model_ops

SEED = SHARED / "seed" / "aleppo-offensive-report.txt"


def _ops_of(nlp: spacy.language.Language) -> set[tuple[str, bool]]:
    return {
        (type(proc.model.ops).__name__, proc.model.ops.use_blis)
        for _name, proc in nlp.pipeline
        if isinstance(getattr(getattr(proc, "model", None), "ops", None), NumpyOps)
    }


def test_our_pipeline_multiplies_with_numpy_and_the_stock_model_with_blis() -> None:
    assert _ops_of(load_pipeline()) == {("NumpyOps", False)}
    assert _ops_of(spacy.load(model_name())) == {("NumpyOps", True)}


def test_the_model_on_numpy_blas_tags_parses_and_finds_entities_as_the_stock_one() -> None:
    if not SEED.exists():
        pytest.fail(f"the founding report is missing: {SEED}")
    rows = [json.loads(line) for line in demo_corpus().read_text(encoding="utf-8").splitlines() if line]
    texts = [*(row["text"] for row in rows), SEED.read_text(encoding="utf-8")]
    ours, stock = load_model(model_name()), spacy.load(model_name())
    compared = 0
    for mine, theirs in zip(ours.pipe(texts), stock.pipe(texts), strict=True):
        for a, b in zip(mine, theirs, strict=True):
            assert (a.tag_, a.dep_, a.head.i, a.ent_iob_, a.ent_type_) == (
                b.tag_, b.dep_, b.head.i, b.ent_iob_, b.ent_type_
            ), f"{a.text!r} at {a.idx}"  # fmt: skip
            compared += 1
    assert compared > 2000


def test_warmonitor_blas_blis_keeps_spacys_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARMONITOR_BLAS", "blis")
    assert _ops_of(load_model(model_name())) == {("NumpyOps", True)}
    monkeypatch.setenv("WARMONITOR_BLAS", "mkl")
    with pytest.raises(UserError, match="WARMONITOR_BLAS must be numpy or blis"):
        model_ops()


def test_a_bad_blas_setting_is_one_line_on_the_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "warmonitor", "extract", "-", "--published", "2024-11-30"],
        input="Shelling killed two civilians in Idlib on Monday.",
        capture_output=True, text=True, timeout=300, env={**os.environ, "WARMONITOR_BLAS": "mkl"},
    )  # fmt: skip
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == ["error: WARMONITOR_BLAS must be numpy or blis, not 'mkl'"]
