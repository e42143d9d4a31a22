"""The sub-event model on news prose (issue 15): floors a little below the
figures of docs/accuracy.md, the split, and one model for code and extract."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest

from warmonitor.errors import BadInput
from warmonitor.evaluation.evaluate import Report
from warmonitor.evaluation.news import classify_texts, eval_news, held_out, read_news_gold
from warmonitor.extract.acled_model import lexicon_features, load_sub_event_model

ROOT = Path(__file__).resolve().parents[1]
# The development parts, split into learning and held-out rows by id. written_blind.tsv is
# held out whole (gold/news/BLIND.md) and scored on its own below.
GOLD = [
    ROOT / "gold" / "news" / name
    for name in ("isaf.tsv", "rams_dev.tsv", "written.tsv", "written_learn2.tsv")
]
BLIND = ROOT / "gold" / "news" / "written_blind.tsv"
REAL_DEV = ROOT.parent / "shared" / "data" / "real-dev"


def _figure(report: Report, name: str) -> float:
    return next(v for n, v, _note in report.figures if n == name)


def test_the_split_is_decided_by_the_id_alone() -> None:
    assert held_out("w-armed-clash-01") == held_out("w-armed-clash-01")
    ids = [f"x-{n}" for n in range(2000)]
    share = sum(map(held_out, ids)) / len(ids)
    assert 0.45 < share < 0.55


@pytest.mark.parametrize("name", ["written.tsv", "written_learn2.tsv"])
def test_written_parts_have_25_sentences_per_sub_event_type(name: str) -> None:
    rows = read_news_gold(ROOT / "gold" / "news" / name, REAL_DEV)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.sub_event_type] = counts.get(row.sub_event_type, 0) + 1
    assert len(counts) == 25 and min(counts.values()) >= 25


@pytest.mark.skipif(not REAL_DEV.is_dir(), reason="needs ../shared/data/real-dev")
def test_news_held_out_floors() -> None:
    report = eval_news(GOLD, REAL_DEV)
    # Reached 2026-11-29 with word vectors: all 0.825, written 0.888, the second
    # writer's half 0.620, ISAF 0.993.
    assert _figure(report, "all files: sub_event_type weighted F1") >= 0.79
    assert _figure(report, "written.tsv: sub_event_type weighted F1") >= 0.85
    assert _figure(report, "written_learn2.tsv: sub_event_type weighted F1") >= 0.58
    assert _figure(report, "isaf.tsv: sub_event_type weighted F1") >= 0.95
    assert _figure(report, "classes with >= 5 rows and F1 0") == 0


@pytest.mark.skipif(not REAL_DEV.is_dir(), reason="needs ../shared/data/real-dev")
def test_blind_news_set_floor() -> None:
    # Sentences written by someone who never saw the model, its cues or the other gold:
    # the honest figure for news prose: 0.611, then 0.757 once the second writer's
    # learning half was learned from, 0.796 with word vectors (2026-11-29; issue
    # 15's target is 0.75).
    report = eval_news([BLIND], REAL_DEV, part="all")
    assert _figure(report, "all files: sub_event_type weighted F1") >= 0.76


def test_word_vectors_put_like_sentences_together() -> None:
    from warmonitor.extract.word_vectors import DIMENSION, load_word_vectors

    vectors = load_word_vectors().mean_vectors(
        [
            "Jets pounded the hillside hamlets overnight, residents said.",
            "Warplanes bombed a string of villages in the hills before dawn.",
            "Thousands rallied peacefully outside parliament on Friday.",
            "the of and",  # stop words only: no vector
        ]
    )
    assert vectors.shape == (4, DIMENSION)
    assert abs(float(vectors[0] @ vectors[0]) - 1.0) < 1e-3
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2]) + 0.1
    assert not vectors[3].any()
    assert "en_core_web_md" in load_word_vectors().provenance


def test_the_shipped_model_reads_the_word_vector() -> None:
    model = load_sub_event_model()
    assert model.vector_weights is not None and model.vector_weights.shape == (300, len(model.linear.classes))
    with pytest.raises(ValueError, match="needs the text's word vector"):
        model.guess(["<empty>"])


def test_a_gold_file_without_the_columns_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tsentence\nx\ty\n", encoding="utf-8")
    with pytest.raises(BadInput, match="needs the tab-separated columns"):
        eval_news([bad], REAL_DEV)
    with pytest.raises(BadInput, match="no such file"):
        eval_news([tmp_path / "none.tsv"], REAL_DEV)


def test_the_lexicon_matches_word_starts_in_a_row() -> None:
    assert "lex:Disrupted weapons use" in lexicon_features("Engineers defused the device.")
    assert "lex:Grenade" not in lexicon_features("The police said nothing.")


def test_low_probability_says_uncertain() -> None:
    model = load_sub_event_model()
    guess = model.guess(["<empty>"], np.zeros(300, dtype=np.float32))
    assert 0.0 < guess.confidence < 1.0
    assert (guess.sub_event_type == "uncertain") == (guess.confidence < model.uncertain_below)
    assert "learned from" in model.provenance


def test_extract_types_a_sentence_as_the_model_does() -> None:
    from warmonitor.extract.pipeline import extract

    sentence = "Military jets bombed a market in the north of the province, killing nine traders."
    (guess,) = classify_texts([sentence])
    events = [c for c in extract(sentence, date(2024, 3, 2)).claims if c.kind == "event"]
    assert events and events[0].sub_event_type == guess.sub_event_type == "Air/drone strike"
    assert events[0].confidence is not None and events[0].confidence >= 0.5
