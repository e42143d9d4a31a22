"""What `make run` does: upgrade, load the demo, serve it on HTTP."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
import pytest

from tests.conftest import run_cli
from warmonitor.evaluation.api_bench import free_port


@pytest.mark.slow
def test_serve_lists_the_demo_reports(sqlite_url: str) -> None:
    assert run_cli("db", "upgrade", db=sqlite_url).returncode == 0
    assert run_cli("ingest", "--demo", db=sqlite_url).returncode == 0
    again = run_cli("ingest", "--demo", db=sqlite_url)  # a second `make run` adds nothing
    assert "stored 0 reports" in again.stdout
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "warmonitor", "serve", "--port", str(port)],
        env={**os.environ, "WARMONITOR_DB_URL": sqlite_url},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        page = None
        while time.monotonic() < deadline:
            try:
                page = httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        assert page is not None and page.status_code == 200
        assert 'id="reports"' in page.text and "Agence France-Presse" in page.text
        api = httpx.get(f"http://127.0.0.1:{port}/api/v1/reports", timeout=5).json()
        assert len(api["items"]) >= 8
    finally:
        server.terminate()
        server.wait(timeout=10)
