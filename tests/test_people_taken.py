"""People detained or captured, and figures told twice in one report, on
sentences of our own wording (modelled on how military press releases and
wire reports phrase arrests, not copied from any)."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2011, 5, 4)


def heads_of(text: str, outcome: str) -> list[CasualtyClaim]:
    """The claims of `outcome` that count people of their own (not a part
    or a retelling of another figure), as a sum over a report reads them."""
    claims = [c for c in extract(text, DAY, outlet="ISAF").claims if isinstance(c, CasualtyClaim)]
    return [c for c in claims if c.outcome == outcome and c.part_of is None]


def total(text: str, outcome: str) -> int:
    return sum(c.best or 0 for c in heads_of(text, outcome))


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("A joint patrol detained three suspected militants near Gardez on Tuesday.", 3),
        ("Police arrested a senior rebel commander and four of his suspected aides in the raid.", 5),
        ("A joint patrol held a district leader and detained two suspects overnight.", 2),
        ("Troops apprehended a bomb maker and two suspected insurgents at a roadblock.", 3),
        ("Eleven suspected fighters were taken into custody after the search of the compound.", 11),
        ("Afghan soldiers detained several suspected insurgents while searching for a facilitator.", 3),
        ("The unit detained multiple suspected insurgents during the clearance operation.", 3),
        ("Commandos detained numerous suspected insurgents at the checkpoint.", 4),
        ("Officials confirmed the arrest of a weapons facilitator in the valley on Sunday.", 1),
        ("Soldiers arrested the regional rebel chief Amin Walid in the market on Sunday.", 1),
        # issue 11, ISAF dev misses: amounts, participles, "along with", outcomes
        ("Militia fighters detained a number of suspected smugglers at the crossing.", 3),
        ("Border guards arrested a couple of armed men near the river.", 2),
        ("Gendarmes shot one gunman and detained another gunman at the gate.", 1),
        ("The sweep of the camp ended with four men taken into custody by the marines.", 4),
        ("The checkpoint search resulted in two suspected fighters being detained on Friday.", 2),
        ("Police arrested a gang leader along with three of his armed guards overnight.", 4),
        ("Commandos apprehended the cell's bomb maker together with two couriers.", 2),
        ("The night raid led to the detention of a weapons dealer in the old town.", 1),
        ("A patrol in the hills ended in the arrest of two suspected rebels.", 2),
        # a group's name with "of"/"for" before the person noun
        ("Troops captured an Army of Islam facilitator in the suburb.", 1),
        ("A joint force arrested a Movement for Justice and Equality commander and one other suspect.", 2),
    ],
)
def test_people_detained_are_captured_with_their_count(text: str, taken: int) -> None:
    assert total(text, "captured") == taken


@pytest.mark.parametrize(
    "text",
    [
        # a purpose, not a detention
        "The patrol went to the village in an operation to arrest a rebel commander.",
        # no count given
        "Police detained suspects after the blast, a spokesman said.",
        # people counted before ("the leader")
        "The force later detained the leader for questioning.",
        # a town taken, not a person, whatever the tagger calls the name
        "Rebels captured Kafr Hamra and Tal Shihab on Monday after heavy fighting.",
        # denied
        "The army said it did not detain any journalists during the protest.",
        # someone taken before, named in passing: no new figure
        "He had met a rebel envoy detained by the police in March.",
        # "a number of" counts people, not the weapons taken with them
        "The unit seized a number of rifles and a couple of mortars in the raid.",
        # a group's name alone is no person
        "Rebels captured a Party of God position on the ridge.",
    ],
)
def test_no_people_taken(text: str) -> None:
    assert heads_of(text, "captured") == []


def test_a_leader_and_his_companions_add_up() -> None:
    text = (
        "An Afghan and coalition force arrested a militant leader in Khost province on Monday. "
        "The force also detained two suspected insurgents during the search."
    )
    assert total(text, "captured") == 3


def test_a_figure_told_again_later_is_counted_once() -> None:
    text = (
        "A joint patrol killed two insurgents in Sangin district on Monday. "
        "The fighters had opened fire on the patrol from a compound. "
        "The patrol returned fire, killing the two insurgents."
    )
    assert total(text, "killed") == 2
    claims = [c for c in extract(text, DAY, outlet="ISAF").claims if isinstance(c, CasualtyClaim)]
    assert [c.best for c in claims] == [2, 2]  # both mentions stay claims


@pytest.mark.parametrize(
    "second",
    [
        "Two more insurgents were killed later in the day.",
        "Another two insurgents were killed in a separate strike.",
        "A second patrol killed two civilians by mistake.",
        "In Kandahar province, a patrol killed two insurgents in Maiwand.",
    ],
)
def test_figures_of_other_people_are_not_merged(second: str) -> None:
    text = f"A joint patrol killed two insurgents in Sangin district, Helmand province, on Monday. {second}"
    assert total(text, "killed") == 4


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        # a vague lead and the counted detail: the count (ISAF gold convention)
        (
            "A joint force detained several suspected insurgents in Zabul province on Friday. "
            "Troops called everyone out of the houses and searched them. "
            "After questioning at the scene, the force detained four suspected insurgents.",
            4,
        ),
        # the same people under another word in the detail
        (
            "Soldiers detained two suspected militants in a village of Logar on Tuesday. "
            "With the help of villagers, the soldiers identified and detained two individuals.",
            2,
        ),
        # a vague figure of other people stays apart
        (
            "Police detained three suspects in the market on Monday. "
            "Officers later detained several other people at a second house.",
            6,
        ),
    ],
)
def test_people_taken_told_twice_are_counted_once(text: str, taken: int) -> None:
    assert total(text, "captured") == taken


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        # British usage: kept in hospital for treatment, no arrest
        ("Ninety two people were detained in hospital, and about 30 others were sent home.", 0),
        ("Forty people were detained in hospital overnight after the blast; police detained two men.", 2),
    ],
)
def test_detained_in_hospital_takes_no_one(text: str, taken: int) -> None:
    assert total(text, "captured") == taken
