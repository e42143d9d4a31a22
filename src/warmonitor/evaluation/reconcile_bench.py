"""What one new report costs, and how soon it counts, in a large store.

`warmonitor benchmark reconcile`: in a synthetic store of N events (the
`benchmark api` store), store one new report at a time and time
`reconcile` on it. The report's claims are fixed (an event, an incident
count, a running toll and a control claim on a town of the store, on a day
inside its span), so the figure is reconcile's own cost in the store,
without extraction's, which does not depend on the store. Run it at 1k and
1M events: the two should be alike.

`warmonitor benchmark visible`: serve a synthetic store, then POST real
report text to `/api/v1/reports` (extraction included) and poll
`/api/v1/casualties` and `/api/v1/control` until they cite the report's
casualty and control claims (`/api/v1/claims?report_id=` names them); the
time from sending the POST to seeing both.
"""

from __future__ import annotations

import os
import random
import statistics
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import func, select

from warmonitor.errors import UserError
from warmonitor.evaluation.api_bench import cpu_model, free_port, start_server
from warmonitor.evaluation.bench_store import DAYS, FIRST_DAY, load
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
from warmonitor.reconcile.casualties import latest_day
from warmonitor.reconcile.run import reconcile
from warmonitor.store.db import open_store, session_scope
from warmonitor.store.models import Place, Report

POLL_SECONDS = 0.02
VISIBLE_TIMEOUT = 60.0


def _percentiles(seconds: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in seconds)

    def pct(p: float) -> float:
        return round(ms[min(len(ms) - 1, int(p / 100 * len(ms)))], 1)

    return {
        "p50_ms": pct(50),
        "p95_ms": pct(95),
        "max_ms": round(ms[-1], 1),
        "mean_ms": round(statistics.fmean(ms), 1),
    }


def _words(rng: random.Random, n: int) -> str:
    """Filler of random words, so no two benchmark reports look like copies of each other."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return " ".join("".join(rng.choice(letters) for _ in range(rng.randrange(3, 9))) for _ in range(n))


def _fixed_claims(place: Place, day: date, n: int) -> list[Any]:
    where = PlaceRef(
        name=place.name,
        lat=place.lat,
        lon=place.lon,
        admin1=place.admin1,
        country=place.country,
        precision=1,
        gazetteer_name=None,
        feature=None,
    )
    when = DateRef(start=day, end=day, precision=1)
    common: dict[str, Any] = {"text": "synthetic", "span": (0, 9), "place": where, "date": when}
    return [
        EventClaim(
            **common,
            claimant="Monitor 1",
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            actors=["Actor 001"],
        ),
        CasualtyClaim(
            **common,
            claimant="Monitor 1",
            outcome="killed",
            party="civilians",
            low=4,
            best=4,
            high=6,
            scope="incident",
        ),
        CasualtyClaim(
            **common,
            claimant="Monitor 2",
            outcome="killed",
            party="total",
            low=900 + n,
            best=900 + n,
            high=900 + n,
            scope="cumulative",
            as_of=day,
        ),
        ControlClaim(
            **common, claimant="Monitor 1", actor="Actor 002" if n % 2 else "Actor 001", change="gained"
        ),
    ]


def cost(db_url: str, events: int, reports: int, *, reuse: bool = False, seed: int = 11) -> dict[str, Any]:
    """Time `reconcile` on one new report at a time, `reports` times, in a
    synthetic store of `events` events (filled first, or reused)."""
    engine = open_store(db_url)
    started = time.perf_counter()
    loaded = load(engine, events, reuse=reuse)
    load_seconds = time.perf_counter() - started
    with session_scope(engine) as session:
        # A reused store holds earlier runs' reports: this run's follow on from
        # them (other days and towns), so none repeats an incident already told.
        earlier = (
            session.scalar(
                select(func.count()).select_from(Report).where(Report.title.like("Benchmark report %"))
            )
            or 0
        )
        rng = random.Random(f"{seed}-{earlier}")
        places = [session.get(Place, rng.randrange(1, 5001)) for _ in range(reports)]
    plans: dict[str, list[Any]] = {}

    def extractor(text: str, published: date, outlet: str | None) -> Extraction:
        return Extraction.model_construct(
            report=ReportInfo(outlet=outlet, published=published, text=text),
            claims=plans[text],
            places=[],
            actors=[],
        )

    timings, visible = [], []
    for n, place in enumerate(places):
        assert place is not None
        day = FIRST_DAY + timedelta(days=rng.randrange(30, DAYS - 30))
        text = f"Benchmark report {earlier + n}: {_words(rng, 60)}"
        plans[text] = _fixed_claims(place, day, n)
        draft = ReportDraft(
            text=text,
            origin=f"benchmark:{n}",
            fmt="api",
            title=f"Benchmark report {earlier + n}",
            outlet="Benchmark Wire",
            published=datetime.combine(day, datetime.min.time(), UTC),
        )
        (stored,) = ingest_drafts(engine, [draft], Defaults())
        t = time.perf_counter()
        summary = reconcile(engine, extractor=extractor)
        timings.append(time.perf_counter() - t)
        if summary.new_claims != 4:
            raise UserError(f"report {n}: reconcile stored {summary.new_claims} claims, not 4")
        visible.append(_answers_show(engine, stored.report_id, day))
    return {
        "machine": {"nproc": os.cpu_count(), "cpu": cpu_model(), "load_average": os.getloadavg()},
        "database": engine.dialect.name,
        "store": vars(loaded),
        "load_seconds": round(load_seconds, 1),
        "reports": reports,
        "reconcile_one_report": _percentiles(timings),
        "shown_by_answers": sum(visible),
    }


def _answers_show(engine: Any, report_id: int, day: date) -> bool:
    """Whether /casualties and /control (as the API computes them) cite the
    report's casualty and control claims at once."""
    from sqlalchemy import select

    from warmonitor.reconcile import answers
    from warmonitor.store.models import Claim

    with session_scope(engine) as session:
        claims = session.execute(select(Claim.id, Claim.kind).where(Claim.report_id == report_id)).all()
        tolls = answers.casualties(session, since=day, until=day, as_of=day)
        held = answers.control_on(session, day)
    cited = {c for e in [tolls.total, *tolls.parties] for v in e.voices for c in v.claims}
    cited |= {c for s in held.places for c in s.evidence + s.disputed_by}
    return bool(claims) and all(c in cited for c, kind in claims if kind in ("casualty", "control"))


# --- report in -> visible, over HTTP ----------------------------------------------------------

_TOWNS = ("Kupiansk", "Lyman", "Vovchansk", "Izium", "Balakliia")


def _report_text(n: int, rng: random.Random) -> tuple[str, int, str]:
    """Our own sentences in the shape wire copy uses: a control change and a strike's toll."""
    town = _TOWNS[n % len(_TOWNS)]
    # Alternate holders, so each report opens a new control period on its day.
    force = "Russian forces captured" if (n // len(_TOWNS)) % 2 == 0 else "Ukrainian forces recaptured"
    toll = 11 + n
    text = (
        f"{force} the town of {town} after days of fighting, the General Staff said. "
        f"A missile strike on a residential street in Kharkiv killed {toll} civilians, "
        f"regional officials said. {_words(rng, 25).capitalize()}."
    )
    return text, toll, town


def visible(db_url: str, events: int, reports: int, *, reuse: bool = False, seed: int = 5) -> dict[str, Any]:
    """POST `reports` reports, one at a time, to a served synthetic store;
    for each, the time from sending it until /casualties shows its toll and
    /control its town's new holder."""
    from warmonitor.api.tokens import create_token

    engine = open_store(db_url)
    started = time.perf_counter()
    loaded = load(engine, events, reuse=reuse)
    load_seconds = time.perf_counter() - started
    with session_scope(engine) as session:
        token = create_token(session, "analyst", "benchmark visible")
        # Each report on a day of its own after every stored report (a reused
        # store holds earlier runs'): what shows on that day is this report.
        first = max(date(2026, 1, 1), latest_day(session) + timedelta(days=1))
    engine.dispose()
    port = free_port()
    server = start_server(db_url, port)
    rng = random.Random(seed)
    run_id = uuid.uuid4().hex[:12]
    both, posts, casualties_seen, control_seen = [], [], [], []
    try:
        with httpx.Client(
            base_url=f"http://127.0.0.1:{port}", timeout=120, headers={"Authorization": f"Bearer {token}"}
        ) as client:
            for n in range(-1, reports):  # report -1 warms the server (loads the model), not counted
                day = first + timedelta(days=n + 1)
                text, _toll, _town = _report_text(n + 1, rng)
                text += f" Ref {run_id}-{n}."
                t = time.perf_counter()
                answer = client.post(
                    "/api/v1/reports",
                    json={
                        "text": text,
                        "source": "Benchmark Wire",
                        "published": f"{day.isoformat()}T12:00:00+00:00",
                        "title": f"Benchmark {n}",
                    },
                )
                if answer.status_code != 201:
                    raise UserError(
                        f"POST /api/v1/reports answered {answer.status_code}: {answer.text[:200]}"
                    )
                posted = time.perf_counter() - t
                report_id = answer.json()["report_id"]
                seen_toll = seen_control = None
                mine: dict[str, set[int]] = {}
                while seen_toll is None or seen_control is None:
                    if time.perf_counter() - t > VISIBLE_TIMEOUT:
                        raise UserError(f"report {n} not visible after {VISIBLE_TIMEOUT:.0f} s")
                    if not mine:  # its claims, once stored (the POST reconciles before it answers)
                        for claim in client.get("/api/v1/claims", params={"report_id": report_id}).json()[
                            "items"
                        ]:
                            mine.setdefault(claim["kind"], set()).add(claim["id"])
                        if not mine.get("casualty") or not mine.get("control"):
                            raise UserError(f"report {n}: extraction found no casualty or no control claim")
                    if seen_toll is None:
                        got = client.get(
                            "/api/v1/casualties", params={"since": str(day), "until": str(day)}
                        ).json()
                        cited = {
                            c
                            for e in [got["total"], *got["parties"]]
                            for v in e["voices"]
                            for c in v["claims"]
                        }
                        if mine["casualty"] & cited:
                            seen_toll = time.perf_counter() - t
                    if seen_control is None:
                        got = client.get("/api/v1/control", params={"date": str(day)}).json()
                        cited = {c for s in got["places"] for c in s["evidence"] + s["disputed_by"]}
                        if mine["control"] & cited:
                            seen_control = time.perf_counter() - t
                    if seen_toll is None or seen_control is None:
                        time.sleep(POLL_SECONDS)
                if n >= 0:
                    posts.append(posted)
                    casualties_seen.append(seen_toll)
                    control_seen.append(seen_control)
                    both.append(max(seen_toll, seen_control))
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {
        "machine": {"nproc": os.cpu_count(), "cpu": cpu_model(), "load_average": os.getloadavg()},
        "database": engine.dialect.name,
        "store": vars(loaded),
        "load_seconds": round(load_seconds, 1),
        "reports": reports,
        "post_answered": _percentiles(posts),
        "casualties_shows_it": _percentiles(casualties_seen),
        "control_shows_it": _percentiles(control_seen),
        "visible_in_both": _percentiles(both),
    }
