"""Events of the report's time, every cue of a type read, and armed acts told
with verbs the trigger lexicon lacks (extract/frames.py `told_long_before`
and `armed_action_cues`, events.py `every_event_cue`; events.json
`not_an_event.long_before` and `armed_action`; issue 11, branch events11e).

The sentences are this project's own, written after reading how FA-KES
articles outside gold/fakes/split.csv, SATP summaries and IDF posts in
../shared/data/real-dev/ tell a campaign's start, an old capture, a past
month's toll, and the "eliminated" and "struck" turns of a military's posts.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract import events, frames
from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import extract

DAY = date(2019, 8, 20)  # a Tuesday


def _events(text: str) -> list[EventClaim]:
    return [c for c in extract(text, DAY).claims if isinstance(c, EventClaim)]


@pytest.mark.parametrize(
    "text",
    [
        "Ankara began its air raids on the militia's positions last October, a move that reshaped the front.",
        "The insurgents overran the district headquarters last year and have held the valley since.",
        "The army retook the ridge three years ago after a siege that lasted the whole winter.",
        "Last March, more than 40 villagers died when artillery shells fell on the market.",
        "Both the army and the rebels have used barrel bombs in the past, the panel found.",
        "Government troops stormed the camp two months ago, according to the commission's findings.",
        "Several armed groups have carried out abductions of aid workers in recent years.",
        "Several army helicopters have been shot down by the rebels since the war began five years ago.",
        "Fighting since last year has displaced thousands of families in the valley.",
        "The capital has been rocked by occasional bomb blasts throughout the conflict.",
        "In autumn the group's leader was killed with several aides in a similar bombing in the north.",
    ],
)
def test_a_happening_told_of_a_time_long_before_the_report_is_no_event(text: str) -> None:
    assert _events(text) == [], text


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "Warplanes struck a fuel depot outside the town on Sunday, killing four workers.",
            "Air/drone strike",
        ),
        ("Fighters stormed the checkpoint last night and held it until dawn, a monitor said.", None),
        # a running toll since a recent day is the report's news
        ("Rebels have shelled the town since Wednesday, killing 12, the monitor said.", None),
        # the time of another clause under the cue is not the cue's
        ("Air strikes, which began in May, killed eleven people in the port on Monday.", "Air/drone strike"),
        # a month of the report's own: this August
        ("In August alone, rebels shelled the garrison town on nine separate days.", None),
    ],
)
def test_a_happening_of_the_reports_time_stays_an_event(text: str, sub_event_type: str | None) -> None:
    found = _events(text)
    assert found, text
    if sub_event_type is not None:
        assert sub_event_type in {c.sub_event_type for c in found}, text


@pytest.mark.parametrize(
    ("text", "later"),
    [
        # a pledge, then the shelling that happened
        (
            "The rebels vowed to keep up the shelling, and on Monday rebel shelling hit the depot.",
            "shelling hit",
        ),
        # a capacity, then the attack
        (
            "Officials warned that small drones can carry chemical weapons, days after a chemical attack "
            "killed nine in the town on Sunday.",
            "chemical attack killed",
        ),
        # a capture told of last year, then this week's
        (
            "Army units retook the hill last year; on Friday they retook the village again.",
            "retook the village",
        ),
    ],
)
def test_a_cue_that_tells_nothing_leaves_its_type_to_a_later_cue_that_does(text: str, later: str) -> None:
    first = events.find_event_cues(text)  # the lexicon alone: the first of the type
    assert len(first) == 1 and first[0].start < text.index(later)
    assert len(events.every_event_cue(text)) == 2
    found = _events(text)
    assert [c.span[0] for c in found] == [text.index(later)], text


def test_one_per_type_keeps_the_first_of_each_and_drops_a_clash_beside_a_capture() -> None:
    text = "After heavy fighting the militia captured the bridge, then fighting spread to the market."
    kept = events.one_per_type(events.every_event_cue(text))
    assert [c.sub_event_type for c in kept] == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "Overnight, troops of the northern brigade eliminated four gunmen who neared the fence.",
            "Armed clash",
        ),
        ("A patrol came under fire and the soldiers shot dead two of the attackers.", "Armed clash"),
        ("One of the cell's members was eliminated by tank fire as he left the building.", None),
        ("Police killed three suspected militants in a raid on a farmhouse near the border.", "Armed clash"),
        ("Gunmen attacked a police post on the highway before dawn, killing two officers.", None),
    ],
)
def test_an_armed_agents_act_without_a_lexicon_cue_is_an_event(text: str, sub_event_type: str | None) -> None:
    found = _events(text)
    assert found, text
    if sub_event_type is not None:
        assert sub_event_type in {c.sub_event_type for c in found}, text


@pytest.mark.parametrize(
    "text",
    [
        "The storm struck the coast on Friday and cut power to the camps.",
        "Two soldiers were killed and a third wounded in the province on Sunday.",  # no agent named
        "The disease has killed hundreds of people in the camps this year.",
        "Commanders said the troops will target any convoy that crosses the line.",  # a threat
        "Opposition leaders say the militia continues to target farmers in the valley.",  # a charge
        "The movement is trying to eliminate its rivals from the border districts.",  # an aim
        "The militants had previously attacked the same convoy route with roadside charges.",  # background
    ],
)
def test_no_event_from_such_a_verb_without_an_armed_agent_or_a_happening(text: str) -> None:
    assert _events(text) == [], text


def test_a_sentence_of_such_verbs_makes_one_event() -> None:
    text = "An army unit bombarded the tunnel entrance and killed several infiltrators, the agency said."
    assert len(_events(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the war's state, a thing's state, a habit told as context
        "Paris backs a coalition fighting the insurgents in three countries of the region.",
        "The militia has lost ground since spring, and with it much of its captured territory.",
        "Medics fear the tactic in which warplanes bomb a site and then return for the rescuers.",
        # an aggregate over weeks, a year deeper in the clause
        "The district has seen heavy clashes between the two militias in the last several weeks.",
        "The uprising began in early 2011 when the police cracked down on student protests.",
    ],
)
def test_a_cue_that_describes_or_sums_up_is_no_event(text: str) -> None:
    assert _events(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "At least 14 recruits were killed in a blast at the training camp gate on Thursday.",
        "An explosion tore through the bus depot on Monday, wounding nine people.",
        # a headline's present stays, and so does an "as" clause of the news
        "Rebels seize hilltop town after two days of fighting",
        "Casualties mount in the besieged town as the army continues its assault for a fifth day.",
        # misparses kept: a group noun before a cue noun, a verb read as a modifier
        "Two civilians were killed on Sunday after rebel shelling on the old quarter, a monitor said.",
        "The monitor said fighters captured army-held posts outside the town and pushed on.",
    ],
)
def test_a_harm_told_with_its_cause_is_an_event(text: str) -> None:
    assert _events(text), text


def test_every_armed_act_word_holds_one_of_the_stems_that_gate_the_parse_walk() -> None:
    words = frames.armed_action()
    forms = {*words.verbs, *words.cause_nouns, "struck", "shot", "gunned", "bombarded", "neutralised"}
    assert all(any(stem in form for stem in words.stems) for form in forms)
