"""A monitor told of without its name is the monitor whose series it continues.

Reports relaying a monitor often name it only as "the monitor" or "a war
monitor" ("The monitor raised the toll to 231 on Friday"); extraction, which
reads one report alone, can only call that voice the unnamed war monitor
(claimants.json `unnamed_monitor`). Beside the Observatory's own series it
would stand as a second, independent voice, its readings never superseded by
the Observatory's. An analyst reads it as the monitor reporting on the same
country in the same days, when there is exactly one.

So reconcile re-voices such claims: a claim of the unnamed monitor takes the
name of the sole named monitor (sources.csv kind `monitor`) with claims
`REACH_DAYS` either side of its day about the same country (either side
naming no country matches any). The name extraction gave is kept in the
claim's fields (`WRITTEN`), so when a monitor arriving later makes the choice
ambiguous, or a new one makes it possible, the claim is re-read both ways;
the claims whose voice changed go back to reconcile's queue, and their events
and toll points are rebuilt. The result depends only on the stored claims,
not on the order reports arrived in.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from warmonitor.extract.attribution import claimant_cues
from warmonitor.ingest.outlets import known_sources
from warmonitor.store.models import Claim, Place, Source

# "Within a few days": a relayed toll is the monitor's reading of that day or
# the next; three days either side reaches a weekend's gap in reporting.
REACH_DAYS = 3
WRITTEN = "claimant_as_written"  # the unnamed monitor's claims re-voiced keep it here


@cache
def monitor_names() -> frozenset[str]:
    return frozenset(k.name for k in known_sources().values() if k.kind.value == "monitor")


@dataclass(frozen=True)
class _Said:
    id: int
    report_id: int
    claimant: str | None
    day: date
    country: str | None
    written: str | None  # the unnamed monitor, for a claim re-voiced before


def _said(session: Session, *where: object) -> list[_Said]:
    rows = session.execute(
        select(Claim.id, Claim.report_id, Claim.claimant, Claim.day, Claim.fields, Place.country)
        .outerjoin(Place, Claim.place_id == Place.id)
        .where(Claim.day.is_not(None), *where)  # type: ignore[arg-type]
    ).all()
    return [
        _Said(r.id, r.report_id, r.claimant, r.day, r.country, (r.fields or {}).get(WRITTEN)) for r in rows
    ]


def _countries(session: Session, said: list[_Said]) -> dict[int, str | None]:
    """Each claim's country: its place's, else the one country its report's
    other claims name (a relayed toll's sentence often names no place)."""
    reports = {s.report_id for s in said if s.country is None}
    named: dict[int, set[str]] = defaultdict(set)
    ids = sorted(reports)
    for first in range(0, len(ids), 500):
        rows = session.execute(
            select(Claim.report_id, Place.country)
            .join(Place, Claim.place_id == Place.id)
            .where(Claim.report_id.in_(ids[first : first + 500]), Place.country.is_not(None))
        )
        for report_id, country in rows:
            named[report_id].add(str(country))
    out: dict[int, str | None] = {}
    for s in said:
        guess = named.get(s.report_id, set())
        out[s.id] = s.country or (next(iter(guess)) if len(guess) == 1 else None)
    return out


def _unnamed_near(session: Session, days: set[date]) -> list[_Said]:
    """The unnamed monitor's claims (as extraction gave them, re-voiced or not)
    within reach of these days."""
    unnamed = claimant_cues().unnamed_monitor
    found: dict[int, _Said] = {}
    for day in sorted(days):
        low, high = day - timedelta(days=REACH_DAYS), day + timedelta(days=REACH_DAYS)
        near = _said(
            session,
            Claim.day >= low,
            Claim.day <= high,
            or_(Claim.claimant == unnamed, Claim.claimant.in_(monitor_names())),
        )
        found.update((s.id, s) for s in near if s.claimant == unnamed or s.written)
    return list(found.values())


def _monitors_near(session: Session, day: date) -> list[_Said]:
    low, high = day - timedelta(days=REACH_DAYS), day + timedelta(days=REACH_DAYS)
    near = _said(session, Claim.day >= low, Claim.day <= high, Claim.claimant.in_(monitor_names()))
    return [s for s in near if not s.written]


def _voice(subject: _Said, monitors: list[_Said], countries: dict[int, str | None]) -> str:
    where = countries.get(subject.id)
    names = {
        m.claimant for m in monitors if m.claimant and (where is None or countries.get(m.id) in (None, where))
    }
    return names.pop() if len(names) == 1 else claimant_cues().unnamed_monitor


def revoice_unnamed_monitors(session: Session, claim_ids: set[int] | None) -> set[int]:
    """Re-read the unnamed monitor's claims near these claims (None: every
    one in the store) and give each the sole named monitor's voice, or its
    own back; the ids of the claims whose claimant changed."""
    unnamed = claimant_cues().unnamed_monitor
    if claim_ids is None:
        subjects = [
            s
            for s in _said(session, or_(Claim.claimant == unnamed, Claim.claimant.in_(monitor_names())))
            if s.claimant == unnamed or s.written
        ]
    else:
        seeds: list[_Said] = []
        ids = sorted(claim_ids)
        for first in range(0, len(ids), 500):
            seeds += _said(session, Claim.id.in_(ids[first : first + 500]))
        days = {s.day for s in seeds if s.claimant == unnamed or s.claimant in monitor_names()}
        subjects = _unnamed_near(session, days) if days else []
    if not subjects:
        return set()
    monitors = {s.id: _monitors_near(session, s.day) for s in subjects}
    countries = _countries(session, subjects + [m for ms in monitors.values() for m in ms])
    changed = set()
    for subject in subjects:
        voice = _voice(subject, monitors[subject.id], countries)
        if voice != subject.claimant:
            _set_voice(session, subject.id, voice, unnamed)
            changed.add(subject.id)
    return changed


def _set_voice(session: Session, claim_id: int, voice: str, unnamed: str) -> None:
    claim = session.get(Claim, claim_id)
    assert claim is not None
    fields = dict(claim.fields or {})
    if voice == unnamed:
        fields.pop(WRITTEN, None)
    else:
        fields[WRITTEN] = unnamed
    source = None
    if voice != unnamed:
        source = session.scalars(select(Source.id).where(Source.name == voice)).first()
    session.execute(
        update(Claim)
        .where(Claim.id == claim_id)
        .values(claimant=voice, fields=fields, claimant_source_id=source, reconciled_at=None)
    )
    session.expire(claim)
