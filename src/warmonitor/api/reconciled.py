"""The reconciled picture over HTTP: casualties, control on a day, a place's timeline.

Each endpoint answers with the same models `warmonitor casualties` and
`warmonitor control` print, and every figure lists the claims it came from.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Response, status
from pydantic import BaseModel

from warmonitor.api.deps import SessionDep
from warmonitor.errors import BadInput
from warmonitor.reconcile import answers
from warmonitor.schemas import CasualtiesOut, ControlOut, ControlTimelineOut

router = APIRouter(tags=["reconciled"])


Day = Annotated[date | None, Query(description="YYYY-MM-DD")]


def _json(answer: BaseModel) -> Response:
    """The answer serialised once: it is the response model already, so
    FastAPI does not validate it a second time (`response_model` still
    documents it)."""
    return Response(answer.model_dump_json(), media_type="application/json")


@router.get("/casualties", response_model=CasualtiesOut)
def get_casualties(
    session: SessionDep,
    area: Annotated[
        str | None, Query(max_length=200, description="A place, admin1 region or country name.")
    ] = None,
    since: Day = None,
    until: Day = None,
    as_of: Day = None,
    outcome: Annotated[
        str,
        Query(pattern="^(killed|injured|captured|displaced|missing)$", description="What happened to them."),
    ] = "killed",
) -> Response:
    """Low / best / high by party: cumulative tolls supersede, incidents add, partisan figures flagged."""
    try:
        return _json(
            answers.casualties(session, area=area, since=since, until=until, as_of=as_of, outcome=outcome)
        )
    except BadInput as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, exc.reason) from None


@router.get("/control", response_model=ControlOut)
def get_control(
    session: SessionDep, day: Annotated[date, Query(alias="date", description="YYYY-MM-DD")]
) -> Response:
    """Who holds each place on a day, contested places with both sides' claims."""
    return _json(answers.control_on(session, day))


@router.get("/control/{place_id}/timeline", response_model=ControlTimelineOut)
def get_control_timeline(place_id: Annotated[int, Path(ge=1, le=2**63 - 1)], session: SessionDep) -> Response:
    """Every control period of one place, with its evidence."""
    try:
        return _json(answers.control_timeline(session, place_id))
    except BadInput as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, exc.reason) from None
