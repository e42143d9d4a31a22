"""Identity militias named by a people or a region (ACLED inter 4), and
demonstrations told by burning tyres and barricades (issue 13, inter pair).
Sentences are our own, written after reading January-April 2022 ACLED notes
(../shared/data/acled-dev/, never May-June) that name "armed Fulani
pastoralists", "suspected Murle cattle raiders", "Kaduna militiamen", and
protests with "burning tires" or "barricades"."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.acled_model import lexicon_features
from warmonitor.extract.actors import generic_actors
from warmonitor.extract.pipeline import extract


def _found(text: str, country: str, iso: str) -> list[tuple[str, int]]:
    return [(m.actor.name, m.actor.inter) for m in generic_actors(text, country, iso=iso)]


@pytest.mark.parametrize(
    ("text", "country", "iso", "expected"),
    [
        ("Suspected armed Fulani herdsmen raided two farming villages near Makurdi overnight.",
         "Nigeria", "NG", "Fulani Ethnic Militia (Nigeria)"),
        ("Dogon hunters burned a hamlet outside Bankass, residents told reporters.",
         "Mali", "ML", "Dogon Ethnic Militia (Mali)"),
        ("Pokot cattle raiders drove off some 300 goats after a gunfight near the county border.",
         "Kenya", "KE", "Pokot Ethnic Militia (Kenya)"),
        ("Members of a Zamfara militia stopped commuters on the Gusau road and robbed them.",
         "Nigeria", "NG", "Zamfara Communal Militia (Nigeria)"),
        ("Kaduna militiamen stormed a church compound at night and abducted the priest.",
         "Nigeria", "NG", "Kaduna Communal Militia (Nigeria)"),
    ],
)  # fmt: skip
def test_a_people_or_a_region_before_an_armed_noun_is_an_identity_militia(
    text: str, country: str, iso: str, expected: str
) -> None:
    assert (expected, 4) in _found(text, country, iso)


@pytest.mark.parametrize(
    ("text", "country", "iso"),
    [
        ("Gunmen burned a Fulani settlement and killed four herders.", "Nigeria", "NG"),
        ("Fulani civilians fled the village after the raid.", "Nigeria", "NG"),
        # a region of another country, or no region at all, makes no communal militia
        ("Donetsk militia fired on the outskirts of the town.", "Russia", "RU"),
        ("Local militia fought off the attackers.", "Nigeria", "NG"),
    ],
)
def test_a_people_named_as_victims_or_a_foreign_region_is_not_one(text: str, country: str, iso: str) -> None:
    assert not any(inter == 4 for _name, inter in _found(text, country, iso))


def test_the_militia_is_named_for_the_country_of_the_report() -> None:
    result = extract(
        "Armed Fulani pastoralists killed six farmers near Agatu in Benue state, Nigeria, police said.",
        date(2022, 3, 2),
    )
    assert "Fulani Ethnic Militia (Nigeria)" in {a.name for a in result.actors}


@pytest.mark.parametrize(
    "text",
    [
        "Drivers burned tires on the main highway to protest the fuel price rise.",
        "Residents blocked the road with burning tyres after the shooting.",
        "Students erected barricades outside the campus gates.",
    ],
)
def test_burning_tyres_and_barricades_are_cues_of_a_violent_demonstration(text: str) -> None:
    assert "lex:Violent demonstration" in lexicon_features(text)
