"""How fast extraction runs: reports per second of full extraction on
~600-word reports, on one process and on all cores, beside spaCy's bare
`nlp.pipe` with the same model on the same texts, and peak memory.

The reports are either synthetic (sentences of the demo corpus shuffled into
reports of the asked length) or, with `notes`, real notes from a CSV (ACLED's
`notes` column, say) joined in file order into reports of the asked length.

Three pipelines run over the same texts, each the same way:

- full: `extract_many`, our whole pipeline through nlp.pipe in batches of
  BATCH_SIZE reports;
- bare: the stock model as `spacy.load` gives it, nlp.pipe with the same
  batch size (the reference the targets are set against);
- model: the same model loaded as our pipeline loads it (`load_model`: numpy's
  BLAS), without our components, so `full / model` is the cost of our own
  components alone.

One process is the main process; all processes is one fork pool. Every
process runs each pipeline once over a batch of warm-up reports (not timed
reports) before anything is timed: the first batch a process runs grows its
heap, which once cost whichever pipeline came first a tenth of its speed.
Work is handed to the pool in equal shares of at most BATCH_SIZE reports
(60 reports on 2 processes go as 4 x 15, so no worker idles at the end).
Each figure is the median of `repeats` rounds; the pipelines take turns
within a round, so a slow spell of the machine falls on all of them.

Beside the wall-clock rates, each pipeline's CPU time on the same texts:
time.process_time() of the main process for one process, and the sum of
each worker's own process_time() over its shares for all processes. On a
shared machine other jobs stretch the wall clock of whichever pipeline they
happen to overlap; they barely change the CPU seconds a pipeline needs, so
`cpu_ratio_full_to_bare` (bare CPU seconds / full CPU seconds) is the
figure to judge a floor by when the machine is loaded.

Peak memory is measured apart, in a fresh process per pipeline that loads
only that pipeline and runs it over the timed reports.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import resource
import statistics
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from importlib import resources
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from warmonitor.errors import BadInput
from warmonitor.extract.pipeline import (
    BATCH_SIZE,
    ReportText,
    extract_many,
    load_model,
    load_pipeline,
    model_name,
)

PUBLISHED = date(2024, 11, 30)
PIPELINES = ("full", "bare", "model")
# The stock model and the model on our ops, loaded before the pool forks.
_models: dict[str, Language] = {}


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


def reports_from_notes(path: Path, count: int, words: int) -> list[str]:
    """`count` reports of about `words` words, each notes of the CSV joined in file order."""
    from warmonitor.evaluation.evaluate import read_csv

    notes = [r["notes"].strip() for r in read_csv(path, [("notes",)]) if (r.get("notes") or "").strip()]
    reports: list[str] = []
    chosen: list[str] = []
    length = 0
    for note in notes:
        chosen.append(note)
        length += len(note.split())
        if length >= words:
            reports.append(" ".join(chosen))
            chosen, length = [], 0
            if len(reports) == count:
                return reports
    raise BadInput(f"{path}: its notes make {len(reports)} reports of {words} words; {count} are needed")


def full_claims(texts: list[str]) -> int:
    """How many claims the full pipeline reads in the texts (the benchmark's full run)."""
    return sum(
        len(x.claims) for x in extract_many((ReportText(t, PUBLISHED) for t in texts), batch_size=BATCH_SIZE)
    )


def model_share_rounds(notes: Path, rounds: int = 8, per_round: int = 8, words: int = 600) -> list[float]:
    """CPU seconds of the model alone over those of full extraction, one
    ratio per round of `per_round` reports joined from ACLED notes (`words`
    each), the two runs taking turns in this process; the first round only
    warms heaps and caches and is left out. What
    tests/test_extract_speed.py asserts a floor on (docs/benchmarks.md).
    BadInput when the notes file cannot be read."""
    reports = reports_from_notes(notes, per_round * rounds, words)
    load_pipeline()
    model = load_model(model_name())
    ratios = []
    for r in range(rounds):
        texts = reports[r * per_round : (r + 1) * per_round]
        start = time.process_time()
        full_claims(texts)
        full = time.process_time() - start
        start = time.process_time()
        list(model.pipe(texts, batch_size=BATCH_SIZE))
        if r:
            ratios.append((time.process_time() - start) / full)
    return ratios


def _model_pipe(name: str, texts: list[str]) -> int:
    return sum(len(doc) for doc in _models[name].pipe(texts, batch_size=BATCH_SIZE))


def _runner(name: str) -> Callable[[list[str]], int]:
    if name == "full":
        return full_claims
    return lambda texts: _model_pipe(name, texts)


def _share_of(name_and_texts: tuple[str, list[str]]) -> float:
    """Run one share in a worker; its CPU seconds (this worker's own process_time)."""
    name, texts = name_and_texts
    cpu = time.process_time()
    _runner(name)(texts)
    return time.process_time() - cpu


def _load(names: tuple[str, ...]) -> None:
    if "full" in names:
        load_pipeline()
    if "bare" in names and "bare" not in _models:
        _models["bare"] = spacy.load(model_name())
    if "model" in names and "model" not in _models:
        _models["model"] = load_model(model_name())


def _warm(texts: list[str], ready: Any = None) -> None:
    """Run each pipeline over a batch of warm-up reports (in a fresh worker:
    its gazetteer reopens, its heap grows to a batch's size), then wait until
    every worker is as warm."""
    for name in PIPELINES:
        _runner(name)(texts)
    if ready is not None:
        ready.wait(timeout=600)


def _timed(run: Callable[[], object], count: int) -> tuple[float, float]:
    """Reports per wall-clock second and per CPU second of one run in this process."""
    start, cpu = time.perf_counter(), time.process_time()
    run()
    return count / (time.perf_counter() - start), count / (time.process_time() - cpu)


def _timed_pool(pool: Any, work: list[tuple[str, list[str]]], count: int) -> tuple[float, float]:
    """Reports per wall-clock second of the pool, and per CPU second summed over its workers."""
    start = time.perf_counter()
    cpu = sum(pool.map(_share_of, work, chunksize=1))
    return count / (time.perf_counter() - start), count / cpu


def _peak_mb(name: str, texts: list[str]) -> float:
    """Max RSS of a fresh process that loads only pipeline `name` and runs it over `texts`."""
    _load((name,))
    _runner(name)(texts)
    # This process's own high-water mark: on Linux ru_maxrss carries the
    # forked parent's over exec, which would count the parent's three models.
    status = Path("/proc/self/status")
    text = status.read_text(encoding="ascii") if status.exists() else ""
    found = re.search(r"^VmHWM:\s+(\d+) kB", text, re.M)
    if found:
        return int(found.group(1)) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _texts(count: int, words: int, repeats: int, notes: Path | None) -> tuple[list[str], list[list[str]]]:
    """Warm-up reports, then the reports of each timed round. Each round reads
    reports of its own, so no round finds its texts in a cache an earlier
    round left (names and dates still recur, as they do in reporting)."""
    if notes is None:
        rounds = [synthetic_reports(count, words, seed=1 + r) for r in range(repeats)]
        return synthetic_reports(BATCH_SIZE, words, seed=0), rounds
    reports = reports_from_notes(notes, BATCH_SIZE + repeats * count, words)
    timed = reports[BATCH_SIZE:]
    return reports[:BATCH_SIZE], [timed[r * count : (r + 1) * count] for r in range(repeats)]


def run(
    count: int, words: int, processes: int, *, repeats: int = 3, notes: Path | None = None
) -> dict[str, object]:
    warm_up, rounds_texts = _texts(count, words, repeats, notes)
    _load(PIPELINES)
    _warm(warm_up)
    batches = math.ceil(count / (processes * BATCH_SIZE))
    share = max(1, math.ceil(count / (processes * batches)))
    # (reports per wall second, reports per CPU second) of each round
    one: dict[str, list[tuple[float, float]]] = {name: [] for name in PIPELINES}
    every: dict[str, list[tuple[float, float]]] = {name: [] for name in PIPELINES}
    load = [os.getloadavg()[0]]
    context = get_context("fork")
    ready = context.Barrier(processes + 1)
    with context.Pool(processes, initializer=_warm, initargs=(warm_up[:share], ready)) as pool:
        ready.wait(timeout=600)  # every worker warm before anything is timed
        for texts in rounds_texts:
            for name in PIPELINES:
                one[name].append(_timed(partial(_runner(name), texts), count))
            shares = [texts[i : i + share] for i in range(0, count, share)]
            for name in PIPELINES:
                every[name].append(_timed_pool(pool, [(name, s) for s in shares], count))
    load.append(os.getloadavg()[0])
    with get_context("spawn").Pool(1, maxtasksperchild=1) as fresh:
        peak = {name: fresh.apply(_peak_mb, (name, rounds_texts[0])) for name in ("full", "bare")}
    tokens = statistics.mean(len(_models["bare"].make_doc(t)) for t in rounds_texts[0])

    def median(runs: dict[str, list[tuple[float, float]]], name: str, cpu: bool = False) -> float:
        return statistics.median(rates[cpu] for rates in runs[name])

    def figures(name: str, cpu: bool = False) -> dict[str, float]:
        return {
            "one_process": round(median(one, name, cpu), 2),
            "all_processes": round(median(every, name, cpu), 2),
        }

    def ratio(top: str, bottom: str, cpu: bool = False) -> dict[str, float]:
        return {
            "one_process": round(median(one, top, cpu) / median(one, bottom, cpu), 3),
            "all_processes": round(median(every, top, cpu) / median(every, bottom, cpu), 3),
        }

    def rounds(cpu: bool) -> dict[str, dict[str, list[float]]]:
        return {
            name: {"one_process": [round(x[cpu], 2) for x in one[name]],
                   "all_processes": [round(x[cpu], 2) for x in every[name]]}
            for name in PIPELINES
        }  # fmt: skip

    return {
        "model": model_name(), "texts": "synthetic (demo corpus)" if notes is None else str(notes),
        "reports": count, "words_per_report": words, "tokens_per_report": round(tokens, 1),
        "processes": processes, "cpus": os.cpu_count(), "batch_size": BATCH_SIZE, "repeats": repeats,
        "full_reports_per_s": figures("full"),
        "bare_spacy_reports_per_s": figures("bare"),
        "model_alone_reports_per_s": figures("model"),
        "ratio_full_to_bare": ratio("full", "bare"),
        "ratio_full_to_model_alone": ratio("full", "model"),
        "each_round": rounds(cpu=False),
        # the same, per CPU second: what the pipelines need, whatever else runs
        "full_reports_per_cpu_s": figures("full", cpu=True),
        "bare_spacy_reports_per_cpu_s": figures("bare", cpu=True),
        "model_alone_reports_per_cpu_s": figures("model", cpu=True),
        "cpu_ratio_full_to_bare": ratio("full", "bare", cpu=True),
        "cpu_ratio_full_to_model_alone": ratio("full", "model", cpu=True),
        "each_round_cpu": rounds(cpu=True),
        "load_average": {"before": round(load[0], 2), "after": round(load[1], 2)},
        "peak_memory_mb": {"full_extraction": round(peak["full"], 1), "bare_spacy": round(peak["bare"], 1)},
    }  # fmt: skip


# --- pathological inputs: extraction must stay linear in size ---------------

CASES = ("prose", "numbers", "one-line", "html-table", "punctuation")


def case_text(case: str, size: int, seed: int = 1) -> str:
    """A generated input of about `size` characters for one pathological case:

    - prose: the synthetic reports' prose, paragraphs kept (the reference);
    - punctuation: prose with runs of thousands of brackets, dollars and
      exclamation marks, no space in them (spaCy's tokenizer took the square
      of a run's length);
    - numbers: a figure every few words ("431 killed, 17 wounded and 2,400 ..."),
      few sentence ends: the densest text for the casualty rules;
    - one-line: the synthetic prose with every line break removed;
    - html-table: an HTML page whose article is one big table of towns and
      figures (read through the HTML reader, as ingest reads it).
    """
    rng = random.Random(seed)
    if case == "prose":
        text = "\n\n".join(synthetic_reports(max(1, size // 4000), 600, seed=seed))
        while len(text) < size:
            text += "\n\n" + text
        return text[:size]
    if case == "punctuation":
        runs = ("(" * 5000, "$" * 3000, "[" * 2000 + "]" * 2000, "!?" * 1500)
        pieces: list[str] = []
        length = 0
        while length < size:
            piece = (
                rng.choice(runs) if rng.random() < 0.1 else "Two people were killed in the town, police said."
            )
            pieces.append(piece)
            length += len(piece) + 1
        return " ".join(pieces)[:size]
    if case == "numbers":
        words = ("killed", "wounded", "and", "civilians", "soldiers", "-", "to", "at least", "in", "the town")
        parts: list[str] = []
        length = 0
        while length < size:
            piece = str(rng.randint(1, 99_999)) if rng.random() < 0.45 else rng.choice(words)
            parts.append(piece + ("." if rng.random() < 0.01 else ""))
            length += len(piece) + 1
        return " ".join(parts)[:size]
    if case == "one-line":
        text = " ".join(synthetic_reports(max(1, size // 4000), 600, seed=seed)).replace("\n", " ")
        while len(text) < size:
            text += " " + text
        return text[:size]
    if case == "html-table":
        towns = ("Aleppo", "Idlib", "Homs", "Daraa", "Kherson", "Goma", "Maiduguri", "Gao")
        rows: list[str] = []
        length = 0
        while length < size:
            day = f"2024-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
            row = (
                f"<tr><td>{rng.choice(towns)}</td><td>{rng.randint(0, 500)} killed</td>"
                f"<td>{rng.randint(0, 900)} wounded</td><td>{day}</td></tr>\n"
            )
            rows.append(row)
            length += len(row)
        return (
            "<html><head><title>Casualties by town</title></head><body><article><h1>Casualties by town</h1>"
            "<p>The monitor published these figures of people killed and wounded in each town this month.</p>"
            "<table><tr><th>Town</th><th>Killed</th><th>Wounded</th><th>Date</th></tr>"
            + "".join(rows)
            + "</table></article></body></html>"
        )
    raise BadInput(
        f"--case must be one of {', '.join(CASES)} (or omitted for the report benchmark), got {case!r}"
    )


def _case_seconds(case: str, size: int) -> tuple[int, float, float]:
    """(characters, wall seconds, CPU seconds of this process) to read one input."""
    from warmonitor.extract.pipeline import extract
    from warmonitor.ingest.formats import read_html

    raw = case_text(case, size)
    start, cpu = time.perf_counter(), time.process_time()
    text = read_html(raw, "benchmark")[0].text if case == "html-table" else raw
    extract(text, PUBLISHED)
    return len(raw), time.perf_counter() - start, time.process_time() - cpu


def run_case(case: str, size: int) -> dict[str, object]:
    """KB/s of one process reading one generated input of `size` characters
    (HTML: reading the page and extracting its text), and of one a quarter the
    size: `linearity` near 1 means time grows in proportion to size (2 would
    be a quarter of the speed at four times the size, i.e. quadratic)."""
    if size < 4000:
        raise BadInput("--size must be at least 4000 characters")
    load_pipeline()
    _case_seconds(case, 4000)  # warm: the first Doc a process reads grows its caches
    small_chars, small, small_cpu = _case_seconds(case, size // 4)
    chars, seconds, cpu = _case_seconds(case, size)
    small_speed, speed = small_chars / small / 1000, chars / seconds / 1000
    # CPU time: the speed on a core of its own, however busy the machine is.
    small_cpu_speed, cpu_speed = small_chars / small_cpu / 1000, chars / cpu / 1000
    return {
        "case": case,
        "chars": chars,
        "seconds": round(seconds, 2),
        "kb_per_s": round(speed, 1),
        "quarter_size_kb_per_s": round(small_speed, 1),
        "linearity": round(small_speed / speed, 2),
        "cpu_seconds": round(cpu, 2),
        "cpu_kb_per_s": round(cpu_speed, 1),
        "quarter_size_cpu_kb_per_s": round(small_cpu_speed, 1),
        "cpu_linearity": round(small_cpu_speed / cpu_speed, 2),
        "load_average": round(os.getloadavg()[0], 2),
    }
