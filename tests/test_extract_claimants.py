"""Claimants that have two names: an official outlet that is also a party."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.pipeline import extract

ISRAEL = "Military Forces of Israel"


def test_the_idf_and_the_israeli_army_are_one_claimant() -> None:
    text = (
        "The IDF said its aircraft struck a Hezbollah weapons depot near Qusayr on Tuesday. "
        "Later the Israeli army said its jets had bombed a second depot near Qusayr."
    )
    claims = extract(text, date(2024, 11, 26), outlet="Reuters").claims
    assert claims and {c.claimant for c in claims} == {ISRAEL}


def test_an_official_outlets_own_statement_speaks_as_its_actor() -> None:
    text = "Fighter jets struck a Hezbollah weapons depot near Qusayr on Tuesday, killing 3 militants."
    claims = extract(text, date(2024, 11, 26), outlet="Israel Defense Forces").claims
    assert claims and {c.claimant for c in claims} == {ISRAEL}
