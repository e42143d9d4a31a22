"""Where the statistical model's CPU time goes on real text, and whether the
batch size moves it: the two questions behind the 1.2x floor (docs/benchmarks.md).

    python scripts/model_costs.py [--reports 32] [--notes ../shared/data/acled-dev/acled_2022h1_sample.csv]

1. For the parser and the NER (our pipeline's Docs up to each, batches of
   16): CPU ms per report of `model.predict` (token vectors and the
   precomputed first layer) against the component's whole `predict` (the
   same plus the greedy transition loop). The difference is the loop.
2. The model as our pipeline loads it (`load_model`), `nlp.pipe` at batch
   sizes 16, 32 and 64, two rounds: CPU ms per report, and whether tags,
   heads, labels, entities and sentence starts are those of batch 16.

CPU seconds (time.process_time), not the wall clock: the machine is shared.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import warmonitor  # noqa: F401 - first: it sets OPENBLAS_NUM_THREADS before numpy loads

# isort: split
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc

from warmonitor.evaluation.benchmark import PUBLISHED, reports_from_notes
from warmonitor.extract.pipeline import load_model, load_pipeline, model_name

BATCH = 16


def _docs_before(nlp: Language, texts: list[str], name: str) -> list[Doc]:
    """The Docs as the pipeline hands them to component `name`."""
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        doc._.published, doc._.outlet, doc._.wm_text = PUBLISHED, None, text
        docs.append(doc)
    for step, proc in nlp.pipeline:
        if step == name:
            break
        docs = list(proc.pipe(docs, batch_size=BATCH)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    return docs


def loop_split(texts: list[str]) -> None:
    nlp = load_pipeline()
    for name in ("parser", "ner"):
        pipe = nlp.get_pipe(name)
        docs = _docs_before(nlp, texts, name)
        for _round in range(2):
            start = time.process_time()
            for i in range(0, len(docs), BATCH):
                pipe.model.predict(docs[i : i + BATCH])  # type: ignore[attr-defined]
            vectors = time.process_time()
            for i in range(0, len(docs), BATCH):
                pipe.predict(docs[i : i + BATCH])  # type: ignore[attr-defined]
            whole = time.process_time()
            per = 1000 / len(docs)
            print(
                f"{name}: vectors and first layer {(vectors - start) * per:.1f} CPU ms a report, "
                f"whole predict {(whole - vectors) * per:.1f}, the transition loop "
                f"{((whole - vectors) - (vectors - start)) * per:.1f}"
            )


def batch_sizes(texts: list[str]) -> None:
    nlp = load_model(model_name())
    list(nlp.pipe(texts[:BATCH], batch_size=BATCH))  # warm-up
    reference: list[bytes] | None = None
    for round_ in range(2):
        for size in (16, 32, 64):
            start = time.process_time()
            docs = list(nlp.pipe(texts, batch_size=size))
            ms = (time.process_time() - start) * 1000 / len(texts)
            arrays = [d.to_array([TAG, HEAD, DEP, ENT_IOB, ENT_TYPE, SENT_START]).tobytes() for d in docs]
            reference = reference or arrays
            same = arrays == reference
            print(f"round {round_ + 1}, batch {size}: {ms:.1f} CPU ms a report, same as batch 16: {same}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=32)
    parser.add_argument("--words", type=int, default=600)
    notes = Path("../shared/data/acled-dev/acled_2022h1_sample.csv")
    parser.add_argument("--notes", type=Path, default=notes)
    args = parser.parse_args()
    texts = reports_from_notes(args.notes, args.reports, args.words)
    loop_split(texts)
    batch_sizes(texts)


if __name__ == "__main__":
    main()
