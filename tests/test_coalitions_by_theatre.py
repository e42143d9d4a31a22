"""'Coalition forces' are the coalition at war in the sentence's country on
the report's day (data/actors/coalitions.csv), and a fight between two armed
sides is no violence against civilians.

Our own sentences, in the shapes of ISAF releases, wire copy on the anti-IS
campaign and Yemen reporting (lead28, 2026-12-01)."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.pipeline import extract


def _events(text: str, published: date) -> list[tuple[str | None, str | None, list[str]]]:
    claims = extract(text, published).claims
    return [(c.event_type, c.sub_event_type, list(c.actors)) for c in claims if c.kind == "event"]


@pytest.mark.parametrize(
    ("text", "published", "coalition"),
    [
        (
            "An Afghan and coalition security force detained three suspected insurgents in Zurmat "
            "district, Paktiya province, last night.",
            date(2011, 3, 4),
            "International Security Assistance Force",
        ),
        (
            "Coalition troops and Afghan commandos raided a compound in Nad Ali district of Helmand on "
            "Tuesday, officials said.",
            date(2017, 5, 3),
            "Resolute Support Mission",
        ),
        (
            "Coalition jets struck Islamic State fighters on the edge of Raqqa on Sunday, activists said.",
            date(2017, 6, 12),
            "Global Coalition Against Daesh",
        ),
        (
            "Coalition warplanes pounded Houthi positions around Saada overnight, residents said.",
            date(2018, 2, 20),
            "Operation Restoring Hope",
        ),
    ],
)
def test_coalition_forces_are_the_theatres_coalition(text: str, published: date, coalition: str) -> None:
    assert any(coalition in actors for _t, _s, actors in _events(text, published))


def test_coalition_aircraft_before_the_anti_is_campaign_are_not_it() -> None:
    found = _events("Coalition aircraft struck a mortar crew near Kandahar city on Monday.", date(2010, 5, 3))
    assert not any("Global Coalition Against Daesh" in actors for _t, _s, actors in found)


def test_coalition_in_a_war_with_no_known_coalition_names_no_one() -> None:
    found = _events("Coalition forces shelled rebel trenches near Goma on Monday.", date(2013, 7, 15))
    named = {a for _t, _s, actors in found for a in actors}
    assert not named & {
        "International Security Assistance Force",
        "Global Coalition Against Daesh",
        "Operation Restoring Hope",
        "Resolute Support Mission",
    }


def test_foreign_troops_killing_insurgents_is_a_clash_not_an_attack_on_civilians() -> None:
    found = _events(
        "Coalition forces killed two armed insurgents in Khost province on Tuesday.", date(2011, 1, 20)
    )
    assert ("Battles", "Armed clash") in [(t, s) for t, s, _a in found]
    assert not any(t == "Violence against civilians" for t, _s, _a in found)


def test_gunmen_killing_villagers_stays_one_sided() -> None:
    found = _events("Gunmen killed two villagers in Khost province on Tuesday.", date(2011, 1, 20))
    assert ("Violence against civilians", "Attack") in [(t, s) for t, s, _a in found]


def test_a_villager_shot_by_gunmen_beside_police_stays_one_sided() -> None:
    found = _events(
        "Unidentified gunmen shot and killed a villager near a police post in Kandhamal on Friday.",
        date(2022, 4, 15),
    )
    assert not any(t == "Battles" for t, _s, _a in found)


def test_saudi_led_forces_before_the_yemen_campaign_are_not_it() -> None:
    # Gulf troops sent into Bahrain in 2011 were "Saudi-led" too; the Yemen
    # coalition's name begins with its campaign (actors.csv valid_from).
    found = _events(
        "Saudi-led forces moved into Manama on Monday as police cleared the square, witnesses said.",
        date(2011, 3, 15),
    )
    assert not any("Operation Restoring Hope" in actors for _t, _s, actors in found)


def test_a_theatre_without_days_takes_its_coalitions_own() -> None:
    from warmonitor.extract.actors import load_actors
    from warmonitor.extract.coalitions import _theatres
    from warmonitor.extract.cue_data import data_rows

    actors = load_actors().actors
    rows = data_rows("actors", "coalitions.csv")
    undated = [t for t, row in zip(_theatres(), rows, strict=True) if not row["valid_from"]]
    assert undated  # the file's rows leave the days to actors.csv
    for theatre in undated:
        own = actors[theatre.actor]  # every theatre's coalition is in the dictionary
        assert (theatre.valid_from, theatre.valid_until) == (own.valid_from or "", own.valid_until)
