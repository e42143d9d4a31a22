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
