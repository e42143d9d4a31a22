"""Extraction on the bundled demo corpus: the claims reconciliation builds on.

Each test names a mistake an analyst would catch: a toll credited to the
group it counts, a breakdown read as fresh deaths, history read as news.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache

from warmonitor.cli import demo_corpus
from warmonitor.extract.claims import CasualtyClaim, ControlClaim, Extraction
from warmonitor.extract.pipeline import extract

SOHR = "Syrian Observatory for Human Rights"
ARMY = "Military Forces of Syria"


@cache
def report(number: int) -> Extraction:
    rows = [json.loads(line) for line in demo_corpus().read_text(encoding="utf-8").splitlines()]
    row = rows[number - 1]
    published = datetime.fromisoformat(row["published"]).date()
    return extract(row["text"], published, outlet=row["source"])


def tolls(number: int) -> list[CasualtyClaim]:
    return [c for c in report(number).claims if isinstance(c, CasualtyClaim)]


def control(number: int) -> list[ControlClaim]:
    return [c for c in report(number).claims if isinstance(c, ControlClaim)]


def test_a_monitors_toll_is_the_monitors_claim_not_the_counted_groups() -> None:
    for number, total in ((5, 255), (6, 311)):
        claims = tolls(number)
        assert [c.best for c in claims if c.party == "total"] == [total]
        assert {c.claimant for c in claims} == {SOHR}


def test_of_them_after_a_total_is_a_part_not_a_subset() -> None:
    claims = tolls(7)  # "311 … 183 of them rebel fighters, 100 soldiers …, 28 civilians"
    total = next(i for i, c in enumerate(claims) if c.party == "total")
    parts = {c.party: c.best for c in claims if c.part_of == total}
    assert parts == {"rebels": 183, "government": 100, "civilians": 28}
    assert {c.claimant for c in claims} == {SOHR}  # "the Britain-based monitor said"


def test_a_breakdown_in_the_next_sentence_shares_the_tolls_scope() -> None:
    claims = tolls(2)  # "182 deaths since …" then "Of the dead, 102 were …"
    assert {c.scope for c in claims} == {"cumulative"}
    assert sorted(c.best or 0 for c in claims if c.part_of == 0) == [19, 61, 102]


def test_students_among_the_civilians_are_a_subset_not_more_dead() -> None:
    claims = tolls(1)
    killed = [c for c in claims if c.outcome == "killed"]
    assert killed[0].party == "civilians" and killed[0].best == 4
    assert killed[1].party.startswith("civilians:") and killed[1].part_of == 0


def test_history_told_in_passing_is_not_a_control_claim() -> None:
    # "… since 2016, when troops backed by Moscow's air power retook the east"
    places = {c.place.name for c in control(7) if c.place}
    assert "Moscow" not in places


def test_the_armys_admitted_withdrawal_is_a_loss_and_the_attackers_a_gain() -> None:
    claims = control(9)
    assert [(c.actor, c.change) for c in claims] == [(ARMY, "lost"), ("Rebel Group (Syria)", "gained")]
    assert {c.claimant for c in claims} == {ARMY}
    assert all(c.place and c.place.name == "Aleppo" for c in claims)


def test_holding_most_of_a_city_and_witnesses_seeing_fighters() -> None:
    holds = [c for c in control(6) if c.change == "holds"]
    assert holds and holds[0].actor == "Hayat Tahrir al-Sham" and holds[0].extent == "most"
    seen = [c for c in control(7) if c.claimant == "Agence France-Presse"]
    assert seen and seen[0].actor == "Rebel Group (Syria)" and seen[0].change == "holds"


def test_an_airport_is_part_of_a_city_and_areas_held_by_others_are_not_the_city() -> None:
    claims = control(10)
    aleppo = [c for c in claims if c.place and c.place.name == "Aleppo"]
    assert aleppo and all(c.extent == "part" for c in aleppo)
    assert not [c for c in aleppo if c.change == "holds"]  # "areas held by Kurdish forces"


def test_the_army_is_one_claimant_however_it_is_named() -> None:
    army_claims = [c for n in (3, 4, 9) for c in control(n) if c.actor == ARMY]
    assert {c.claimant for c in army_claims} == {ARMY}
