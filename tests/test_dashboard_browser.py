"""The dashboard in a real browser: Debian's chromium driven by Playwright,
against `warmonitor serve` over the demo corpus, with every request that
leaves 127.0.0.1 refused (the dashboard must work with the network cut).

Screenshots go to test-artifacts/. In CI (CI=true) a missing chromium or
Playwright fails these tests; on a developer's machine they are skipped.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import IN_CI, REPO
from warmonitor.evaluation.api_bench import free_port

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CONTESTED_DAY = "2024-11-29"  # the demo: Aleppo fought over
HELD_DAY = "2024-11-30"  # the demo: Aleppo held by HTS

HOSTILE_REPORT = (
    'Shelling hits Idlib market <img src=x onerror="window.__pwned=1;alert(1)">\n\n'
    "Government shelling killed 3 civilians in Idlib on Saturday, the Syrian Observatory "
    'for Human Rights said. <script>window.__pwned=2;alert("x")</script> Residents said '
    '<img src=x onerror="window.__pwned=3;alert(2)"> the market was hit twice.\n'
)


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: the browser tests must run; .ci/run installs chromium)")
    pytest.skip(reason)


try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None  # type: ignore[assignment]


def _cli(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "warmonitor", *args], check=True, capture_output=True, text=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """`warmonitor serve` on a free port over the reconciled demo corpus plus one hostile report."""
    work = tmp_path_factory.mktemp("dashboard")
    db = f"sqlite:///{work / 'warmonitor.db'}"
    hostile = work / "hostile.txt"
    hostile.write_text(HOSTILE_REPORT, encoding="utf-8")
    _cli("ingest", "--demo", "--reconcile", "--db", db)
    _cli(
        "ingest",
        str(hostile),
        "--source",
        "Idlib Local Radio",
        "--published",
        "2024-11-30",
        "--reconcile",
        "--db",
        db,
    )
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "warmonitor", "serve", "--port", str(port), "--db", db],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(f"{base}/api/v1/openapi.json", timeout=1)
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(
                    f"warmonitor serve exited: {process.stderr.read().decode() if process.stderr else ''}"
                )
            time.sleep(0.1)
    reports = _json(f"{base}/api/v1/reports?limit=50")["items"]
    hostile_id = next(r["id"] for r in reports if r["outlet"] == "Idlib Local Radio")
    try:
        yield {"base": base, "hostile_id": hostile_id}
    finally:
        process.terminate()
        process.wait(timeout=10)


def _json(url: str) -> Any:
    import json

    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if sync_playwright is None:
        _unavailable("Python playwright is not installed (pip install -e '.[dev]')")
    if not CHROMIUM.exists():
        _unavailable("no /usr/bin/chromium (apt-get install -y --no-install-recommends chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Visit:
    """One page with everything it tried to fetch off this machine, its script
    errors and any dialog it opened, recorded."""

    def __init__(self, browser: Browser, base: str) -> None:
        self.page: Page = browser.new_page(viewport={"width": 1400, "height": 1000})
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requested: list[str] = []
        self.page.on("request", lambda request: self.requested.append(request.url))
        self.page.route(re.compile(r"^(?!http://127\.0\.0\.1:)"), self._refuse)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("dialog", self._dialog)
        self.base = base

    def _refuse(self, route: Any) -> None:
        self.outside.append(route.request.url)
        route.abort()

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def goto(self, path: str) -> Page:
        self.page.goto(self.base + path)
        return self.page

    def dashboard_on(self, day: str, extra: str = "") -> Page:
        page = self.goto(f"/dashboard#date={day}{extra}")
        page.wait_for_selector(f"#dashboard[data-shown-day='{day}']")
        page.wait_for_function("document.querySelectorAll('path.country').length > 100")
        return page

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def close(self) -> None:
        assert not self.outside, f"requests left the machine: {self.outside}"
        assert not self.errors, f"script errors: {self.errors}"
        self.page.close()


@pytest.fixture
def visit(browser: Browser, server: dict[str, Any]) -> Iterator[Visit]:
    v = Visit(browser, server["base"])
    yield v
    v.close()


def _control(page: Page, place: str) -> dict[str, str]:
    item = page.locator("#control-list li", has_text=place).first
    return {
        "status": item.get_attribute("data-status") or "",
        "actor": item.get_attribute("data-actor") or "",
    }


def test_the_dashboard_draws_its_map_from_bundled_boundaries_with_the_network_cut(visit: Visit) -> None:
    page = visit.dashboard_on(HELD_DAY)
    assert page.locator("path.country").count() >= 170
    assert page.locator("path.governorate").count() == 14
    assert page.locator("path.district").count() == 62
    assert page.locator("path.event").count() >= 1
    assert any("/api/v1/events?" in url and "format=geojson" in url for url in visit.requested)
    assert "OCHA" in page.locator(".leaflet-control-attribution").inner_text()
    assert page.locator("#chart svg polyline").count() >= 2, "one line per party"
    visit.shot("dashboard")


def test_moving_the_timeline_changes_the_control_shading_and_the_tolls(visit: Visit) -> None:
    page = visit.dashboard_on(CONTESTED_DAY)
    assert _control(page, "Aleppo")["status"] == "contested"
    ring = page.locator("path.control-place[data-place]").first
    contested_fill = ring.get_attribute("fill")
    assert page.locator("path.control-contested").count() == 1
    total_before = page.locator("#tolls tr[data-party='total'] td").nth(2).inner_text()
    visit.shot("timeline-contested")

    page.locator("#timeline").focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_selector(f"#dashboard[data-shown-day='{HELD_DAY}']")
    assert _control(page, "Aleppo") == {"status": "held", "actor": "Hayat Tahrir al-Sham"}
    assert page.locator("path.control-contested").count() == 0
    held_fill = page.locator("path.control-held[data-place]").first.get_attribute("fill")
    assert held_fill != contested_fill, "the place's shading follows its holder"
    assert f"date={HELD_DAY}" in page.evaluate("location.hash")
    total_after = page.locator("#tolls tr[data-party='total'] td").nth(2).inner_text()
    assert int(total_after) > int(total_before), "a later day knows a higher cumulative toll"
    visit.shot("timeline-held")


def test_a_contested_place_shows_both_sides_claims_and_leads_to_the_report(visit: Visit) -> None:
    page = visit.dashboard_on(CONTESTED_DAY)
    page.locator("#control-list button", has_text="Aleppo").click()
    panel = page.locator("#contested .side-by-side")
    panel.wait_for()
    columns = panel.locator(".column")
    assert columns.count() == 2
    for column in (columns.nth(0), columns.nth(1)):
        card = column.locator(".claim-card").first
        assert card.locator(".who strong").inner_text().strip(), "each claim names its claimant"
        assert re.search(r"\d{4}-\d\d-\d\d", card.inner_text()), "and its date"
        assert card.locator("mark").inner_text().strip(), "and shows its words"
    visit.shot("contested-claims")

    claim_id = columns.nth(1).locator(".claim-card").first.get_attribute("data-claim")
    columns.nth(1).locator(".claim-card a").first.click()
    page.wait_for_url(re.compile(rf"/reports/\d+#claim-{claim_id}$"))
    active = page.locator("mark.span.active")
    assert active.count() >= 1, "the claim's span is marked in the report"
    assert page.locator(f"li#claim-{claim_id}.active").count() == 1


def test_the_report_reader_highlights_every_extracted_span_and_links_both_ways(
    visit: Visit, server: dict[str, Any]
) -> None:
    report = _json(f"{server['base']}/api/v1/reports/6")
    page = visit.goto("/reports/6")
    items = page.locator("li.claim")
    claim_ids = {items.nth(i).get_attribute("data-claim") or "" for i in range(items.count())}
    assert len(claim_ids) >= 5
    marked: set[str] = set()
    for i in range(page.locator("mark.span").count()):
        marked.update((page.locator("mark.span").nth(i).get_attribute("data-claims") or "").split())
    assert marked == claim_ids, "every claim's span is highlighted"
    assert page.locator("#report-text").inner_text() == report["text"], (
        "highlighting keeps the text as written"
    )

    details = {
        str(c["id"]): c
        for c in _json(f"{server['base']}/dashboard/claims.json?ids={','.join(sorted(claim_ids))}")
    }
    one = sorted(claim_ids, key=int)[0]
    page.locator(f"li#claim-{one}").click()
    assert details[one]["span"] in " ".join(page.locator("mark.span.active").all_inner_texts())
    visit.shot("report-reader")

    event_link = page.locator("li.claim .fed a[href^='/dashboard#event=']").first
    event_id = re.findall(r"event=(\d+)", event_link.get_attribute("href") or "")[0]
    event_link.click()
    popup = page.locator(f".leaflet-popup .popup[data-event='{event_id}']")
    popup.wait_for()
    popup.locator("a[href^='/claims/']").first.click()
    page.wait_for_url(re.compile(r"/reports/\d+#claim-\d+$"))
    assert page.locator("mark.span.active").count() >= 1, "an event's claim leads back to its span"


def test_a_hostile_report_is_shown_as_text_and_nothing_in_it_runs(
    visit: Visit, server: dict[str, Any]
) -> None:
    page = visit.goto(f"/reports/{server['hostile_id']}")
    page.wait_for_load_state("load")
    text = page.locator("#report-text").inner_text()
    assert '<script>window.__pwned=2;alert("x")</script>' in text
    assert '<img src=x onerror="window.__pwned=3;alert(2)">' in text
    assert "<img src=x" in page.locator("h1").inner_text()
    assert page.locator("#report-text img, #report-text script, h1 img").count() == 0
    visit.shot("hostile-report")
    visit.goto("/")
    assert "<img src=x" in page.locator("#reports").inner_text()

    dashboard = visit.dashboard_on(HELD_DAY)
    for button in dashboard.locator("#event-list button").all():
        button.click()
    assert dashboard.evaluate("typeof window.__pwned") == "undefined"
    assert visit.dialogs == [], "no script from a report ran"


def test_filters_live_in_the_url_so_a_view_can_be_shared(
    visit: Visit, browser: Browser, server: dict[str, Any]
) -> None:
    page = visit.dashboard_on(HELD_DAY)
    page.select_option("#filters select[name=type]", "Battles")
    page.fill("#filters input[name=area]", "Aleppo")
    page.click("#filters button[type=submit]")
    page.wait_for_function("location.hash.includes('type=Battles') && location.hash.includes('area=Aleppo')")
    shared = page.evaluate("location.href")

    second = Visit(browser, server["base"])
    again = second.page
    again.goto(shared)
    again.wait_for_selector(f"#dashboard[data-shown-day='{HELD_DAY}']")
    again.wait_for_function("document.querySelectorAll('#event-list li[data-event]').length > 0")
    assert again.locator("#filters select[name=type]").input_value() == "Battles"
    assert again.locator("#filters input[name=area]").input_value() == "Aleppo"
    kinds = again.locator("#event-list li[data-event] span.muted").all_inner_texts()
    assert kinds and all("Aleppo" in k for k in kinds)
    second.shot("shared-view")
    second.close()


def test_pages_forbid_scripts_from_anywhere_but_this_server(server: dict[str, Any]) -> None:
    for path in ("/", "/dashboard", f"/reports/{server['hostile_id']}"):
        with urllib.request.urlopen(server["base"] + path, timeout=10) as response:
            policy = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "object-src 'none'" in policy


HTML_SINKS = ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function")


def test_the_dashboard_scripts_never_parse_data_as_html() -> None:
    static = REPO / "src" / "warmonitor" / "web" / "static"
    scripts = sorted(static.glob("*.js"))
    assert scripts
    for script in scripts:
        code = script.read_text(encoding="utf-8")
        for sink in HTML_SINKS:
            assert sink not in code, f"{script.name} uses {sink}"


def test_page_ids_beyond_64_bits_are_refused_not_a_server_error(server: dict[str, Any]) -> None:
    import urllib.error

    for path in (
        f"/reports/{2**63}",
        f"/claims/{2**63}",
        f"/?before={2**63}",
        "/dashboard/claims.json?ids=x",
    ):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(server["base"] + path, timeout=10)
        assert 400 <= refused.value.code < 500, path
