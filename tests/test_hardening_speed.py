"""Issue 12, failure 9, without timing anything: the casualty rules' work per
sentence grows in proportion to its length (it grew with the cube), and the
narrowed search finds the same outcome words as the whole-sentence one."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from typing import Any

import pytest

from warmonitor.evaluation.benchmark import case_text
from warmonitor.extract import casualties


class _Counting:
    """The outcome pattern, counting the matches its callers look at."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.seen = 0

    def finditer(self, *args: Any) -> Iterator[re.Match[str]]:
        for match in self.pattern.finditer(*args):
            self.seen += 1
            yield match

    def search(self, *args: Any) -> re.Match[str] | None:
        return self.pattern.search(*args)


def _work(monkeypatch: pytest.MonkeyPatch, sentence: str) -> int:
    counting = _Counting(casualties._OUTCOME_RE)
    monkeypatch.setattr(casualties, "_OUTCOME_RE", counting)
    casualties.find_casualties(sentence)
    monkeypatch.setattr(casualties, "_OUTCOME_RE", counting.pattern)
    return counting.seen


def test_outcome_search_is_linear_in_sentence_length(monkeypatch: pytest.MonkeyPatch) -> None:
    small = case_text("numbers", 4_000).replace(".", "")
    large = case_text("numbers", 16_000).replace(".", "")
    ratio = _work(monkeypatch, large) / _work(monkeypatch, small)
    assert ratio < 6, ratio  # 4 is linear; the whole-sentence search gave about 16


def _reference_outcome(sentence: str, local_start: int, local_end: int) -> str | None:
    """The whole-sentence search as it was before issue 12."""
    best: tuple[int, str] | None = None
    for match in casualties._OUTCOME_RE.finditer(sentence):
        group = next(g for g, v in match.groupdict().items() if v)
        distance = local_start - match.end() if match.end() <= local_start else match.start() - local_end
        between = sentence[min(match.end(), local_end) : max(match.start(), local_start)]
        distance += 40 * between.count(";") + 25 * len(re.findall(r",\s*(?:and|while|but)\b", between))
        if best is None or distance < best[0]:
            best = (distance, casualties._OUTCOME_BY_GROUP[group])
    return best[1] if best and best[0] < 160 else None


def test_the_narrowed_search_finds_what_the_whole_one_did() -> None:
    rng = random.Random(4)
    words = (
        "killed",
        "wounded",
        "injured",
        "died",
        "; ",
        ", and",
        "people",
        "the",
        "town",
        "were",
        "abducted",
    )
    for _ in range(300):
        parts = [str(rng.randint(1, 999)) if rng.random() < 0.3 else rng.choice(words) for _ in range(120)]
        sentence = " ".join(parts)
        for found in re.finditer(r"\d+", sentence):
            start, end = found.span()
            assert casualties._outcome_for(sentence, start, end) == _reference_outcome(sentence, start, end)
