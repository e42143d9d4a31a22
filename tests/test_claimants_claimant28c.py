"""Claimant kinds left on real reporting (issue 11, branch claimant28c): a
monitor told again by where it sits ("the Britain-based monitor") is the one
heard before with that seat, not whichever monitor spoke last. Sentences are
this project's own wording, after shapes read in FA-KES articles outside the
held-out halves."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 3, 14)


def sources(text: str, outlet: str | None = "Al-Araby") -> list[tuple[str, int | None, str | None]]:
    found = extract(text, DAY, outlet=outlet).claims
    return [(c.outcome, c.best, c.claimant) for c in found if isinstance(c, CasualtyClaim)]


def test_a_monitor_told_by_its_seat_is_the_one_seated_there() -> None:
    # the network spoke last, but the UK-seated monitor is the Observatory
    text = (
        "Air raids killed 14 civilians in Saraqeb the UK-based Syrian Observatory said. "
        "The Syrian Network for Human Rights put the toll at 20. "
        "The British-based monitoring group said 6 of the dead were children."
    )
    found = sources(text)
    assert ("killed", 20, "Syrian Network for Human Rights") in found
    assert ("killed", 6, "Syrian Observatory for Human Rights") in found


def test_a_seat_no_monitor_heard_has_keeps_the_last_monitor() -> None:
    # a seat that names no monitor heard before says nothing of which one it is
    text = (
        "The Syrian Network for Human Rights said 31 people died in Kafr Nabl. "
        "The Turkey-based monitor said 9 of the dead were women."
    )
    assert ("killed", 9, "Syrian Network for Human Rights") in sources(text)


def test_a_monitor_with_no_seat_is_the_last_one_heard() -> None:
    text = (
        "Shelling killed 17 people in Douma the Syrian Observatory for Human Rights said. "
        "The Syrian Network for Human Rights said 22 died. "
        "The monitoring group said 5 of the dead were children."
    )
    assert ("killed", 5, "Syrian Network for Human Rights") in sources(text)


def test_a_report_before_said_its_comma_lost_is_told_by_the_one_after() -> None:
    # the parser makes the raids the subject of "said" and the monitor its object
    text = (
        "A wave of air strikes on Sunday near a clinic in north-western Syria killed at least 8 "
        "civilians said the Syrian Observatory for Human Rights."
    )
    assert sources(text) == [("killed", 8, "Syrian Observatory for Human Rights")]


def test_a_speaker_whose_clause_counts_still_speaks() -> None:
    # the monitor's own relative clause holds the count; it is the subject and speaks
    text = "The Observatory which recorded 40 deaths on Sunday said the raids went on into the night."
    assert ("killed", 40, "Syrian Observatory for Human Rights") in sources(text)


def test_an_organisation_told_by_its_seat_is_the_one_seated_there() -> None:
    # "the US-based organisation" after a network spoke is the rights group seated there
    text = (
        "Human Rights Watch said 20 people died in Saraqeb. "
        "The Syrian Network for Human Rights put the toll at 25. "
        "The US-based organisation said 6 of the dead were children."
    )
    assert ("killed", 6, "Human Rights Watch") in sources(text)


def test_a_group_told_by_its_seat_is_the_monitor_seated_there() -> None:
    text = (
        "Air raids killed 14 civilians in Saraqeb the UK-based Syrian Observatory said. "
        "The Syrian Network for Human Rights put the toll at 20. "
        "The Britain-based group said 6 of the dead were children."
    )
    assert ("killed", 6, "Syrian Observatory for Human Rights") in sources(text)


def test_a_part_in_its_wholes_sentence_takes_the_wholes_source() -> None:
    # the police source of the next sentence tells the two, and so the woman among them
    text = (
        "Two people one of them a woman were killed on Sunday due to a shell attack on the al-Shaar "
        "quarter in Aleppo city. A source at Aleppo Police Command told SANA that gunmen fired shells "
        "at the quarter killing two people including a woman."
    )
    found = sources(text, outlet="SANA")
    assert found[:2] == [("killed", 2, "Aleppo Police Command"), ("killed", 1, "Aleppo Police Command")]


def test_a_part_with_no_sourced_whole_stays_the_outlets() -> None:
    text = "Two people one of them a woman were killed on Sunday when a shell hit the al-Shaar quarter."
    assert sources(text, outlet="SANA")[:2] == [("killed", 2, "SANA"), ("killed", 1, "SANA")]
