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

from sqlalchemy import Engine, func, insert, select, text, update

from warmonitor.errors import UserError
from warmonitor.reconcile.control import control_sides
from warmonitor.store.db import session_scope
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
SOURCE = "Synthetic Wire"
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
    events: int  # bulk events
    claims: int
    places: int
    actors: int
    control_periods: int
    reused: bool = False  # an earlier run's store, used as it was
    grouped: int = 0  # events reconcile made of the synthetic event claims, beside the bulk ones


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


def load(engine: Engine, events: int, seed: int = 7, *, reuse: bool = False) -> Loaded:
    """Fill an empty store with `events` synthetic events and their
    surroundings, then let reconcile's own code build what it keeps from
    the synthetic claims (events from the event claims, each voice's toll
    points); control periods come with the sides `/control` shows.

    `reuse`: a store an earlier run filled with the same `events` is used
    as it is (a million events take minutes to load)."""
    with engine.connect() as conn:
        held = conn.scalar(select(func.count()).select_from(Event.__table__)) or 0
        synthetic = conn.scalar(select(Source.id).where(Source.name == SOURCE))
    if held and reuse and synthetic is not None:
        with engine.connect() as conn:
            count = conn.scalar(select(func.count()).select_from(Event.__table__).where(Event.id <= events))
            claims = conn.scalar(select(func.count()).select_from(Claim.__table__)) or 0
            periods = conn.scalar(select(func.count()).select_from(ControlPeriod.__table__)) or 0
        if count != events:
            raise UserError(f"--reuse: the store was filled for another --events (it holds {held:,} events)")
        return Loaded(events, claims, PLACES, ACTORS, periods, reused=True, grouped=held - events)
    if held:
        raise UserError("the benchmark needs an empty database: give --db a new file or database")
    rng = random.Random(seed)
    places = _places(rng)
    claims = max(100, events // 50)
    reports = max(10, claims // 10)
    with engine.begin() as conn:
        conn.execute(insert(Source), [{"id": 1, "name": SOURCE, "kind": "wire"}])
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
    # The bulk events stand for a large store; they cite casualty claims only,
    # so the event claims' own events are reconcile's (below) and regrouping
    # near a new report finds the store as reconcile would have left it.
    _bulk(engine, EventClaim, _event_claims(rng, events, claims))
    periods = _control(engine, rng, claims)
    _advance_sequences(engine)
    grouped = _reconciled(engine)
    return Loaded(events, claims, len(places), ACTORS, periods, reused=False, grouped=grouped)


def _advance_sequences(engine: Engine) -> None:
    """PostgreSQL: move each id sequence past the ids bulk-inserted by hand,
    so rows added later (reconcile's events, a new report) get fresh ids."""
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as conn:
        for table in ("source", "place", "actor", "report", "claim", "event", "control_period"):
            conn.execute(
                text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
            )


def _reconciled(engine: Engine) -> int:
    """What reconcile keeps, built by its own code from the synthetic claims:
    their events (numbered after the bulk ones), toll points; every claim
    marked reconciled. How many events the event claims made."""
    from warmonitor.reconcile.events import (
        MatchRules,
        build_event,
        group,
        placed_by_sentence,
        sentence_casualties,
    )
    from warmonitor.reconcile.tolls import refresh_points
    from warmonitor.reconcile.views import claim_query, load_views

    with session_scope(engine) as session:
        casualties = load_views(session, claim_query().where(Claim.kind == "casualty"))
        views = placed_by_sentence(
            load_views(session, claim_query().where(Claim.kind == "event")), casualties
        )
        groups = group(views, MatchRules())
        for claims in groups:
            build_event(session, claims, sentence_casualties(claims, casualties))
        refresh_points(session)
        session.execute(update(Claim).values(reconciled_at=datetime(2025, 1, 1, tzinfo=UTC)))
    return len(groups)


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
    series: dict[str, int] = {}
    for i in range(count):
        report = i % reports + 1
        day = FIRST_DAY + timedelta(days=(report - 1) * DAYS // reports)
        casualty = i % 2 == 0
        best = rng.randrange(1, 40)
        claimant = f"Monitor {i % 25 + 1}"
        # One casualty claim in five is a voice's running toll (its series grows).
        running = casualty and i % 10 == 0
        if running:
            series[claimant] = series.get(claimant, 0) + best
            best = series[claimant]
        fields: dict[str, Any] = (
            {"outcome": "killed", "party": rng.choice(PARTIES), "low": best, "best": best, "high": best + 3}
            | {
                "scope": "cumulative" if running else "incident",
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
            "claimant": claimant,
            "stance": "asserted",
            "fields": fields,
            "place_id": rng.randrange(PLACES) + 1,
            "extractor_version": "benchmark",
            "created_at": datetime(2025, 1, 1, tzinfo=UTC),
            "day": day,
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
    casualties = (claims + 1) // 2  # claim ids 1, 3, 5, ...
    for i in range(events):
        for n in {rng.randrange(casualties) for _ in range(rng.randrange(1, 3))}:
            yield {"event_id": i + 1, "claim_id": 2 * n + 1}


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
            actor = rng.randrange(ACTORS) + 1
            periods.append(
                {
                    "id": pid,
                    "place_id": place,
                    "actor_id": actor,
                    "status": "contested" if n == 1 else "held",
                    "start": FIRST_DAY + timedelta(days=start),
                    "end": FIRST_DAY + timedelta(days=end) if end is not None else None,
                    "confidence": 0.8,
                    # What reconcile stores beside a period: the sides its claims name.
                    "sides": control_sides(f"Actor {actor:03d}", []),
                }
            )
            evidence.append({"period_id": pid, "claim_id": rng.randrange(claims) + 1, "role": "evidence"})
    with engine.begin() as conn:
        conn.execute(insert(ControlPeriod), periods)
        conn.execute(insert(ControlEvidence), evidence)
    return len(periods)
