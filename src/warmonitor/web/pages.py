"""Server-rendered pages and the dashboard's own files. Jinja2 autoescaping is
on for every template, so a report's text, title or outlet is always shown as
text, never as HTML; every page also carries a Content-Security-Policy that
allows only this server's own scripts, so injected markup could not run."""

from __future__ import annotations

from importlib import resources
from pathlib import Path as FilePath
from typing import Annotated

import xstatic.pkg.leaflet  # type: ignore[import-untyped]
from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.staticfiles import StaticFiles

from warmonitor.store import queries
from warmonitor.store.db import session_scope
from warmonitor.store.models import Claim, Report
from warmonitor.web import reader

router = APIRouter(include_in_schema=False)

_package = FilePath(str(resources.files("warmonitor")))
_templates = Environment(
    loader=FileSystemLoader(str(_package / "web" / "templates")),
    autoescape=select_autoescape(default=True, default_for_string=True),
)
# Leaflet is served from the installed xstatic-leaflet package, our own files
# from web/static, the boundaries from data/basemap: nothing from elsewhere.
_static = StaticFiles(directory=_package / "web" / "static")
_leaflet = StaticFiles(directory=xstatic.pkg.leaflet.BASE_DIR)
_basemap = StaticFiles(directory=_package / "data" / "basemap")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# Ids above the databases' 64-bit integers cannot exist: refuse them before SQL.
MAX_ROW_ID = 2**63 - 1
RowId = Annotated[int, Path(ge=1, le=MAX_ROW_ID)]
SAFETY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _render(name: str, **context: object) -> HTMLResponse:
    return HTMLResponse(_templates.get_template(name).render(**context), headers=SAFETY_HEADERS)


async def _file(files: StaticFiles, path: str, request: Request) -> Response:
    response = await files.get_response(path, request.scope)
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@router.get("/static/leaflet/{path:path}")
async def leaflet_file(path: str, request: Request) -> Response:
    return await _file(_leaflet, path, request)


@router.get("/static/basemap/{path:path}")
async def basemap_file(path: str, request: Request) -> Response:
    if not path.endswith(".geojson"):
        raise HTTPException(404, "not a basemap layer")
    return await _file(_basemap, path, request)


@router.get("/static/{path:path}")
async def static_file(path: str, request: Request) -> Response:
    return await _file(_static, path, request)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, before: Annotated[int | None, Query(ge=1, le=MAX_ROW_ID)] = None) -> HTMLResponse:
    with session_scope(request.app.state.engine) as session:
        reports = queries.list_reports(session, limit=100, before=before)
        total = queries.count_reports(session)
    next_before = reports[-1].id if len(reports) == 100 else None
    return _render("reports.html", reports=reports, total=total, next_before=next_before)


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard(request: Request) -> HTMLResponse:
    with session_scope(request.app.state.engine) as session:
        first, last = reader.date_range(session)
        choices = reader.filter_choices(session)
    return _render("dashboard.html", first=first, last=last, **choices)


@router.get("/dashboard/claims.json")
def claims_json(
    request: Request, ids: Annotated[str, Query(max_length=2000, pattern=r"^\d+(,\d+)*$")]
) -> JSONResponse:
    """The contested-claims panel's view of claims: claimant, outlet, date and the words around each."""
    wanted = sorted({int(i) for i in ids.split(",")})[:100]
    with session_scope(request.app.state.engine) as session:
        return JSONResponse(reader.claim_details(session, wanted))


@router.get("/claims/{claim_id}")
def claim_page(request: Request, claim_id: RowId) -> RedirectResponse:
    """A claim is read where it was said: its span in its report."""
    with session_scope(request.app.state.engine) as session:
        claim = session.get(Claim, claim_id)
        if claim is None:
            raise HTTPException(404, f"no claim {claim_id}")
        report_id = claim.report_id
    return RedirectResponse(f"/reports/{report_id}#claim-{claim_id}", status_code=303)


@router.get("/reports/{report_id}", response_class=HTMLResponse)
def report_page(request: Request, report_id: RowId) -> HTMLResponse:
    with session_scope(request.app.state.engine) as session:
        report = queries.get_report(session, report_id)
        if report is None:
            raise HTTPException(404, f"no report {report_id}")
        copies = list(queries.copies_of(session, report_id))
        claims = reader.claims_of_report(session, report_id)
        row = session.get(Report, report_id)
        assert row is not None
        views = reader.claim_views(session, row, claims)
    spans = [(c.span_start, c.span_end, c.id) for c in claims]
    return _render(
        "report.html",
        report=report,
        copies=copies,
        segments=reader.segments(report.text, spans),
        claims=views,
    )
