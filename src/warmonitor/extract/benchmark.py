"""How fast extraction runs: reports per second of full extraction on
~600-word reports, on one process and on all cores, beside spaCy's bare
`nlp.pipe` with the same model on the same texts, and peak memory.

The reports are synthetic: sentences of the demo corpus shuffled into
reports of the asked length, so figures do not depend on one document.
"""

from __future__ import annotations

import json
import os
import random
import re
import resource
import time
from collections.abc import Callable
from datetime import date
from importlib import resources
from multiprocessing import get_context

import spacy

from warmonitor.extract.pipeline import extract, load_pipeline, model_name

PUBLISHED = date(2024, 11, 30)


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


def _extract_one(text: str) -> int:
    return len(extract(text, PUBLISHED).claims)


def _warm() -> None:
    load_pipeline()


def _timed(run: Callable[[], object], count: int) -> float:
    start = time.perf_counter()
    run()
    return count / (time.perf_counter() - start)


def run(count: int, words: int, processes: int) -> dict[str, object]:
    texts = synthetic_reports(count, words)
    load_pipeline()
    bare = spacy.load(model_name())
    list(bare.pipe(texts[:2]))  # warm both before timing
    _extract_one(texts[0])
    full_one = _timed(lambda: [_extract_one(t) for t in texts], count)
    bare_one = _timed(lambda: list(bare.pipe(texts)), count)
    with get_context("fork").Pool(processes, initializer=_warm) as pool:
        pool.map(_extract_one, texts[:processes])  # every worker warm
        full_all = _timed(lambda: pool.map(_extract_one, texts, chunksize=1), count)
    bare_all = _timed(lambda: list(bare.pipe(texts, n_process=processes)), count)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "model": model_name(), "reports": count, "words_per_report": words, "processes": processes,
        "cpus": os.cpu_count(),
        "full_reports_per_s": {"one_process": round(full_one, 2), "all_processes": round(full_all, 2)},
        "bare_spacy_reports_per_s": {"one_process": round(bare_one, 2), "all_processes": round(bare_all, 2)},
        "ratio_full_to_bare": {
            "one_process": round(full_one / bare_one, 3), "all_processes": round(full_all / bare_all, 3),
        },
        "peak_memory_mb": {"main_process": round(peak_mb, 1), "largest_worker": round(child_mb, 1)},
    }  # fmt: skip
