"""Synthetic stores for the API benchmark: many events over many places,
countries, actors, types and years, written with SQLAlchemy Core bulk inserts.

Countries are uneven on purpose (a Zipf spread: the first holds about a
quarter of all events), so the benchmark's filtered query runs against the
largest country, the worst case for its index. Claims, reports, tolls and
control periods come along in smaller numbers so casualties and control have
something to compute.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, insert, select

from warmonitor.errors import UserError
from warmonitor.store.models import (
    Actor,
    Base,
    Claim,
    ControlEvidence,
    ControlPeriod,
    Event,
    EventClaim,
    Place,
    Report,
    Source,
)

FIRST_DAY = date(2018, 1, 1)
DAYS = 7 * 365  # 2018 to 2024
COUNTRIES = 40
PLACES = 5000
ACTORS = 400
CONTROLLED_PLACES = 300
CHUNK = 20_000
# ACLED event types with some of their sub-event types, and how common each is.
TYPES: dict[str, tuple[float, tuple[str, ...]]] = {
    "Battles": (0.30, ("Armed clash", "Government regains territory", "Non-state actor overtakes territory")),
    "Explosions/Remote violence": (0.30, ("Shelling/artillery/missile attack", "Air/drone strike")),
    "Violence against civilians": (0.15, ("Attack", "Abduction/forced disappearance")),
    "Protests": (0.12, ("Peaceful protest",)),
    "Riots": (0.05, ("Violent demonstration",)),
    "Strategic developments": (0.08, ("Looting/property destruction", "Arrests")),
}
GRADES = ("confirmed", "fair", "weak", "contested", "discounted")
PARTIES = ("civilians", "government", "rebels", "unknown")


def country_name(index: int) -> str:
    return f"Country {index + 1:02d}"


@dataclass(frozen=True)
class Loaded:
    events: int
    claims: int
    places: int
    actors: int
    control_periods: int


def _chunks(rows: Iterator[dict[str, Any]], size: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _bulk(engine: Engine, table: type[Base], rows: Iterator[dict[str, Any]]) -> None:
    for batch in _chunks(rows):
        with engine.begin() as conn:
            conn.execute(insert(table), batch)


def _places(rng: random.Random) -> list[dict[str, Any]]:
    weights = [1 / (i + 1) for i in range(COUNTRIES)]
    places = []
    for i in range(PLACES):
        c = rng.choices(range(COUNTRIES), weights)[0]
        # Each country a 4 x 4 degree square on a grid, so bbox queries select real subsets.
        lat0, lon0 = -40 + (c // 10) * 20, -160 + (c % 10) * 32
        places.append(
            {
                "id": i + 1,
                "name": f"Town {i + 1:05d}",
                "lat": round(lat0 + rng.uniform(0, 4), 5),
                "lon": round(lon0 + rng.uniform(0, 4), 5),
                "admin1": f"{country_name(c)} Region {rng.randrange(12) + 1}",
                "country": country_name(c),
            }
        )
    return places


def load(engine: Engine, events: int, seed: int = 7) -> Loaded:
    """Fill an empty store with `events` synthetic events and their surroundings."""
    with engine.connect() as conn:
        if conn.scalar(select(func.count()).select_from(Event.__table__)):
            raise UserError("the benchmark needs an empty database: give --db a new file or database")
    rng = random.Random(seed)
    places = _places(rng)
    claims = max(100, events // 50)
    reports = max(10, claims // 10)
    with engine.begin() as conn:
        conn.execute(insert(Source), [{"id": 1, "name": "Synthetic Wire", "kind": "wire"}])
        conn.execute(insert(Place), places)
        conn.execute(
            insert(Actor),
            [
                {
                    "id": i + 1,
                    "name": f"Actor {i + 1:03d}",
                    "aliases": [],
                    "inter_code": i % 8 + 1,
                    "relations": {},
                }
                for i in range(ACTORS)
            ],
        )
    _bulk(engine, Report, _reports(reports))
    _bulk(engine, Claim, _claims(rng, claims, reports))
    _bulk(engine, Event, _events(rng, events, places))
    _bulk(engine, EventClaim, _event_claims(rng, events, claims))
    periods = _control(engine, rng, claims)
    return Loaded(events, claims, len(places), ACTORS, periods)


def _reports(count: int) -> Iterator[dict[str, Any]]:
    for i in range(count):
        yield {
            "id": i + 1,
            "source_id": 1,
            "title": f"Synthetic report {i + 1}",
            "published_at": datetime.combine(
                FIRST_DAY + timedelta(days=i * DAYS // count), datetime.min.time(), UTC
            ),
            "ingested_at": datetime(2025, 1, 1, tzinfo=UTC),
            "content_hash": f"{i:064d}",
            "text": "synthetic",
            "input_format": "text",
            "minhash": b"",
        }


def _claims(rng: random.Random, count: int, reports: int) -> Iterator[dict[str, Any]]:
    for i in range(count):
        report = i % reports + 1
        day = FIRST_DAY + timedelta(days=(report - 1) * DAYS // reports)
        casualty = i % 2 == 0
        best = rng.randrange(1, 40)
        fields: dict[str, Any] = (
            {"outcome": "killed", "party": rng.choice(PARTIES), "low": best, "best": best, "high": best + 3}
            | {
                "scope": "incident",
                "date": {"start": day.isoformat(), "end": day.isoformat(), "precision": 1},
            }
            if casualty
            else {"event_type": "Battles"}
        )
        yield {
            "id": i + 1,
            "report_id": report,
            "kind": "casualty" if casualty else "event",
            "text": "synthetic",
            "span_start": 0,
            "span_end": 9,
            "claimant": f"Monitor {i % 25 + 1}",
            "stance": "asserted",
            "fields": fields,
            "place_id": rng.randrange(PLACES) + 1,
            "extractor_version": "benchmark",
            "created_at": datetime(2025, 1, 1, tzinfo=UTC),
        }


def _events(rng: random.Random, count: int, places: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    names = list(TYPES)
    weights = [TYPES[t][0] for t in names]
    now = datetime(2025, 1, 1, tzinfo=UTC)
    for i in range(count):
        place = rng.choice(places)
        event_type = rng.choices(names, weights)[0]
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        best = rng.randrange(0, 30)
        yield {
            "id": i + 1,
            "event_type": event_type,
            "sub_event_type": rng.choice(TYPES[event_type][1]),
            "date_start": day,
            "date_end": day,
            "date_precision": 1,
            "place_id": place["id"],
            "geo_precision": 1,
            "location": place["name"],
            "lat": place["lat"],
            "lon": place["lon"],
            "country": place["country"],
            "admin1": place["admin1"],
            "actor1_id": rng.randrange(ACTORS) + 1,
            "actor2_id": rng.randrange(ACTORS) + 1 if rng.random() < 0.6 else None,
            "fatalities_low": best,
            "fatalities_best": best,
            "fatalities_high": best + rng.randrange(0, 5),
            "grade": rng.choice(GRADES),
            "independent_sources": rng.randrange(1, 5),
            "updated_at": now,
        }


def _event_claims(rng: random.Random, events: int, claims: int) -> Iterator[dict[str, Any]]:
    for i in range(events):
        for claim in {rng.randrange(claims) + 1 for _ in range(rng.randrange(1, 3))}:
            yield {"event_id": i + 1, "claim_id": claim}


def _control(engine: Engine, rng: random.Random, claims: int) -> int:
    """Four periods each for some places: held, contested, held by another, held since."""
    periods: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []
    for place in range(1, CONTROLLED_PLACES + 1):
        cuts = sorted(rng.sample(range(1, DAYS), 3))
        starts = [0, *cuts]
        for n, start in enumerate(starts):
            end = starts[n + 1] - 1 if n + 1 < len(starts) else None
            pid = len(periods) + 1
            periods.append(
                {
                    "id": pid,
                    "place_id": place,
                    "actor_id": rng.randrange(ACTORS) + 1,
                    "status": "contested" if n == 1 else "held",
                    "start": FIRST_DAY + timedelta(days=start),
                    "end": FIRST_DAY + timedelta(days=end) if end is not None else None,
                    "confidence": 0.8,
                }
            )
            evidence.append({"period_id": pid, "claim_id": rng.randrange(claims) + 1, "role": "evidence"})
    with engine.begin() as conn:
        conn.execute(insert(ControlPeriod), periods)
        conn.execute(insert(ControlEvidence), evidence)
    return len(periods)
