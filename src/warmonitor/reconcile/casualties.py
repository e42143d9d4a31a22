"""Casualty estimates for an area, a period and a party: low / best / high,
with the claims behind each figure.

The rules, in the analyst's terms:
- A claimant's cumulative tolls supersede its own earlier tolls: 231, then
  311, then 417 from one monitor means 417. Parts supersede part by part.
  For a window that starts after a toll series began, the claimant's last
  reading before the window is subtracted, so a week's deaths are not the
  whole offensive's.
- Incident counts add up across distinct incidents (party, place, day); the
  same incident from several claimants counts once, as a range.
- A cumulative toll covering the area and days is taken to include the
  incidents inside it; where incidents add up to more, their sum is used.
- Figures from a party to the fighting (state media, an army, a rebel
  spokesman) are kept and listed, but used for low / best / high only when
  nothing independent exists for that party.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmonitor.reconcile.views import ClaimView, claim_query, load_views
from warmonitor.store.models import Claim, Report

PARTY_ORDER = ("civilians", "government", "rebels", "unknown")


@dataclass
class Estimate:
    party: str
    low: int | None = None
    best: int | None = None
    high: int | None = None
    claims: list[int] = field(default_factory=list)
    partisan_claims: list[int] = field(default_factory=list)
    partisan_only: bool = False


@dataclass(frozen=True)
class Figure:
    low: int
    best: int
    high: int
    claims: tuple[int, ...]


def _figure(view: ClaimView) -> Figure | None:
    best = view.fields.get("best")
    low = view.fields.get("low")
    high = view.fields.get("high")
    if best is None and low is None:
        return None
    middle = int(best if best is not None else low or 0)
    return Figure(
        int(low) if low is not None else middle,
        middle,
        int(high) if high is not None else middle,
        (view.id,),
    )


def _combine(figures: list[Figure]) -> Figure:
    """One figure from several claimants' figures for the same deaths: the range across them."""
    return Figure(
        low=min(f.low for f in figures),
        best=int(statistics.median_low([f.best for f in figures])),
        high=max(f.high for f in figures),
        claims=tuple(sorted({c for f in figures for c in f.claims})),
    )


def _add(figures: Iterable[Figure]) -> Figure | None:
    items = list(figures)
    if not items:
        return None
    return Figure(
        low=sum(f.low for f in items),
        best=sum(f.best for f in items),
        high=sum(f.high for f in items),
        claims=tuple(sorted({c for f in items for c in f.claims})),
    )


def _toll_start(view: ClaimView) -> date:
    """Where a running toll's count starts: its period_start ("since
    Wednesday"), else its date (claims stored before period_start existed
    carried the start there), else the day it was published."""
    if view.fields.get("period_start"):
        return date.fromisoformat(view.fields["period_start"])
    when = view.fields.get("date")
    return date.fromisoformat(when["start"]) if when and when.get("start") else view.published


def _cumulative(views: list[ClaimView], since: date | None, until: date) -> Figure | None:
    """Each claimant's latest reading (minus its reading before the window), combined across claimants."""
    series: dict[str, list[ClaimView]] = defaultdict(list)
    for view in views:
        series[view.voice].append(view)
    figures = []
    for readings in series.values():
        readings.sort(key=lambda v: (v.published, v.id))
        upto = [v for v in readings if v.published <= until]
        if since is not None and not [v for v in upto if v.published >= since]:
            continue  # nothing said inside the window: its last word is about earlier days
        if not upto or (latest := _figure(upto[-1])) is None:
            continue
        if since is not None and _toll_start(upto[-1]) < since:
            before = [v for v in upto if v.published < since]
            base = _figure(before[-1]) if before else None
            if base is not None:
                latest = Figure(
                    max(latest.low - base.high, 0),
                    max(latest.best - base.best, 0),
                    max(latest.high - base.low, 0),
                    latest.claims + base.claims,
                )
        figures.append(latest)
    return _combine(figures) if figures else None


def _incidents(views: list[ClaimView]) -> Figure | None:
    """Distinct incidents add; one incident told by several claimants counts once."""
    incidents: dict[tuple[int | None, date], dict[str, Figure]] = defaultdict(dict)
    for view in views:
        fig = _figure(view)
        if fig is None:
            continue
        per_voice = incidents[(view.place_id, view.day)]
        # Several figures from one voice for one incident: its largest.
        if view.voice not in per_voice or per_voice[view.voice].best < fig.best:
            per_voice[view.voice] = fig
    return _add(_combine(list(v.values())) for v in incidents.values())


def _estimate(party: str, views: list[ClaimView], since: date | None, until: date) -> Estimate:
    independent = [v for v in views if not v.partisan]
    partisan = [v for v in views if v.partisan]
    use = independent or partisan
    cumulative = _cumulative([v for v in use if v.fields.get("scope") == "cumulative"], since, until)
    # A toll told as background ("historical") is never added into an estimate.
    incidents = _incidents([v for v in use if v.fields.get("scope") not in ("cumulative", "historical")])
    parts = [f for f in (cumulative, incidents) if f is not None]
    estimate = Estimate(
        party=party,
        partisan_claims=sorted(v.id for v in partisan),
        partisan_only=not independent and bool(partisan),
    )
    if parts:
        # The larger of the two readings, with the claims that make it up.
        chosen = max(parts, key=lambda f: f.best)
        estimate.low = max(f.low for f in parts)
        estimate.best = chosen.best
        estimate.high = max(f.high for f in parts)
        estimate.claims = sorted(chosen.claims)
    return estimate


def _in_area(view: ClaimView, area: str | None) -> bool:
    if not area:
        return True
    wanted = area.casefold().strip()
    return any(v and v.casefold() == wanted for v in (view.place_name, view.admin1, view.country))


def _in_period(view: ClaimView, since: date | None, until: date) -> bool:
    if view.fields.get("scope") == "cumulative":
        # Earlier readings stay in: they are the baseline a window's deaths are counted from.
        return _toll_start(view) <= until
    return view.day <= until and (since is None or view.day >= since)


def latest_day(session: Session) -> date:
    latest = session.scalars(
        select(Report.published_at).order_by(Report.published_at.desc()).limit(1)
    ).first()
    return latest.date() if latest else date.today()


def estimate_casualties(
    session: Session,
    *,
    area: str | None = None,
    since: date | None = None,
    until: date | None = None,
    as_of: date | None = None,
    outcome: str = "killed",
) -> tuple[date, Estimate, list[Estimate]]:
    """The total and each party's estimate, from reports published up to `as_of`."""
    as_of = as_of or latest_day(session)
    end = min(until, as_of) if until else as_of
    query = claim_query().where(Claim.kind == "casualty")
    views = [
        v
        for v in load_views(session, query)
        if v.published <= as_of
        and v.fields.get("outcome") == outcome
        and v.stance != "denied"
        and _in_area(v, area)
        and _in_period(v, since, end)
    ]
    by_party: dict[str, list[ClaimView]] = defaultdict(list)
    for view in views:
        party = str(view.fields.get("party"))
        if not party.endswith(":other"):  # "two of them": already inside their party's figure
            by_party[party].append(view)
    parties = [_estimate(party, group, since, end) for party, group in by_party.items() if party != "total"]
    parties.sort(key=lambda e: (PARTY_ORDER.index(e.party) if e.party in PARTY_ORDER else 99, e.party))
    total = _estimate("total", by_party.get("total", []), since, end)
    whole_parties = [e for e in parties if ":" not in e.party and e.best is not None]
    if whole_parties and total.best is None:
        # No toll at all: the parts' sum is the total.
        total.low = sum(e.low or 0 for e in whole_parties)
        total.best = sum(e.best or 0 for e in whole_parties)
        total.high = sum(e.high or 0 for e in whole_parties)
        total.claims = sorted({c for e in whole_parties for c in e.claims} | set(total.claims))
    return as_of, total, parties
