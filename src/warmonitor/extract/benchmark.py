"""How fast extraction runs: reports per second of full extraction on
~600-word reports, on one process and on all cores, beside spaCy's bare
`nlp.pipe` with the same model on the same texts, and peak memory.

The reports are synthetic: sentences of the demo corpus shuffled into
reports of the asked length, so figures do not depend on one document.

Both sides are measured the same way, so the ratio compares like with like:

- one process: full extraction is `extract_many` (our pipeline through
  nlp.pipe, batches of BATCH_SIZE reports), bare is the stock model's
  `nlp.pipe` with the same batch size;
- all processes: one fork pool, started and warmed before any timing (every
  worker has loaded both pipelines and run each once, so model loading,
  the gazetteer's reopening after the fork and process start-up are not
  timed); each worker then runs full extraction, or the bare `nlp.pipe`,
  over its shares of the texts (equal shares of at most BATCH_SIZE reports,
  handed out as workers come free).

The pool is started after the main process has warmed up on a report that is
not one of the timed ones, so no run finds the timed texts in a cache left by
an earlier run.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import resource
import time
from collections.abc import Callable
from datetime import date
from importlib import resources
from multiprocessing import get_context
from typing import Any

import spacy
from spacy.language import Language

from warmonitor.extract.pipeline import BATCH_SIZE, ReportText, extract_many, load_pipeline, model_name

PUBLISHED = date(2024, 11, 30)
_bare: Language | None = None  # the stock model, loaded before the pool forks


def synthetic_reports(count: int, words: int, seed: int = 1) -> list[str]:
    lines = (resources.files("warmonitor") / "data" / "demo" / "reports.jsonl").read_text(encoding="utf-8")
    sentences = [
        s for line in lines.splitlines() if line.strip()
        for s in re.split(r"(?<=[.!?])\s+", json.loads(line)["text"]) if len(s.split()) > 3
    ]  # fmt: skip
    rng = random.Random(seed)
    reports = []
    for _ in range(count):
        chosen: list[str] = []
        while sum(len(s.split()) for s in chosen) < words:
            chosen.append(rng.choice(sentences))
        reports.append(" ".join(chosen))
    return reports


def _full(texts: list[str]) -> int:
    return sum(
        len(x.claims) for x in extract_many((ReportText(t, PUBLISHED) for t in texts), batch_size=BATCH_SIZE)
    )


def _bare_pipe(texts: list[str]) -> int:
    assert _bare is not None
    return sum(len(doc) for doc in _bare.pipe(texts, batch_size=BATCH_SIZE))


def _warm(texts: list[str], ready: Any = None) -> None:
    """Run both pipelines once (in a fresh worker: its gazetteer reopens, its
    caches fill), then wait until every worker is as warm."""
    _full(texts)
    _bare_pipe(texts)
    if ready is not None:
        ready.wait(timeout=600)


def _timed(run: Callable[[], object], count: int) -> float:
    start = time.perf_counter()
    run()
    return count / (time.perf_counter() - start)


def run(count: int, words: int, processes: int) -> dict[str, object]:
    global _bare
    texts = synthetic_reports(count, words)
    warm_up = synthetic_reports(2, words, seed=0)  # not one of the timed reports
    load_pipeline()
    _bare = spacy.load(model_name())
    _warm(warm_up)
    # Even shares of at most BATCH_SIZE: 60 reports on 2 processes go as 4 x 15,
    # not 16+16+16+12, which would leave one worker idle at the end.
    rounds = math.ceil(count / (processes * BATCH_SIZE))
    share = max(1, math.ceil(count / (processes * rounds)))
    shares = [texts[i : i + share] for i in range(0, count, share)]
    context = get_context("fork")
    ready = context.Barrier(processes + 1)
    with context.Pool(processes, initializer=_warm, initargs=(warm_up, ready)) as pool:
        ready.wait(timeout=600)  # every worker warm before anything is timed
        full_one = _timed(lambda: _full(texts), count)
        bare_one = _timed(lambda: _bare_pipe(texts), count)
        full_all = _timed(lambda: pool.map(_full, shares, chunksize=1), count)
        bare_all = _timed(lambda: pool.map(_bare_pipe, shares, chunksize=1), count)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "model": model_name(), "reports": count, "words_per_report": words, "processes": processes,
        "cpus": os.cpu_count(), "batch_size": BATCH_SIZE,
        "full_reports_per_s": {"one_process": round(full_one, 2), "all_processes": round(full_all, 2)},
        "bare_spacy_reports_per_s": {"one_process": round(bare_one, 2), "all_processes": round(bare_all, 2)},
        "ratio_full_to_bare": {
            "one_process": round(full_one / bare_one, 3), "all_processes": round(full_all / bare_all, 3),
        },
        "peak_memory_mb": {"main_process": round(peak_mb, 1), "largest_worker": round(child_mb, 1)},
    }  # fmt: skip
