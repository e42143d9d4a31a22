"""A call for a pause in the fighting, or the worry the fighting raises, is
no incident: no event, and above all no peaceful protest read into "called
for" (lead25, seventeenth session, after blind reader 2121 found a UN appeal
for pauses and a line of concern for civilians coded as protests). Sentences
written for these tests, about several wars."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import extract


def events(text: str) -> list[EventClaim]:
    return [c for c in extract(text, date(2024, 2, 6), outlet="Wire").claims if isinstance(c, EventClaim)]


@pytest.mark.parametrize(
    "text",
    [
        "The UN has called for daily four-hour pauses in the fighting so that convoys can reach El Fasher.",
        "Qatar is pushing for a halt to the fighting in Gaza before the holiday.",
        "Aid groups pleaded for a lull in the shelling to evacuate the wounded from Kherson.",
        "The renewed fighting has raised fears for the 300000 people still living in the town.",
        "Heavier clashes have sparked concern among aid agencies working across the province.",
    ],
)
def test_a_stop_asked_or_a_worry_is_no_event(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Heavy fighting erupted in the capital on Monday after a short lull, residents said.", "Battles"),
        (
            "The shelling of the market in Donetsk on Sunday sparked fears of a wider offensive.",
            "Explosions/Remote violence",
        ),
        ("Clashes broke out again at the end of the truce on Sunday, killing four soldiers.", "Battles"),
    ],
)
def test_fighting_told_beside_a_lull_or_a_worry_stays(text: str, kind: str) -> None:
    assert kind in {e.event_type for e in events(text)}


def test_the_model_reads_no_protest_into_a_sentence_without_a_crowd() -> None:
    text = (
        "Regional leaders called on both armies to end the fighting around the airport, "
        "which has cut off food supplies."
    )
    assert all(e.event_type not in ("Protests", "Riots") for e in events(text))
