"""Reconciliation runs: read new reports, then rebuild only what their claims touch.

`reconcile(engine)` is incremental: reports not yet read are extracted, and
the events and control timelines that their claims reach are rebuilt; the
rest of the store is left as it was. `reconcile(engine, full=True)` rebuilds
everything from the stored claims, and gives the same result (events are
connected groups of a symmetric relation and timelines are recomputed per
place, so arrival order does not matter). Casualty estimates are not stored:
they are computed from the claims when asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.engine import Engine

from warmonitor.reconcile.control import rebuild_places
from warmonitor.reconcile.events import MatchRules, rebuild_events
from warmonitor.reconcile.intake import Extractor, count_failed, default_extractor, extract_pending
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
        pending = session.execute(
            select(Claim.id, Claim.kind, Claim.place_id, Claim.report_id).where(Claim.reconciled_at.is_(None))
        ).all()
        touched = {row.id for row in pending}
        places = {row.place_id for row in pending if row.kind == "control" and row.place_id is not None}
        events = rebuild_events(session, rules, None if full else touched) if touched or full else 0
        periods = rebuild_places(session, places)
        session.execute(
            update(Claim).where(Claim.id.in_(touched)).values(reconciled_at=datetime.now(UTC))
        ) if touched else None
        reports = len({row.report_id for row in pending})
    return Summary(
        reports, len(new_claims), events, len(places) if periods or places else 0, count_failed(engine)
    )
