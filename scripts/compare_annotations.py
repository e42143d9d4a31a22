"""What our speed-ups change in the annotations: nothing, token by token.

Compares, over the notes of a CSV plus the demo corpus and the founding
report (when ../shared is beside the repo):

1. the model as our pipeline loads it (numpy's BLAS, extract/pipeline.py
   model_ops) against the stock model (spaCy's default BLIS): tag, dependency,
   head, entity and sentence start of every token;
2. our attribute ruler and lemmatizer (extract/fast_attrs.py) against spaCy's:
   POS, tag, morphology and lemma of every token.

    .venv/bin/python scripts/compare_annotations.py ../shared/data/acled-dev/acled_2022h1_sample.csv

Prints the tokens compared and how many differ; exits 1 if any does.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import warmonitor  # noqa: F401 - first: it sets OPENBLAS_NUM_THREADS before numpy loads

# isort: split
import spacy
from spacy.language import Language
from spacy.tokens import Token

from warmonitor.cli import demo_corpus
from warmonitor.errors import UserError
from warmonitor.evaluation.evaluate import read_csv
from warmonitor.extract.pipeline import load_model, load_pipeline, model_name

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "aleppo-offensive-report.txt"
MODEL = ("tok2vec", "tagger", "parser", "ner")


def texts(notes: Path) -> list[str]:
    found = [r["notes"] for r in read_csv(notes, [("notes",)]) if (r.get("notes") or "").strip()]
    demo = demo_corpus().read_text(encoding="utf-8").splitlines()
    found += [json.loads(line)["text"] for line in demo if line.strip()]
    if SEED.exists():
        found.append(SEED.read_text(encoding="utf-8"))
    return found


def compare(
    ours: Language, stock: Language, corpus: list[str], read: Callable[[Token], tuple[object, ...]]
) -> tuple[int, int]:
    tokens = differing = 0
    for mine, theirs in zip(ours.pipe(corpus, batch_size=16), stock.pipe(corpus, batch_size=16), strict=True):
        tokens += len(mine)
        differing += sum(read(a) != read(b) for a, b in zip(mine, theirs, strict=True))
    return tokens, differing


def only(nlp: Language, names: Iterable[str]) -> Language:
    keep = set(names)
    for name in [n for n in nlp.pipe_names if n not in keep]:
        nlp.disable_pipe(name)
    return nlp


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notes", type=Path, help="a CSV with a notes column")
    try:
        corpus = texts(parser.parse_args(argv).notes)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{len(corpus)} texts")

    model = compare(
        only(load_model(model_name()), MODEL), only(spacy.load(model_name()), MODEL), corpus,
        lambda t: (t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start),
    )  # fmt: skip
    print(f"model, numpy's BLAS vs BLIS: {model[0]} tokens, {model[1]} differ (tag, dep, head, entity)")

    attrs = compare(
        only(load_pipeline(), (*MODEL[:3], "wm_attribute_ruler", "wm_lemmatizer")),
        only(load_model(model_name()), (*MODEL[:3], "attribute_ruler", "lemmatizer")), corpus,
        lambda t: (t.pos_, t.tag_, str(t.morph), t.lemma_),
    )  # fmt: skip
    print(f"attribute ruler and lemmatizer, ours vs spaCy's: {attrs[0]} tokens, {attrs[1]} differ")
    return 1 if model[1] or attrs[1] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
