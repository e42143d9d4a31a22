"""The other wars' blind claimant file (gold/wars/) is read, split and scored
the FA-KES way; a malformed file is refused with one line. The texts here are
our own, written in the SATP summary style into a stand-in real-dev folder."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from warmonitor.errors import BadInput
from warmonitor.evaluation.claims import ClaimsReport
from warmonitor.evaluation.claims_wars import read_wars_split, score_wars, wars_gold

TEXTS = [
    "Suspected Maoists shot dead two village guards near Kurkheda in Gadchiroli District on Monday "
    "night police said reports The Hitavada",
    "Three militants were killed and a soldier injured in a gunfight in Kupwara District of Jammu "
    "and Kashmir on Tuesday an Army spokesman said reports Daily Excelsior",
]


def _folder(
    tmp_path: Path, rows: list[dict[str, object]], halves: tuple[str, ...] = ("dev", "heldout")
) -> Path:
    real_dev = tmp_path / "real-dev"
    real_dev.mkdir()
    (real_dev / "satp_relevant_train.tsv").write_text(
        "".join(f"{t}\t1\t0\t0\t0\n" for t in TEXTS), encoding="utf-8"
    )
    gold = tmp_path / "wars"
    gold.mkdir()
    with (gold / "split.csv").open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["unit_id", "source_file", "doc", "half", "order"])
        for i, half in enumerate(halves):
            out.writerow([f"satp_relevant_train.tsv#{i + 1}", "satp_relevant_train.tsv", str(i + 1), half, i])
    (gold / "claims.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return gold


def _figure(
    text: str, number: str, outcome: str, party: str, best: int, claimant: str | None
) -> dict[str, object]:
    start = text.index(number)
    return {
        "span": [start, start + len(number)], "outcome": outcome, "party": party, "low": best,
        "best": best, "high": None, "qualifier": "exact", "scope": "incident", "claimant": claimant,
        "date": None, "period_start": None, "part_of": None,
    }  # fmt: skip


def _rows() -> list[dict[str, object]]:
    first = {
        "unit_id": "satp_relevant_train.tsv#1", "source_file": "satp_relevant_train.tsv", "doc": "1",
        "published": None, "source": "SATP", "batch": "test",
        "casualties": [_figure(TEXTS[0], "two", "killed", "government", 2, "Gadchiroli District Police")],
        "control": [], "not_casualties": [],
    }  # fmt: skip
    second = dict(first, unit_id="satp_relevant_train.tsv#2", doc="2", published="2014-03-11")
    second["casualties"] = [_figure(TEXTS[1], "Three", "killed", "rebels", 3, "Indian Army")]
    return [first, second]


def test_the_dev_half_is_scored_in_full_and_the_heldout_half_as_totals(tmp_path: Path) -> None:
    gold = _folder(tmp_path, _rows())
    report = ClaimsReport()
    score_wars(report, gold, tmp_path / "real-dev", "dev")
    score_wars(report, gold, tmp_path / "real-dev", "heldout")
    dev, held = report.tables
    assert "dev half" in dev.title and dev.counts["wars dev"].startswith(
        "1 articles, 1 gold casualty figures"
    )
    assert "totals only" in held.title and held.counts["wars heldout"].startswith("1 articles, 1 gold")
    # The held-out half adds one breakdown (misses by kind), the dev half all of them.
    assert len(report.breakdowns) >= 3
    assert report.breakdowns[-1].title.endswith("held-out half)")


def test_a_row_of_the_other_half_is_passed_over_and_the_text_day_is_used(tmp_path: Path) -> None:
    gold = _folder(tmp_path, _rows())
    rows, articles = wars_gold(gold, tmp_path / "real-dev", "heldout")
    assert [r.unit_id for r in rows] == ["satp_relevant_train.tsv#2"]
    assert str(articles["satp_relevant_train.tsv#2"].published) == "2014-03-11"
    # No day in the row: the source file's nominal day, after its whole period.
    assert str(articles["satp_relevant_train.tsv#1"].published) == "2017-12-31"
    assert articles["satp_relevant_train.tsv#1"].text == TEXTS[0]


def test_gold_and_split_must_name_the_same_documents(tmp_path: Path) -> None:
    gold = _folder(tmp_path, _rows()[:1])
    with pytest.raises(BadInput, match=r"unit ids and split\.csv's differ"):
        wars_gold(gold, tmp_path / "real-dev", "dev")


def test_a_split_row_whose_id_is_not_its_document_is_refused(tmp_path: Path) -> None:
    gold = _folder(tmp_path, _rows())
    text = (gold / "split.csv").read_text(encoding="utf-8").replace("tsv,2,", "tsv,7,")
    (gold / "split.csv").write_text(text, encoding="utf-8")
    with pytest.raises(BadInput, match="source_file#doc"):
        read_wars_split(gold)


def test_a_bad_gold_line_is_named(tmp_path: Path) -> None:
    gold = _folder(tmp_path, _rows())
    with (gold / "claims.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"unit_id": "x", "published": "soon"}\n')
    with pytest.raises(BadInput, match=r"claims.jsonl:3: no unit_id, published and source"):
        wars_gold(gold, tmp_path / "real-dev", "dev")
