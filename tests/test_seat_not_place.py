"""A place an organisation is "based in" is where it sits, not where what it
speaks of happened, nor the country a sentence is about (blind reading
4545: a chemical attack in Aleppo was put in The Hague and the rebels made
Dutch). Our own sentences (lead33)."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.pipeline import extract


def test_a_watchdogs_seat_is_no_event_place_nor_the_sentences_country() -> None:
    text = (
        "Barrel bombs fell on the Ansari district of Aleppo on Tuesday, rescuers said. "
        "The watchdog based in The Hague said it was studying the reports. "
        "Government forces and rebels blamed each other for the gas."
    )
    result = extract(text, date(2016, 8, 3))
    places = {c.place.name for c in result.claims if c.kind == "event" and c.place is not None}
    assert "The Hague" not in places
    names = {a.name for a in result.actors}
    assert not any("Netherlands" in n for n in names)


def test_a_monitor_headquartered_in_a_city_abroad_places_nothing_there() -> None:
    text = "Shelling killed four people in Douma on Monday, a monitor headquartered in Coventry said."
    places = {c.place.name for c in extract(text, date(2016, 8, 3)).claims if c.place is not None}
    assert "Coventry" not in places
