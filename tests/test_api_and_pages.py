"""The API under /api/v1 and the report pages, on the demo corpus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.conftest import run_cli
from warmonitor.api.app import create_app
from warmonitor.api.tokens import create_token
from warmonitor.config import Settings
from warmonitor.store.db import open_store, session_scope


@pytest.fixture
def client(db_url: str) -> Iterator[TestClient]:
    assert run_cli("ingest", "--demo", db=db_url).returncode == 0
    with TestClient(create_app(Settings(db_url=db_url))) as c:
        yield c


def token(db_url: str, role: str) -> str:
    with session_scope(open_store(db_url)) as session:
        return create_token(session, role)


def test_reports_are_listed_newest_first_with_keyset_pages(client: TestClient) -> None:
    page = client.get("/api/v1/reports", params={"limit": 3}).json()
    assert len(page["items"]) == 3
    ids = [r["id"] for r in page["items"]]
    assert ids == sorted(ids, reverse=True)
    rest = client.get("/api/v1/reports", params={"limit": 500, "before": page["next_before"]}).json()
    assert all(r["id"] < ids[-1] for r in rest["items"])
    assert rest["next_before"] is None


def test_a_report_shows_outlet_kind_time_and_its_copy_link(client: TestClient) -> None:
    items = client.get("/api/v1/reports", params={"limit": 500}).json()["items"]
    copies = [r for r in items if r["copy_of"]]
    assert len(copies) == 1, "the demo corpus has exactly one republished wire story"
    original = client.get(f"/api/v1/reports/{copies[0]['copy_of']}").json()
    assert original["outlet"] == "Agence France-Presse" and original["outlet_kind"] == "wire"
    assert original["published_at"].endswith("Z") or original["published_at"].endswith("+00:00")
    assert client.get("/api/v1/reports/999999").status_code == 404


def test_posting_a_report_needs_a_writer_token(client: TestClient, db_url: str) -> None:
    body = {
        "text": "Drone strikes hit a fuel depot near Sarmada on Sunday, residents said.",
        "source": "Reuters",
        "published": "2024-12-01T12:00:00+00:00",
    }
    assert client.post("/api/v1/reports", json=body).status_code == 401
    viewer = {"Authorization": f"Bearer {token(db_url, 'viewer')}"}
    assert client.post("/api/v1/reports", json=body, headers=viewer).status_code == 403
    bogus = {"Authorization": "Bearer wm_not-a-token"}
    assert client.post("/api/v1/reports", json=body, headers=bogus).status_code == 401
    analyst = {"Authorization": f"Bearer {token(db_url, 'analyst')}"}
    created = client.post("/api/v1/reports", json=body, headers=analyst)
    assert created.status_code == 201 and created.json()["status"] == "stored"
    assert created.json()["reconciled"] is True, "a posted report counts before the answer"
    again = client.post("/api/v1/reports", json=body, headers=analyst)
    assert again.json() == {**created.json(), "status": "duplicate"}
    bad = client.post("/api/v1/reports", json={"text": ""}, headers=analyst)
    assert bad.status_code == 422


def test_openapi_document_is_served(client: TestClient) -> None:
    doc = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/reports" in doc["paths"]


def test_home_page_lists_the_demo_reports(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "Agence France-Presse" in page.text and "Syrian Observatory for Human Rights" in page.text


def test_report_text_is_never_html(client: TestClient, db_url: str) -> None:
    analyst = {"Authorization": f"Bearer {token(db_url, 'analyst')}"}
    hostile = {
        "text": "Clashes reported. <script>alert(1)</script> <img src=x onerror=alert(2)>",
        "title": "<b>bold</b> title",
        "source": "<i>Outlet</i>",
        "url": "javascript:alert(3)",
    }
    report_id = client.post("/api/v1/reports", json=hostile, headers=analyst).json()["report_id"]
    for path in ("/", f"/reports/{report_id}"):
        html = client.get(path).text
        assert "<script>alert(1)" not in html and "<img src=x" not in html
        assert "<b>bold</b>" not in html and "<i>Outlet</i>" not in html
        assert 'href="javascript:' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get(f"/reports/{report_id}").text
