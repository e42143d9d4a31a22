"""Events: claims about the same happening, across reports, graded.

Two event claims describe the same happening when all of these hold
(thresholds in MatchRules, set from the environment):
- the same ACLED event type, or two types one incident is told as
  (data/reconcile/compatible_event_types.csv: a strike and "it killed five
  civilians" are one event);
- their days are at most `window_days` apart;
- their places are at most `radius_km` apart, or one lies inside the other
  (a town in the region named); a claim with no place takes the place of a
  casualty figure told in its sentence, else matches only claims of its own
  report;
- their actors are compatible: one names none, or they share one.
Claims are taken in order of day (then id) and join the first event whose
first claim they match, so an event never stretches beyond the window and
the result does not depend on the order reports arrived in: re-running from
the stored claims gives the same events.

Grades (Airwars' scale):
- contested: a claim in the event is a denial;
- confirmed: a party to it says so itself (a claimant that is one of its actors);
- fair: two or more independent voices (a republished copy counts once);
- weak: one voice;
- discounted: every claim is hedged ("reportedly", "could not be verified").
"""

from __future__ import annotations

import csv
import dataclasses
import os
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from warmonitor.errors import ConfigError
from warmonitor.extract.actors import load_actors
from warmonitor.extract.gazetteer import distance_km
from warmonitor.reconcile.intake import actor_row
from warmonitor.reconcile.views import ClaimView, claim_query, load_views
from warmonitor.store.models import Claim, Event, EventClaim, Place

_SEVERITY = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Riots",
    "Protests",
    "Strategic developments",
)


@dataclass(frozen=True)
class MatchRules:
    radius_km: float = 25.0
    window_days: int = 1

    @classmethod
    def from_env(cls) -> MatchRules:
        try:
            radius = float(os.environ.get("WARMONITOR_EVENT_RADIUS_KM") or cls.radius_km)
            window = int(os.environ.get("WARMONITOR_EVENT_WINDOW_DAYS") or cls.window_days)
        except ValueError:
            raise ConfigError(
                "WARMONITOR_EVENT_RADIUS_KM must be a number and WARMONITOR_EVENT_WINDOW_DAYS a whole number"
            ) from None
        if radius < 0 or window < 0:
            raise ConfigError("event matching thresholds must not be negative")
        return cls(radius, window)


def _actors(view: ClaimView) -> set[str]:
    return set(view.fields.get("actors") or [])


@cache
def compatible_types() -> frozenset[frozenset[str]]:
    """Pairs of event types one incident can be told as (a data file)."""
    path = resources.files("warmonitor") / "data" / "reconcile" / "compatible_event_types.csv"
    with path.open("r", encoding="utf-8") as fh:
        return frozenset(frozenset((row["event_type_a"], row["event_type_b"])) for row in csv.DictReader(fh))


def types_compatible(a: str | None, b: str | None) -> bool:
    return a == b or (a is not None and b is not None and frozenset((a, b)) in compatible_types())


def _inside(small: ClaimView, large: ClaimView) -> bool:
    """A town inside the region (or country) the other claim names."""
    if (large.precision or 1) < 2 or not large.place_name:
        return False
    return large.place_name in (small.admin1, small.country) or (
        large.admin1 is not None and large.admin1 == small.admin1 and large.place_name == large.admin1
    )


def same_happening(a: ClaimView, b: ClaimView, rules: MatchRules) -> bool:
    if not types_compatible(a.fields.get("event_type"), b.fields.get("event_type")):
        return False
    if abs((a.day - b.day).days) > rules.window_days:
        return False
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        if a.report_id != b.report_id or (a.lat is None) != (b.lat is None):
            return False
    elif (
        a.place_id != b.place_id
        and distance_km((a.lat, a.lon), (b.lat, b.lon)) > rules.radius_km
        and not _inside(a, b)
        and not _inside(b, a)
    ):
        return False
    left, right = _actors(a), _actors(b)
    return not left or not right or bool(left & right)


def group(views: list[ClaimView], rules: MatchRules) -> list[list[ClaimView]]:
    """Claims in order of day (then id) join the first group whose first claim
    they match, else start one. The order is the data's own, not the order
    reports arrived in, and a group never stretches beyond the window from
    its first claim (no chaining of day-after-day shelling into one event)."""
    groups: list[list[ClaimView]] = []
    for view in sorted(views, key=lambda v: (v.day, v.id)):
        for candidate in groups:
            if (view.day - candidate[0].day).days <= rules.window_days and same_happening(
                candidate[0], view, rules
            ):
                candidate.append(view)
                break
        else:
            groups.append([view])
    return sorted(groups, key=lambda g: min(v.id for v in g))


def grade(claims: list[ClaimView]) -> str:
    if any(c.stance == "denied" for c in claims):
        return "contested"
    if all(c.stance == "hedged" for c in claims):
        return "discounted"
    actors = {a for c in claims for a in _actors(c)}
    if any(c.claimant in actors and c.stance in ("asserted", "claimed") for c in claims):
        return "confirmed"
    return "fair" if len(independent_voices(claims)) >= 2 else "weak"


def independent_voices(claims: Iterable[ClaimView]) -> set[str]:
    return {c.voice for c in claims if c.stance != "hedged"}


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return (
        max(counts, key=lambda v: (counts[v], -_SEVERITY.index(v) if v in _SEVERITY else 0))
        if counts
        else None
    )


def _fatalities(casualties: list[ClaimView]) -> tuple[int | None, int | None, int | None]:
    """Per voice, its figure for the event (its largest total, else its parties'
    sum, each party once however many reports repeat it); then the range
    across voices, so the event's dead are counted once."""
    per_voice: dict[str, int] = {}
    for voice in {c.voice for c in casualties}:
        said = [c for c in casualties if c.voice == voice and c.fields.get("outcome") == "killed"]
        totals = [c.fields.get("best") or 0 for c in said if c.fields.get("party") == "total"]
        # One voice telling a party's dead in several reports is one figure: its largest.
        parts: dict[str, int] = {}
        for c in said:
            party = str(c.fields.get("party"))
            if party != "total" and ":" not in party:
                parts[party] = max(parts.get(party, 0), c.fields.get("best") or 0)
        if totals or parts:
            per_voice[voice] = max(totals) if totals else sum(parts.values())
    if not per_voice:
        return None, None, None
    values = list(per_voice.values())
    return min(values), int(statistics.median_low(values)), max(values)


def _actor_pair(claims: list[ClaimView]) -> tuple[str | None, str | None]:
    """actor1 the doer the claims name most, actor2 the one they tell it was
    done to (their `targets`), else their next doer: ACLED's actor1 acts."""
    doers = _ranked(a for c in claims for a in c.fields.get("actors") or [])
    targets = _ranked(a for c in claims for a in c.fields.get("targets") or [])
    first = doers[0] if doers else None
    second = [a for a in [*targets, *doers[1:]] if a != first]
    return (first, second[0] if second else None)


def _ranked(names: Iterable[str]) -> list[str]:
    counts = Counter(names)
    return sorted(counts, key=lambda a: (-counts[a], a))


def _actor_id(session: Session, name: str | None) -> int | None:
    if not name:
        return None
    known = load_actors().actors.get(name)
    return actor_row(session, name, known.inter if known else None, known.country if known else None).id


def _summary(event_type: str, sub: str | None, place: str | None, day: date, voices: set[str]) -> str:
    where = f" in {place}" if place else ""
    who = ", ".join(sorted(voices))
    return f"{sub or event_type}{where} on {day.isoformat()}; reported by {who}."


def build_event(session: Session, claims: list[ClaimView], casualties: list[ClaimView]) -> Event:
    located = [c for c in claims if c.place_id is not None]
    precise = [c for c in located if c.precision == 1] or located
    place_id = Counter(c.place_id for c in precise).most_common(1)[0][0] if precise else None
    place = session.get(Place, place_id) if place_id else None
    event_type = _most_common(c.fields.get("event_type") for c in claims) or "Strategic developments"
    sub = _most_common(
        c.fields.get("sub_event_type")
        for c in claims
        if c.fields.get("event_type") == event_type and c.fields.get("sub_event_type") != "uncertain"
    )
    days = sorted(c.day for c in claims)
    actor1, actor2 = _actor_pair(claims)
    low, best, high = _fatalities(casualties)
    voices = independent_voices(claims) or {c.voice for c in claims}
    event = Event(
        event_type=event_type,
        sub_event_type=sub,
        date_start=days[0],
        date_end=days[-1],
        date_precision=date_precision(claims),
        place_id=place_id,
        geo_precision=min((c.precision or 3 for c in precise), default=None),
        location=place.name if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        country=place.country if place else None,
        admin1=place.admin1 if place else None,
        actor1_id=_actor_id(session, actor1),
        actor2_id=_actor_id(session, actor2),
        fatalities_low=low,
        fatalities_best=best,
        fatalities_high=high,
        grade=grade(claims),
        independent_sources=len(voices),
        summary=_summary(event_type, sub, place.name if place else None, days[0], voices),
    )
    session.add(event)
    session.flush()
    session.add_all(EventClaim(event_id=event.id, claim_id=c.id) for c in claims + casualties)
    return event


def sentence_casualties(claims: list[ClaimView], casualties: list[ClaimView]) -> list[ClaimView]:
    """Incident counts told in the same sentence as one of the event's claims."""
    keys = {(c.report_id, c.sentence) for c in claims}
    return [
        c for c in casualties if (c.report_id, c.sentence) in keys and c.fields.get("scope") == "incident"
    ]


def placed_by_sentence(events: list[ClaimView], casualties: list[ClaimView]) -> list[ClaimView]:
    """An event claim whose sentence names no place takes the place of a
    casualty figure told in the same sentence ("five people died when a
    missile hit a street near Kharkiv's university"): both speak of one spot."""
    where = {(c.report_id, c.sentence): c for c in casualties if c.place_id is not None and c.lat is not None}
    placed = []
    for view in events:
        found = where.get((view.report_id, view.sentence)) if view.place_id is None else None
        if found is not None:
            view = dataclasses.replace(
                view,
                place_id=found.place_id,
                place_name=found.place_name,
                lat=found.lat,
                lon=found.lon,
                admin1=found.admin1,
                country=found.country,
                fields={**view.fields, "place": found.fields.get("place"), "place_from": found.id},
            )
        placed.append(view)
    return placed


def rebuild_events(session: Session, rules: MatchRules) -> int:
    """Regroup every event claim into events from scratch (the full rebuild)."""
    casualty_views = load_views(session, claim_query().where(Claim.kind == "casualty"))
    views = placed_by_sentence(
        load_views(session, claim_query().where(Claim.kind == "event")), casualty_views
    )
    groups = group(views, rules)
    session.execute(delete(EventClaim))
    session.execute(delete(Event))
    for claims in groups:
        build_event(session, claims, sentence_casualties(claims, casualty_views))
    return len(groups)


_CHUNK = 500  # ids per IN (...) list


def _by_ids(session: Session, kind: str, ids: Iterable[int]) -> list[ClaimView]:
    """The views of these claims that are of this kind (looked up by id; the
    kind is checked here, so the database does not walk the kind's index)."""
    ordered = sorted(set(ids))
    views: list[ClaimView] = []
    for first in range(0, len(ordered), _CHUNK):
        chunk = ordered[first : first + _CHUNK]
        views += [v for v in load_views(session, claim_query().where(Claim.id.in_(chunk))) if v.kind == kind]
    return views


def _placed(session: Session, views: list[ClaimView]) -> tuple[list[ClaimView], list[ClaimView]]:
    """Event views placed by their sentences' casualty figures, and those casualty views."""
    reports = sorted({v.report_id for v in views})
    casualties: list[ClaimView] = []
    for first in range(0, len(reports), _CHUNK):
        chunk = reports[first : first + _CHUNK]
        casualties += load_views(
            session, claim_query().where(Claim.kind == "casualty", Claim.report_id.in_(chunk))
        )
    return placed_by_sentence(views, casualties), casualties


class _Stored:
    """The stored events that have event claims on some days: their members
    (event claim ids) and each one's first claim in (day, id) order."""

    def __init__(self) -> None:
        self.members: dict[int, set[int]] = {}
        self.first: dict[int, tuple[date, int]] = {}
        self.days: dict[int, date] = {}  # claim id -> day

    def load(self, session: Session, first_day: date, last_day: date) -> set[int]:
        """Read the events with an event claim on first_day..last_day; their ids."""
        touching = (
            select(EventClaim.event_id)
            .join(Claim, Claim.id == EventClaim.claim_id)
            .where(Claim.kind == "event", Claim.day >= first_day, Claim.day <= last_day)
        )
        found = set(session.scalars(touching))
        fresh = sorted(found - set(self.members))
        # Two indexed look-ups (members by event, then their days by claim id): as
        # one join, SQLite walked every event claim of the store.
        linked: list[tuple[int, int]] = []
        for first in range(0, len(fresh), _CHUNK):
            chunk = fresh[first : first + _CHUNK]
            linked += [
                (e, c)
                for e, c in session.execute(
                    select(EventClaim.event_id, EventClaim.claim_id).where(EventClaim.event_id.in_(chunk))
                )
            ]
        days: dict[int, date | None] = {}
        claim_ids = sorted({claim_id for _event, claim_id in linked})
        for first in range(0, len(claim_ids), _CHUNK):
            chunk = claim_ids[first : first + _CHUNK]
            # By id alone (kind checked here): with the kind in the query SQLite
            # chose the (kind, day) index and read every event claim.
            found_days = session.execute(select(Claim.id, Claim.day, Claim.kind).where(Claim.id.in_(chunk)))
            days.update((c, d) for c, d, kind in found_days if kind == "event")
        for event_id, claim_id in linked:
            day = days.get(claim_id)
            if day is None:
                continue  # a casualty claim told with the event, or one of a report with no date
            self.members.setdefault(event_id, set()).add(claim_id)
            self.days[claim_id] = day
            self.first[event_id] = min(self.first.get(event_id, (day, claim_id)), (day, claim_id))
        return found

    def firsts(self, first_day: date, last_day: date) -> set[int]:
        return {c for d, c in self.first.values() if first_day <= d <= last_day}


def regroup_near(session: Session, rules: MatchRules, touched: set[int], revoiced: Iterable[int] = ()) -> int:
    """Regroup only the event claims near new claims (`touched`): from the
    first day a new claim speaks of, claims are taken in (day, id) order as
    `group` takes them, starting from the events open on that day (their
    first claim within the window before it), and on until the events the
    sweep opens agree with the stored ones for a whole window. From there on
    `group` would decide as it did before, so the result is the full
    rebuild's (`rebuild_events`), at the cost of the claims of a few days,
    not of the store. Events whose claims did not change keep their rows.
    Events with a claim in `revoiced` (its claimant changed: `voices`) are
    rewritten even if their claims are the same, as their voices are not.
    Returns how many events were (re)written."""
    new = _by_ids(session, "event", touched)
    if not new:
        return 0
    window = timedelta(days=rules.window_days)
    start = min(v.day for v in new)
    last_new = max(v.day for v in new)
    stored = _Stored()
    stored.load(session, start - window, start - timedelta(days=1))
    open_at_start = sorted(
        (first, event_id)
        for event_id, first in stored.first.items()
        if first[0] >= start - window and first[0] < start
    )
    # Members of the events open at `start` from before it stay as they are.
    kept = {
        event_id: {c for c in stored.members[event_id] if stored.days[c] < start}
        for _f, event_id in open_at_start
    }
    first_ids = {first[1] for first, _e in open_at_start}
    heads = {v.id: v for v in _placed(session, _by_ids(session, "event", first_ids))[0]}
    groups: list[tuple[ClaimView, list[ClaimView], int | None]] = [
        (heads[first[1]], [], event_id) for first, event_id in open_at_start if first[1] in heads
    ]
    swept: set[int] = set()
    day_from, day_to = start, last_new
    while True:
        stored.load(session, day_from, day_to)
        views, _casualties = _placed(
            session,
            load_views(
                session,
                claim_query().where(Claim.kind == "event", Claim.day >= day_from, Claim.day <= day_to),
            ),
        )
        for view in sorted(views, key=lambda v: (v.day, v.id)):
            swept.add(view.id)
            for head, members, _event in groups:
                if (view.day - head.day).days <= rules.window_days and same_happening(head, view, rules):
                    members.append(view)
                    break
            else:
                groups.append((view, [view], None))
        # Converged: the events opened in the last window are the stored ones.
        tail = (day_to - window + timedelta(days=1), day_to)
        opened = {head.id for head, _m, _e in groups if tail[0] <= head.day <= tail[1]}
        later = session.scalar(select(Claim.id).where(Claim.kind == "event", Claim.day > day_to).limit(1))
        if opened == stored.firsts(*tail) or later is None:
            break
        day_from, day_to = day_to + timedelta(days=1), day_to + window + timedelta(days=1)
    # Every stored event with a claim in the swept days is replaced by the sweep's.
    affected = {e for e, ids in stored.members.items() if ids & swept} | {e for _f, e in open_at_start}
    by_first = {first[1]: event_id for event_id, first in stored.first.items()}
    wanted: list[set[int]] = []
    for head, members, event_id in groups:
        ids = {v.id for v in members}
        if event_id is not None:
            ids |= kept.get(event_id, set())
        if head.id in by_first:  # past the swept days, its claims are the stored ones (converged)
            ids |= {c for c in stored.members[by_first[head.id]] if stored.days[c] > day_to}
        wanted.append(ids)
    changed = set(revoiced)
    current = {frozenset(stored.members[e]): e for e in affected}
    build = [ids for ids in wanted if frozenset(ids) not in current or ids & changed]
    kept_sets = {frozenset(w) for w in wanted if not w & changed}
    stale = [e for ids, e in current.items() if ids not in kept_sets]
    for first in range(0, len(stale), _CHUNK):
        chunk = stale[first : first + _CHUNK]
        session.execute(delete(EventClaim).where(EventClaim.event_id.in_(chunk)))
        session.execute(delete(Event).where(Event.id.in_(chunk)))
    views, casualties = _placed(session, _by_ids(session, "event", {c for ids in build for c in ids}))
    by_id = {v.id: v for v in views}
    for ids in sorted(build, key=min):
        # In the order `group` adds them: the event's place and types break ties by it.
        claims = sorted((by_id[c] for c in ids if c in by_id), key=lambda v: (v.day, v.id))
        build_event(session, claims, sentence_casualties(claims, casualties))
    return len(build)


def date_precision(claims: Sequence[ClaimView]) -> int:
    """An event's ACLED time precision: the best its claims' dates give; 2
    when none is dated by its text. A day inferred from the report's own
    (`date_basis` "report") says nothing of how precisely the text dates the
    event, so such claims count as undated, as they were before they had it."""
    precisions = [
        int(c.fields["date"]["precision"])
        for c in claims
        if c.fields.get("date") and c.fields.get("date_basis") != "report"
    ]
    return min(precisions) if precisions else 2
