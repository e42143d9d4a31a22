"""A place the words after it put in a region of another country is not a
namesake elsewhere; two names joined by "and" can be one region; a person's
name the model cuts at its article is no town (issue 13).

A blind reading of real-dev texts (seed 5959) found a gunfight "at a village
of Hajin in Bandipora District in Jammu and Kashmir" placed at Hajin, Syria,
with the Indian security forces made Syria's army, and an activist known as
"Abu al-Hassan" made the city of Hassan, India, which then made "the
military" India's in a Syrian report. The sentences are this project's own,
written after reading SATP summaries and FA-KES articles outside
gold/fakes/split.csv in ../shared/data/real-dev/.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import ControlClaim, EventClaim
from warmonitor.extract.pipeline import extract


def test_a_town_said_to_be_in_another_countrys_region_is_not_its_namesake() -> None:
    text = (
        "Militants and troops traded fire at a hamlet of Hajin in Bandipora District in Jammu and Kashmir "
        "on Friday, a police officer said. The troops had surrounded a house in Hajin after a tip-off."
    )
    result = extract(text, date(2018, 3, 2))
    assert {p.country for p in result.places} == {"India"}, [(p.name, p.country) for p in result.places]
    assert ("Jammu and Kashmir", "India") in {(p.name, p.country) for p in result.places}
    assert all("Syria" not in a.name for a in result.actors), [a.name for a in result.actors]


@pytest.mark.parametrize(
    ("text", "region", "country"),
    [
        ("Two policemen were shot dead near Sopore in Jammu and Kashmir.", "Jammu and Kashmir", "India"),
        ("A mass grave was found near a village in Bosnia and Herzegovina, officials said.",
         "Bosnia and Herzegovina", "Bosnia and Herzegovina"),
    ],
)  # fmt: skip
def test_a_region_named_with_and_is_one_place(text: str, region: str, country: str) -> None:
    result = extract(text, date(2018, 3, 5))
    assert (region, country) in {(p.name, p.country) for p in result.places}


def test_a_persons_name_cut_at_its_article_is_no_town() -> None:
    text = (
        "Rockets fired by government troops hit a rebel-held town in the north overnight, killing 14 people. "
        "An activist who goes by the name Abu al-Hassan said the dead included six children. "
        "Al-Hassan said he had heard no fighting nearby."
    )
    result = extract(text, date(2014, 5, 20))
    assert all(p.country != "India" for p in result.places), [(p.name, p.country) for p in result.places]
    events = [c for c in result.claims if isinstance(c, EventClaim)]
    assert all("India" not in a for c in events for a in c.actors), [c.actors for c in events]


def test_a_town_and_a_country_the_model_took_for_people_are_places() -> None:
    # the model tags the town as a people and the country as a person here
    text = "Mali's army says it has seized control of Kidal after the rebels pulled out overnight."
    result = extract(text, date(2023, 11, 16))
    control = [c for c in result.claims if isinstance(c, ControlClaim)]
    assert [(c.place.name if c.place else None, c.change) for c in control] == [("Kidal", "gained")], control
    assert [c.actor for c in control] == ["Military Forces of Mali"]
    assert all("Unknown" not in a.name for a in result.actors), [a.name for a in result.actors]
