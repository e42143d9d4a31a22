"""Issue 12, failure 9, without timing anything: the casualty rules' work per
sentence grows in proportion to its length (it grew with the cube), and the
narrowed search finds the same outcome words as the whole-sentence one."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from warmonitor.evaluation.benchmark import PUBLISHED, case_text
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

    def match(self, *args: Any) -> re.Match[str] | None:
        self.seen += 1  # one look at one place: work the sentence's length must not multiply
        return self.pattern.match(*args)


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


def _reference_restatements(claims: list[Any], sentence_of: list[int], places: list[frozenset[str]],
                            nouns: list[str | None], text: str, days: list[Any],
                            voice: str) -> dict[int, int]:  # fmt: skip
    """taken.restatements by its rules, every earlier figure compared (as
    before issue 12), with the day, source and party rules of 2026-11-30 and
    the words about others, vaguer voices and repeated lines of 2026-12-01."""
    from warmonitor.extract.taken import compatible, repeated_line, says_others, taken_cues

    def told_by(c: Any) -> str | None:
        return None if c.claimant == voice or c.claimant in taken_cues().vaguer_voices else c.claimant

    linked: dict[int, int] = {}
    for j, later in enumerate(claims):
        if later.part_of is not None or later.scope != "incident" or later.best is None:
            continue
        if says_others(text, later.span, taken_cues()):
            continue
        for i in range(j):
            first = claims[i]
            if (
                i not in linked
                and first.part_of is None
                and first.scope == "incident"
                and (sentence_of[i] != sentence_of[j] or repeated_line(text, first.span, later.span))
                and (first.outcome, first.best) == (later.outcome, later.best)
                and compatible(first.party, later.party)
                and (not places[i] or not places[j] or bool(places[i] & places[j]))
                and (nouns[i] is None or nouns[j] is None or nouns[i] == nouns[j])
                and (days[i] is None or days[j] is None or days[i] == days[j])
                and (told_by(first) is None or told_by(later) is None or told_by(first) == told_by(later))
            ):
                linked[j] = i
                break
    return linked


def test_restatements_found_by_figure_are_those_every_pair_found() -> None:
    """Retellings are looked for among figures of the same outcome, number
    and party only (all pairs took 68 % of a table of tolls' time): the same links."""
    from types import SimpleNamespace

    from warmonitor.extract.taken import restatements

    rng = random.Random(12)
    words = ("two", "more", "another", "others", "killed", "people", "the", "town")
    for _ in range(200):
        n = rng.randint(2, 40)
        text = " ".join(rng.choice(words) for _ in range(n * 12))
        claims = [
            SimpleNamespace(
                outcome=rng.choice(("killed", "injured")),
                party=rng.choice(("civilians", "unknown", "rebels")),
                claimant=rng.choice((None, "Outlet", "SOHR", "army")),
                best=rng.choice((1, 2, 3, None)),
                scope=rng.choice(("incident", "incident", "incident", "cumulative")),
                part_of=rng.choice((None, None, None, 0)),
                span=(k * 40, k * 40 + 5),
            )
            for k in range(n)
        ]
        sentence_of = sorted(rng.randint(1, n) for _ in range(n))
        places = [frozenset(rng.sample(("a", "b", "c"), rng.randint(0, 2))) for _ in range(n)]
        nouns = [rng.choice((None, "people", "soldier")) for _ in range(n)]
        days = [rng.choice((None, date(2016, 5, 1), date(2016, 5, 2))) for _ in range(n)]
        found = restatements(claims, sentence_of, places, nouns, text, days, "Outlet")
        assert found == _reference_restatements(claims, sentence_of, places, nouns, text, days, "Outlet")


def test_long_runs_without_spaces_reach_the_tokenizer_in_short_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """spaCy's tokenizer took the square of a run's length ("(" x 10,000: 12 s):
    make_doc hands it no run of 200 characters or more, keeps the text exact,
    and leaves text without such runs to the tokenizer alone."""
    from warmonitor.extract.pipeline import load_pipeline, make_doc

    nlp = load_pipeline()
    plain = "They don't know it's over, y'all: two were killed at https://example.org/a/b?c=1 today."
    reference = [(t.text, t.norm_, t.whitespace_) for t in nlp.make_doc(plain)]
    assert [(t.text, t.norm_, t.whitespace_) for t in make_doc(nlp, plain)] == reference

    handed: list[str] = []
    tokenize = nlp.make_doc

    def counting(text: str) -> Any:
        handed.append(text)
        return tokenize(text)

    monkeypatch.setattr(nlp, "make_doc", counting)
    text = plain + " " + "(" * 30_000 + "$" * 5_000 + "x[" * 4_000 + " " + plain + " " + "]" * 250
    doc = make_doc(nlp, text)
    assert doc.text == text
    assert max(len(run) for piece in handed for run in piece.split()) < 200
    # The words around the runs are tokenized as they would be alone.
    assert [(t.text, t.norm_) for t in doc[: len(reference)]] == [(w, n) for w, n, _ in reference]
    assert len(doc) < len(reference) * 2 + 35_000 // 100 + 8_000 + 10


@pytest.mark.slow
@pytest.mark.parametrize("case", ["one-line", "html-table", "punctuation"])
def test_a_large_input_is_read_in_bounded_pieces_each_once(
    case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Work grows with size when no Doc is longer than a piece and no text is
    read twice: a one-line input, an HTML table (through the reader) and
    runs of punctuation, each 4 pieces' worth."""
    from datetime import date

    from warmonitor.extract import chunks, pipeline
    from warmonitor.ingest.formats import read_html

    raw = case_text(case, 4 * chunks.CHUNK_CHARS)
    text = read_html(raw, "table.html")[0].text if case == "html-table" else raw
    lengths: list[int] = []
    prepare = pipeline.prepared_doc

    def counting(nlp: Any, report: Any) -> Any:
        lengths.append(len(report.text))
        return prepare(nlp, report)

    monkeypatch.setattr(pipeline, "prepared_doc", counting)
    extraction = pipeline.extract(text, date(2024, 11, 30))
    assert max(lengths) <= chunks.CHUNK_CHARS and sum(lengths) <= len(text), lengths
    assert len(lengths) >= len(text) // chunks.CHUNK_CHARS
    assert extraction.report.text == text


def test_between_is_looked_for_only_before_the_range() -> None:
    """ "between 3 and 5" is one range, "3 and 5" two counts; the check reads
    the words before the first figure, not the whole text before it, and
    answers as the whole-text search did on random mixes of the pieces that
    decide it (word boundaries, odd spaces, case)."""
    from warmonitor.extract import numbers

    assert [c.value for c in numbers.find_counts("killed between 3 and 5 people")] == [3]
    assert [c.value for c in numbers.find_counts("inbetween 3 and 5 people")] == [3, 5]
    rng = random.Random(12)
    pieces = ["between", "Between", "inbetween", " ", "  ", "\n", "\u00a0", "x", "5", "and", "-"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        for end in range(len(text) + 1):
            whole = numbers._BETWEEN.search(text[:end]) is not None
            assert numbers._between_before(text, end) == whole, (text, end)


def test_a_sentences_dates_are_the_ones_a_scan_of_every_date_finds() -> None:
    """Each figure's sentence takes its dates by bisection over the report's
    dates (sorted by `find_dates`); on a table of tolls with a date a row,
    every sentence gets exactly the dates a scan of all of them gives."""
    from warmonitor.extract import components
    from warmonitor.extract.pipeline import ReportText, load_pipeline, prepared_doc
    from warmonitor.ingest.formats import read_html

    nlp = load_pipeline()
    text = read_html(case_text("html-table", 12_000), "table")[0].text
    doc = nlp(prepared_doc(nlp, ReportText(text, PUBLISHED)))
    assert len(doc._.dates) > 50
    for sent in doc.sents:
        scanned = [m for m in doc._.dates if components.span_covers(sent, *m.span)]
        assert components.dates_in(sent) == scanned


def test_plain_digits_take_the_short_way_to_the_same_value() -> None:
    """Figures in plain digits skip the regular expressions for words,
    dozens and scales, and parse as the digits branch did: any script's
    decimal digits, and nothing beyond 64 bits."""
    from warmonitor.extract import numbers

    assert numbers.parse_number("431") == (431, False)
    assert numbers.parse_number("\u0664\u0663\u0661") == (431, False)  # Arabic-Indic digits
    assert numbers.parse_number("9" * 20) is None
    assert numbers.parse_number("2,400") == (2400, False)  # not plain: the general path
    rng = random.Random(5)
    digits = "0123456789\u0660\u0669\u06f5\u0966\uff15"
    for _ in range(5_000):
        text = "".join(rng.choice(digits) for _ in range(rng.randint(1, 22)))
        value = int(text)
        expected = (value, False) if value <= numbers.MAX_COUNT else None
        assert numbers.parse_number(text) == expected, text
