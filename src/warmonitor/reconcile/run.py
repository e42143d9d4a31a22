"""Reconciliation runs: read new reports, then update only what their claims touch.

`reconcile(engine)` is incremental: reports not yet read are extracted, and
from their new claims
- events are regrouped only over the days around them (`events.regroup_near`:
  the claims of the event window before and after, on until the grouping
  agrees with the stored one), so a new report costs the same in a store of
  a thousand events or a million;
- the control periods of the places they name are recomputed (`control.
  rebuild_places`), with the sides each period shows;
- their toll points are written (`tolls.refresh_points`): each voice's
  series, which `/casualties` reads instead of every claim.
The rest of the store is left as it was. `reconcile(engine, full=True)`
rebuilds all of it from the stored claims and gives the same tables (events
are what `events.group` makes of the claims in (day, id) order, whatever
order they arrived in; timelines and toll points are per place and per claim).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from warmonitor.reconcile.control import rebuild_places
from warmonitor.reconcile.events import MatchRules, rebuild_events, regroup_near
from warmonitor.reconcile.intake import Extractor, count_failed, default_extractor, extract_pending
from warmonitor.reconcile.tolls import refresh_points
from warmonitor.reconcile.voices import revoice_unnamed_monitors
from warmonitor.store.db import session_scope
from warmonitor.store.lock import reconcile_lock
from warmonitor.store.models import Claim


@dataclass(frozen=True)
class Summary:
    reports_read: int
    new_claims: int
    events_rebuilt: int
    places_rebuilt: int
    reports_failed: int = 0  # in the store, extraction gave up on them (`reports --failed`)


def reconcile(
    engine: Engine,
    *,
    full: bool = False,
    rules: MatchRules | None = None,
    extractor: Extractor = default_extractor,
) -> Summary:
    rules = rules or MatchRules.from_env()
    # One run at a time per store (a `watch` and a manual run, say): the
    # second waits, then finds the first's work done.
    with reconcile_lock(engine):
        return _reconcile(engine, full, rules, extractor)


def _reconcile(engine: Engine, full: bool, rules: MatchRules, extractor: Extractor) -> Summary:
    new_claims = extract_pending(engine, extractor)
    with session_scope(engine) as session:
        if full:
            session.execute(update(Claim).values(reconciled_at=None))
        # "The monitor said" is the monitor named around it: re-voiced claims
        # return to the queue, so their events and toll points are rebuilt.
        revoiced = revoice_unnamed_monitors(session, None if full else _unreconciled(session))
        pending = session.execute(
            select(Claim.id, Claim.kind, Claim.place_id, Claim.report_id).where(Claim.reconciled_at.is_(None))
        ).all()
        touched = {row.id for row in pending}
        places = {row.place_id for row in pending if row.kind == "control" and row.place_id is not None}
        if full:
            events = rebuild_events(session, rules)
            refresh_points(session)
        else:
            events = regroup_near(session, rules, {r.id for r in pending if r.kind == "event"}, revoiced)
            refresh_points(session, {r.id for r in pending if r.kind == "casualty"})
        periods = rebuild_places(session, places)
        now, ids = datetime.now(UTC), sorted(touched)
        for first in range(0, len(ids), 500):
            session.execute(
                update(Claim).where(Claim.id.in_(ids[first : first + 500])).values(reconciled_at=now)
            )
        reports = len({row.report_id for row in pending})
    return Summary(
        reports, len(new_claims), events, len(places) if periods or places else 0, count_failed(engine)
    )


def _unreconciled(session: Session) -> set[int]:
    return set(session.scalars(select(Claim.id).where(Claim.reconciled_at.is_(None))))
