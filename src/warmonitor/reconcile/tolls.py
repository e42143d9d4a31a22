"""Each voice's toll series, kept by reconcile in the `toll_point` table.

Reconcile writes one row per casualty claim that can count (`casualties.
point_of`), with the claim's id as its evidence; `/casualties` then reads
only the rows its question needs, by index, instead of loading and parsing
every casualty claim per request:

- incident counts of the days asked about (`outcome, running, day`);
- running-toll readings whose period starts by the last day asked about
  (`outcome, running, start`): a voice's series needs its readings before
  the window too, as the baseline its window's deaths are counted from.

The estimate is then worked out from those rows exactly as from the claims
(`casualties.estimate_from_points`); `estimate_casualties(from_claims=True)`
is the check that the two agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, replace
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    Connection,
    Date,
    Select,
    String,
    bindparam,
    case,
    delete,
    func,
    insert,
    null,
    or_,
    select,
)
from sqlalchemy.orm import Session

from warmonitor.reconcile.casualties import Point, Quiet, points_of
from warmonitor.reconcile.views import claim_query, load_views
from warmonitor.store.models import Claim, TollPoint

_CHUNK = 500  # ids per IN (...) list


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ordered = sorted(ids)
    for first in range(0, len(ordered), _CHUNK):
        yield ordered[first : first + _CHUNK]


def _fold(name: str | None) -> str | None:
    return name.casefold() if name else None


def _row(point: Point) -> dict[str, object]:
    row = asdict(point)
    row["claim_id"] = row.pop("id")
    del row["readings"]
    row["area_place"] = _fold(point.place_name)
    row["area_admin1"] = _fold(point.admin1)
    row["area_country"] = _fold(point.country)
    return row


def refresh_points(session: Session, claim_ids: set[int] | None = None) -> int:
    """Rewrite the toll points of these claims (None: of every claim, the
    full rebuild); how many points were written. Claims that are not
    casualty claims, or cannot count, get none."""
    if claim_ids is None:
        session.execute(delete(TollPoint))
        queries: Iterable[Select[tuple[Claim]]] = [claim_query().where(Claim.kind == "casualty")]  # type: ignore[list-item]
    else:
        # Parts of one total are summed per party (`points_of`): a report's
        # casualty claims are refreshed together, and read together: chunks
        # of report ids, never of claim ids, which could split a total's
        # parts across two reads and leave two points where one is summed.
        reports = _reports_of(session, claim_ids)
        claim_ids = claim_ids | _casualty_claims_of(session, reports)
        for chunk in _chunks(claim_ids):
            session.execute(delete(TollPoint).where(TollPoint.claim_id.in_(chunk)))
        queries = (
            claim_query().where(Claim.report_id.in_(chunk), Claim.kind == "casualty")  # type: ignore[misc]
            for chunk in _chunks(reports)
        )
    written = 0
    for query in queries:
        rows = [_row(p) for p in points_of(load_views(session, query))]  # type: ignore[arg-type]
        for first in range(0, len(rows), _CHUNK):
            session.execute(insert(TollPoint), rows[first : first + _CHUNK])
        written += len(rows)
    return written


def _reports_of(session: Session, claim_ids: set[int]) -> set[int]:
    """The reports these claims belong to."""
    reports: set[int] = set()
    for chunk in _chunks(claim_ids):
        reports.update(session.scalars(select(Claim.report_id).where(Claim.id.in_(chunk))))
    return reports


def _casualty_claims_of(session: Session, reports: set[int]) -> set[int]:
    """The casualty claims of these reports."""
    found: set[int] = set()
    for chunk in _chunks(reports):
        found.update(
            session.scalars(select(Claim.id).where(Claim.report_id.in_(chunk), Claim.kind == "casualty"))
        )
    return found


_COLUMNS = (
    TollPoint.claim_id,
    TollPoint.outcome,
    TollPoint.party,
    TollPoint.running,
    TollPoint.voice,
    TollPoint.partisan,
    TollPoint.low,
    TollPoint.best,
    TollPoint.high,
    TollPoint.day,
    TollPoint.said,
    TollPoint.start,
    TollPoint.published,
    TollPoint.place_id,
    TollPoint.place_name,
    TollPoint.admin1,
    TollPoint.country,
    TollPoint.lat,
    TollPoint.lon,
    TollPoint.precision,
    TollPoint.place_inferred,
)


_Statement = Select[*tuple[Any, ...]]
_SERIES = (TollPoint.party, TollPoint.partisan, TollPoint.voice)
SeriesKey = tuple[str, bool, str]


@cache
def _statements(by_area: bool, has_since: bool) -> tuple[_Statement, _Statement, _Statement, _Statement]:
    """The four statements `load_points` runs, built once per shape with
    bound parameters: building them cost more than running them."""
    where = [TollPoint.outcome == bindparam("outcome"), TollPoint.published <= bindparam("as_of")]
    if by_area:
        area: BindParameter[str] = bindparam("area", type_=String)
        where.append(
            or_(TollPoint.area_place == area, TollPoint.area_admin1 == area, TollPoint.area_country == area)
        )
    end: BindParameter[date] = bindparam("end", type_=Date)
    incidents = select(*_COLUMNS).where(*where, TollPoint.running.is_(False), TollPoint.day <= end)
    if has_since:
        incidents = incidents.where(TollPoint.day >= bindparam("since"))
    running = [*where, TollPoint.running.is_(True), or_(TollPoint.start.is_(None), TollPoint.start <= end)]
    # One pass over the readings, in the database, in the order of the
    # ix_toll_point_readings index (no sort, no table read): per series, its
    # latest day up to `end` (and how many readings it has up to then) and
    # its latest day before `since`.
    upto = case((TollPoint.said <= end, TollPoint.said))
    before = case((TollPoint.said < bindparam("since"), TollPoint.said)) if has_since else null()
    grouped = (
        select(*_SERIES, func.max(upto), func.count(upto), func.max(before))
        .where(*running)
        .group_by(*_SERIES)
    )
    # The readings of the series and days wanted, by seeks into the same
    # index (one IN list per column: SQLite plans row-value IN lists as a
    # scan). A superset: the exact series and day are matched in Python.
    candidates = select(*_COLUMNS).where(
        *running,
        *(column.in_(bindparam(column.key, expanding=True)) for column in (*_SERIES, TollPoint.said)),
    )
    partisan = select(TollPoint.party, TollPoint.claim_id).where(*running, TollPoint.partisan.is_(True))
    return incidents, grouped, candidates, partisan


def load_points(
    session: Session, *, outcome: str, area: str | None, since: date | None, end: date, as_of: date
) -> tuple[list[Point], list[Quiet]]:
    """What an estimate for these filters reads, published by `as_of`, in the
    area (a place, region or country name, any case):

    - every incident count of the days `since`..`end`;
    - of each voice's running-toll series (per party, and partisan or not)
      whose period starts by `end`: its last reading up to `end` (with how
      many readings it stands for) and its last before `since`, the
      baseline. Those are all a series' figure reads (`casualties._series`);
    - its other readings as evidence only (`Quiet`): the claim ids of the
      partisan ones (an estimate lists them), and which parties have
      independent ones (their presence keeps partisan figures out).

    So a request reads a few rows per series, not every reading."""
    wanted = area.casefold().strip() if area else None
    incidents, grouped_by, candidates, partisan_ids = _statements(bool(wanted), since is not None)
    params: dict[str, object] = {"outcome": outcome, "as_of": as_of, "end": end, "since": since}
    if wanted:
        params["area"] = wanted
    # Core statements on the session's connection: no ORM row processing.
    db = session.connection()
    points = [Point(*row) for row in db.execute(incidents, params)]
    grouped = db.execute(grouped_by, params).all()
    needed: dict[tuple[str, bool, str, date], list[int | None]] = {}
    for party, partisan, voice, upto_day, readings, before_day in grouped:
        if upto_day is not None:
            needed.setdefault((party, partisan, voice, upto_day), []).append(readings)
        if before_day is not None:
            needed.setdefault((party, partisan, voice, before_day), []).append(None)  # the baseline
    significant = _significant(db, candidates, params, needed) if needed else {}
    points += significant.values()
    # The other readings: evidence only. The grouping has every series: which
    # parties have independent readings, and whether any are partisan.
    quiet: list[Quiet] = [(party, False, None) for party, partisan, *_rest in grouped if not partisan]
    if any(partisan for _party, partisan, *_rest in grouped):
        rows = db.execute(partisan_ids, params)
        quiet += [(party, True, c) for party, c in rows if c not in significant]
    return points, quiet


def _significant(
    db: Connection,
    candidates: _Statement,
    params: dict[str, object],
    needed: dict[tuple[str, bool, str, date], list[int | None]],
) -> dict[int, Point]:
    """Each series' last reading up to the window's end (carrying how many
    readings it stands for) and its baseline, by claim id: of a series'
    readings of the day wanted, the latest published (then the highest id)."""
    last: dict[SeriesKey, tuple[Point, int]] = {}
    base: dict[SeriesKey, Point] = {}
    chosen_params = dict(params)
    for i, column in enumerate((*_SERIES, TollPoint.said)):
        chosen_params[column.key] = sorted({key[i] for key in needed})
    for row in db.execute(candidates, chosen_params):
        point = Point(*row)
        key = (point.party, point.partisan, point.voice)
        rank = (point.published, point.id)
        for readings in needed.get((*key, point.said), ()):
            if readings is None:
                if key not in base or rank > (base[key].published, base[key].id):
                    base[key] = point
            elif key not in last or rank > (last[key][0].published, last[key][0].id):
                last[key] = (point, readings)
    found = {p.id: p for p in base.values()}
    found |= {p.id: replace(p, readings=n) for p, n in last.values()}
    return found
