"""Claimant kinds found by judging 25 more FA-KES articles that no gold file
covers (issue 11, branch claimant25): a state agency's bulletin runs its
items together under subheadings, and the source of one item ran on into
the next; the dead and the hurt of one pair lost each other's source. The
texts are this project's own wording, after shapes read in SANA, Al-Manar,
Al-Alam, Al-Araby and Sputnik articles outside the held-out halves."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 11, 3)


def sources(text: str, outlet: str = "SANA") -> list[tuple[str, int | None, str | None]]:
    found = extract(text, DAY, outlet=outlet).claims
    return [(c.outcome, c.best, c.claimant) for c in found if isinstance(c, CasualtyClaim)]


# A bulletin: the police's item, then a subheaded item its own reporter tells.
BULLETIN = (
    "3 November 2016 The toll of mortar attacks on homes in Hama city rose to 9 dead and 50 injured. "
    "A source at Hama Police Command told SANA reporter that gunmen in the northern farms kept "
    "firing mortars at the western quarters of Hama killing 4 people and injuring 20 others. "
    "Earlier the source said that 5 people were killed and 30 others were injured by mortars on "
    "two quarters of the city. The source added that the shells also burnt several shops. "
    "Mortar attack injures two farmers in Tartous countryside Two farmers were injured in a mortar "
    "attack on Bisin village in Tartous province on Thursday. SANA reporter said gunmen in the "
    "hills east of the village fired mortars at the fields leaving two farmers wounded."
)


def test_the_agencys_own_reporter_keeps_his_item() -> None:
    found = sources(BULLETIN)
    # the subheaded item and its telling by the agency's reporter are the agency's own
    assert [c for o, b, c in found if b == 2] == ["SANA", "SANA", "SANA"]
    # the lead's toll is the sum of the police's items, dead and hurt alike
    assert ("killed", 9, "Hama Police Command") in found
    assert ("injured", 50, "Hama Police Command") in found


def test_a_subheading_takes_the_source_of_its_own_item() -> None:
    # a like count ("two persons") told by an earlier item's source, about as
    # far before the subheading as its own item's telling comes after it
    text = (
        "3 November 2016 A source at Homs Police Command told SANA that a shell fell on a bus "
        "station in Homs killing two persons and injuring 13 others. Gunmen fire rockets at Jableh "
        "SANA reporter in Lattakia said that gunmen fired rockets at the outskirts of Jableh causing "
        "damage to homes. 2 persons killed 4 injured in rocket attack on Jaramana Damascus "
        "Countryside Gunmen in the orchards fired rockets at the suburb of Jaramana. A source at "
        "Damascus Countryside Police Command told SANA that the rockets hit homes claiming the "
        "lives of two persons and injuring 4 others."
    )
    found = sources(text)
    assert found[2] == ("killed", 2, "Damascus Countryside Police Command")
    assert found[:2] == [("killed", 2, "Homs Police Command"), ("injured", 13, "Homs Police Command")]


def test_a_pair_of_dead_and_hurt_keeps_one_teller() -> None:
    text = (
        "Due to mortar fire on the al-Qusour quarter of Homs one boy has been killed and 6 people "
        "have been injured on Tuesday. A source at Homs Police Command told the correspondent that "
        "gunmen fired mortars at the quarter injuring 6 people who were taken to hospital."
    )
    assert sources(text, outlet="Al-Alam")[:2] == [
        ("killed", 1, "Homs Police Command"),
        ("injured", 6, "Homs Police Command"),
    ]
    text = (
        "Meanwhile four people died and 12 others were hurt in raids on the Idlib countryside. "
        "Later a jet hit the north of the city with two raids, killing four people and wounding "
        "12 people, according to local activist Ahmad Khalil."
    )
    assert sources(text, outlet="Al-Araby Al-Jadeed")[:2] == [
        ("killed", 4, "activists"),
        ("injured", 12, "activists"),
    ]


def test_a_pair_told_apart_or_with_its_own_source_stays() -> None:
    # two counts of one sentence that are no pair of one attack's dead and hurt
    text = (
        "Four people died in raids on Saraqib; 12 others were hurt in Binnish. "
        "A local activist said raids on Saraqib killed four people."
    )
    assert sources(text, outlet="Al-Araby Al-Jadeed")[:2] == [
        ("killed", 4, "activists"),
        ("injured", 12, "Al-Araby Al-Jadeed"),
    ]
    # the pair's own sentence names its teller: nothing to take from a later telling
    text = (
        "The local council said that three people died and nine were hurt in shelling on Douma. "
        "The Observatory said nine people were hurt in Douma."
    )
    found = sources(text, outlet="Al-Araby Al-Jadeed")
    assert found[0][2] == found[1][2] != "Syrian Observatory for Human Rights"


def test_a_local_monitor_named_before_monitoring_group_is_its_own_source() -> None:
    text = (
        "Activists say 9 civilians were killed when a rocket hit a market in Mayadin. "
        "The Raqqa 24 monitoring group said the rocket hit the market on Monday evening. "
        "Among those killed were two children, it said. "
        "The Britain-based Syrian Observatory for Human Rights put the toll at 7."
    )
    found = sources(text, outlet="Al-Ahram")
    assert ("killed", 2, "Raqqa 24 monitoring group") in found
    assert ("killed", 7, "Syrian Observatory for Human Rights") in found
    # a seat or a people's word before the description is no name of its own
    text = (
        "Shelling killed 5 people in Douma, the United Kingdom-based monitoring group said. "
        "The Syrian Observatory for Human Rights named the victims."
    )
    assert sources(text, outlet="Al-Ahram")[0][2] == "Syrian Observatory for Human Rights"
