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

from sqlalchemy import Select, case, delete, func, insert, null, or_, select
from sqlalchemy.orm import Session

from warmonitor.reconcile.casualties import Point, Quiet, point_of
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
        for chunk in _chunks(claim_ids):
            session.execute(delete(TollPoint).where(TollPoint.claim_id.in_(chunk)))
        # By id alone: `point_of` skips what is not a casualty claim.
        queries = (claim_query().where(Claim.id.in_(chunk)) for chunk in _chunks(claim_ids))  # type: ignore[misc]
    written = 0
    for query in queries:
        rows = [_row(p) for p in map(point_of, load_views(session, query)) if p is not None]  # type: ignore[arg-type]
        for first in range(0, len(rows), _CHUNK):
            session.execute(insert(TollPoint), rows[first : first + _CHUNK])
        written += len(rows)
    return written


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
    where = [
        TollPoint.outcome == outcome,
        TollPoint.published <= as_of,
    ]
    if wanted:
        where.append(
            or_(
                TollPoint.area_place == wanted,
                TollPoint.area_admin1 == wanted,
                TollPoint.area_country == wanted,
            )
        )
    incidents = select(*_COLUMNS).where(*where, TollPoint.running.is_(False), TollPoint.day <= end)
    if since is not None:
        incidents = incidents.where(TollPoint.day >= since)
    points = [Point(claim_id, *rest) for claim_id, *rest in session.execute(incidents)]

    running = [*where, TollPoint.running.is_(True), or_(TollPoint.start.is_(None), TollPoint.start <= end)]
    series = (TollPoint.party, TollPoint.partisan, TollPoint.voice)
    # One pass over the readings, in the database: per series, its latest day
    # up to `end` (and how many readings it has up to then) and its latest day
    # before `since`; then the readings of those days, the latest of each kept.
    upto = case((TollPoint.said <= end, TollPoint.said))
    before = case((TollPoint.said < since, TollPoint.said)) if since is not None else null()
    grouped = session.execute(
        select(
            *series,
            func.max(upto).label("upto"),
            func.count(upto).label("readings"),
            func.max(before).label("before"),
        )
        .where(*running)
        .group_by(*series)
    ).all()
    needed: dict[tuple[str, bool, str, date], list[tuple[str, int]]] = {}
    for party, partisan, voice, upto_day, readings, before_day in grouped:
        if upto_day is not None:
            needed.setdefault((party, partisan, voice, upto_day), []).append(("last", readings))
        if before_day is not None:
            needed.setdefault((party, partisan, voice, before_day), []).append(("base", 0))
    last: dict[tuple[str, bool, str], Point] = {}
    base: dict[tuple[str, bool, str], Point] = {}
    if needed:
        voices = sorted({k[2] for k in needed})
        days = sorted({k[3] for k in needed})
        # A superset by (voice, day) index; the exact series and day are matched here.
        candidates = select(*_COLUMNS).where(*running, TollPoint.voice.in_(voices), TollPoint.said.in_(days))
        for claim_id, *rest in session.execute(candidates):
            point = Point(claim_id, *rest)
            key = (point.party, point.partisan, point.voice)
            rank = (point.published, point.id)
            for role, readings in needed.get((*key, point.said), []):
                chosen = last if role == "last" else base
                if key not in chosen or rank > (chosen[key].published, chosen[key].id):
                    chosen[key] = replace(point, readings=readings) if role == "last" else point
    significant = {p.id: p for p in base.values()} | {p.id: p for p in last.values()}
    points += significant.values()
    # The other readings: evidence only. The grouping has every series: which
    # parties have independent readings, and whether any are partisan.
    quiet: list[Quiet] = [(party, False, None) for party, partisan, *_rest in grouped if not partisan]
    if any(partisan for _party, partisan, *_rest in grouped):
        ids = select(TollPoint.party, TollPoint.claim_id).where(*running, TollPoint.partisan.is_(True))
        quiet += [(party, True, c) for party, c in session.execute(ids) if c not in significant]
    return points, quiet
