"""events28 (twenty-fourth session): an event's doers and those it was done
to are kept apart (`actors` and `targets`, ACLED's actor1 and actor2
sides), and acts told by their years or asked for in an ultimatum are no
events. Sentences written for these tests after reading FA-KES, ISAF and
SATP sentences of each kind (none copied)."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import extract
from warmonitor.reconcile.events import _actor_pair
from warmonitor.reconcile.views import ClaimView

DAY = date(2017, 5, 9)


def event_claims(text: str, outlet: str | None = None) -> list[EventClaim]:
    result = extract(text, DAY, outlet=outlet)
    return [c for c in result.claims if isinstance(c, EventClaim)]


def _target_of(found: list[EventClaim], prefix: str) -> bool:
    """Some event names the side as its target, and none as its doer."""
    return any(any(t.startswith(prefix) for t in c.targets) for c in found) and not any(
        any(a.startswith(prefix) for a in c.actors) for c in found
    )


@pytest.mark.parametrize(
    ("text", "target", "doer"),
    [
        (
            "Russian warplanes struck two opposition-held villages near Maarat al-Numan on Sunday, "
            "killing eleven civilians, the monitor said.",
            "Civilians",
            "Military Forces of Russia",
        ),
        (
            "A car bomb attack by the Islamic State killed 14 soldiers at an army checkpoint "
            "outside Deir Ezzor on Saturday.",
            "Military Forces of Syria",
            "Islamic State",
        ),
        (
            "Insurgents ambushed an Afghan police convoy in Zhari district, Kandahar province, yesterday.",
            "Police Forces of Afghanistan",
            "Rebel Group (Afghanistan)",
        ),
    ],
)
def test_the_one_struck_is_a_target_not_a_doer(text: str, target: str, doer: str) -> None:
    found = event_claims(text)
    assert found, text
    assert _target_of(found, target), [(c.actors, c.targets) for c in found]
    assert any(any(a.startswith(doer) for a in c.actors) for c in found), [
        (c.actors, c.targets) for c in found
    ]


def test_the_detained_are_the_arrests_target() -> None:
    found = event_claims(
        "An Afghan and coalition security force detained three Taliban insurgents during a search "
        "in Nad-e Ali district, Helmand province, yesterday.",
        outlet="ISAF",
    )
    arrests = [c for c in found if c.sub_event_type == "Arrests"]
    assert arrests, found
    assert "Taliban insurgency" in arrests[0].targets, arrests
    assert "Taliban insurgency" not in arrests[0].actors, arrests
    assert any(a.startswith("Military Forces of Afghanistan") for a in arrests[0].actors), arrests


def test_a_side_under_bombardment_is_its_target() -> None:
    found = event_claims("Islamic State fighters came under heavy bombardment near Palmyra on Monday.")
    assert found
    assert _target_of(found, "Islamic State"), [(c.actors, c.targets) for c in found]


def test_attacks_against_forces_have_them_for_targets() -> None:
    found = event_claims(
        "Militants carried out rocket attacks against Afghan army posts in Sangin district on Tuesday.",
        outlet="ISAF",
    )
    assert found
    assert _target_of(found, "Military Forces of Afghanistan"), [(c.actors, c.targets) for c in found]


def test_a_side_told_acting_too_stays_a_doer() -> None:
    # the army's positions were shelled, but the army also fired: it is a doer
    found = event_claims(
        "Rebels shelled army positions in Harasta on Friday and the army fired back with rockets."
    )
    assert found
    assert all(not any(t.startswith("Military Forces of Syria") for t in c.targets) for c in found), [
        (c.actors, c.targets) for c in found
    ]


def _view(actors: list[str], targets: list[str], n: int) -> ClaimView:
    return ClaimView(
        id=n,
        report_id=n,
        kind="event",
        claimant=None,
        stance="asserted",
        fields={"actors": actors, "targets": targets},
        published=DAY,
        outlet="X",
        place_id=None,
        place_name=None,
        lat=None,
        lon=None,
        admin1=None,
        country=None,
        span=(0, 1),
        sentence="",
    )


def test_reconciled_event_takes_its_target_for_actor2() -> None:
    # two reports name the civilians more often than the doer: still actor2
    claims = [
        _view(["Military Forces of Syria"], ["Civilians (Syria)"], 1),
        _view([], ["Civilians (Syria)"], 2),
        _view([], ["Civilians (Syria)"], 3),
    ]
    assert _actor_pair(claims) == ("Military Forces of Syria", "Civilians (Syria)")


def test_reconciled_event_without_a_doer_has_none_for_actor1() -> None:
    claims = [_view([], ["Civilians (Syria)"], 1)]
    assert _actor_pair(claims) == (None, "Civilians (Syria)")


@pytest.mark.parametrize(
    "text",
    [
        "After five years of fighting most of its families have left the old quarter.",
        "After six years of fighting many of the city's people have long gone.",
        "After years of fighting most of the villagers have left for the coast.",
    ],
)
def test_a_fight_told_by_its_years_is_no_event(text: str) -> None:
    assert not event_claims(text), text


def test_days_of_clashes_are_still_news() -> None:
    found = event_claims(
        "After three days of clashes, rebels drove government troops out of Kafr Zita on Monday."
    )
    assert found


@pytest.mark.parametrize(
    "text",
    [
        "Tribal elders gave the district police a 72-hour deadline to arrest the gunmen.",
        "The student union served an ultimatum on the administration to arrest the culprits by Friday.",
    ],
)
def test_an_arrest_demanded_is_no_arrest(text: str) -> None:
    assert not [c for c in event_claims(text) if c.sub_event_type == "Arrests"], text


@pytest.mark.parametrize(
    "text",
    [
        "Russian and regime warplanes struck the town of Saraqib on Monday, killing seven people.",
        "Russian and Syrian government aircraft pounded the town of Hreitan on Sunday.",
        "Russian and Assad regime jets bombed the town of Anadan on Tuesday.",
    ],
)
def test_a_country_sharing_the_regimes_force_noun_is_a_doer(text: str) -> None:
    found = event_claims(text)
    assert found
    assert {"Military Forces of Russia", "Military Forces of Syria"} <= set(found[0].actors), [
        (c.actors, c.targets) for c in found
    ]


def _parties(text: str) -> list[str]:
    return [c.party for c in extract(text, DAY).claims if c.kind == "casualty"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Nine foreign volunteers fighting alongside government forces were killed near Tadmur on Monday.",
            "government",
        ),
        (
            "Seven volunteers who fought with the rebels were killed in clashes near Latamneh on Monday.",
            "rebels",
        ),
    ],
)
def test_volunteers_fighting_beside_a_side_are_its_fighters(text: str, party: str) -> None:
    assert _parties(text) == [party], text


@pytest.mark.parametrize(
    "text",
    [
        "Two rescue volunteers were killed in a second strike on the same street on Monday.",
        "Five volunteers working for the Red Crescent were killed on Monday.",
    ],
)
def test_rescue_volunteers_stay_civilians(text: str) -> None:
    assert _parties(text) == ["civilians"], text
