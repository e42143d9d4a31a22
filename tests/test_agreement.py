"""Coder agreement (evaluation/agreement.py) on small readings of our own."""

from __future__ import annotations

from warmonitor.evaluation.agreement import (
    Coder,
    Figure,
    agreement,
    all_pairs,
    consensus,
    from_gold_rows,
    voice,
)

TEXT = "Shelling killed 12 people on Monday, a monitor said, and 30 were wounded. Two children died later."


def _fig(start: int, end: int, claimant: str | None, party: str = "total", outcome: str = "killed") -> Figure:
    return Figure(
        (start, end),
        outcome,
        party,
        int(TEXT[start:end]) if TEXT[start:end].isdigit() else 2,
        "incident",
        claimant,
    )


def test_outlet_is_its_own_voice() -> None:
    assert voice("Reuters", "Reuters") is None
    assert voice(None, "Reuters") is None
    assert voice("SOHR", "Reuters") == voice("Syrian Observatory for Human Rights", "AFP")


def test_pairs_by_span_and_counts_field_agreement() -> None:
    a = Coder("a", {"1": [_fig(16, 18, "monitor"), _fig(57, 59, "monitor", outcome="injured")]})
    b = Coder(
        "b",
        {
            "1": [
                _fig(16, 18, "monitor"),
                _fig(57, 59, None, outcome="injured"),
                _fig(74, 77, None, "civilians"),
            ]
        },
    )
    pair = agreement(a, b, ["1"])
    assert pair.figures == (2, 3)
    assert pair.paired == 2
    assert pair.rate("claimant") == 0.5
    assert pair.rate("outcome") == 1.0
    assert pair.detection_f1 == 0.8


def test_only_articles_every_coder_read_are_compared() -> None:
    a = Coder("a", {"1": [_fig(16, 18, None)], "2": [_fig(16, 18, None)]})
    b = Coder("b", {"1": [_fig(16, 18, None)]})
    c = Coder("c", {"1": [], "2": []})
    pairs = all_pairs([a, b, c], ["1", "2"])
    assert [p.articles for p in pairs] == [1, 1, 1]
    assert pairs[1].paired == 0 and pairs[1].rate("claimant") is None


def test_consensus_checks_others_on_the_claimant_the_humans_share() -> None:
    a = Coder("a", {"1": [_fig(16, 18, "monitor"), _fig(57, 59, None)]})
    b = Coder("b", {"1": [_fig(16, 18, "monitor"), _fig(57, 59, "monitor")]})
    ours = Coder("ours", {"1": [_fig(15, 18, None)]})
    result = consensus([a, b], [ours], ["1"])
    assert result.agreed == 1
    assert (result.scored["ours"], result.right["ours"]) == (1, 0)


def test_gold_rows_read_as_a_coder() -> None:
    rows = [
        {
            "unit_id": "7",
            "casualties": [
                {
                    "span": [16, 18],
                    "outcome": "killed",
                    "party": "total",
                    "best": 12,
                    "scope": "incident",
                    "claimant": "AFP",
                }
            ],
        }
    ]
    coder = from_gold_rows("gold", rows, {"7": TEXT}, {"7": "AFP"})
    assert coder.figures["7"][0].claimant is None  # the outlet's own voice
    assert coder.figures["7"][0].span == (16, 18)
