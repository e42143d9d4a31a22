"""The hand-marked event sentences in gold/events/ load, and every row's text
in ../shared/data/real-dev/ still has the SHA-1 its row records."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from warmonitor.evaluation.false_events import LABELS, read_event_gold
from warmonitor.evaluation.news import held_out
from warmonitor.evaluation.real_docs import real_document

ROOT = Path(__file__).resolve().parents[1]
REAL_DEV = ROOT.parent / "shared" / "data" / "real-dev"
GOLD = sorted((ROOT / "gold" / "events").glob("real_dev_sentences*.tsv"))


def test_the_f_file_is_there_with_its_counts() -> None:
    rows = read_event_gold(ROOT / "gold" / "events" / "real_dev_sentences_f.tsv")
    assert len(rows) == 80 and len({r.id for r in rows}) == 80
    assert sum(r.label == "event" for r in rows) == 49
    learn = [r for r in rows if not held_out(r.id)]
    assert len(learn) == 43


@pytest.mark.skipif(not REAL_DEV.is_dir(), reason="needs ../shared/data/real-dev")
@pytest.mark.parametrize("gold", GOLD, ids=[g.name for g in GOLD])
def test_every_row_finds_its_sentence(gold: Path) -> None:
    rows = read_event_gold(gold)
    assert rows
    for row in rows:
        assert row.label in LABELS
        assert row.id == f"{row.source}#{row.doc}#{row.start}", row.id
        text, _day = real_document(REAL_DEV, row.source, row.doc)
        assert 0 <= row.start < row.end <= len(text), row.id
        digest = hashlib.sha1(text[row.start : row.end].encode("utf-8")).hexdigest()[:10]
        assert digest == row.sha1_10, row.id
