"""Faults two blind readings of real reports found (twenty-fourth session,
seeds 4646 and 5757) that were left unfixed, each fixed at its general cause
(events30, twenty-fifth session; issues 11 and 13). The sentences are our
own, written after reading real ones of each kind in SATP summaries outside
the wars held-out half, RAMS and WikiEvents dev documents, FA-KES articles
outside the held-out halves and the search tool's pages corpus; none is
copied."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim, EventClaim
from warmonitor.extract.pipeline import extract

DAY = date(2019, 3, 12)


def _figures(text: str) -> list[tuple[str, str, int | None]]:
    return [
        (c.outcome, c.party, c.best)
        for c in extract(text, DAY, outlet="SATP").claims
        if isinstance(c, CasualtyClaim) and c.part_of is None
    ]


def _events(text: str) -> list[EventClaim]:
    return [c for c in extract(text, DAY, outlet="SATP").claims if isinstance(c, EventClaim)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A gunman cornered near the ridge kept firing from a hut, holding four farm workers hostage, "
            "police said.",
            [("captured", "civilians", 4)],
        ),
        (
            "Rebels took 25 pupils hostage at a boarding school in Kasese on Monday.",
            [("captured", "civilians", 25)],
        ),
        ("Two traders were held captive by the gang for a week near Gao.", [("captured", "civilians", 2)]),
        # a people told with no number gives no figure (an ISAF release's family held by an insurgent)
        ("One of the insurgents took a family of farmers hostage while the rest kept firing.", []),
    ],
)
def test_people_held_hostage_are_captured(text: str, expected: list[tuple[str, str, int | None]]) -> None:
    assert _figures(text) == expected


def test_hostages_taken_by_men_who_fled_are_no_displaced() -> None:
    text = "The raiders fled towards the hills holding seven villagers hostage, officials said on Monday."
    assert _figures(text) == [("captured", "civilians", 7)]


def test_hostage_taking_is_an_abduction_of_its_hostages() -> None:
    events = _events("Rebels took 25 villagers hostage at a market in Kasese on Monday.")
    assert [(e.sub_event_type, e.targets) for e in events] == [
        ("Abduction/forced disappearance", ["Civilians (Uganda)"])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two of the six Central Reserve Police Force (CRPF) jawans on the convoy were killed in the "
            "blast near Pulwama on Monday.",
            [("killed", "government", 2)],
        ),
        (
            "Police arrested one of the two Pakistani Lashkar e Jhangvi (LeJ) gunmen near Quetta on Friday.",
            [("captured", "rebels", 1)],
        ),
    ],
)
def test_a_part_takes_the_side_of_its_whole(text: str, expected: list[tuple[str, str, int | None]]) -> None:
    assert _figures(text) == expected


def _control(text: str) -> list[tuple[str | None, str]]:
    from warmonitor.extract.claims import ControlClaim

    return [
        (c.place.name if c.place else None, c.change)
        for c in extract(text, DAY, outlet="Reuters").claims
        if isinstance(c, ControlClaim)
    ]


def test_a_place_that_changed_hands_many_times_is_no_loss_on_the_day() -> None:
    text = (
        "Jets struck the camp in Aleppo on Sunday. The camp has changed hands multiple times and is "
        "largely ruined and abandoned."
    )
    assert _control(text) == []


def test_a_second_capture_is_still_a_capture() -> None:
    assert _control("Rebels captured Kafr Nabudah in Hama province for the second time on Sunday.") == [
        ("Kafr Nabudah", "gained")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police shot dead a teenager in Srinagar on Monday, an act that drew protests across the valley.",
        "The death of a youth in police firing drew protests in Anantnag on Tuesday.",
    ],
)
def test_a_protest_an_act_drew_is_a_protest_with_no_force(text: str) -> None:
    protests = [e for e in _events(text) if e.event_type == "Protests"]
    assert [(e.sub_event_type, e.actors) for e in protests] == [("Peaceful protest", [])]


@pytest.mark.parametrize(
    "text",
    [
        "A traffic accident involving an army convoy killed three villagers near Bamiyan on Friday.",
        "Two farmers were killed on Friday when a military truck knocked down their cart near Bamiyan.",
    ],
)
def test_a_road_accident_is_no_political_violence(text: str) -> None:
    assert _events(text) == []
    assert _figures(text) == []


def test_years_of_siege_and_shelling_are_no_event_of_the_day() -> None:
    text = "The old city of Homs has endured years of siege and shelling which continued after a ceasefire."
    assert [e.sub_event_type for e in _events(text)] == []


def test_shelling_of_the_day_beside_years_of_siege_stays() -> None:
    text = "After years of siege, government forces shelled the old city of Homs on Sunday."
    assert [e.sub_event_type for e in _events(text)] == ["Shelling/artillery/missile attack"]


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in extract(text, DAY, outlet="AFP").claims if isinstance(e, EventClaim)]


def test_raids_in_a_report_of_warplanes_are_air_strikes() -> None:
    text = (
        "Government warplanes bombed rebel areas of Hama on Saturday. "
        "On Sunday the raids hit the village of Kafr Zita, a monitor said."
    )
    assert _types(text)[1:] == ["Air/drone strike"]


def test_raids_of_troops_on_homes_are_no_air_strikes() -> None:
    text = (
        "Helicopters flew over the district on Saturday. "
        "On Sunday troops carried out raids on homes in the village of Kafr Zita, a monitor said."
    )
    assert "Air/drone strike" not in _types(text)[1:]


@pytest.mark.parametrize(
    "blame",
    [
        "Officials blamed the explosion on al-Shabaab.",
        "The explosion was blamed on al-Shabaab.",
    ],
)
def test_the_group_blamed_after_the_act_is_its_doer(blame: str) -> None:
    text = "A roadside bomb blast killed four traders on the road to Mandera on Thursday. " + blame
    events = _events(text)
    assert events and events[0].actors[:1] == ["Al Shabaab"]


def test_attackers_named_by_hearsay_are_the_named_group() -> None:
    text = "Gunmen believed to be al-Shabaab fighters attacked a lorry near Lamu on Friday, killing six men."
    assert [e.actors for e in _events(text)] == [["Al Shabaab"]]


def test_a_sentence_opening_on_a_new_place_takes_no_place_from_before() -> None:
    text = "Two constables were shot dead in Kupwara on Sunday. In Baramulla, militants attacked a bank van."
    events = _events(text)
    assert [(e.span[0] > 50, e.place.name if e.place else None) for e in events] == [(True, None)]
