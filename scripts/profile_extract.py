"""Where extraction's time goes: milliseconds per report for each pipeline
component, over the benchmark's synthetic reports, or with --notes over real
notes from a CSV (ACLED's notes column) joined into reports.

The machine is shared, so wall-clock figures wander; each component is timed
on the same Docs in the same process, several times, and the fastest run is
kept (the least disturbed). Compare variants from one run of this script.

    .venv/bin/python scripts/profile_extract.py [--reports 30] [--words 600] [--repeats 5]
    .venv/bin/python scripts/profile_extract.py --cprofile   # our wm_* components under cProfile
    .venv/bin/python scripts/profile_extract.py --repeats 1 \
        --notes ../shared/data/acled-dev/acled_2022h1_sample.csv

Later repeats find names, dates and lemmas in the caches the first one
filled: --repeats 1 on --notes gives the time on text not seen before.
--cpu times with time.process_time (this process's CPU seconds) instead of
the wall clock: on a loaded machine the figure to compare between commits.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections.abc import Callable
from pathlib import Path

import warmonitor  # noqa: F401 - first: it sets OPENBLAS_NUM_THREADS before numpy loads

# isort: split
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from warmonitor.evaluation.benchmark import PUBLISHED, reports_from_notes, synthetic_reports
from warmonitor.extract.pipeline import COMPONENTS, load_pipeline, model_name


def _fresh_docs(nlp: Language, texts: list[str]) -> list[Doc]:
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        doc._.published = PUBLISHED
        doc._.outlet = None
        docs.append(doc)
    return docs


CLOCK: list[Callable[[], float]] = [time.perf_counter]  # --cpu: time.process_time


def component_times(nlp: Language, texts: list[str], repeats: int) -> dict[str, float]:
    """ms per report for each component, best of `repeats` runs over all texts."""
    best: dict[str, float] = {}
    clock = CLOCK[0]
    for _ in range(repeats):
        spent = dict.fromkeys(nlp.pipe_names, 0.0)
        for doc in _fresh_docs(nlp, texts):
            for name, proc in nlp.pipeline:
                start = clock()
                doc = proc(doc)
                spent[name] += clock() - start
        for name, seconds in spent.items():
            best[name] = min(best.get(name, float("inf")), seconds * 1000 / len(texts))
    return best


def batched_times(nlp: Language, texts: list[str], repeats: int, batch_size: int) -> dict[str, float]:
    """ms per report for each component when it gets the Docs a batch at a time (nlp.pipe)."""
    best: dict[str, float] = {}
    for _ in range(repeats):
        docs = _fresh_docs(nlp, texts)
        for name, proc in nlp.pipeline:
            run: Callable[[list[Doc]], list[Doc]]
            if hasattr(proc, "pipe"):
                run = lambda ds, p=proc: list(p.pipe(ds, batch_size=batch_size))  # noqa: E731
            else:
                run = lambda ds, p=proc: [p(d) for d in ds]  # noqa: E731
            start = CLOCK[0]()
            docs = run(docs)
            ms = (CLOCK[0]() - start) * 1000 / len(texts)
            best[name] = min(best.get(name, float("inf")), ms)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=30)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--notes", type=Path, help="a CSV with a notes column: real text, not synthetic")
    parser.add_argument("--bare", action="store_true", help="also time the stock model's components")
    parser.add_argument("--cprofile", action="store_true", help="profile the wm_* components")
    parser.add_argument("--sort", default="cumulative", help="cProfile's order: cumulative, tottime, ...")
    parser.add_argument("--cpu", action="store_true", help="CPU seconds (process_time), not wall-clock")
    args = parser.parse_args()
    if args.cpu:
        CLOCK[0] = time.process_time
    if args.notes:
        texts = reports_from_notes(args.notes, args.reports + 2, args.words)
        warm, texts = texts[:2], texts[2:]
    else:
        texts, warm = synthetic_reports(args.reports, args.words), synthetic_reports(2, args.words, seed=0)
    nlp = load_pipeline()
    tokens = sum(len(nlp.make_doc(t)) for t in texts) / len(texts)
    clock = "CPU" if args.cpu else "wall-clock"
    print(f"{len(texts)} reports, {tokens:.0f} tokens each; {clock} ms per report, best of {args.repeats}")
    component_times(nlp, warm, 1)  # load what loads lazily, on reports not timed
    if args.cprofile:
        docs = [nlp(d) for d in _fresh_docs(nlp, texts)]  # statistical part outside the profile
        ours = [(n, p) for n, p in nlp.pipeline if n in COMPONENTS]
        profile = cProfile.Profile()
        for doc in docs:
            doc._.claims = None
            profile.enable()
            for _name, proc in ours:
                proc(doc)
            profile.disable()
        pstats.Stats(profile).sort_stats(args.sort).print_stats(40)
        return
    rows = {"per report": component_times(nlp, texts, args.repeats)}
    rows[f"nlp.pipe, batch {args.batch_size}"] = batched_times(nlp, texts, args.repeats, args.batch_size)
    if args.bare:
        bare = spacy.load(model_name())
        rows["bare, per report"] = component_times(bare, texts, args.repeats)
        # batched, as the benchmark's bare pipeline runs: the reference of the floor
        rows[f"bare, batch {args.batch_size}"] = batched_times(bare, texts, args.repeats, args.batch_size)
    names = list(dict.fromkeys(n for row in rows.values() for n in row))
    print(f"{'component':<18}" + "".join(f"{k:>22}" for k in rows))
    for name in [*names, "total"]:
        cells = [
            sum(row.values()) if name == "total" else row.get(name) for row in rows.values()
        ]  # fmt: skip
        print(f"{name:<18}" + "".join(f"{'' if c is None else f'{c:.1f}':>22}" for c in cells))


if __name__ == "__main__":
    main()
