"""The extraction components on sentences of our own, as reporters write them."""

from __future__ import annotations

import json
import re
from datetime import date
from importlib import resources

import pytest

from tests.conftest import SHARED
from warmonitor.errors import UserError
from warmonitor.evaluation.benchmark import synthetic_reports
from warmonitor.extract.casualties import find_casualties
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.dates import find_dates, first_since
from warmonitor.extract.events import TRIGGER_STEMS, TRIGGERS, find_event_cues
from warmonitor.extract.numbers import find_counts
from warmonitor.extract.pipeline import extract

SATURDAY = date(2024, 11, 30)


@pytest.mark.parametrize(
    ("text", "value", "low", "best", "high"),
    [
        ("at least 311 dead", 311, 311, 311, None),
        ("more than twenty fighters", 20, 20, 20, None),
        ("up to 40 people", 40, None, 40, 40),
        ("dozens of soldiers", 12, 12, 12, None),
        ("tens of civilians", 10, 10, 10, None),
        ("hundreds of residents", 100, 100, 100, None),
        ("twenty-one people", 21, 21, 21, 21),
        ("1,204 bodies", 1204, 1204, 1204, 1204),
    ],
)
def test_counts_with_qualifiers_follow_acled_conventions(
    text: str, value: int, low: int | None, best: int | None, high: int | None
) -> None:
    (count,) = find_counts(text)
    assert (count.value, count.low, count.best, count.high) == (value, low, best, high)


def test_a_toll_with_its_breakdown() -> None:
    sentence = (
        "The monitor put the number of people killed since the offensive began on Wednesday at 255: "
        "143 HTS and allied fighters, 80 members of the government forces and their allies, and 32 civilians."
    )
    figures = find_casualties(sentence)
    assert [(f.party, f.best, f.part_of) for f in figures] == [
        ("total", 255, None), ("rebels", 143, 0), ("government", 80, 0), ("civilians", 32, 0)
    ]  # fmt: skip
    assert {f.scope for f in figures} == {"cumulative"} and {f.outcome for f in figures} == {"killed"}


def test_an_incident_count_with_children_as_a_subset() -> None:
    figures = find_casualties(
        "Shells hit Kafr Halab on Tuesday, killing four civilians, including two children."
    )
    assert [(f.party, f.subset, f.best, f.part_of, f.scope) for f in figures] == [
        ("civilians", None, 4, None, "incident"), ("civilians", "children", 2, 0, "incident")
    ]  # fmt: skip


def test_wounded_and_killed_in_one_sentence() -> None:
    figures = find_casualties("The strike killed 3 soldiers and wounded 12 civilians near the base.")
    assert [(f.outcome, f.party, f.best) for f in figures] == [
        ("killed", "government", 3),
        ("injured", "civilians", 12),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ceasefire agreed in March 2020 was broken when fighters were killed near the road.",
        "Clashes 25 km north of Hama killed fighters, the monitor said.",
        "Warplanes carried out 40 strikes on the town, killing civilians.",
        "A 17-year-old was wounded; call 0944 123 456 for the hotline.",
        "The 2016 battle for the city left thousands of buildings destroyed.",
    ],
)
def test_years_distances_strike_counts_ages_and_phone_numbers_are_not_casualties(sentence: str) -> None:
    assert find_casualties(sentence) == []


@pytest.mark.parametrize(
    ("phrase", "start", "precision", "since"),
    [
        ("launched on Wednesday", date(2024, 11, 27), 1, False),
        ("since Wednesday", date(2024, 11, 27), 1, True),
        ("the monitor said on Saturday", date(2024, 11, 30), 1, False),
        ("yesterday", date(2024, 11, 29), 1, False),
        ("overnight", date(2024, 11, 29), 1, False),
        ("last week", date(2024, 11, 23), 2, False),
        ("on 27 November", date(2024, 11, 27), 1, False),
        ("On Nov. 27", date(2024, 11, 27), 1, False),
    ],
)
def test_relative_dates_resolve_against_publication(
    phrase: str, start: date, precision: int, since: bool
) -> None:
    (mention,) = find_dates(phrase, SATURDAY)
    assert (mention.start, mention.precision, mention.since) == (start, precision, since)


def test_first_time_since() -> None:
    assert first_since("jets struck the city for the first time since 2016, the monitor said") == 2016


@pytest.mark.parametrize(
    ("text", "region", "country", "actor"),
    [
        ("Protesters gathered in Punta Gorda (Florida) on Monday.", "Florida", "United States",
         "Protesters (United States)"),
        ("Gunmen killed five farmers in Borno on Sunday, police said.", "Borno", "Nigeria",
         "Unidentified Armed Group (Nigeria)"),
    ],
)  # fmt: skip
def test_a_region_named_in_a_report_is_that_region_with_precision_3(
    text: str, region: str, country: str, actor: str
) -> None:
    result = extract(text, SATURDAY)
    # The region at precision 3; a town named beside it (Punta Gorda, untagged
    # by the model, found after "in") is found as a town, never as the region.
    regions = [(p.name, p.country, p.precision) for p in result.places if p.precision == 3]
    assert regions == [(region, country, 3)]
    assert all(p.country == country for p in result.places)
    assert result.actors[0].name == actor


def test_no_conflict_content_gives_no_claims() -> None:
    text = "The city council approved a new budget for public libraries on Tuesday, officials said."
    assert extract(text, SATURDAY).claims == []


def test_text_full_of_numbers_invents_no_casualties() -> None:
    text = "Results: 12 34 56 78 90. Prices rose 3.5 per cent in 2023 and 4 per cent in 2024. Call 555 0199."
    assert [c for c in extract(text, SATURDAY).claims if isinstance(c, CasualtyClaim)] == []


def test_arabic_and_mixed_scripts_do_not_crash() -> None:
    text = "قتل 12 مدنياً في قصف على حلب يوم الأربعاء. Shelling hit Aleppo (حلب) on Wednesday, residents said."
    result = extract(text, SATURDAY)
    assert any(p.name == "Aleppo" for p in result.places)


def test_unusable_text_is_a_clear_error() -> None:
    with pytest.raises(UserError, match="empty"):
        extract("   \n", SATURDAY)
    with pytest.raises(UserError, match="too long"):  # 5 MB is read in pieces; 20 M characters is refused
        extract("word " * 4_000_001, SATURDAY)


def test_an_event_takes_the_place_of_its_own_clause_not_of_a_neighbouring_event() -> None:
    text = (
        "Rebel factions opened their offensive on Wednesday, the day a truce between Israel and "
        "Hezbollah took effect in Lebanon."
    )
    events = {c.sub_event_type: c for c in extract(text, date(2024, 11, 30)).claims if c.kind == "event"}
    assert events["Agreement"].place is not None and events["Agreement"].place.name in ("Israel", "Lebanon")
    assert events["Armed clash"].place is None  # left for reconcile to infer from the report


def test_the_trigger_prefilter_never_hides_an_event() -> None:
    # Every sentence of the demo corpus, the founding report and 200 shuffled
    # reports gives the same cues with the stem prefilter as without it.
    assert len(TRIGGER_STEMS) == len(TRIGGERS)
    demo = (resources.files("warmonitor") / "data" / "demo" / "reports.jsonl").read_text(encoding="utf-8")
    texts = [json.loads(line)["text"] for line in demo.splitlines() if line.strip()]
    founding = SHARED / "seed" / "aleppo-offensive-report.txt"
    texts += [founding.read_text(encoding="utf-8"), *synthetic_reports(200, 300, seed=7)]
    texts += ["Car bombs detonated by militants; an IED; Air strikes and a sit-in; TEAR GAS at a rally."]
    sentences = [s for text in texts for s in re.split(r"(?<=[.!?;])\s+", text)]
    assert len(sentences) > 2000
    for sentence in sentences:
        assert find_event_cues(sentence) == find_event_cues(sentence, prefilter=False), sentence


def _demo_sentences() -> list[str]:
    demo = (resources.files("warmonitor") / "data" / "demo" / "reports.jsonl").read_text(encoding="utf-8")
    texts = [json.loads(line)["text"] for line in demo.splitlines() if line.strip()]
    texts += synthetic_reports(100, 300, seed=11)
    return [s for text in texts for s in re.split(r"(?<=[.!?;])\s+", text)]


def test_the_trigger_patterns_find_what_spacys_matcher_finds() -> None:
    # event_triggers.json holds spaCy Matcher patterns; events.py reads them
    # with an index of first words (speed). On sentences whose words are
    # split alike by both, spaCy's Matcher finds the same matches, each in
    # the same group.
    spacy = pytest.importorskip("spacy")
    from spacy.matcher import Matcher

    from warmonitor.extract import events

    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    for g, (_et, _st, patterns) in enumerate(TRIGGERS):
        matcher.add(f"g{g}", patterns)
    compared = found = 0
    for sentence in _demo_sentences():
        doc = nlp.make_doc(sentence)
        if [t.text for t in doc if not t.is_space] != [m.group() for m in events._TOKEN.finditer(sentence)]:
            continue  # "U.S.-led": one token for spaCy, five words here
        compared += 1
        ours = {
            (f"g{g}", a, b) for kind, g, _o, a, b in events.pattern_matches(sentence) if kind == "trigger"
        }
        theirs = {(nlp.vocab.strings[k], doc[a:b].start_char, doc[a:b].end_char) for k, a, b in matcher(doc)}
        assert ours == theirs, sentence
        found += len(ours)
    assert compared > 900 and found > 300
