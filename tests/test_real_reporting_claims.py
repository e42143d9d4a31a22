"""Issue 11: the N, A, S, K1, K2, K4 and T cases of ../shared/cases/real-reporting.jsonl.

The texts are read from ../shared (never copied here); what an analyst
expects of each is written below as assertions on the extraction.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache
from pathlib import Path

import pytest

from warmonitor.extract.claims import CasualtyClaim, ControlClaim, Extraction
from warmonitor.extract.pipeline import extract

CASES = Path(__file__).resolve().parents[1].parent / "shared" / "cases" / "real-reporting.jsonl"
SOHR = "Syrian Observatory for Human Rights"
ARMY = "Military Forces of Syria"
OUTLETS = {
    "Reuters",
    "Agence France-Presse",
    "Associated Press",
    "Deutsche Presse-Agentur",
    "Al Jazeera",
    "DW",
}

pytestmark = pytest.mark.skipif(not CASES.exists(), reason="../shared/cases is not beside the repository")


@cache
def case(prefix: str) -> tuple[dict[str, str], Extraction]:
    for line in CASES.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"].startswith(prefix + "-"):
            # The report's own day: a timestamp with an offset is read in its zone.
            published = datetime.fromisoformat(row["published"]).date()
            return row, extract(row["text"], published, outlet=row["source"])
    raise AssertionError(f"no case {prefix} in {CASES}")


def casualties(prefix: str) -> list[CasualtyClaim]:
    return [c for c in case(prefix)[1].claims if isinstance(c, CasualtyClaim)]


def control(prefix: str) -> list[ControlClaim]:
    return [c for c in case(prefix)[1].claims if isinstance(c, ControlClaim)]


def said(prefix: str, claim: CasualtyClaim | ControlClaim) -> str:
    text = case(prefix)[0]["text"]
    return text[claim.span[0] : claim.span[1]]


def test_n1_a_citys_population_is_not_a_toll() -> None:
    claims = casualties("N1")
    assert [(c.outcome, c.party, c.best, c.scope) for c in claims] == [("killed", "civilians", 3, "incident")]
    assert claims[0].date is not None and claims[0].date.start == date(2024, 5, 20)
    assert claims[0].claimant is not None and "governor" in claims[0].claimant


def test_n2_a_wars_toll_is_history_and_the_town_changes_hands() -> None:
    claims = casualties("N2")
    assert all(c.scope == "historical" for c in claims)
    assert [(c.best, c.period_start) for c in claims] == [(380_000, date(2011, 1, 1))]
    gains = [(c.place.name if c.place else None, c.actor, c.change) for c in control("N2")]
    # "entered a new phase" is no place
    assert gains == [("Maarat al-Numan", ARMY, "gained")]  # the name readers use (issue 13)


def test_n3_trucks_and_sheltering_families_are_not_dead() -> None:
    claims = casualties("N3")
    assert [(c.outcome, c.party, c.low, c.qualifier) for c in claims] == [("killed", "total", 12, "at least")]
    assert claims[0].claimant == "health officials"


def test_n4_dozens_multiplied() -> None:
    claims = casualties("N4")
    assert [(c.outcome, c.party, c.low, c.best) for c in claims] == [
        ("killed", "civilians", 24, 24),
        ("injured", "civilians", 6, 6),
    ]


def test_a1_the_claimant_at_the_end_of_the_sentence() -> None:
    (claim,) = casualties("A1")
    assert (claim.claimant, claim.best, claim.scope) == (SOHR, 11, "incident")
    assert claim.date is not None and claim.date.start == date(2019, 5, 10)


def test_a2_the_group_is_the_network_named_before() -> None:
    claims = casualties("A2")
    assert {c.claimant for c in claims} == {"Sudan Doctors Network"}
    total, children = claims
    assert (total.party, total.best, total.scope) == ("total", 58, "cumulative")
    assert (total.period_start, total.as_of) == (date(2024, 5, 10), date(2024, 5, 14))
    assert children.party == "civilians:children" and children.best == 11 and children.part_of == 0
    assert total.place is not None and total.place.name == "El Fasher"


def test_a3_one_monitor_under_every_description() -> None:
    claims = casualties("A3")
    assert sorted(c.best for c in claims) == [15, 27, 340]
    assert {c.claimant for c in claims} == {SOHR}
    toll = next(c for c in claims if c.best == 340)
    assert toll.scope == "cumulative" and toll.as_of == date(2024, 12, 1)


def test_s1_running_tolls_without_since() -> None:
    claims = casualties("S1")
    assert [(c.best, c.scope) for c in claims] == [(520, "cumulative"), (92, "cumulative")]
    for claim in claims:
        assert claim.as_of == date(2024, 12, 2) and claim.period_start == date(2024, 11, 27)
        assert claim.claimant not in OUTLETS and claim.claimant is not None
        assert "monitor" in claim.claimant


def test_k1_a_landmark_is_not_what_changed_hands() -> None:
    claims = control("K1")
    assert [(c.place.name if c.place else None, c.actor, c.change) for c in claims] == [
        ("Hama", "Rebel Group (Syria)", "gained"),  # the name readers use, not "Ḩamāh" (issue 13)
        ("Hama", ARMY, "lost"),  # "the city" is Hama, never Damascus
    ]
    assert claims[0].date is not None and claims[0].date.start == date(2024, 12, 5)
    assert claims[1].claimant == ARMY


def test_k2_history_never_decides_the_present() -> None:
    claims = control("K2")
    assert [(c.place.name if c.place else None, c.actor, c.change) for c in claims] == [
        ("Deir ez-Zor", "Syrian Democratic Forces", "gained")
    ]
    assert claims[0].date is not None and claims[0].date.start == date(2024, 12, 6)


def test_k4_lost_lives_and_a_countrys_north_are_not_territory() -> None:
    assert control("K4") == []
    claims = casualties("K4")
    assert [(c.party.split(":")[0], c.best, c.part_of) for c in claims] == [
        ("civilians", 20, None),
        ("civilians", 19, 0),
    ]


def test_t1_last_thursday_said_on_a_thursday() -> None:
    (claim,) = casualties("T1")
    assert claim.date is not None and claim.date.start == date(2024, 11, 21)


def test_t2_relative_days_are_the_reports_local_days() -> None:
    (claim,) = casualties("T2")
    assert claim.date is not None and claim.date.start == date(2024, 11, 29)
    (held,) = control("T2")
    assert held.date is not None and held.date.start == date(2024, 11, 30)
    assert held.change == "contested" and held.place is not None and held.place.name == "Al Atarib"
