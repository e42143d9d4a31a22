"""What reconcile keeps is what a from-scratch computation gives.

- `/casualties` reads the toll points reconcile keeps; its answers must be
  the ones worked out from every stored claim (`from_claims=True`), for any
  area, window, day and outcome.
- An incremental reconcile (one report at a time, arriving out of order)
  regroups only the claims near what changed; its events, control periods
  and toll points must be the full rebuild's.

Two kinds of stream: the real-shaped streams of tests/test_streams.py (gold
claims), and seeded random streams dense enough that events chain across
days, places and arrival orders, where a wrong window would show.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from tests.test_streams import STREAMS, drafts, gold_extractor
from warmonitor.extract.claims import (
    CasualtyClaim,
    ControlClaim,
    DateRef,
    EventClaim,
    Extraction,
    PlaceRef,
    ReportInfo,
)
from warmonitor.ingest.draft import ReportDraft
from warmonitor.ingest.pipeline import Defaults, ingest_drafts
from warmonitor.reconcile import answers
from warmonitor.reconcile.casualties import estimate_casualties
from warmonitor.reconcile.events import MatchRules
from warmonitor.reconcile.run import reconcile
from warmonitor.reconcile.views import claim_query, load_views
from warmonitor.store.db import open_store, session_scope
from warmonitor.store.models import (
    Claim,
    ControlEvidence,
    ControlPeriod,
    Event,
    Place,
    TollPoint,
)
from warmonitor.store.models import (
    EventClaim as EventClaimRow,
)

Snapshot = dict[str, Any]


def snapshot(engine: Engine) -> Snapshot:
    """The maintained tables, keyed by what they say (ids of rebuilt rows differ)."""
    with session_scope(engine) as session:
        members: dict[int, set[int]] = {}
        for event_id, claim_id in session.execute(select(EventClaimRow.event_id, EventClaimRow.claim_id)):
            members.setdefault(event_id, set()).add(claim_id)
        events = {
            (
                frozenset(members.get(e.id, set())),
                e.event_type,
                e.sub_event_type,
                e.date_start,
                e.date_end,
                e.place_id,
                e.fatalities_low,
                e.fatalities_best,
                e.fatalities_high,
                e.grade,
                e.independent_sources,
                e.summary,
            )
            for e in session.scalars(select(Event))
        }
        evidence: dict[int, set[tuple[int, str]]] = {}
        for period_id, claim_id, role in session.execute(
            select(ControlEvidence.period_id, ControlEvidence.claim_id, ControlEvidence.role)
        ):
            evidence.setdefault(period_id, set()).add((claim_id, role))
        periods = {
            (
                p.place_id,
                p.start,
                p.end,
                p.status,
                p.actor_id,
                p.confidence,
                tuple(p.sides or ()),
                frozenset(evidence.get(p.id, set())),
            )
            for p in session.scalars(select(ControlPeriod))
        }
        points = {
            tuple(getattr(t, c.key) for c in TollPoint.__table__.columns)
            for t in session.scalars(select(TollPoint))
        }
    return {"events": events, "periods": periods, "points": points}


def casualty_questions(engine: Engine) -> list[dict[str, Any]]:
    """Areas named in the store, windows and days over its span, every outcome asked of it."""
    with session_scope(engine) as session:
        days = sorted({d for d in session.scalars(select(Claim.day)) if d is not None})
        places = session.scalars(select(Place)).all()
        outcomes = {"killed"} | {
            c.get("outcome") for c in session.scalars(select(Claim.fields)) if c.get("outcome")
        }
    if not days:
        return []
    areas: list[str | None] = [None]
    for place in places[:4]:
        areas += [place.name.upper(), place.country, place.admin1]
    first, last = days[0], days[-1]
    middle = first + (last - first) / 2
    windows: list[tuple[date | None, date | None]] = [
        (None, None),
        (first, middle),
        (middle, None),
        (middle - timedelta(days=2), middle + timedelta(days=2)),
    ]
    questions = []
    for outcome in sorted(outcomes):
        for area in dict.fromkeys(areas):
            for since, until in windows:
                for as_of in (None, middle, last + timedelta(days=1)):
                    questions.append(
                        {"area": area, "since": since, "until": until, "as_of": as_of, "outcome": outcome}
                    )
    return questions


def assert_casualties_match(engine: Engine) -> int:
    """Every question's maintained answer equals the from-scratch one; how many were asked."""
    questions = casualty_questions(engine)
    with session_scope(engine) as session:
        for question in questions:
            kept = estimate_casualties(session, **question)
            scratch = estimate_casualties(session, **question, from_claims=True)
            assert kept == scratch, question
    return len(questions)


def assert_full_rebuild_agrees(engine: Engine, extractor: Callable[..., Extraction] | None = None) -> None:
    incremental = snapshot(engine)
    assert incremental["events"] or incremental["points"] or incremental["periods"]
    if extractor is None:
        reconcile(engine, full=True)
    else:
        reconcile(engine, full=True, extractor=extractor)
    rebuilt = snapshot(engine)
    for table in ("events", "periods", "points"):
        assert incremental[table] == rebuilt[table], table


@pytest.mark.parametrize("name", STREAMS)
def test_streams_maintained_answers_are_the_from_scratch_ones(name: str, db_url: str) -> None:
    engine = open_store(db_url)
    extractor = gold_extractor(name)
    for draft in drafts(name):
        list(ingest_drafts(engine, [draft], Defaults()))
        reconcile(engine, extractor=extractor)
    assert assert_casualties_match(engine) > 0
    with session_scope(engine) as session:
        shown = answers.casualties(session)
        assert shown.unreconciled_reports == 0
        # The stored day reconcile reads by index is the day the claim speaks of.
        stored = {i: d for i, d in session.execute(select(Claim.id, Claim.day))}
        views = load_views(session, claim_query())
        assert views and all(stored[v.id] == v.day for v in views)
    assert_full_rebuild_agrees(engine, extractor)
    assert_casualties_match(engine)


# ---- seeded random streams -------------------------------------------------------------

# Towns a few km apart (they merge within 25 km), one 40 km off, and a region holding them.
TOWNS = [
    ("Alpha", 36.20, 37.16, "North"),
    ("Beta", 36.25, 37.10, "North"),
    ("Gamma", 36.30, 37.22, "North"),
    ("Delta", 36.55, 37.40, "North"),
    ("Epsilon", 35.10, 36.70, "South"),
]
VOICES = ["Syrian Observatory for Human Rights", "Reuters", "Military Forces of Syria", None, "SANA"]
TYPES = [
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
]
ACTORS = ["Military Forces of Syria", "Hayat Tahrir al-Sham", "Military Forces of Russia"]


def _place(rng: random.Random) -> PlaceRef:
    if rng.random() < 0.1:
        return PlaceRef(name="North", lat=36.3, lon=37.2, admin1="North", country="Testland", precision=3)
    name, lat, lon, admin1 = rng.choice(TOWNS)
    return PlaceRef(name=name, lat=lat, lon=lon, admin1=admin1, country="Testland", precision=1)


def random_stream(seed: int, reports: int = 45) -> tuple[list[ReportDraft], Callable[..., Extraction]]:
    """Reports arriving out of order, each with a few event, casualty and control claims."""
    rng = random.Random(seed)
    first = date(2025, 3, 1)
    plans: dict[str, list[Any]] = {}
    out: list[ReportDraft] = []
    running: dict[str | None, int] = {}
    for n in range(reports):
        text = f"Report {seed}-{n}. " + " ".join(f"Sentence {i}." for i in range(4))
        published = first + timedelta(days=rng.randrange(14))
        claims: list[Any] = []
        for i in range(rng.randrange(1, 4)):
            day = published - timedelta(days=rng.randrange(3))
            when = DateRef(start=day, end=day, precision=1)
            span = (0, 10)
            voice = rng.choice(VOICES)
            sentence = f"Sentence {i}."
            roll = rng.random()
            if roll < 0.45:
                event_type, sub = rng.choice(TYPES)
                claims.append(
                    EventClaim(
                        text=sentence,
                        span=span,
                        claimant=voice,
                        stance=rng.choice(["asserted", "asserted", "hedged", "denied"]),
                        event_type=event_type,
                        sub_event_type=sub,
                        actors=rng.sample(ACTORS, rng.randrange(0, 2)),
                        place=_place(rng) if rng.random() < 0.9 else None,
                        date=when,
                    )
                )
            elif roll < 0.8:
                cumulative = rng.random() < 0.4
                best = rng.randrange(1, 30)
                if cumulative:
                    running[voice] = running.get(voice, 0) + best
                    best = running[voice]
                claims.append(
                    CasualtyClaim(
                        text=sentence,
                        span=span,
                        claimant=voice,
                        stance=rng.choice(["asserted", "asserted", "denied"]),
                        outcome=rng.choice(["killed", "killed", "injured"]),
                        party=rng.choice(["total", "civilians", "rebels", "civilians:other"]),
                        low=best,
                        best=best,
                        high=best + rng.randrange(3),
                        scope="cumulative"
                        if cumulative
                        else rng.choice(["incident", "incident", "historical"]),
                        date=when,
                        place=_place(rng) if rng.random() < 0.8 else None,
                        period_start=first if cumulative and rng.random() < 0.5 else None,
                    )
                )
            else:
                claims.append(
                    ControlClaim(
                        text=sentence,
                        span=span,
                        claimant=voice,
                        place=_place(rng),
                        actor=rng.choice([*ACTORS, None]),
                        change=rng.choice(["gained", "lost", "holds", "contested"]),
                        date=when,
                    )
                )
        plans[text] = claims
        out.append(
            ReportDraft(
                text=text,
                origin=f"random:{seed}:{n}",
                fmt="jsonl",
                title=f"Report {n}",
                outlet=rng.choice(["Reuters", "Agence France-Presse", "The Levant Daily"]),
                published=datetime.combine(published, datetime.min.time(), UTC),
            )
        )

    def extract(text: str, published: date, outlet: str | None) -> Extraction:
        return Extraction.model_construct(
            report=ReportInfo(outlet=outlet, published=published, text=text),
            claims=plans[text],
            places=[],
            actors=[],
        )

    return out, extract


@pytest.mark.parametrize(("seed", "window"), [(1, 1), (2, 2), (3, 0), (4, 3)])
def test_incremental_reconcile_is_the_full_rebuild(
    seed: int, window: int, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WARMONITOR_EVENT_WINDOW_DAYS", str(window))
    assert MatchRules.from_env().window_days == window
    engine = open_store(db_url)
    stream, extractor = random_stream(seed)
    for draft in stream:  # one report at a time, in arrival order, which is not the order of days
        list(ingest_drafts(engine, [draft], Defaults()))
        reconcile(engine, extractor=extractor)
    with session_scope(engine) as session:
        chained = session.scalars(select(Event).where(Event.date_end > Event.date_start)).all()
    if window:
        assert chained, "the stream should hold events spanning days, or the window is untested"
    assert assert_casualties_match(engine) > 100
    assert_full_rebuild_agrees(engine, extractor)


def test_a_store_from_before_migration_0006_counts_again_after_one_reconcile(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Upgrading keeps every answer: claim.day is filled by the migration,
    and the tables it adds are filled by the next reconcile, which the
    answers ask for meanwhile."""
    from alembic import command

    from warmonitor.store.db import alembic_config

    engine = open_store(db_url)
    stream, extractor = random_stream(7, reports=20)
    for draft in stream:
        list(ingest_drafts(engine, [draft], Defaults()))
    reconcile(engine, extractor=extractor)
    before = snapshot(engine)
    with session_scope(engine) as session:
        days = {i: d for i, d in session.execute(select(Claim.id, Claim.day))}
        shown = answers.casualties(session)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    engine.dispose()
    engine = open_store(db_url)  # upgrades again
    with session_scope(engine) as session:
        assert {i: d for i, d in session.execute(select(Claim.id, Claim.day))} == days
        assert answers.unreconciled_reports(session) > 0
    reconcile(engine, extractor=extractor)
    with session_scope(engine) as session:
        assert answers.unreconciled_reports(session) == 0
        assert answers.casualties(session) == shown
    after = snapshot(engine)
    assert after["points"] == before["points"] and after["periods"] == before["periods"]
    assert {e[0] for e in after["events"]} == {e[0] for e in before["events"]}


def test_a_totals_parts_across_a_chunk_boundary_are_summed_as_in_one_chunk(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The incremental refresh reads claims in chunks of ids; a total's parts
    that name one party are summed per report (`points_of`), so a report must
    never be split across two chunks: two rebels' parts of one total (claims
    2 and 3 here, split by chunks of two) are one point of 17, as the full
    rebuild gives."""
    from warmonitor.reconcile import tolls

    text = "Report of a breakdown. Sentence one. Sentence two. Sentence three."
    when = DateRef(start=date(2025, 3, 2), end=date(2025, 3, 2), precision=1)

    def figure(best: int, party: str, part_of: int | None) -> CasualtyClaim:
        return CasualtyClaim(
            text="Sentence one.", span=(0, 3), claimant="Monitor", outcome="killed", party=party,
            low=best, best=best, high=best, scope="incident", date=when, part_of=part_of,
        )  # fmt: skip

    claims = [
        figure(30, "total", None),
        figure(12, "rebels", 0),
        figure(5, "rebels", 0),
        figure(13, "government", 0),
    ]

    def extractor(body: str, published: date, outlet: str | None) -> Extraction:
        return Extraction.model_construct(
            report=ReportInfo(outlet=outlet, published=published, text=body),
            claims=claims,
            places=[],
            actors=[],
        )

    engine = open_store(db_url)
    draft = ReportDraft(
        text=text, origin="chunks:1", fmt="jsonl", title="Breakdown", outlet="Reuters",
        published=datetime(2025, 3, 2, tzinfo=UTC),
    )  # fmt: skip
    list(ingest_drafts(engine, [draft], Defaults()))
    reconcile(engine, extractor=extractor)

    def rebels() -> list[int | None]:
        with session_scope(engine) as session:
            return sorted(session.scalars(select(TollPoint.best).where(TollPoint.party == "rebels")))

    assert rebels() == [17]
    monkeypatch.setattr(tolls, "_CHUNK", 2)
    with session_scope(engine) as session:
        ids = set(session.scalars(select(Claim.id).where(Claim.kind == "casualty")))
        assert len(ids) == 4
        tolls.refresh_points(session, ids)
    assert rebels() == [17], "the second rebels' part, in the next chunk, became a point of its own"
