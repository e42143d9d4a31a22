"""A trigger word makes an event only as an armed act in its sentence
(issue 11, branch events12): metaphors of money, politics and engines make
none (events.json `not_an_event.metaphor`); a weapon found or a thing seized
is no explosion and no territory taken (`not_an_event.not_territory`,
`disrupted_weapons`); a suicide bomb or a chemical weapon keeps its type
whatever the sub-event model guesses (event_triggers.json `decisive`); an
attack on a checkpoint told without casualties is an event
(`armed_action`).

The sentences are this project's own, written after reading business, court
and police reporting in the search tool's pages corpus, SATP summaries, IDF
posts, WikiEvents documents and FA-KES articles outside
gold/fakes/split.csv in ../shared/data/real-dev/; none is copied.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import extract

DAY = date(2024, 5, 3)


def _events(text: str) -> list[EventClaim]:
    return [c for c in extract(text, DAY).claims if isinstance(c, EventClaim)]


@pytest.mark.parametrize(
    "text",
    [
        "The new levies poured rocket fuel on an already heated row over living costs.",
        "Households have been shelling out more for bottled gas every month since the winter began.",
        "Importers shelled out nearly two million dollars in port fees last quarter, the chamber said.",
        "Deputies are locked in a battle over the budget that may leave clinics unpaid by June.",
        "The two parties clashed over the pension bill in parliament on Thursday.",
        "The court battle over the dam's licence dragged into its third year.",
        "The governor launched a charm offensive in the capital ahead of the vote.",
        "The finance minister stormed out of the cabinet meeting after a row over fuel subsidies.",
        "A bus driver hurt in March lost his battle for life at the district hospital on Monday.",
        "The country's missile programme has cost billions, the think tank said.",
    ],
)
def test_a_trigger_word_used_of_money_politics_or_engines_makes_no_event(text: str) -> None:
    assert _events(text) == [], text


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Soldiers were shelled out of their trenches on the ridge overnight, the monitor said.",
         "Shelling/artillery/missile attack"),
        ("The battle for the port entered its fourth day as militants pushed into the old town.",
         "Armed clash"),
        ("Rebels clashed with troops over control of the crossing near the dam on Friday.", "Armed clash"),
    ],
)  # fmt: skip
def test_the_same_words_told_of_an_armed_act_stay_events(text: str, sub_event_type: str) -> None:
    assert sub_event_type in {c.sub_event_type for c in _events(text)}, text


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the sub-event model alone reads these as air strikes (main at ce0a265)
        ("A suicide bomber on a motorbike struck a cattle market as warplanes circled, killing nine.",
         "Suicide bomb"),
        ("Doctors said the victims showed signs of a chemical attack after jets bombed the town on Tuesday.",
         "Chemical weapon"),
        ("Army helicopters dropped barrels filled with chlorine on the village overnight, medics said.",
         "Chemical weapon"),
    ],
)  # fmt: skip
def test_a_suicide_bomb_or_a_chemical_weapon_is_not_overruled_by_the_model(
    text: str, sub_event_type: str
) -> None:
    kinds = {c.sub_event_type for c in _events(text)}
    assert sub_event_type in kinds and "Air/drone strike" not in kinds, (text, kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Police seized 40 IEDs and a dozen petrol bombs from two hideouts, averting an attack, they said.",
        "The troops seized dozens of rockets, mortar rounds and launchers in a tunnel under the clinic.",
        "Four IEDs recovered from a suspect last week were disposed of by the bomb squad on Wednesday.",
        "Thirty IEDs seized in the hills were defused by the bomb disposal unit on Thursday.",
        "The army said its engineers found and dismantled two roadside bombs near the village.",
        "Two improvised explosive devices found near a police post were destroyed in a controlled blast.",
    ],
)
def test_weapons_found_or_seized_are_disrupted_weapons_use_not_explosions_or_territory(text: str) -> None:
    found = _events(text)
    kinds = {c.sub_event_type for c in found}
    assert kinds == {"Disrupted weapons use"}, (text, kinds)
    assert len(found) == 1, text  # one find, not one claim for "seized" and one for "IEDs"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a checkpoint.",
        "Gunmen on motorbikes attacked an army checkpoint at the entrance of the town late on Sunday.",
        "A group of rebels attacked a police camp in the district and made off with dozens of rifles.",
        "Gunmen opened fire on a police checkpoint in the market town on Sunday, residents said.",
        "Militants fired on a border guard post overnight, the army said, without giving casualties.",
        "Insurgents on Tuesday launched an attack on a checkpoint outside the district centre.",
    ],
)
def test_an_attack_on_a_checkpoint_with_no_casualty_is_an_event(text: str) -> None:
    # an event of political violence, never a demonstration or a riot (the
    # sub-event type is the model's: ACLED's armed clash or attack, mostly)
    found = _events(text)
    assert found, text
    violence = ("Battles", "Violence against civilians", "Explosions/Remote violence")
    assert all(c.event_type in violence for c in found), (
        text,
        [(c.event_type, c.sub_event_type) for c in found],
    )


def test_an_attack_told_with_an_attack_verb_is_an_armed_clash() -> None:
    kinds = {
        (c.event_type, c.sub_event_type) for c in _events("Gunmen attacked a checkpoint near the bridge.")
    }
    assert kinds == {("Battles", "Armed clash")}, kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Rifles and ammunition were seized from the house.", {"Disrupted weapons use"}),
        ("Customs officers seized two tonnes of hashish and a truck at the border crossing.", set()),
        ("Insurgents seized the district headquarters and a police station on Monday.",
         {"Non-state actor overtakes territory"}),
    ],
)  # fmt: skip
def test_a_capture_word_takes_territory_only_when_it_takes_a_place(text: str, kinds: set[str]) -> None:
    # weapons seized are a find (ACLED's Disrupted weapons use); drugs or a
    # truck seized are no event; a headquarters taken is territory
    assert {c.sub_event_type for c in _events(text)} == kinds, text
