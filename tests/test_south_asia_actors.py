"""Armed groups of South Asia and the periods of state forces' names, on
sentences of our own written after reading South Asia Terrorism Portal
summaries (../shared/data/real-dev/satp_relevant_train.tsv): punctuation
partly stripped, acronyms in brackets after the name, "reports <paper>"."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.actors import Actor, acled_name, load_actors
from warmonitor.extract.pipeline import extract


def _found(text: str) -> list[str]:
    return [m.actor.name for m in load_actors().find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cadres of the Garo National Liberation Army torched a truck.", ["Garo National Liberation Army"]),
        ("Gunmen of the Kuki National Liberation Army fired on a camp.", []),  # not Colombia's ELN
        ("The National Liberation Army blew up a pipeline in Arauca.", ["ELN"]),
        ("Colombian National Liberation Army fighters struck a base.", ["ELN"]),  # a nationality
        ("Let the record show that police blamed LeT, not JeM.", ["Lashkar-e-Taiba", "Jaish-e-Mohammed"]),
        ("Suspected CPI Maoist cadres set fire to two trucks", ["Communist Party of India (Maoist)"]),
        ("Militants of Tehreek e Taliban Pakistan stormed a post", ["Tehreek-e-Taliban Pakistan"]),
        ("U.S.-backed Syrian Democratic Forces held the dam.", ["Syrian Democratic Forces"]),
    ],
)
def test_group_names_are_matched_whole(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("country", "when", "expected"),
    [
        ("India", date(2013, 6, 2), "Military Forces of India (2004-2014)"),
        ("India", date(2016, 6, 2), "Military Forces of India (2014-)"),
        ("Pakistan", date(2011, 1, 9), "Military Forces of Pakistan (2008-2013)"),
        ("Pakistan", date(2015, 1, 9), "Military Forces of Pakistan (2013-2018)"),
        ("Afghanistan", date(2011, 7, 1), "Military Forces of Afghanistan (2004-2014)"),
        ("Afghanistan", date(2021, 9, 1), "Military Forces of Afghanistan (2021-)"),
        ("Israel", date(2015, 3, 3), "Military Forces of Israel (2009-2021)"),
        ("Israel", date(2023, 11, 3), "Military Forces of Israel (2022-)"),
    ],
)
def test_state_forces_take_the_name_of_their_period(country: str, when: date, expected: str) -> None:
    assert acled_name(Actor(name=f"Military Forces of {country}", inter=1, country=country), when) == expected


def test_a_bracketed_acronym_keeps_the_dead_of_its_group() -> None:
    text = (
        "At least four Lashkar e Jhangvi (LeJ) militants were killed and three others were hurt "
        "in a gunfight with police near Quetta on May 2 reports a local daily."
    )
    figures = [
        (c.outcome, c.best, c.party) for c in extract(text, date(2014, 5, 3)).claims if c.kind == "casualty"
    ]
    assert ("killed", 4, "rebels") in figures


def test_a_force_reporting_its_own_operations_abroad_keeps_its_name() -> None:
    # Written after reading the Israeli army's Telegram posts
    # (../shared/data/real-dev/idf_telegram_gaza_2023_2024.csv): the army
    # writes as "IDF", about Lebanon, and never names Israel.
    text = (
        "Earlier today IDF lookout soldiers identified two armed men approaching the border "
        "fence from Lebanon. Both were eliminated."
    )
    result = extract(text, date(2023, 11, 12), outlet="Israel Defense Forces")
    names = {a.name for a in result.actors}
    assert "Military Forces of Israel" in names
    assert "Military Forces of Lebanon" not in names


def test_generic_nouns_after_a_group_and_a_verb_are_another_actor() -> None:
    names = [m.actor.name for m in load_actors().find("Hezbollah fighters fired on troops")]
    assert names == ["Hezbollah"]
    result = extract("Houthi armed rebels fired on Saudi troops near the border.", date(2023, 3, 1))
    assert "Military Forces of Saudi Arabia" in {a.name for a in result.actors}


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Two policemen were shot dead in Quetta on Friday, reports Dawn.", "Dawn"),
        (
            "Four Maoists were killed in an encounter in Gadchiroli, reports The Times of India.",
            "The Times of India",
        ),
        (
            "A trader was killed in a grenade attack in Sopore on Monday, according to PTI.",
            "Press Trust of India",
        ),
        ("Five villagers were killed at dawn on Sunday, police said.", "police"),
    ],
)
def test_south_asian_papers_are_claimants(text: str, claimant: str) -> None:
    figures = [c for c in extract(text, date(2014, 5, 3)).claims if c.kind == "casualty"]
    assert figures and figures[0].claimant == claimant


def test_extract_gives_each_actor_its_acled_name_on_the_reports_day() -> None:
    text = "Two Maoist cadres were killed in an encounter with police in Sukma District, police said."
    before = {a.name: a.acled_name for a in extract(text, date(2013, 6, 4)).actors}
    after = {a.name: a.acled_name for a in extract(text, date(2015, 6, 4)).actors}
    assert before["Police Forces of India"] == "Police Forces of India (2004-2014)"
    assert after["Police Forces of India"] == "Police Forces of India (2014-)"
    assert after["Communist Party of India (Maoist)"] == "CPI (Maoist): Communist Party of India (Maoist)"
