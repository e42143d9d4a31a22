"""The claimant chooser's dataset (evaluation/claimant_choice.py): candidates,
features and the gold's answer for a matched figure. Our own sentences."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from warmonitor.evaluation import claimant_choice as cc
from warmonitor.evaluation.claims import Article, GoldArticle, score_article
from warmonitor.extract import attribution
from warmonitor.extract.claims import CasualtyClaim, Extraction, ReportInfo
from warmonitor.extract.pipeline import load_pipeline

TEXT = (
    "Barrel bombs dropped on a crowded market in Maarat al-Numan killed 14 people on Monday, "
    "the Syrian Observatory for Human Rights said. "
    "Civil defence volunteers, who pulled survivors from the rubble for hours, said 23 others were hurt."
)


def _figure(words: str, outcome: str, claimant: str | None) -> dict[str, object]:
    start = TEXT.index(words)
    return {
        "span": [start, start + len(words)],
        "outcome": outcome,
        "scope": "incident",
        "claimant": claimant,
        "best": int(words.split()[0]),
        "party": "total",
        "date": None,
    }


@pytest.fixture(scope="module")
def read() -> tuple[Article, GoldArticle, list[cc.Figure], object]:
    article = Article("own-1", TEXT, date(2016, 2, 15), "Reuters")
    gold = GoldArticle(
        "own-1",
        "dev",
        [
            _figure("14 people", "killed", "Syrian Observatory for Human Rights"),
            _figure("23 others", "injured", "Syria Civil Defence"),
        ],
        [],
        [],
    )
    doc, readings = cc.read_doc(load_pipeline(), article)
    return article, gold, cc.article_figures("dev", gold, article, doc, readings), doc


def test_each_matched_figure_is_one_row_as_the_eval_pairs_them(read) -> None:
    article, gold, figures, doc = read
    count: Counter[str] = Counter()
    claims = [c for c in doc._.claims if isinstance(c, CasualtyClaim)]
    info = ReportInfo(title=None, outlet="Reuters", published=article.published, language=None, text=TEXT)
    score_article(gold, article, Extraction(report=info, claims=claims, places=[], actors=[]), count)
    assert len(figures) == count["true"] == 2
    assert sum(f.rule_right for f in figures) == count["claimant right"]


def test_candidates_hold_the_outlet_and_each_named_source(read) -> None:
    _article, _gold, figures, _doc = read
    first, second = figures
    assert cc.OUTLET in first.candidates
    assert any("observatory" in c for c in first.candidates)
    assert len(first.candidates) >= 3  # the outlet, the monitor, the volunteers
    assert first.oracle and second.oracle


def test_features_say_where_the_source_is_named(read) -> None:
    _article, _gold, figures, _doc = read
    first, second = figures
    monitor = next(i for i, c in enumerate(first.candidates) if "observatory" in c)
    assert first.features[monitor]["same_sentence"] == 1.0
    assert first.features[monitor]["cue_after_figure"] == 1.0
    assert first.right[monitor]
    # The second figure's sentence names its own source: the monitor is one sentence back.
    assert second.features[monitor]["same_sentence"] == 0.0
    assert second.features[monitor]["near_before"] == pytest.approx(0.5)
    assert second.features[monitor]["sentence_names_other"] == 1.0
    assert not second.right[monitor]
    outlet = second.candidates.index(cc.OUTLET)
    assert second.features[outlet]["is_outlet"] == 1.0 and not second.right[outlet]


def test_the_recorder_puts_attribute_back() -> None:
    real = attribution.attribute
    with cc._Recorder():
        assert attribution.attribute is not real
    assert attribution.attribute is real


def test_summary_counts_rules_and_oracle(read) -> None:
    _article, _gold, figures, _doc = read
    n, rules, oracle = cc.summary(figures)["dev"]
    assert (n, oracle) == (2, 2)
    assert rules == sum(f.rule_right for f in figures)
