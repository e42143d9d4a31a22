"""Who controls each place, day by day, and on what evidence.

Control claims about a town itself (not "villages west of it", not "its
airport") are read day by day. Each independent voice counts once a day, with
its latest word: an army that says "we repelled them" in the morning and
admits "our units withdrew" at night has conceded. On each day:

- every voice naming the same side (government or rebels) as holder -> held
  by that side, named by its most specific actor (HTS rather than "rebels");
- voices naming different sides -> contested, both sides' claims listed (the
  side with more independent voices first, its claims as evidence, the
  others as `disputed_by`);
- no claim that day -> the previous day's state carries on.

A gain or loss is a change on its day; "holds" and "repelled" say who holds
it on that day. A loss with no gainer named disputes the loser without
naming a new holder. Contradictions are never settled by fiat: the state
stays contested until a later day's evidence agrees (an admitted
withdrawal, independent confirmation).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from warmonitor.extract.actors import load_actors
from warmonitor.reconcile.intake import actor_row
from warmonitor.reconcile.views import ClaimView, claim_query, load_views, side_of
from warmonitor.store.models import Claim, ControlEvidence, ControlPeriod

UNKNOWN_SIDE = "unknown"


@dataclass
class DayState:
    day: date
    status: str  # held | contested
    side: str
    actor: str | None
    evidence: set[int] = field(default_factory=set)
    disputed_by: set[int] = field(default_factory=set)
    confidence: float = 0.0


@dataclass
class Period:
    start: date
    end: date | None
    status: str
    actor: str | None
    confidence: float
    evidence: set[int]
    disputed_by: set[int]


def _applies(view: ClaimView) -> bool:
    """About the town itself (or a part of it: districts entered), with a
    precise place, not denied. A part only ever counts as a contest, and only
    on a day another side is named there (see `_day_state`)."""
    if view.place_id is None or view.stance == "denied":
        return False
    return view.precision in (None, 1)


def _is_part(view: ClaimView) -> bool:
    """A part gained or held (districts entered, the airport); fighting "in
    parts of" a town is a contest of the town, not a foothold."""
    return view.fields.get("extent") == "part" and view.fields.get("change") in ("gained", "holds")


def _side(actor: str | None) -> str:
    return side_of(actor) or UNKNOWN_SIDE


def _named(actors: list[str]) -> str | None:
    """The most specific actor named for a side: a dictionary actor over a generic one."""
    book = load_actors().actors
    counts = Counter(a for a in actors if a)
    if not counts:
        return None
    return max(counts, key=lambda a: (a in book, counts[a], -actors.index(a)))


def _day_state(day: date, views: list[ClaimView], previous: DayState | None) -> DayState | None:
    """The state of one day, or None when no side can be named (a lone
    "stormed" with no actor and no earlier state says nothing showable)."""
    latest: dict[str, list[ClaimView]] = {}
    for view in sorted(views, key=lambda v: (v.published, v.report_id)):
        # A voice's later report that day replaces what it said earlier.
        if view.voice in latest and latest[view.voice][0].report_id != view.report_id:
            del latest[view.voice]
        latest.setdefault(view.voice, []).append(view)
    support: dict[str, list[ClaimView]] = defaultdict(list)  # holds it
    present: dict[str, list[ClaimView]] = defaultdict(list)  # fights there: attacked, repelled, entered part
    lost: dict[str, list[ClaimView]] = defaultdict(list)  # admits losing it
    unnamed: list[ClaimView] = []
    for said in latest.values():
        for view in said:
            change, actor = view.fields.get("change"), view.fields.get("actor")
            if not actor:
                unnamed.append(view)  # contested, or a gain by someone unnamed
            elif change in ("gained", "holds"):
                (present if _is_part(view) else support)[_side(actor)].append(view)
            elif change == "lost":
                lost[_side(actor)].append(view)
            else:
                present[_side(actor)].append(view)
    # A part gained (districts entered) contests the place only on a day
    # another side is named there; alone it is a foothold, not a contest
    # (an airport taken does not change who holds the city).
    defended = set(support) | {s for s, c in present.items() if any(not _is_part(v) for v in c)}
    for side in [s for s, c in present.items() if all(_is_part(v) for v in c)]:
        if not defended - {side}:
            del present[side]
    sides = list(dict.fromkeys([*support, *present]))
    credited: dict[str, list[ClaimView]] = defaultdict(list)  # another side's admitted loss
    for loser, claims in lost.items():
        winners = [s for s in sides if s != loser] or (
            [previous.side] if previous is not None and previous.side != loser else []
        )
        for winner in winners:
            credited[winner].extend(claims)
        if winners and winners[0] not in sides:
            sides.append(winners[0])
    if not sides:
        if previous is None:
            return None
        sides = [previous.side]
    voices = {s: {v.voice for v in support[s] + credited[s]} for s in sides}
    presence = {s: {v.voice for v in present[s]} for s in sides}
    previous_side = previous.side if previous is not None else None
    side = max(
        sides,
        key=lambda s: (
            len(voices[s]),
            len(presence[s]),
            s == previous_side,
            any(not _is_part(v) for v in present[s]),
            s != UNKNOWN_SIDE,
        ),
    )
    mine = support[side] + present[side] + credited[side]
    others = [v for s in sides if s != side for v in support[s] + present[s]] + lost.get(side, []) + unnamed
    actor = _named([v.fields["actor"] for v in support[side] + present[side]])
    if (
        previous is not None
        and previous.side == side
        and (actor is None or _generic_for(actor, previous.actor))
    ):
        # "the rebels now control the city", the day after M23 took it: the same side, named as before
        actor = previous.actor
    if actor is None and side == UNKNOWN_SIDE:
        return None
    n_for = len({v.voice for v in mine}) or 1
    n_against = len({v.voice for v in others})
    state = DayState(
        day=day,
        status="contested" if others or present[side] else "held",
        side=side,
        actor=actor,
        evidence={v.id for v in mine},
        disputed_by={v.id for v in others},
        confidence=round(n_for / (n_for + n_against) * (1 - 0.5**n_for), 3),
    )
    if not mine and previous is not None:  # carried over, now disputed
        state.evidence = set(previous.evidence)
    return state


def _generic_for(actor: str, before: str | None) -> bool:
    """Whether `actor` is a generic name ("Rebel Group (Democratic Republic of
    Congo)") where the same side was named by a dictionary actor the day
    before (M23): a report saying "the rebels" means the group it fights as."""
    book = load_actors().actors
    return actor not in book and before is not None and before in book


def control_sides(holder: str | None, claims: list[dict[str, Any]]) -> list[str]:
    """The sides a period's claims name, each by its most specific actor,
    the holder's side first: ["Hayat Tahrir al-Sham", "Military Forces of Syria"]."""
    by_side: dict[str, list[str]] = defaultdict(list)
    for fields in claims:
        actor = fields.get("actor")
        if isinstance(actor, str) and actor:
            by_side[_side(actor)].append(actor)
    named = {side: _named(actors) for side, actors in by_side.items()}
    first = _side(holder) if holder else None
    ordered = sorted(named, key=lambda s: (s != first, s == UNKNOWN_SIDE, s))
    found = [name for s in ordered if (name := holder if s == first and holder else named[s])]
    return list(dict.fromkeys(found))


def timeline(views: list[ClaimView]) -> list[Period]:
    """The control periods of one place from its control claims."""
    by_day: dict[date, list[ClaimView]] = defaultdict(list)
    for view in views:
        if _applies(view):
            by_day[view.day].append(view)
    if not by_day:
        return []
    periods: list[Period] = []
    previous: DayState | None = None
    day, last = min(by_day), max(by_day)
    while day <= last:
        found = _day_state(day, by_day[day], previous) if day in by_day else None
        if found is None and previous is None:
            day += timedelta(days=1)  # nothing nameable yet
            continue
        if found is not None:
            state = found
        else:
            assert previous is not None
            state = DayState(
                day, previous.status, previous.side, previous.actor, confidence=previous.confidence
            )
        current = periods[-1] if periods else None
        if current and (current.status, current.actor) == (state.status, state.actor):
            current.evidence |= state.evidence
            current.disputed_by |= state.disputed_by
            current.confidence = max(current.confidence, state.confidence)
        else:
            if current:
                current.end = day - timedelta(days=1)
            periods.append(
                Period(
                    day, None, state.status, state.actor, state.confidence, state.evidence, state.disputed_by
                )
            )
        previous = state
        day += timedelta(days=1)
    return periods


def rebuild_places(session: Session, place_ids: set[int]) -> int:
    """Recompute the stored periods of these places from all their claims."""
    count = 0
    for place_id in sorted(place_ids):
        query = claim_query().where(Claim.kind == "control", Claim.place_id == place_id)
        views = load_views(session, query)
        fields = {v.id: v.fields for v in views}
        periods = timeline(views)
        old = select(ControlPeriod.id).where(ControlPeriod.place_id == place_id)
        session.execute(delete(ControlEvidence).where(ControlEvidence.period_id.in_(old)))
        session.execute(delete(ControlPeriod).where(ControlPeriod.place_id == place_id))
        for period in periods:
            actor_id = _actor_id(session, period.actor)
            row = ControlPeriod(
                place_id=place_id,
                actor_id=actor_id,
                status=period.status,
                start=period.start,
                end=period.end,
                confidence=period.confidence,
                # What `/control` shows beside it, worked out once here, not per request.
                sides=control_sides(
                    period.actor, [fields[c] for c in sorted(period.evidence | period.disputed_by)]
                ),
            )
            session.add(row)
            session.flush()
            session.add_all(
                [
                    ControlEvidence(period_id=row.id, claim_id=c, role="evidence")
                    for c in sorted(period.evidence)
                ]
                + [
                    ControlEvidence(period_id=row.id, claim_id=c, role="disputed_by")
                    for c in sorted(period.disputed_by - period.evidence)
                ]
            )
            count += 1
    return count


def _actor_id(session: Session, name: str | None) -> int | None:
    if name is None:
        return None
    known = load_actors().actors.get(name)
    inter = known.inter if known else (2 if name.startswith("Rebel Group") else None)
    return actor_row(session, name, inter, known.country if known else None).id
