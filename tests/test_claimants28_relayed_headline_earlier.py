"""Claimant faults found by judging 30 FA-KES articles no gold file covers
(branch claimant28, issue 11). Sentences are this project's own wording,
after the shapes read in FA-KES: an agency's reporter quoting a police
source whose account goes on in a sentence with no source and then "the
source noted"; a headline crediting its own teller while the lead names
another, and a part of a headline's toll; an earlier incident told after a
source's account of the day; an embedded video's title run into the text."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 11, 20)


def sources(text: str, outlet: str, day: date = DAY) -> list[tuple[str, int | None, str | None]]:
    found = extract(text, day, outlet=outlet).claims
    return [(c.outcome, c.best, c.claimant) for c in found if isinstance(c, CasualtyClaim)]


def test_a_quoted_police_source_goes_on_past_the_agency_that_quoted_it() -> None:
    text = (
        "Terrorist shells on two districts of Homs city on Sunday killed 4 people and injured 22. "
        "SANA reporter quoted a source at Homs Police Command as saying that three people were killed "
        "and 15 others were injured when shells fell on al-Zahraa neighborhood. "
        "More shells later landed on Akrama neighborhood leaving one man dead and 7 others wounded. "
        "The source noted that the shells caused heavy damage to shops and cars."
    )
    found = sources(text, "SANA")
    assert ("killed", 1, "Homs Police Command") in found
    assert ("injured", 7, "Homs Police Command") in found


def test_the_source_said_after_a_quoting_agency_is_the_quoted_source() -> None:
    text = (
        "The agency quoted a source at Hama Police Command as saying that a rocket hit a bus station "
        "in the city on Tuesday morning. The source said that six civilians were killed and 19 "
        "were injured in the attack."
    )
    found = sources(text, "Al-Manar")
    assert ("killed", 6, "Hama Police Command") in found
    assert ("injured", 19, "Hama Police Command") in found


def test_a_headline_s_own_teller_stays_where_the_lead_names_another() -> None:
    text = (
        "Car bomb in Syria's Hama kills 18 pro-government fighters Monitoring group Reuters Sunday "
        "20 Nov 2016 About 18 pro-government militiamen were killed when a car bomb went off at "
        "a checkpoint in the countryside of Hama province, activists said on Sunday. "
        "The Syrian Observatory for Human Rights a Britain-based monitoring group said the blast "
        "hit the checkpoint at dawn."
    )
    found = sources(text, "Al-Ahram")
    assert found[0] == ("killed", 18, "Syrian Observatory for Human Rights")
    assert ("killed", 18, "activists") in found[1:]


def test_a_part_of_a_headline_toll_takes_the_toll_s_teller() -> None:
    text = (
        "26 dead in shelling of Syria's Deir ez-Zor NGO At least 26 people including 11 children "
        "are said to have died in the shelling of a market AFP Sunday 20 Nov 2016 Shelling by the "
        "Syrian army killed at least 26 people in the eastern city of Deir ez-Zor on Saturday the "
        "Syrian Observatory for Human Rights said."
    )
    found = sources(text, "Al-Ahram")
    assert ("killed", 11, "Syrian Observatory for Human Rights") in found


def test_an_earlier_incident_after_a_source_s_account_is_the_outlet_s() -> None:
    text = (
        "An air strike on the village of Kafr Ruma killed eight people on Sunday, rescuers said. "
        "The rescue service said 14 people were also hurt in that raid. "
        "Kafr Ruma lies near the town of Maarat al-Numan where a barrel bomb killed nearly 40 "
        "people on November 2."
    )
    found = sources(text, "Daily Sabah")
    assert ("killed", 40, "Daily Sabah") in found


def test_an_account_that_names_the_earlier_day_goes_on() -> None:
    """The source's own account reaches the early day: its figures stay its own."""
    text = (
        "The envoy said on Sunday that the bombing of a convoy on November 2 was a crime the UN "
        "envoy for Syria said. More than 60 people were killed in that bombing on November 2."
    )
    found = sources(text, "Sputnik")
    assert ("killed", 60, "Sputnik") not in found


def test_a_figure_in_an_embedded_video_title_is_the_outlet_s() -> None:
    text = (
        "Footage shared by the Observatory showed rescuers pulling people from the rubble. "
        "Scores dead in Maarat market raid Leyla Demir reports - YouTube Regime jets have pounded "
        "the province for weeks."
    )
    found = sources(text, "TRT World")
    assert ("killed", 20, "TRT World") in found
