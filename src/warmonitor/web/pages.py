"""Server-rendered pages. Jinja2 autoescaping is on for every template, so a
report's text, title or outlet is always shown as text, never as HTML."""

from __future__ import annotations

from importlib import resources
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from warmonitor.store import queries
from warmonitor.store.db import session_scope

router = APIRouter(include_in_schema=False)

_templates = Environment(
    loader=FileSystemLoader(str(resources.files("warmonitor") / "web" / "templates")),
    autoescape=select_autoescape(default=True, default_for_string=True),
)


def _render(name: str, **context: object) -> HTMLResponse:
    return HTMLResponse(_templates.get_template(name).render(**context))


@router.get("/", response_class=HTMLResponse)
def home(request: Request, before: Annotated[int | None, Query(ge=1)] = None) -> HTMLResponse:
    with session_scope(request.app.state.engine) as session:
        reports = queries.list_reports(session, limit=100, before=before)
        total = queries.count_reports(session)
    next_before = reports[-1].id if len(reports) == 100 else None
    return _render("reports.html", reports=reports, total=total, next_before=next_before)


@router.get("/reports/{report_id}", response_class=HTMLResponse)
def report_page(request: Request, report_id: int) -> HTMLResponse:
    with session_scope(request.app.state.engine) as session:
        report = queries.get_report(session, report_id)
        copies = list(queries.copies_of(session, report_id)) if report else []
    if report is None:
        raise HTTPException(404, f"no report {report_id}")
    return _render("report.html", report=report, copies=copies)
