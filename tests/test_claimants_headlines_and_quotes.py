"""Claimants of quotations, headlines and their bylines (issue 11, round 7),
on sentences of our own wording that keep the real reports' messiness
(commas and colons stripped, a headline run into its byline and lead)."""

from __future__ import annotations

from datetime import date

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
