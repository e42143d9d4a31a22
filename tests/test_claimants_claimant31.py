"""Claimant kinds seen in FA-KES articles no gold file holds, in draws of two
sessions (issue 11, branch claimant31): a monitor's list after the lead's
total whose items each close with the teller, one of them told bare; a
described group speaking as the opposition ("opponents of the president");
a speaker run into a saying word the parse tags as a noun ("that the
opposition claims killed"); and a party's station named after its
description ("according to the party's official television station <Name>").
Sentences are this project's own wording, after shapes read in FA-KES
articles outside the held-out halves."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 8, 14)
SOHR = "Syrian Observatory for Human Rights"


def sources(text: str, outlet: str | None) -> list[tuple[str, int | None, str | None]]:
    found = extract(text, DAY, outlet=outlet).claims
    return [(c.outcome, c.best, c.claimant) for c in found if isinstance(c, CasualtyClaim)]


def test_a_bare_item_of_a_monitors_list_and_the_lead_sum_are_the_monitors() -> None:
    text = (
        "At least 46 people including six children were killed on Friday in air strikes and shelling "
        "across Idlib province and the surrounding countryside. Russian air raids left 12 people dead "
        "in rebel-held towns in the south of the province. Eight civilians died in rebel rocket fire on "
        "the government-held city of Hama the Syrian Observatory for Human Rights said. Another 26 "
        "people were killed in raids on a string of villages west of Idlib city the Britain-based group "
        "added."
    )
    found = sources(text, "Al-Araby Al-Jadeed")
    assert ("killed", 46, SOHR) in found and ("killed", 12, SOHR) in found
    assert ("killed", 8, SOHR) in found and ("killed", 26, SOHR) in found


def test_a_bare_item_whose_parts_do_not_sum_stays_the_outlets() -> None:
    # 12 + 8 + 26 is not the lead's 50: the outlet's own counts, not the monitor's list
    text = (
        "At least 50 people were killed on Friday in air strikes and shelling across Idlib province. "
        "Russian air raids left 12 people dead in rebel-held towns in the south of the province. Eight "
        "civilians died in rebel rocket fire on the government-held city of Hama the Syrian Observatory "
        "for Human Rights said. Another 26 people were killed in raids on villages west of Idlib city "
        "the Britain-based group added."
    )
    found = sources(text, "Al-Araby Al-Jadeed")
    assert ("killed", 50, "Al-Araby Al-Jadeed") in found and ("killed", 12, "Al-Araby Al-Jadeed") in found


def test_opponents_of_the_ruler_are_the_opposition() -> None:
    text = (
        "The fighting went on in the suburbs of Damascus on Tuesday. Opponents of President Bashar "
        "al-Assad said his troops killed 700 people when they fired the rockets at the suburbs."
    )
    assert sources(text, "Al Arabiya") == [("killed", 700, "Syrian opposition")]
    text = "Opponents of the government say more than 300 people have died in the siege of Homs."
    assert sources(text, "Al Arabiya") == [("killed", 300, "Syrian opposition")]


def test_a_speaker_run_into_a_saying_word_tagged_as_a_noun() -> None:
    text = (
        "The foreign minister said on Monday that the evidence pointed to the army over a gas attack "
        "near Homs that the opposition claims killed dozens of people."
    )
    assert [s for _o, _b, s in sources(text, "Al Arabiya")] == ["Syrian opposition"]


def test_a_partys_station_named_after_its_description() -> None:
    text = (
        "An air strike hit a car near the village of Hader on Sunday killing three fighters a monitor "
        'said. According to Hezbollahs official television station Al-Manar "four members of the local '
        'militia were killed when a drone hit their vehicle at the edge of the village."'
    )
    found = sources(text, "Al-Alam")
    assert ("killed", 4, "Al-Manar") in found
