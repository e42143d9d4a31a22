"""Our table-driven attribute ruler and caching lemmatizer (extract/fast_attrs.py)
give every token exactly the attributes spaCy's own attribute_ruler and
lemmatizer give it."""

from __future__ import annotations

import json
from functools import cache

import pytest
import spacy
from spacy.language import Language

from tests.conftest import SHARED
from warmonitor.cli import demo_corpus
from warmonitor.extract.pipeline import load_pipeline, model_name

SEED = SHARED / "seed" / "aleppo-offensive-report.txt"
# The rarer patterns: contractions, several-token patterns ("gon na", "let 's"),
# pronouns, modals, white space between and inside sentences.
ODD_WORDING = (
    "I'd say they ain't gonna stop, y'all.  We gotta go; let's  go!\n\nC'mon, there is nothing "
    "he gets and she got 'em doin' somethin' goin' nothin' ol' 'nuff. It can't, won't, shan't.\n \t"
    "Whether it is here or there, but once that was done, those who had it did it. You and I were hit. "
    "Hers, ours, theirs, itself; myself.  \n  Don't you dare! They've been being seen. It's what's to be. "
    "So I 'll ' ' '' `` \" -- ... Ya'll y all, there were 20 killed, there's no water."
)


@cache
def stock() -> Language:
    return spacy.load(model_name())


def texts() -> list[str]:
    if not SEED.exists():
        pytest.fail(f"the founding report is missing: {SEED}")
    rows = [json.loads(line) for line in demo_corpus().read_text(encoding="utf-8").splitlines() if line]
    return [*(row["text"] for row in rows), SEED.read_text(encoding="utf-8"), ODD_WORDING]


def test_our_pipeline_uses_the_fast_components_and_the_bare_model_the_stock_ones() -> None:
    names = load_pipeline().pipe_names
    assert "wm_attribute_ruler" in names and "wm_lemmatizer" in names
    assert "attribute_ruler" not in names and "lemmatizer" not in names
    assert "attribute_ruler" in stock().pipe_names and "lemmatizer" in stock().pipe_names


def test_every_token_gets_the_stock_attributes_and_lemmas() -> None:
    compared = 0
    for text in texts():
        ours, theirs = load_pipeline()(text), stock()(text)
        assert [t.text for t in ours] == [t.text for t in theirs]
        for mine, expected in zip(ours, theirs, strict=True):
            got = (mine.pos_, mine.tag_, str(mine.morph), mine.lemma_, mine.dep_, mine.head.i)
            want = (expected.pos_, expected.tag_, str(expected.morph), expected.lemma_, expected.dep_,
                    expected.head.i)  # fmt: skip
            assert got == want, f"{mine.text!r} at {mine.idx} in {text[:40]!r}"
            compared += 1
    assert compared > 2000  # the demo corpus, the founding report and the odd wording
