"""Casualty estimates for an area, a period and a party: low / best / high,
with the claims behind each figure.

The rules, in the analyst's terms:
- A toll belongs to its voice: its named claimant, or "unattributed" when no
  one is named (an outlet's own unsourced figure). A voice's running tolls
  supersede its own earlier tolls: 231, then 311, then 417 from one monitor
  means 417. Parts supersede part by part. Voices never add to each other.
  For a window that starts after a toll series began, the claimant's last
  reading before the window is subtracted, so a week's deaths are not the
  whole offensive's.
- Incident counts add up across distinct incidents (party, place, day); the
  same incident from several claimants counts once, as a range.
- A running toll covering the area and days (from its `period_start` to the
  day it was stated) includes the incidents inside it, its own voice's and
  others'; where they add up to more, their sum is used. Incidents outside
  it add to it.
- The headline figure is the independent monitor's series where one exists
  (else an international organisation's or NGO's count: the UN's in Goma),
  else the median across voices; low / high are the smallest and largest
  voice's figure, never a sum of voices. Every voice is listed with its figure.
- Tolls told as background (`scope: historical`) never enter.
- Figures from a party to the fighting (state media, an army, a rebel
  spokesman) are kept and listed, but used for low / best / high only when
  nothing independent exists for that party.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmonitor.extract.gazetteer import distance_km
from warmonitor.ingest.outlets import lookup
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
    headline_voice: str | None = None
    voices: list[VoiceFigure] = field(default_factory=list)


@dataclass(frozen=True)
class Figure:
    low: int
    best: int
    high: int
    claims: tuple[int, ...]


@dataclass(frozen=True)
class VoiceFigure:
    """One voice's own figure for a party, listed beside the headline."""

    voice: str
    figure: Figure
    as_of: date
    partisan: bool
    readings: int  # running-toll readings behind it (0: incident counts only)


@dataclass(frozen=True)
class Point:
    """A casualty claim as the estimate reads it: one reading of one voice's
    series (a running toll) or one voice's count of one incident. Built from
    a claim by `point_of`; reconcile keeps them in the `toll_point` table."""

    id: int  # the claim's id
    outcome: str
    party: str
    running: bool  # a running toll (scope cumulative), else an incident count
    voice: str  # `toll_voice`
    partisan: bool
    low: int | None  # as the claim gives them
    best: int | None
    high: int | None
    day: date  # the day it speaks of
    said: date  # `said_on`
    start: date | None  # `period_start`
    published: date
    place_id: int | None
    place_name: str | None
    admin1: str | None
    country: str | None
    lat: float | None
    lon: float | None
    precision: int | None
    place_inferred: bool
    # A voice's last running reading as `tolls.load_points` reads it: how many
    # readings up to the window's end it stands for (None: itself alone).
    readings: int | None = None


# A running-toll reading an estimate reads only as evidence: (party, partisan,
# claim id, or None where only its existence counts). `tolls.load_points`
# gives the readings a series does not reach into (not its last up to the
# window's end, not its baseline before it) in this form, not as points.
Quiet = tuple[str, bool, int | None]


def _whole(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


def point_of(view: ClaimView) -> Point | None:
    """The claim as a toll point, or None for a claim no estimate ever reads:
    not a casualty claim, denied, historical background, a part already
    inside its party's figure ("two of them"), no outcome."""
    fields = view.fields
    party = str(fields.get("party"))
    outcome = fields.get("outcome")
    if (
        view.kind != "casualty"
        or view.stance == "denied"
        or fields.get("scope") == "historical"
        or party.endswith(":other")
        or not isinstance(outcome, str)
    ):
        return None
    running = fields.get("scope") == "cumulative"
    day, start = (view.day, period_start(view)) if running else _incident_days(view)
    return Point(
        id=view.id,
        outcome=outcome,
        party=party,
        running=running,
        voice=toll_voice(view),
        partisan=view.partisan,
        low=_whole(fields.get("low")),
        best=_whole(fields.get("best")),
        high=_whole(fields.get("high")),
        day=day,
        said=said_on(view),
        start=start,
        published=view.published,
        **_place_fields(view),
    )


def _incident_days(view: ClaimView) -> tuple[date, date | None]:
    """(day, start) of an incident count: one battle's toll over named days
    ("over two days of fighting near X") is dated from its first day to its
    last, its point's `day` the last and `start` the first; any other
    incident is its claim's day, `start` as stored before."""
    when = view.fields.get("date")
    if isinstance(when, dict) and when.get("precision") == 1:
        first, last = _day_of(when.get("start")), _day_of(when.get("end"))
        if first is not None and last is not None and first < last:
            return last, first
    return view.day, period_start(view)


def points_of(views: Iterable[ClaimView]) -> list[Point]:
    """The toll points of these claims (`point_of`), with the parts of one
    total that name the same party summed into one point: "102 from HTS, 19
    from allied factions and 61 from government forces" are 121 rebels and 61
    soldiers, not two readings of the rebels' series of which one would
    supersede the other. The sum keeps the first part's claim id. A telling
    inside its head (`_inside_head`: the same count told again, a town's share
    of the stated total) is no point of its own; a retelling at a finer place
    lends the head its place."""
    ordered = sorted(views, key=lambda v: v.id)
    by_id = {v.id: v for v in ordered}
    inside: set[int] = set()
    finer: dict[int, ClaimView] = {}
    for view in ordered:
        head = by_id.get(view.fields.get("part_of"))  # type: ignore[arg-type]
        if head is None or point_of(head) is None or not _inside_head(view, head):
            continue
        inside.add(view.id)
        if view.fields.get("best") == head.fields.get("best") and _finer(view, finer.get(head.id, head)):
            finer[head.id] = view
    points: list[Point] = []
    merged: dict[tuple[int, object, str, str], int] = {}
    for view in ordered:
        point = point_of(view) if view.id not in inside else None
        if point is None:
            continue
        if view.id in finer:
            point = _placed_as(point, finer[view.id])
        head = view.fields.get("part_of")
        key = (view.report_id, head, point.party, point.outcome)
        if head is None or key not in merged:
            if head is not None:
                merged[key] = len(points)
            points.append(point)
            continue
        first = points[merged[key]]
        points[merged[key]] = replace(
            first,
            low=_sum(first.low, point.low),
            best=_sum(first.best, point.best),
            high=_sum(first.high, point.high),
        )
    return points


def _inside_head(view: ClaimView, head: ClaimView) -> bool:
    """Whether a telling linked to another (`part_of`) counts none but the
    other's people: the same outcome in the same report, of the same party
    or of no told side (`total`: "fourteen were killed" near one town, of
    the lead's 26 militants, is no total of its own).
    "24 militants were killed near Deir ez-Zor and Raqqa" then "12 near Deir
    ez-Zor ... another 12 in Raqqa", or the lead's count told again in the
    body: the head holds them all, and a second point for them would be
    added to it wherever the two are placed apart. A part of another party
    ("among them 11 children", "15 civilians and 27 fighters") is a
    breakdown, kept as its own party's point."""
    return (
        head.kind == "casualty"
        and head.report_id == view.report_id
        and head.fields.get("outcome") == view.fields.get("outcome")
        and view.fields.get("party") in (head.fields.get("party"), "total")
    )


def _finer(view: ClaimView, than: ClaimView) -> bool:
    """Whether a claim is placed more finely than another (a town against
    the headline's country)."""
    if view.place_id is None:
        return False
    return than.place_id is None or (view.precision or 3) < (than.precision or 3)


def _placed_as(point: Point, view: ClaimView) -> Point:
    return replace(point, **_place_fields(view))


def _place_fields(view: ClaimView) -> dict[str, Any]:
    """A claim's place as a toll point's fields."""
    return {
        "place_id": view.place_id,
        "place_name": view.place_name,
        "admin1": view.admin1,
        "country": view.country,
        "lat": view.lat,
        "lon": view.lon,
        "precision": view.precision,
        "place_inferred": bool(view.fields.get("place_inferred")),
    }


def _sum(a: int | None, b: int | None) -> int | None:
    return None if a is None and b is None else (a or 0) + (b or 0)


def _figure(point: Point) -> Figure | None:
    best, low, high = point.best, point.low, point.high
    if best is None and low is None:
        return None
    middle = int(best if best is not None else low or 0)
    return Figure(
        int(low) if low is not None else middle,
        middle,
        int(high) if high is not None else middle,
        (point.id,),
    )


def _combine(figures: list[Figure]) -> Figure:
    """One figure from several claimants' figures for the same deaths: the range across them."""
    if len(figures) == 1 and len(figures[0].claims) == 1:
        return figures[0]  # the range of one figure is itself (most incidents have one voice)
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


UNATTRIBUTED = "unattributed"
# Outlets whose own unattributed figures are nobody's count in particular:
# a wire or paper printing "more than 300 have died" names no counter.
_COUNTING_KINDS = {"monitor", "official", "state_media", "ngo"}
# How far a running toll's named place reaches when it is a town: its outskirts
# and countryside ("west of Aleppo") are read as inside it.
_TOLL_REACH_KM = 50.0


def _day_of(value: object) -> date | None:
    """A day from a stored field: an ISO string, or a date object {"start": …}."""
    if isinstance(value, dict):
        value = value.get("start")
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return value if isinstance(value, date) else None


def toll_voice(view: ClaimView) -> str:
    """Who stands behind a toll: its named claimant. A figure with no claimant,
    or one an outlet (a wire, a paper) prints in its own voice without naming
    who counted, belongs to the voice "unattributed", which is never merged
    into a named voice's series."""
    claimant = view.claimant
    if not claimant:
        return UNATTRIBUTED
    if claimant == view.outlet or view.fields.get("via"):
        known = lookup(claimant)
        if known is None or known.kind.value not in _COUNTING_KINDS:
            return UNATTRIBUTED
    return claimant


def period_start(view: ClaimView) -> date | None:
    """The first day a running toll covers ("since Wednesday"), or None when
    the report does not say. Claims with a `period_start` field carry it there;
    older claims carried it as their date."""
    if "period_start" in view.fields:
        return _day_of(view.fields.get("period_start"))
    when = view.fields.get("date")
    return _day_of(when) if when else None


def said_on(view: ClaimView) -> date:
    """The day a toll speaks as of: its `as_of` field, else its report's day."""
    return _day_of(view.fields.get("as_of")) or view.published


def _is_running(point: Point) -> bool:
    return point.running


@dataclass(frozen=True)
class Series:
    """One voice's running toll for one party: its latest reading up to the
    end of the window (less its last reading before the window starts)."""

    voice: str
    figure: Figure
    latest: Point
    start: date | None
    said: date
    readings: int


def _series(views: list[Point], since: date | None, until: date) -> list[Series]:
    by_voice: dict[str, list[Point]] = defaultdict(list)
    for view in views:
        by_voice[view.voice].append(view)
    found = []
    for voice, readings in sorted(by_voice.items()):
        readings.sort(key=lambda v: (v.said, v.published, v.id))
        upto = [v for v in readings if v.said <= until]
        if not upto or (since is not None and not [v for v in upto if v.said >= since]):
            continue  # nothing said inside the window: its last word is about earlier days
        last = upto[-1]
        latest = _figure(last)
        if latest is None:
            continue
        start = last.start
        if since is not None and (start is None or start < since):
            before = [v for v in upto if v.said < since]
            base = _figure(before[-1]) if before else None
            if base is not None:
                latest = Figure(
                    max(latest.low - base.high, 0),
                    max(latest.best - base.best, 0),
                    max(latest.high - base.low, 0),
                    latest.claims + base.claims,
                )
        count = last.readings if last.readings is not None else len(upto)
        found.append(Series(voice, latest, last, start, last.said, count))
    return found


@dataclass(frozen=True)
class Incident:
    """One incident (place, day) with its figure: the range across the voices telling it."""

    views: tuple[Point, ...]
    figure: Figure


def _first_day(point: Point) -> date:
    """An incident's first day: a battle's told over several days starts before its `day`."""
    return point.start if point.start is not None and point.start < point.day else point.day


def _battles(views: list[Point]) -> dict[int, list[tuple[date, date]]]:
    """Per place, the spans of days of the battles told there (incidents over
    several days), overlapping spans joined: one battle told as "over two
    days" on Saturday and as "on Thursday and Friday" elsewhere."""
    spans: dict[int, list[tuple[date, date]]] = defaultdict(list)
    for view in views:
        if view.place_id is not None and not view.running and _first_day(view) < view.day:
            spans[view.place_id].append((_first_day(view), view.day))
    joined: dict[int, list[tuple[date, date]]] = {}
    for place, items in spans.items():
        out: list[tuple[date, date]] = []
        for first, last in sorted(items):
            if out and first <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], last))
            else:
                out.append((first, last))
        joined[place] = out
    return joined


def _incident_key(view: Point, battles: dict[int, list[tuple[date, date]]]) -> tuple[int | None, date]:
    """The incident a count tells: its place and day, or the battle at its
    place whose days it falls in (keyed by the battle's last day)."""
    for first, last in battles.get(view.place_id, []) if view.place_id is not None else []:
        if _first_day(view) <= last and view.day >= first:
            return view.place_id, last
    return view.place_id, view.day


def _incidents(views: list[Point]) -> list[Incident]:
    """Distinct incidents; one incident told by several voices counts once,
    and a battle told over several days takes the counts at its place on its days."""
    told: dict[tuple[int | None, date], dict[str, tuple[Point, Figure]]] = defaultdict(dict)
    battles = _battles(views)
    for view in sorted(views, key=lambda v: v.id):
        fig = _figure(view)
        if fig is None:
            continue
        per_voice = told[_incident_key(view, battles)]
        voice = view.voice
        # Several figures from one voice for one incident: its largest.
        if voice not in per_voice or per_voice[voice][1].best < fig.best:
            per_voice[voice] = (view, fig)
    return [
        Incident(tuple(v for v, _ in said.values()), _combine([f for _, f in said.values()]))
        for said in told.values()
    ]


def covers(series: Series, incident: Point) -> bool:
    """Whether a running toll includes an incident: the incident's day lies
    in the toll's period and its place in the toll's area (a toll that names
    no place, or only one guessed from the report, covers the whole area asked
    about; a region covers its towns; a town covers its surroundings)."""
    day = incident.day
    if day > series.said or (series.start is not None and day < series.start):
        return False
    toll = series.latest
    if toll.place_id is None or toll.place_inferred or incident.place_id is None:
        return True
    if toll.place_id == incident.place_id:
        return True
    if (toll.precision or 1) > 1 and (
        (toll.admin1 and toll.admin1 == incident.admin1) or toll.place_name == incident.country
    ):
        return True
    if None in (toll.lat, toll.lon, incident.lat, incident.lon):
        return False
    assert toll.lat is not None and toll.lon is not None
    assert incident.lat is not None and incident.lon is not None
    return distance_km((toll.lat, toll.lon), (incident.lat, incident.lon)) <= _TOLL_REACH_KM


def _with_incidents(series: Series, incidents: list[Incident]) -> Figure:
    """A voice's running toll with the incidents it does not cover added; the
    incidents it covers are inside it (where they add up to more, their sum)."""
    inside: list[Incident] = []
    outside: list[Incident] = []
    for incident in incidents:
        covered = any(covers(series, v) for v in incident.views)
        (inside if covered else outside).append(incident)
    figure = series.figure
    inside_sum = _add(i.figure for i in inside)
    if inside_sum is not None and inside_sum.best > figure.best:
        figure = inside_sum
    extra = _add(i.figure for i in outside)
    if extra is None:
        return figure
    return Figure(
        figure.low + extra.low,
        figure.best + extra.best,
        figure.high + extra.high,
        tuple(sorted({*figure.claims, *extra.claims})),
    )


def headline_rank(voice: str) -> int:
    """How fit a voice's running toll is to be the headline: 2 an independent
    monitor (the Observatory, Airwars), 1 an international organisation or NGO
    counting the dead (the UN, the Red Cross), 0 anyone else."""
    known = lookup(voice)
    if known is None:
        return 0
    if known.kind.value == "monitor":
        return 2
    return int(known.kind.value == "ngo" or (known.kind.value == "official" and not known.country))


@dataclass(frozen=True)
class _Voices:
    """One side's points (independent or partisan) read per voice: each
    voice's running series and each voice's own incidents."""

    series: list[Series]
    told: list[Point]  # the incident counts
    told_by: dict[str, list[Point]]  # the same, by voice
    incidents: dict[str, list[Incident]]  # each voice's own incidents

    @classmethod
    def of(cls, views: list[Point], since: date | None, until: date) -> _Voices:
        told = [v for v in views if not _is_running(v)]
        by_voice: dict[str, list[Point]] = defaultdict(list)
        for view in told:
            by_voice[view.voice].append(view)
        return cls(
            _series([v for v in views if _is_running(v)], since, until),
            told,
            by_voice,
            {voice: _incidents(points) for voice, points in by_voice.items()},
        )


def _voice_figures(voices: _Voices, partisan: bool) -> list[VoiceFigure]:
    """Each voice's own figure: its running toll (with its own incidents
    outside it), else the sum of the incidents it told."""
    listed = []
    with_series = set()
    for series in voices.series:
        figure = _with_incidents(series, voices.incidents.get(series.voice, []))
        listed.append(VoiceFigure(series.voice, figure, series.said, partisan, series.readings))
        with_series.add(series.voice)
    for voice, told in sorted(voices.told_by.items()):
        if voice in with_series:
            continue
        summed = _add(i.figure for i in voices.incidents[voice])
        if summed is not None:
            listed.append(VoiceFigure(voice, summed, max(v.published for v in told), partisan, 0))
    return listed


def _estimate(
    party: str, views: list[Point], since: date | None, until: date, quiet: Iterable[Quiet] = ()
) -> Estimate:
    independent = [v for v in views if not v.partisan]
    partisan = [v for v in views if v.partisan]
    quiet_partisan = [c for _p, is_partisan, c in quiet if is_partisan and c is not None]
    has_independent = bool(independent) or any(not is_partisan for _p, is_partisan, _c in quiet)
    sides = _Voices.of(independent, since, until), _Voices.of(partisan, since, until)
    estimate = Estimate(
        party=party,
        partisan_claims=sorted([v.id for v in partisan] + quiet_partisan),
        partisan_only=not has_independent and bool(partisan or quiet_partisan),
        voices=_voice_figures(sides[0], False) + _voice_figures(sides[1], True),
    )
    used = sides[0] if has_independent else sides[1]
    running, told = used.series, used.told
    with_series = {s.voice for s in running}
    # Incidents told by voices with no running toll of their own.
    loose = _incidents([v for v in told if v.voice not in with_series])
    named_loose = [i for i in loose if any(v.voice != UNATTRIBUTED for v in i.views)]
    figures: dict[str, Figure] = {}
    for series in running:
        own = used.incidents.get(series.voice, [])
        # Unattributed figures never add to a named voice's series, nor the reverse.
        others = named_loose if series.voice != UNATTRIBUTED else []
        figures[series.voice] = _with_incidents(series, own + others)
    if not with_series - {UNATTRIBUTED}:
        # No named running toll: the named incident counts, added, are a reading of their own.
        summed = _add(i.figure for i in (named_loose if figures else loose))
        if summed is not None:
            figures["incidents"] = summed
    if not figures:
        return estimate
    monitors = [s for s in running if headline_rank(s.voice) and not s.latest.partisan]
    if monitors:
        # The independent monitor's series is the headline figure.
        head = max(monitors, key=lambda s: (headline_rank(s.voice), s.readings, s.said, s.voice))
        chosen = figures[head.voice]
        estimate.headline_voice = head.voice
    else:
        chosen = _combine(list(figures.values()))
    estimate.low = min(f.low for f in figures.values())
    estimate.best = chosen.best
    estimate.high = max(f.high for f in figures.values())
    estimate.claims = sorted(chosen.claims)
    return estimate


def _in_area(view: Point, area: str | None) -> bool:
    if not area:
        return True
    wanted = area.casefold().strip()
    return any(v and v.casefold() == wanted for v in (view.place_name, view.admin1, view.country))


def _in_period(view: Point, since: date | None, until: date) -> bool:
    if view.running:
        # Earlier readings stay in: they are the baseline a window's deaths are counted from.
        start = view.start
        return start is None or start <= until
    return view.day <= until and (since is None or view.day >= since)


def latest_day(session: Session) -> date:
    latest = session.scalars(
        select(Report.published_at)
        .where(Report.published_at.is_not(None))
        .order_by(Report.published_at.desc())
        .limit(1)
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
    from_claims: bool = False,
) -> tuple[date, Estimate, list[Estimate]]:
    """The total and each party's estimate, from reports published up to `as_of`.

    Reads the toll points reconcile keeps (`tolls.load_points`: only the rows
    the area and days need); `from_claims` computes the same from every
    stored casualty claim instead (slow: the check that both agree)."""
    as_of = as_of or latest_day(session)
    end = min(until, as_of) if until else as_of
    quiet: list[Quiet] = []
    if from_claims:
        views = load_views(session, claim_query().where(Claim.kind == "casualty"))
        points = points_of(views)
    else:
        from warmonitor.reconcile.tolls import load_points

        points, quiet = load_points(session, outcome=outcome, area=area, since=since, end=end, as_of=as_of)
    total, parties = estimate_from_points(
        points, area=area, since=since, end=end, as_of=as_of, outcome=outcome, quiet=quiet
    )
    return as_of, total, parties


def estimate_from_points(
    points: Iterable[Point],
    *,
    area: str | None,
    since: date | None,
    end: date,
    as_of: date,
    outcome: str,
    quiet: Iterable[Quiet] = (),
) -> tuple[Estimate, list[Estimate]]:
    """The total and each party's estimate from toll points (any superset of
    those the filters select: they are applied here), and the running
    readings read only as evidence (`quiet`: already filtered)."""
    views = [
        v
        for v in points
        if v.published <= as_of and v.outcome == outcome and _in_area(v, area) and _in_period(v, since, end)
    ]
    by_party: dict[str, list[Point]] = defaultdict(list)
    for view in views:
        by_party[view.party].append(view)
    quiet_by_party: dict[str, list[Quiet]] = defaultdict(list)
    for item in quiet:
        quiet_by_party[item[0]].append(item)
        by_party.setdefault(item[0], [])
    parties = [
        _estimate(party, group, since, end, quiet_by_party[party])
        for party, group in by_party.items()
        if party != "total"
    ]
    parties.sort(key=lambda e: (PARTY_ORDER.index(e.party) if e.party in PARTY_ORDER else 99, e.party))
    total = _estimate("total", by_party.get("total", []), since, end, quiet_by_party["total"])
    whole_parties = [e for e in parties if ":" not in e.party and e.best is not None]
    if whole_parties and total.best is None:
        # No toll at all: the parts' sum is the total.
        total.low = sum(e.low or 0 for e in whole_parties)
        total.best = sum(e.best or 0 for e in whole_parties)
        total.high = sum(e.high or 0 for e in whole_parties)
        total.claims = sorted({c for e in whole_parties for c in e.claims} | set(total.claims))
    return total, parties
