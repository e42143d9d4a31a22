"""Claimants of quotations, headlines and their bylines (issue 11, round 7),
on sentences of our own wording that keep the real reports' messiness
(commas and colons stripped, a headline run into its byline and lead)."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 8, 12)


def claims(text: str, outlet: str = "Al-Araby Al-Jadeed") -> list[CasualtyClaim]:
    return [c for c in extract(text, DAY, outlet=outlet).claims if isinstance(c, CasualtyClaim)]


def test_the_speaker_after_a_closing_quote_is_read_from_a_bare_title() -> None:
    # The parser hangs "media activist Karim Nasser" on the quoted noun phrase,
    # so "told" has no subject; the words after the closing quote name the speaker.
    text = (
        '"Regime jets bombed the bakery with rockets causing the deaths of at least five children" '
        "media activist Karim Nasser told Reuters adding that many were hurt."
    )
    found = claims(text)
    assert [(c.best, c.claimant) for c in found] == [(5, "activists")]


def test_a_quote_closed_before_the_outlet_itself_keeps_the_outlet() -> None:
    # No speaker's words after the quote: the report's own voice.
    text = (
        '"Regime jets bombed the bakery with rockets causing the deaths of at least five children" '
        "Reuters reported."
    )
    found = claims(text, outlet="Reuters")
    assert [c.claimant for c in found] == ["Reuters"]


@pytest.mark.parametrize(
    "text",
    [
        "Chemical agents were used in the strike which left at least 100 people dead and over 400 hurt "
        "according to the directorate of health in Idlib province.",
        "The shelling killed 12 people according to the Idlib health directorate.",
        "Five children were hurt in the shelling of the school medical sources at the Directorate of "
        "Health in Idlib said.",
        "Idlib Health Directorate said 14 people died in the raids on the market.",
    ],
)
def test_a_places_health_directorate_is_one_claimant_in_either_order(text: str) -> None:
    found = claims(text, outlet="Etilaf")
    assert found and {c.claimant for c in found} == {"Idlib Health Directorate"}


def test_a_directorate_of_another_field_or_place_stays_apart() -> None:
    text = "Nine pupils were wounded in the shelling according to the directorate of education in Hama."
    found = claims(text)
    assert [c.claimant for c in found] == ["Hama Education Directorate"]


def test_a_statement_issued_by_a_body_is_that_bodys_not_the_last_speakers() -> None:
    # "a statement" alone would be read as "the statement" of the last speaker.
    text = (
        "Local activist Samir Haddad said the bodies were found near the well. "
        "Government troops killed 31 fighters in the hamlet near the river according to a statement "
        "issued Sunday by the Syrian Network for Human Rights. "
        "The fighters had held the hamlet for a week according to the statement. "
        "Troops detained 40 men at the school in the hamlet."
    )
    found = claims(text, outlet="Daily Sabah")
    assert [(c.best, c.claimant) for c in found][:1] == [(31, "Syrian Network for Human Rights")]
