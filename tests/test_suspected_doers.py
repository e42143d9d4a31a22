"""Whoever suspects a group of an attack tells the suspicion; the suspected
is the doer (events.json roles.blame_verbs): a blind reading (seed 6767)
found the police made the bomber of a blast they suspected others of."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import extract


def events(text: str) -> list[EventClaim]:
    found = extract(text, date(2016, 3, 9), outlet="Portal").claims
    return [c for c in found if isinstance(c, EventClaim)]


def test_the_police_who_suspect_are_the_teller_not_the_bomber() -> None:
    found = events("Police in Imphal suspect the IED was planted by cadres of a banned outfit.")
    assert found
    assert all("Police Forces of" not in a for e in found for a in e.actors)
    assert {(e.claimant, e.stance) for e in found} == {("police", "claimed")}


def test_police_who_act_stay_a_party() -> None:
    found = events("Police arrested two suspects after the bomb blast near the market in Imphal.")
    assert any(a.startswith("Police Forces of India") for e in found for a in e.actors)
