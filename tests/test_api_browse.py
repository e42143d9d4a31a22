"""Browsing the store over HTTP: events, claims, places, actors.

Filters narrow the events; keyset pages walk every event exactly once; GeoJSON
and CSV carry the same events; a filter that cannot be read gets a 422 naming
it; with WARMONITOR_READ_REQUIRES_TOKEN every GET needs a token.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from warmonitor.api import tokens
from warmonitor.api.app import create_app
from warmonitor.config import Settings
from warmonitor.schemas import EventPage
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
)

TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")
START = date(2024, 1, 1)
EVENTS = 40  # 37 dated (some sharing a day), 3 undated


def _fill(db_url: str) -> None:
    engine = open_store(db_url)
    with session_scope(engine) as s:
        outlet = Source(name="Wire Outlet")
        s.add(outlet)
        s.flush()
        report = Report(
            source_id=outlet.id,
            title="Fighting around two towns",
            url="https://example.org/r1",
            published_at=datetime(2024, 3, 1, tzinfo=UTC),
            content_hash="h1",
            text="x" * 400,
            input_format="text",
            minhash=b"",
        )
        army = Actor(name="Government Army", inter_code=1)
        rebels = Actor(name="Rebel Front", inter_code=2, aliases=["the Front"])
        militia = Actor(name="Local Militia", inter_code=3)
        towns = [
            Place(name="Alpha", lat=36.2, lon=37.1, admin1="North", country="Syria"),
            Place(name="Alphaville", lat=35.9, lon=36.6, admin1="West", country="Syria"),
            Place(name="Beta_Town", lat=33.3, lon=44.4, admin1="Centre", country="Iraq"),
            Place(name="Gamma", lat=-1.0, lon=179.5, admin1="Isles", country="Fiji"),
        ]
        s.add_all([report, army, rebels, militia, *towns])
        s.flush()
        claims = [
            Claim(
                report_id=report.id,
                kind="event" if i % 2 else "casualty",
                text=f"claim {i}",
                span_start=i * 10,
                span_end=i * 10 + 9,
                claimant="Monitor A" if i % 3 else "Army Spokesman",
                stance="asserted",
                fields={"n": i},
                extractor_version="t",
            )
            for i in range(EVENTS)
        ]
        s.add_all(claims)
        s.flush()
        for i in range(EVENTS):
            town = towns[i % 4]
            day = START + timedelta(days=i // 2) if i < EVENTS - 3 else None
            event = Event(
                event_type=TYPES[i % 3],
                sub_event_type="Armed clash" if i % 3 == 0 else None,
                date_start=day,
                date_end=day,
                date_precision=1,
                place_id=town.id,
                geo_precision=1,
                location=town.name,
                lat=town.lat,
                lon=town.lon,
                country=town.country,
                admin1=town.admin1,
                actor1_id=(army if i % 2 else rebels).id,
                actor2_id=militia.id if i % 5 == 0 else None,
                fatalities_low=i,
                fatalities_best=i + 1,
                fatalities_high=i + 2,
                grade=("confirmed", "fair", "weak", "contested")[i % 4],
                independent_sources=1 + i % 3,
            )
            s.add(event)
            s.flush()
            s.add(EventClaim(event_id=event.id, claim_id=claims[i].id))
        period = ControlPeriod(
            place_id=towns[0].id, actor_id=army.id, status="held", start=START, confidence=0.8
        )
        s.add(period)
        s.flush()
        s.add(ControlEvidence(period_id=period.id, claim_id=claims[1].id, role="evidence"))


@pytest.fixture
def client(db_url: str) -> Iterator[TestClient]:
    _fill(db_url)
    with TestClient(create_app(Settings(db_url=db_url))) as c:
        yield c


def _walk(client: TestClient, url: str) -> list[dict[str, Any]]:
    """Every item of every page, following `next_url` to the end."""
    items: list[dict[str, Any]] = []
    next_url: str | None = url
    pages = 0
    while next_url:
        answer = client.get(next_url)
        assert answer.status_code == 200, answer.text
        body = answer.json()
        items += body["items"]
        next_url = body["next_url"]
        pages += 1
        assert pages <= 100
    return items


def test_an_event_carries_its_claims_place_actors_fatalities_and_grade(client: TestClient) -> None:
    body = client.get("/api/v1/events", params={"limit": 500}).json()
    assert len(body["items"]) == EVENTS and body["next"] is None
    EventPage.model_validate(body)  # the documented shape
    first = body["items"][0]  # newest first
    assert first["date"] == {"start": "2024-01-19", "end": "2024-01-19", "precision": 1}
    assert set(first["place"]) == {"id", "name", "lat", "lon", "admin1", "country", "precision"}
    assert set(first["fatalities"]) == {"low", "best", "high"}
    assert first["claims"] and first["grade"] in ("confirmed", "fair", "weak", "contested")
    with_two = next(e for e in body["items"] if len(e["actors"]) == 2)
    assert [a["role"] for a in with_two["actors"]] == ["actor1", "actor2"]
    assert {"name", "inter_code"} <= set(with_two["actors"][0])
    one = client.get(f"/api/v1/events/{first['id']}").json()
    assert one == first
    assert client.get("/api/v1/events/999999").status_code == 404


def test_filters_narrow_the_events(client: TestClient) -> None:
    def ids(**params: Any) -> list[dict[str, Any]]:
        answer = client.get("/api/v1/events", params={"limit": 500, **params})
        assert answer.status_code == 200, answer.text
        return list(answer.json()["items"])

    assert all(e["place"]["country"] == "Iraq" for e in ids(country="Iraq"))
    assert len(ids(country="Iraq")) == 10
    dated = ids(since="2024-01-05", until="2024-01-06")
    assert len(dated) == 4 and all("2024-01-05" <= e["date"]["start"] <= "2024-01-06" for e in dated)
    assert all(e["event_type"] == "Battles" for e in ids(event_type="Battles"))
    assert all(e["sub_event_type"] == "Armed clash" for e in ids(sub_event_type="Armed clash"))
    assert all(e["grade"] == "fair" for e in ids(grade="fair")) and ids(grade="fair")
    militia = ids(actor="Local Militia")
    assert len(militia) == 8 and all(any(a["name"] == "Local Militia" for a in e["actors"]) for e in militia)
    assert ids(actor="nobody at all") == []
    in_box = ids(bbox="36,35,38,37")
    assert in_box and {e["place"]["name"] for e in in_box} == {"Alpha", "Alphaville"}
    across_antimeridian = ids(bbox="179,-2,-179,0")
    assert {e["place"]["name"] for e in across_antimeridian} == {"Gamma"}
    combined = ids(country="Syria", event_type="Battles", since="2024-01-01", until="2024-01-31")
    assert combined and all(
        e["place"]["country"] == "Syria" and e["event_type"] == "Battles" for e in combined
    )


@pytest.mark.parametrize("limit", [1, 3, 7])
def test_pages_walk_every_event_once(client: TestClient, limit: int) -> None:
    walked = _walk(client, f"/api/v1/events?limit={limit}")
    ids = [e["id"] for e in walked]
    assert len(ids) == EVENTS and len(set(ids)) == EVENTS
    keys = [(e["date"]["start"] or "", e["id"]) for e in walked[: EVENTS - 3]]
    assert keys == sorted(keys, reverse=True)  # newest first, then the undated
    assert all(e["date"]["start"] is None for e in walked[EVENTS - 3 :])


def test_pages_keep_their_filters(client: TestClient) -> None:
    walked = _walk(client, "/api/v1/events?limit=2&country=Syria&since=2024-01-03")
    everything = client.get("/api/v1/events?limit=500&country=Syria&since=2024-01-03").json()["items"]
    assert [e["id"] for e in walked] == [e["id"] for e in everything]


def test_geojson_is_a_feature_collection_of_points(client: TestClient) -> None:
    answer = client.get("/api/v1/events", params={"format": "geojson", "limit": 5})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/geo+json")
    body = answer.json()
    assert body["type"] == "FeatureCollection" and len(body["features"]) == 5
    for feature in body["features"]:
        assert feature["type"] == "Feature"
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
        assert feature["properties"]["date_start"] and feature["properties"]["claims"]
    assert body["next"] and 'rel="next"' in answer.headers["link"]


def test_csv_has_a_header_and_one_row_per_event(client: TestClient) -> None:
    answer = client.get("/api/v1/events", params={"format": "csv", "limit": 6})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(answer.text)))
    assert rows[0][:4] == ["event_id", "date_start", "date_end", "date_precision"]
    assert {"latitude", "longitude", "fatalities_best", "grade", "claims"} <= set(rows[0])
    assert len(rows) == 7 and answer.headers["x-next-cursor"]


@pytest.mark.parametrize(
    ("params", "names"),
    [
        ({"since": "2024-13-01"}, "since"),
        ({"until": "yesterday"}, "until"),
        ({"since": "2024-02-01", "until": "2024-01-01"}, "after until"),
        ({"bbox": "1,2,3"}, "4 numbers"),
        ({"bbox": "1,2,3,x"}, "4 numbers"),
        ({"bbox": "0,-95,10,10"}, "latitude"),
        ({"bbox": "0,0,200,10"}, "longitude"),
        ({"grade": "excellent"}, "grade"),
        ({"format": "xml"}, "format"),
        ({"limit": "501"}, "500"),
        ({"limit": "0"}, "limit"),
        ({"cursor": "not-a-cursor!"}, "cursor"),
    ],
)
def test_unreadable_filters_get_a_422_naming_them(
    client: TestClient, params: dict[str, str], names: str
) -> None:
    answer = client.get("/api/v1/events", params=params)
    assert answer.status_code == 422
    assert names in answer.text, answer.text


def test_claims_filter_and_page(client: TestClient) -> None:
    walked = _walk(client, "/api/v1/claims?limit=3")
    assert len(walked) == EVENTS and len({c["id"] for c in walked}) == EVENTS
    casualty = client.get("/api/v1/claims", params={"kind": "casualty", "limit": 500}).json()["items"]
    assert len(casualty) == EVENTS // 2 and all(c["kind"] == "casualty" for c in casualty)
    army = client.get("/api/v1/claims", params={"claimant": "army spokesman", "limit": 500}).json()["items"]
    assert army and all(c["claimant"] == "Army Spokesman" for c in army)
    event = client.get("/api/v1/events", params={"limit": 1}).json()["items"][0]
    behind = client.get("/api/v1/claims", params={"event_id": event["id"]}).json()["items"]
    assert [c["id"] for c in behind] == event["claims"]


def test_a_claim_shows_its_report_and_what_it_fed(client: TestClient) -> None:
    first_event_claim = client.get("/api/v1/claims", params={"kind": "event", "limit": 1}).json()["items"][0]
    claim = client.get(f"/api/v1/claims/{first_event_claim['id']}").json()
    assert claim["span"] == [10, 19] and claim["claimant"] and claim["stance"] == "asserted"
    assert claim["fields"] == {"n": 1}
    assert claim["report"]["outlet"] == "Wire Outlet" and claim["report"]["title"]
    assert claim["report"]["published_at"].startswith("2024-03-01")
    assert len(claim["events"]) == 1 and len(claim["control_periods"]) == 1
    assert client.get("/api/v1/claims/424242").status_code == 404


def test_places_by_name_prefix_and_country(client: TestClient) -> None:
    names = [p["name"] for p in client.get("/api/v1/places", params={"name": "alpha"}).json()["items"]]
    assert names == ["Alpha", "Alphaville"]
    # "_" is a letter here, not a LIKE wildcard.
    assert [p["name"] for p in client.get("/api/v1/places?name=Beta_").json()["items"]] == ["Beta_Town"]
    assert client.get("/api/v1/places?name=Beta%25").json()["items"] == []
    iraq = client.get("/api/v1/places", params={"country": "iraq"}).json()["items"]
    assert [p["name"] for p in iraq] == ["Beta_Town"]
    assert [p["name"] for p in _walk(client, "/api/v1/places?limit=1")] == [
        "Alpha",
        "Alphaville",
        "Beta_Town",
        "Gamma",
    ]


def test_actors_with_their_codes(client: TestClient) -> None:
    actors = _walk(client, "/api/v1/actors?limit=2")
    assert [a["name"] for a in actors] == ["Government Army", "Local Militia", "Rebel Front"]
    assert actors[2]["inter_code"] == 2 and actors[2]["aliases"] == ["the Front"]
    assert [a["name"] for a in client.get("/api/v1/actors?name=reb").json()["items"]] == ["Rebel Front"]


def test_token_only_reads(db_url: str) -> None:
    _fill(db_url)
    engine = open_store(db_url)
    with session_scope(engine) as s:
        viewer = tokens.create_token(s, "viewer")
    settings = Settings(db_url=db_url, read_requires_token=True)
    with TestClient(create_app(settings)) as client:
        for path in (
            "/api/v1/events",
            "/api/v1/claims",
            "/api/v1/places",
            "/api/v1/actors",
            "/api/v1/sources",
        ):
            assert client.get(path).status_code == 401, path
            wrong = client.get(path, headers={"Authorization": "Bearer wm_not-a-token"})
            assert wrong.status_code == 401, path
            ok = client.get(path, headers={"Authorization": f"Bearer {viewer}"})
            assert ok.status_code == 200, path
        # A viewer reads but does not write.
        post = client.post(
            "/api/v1/reports", json={"text": "x"}, headers={"Authorization": f"Bearer {viewer}"}
        )
        assert post.status_code == 403
        assert client.get("/api/v1/openapi.json").status_code == 200


def test_reads_are_public_by_default(client: TestClient) -> None:
    assert client.get("/api/v1/events").status_code == 200
    assert client.get("/api/v1/claims").status_code == 200
