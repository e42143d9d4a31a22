"""Control shapes and place spellings read after FA-KES articles outside the
gold split and wire reports of Syria, Iraq, Ukraine and the Central African
Republic (issue 11, round control13), in sentences of our own wording:

- "advanced in X" (the verb) is fighting inside X, a contest, not a gain;
  "an advance in December" (the noun, dated) says nothing of a place;
- "broke into X" is fighting a way into X, a contest; "wrested X from Y"
  without "control" is a gain for the subject and a loss for Y;
- a town before "countryside" ("in Homs southeastern countryside") stands for
  the land around it, not the town;
- a verb joined by "and" with no subject of its own shares the first verb's;
- the outlets' spellings Raqa, Deir Ezzor, Talbisseh and Zobdani are places.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import ControlClaim
from warmonitor.extract.pipeline import extract

DAY = date(2017, 4, 20)


def control(text: str) -> list[tuple[str | None, str | None, str]]:
    claims = [c for c in extract(text, DAY, outlet="AFP").claims if isinstance(c, ControlClaim)]
    return [(c.place.name if c.place else None, c.actor, c.change) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian troops advanced in Bakhmut on Monday, the general staff said.",
         ("Bakhmut", "Military Forces of Ukraine", "contested")),
        ("On Wednesday the YPG advanced in Manbij after a night of street fighting.",
         ("Manbij", "Syrian Democratic Forces", "contested")),
    ],
)  # fmt: skip
def test_advancing_in_a_town_contests_it(text: str, expected: tuple[str, str, str]) -> None:
    found = control(text)
    assert expected in found
    assert not [c for c in found if c[2] == "gained"]


def test_an_advance_dated_names_no_place() -> None:
    assert control("Syrian troops were taking over a district in an advance in December.") == []


def test_breaking_into_a_town_contests_it() -> None:
    found = control("Kurdish YPG fighters broke into Manbij on Thursday after cutting the road south of it.")
    assert found == [("Manbij", "Syrian Democratic Forces", "contested")]


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops advanced in Homs southeastern countryside on Sunday, state media said.",
        "The YPG captured three villages in Raqqa northern countryside after clashes with IS.",
    ],
)
def test_a_towns_countryside_is_not_the_town(text: str) -> None:
    assert [c for c in control(text) if c[0] in ("Homs", "Raqqa")] == []


def test_wrested_without_control_is_a_gain_and_the_loser_loses() -> None:
    found = control("Syrian rebels wrested the town of Morek from government troops overnight.")
    assert ("Murak", "Rebel Group (Syria)", "gained") in found
    assert ("Murak", "Military Forces of Syria", "lost") in found


def test_a_joined_verb_shares_the_first_verbs_subject() -> None:
    # the nearest actor before the cue is the stronghold's, not the advancer
    found = control(
        "Kurdish-led YPG forces kept up their assault on the Islamic State stronghold of Manbij "
        "and are slowly advancing in its southern districts."
    )
    assert ("Manbij", "Islamic State", "contested") not in found
    assert ("Manbij", "Syrian Democratic Forces", "contested") in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Syrian warplanes struck Raqa, the Islamic State group's stronghold in the north, on Tuesday.",
         "Raqqa"),
        ("Syrian government troops recaptured the eastern districts of Deir Ezzor from IS on Monday.",
         "Deir ez-Zor"),
        ("Syrian rebels seized Talbisseh in Homs province from government troops.", "Tallbisah"),
        ("Syrian army and Hezbollah forces captured al-Zobdani after heavy clashes.", "Az Zabadani"),
    ],
)  # fmt: skip
def test_outlets_spellings_are_places(text: str, place: str) -> None:
    assert place in {c[0] for c in control(text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The advances against IS group in Deir al-Zor have cost a heavy civilian toll, the monitor said.",
         "Deir ez-Zor"),
        ("The offensive against IS fighters in Raqqa has displaced thousands, aid groups said.", "Raqqa"),
    ],
)  # fmt: skip
def test_an_offensive_as_subject_names_no_attacker_in_its_phrase(text: str, place: str) -> None:
    # the group the offensive is against is not the one attacking
    assert (place, "Islamic State", "contested") not in control(text)
