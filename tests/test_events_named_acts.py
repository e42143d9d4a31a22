"""Events an analyst codes from real reporting (issue 13, branch events13):
a headline in the present tense and an attack told as a noun make an event;
a police raid that harms no one is a search, no armed clash; a cue that
names its act ("stormed", "clashed", "an air strike", "shelling", an IED)
gives the sentence its type where the sub-event model guesses one the
sentence names nowhere (event_triggers.json `names_the_act`); a headline on
its own line and its lead, and a later "the attack", tell one event.

The sentences are this project's own, written after reading SATP summaries,
FA-KES articles outside gold/fakes/split.csv in ../shared/data/real-dev/ and
Nigerian, Pakistani and Iraqi reports of attacks on checkpoints in the
search tool's pages corpus; none is copied.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

from warmonitor.extract.acled_model import load_sub_event_model
from warmonitor.extract.claims import EventClaim
from warmonitor.extract.components import names_the_act
from warmonitor.extract.events import EventCue
from warmonitor.extract.pipeline import extract

DAY = date(2024, 5, 3)


def _events(text: str) -> list[EventClaim]:
    return [c for c in extract(text, DAY).claims if isinstance(c, EventClaim)]


def _first_tellings(text: str) -> list[EventClaim]:
    return [c for c in _events(text) if c.part_of is None]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attack police post on the ring road in Kirkuk",
        "Taliban fighters attack army outpost in Helmand, three soldiers hurt",
        "Insurgents ambush supply convoy near Baidoa",
        "Rebels storm army positions outside Idlib",
    ],
)
def test_a_headline_in_the_present_tense_makes_an_armed_clash(text: str) -> None:
    found = _events(text)
    assert [(c.event_type, c.sub_event_type) for c in found] == [("Battles", "Armed clash")], text


@pytest.mark.parametrize(
    "text",
    [
        "An attack by gunmen on a police post in Kirkuk killed two officers on Wednesday.",
        "Two policemen died on Wednesday in an attack by militants on a checkpoint outside Kirkuk.",
        "An attack by insurgents on a border post near Zhob left one soldier dead on Wednesday.",
    ],
)
def test_an_attack_told_as_a_noun_makes_an_event(text: str) -> None:
    found = _events(text)
    assert len(found) == 1, text
    assert found[0].event_type == "Battles", text


@pytest.mark.parametrize(
    "text",
    [
        "The retired judge died of a heart attack at his home in Multan on Wednesday.",
        "The garrison has been under attack by an array of forces for most of the year.",
        "A severe storm hit the coast south of Karachi on Wednesday, cutting power to thousands.",
    ],
)
def test_a_heart_attack_a_siege_in_general_or_the_weather_makes_no_event(text: str) -> None:
    assert _events(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Police raided a house in Quetta's Satellite Town on Wednesday and recovered two rifles.",
        "Police raided a warehouse on the outskirts of Sukkur on Wednesday.",
    ],
)
def test_a_police_raid_that_harms_no_one_is_no_armed_clash(text: str) -> None:
    assert all(c.sub_event_type != "Armed clash" for c in _events(text)), text


def test_a_police_raid_with_an_exchange_of_fire_is_an_armed_clash() -> None:
    text = (
        "Police raided a compound in Lyari on Wednesday, and two suspects were killed "
        "in the exchange of fire that followed."
    )
    assert [c.sub_event_type for c in _events(text)] == ["Armed clash"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Fighters of a rebel alliance stormed army positions near Khan Tuman on Wednesday, activists said.",
         ("Battles", "Armed clash")),
        ("A drone attack hit a fuel depot outside Erbil on Wednesday, the regional government said.",
         ("Explosions/Remote violence", "Air/drone strike")),
        ("Army artillery shelled the outskirts of the town through Wednesday night, residents said.",
         ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ],
)  # fmt: skip
def test_a_cue_naming_its_act_gives_the_type(text: str, kind: tuple[str, str]) -> None:
    assert [(c.event_type, c.sub_event_type) for c in _first_tellings(text)] == [kind], text


def _cue(sub_event_type: str, model_may_say: frozenset[str] | None) -> EventCue:
    return EventCue("Battles", sub_event_type, 0, 5, "word", model_may_say)


def test_the_model_keeps_a_type_the_sentence_names_or_the_cue_allows() -> None:
    clash = _cue("Armed clash", frozenset({"Attack"}))
    arrests = _cue("Arrests", None)
    assert names_the_act([clash], "Air/drone strike") is clash
    assert names_the_act([clash], "Attack") is None  # "stormed a village, killing twelve"
    assert names_the_act([clash, arrests], "Arrests") is None  # a type another cue names
    assert names_the_act([arrests], "Armed clash") is None  # a cue that names no act


def test_every_type_the_model_may_still_say_is_a_type_it_knows() -> None:
    path = resources.files("warmonitor") / "data" / "patterns" / "event_triggers.json"
    spec = json.loads(path.read_text(encoding="utf-8"))
    known = set(load_sub_event_model().linear.classes)
    for group in spec["triggers"]:
        for kind in group.get("names_the_act", {}).get("model_may_say", []):
            assert kind in known, (group["sub_event_type"], kind)


def test_a_headline_and_its_lead_and_a_later_the_attack_are_one_event() -> None:
    text = (
        "Militants ambush army convoy in Kurram\n"
        "Militants ambushed a military convoy in Kurram district on Tuesday, killing three soldiers, "
        "officials said. A fourth soldier was wounded in the attack, they said."
    )
    found = _events(text)
    assert len(found) == 3
    assert [c.part_of is None for c in found] == [True, False, False]
    assert {c.sub_event_type for c in found} == {"Armed clash"}


def test_another_attack_stays_another_event() -> None:
    text = (
        "Militants ambushed a military convoy in Kurram district on Tuesday, killing three soldiers, "
        "officials said. Another attack on a checkpoint in Bajaur wounded one soldier."
    )
    assert len(_first_tellings(text)) == 2
