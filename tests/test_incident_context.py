"""Issue 11, point 11.1-11.2 of the blind reading: a sentence with no date or
place of its own goes on with the incident of the sentence before, unless it
names a new place or opens a new item; a claim nothing in the text dates has
the report's day, marked as inferred (`date_basis`). Sentences in our own
words, keeping the habits of real copy (stripped commas, run-on sentences)."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from warmonitor.extract import heads
from warmonitor.extract.claims import CasualtyClaim, EventClaim, Extraction
from warmonitor.extract.dates import find_dates
from warmonitor.extract.pipeline import extract

PUBLISHED = date(2016, 3, 10)  # a Thursday
TUESDAY = date(2016, 3, 8)


def _figure(result: Extraction, best: int, outcome: str = "killed") -> CasualtyClaim:
    found = [
        c for c in result.claims if isinstance(c, CasualtyClaim) and c.best == best and c.outcome == outcome
    ]
    assert len(found) == 1, [(c.best, c.outcome) for c in result.claims if isinstance(c, CasualtyClaim)]
    return found[0]


def test_a_sentence_going_on_with_the_incident_takes_its_day_and_place() -> None:
    text = (
        "Barrel bombs fell on a bakery queue in Maarrat al-Numan in Idlib province on Tuesday killing "
        "9 civilians the monitoring group said. Medics at the field hospital counted 17 wounded most of "
        "them women."
    )
    result = extract(text, PUBLISHED)
    wounded = _figure(result, 17, "injured")
    assert wounded.date is not None and wounded.date.start == TUESDAY
    assert wounded.date_basis == "context"
    assert wounded.place is not None and wounded.place.geonameid == 167611
    told = _figure(result, 9)
    assert told.date is not None and told.date.start == TUESDAY and told.date_basis == "text"


def test_a_new_place_or_a_new_item_ends_the_incident() -> None:
    text = (
        "Shelling hit the old market of Douma near Damascus on Tuesday killing 6 people activists said. "
        "In Harasta 2 children died when a mortar round struck their school. "
        "Separately a soldier was shot dead at a checkpoint 3 soldiers were wounded."
    )
    result = extract(text, PUBLISHED)
    assert _figure(result, 6).date_basis == "text"
    other_town = _figure(result, 2)
    assert other_town.date is not None and other_town.date.start == PUBLISHED
    assert other_town.date_basis == "report"
    separate = _figure(result, 3, "injured")
    assert separate.date_basis == "report" and separate.date is not None and separate.date.start == PUBLISHED
    assert separate.place is None  # a new item: the earlier towns are not its place


def test_an_undated_claim_has_the_report_day_and_background_none() -> None:
    text = (
        "Gunmen opened fire on a minibus on the road to Kidal killing four passengers a local official said. "
        "The conflict has killed more than 4,000 people since 2012."
    )
    result = extract(text, PUBLISHED)
    killed = _figure(result, 4)
    assert killed.date is not None and killed.date.start == PUBLISHED and killed.date_basis == "report"
    background = _figure(result, 4000)
    assert background.scope == "historical"
    assert background.date is None and background.date_basis is None


def test_a_dateline_day_is_the_report_day_of_undated_claims() -> None:
    # The copy's own dateline, not the archive's date, is the day it tells of.
    text = "Published March 12 2016 Two rebels were killed in clashes near Tal Rifaat a monitor said."
    result = extract(text, PUBLISHED)
    killed = _figure(result, 2)
    assert killed.date is not None and killed.date.start == date(2016, 3, 12)
    assert killed.date_basis == "report"


def test_a_past_years_massacre_recalled_is_background_not_the_days_news() -> None:
    text = (
        "Militiamen stormed the village of Tal Dahab on Sunday killing 14 people the monitor said. "
        "Residents said it recalled the massacre in 2012, when 108 people were killed nearby."
    )
    result = extract(text, date(2015, 5, 12))
    recalled = _figure(result, 108)
    assert recalled.scope == "historical" and recalled.date is None
    assert _figure(result, 14).date_basis == "text"


@pytest.mark.parametrize(
    "habit",
    [
        "Regime helicopters regularly drop barrel bombs on the besieged district.",
        "Mortar rounds land on the old quarter almost every day residents say.",
        "The neighbourhood has been targeted frequently by air strikes since the siege began.",
        "The shelling of the camp is daily and indiscriminate.",
        "Drones strike the valley on a daily basis according to local elders.",
    ],
)
def test_a_habit_is_no_event(habit: str) -> None:
    assert not [c for c in extract(habit, PUBLISHED).claims if isinstance(c, EventClaim)]


def test_a_sequel_tells_no_new_event_and_takes_no_day_of_the_incident() -> None:
    text = (
        "Jets bombed a school in Kafr Nabl on Tuesday killing 11 people the monitor said. "
        "The raid came a day after rebels shelled a government checkpoint killing four soldiers."
    )
    result = extract(text, PUBLISHED)
    events = [c for c in result.claims if isinstance(c, EventClaim)]
    # the raid told again as the sequel's subject is not a second air strike
    assert [e.sub_event_type for e in events].count("Air/drone strike") == 1
    # the soldiers died on another day than Tuesday's raid
    soldiers = _figure(result, 4)
    assert soldiers.date_basis == "report"


def test_a_dated_incident_told_plainly_stays_an_event() -> None:
    # "daily" describing the shelling, not the verb's habit: Sunday's shelling is news
    text = (
        "Warplanes bombed the market of Ariha on Monday. "
        "Daily shelling killed two children in Ariha on Sunday."
    )
    events = [c for c in extract(text, PUBLISHED).claims if isinstance(c, EventClaim)]
    days = {e.sub_event_type: e.date.start for e in events if e.date is not None}
    assert days.get("Air/drone strike") == date(2016, 3, 7)
    assert days.get("Shelling/artillery/missile attack") == date(2016, 3, 6)


def test_a_weekdays_possessive_without_its_apostrophe_is_that_day() -> None:
    # stripped copy: "Sundays shelling" is Sunday's; "on Fridays" is a habit, no day
    text = "Medics said Sundays shelling of the camp killed 6 people. Markets close on Fridays and Saturdays."
    found = [(m.text, m.start) for m in find_dates(text, PUBLISHED)]
    assert found == [("Sundays", date(2016, 3, 6))]


@pytest.mark.parametrize(
    "text",
    [
        "Residents said it was the worst bombing since the 2014 barrel bomb attack on the old souk.",
        "The town was shelled in 2013 by government artillery and has been empty since.",
    ],
)
def test_an_event_told_in_a_past_year_is_no_event_of_the_report(text: str) -> None:
    # published 2016: the year told is history, not the report's news
    events = [c for c in extract(text, PUBLISHED).claims if isinstance(c, EventClaim)]
    assert not [e for e in events if e.date is not None and e.date.start.year == 2016]


@pytest.mark.parametrize(
    "text",
    [
        # the war's start told with the toll: no protest, no clash of today
        "Over 250,000 people have been killed in the country since the uprising began in March 2011 "
        "with peaceful demonstrations against the president.",
        "Some 1,400 people died in the nerve gas attack on the suburbs in August 2013.",
    ],
)
def test_a_sentence_of_background_tolls_tells_no_event(text: str) -> None:
    result = extract(text, PUBLISHED)
    assert {c.scope for c in result.claims if isinstance(c, CasualtyClaim)} == {"historical"}
    assert not [c for c in result.claims if isinstance(c, EventClaim)]


def _parsed(words: list[str], heads_: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads_, deps=deps, pos=pos)


def test_a_year_in_a_name_makes_no_history() -> None:
    # A parse seen on a real note: the "2020" of a campaign's name hung on the
    # verb as its predicate ("oprd"). It is no year the protest is told in.
    doc = _parsed(
        ["The", "protest", "was", "called", "by", "No", "Games", "2020", "joined", "it"],
        [1, 3, 3, 3, 3, 6, 4, 3, 3, 8],
        ["det", "nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "oprd", "conj", "dobj"],
        ["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "PROPN", "NUM", "VERB", "PRON"],
    )
    assert heads.cue_past_year(doc, doc[1].idx, date(2022, 2, 9)) is None
    # "the 2014 barrel bomb attack": the year the attack is told in
    doc = _parsed(
        ["since", "the", "2014", "attack"],
        [0, 3, 3, 0],
        ["ROOT", "det", "nummod", "pobj"],
        ["ADP", "DET", "NUM", "NOUN"],
    )
    assert heads.cue_past_year(doc, doc[3].idx, date(2016, 3, 10)) == 2014
