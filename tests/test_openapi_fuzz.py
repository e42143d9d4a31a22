"""Every operation in /api/v1/openapi.json, fed generated requests (valid and
invalid) by schemathesis, answers without a server error: bad input gets a
4xx with a reason, never a 500.

Runs in-process against create_app() over a SQLite copy of the reconciled demo
corpus; the examples per operation are few so the whole run stays short.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from tests.conftest import run_cli
from warmonitor.api.app import create_app
from warmonitor.config import Settings

EXAMPLES_PER_OPERATION = 20

# The schema is read when pytest collects this module, so the app exists
# before any fixture runs (schemathesis' fixture loader does not work with
# this pytest); the demo data goes into its database before the test runs.
_DB_DIR = Path(tempfile.mkdtemp(prefix="warmonitor-fuzz-"))
_DB_URL = f"sqlite:///{_DB_DIR / 'warmonitor.db'}"
schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", create_app(Settings(db_url=_DB_URL)))


@pytest.fixture(scope="module", autouse=True)
def demo_data() -> Iterator[None]:
    result = run_cli("ingest", "--demo", "--reconcile", db=_DB_URL, timeout=300)
    assert result.returncode == 0, result.stderr
    yield
    shutil.rmtree(_DB_DIR, ignore_errors=True)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
def test_no_request_makes_the_api_fail(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate(checks=[not_a_server_error])


def _filler(param: dict[str, Any]) -> str:
    """A plain value of the parameter's type, for parameters the probe does not target."""
    spec = param.get("schema", {})
    options = spec.get("anyOf", [spec])
    kinds = {o.get("type") for o in options}
    if any(o.get("format") == "date" for o in options):
        return "2024-11-30"
    if "integer" in kinds:
        return "1"
    if spec.get("enum"):
        return str(spec["enum"][0])
    return "geojson" if param["name"] == "format" else "Aleppo"


def test_ids_beyond_64_bits_are_refused_not_a_server_error() -> None:
    """Every integer a GET takes (ids, cursors), at 2**63: one past what SQLite and
    PostgreSQL store. Random generation reaches this edge only sometimes."""
    from fastapi.testclient import TestClient

    app = create_app(Settings(db_url=_DB_URL))
    client = TestClient(app, raise_server_exceptions=False)
    failures = []
    for path, operations in app.openapi()["paths"].items():
        params = operations.get("get", {}).get("parameters", [])
        for target in params:
            kinds = {o.get("type") for o in target.get("schema", {}).get("anyOf", [target.get("schema", {})])}
            if "integer" not in kinds:
                continue
            url, query = path, {}
            for p in params:
                value = str(2**63) if p is target else _filler(p)
                if p["in"] == "path":
                    url = url.replace("{" + p["name"] + "}", value)
                elif p is target or p.get("required"):
                    query[p["name"]] = value
            status = client.get(url, params=query).status_code
            if status >= 500:
                failures.append(f"GET {url} {query}: {status}")
    assert not failures, failures
