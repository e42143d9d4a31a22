"""Readings of issue 14's Goma stream, on sentences written for these tests
(after reading wire and ministry reports of foreign contingents' losses,
two-day battles and captures; none is a report's wording):

- a count of a named country's soldiers is that state force's, precisely,
  and the FA-KES eval compares it to the coarse gold through its side;
- a toll over a closed span of at most two days at one town is that
  battle's incident count, dated to the span; a longer span stays running;
- a part of a count told with a place of its own ("19 of them in X") is
  there, and the whole is not;
- a town the model left untagged after a verb of taking, or inside a span
  it ran on past a comma, is still found; "still holding the town" holds
  the town named, not the landmark it was placed by.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.evaluation.claims import party_as_gold
from warmonitor.extract.claims import CasualtyClaim, ControlClaim
from warmonitor.extract.pipeline import extract


def _casualties(text: str, published: date) -> list[CasualtyClaim]:
    return [c for c in extract(text, published).claims if isinstance(c, CasualtyClaim)]


def _control(text: str, published: date) -> list[ControlClaim]:
    return [c for c in extract(text, published).claims if isinstance(c, ControlClaim)]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Seven Kenyan soldiers died when their convoy hit a roadside bomb near Mandera, "
         "Kenya's army said on Tuesday.", "Military Forces of Kenya"),
        # "its soldiers", said by a state force: the speaker's own
        ("The Nigerien army said on Sunday that four of its soldiers had been killed near "
         "Tillaberi and that the attackers had fled.", "Military Forces of Niger"),
        ("Two Ugandan soldiers died in a mortar attack near Sake, Uganda's army said on Sunday.",
         "Military Forces of Uganda"),
        # no country named: the coarse side
        ("Three soldiers and a police officer were killed in the ambush, the governor said.", "government"),
    ],
)  # fmt: skip
def test_a_count_of_a_named_countrys_soldiers_is_that_state_force(text: str, party: str) -> None:
    first = _casualties(text, date(2024, 5, 14))[0]
    assert first.party == party


def test_the_eval_compares_a_precise_party_through_its_side() -> None:
    assert (
        party_as_gold("Military Forces of Kenya") == "government"
    )  # no side in the dictionary: a state force
    assert party_as_gold("Military Forces of Russia") == "government"  # the dictionary's side
    assert party_as_gold("Hayat Tahrir al-Sham") == "rebels"
    assert party_as_gold("civilians:children") == "civilians"
    assert party_as_gold("Some Unknown Group") == "unknown"


def test_a_two_day_battle_at_one_town_is_one_incident_over_its_days() -> None:
    told = _casualties(
        "Eleven Chadian soldiers were killed over two days of clashes near Bol, the army said on Monday.",
        date(2024, 3, 25),
    )[0]
    assert (told.scope, told.best, told.place and told.place.name) == ("incident", 11, "Bol")
    assert told.date is not None and (told.date.start, told.date.end) == (
        date(2024, 3, 24),
        date(2024, 3, 25),
    )
    named = _casualties(
        "The Malian army said 14 of its troops died in the fighting around Kidal on Thursday and Friday.",
        date(2024, 3, 23),
    )[0]
    assert (named.scope, named.party) == ("incident", "Military Forces of Mali")
    assert named.date is not None and (named.date.start, named.date.end) == (
        date(2024, 3, 21),
        date(2024, 3, 22),
    )


def test_a_longer_span_or_one_with_no_town_stays_a_running_toll() -> None:
    longer = _casualties(
        "Eleven Chadian soldiers were killed over five days of clashes near Bol, the army said on Monday.",
        date(2024, 3, 25),
    )[0]
    assert longer.scope == "cumulative"
    nowhere = _casualties(
        "Nine soldiers were killed over two days of fighting, the army said.", date(2024, 3, 25)
    )
    assert nowhere[0].scope == "cumulative"


def test_a_part_told_with_its_own_place_is_there_and_its_whole_is_not() -> None:
    whole, part = _casualties(
        "Eight people were killed in shelling of villages across the district on Tuesday, "
        "five of them in Kupiansk, the governor said.",
        date(2024, 6, 25),
    )
    assert (whole.best, whole.place) == (8, None)
    assert (part.best, part.part_of, part.party) == (5, 0, "total:other")
    assert part.place is not None and part.place.name == "Kupyansk"


def test_a_town_after_a_verb_of_taking_is_found() -> None:
    taken = _control(
        "The rebels said on Friday they had captured Sake and would push on towards Goma.", date(2025, 1, 24)
    )
    assert [(c.change, c.place and c.place.name) for c in taken] == [("gained", "Sake")]


def test_still_holding_the_town_is_the_town_named_not_its_landmark() -> None:
    held = _control(
        "Fighting reached Sake, a town 27 km west of Goma, on Friday. Government troops were still "
        "holding the town, a local official said.",
        date(2025, 1, 24),
    )
    assert [(c.change, c.place and c.place.name) for c in held] == [("holds", "Sake")]


ARMY = "Military Forces of the Democratic Republic of Congo"
REBELS = "Rebel Group (Democratic Republic of Congo)"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # defenders fighting to hold the town contest it
        ("Rebels entered Bukavu on Friday, residents said, while the army said it was fighting to hold "
         "the city.",
         date(2025, 2, 14), [("gained", REBELS, None, "asserted"), ("contested", ARMY, None, "asserted")]),
        # fighting in parts of a town contests the town
        ("Congolese troops were still fighting in parts of Bukavu, a military spokesman said on Thursday.",
         date(2025, 2, 13), [("contested", ARMY, "part", "asserted")]),
        # holding out in districts of the town named before: a contest, not a holding
        ("Rebels control most of Bukavu, the UN said, though soldiers were still holding out in two "
         "neighbourhoods.",
         date(2025, 2, 16), [("holds", REBELS, "most", "asserted"), ("contested", ARMY, None, "asserted")]),
        # a denial, then what the denier goes on to say of its own: positions held are a part held
        ("The Congolese army denied that Bukavu had fallen, saying its troops still held key positions "
         "in the city.",
         date(2025, 2, 15), [("holds", ARMY, "part", "asserted")]),
        # "under the movement's control", the city named before it (not the landmark)
        ("Speaking in Bukavu, south of Goma, on Sunday, the rebel leader said the city was under the "
         "movement's control.", date(2025, 2, 16), [("holds", REBELS, None, "asserted")]),
        # armed men seen patrolling a town's centre hold it
        ("M23 fighters patrolled the centre of Bukavu on Monday, residents said.",
         date(2025, 2, 17), [("holds", "M23", None, "asserted")]),
    ],
)  # fmt: skip
def test_control_of_a_town_under_attack(text: str, published: date, expected: list[tuple[str, ...]]) -> None:
    found = _control(text, published)
    assert all(c.place is not None and c.place.name == "Bukavu" for c in found), found
    assert [(c.change, c.actor, c.extent, c.stance) for c in found] == expected
