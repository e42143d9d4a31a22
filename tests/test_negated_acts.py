"""An act told as not done is no event (data/patterns/negation.json): blind
reading 4545 saw "no arrest was made" coded as an Arrests event; SATP
summaries end many cordon-and-search lines so. Our own sentences (lead32)."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.pipeline import extract


def _types(text: str) -> list[str | None]:
    return [c.sub_event_type for c in extract(text, date(2019, 3, 4)).claims if c.kind == "event"]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers searched the orchards around Shopian for hours, but no one was arrested.",
        "Nobody has been detained so far over Sunday's grenade blast at the bus stand in Imphal.",
        "No arrests were made after the firing on the checkpoint in Kohat, police said.",
        "Police have not arrested any suspect over the ambush near Bijapur yet.",
    ],
)
def test_an_arrest_told_as_not_made_is_no_arrest(text: str) -> None:
    assert "Arrests" not in _types(text)


def test_clashes_told_as_not_reported_are_no_clash() -> None:
    assert "Armed clash" not in _types("No clashes were reported in the villages around Tal Abyad on Sunday.")


def test_an_attack_with_no_one_hurt_is_still_an_attack() -> None:
    types = _types("A bomb went off under a police van in Peshawar on Monday but no one was hurt.")
    assert "Remote explosive/landmine/IED" in types


def test_an_arrest_beside_a_negated_claim_stays() -> None:
    text = "Police arrested three men over the blast in Quetta on Monday; no group has claimed it."
    assert "Arrests" in _types(text)


def test_a_speakers_denial_of_an_act_is_kept_as_denied() -> None:
    text = "The defence ministry in Moscow said its jets had not carried out air strikes on Saraqib."
    found = [c for c in extract(text, date(2019, 3, 4)).claims if c.kind == "event"]
    assert [(c.sub_event_type, c.stance) for c in found] == [("Air/drone strike", "denied")]


def test_a_no_beside_another_subject_leaves_the_act() -> None:
    assert "Looting/property destruction" in _types(
        "No one was hurt but two shops were set on fire in Kharkiv."
    )


def test_a_no_in_a_bracketed_note_is_not_the_acts_subject() -> None:
    text = "[size=no report] On 2 March, in Tumaco, gunmen of a dissident front ambushed a police patrol."
    assert _types(text)
