"""Reconciliation of the demo corpus: the picture an analyst reads off ten
disagreeing reports on the Aleppo offensive.

Through the Python API and the HTTP API: tolls that supersede instead of
adding up, Aleppo contested on the day the army says it repelled the
assault and held by HTS once the army admits its withdrawal, events graded
with the republished wire copy counted once, every number traceable to its
claim (report, span, claimant), and incremental runs equal to a full rerun.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.engine import Engine

from tests.conftest import IN_CI, SHARED, _forget_engines, _pg_url, _reset_postgres
from warmonitor.api.app import create_app
from warmonitor.cli import demo_corpus
from warmonitor.config import Settings
from warmonitor.extract.claims import Extraction
from warmonitor.ingest.draft import ReportDraft
from warmonitor.ingest.pipeline import Defaults, ingest_drafts
from warmonitor.reconcile import answers
from warmonitor.reconcile.intake import default_extractor
from warmonitor.reconcile.run import reconcile
from warmonitor.store.db import open_store, session_scope
from warmonitor.store.models import Claim, ControlPeriod, Event, EventClaim, Place, Report

SOHR = "Syrian Observatory for Human Rights"
ARMY = "Military Forces of Syria"
HTS = "Hayat Tahrir al-Sham"


@cache
def _extract(text: str, published: date, outlet: str | None) -> Extraction:
    return default_extractor(text, published, outlet)


def cached_extractor(text: str, published: date, outlet: str | None) -> Extraction:
    """The real extractor, remembered: the same texts are read on both backends."""
    return _extract(text, published, outlet)


def demo_drafts() -> list[ReportDraft]:
    drafts = []
    for line in demo_corpus().read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        drafts.append(
            ReportDraft(
                text=row["text"],
                origin="demo",
                fmt="jsonl",
                title=row["title"],
                url=row["url"],
                outlet=row["source"],
                published=datetime.fromisoformat(row["published"]),
            )
        )
    return drafts


def _fresh_url(kind: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('reconcile') / 'warmonitor.db'}"
    url = _pg_url()
    problem = _reset_postgres(url)
    if problem:
        if IN_CI:
            pytest.fail(f"PostgreSQL not reachable at {url}: {problem} (CI=true: PostgreSQL tests must run)")
        pytest.skip(f"PostgreSQL not reachable at {url}: {problem}")
    return url


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The demo corpus ingested one report at a time, reconciled after each."""
    _forget_engines()
    engine = open_store(_fresh_url(request.param, tmp_path_factory))
    for draft in demo_drafts():
        list(ingest_drafts(engine, [draft], Defaults()))
        reconcile(engine, extractor=cached_extractor)
    yield engine
    _forget_engines()


def test_a_monitors_later_toll_supersedes_its_earlier_ones(store: Engine) -> None:
    expected = {"2024-11-28": 182, "2024-11-29": 255, "2024-11-30": 311, "2024-12-01": 412}
    with session_scope(store) as session:
        for day, toll in expected.items():
            result = answers.casualties(session, as_of=date.fromisoformat(day))
            assert (result.total.low, result.total.best, result.total.high) == (toll, toll, toll), day
        latest = answers.casualties(session)
    parties = {p.party: p.best for p in latest.parties}
    assert parties == {"civilians": 61, "government": 137, "rebels": 214}
    assert latest.as_of == date(2024, 12, 1)


def test_a_window_counts_the_deaths_inside_it_not_the_whole_offensive(store: Engine) -> None:
    with session_scope(store) as session:
        day = answers.casualties(session, since=date(2024, 11, 30), until=date(2024, 11, 30))
    assert day.total.best == 311 - 255


def test_the_armys_own_figures_are_kept_but_flagged(store: Engine) -> None:
    with session_scope(store) as session:
        result = answers.casualties(session)
        government = next(p for p in result.parties if p.party == "government")
        partisan = [session.get(Claim, c) for c in government.partisan_claims]
    # "dozens of soldiers had been killed", said the army: flagged, not the best figure.
    assert partisan and all(c is not None and c.claimant == ARMY for c in partisan)
    assert government.best == 137 and not government.partisan_only


def test_every_toll_links_back_to_its_sentence_report_and_claimant(store: Engine) -> None:
    with session_scope(store) as session:
        result = answers.casualties(session)
        for estimate in [result.total, *result.parties]:
            assert estimate.claims
            for claim_id in estimate.claims:
                claim = session.get(Claim, claim_id)
                assert claim is not None and claim.claimant == SOHR
                report = session.get(Report, claim.report_id)
                assert report is not None
                figure = report.text[claim.span_start : claim.span_end]
                assert str(estimate.best) in figure or estimate.best == 0


def _aleppo(session: Any) -> Place:
    # The city, not the governorate of the same name ("the Aleppo countryside").
    query = select(Place).where(Place.name == "Aleppo", Place.country == "Syria", Place.feature == "town")
    place: Place = session.scalars(query).one()
    return place


def test_aleppo_is_contested_while_the_army_says_it_repelled_the_assault(store: Engine) -> None:
    with session_scope(store) as session:
        aleppo = _aleppo(session)
        state = next(
            p for p in answers.control_on(session, date(2024, 11, 29)).places if p.place.id == aleppo.id
        )
        claims = {c: session.get(Claim, c) for c in state.evidence + state.disputed_by}
    assert state.status == "contested"
    claimants = {c.claimant for c in claims.values() if c is not None}
    assert {ARMY, SOHR} <= claimants  # both sides listed, neither settled by fiat
    changes = {(c.claimant, c.fields["change"]) for c in claims.values() if c is not None}
    assert (ARMY, "contested") in changes and (SOHR, "gained") in changes


def test_aleppo_is_held_by_hts_once_the_army_admits_withdrawing(store: Engine) -> None:
    with session_scope(store) as session:
        aleppo = _aleppo(session)
        for day in (date(2024, 11, 30), date(2024, 12, 1)):
            state = next(p for p in answers.control_on(session, day).places if p.place.id == aleppo.id)
            assert (state.status, state.actor) == ("held", HTS), day
        evidence = [session.get(Claim, c) for c in state.evidence]
        timeline = answers.control_timeline(session, aleppo.id)
    said = {(c.claimant, c.fields["change"]) for c in evidence if c is not None}
    assert (ARMY, "lost") in said  # the admitted withdrawal
    assert ("Agence France-Presse", "holds") in said  # its correspondents saw the rebels
    assert [(p.status, p.since, p.until) for p in timeline.periods] == [
        ("contested", date(2024, 11, 29), date(2024, 11, 29)),
        ("held", date(2024, 11, 30), None),
    ]


def test_a_republished_wire_copy_is_the_same_voice(store: Engine) -> None:
    with session_scope(store) as session:
        copy = session.scalars(select(Report).where(Report.copy_of_id.is_not(None))).one()
        voices = set(session.scalars(select(Claim.claimant).where(Claim.report_id == copy.id)))
        assert "The Levant Daily" not in voices  # its own voice is AFP's
        assert "Agence France-Presse" in voices
        aleppo = _aleppo(session)
        state = next(
            p for p in answers.control_on(session, date(2024, 11, 30)).places if p.place.id == aleppo.id
        )
        evidence = [session.get(Claim, c) for c in state.evidence]
    assert {c.report_id for c in evidence if c is not None} >= {copy.id}
    assert {c.claimant for c in evidence if c is not None} == {SOHR, "Agence France-Presse", ARMY}
    assert state.confidence == pytest.approx(0.875)  # three voices, not four


def test_events_are_graded_and_count_independent_voices(store: Engine) -> None:
    with session_scope(store) as session:
        saraqib = session.scalars(
            select(Event).where(Event.location == "Saraqib", Event.sub_event_type.like("Non-state actor%"))
        ).one()
        claims = session.scalars(
            select(Claim)
            .join(EventClaim, EventClaim.claim_id == Claim.id)
            .where(EventClaim.event_id == saraqib.id)
        ).all()
        grades = set(session.scalars(select(Event.grade)))
        every = session.scalars(select(Event)).all()
        for event in every:
            voices = set(
                session.scalars(
                    select(Claim.claimant)
                    .join(EventClaim, EventClaim.claim_id == Claim.id)
                    .where(EventClaim.event_id == event.id, Claim.kind == "event")
                )
            )
            assert event.independent_sources == len(voices), event.summary
    # Saraqib's capture is told three times (SOHR, AFP citing it, the copy): one voice.
    assert len({c.report_id for c in claims}) == 3
    assert {c.claimant for c in claims} == {SOHR}
    assert (saraqib.independent_sources, saraqib.grade) == (1, "weak")
    assert (saraqib.lat, saraqib.lon) == pytest.approx((35.86, 36.80), abs=0.05)
    assert {"weak", "confirmed"} <= grades
    assert max(e.independent_sources for e in every) >= 2


def test_the_http_api_answers_the_same(store: Engine) -> None:
    client = TestClient(create_app(Settings(db_url=str(store.url.render_as_string(hide_password=False)))))
    tolls = client.get("/api/v1/casualties", params={"as_of": "2024-11-30"}).json()
    assert tolls["as_of"] == "2024-11-30"
    assert (tolls["total"]["best"], tolls["total"]["claims"] != []) == (311, True)
    assert {p["party"]: p["best"] for p in tolls["parties"]} == {
        "civilians": 28,
        "government": 100,
        "rebels": 183,
    }
    control = client.get("/api/v1/control", params={"date": "2024-11-29"}).json()
    aleppo = next(p for p in control["places"] if p["place"]["name"] == "Aleppo")
    assert aleppo["status"] == "contested" and aleppo["disputed_by"]
    timeline = client.get(f"/api/v1/control/{aleppo['place']['id']}/timeline").json()
    assert [p["status"] for p in timeline["periods"]] == ["contested", "held"]
    claim_id = tolls["total"]["claims"][0]
    assert client.get("/api/v1/reports/1").status_code == 200
    assert claim_id > 0
    for bad in ({"as_of": "yesterday"}, {"since": "2024-12-02", "until": "2024-11-01"}, {"outcome": "x"}):
        response = client.get("/api/v1/casualties", params=bad)
        assert response.status_code == 422, bad
    assert client.get("/api/v1/control", params={"date": "2024-13-01"}).status_code == 422
    assert client.get("/api/v1/control/999999/timeline").status_code == 404


def _signature(engine: Engine) -> tuple[Any, ...]:
    """Events and control periods by content, independent of row ids."""
    with session_scope(engine) as session:

        def key(claim_id: int) -> tuple[str, int, int]:
            claim = session.get(Claim, claim_id)
            assert claim is not None
            return (claim.report.content_hash, claim.span_start, claim.span_end)

        events = set()
        for event in session.scalars(select(Event)):
            members = session.scalars(select(EventClaim.claim_id).where(EventClaim.event_id == event.id))
            events.add(
                (
                    frozenset(key(c) for c in members),
                    event.grade,
                    event.independent_sources,
                    event.fatalities_best,
                    event.date_start,
                )
            )
        periods = set()
        for period in session.scalars(select(ControlPeriod)):
            place = session.get(Place, period.place_id)
            assert place is not None
            periods.add((place.name, period.start, period.end, period.status, period.actor_id is not None))
        tolls = answers.casualties(session).model_dump(exclude={"total": {"claims"}})
        for party in tolls["parties"]:
            party.pop("claims")
            party.pop("partisan_claims")
    return frozenset(events), frozenset(periods), json.dumps(tolls, default=str, sort_keys=True)


def test_a_full_rerun_gives_what_the_incremental_runs_gave(
    store: Engine, tmp_path_factory: pytest.TempPathFactory
) -> None:
    incremental = _signature(store)
    summary = reconcile(store, full=True, extractor=cached_extractor)
    assert summary.new_claims == 0  # nothing is read twice
    assert _signature(store) == incremental
    # And all ten reports at once, in another store, give the same again.
    other = open_store(f"sqlite:///{tmp_path_factory.mktemp('batch') / 'warmonitor.db'}")
    list(ingest_drafts(other, demo_drafts(), Defaults()))
    reconcile(other, extractor=cached_extractor)
    assert _signature(other) == incremental


def acled_columns() -> list[str]:
    """ACLED's own header, read from the gold sample beside the project."""
    with (SHARED / "data" / "acled-dev" / "acled_2022h1_sample.csv").open(encoding="utf-8") as fh:
        return fh.readline().strip().split(",")


def test_the_exports_carry_the_same_events_with_their_claimants(store: Engine) -> None:
    import io

    import pandas as pd

    from warmonitor.export import export
    from warmonitor.export.rows import EventFilter

    with session_scope(store) as session:
        events = {e.id: e for e in session.scalars(select(Event))}
        acled = pd.read_csv(io.BytesIO(export(session, "acled-csv", EventFilter())), keep_default_na=False)
        ucdp = pd.read_csv(io.BytesIO(export(session, "ucdp-csv", EventFilter())))
        geo = json.loads(export(session, "geojson", EventFilter(), control_day=date(2024, 11, 29)))
        table = pd.read_parquet(io.BytesIO(export(session, "parquet", EventFilter())))
    assert list(acled.columns) == acled_columns() and len(acled) == len(events)
    assert len(ucdp) == len(table) == len(events)
    saraqib = acled[acled.location == "Saraqib"].iloc[0]
    assert saraqib.sub_event_type == "Non-state actor overtakes territory"
    assert saraqib.source == SOHR  # the claimant, once, though three reports carry it
    assert not acled.source.str.contains("The Levant Daily").any()
    contested = [
        f["properties"]
        for f in geo["features"]
        if f["properties"].get("kind") == "control" and f["properties"].get("place") == "Aleppo"
    ]
    assert contested and contested[0]["status"] == "contested"
