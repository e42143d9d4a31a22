"""The FastAPI application: the API under /api/v1 and the web pages at /."""

from __future__ import annotations

import json
import logging
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Path, Query, Request, Response, status
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.engine import Engine

from warmonitor import __version__
from warmonitor.api import tokens
from warmonitor.api.browse import require_reader
from warmonitor.api.browse import router as browse_router
from warmonitor.api.deps import SessionDep
from warmonitor.api.export import router as export_router
from warmonitor.api.limits import BODY_ENVELOPE_BYTES, RequestLimits
from warmonitor.api.reconciled import router as reconciled_router
from warmonitor.config import Settings
from warmonitor.errors import BadInput
from warmonitor.ingest.draft import EARLIEST_YEAR, LATEST_YEAR, ReportDraft
from warmonitor.ingest.pipeline import Defaults, ingest_drafts
from warmonitor.schemas import IngestOut, ReportIn, ReportOut, ReportPage, SourceOut
from warmonitor.store import queries
from warmonitor.store.db import open_store
from warmonitor.web.pages import router as web_router

bearer = HTTPBearer(auto_error=False)
MAX_ID = 2**63 - 1  # ids are 64-bit in the store: larger is a 422, not a database overflow


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    engine = open_store(settings.db_url)
    app = FastAPI(
        title="warmonitor",
        version=__version__,
        description="Sourced, geolocated, reconciled conflict records.",
        openapi_url="/api/v1/openapi.json",
        docs_url="/api/v1/docs",
        redoc_url=None,
        dependencies=[Depends(require_reader)],
    )
    app.state.engine = engine
    app.state.settings = settings
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_middleware(
        RequestLimits,
        max_url_bytes=settings.max_url_bytes,
        max_header_bytes=settings.max_header_bytes,
        max_body_bytes=settings.max_bytes + BODY_ENVELOPE_BYTES,
    )
    app.include_router(_api_router(), prefix="/api/v1")
    app.include_router(reconciled_router, prefix="/api/v1")
    app.include_router(export_router, prefix="/api/v1")
    app.include_router(browse_router, prefix="/api/v1")
    app.include_router(web_router)
    return app


async def _validation_error(_request: Request, exc: Exception) -> Response:
    """FastAPI's 422, written with ASCII escapes: a lone surrogate in a posted
    string (which pydantic refuses) would make the default handler's UTF-8
    response fail with a 500."""
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    body = json.dumps({"detail": jsonable_encoder(errors)}, ensure_ascii=True)
    return Response(body, status.HTTP_422_UNPROCESSABLE_CONTENT, media_type="application/json")


def require_writer(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> str:
    if credentials is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "a token is required: Authorization: Bearer <token> (create one with `warmonitor token create`)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    role = tokens.role_of(session, credentials.credentials)
    if role is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown or revoked token")
    if role not in tokens.WRITE_ROLES:
        raise HTTPException(status.HTTP_403_FORBIDDEN, f"role {role!r} cannot write; needs analyst or admin")
    return role


def _api_router() -> APIRouter:
    router = APIRouter()

    @router.get("/reports", response_model=ReportPage, tags=["reports"])
    def list_reports(
        session: SessionDep,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        before: Annotated[
            int | None, Query(ge=1, le=MAX_ID, description="Keyset cursor: only ids below this.")
        ] = None,
    ) -> ReportPage:
        items = queries.list_reports(session, limit=limit, before=before)
        next_before = items[-1].id if len(items) == limit else None
        return ReportPage(items=items, next_before=next_before)

    @router.get("/reports/{report_id}", response_model=ReportOut, tags=["reports"])
    def get_report(report_id: Annotated[int, Path(ge=1, le=MAX_ID)], session: SessionDep) -> ReportOut:
        report = queries.get_report(session, report_id)
        if report is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no report {report_id}")
        return report

    @router.post(
        "/reports",
        response_model=IngestOut,
        status_code=status.HTTP_201_CREATED,
        tags=["reports"],
        dependencies=[Depends(require_writer)],
    )
    def post_report(body: ReportIn, request: Request) -> IngestOut:
        draft = draft_from_body(body)
        settings: Settings = request.app.state.settings
        size = len(body.text.encode("utf-8", "surrogatepass"))
        if size > settings.max_bytes:
            raise HTTPException(
                status.HTTP_413_REQUEST_ENTITY_TOO_LARGE,
                f"text is {size} bytes, over the limit of {settings.max_bytes} (WARMONITOR_MAX_BYTES)",
            )
        defaults = Defaults(near_dup_threshold=settings.near_dup_threshold)
        try:
            (outcome,) = ingest_drafts(request.app.state.engine, [draft], defaults)
        except BadInput as exc:  # NUL, lone surrogates and long names are handled; this is what is left
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, exc.reason) from None
        # A report counts as soon as it is stored: reconcile before answering.
        reconciled = outcome.status.value == "duplicate" or _reconcile_now(request.app.state.engine)
        return IngestOut(
            status=outcome.status.value,
            report_id=outcome.report_id,
            copy_of=outcome.copy_of,
            similarity=outcome.similarity,
            reconciled=reconciled,
        )

    @router.get("/sources", response_model=list[SourceOut], tags=["sources"])
    def list_sources(session: SessionDep) -> list[SourceOut]:
        return queries.list_sources(session)

    return router


def draft_from_body(body: ReportIn) -> ReportDraft:
    """The draft a posted report becomes; HTTPException 422 for a body
    pydantic accepts but ingest cannot use (empty text, a naive or
    out-of-range publication time)."""
    if not body.text.strip():
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "text is empty")
    if body.published is not None and body.published.tzinfo is None:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "published needs a time zone")
    if body.published is not None and not EARLIEST_YEAR <= body.published.year <= LATEST_YEAR:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            f"published is outside the years {EARLIEST_YEAR}-{LATEST_YEAR}",
        )
    return ReportDraft(
        text=body.text.strip(),
        origin="api",
        fmt="api",
        title=body.title,
        url=body.url,
        outlet=body.source,
        published=body.published,
    )


def _reconcile_now(engine: Engine) -> bool:
    """Reconcile what is pending; False (the report stays stored, a later
    reconcile picks it up) if reconciling failed."""
    from warmonitor.reconcile.run import reconcile

    try:
        reconcile(engine)
    except Exception:  # the report is stored; its failure must not become a 500
        logging.getLogger(__name__).exception("reconcile after POST /reports failed")
        return False
    return True
