"""The attacker among an event's actors (issue 13, events17): a state's air
force or army named as an institution ("the Iraqi Air Force", "Indian
Army", "Russian Aerospace Forces"), Syria's "Arab Air Force", and "regime"
weapons ("regime warplanes", "regime shelling"). Sentences of our own,
written after reading FA-KES articles outside gold/fakes/split.csv and SATP
summaries in ../shared/data/real-dev/."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.pipeline import extract


def _event_actors(text: str) -> list[list[str]]:
    found = extract(text, published=date(2016, 6, 5))
    return [list(c.actors) for c in found.claims if c.kind == "event"]


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (
            "DAMASCUS (agency) - The Syrian Arab Air Force on Tuesday killed more than 80 IS "
            "fighters in a wave of sorties near Palmyra, a field source said.",
            "Military Forces of Syria",
        ),
        (
            "The Iraqi Air Force bombed a hideout near Mosul on Tuesday, killing nine militants.",
            "Military Forces of Iraq",
        ),
        (
            "Russian Aerospace Forces jets struck a depot outside Palmyra on Tuesday, the ministry said.",
            "Military Forces of Russia",
        ),
        ("Regime shelling killed 12 people in Douma on Tuesday, rescuers said.", "Military Forces of Syria"),
        (
            "Two boys died on Tuesday when regime warplanes pounded the town of Khan Shaykhun.",
            "Military Forces of Syria",
        ),
        (
            "The Indian Army shot dead two infiltrators in Kupwara district on Tuesday.",
            "Military Forces of India",
        ),
    ],
)
def test_the_attacker_is_an_actor(text: str, attacker: str) -> None:
    events = _event_actors(text)
    assert events and any(attacker in actors for actors in events)


def test_a_rebel_army_is_no_state_army() -> None:
    # "Free Syrian Army": the capitalised word before "Syrian Army" is part of the name.
    events = _event_actors(
        "Fighters of the Free Syrian Army ambushed a convoy near Daraa on Tuesday, killing five."
    )
    # a 2016 report's FSA is the Free Syrian Army, not the SNA formed at the end of 2017 (lead52)
    assert events and events[0][0] == "Free Syrian Army"
