"""What several exports decide the same way: which side an actor fights on,
how actors are ordered, and the short generated note describing an event."""

from __future__ import annotations

from datetime import date

from warmonitor.export.rows import EventRow
from warmonitor.reconcile.views import side_of
from warmonitor.store.models import Actor

CIVILIANS = 7


def ordered_actors(row: EventRow) -> tuple[Actor | None, Actor | None]:
    """actor1 the one who acts, actor2 the one acted on: civilians are never
    actor1 while an armed actor is named (ACLED's convention)."""
    first, second = row.actor1, row.actor2
    if first is not None and first.inter_code == CIVILIANS:
        first, second = second, first
    return first, second


def same_side(name: str, actor: Actor | None) -> bool:
    """Whether a named actor fights alongside `actor` (same side, or listed as its ally)."""
    if actor is None:
        return False
    allies = set((actor.relations or {}).get("allied_with") or [])
    if name in allies:
        return True
    side = side_of(name)
    return side is not None and side == side_of(actor.name)


def day_words(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def note(row: EventRow, actor1: Actor | None, actor2: Actor | None) -> str:
    """A short summary built from the event's coded fields and its claims'
    claimants (never a report's own sentences)."""
    event = row.event
    what = (event.sub_event_type or event.event_type).lower()
    who = " and ".join(a.name for a in (actor1, actor2) if a is not None)
    where = ", ".join(dict.fromkeys(v for v in (event.location, event.admin1, event.country) if v))
    day = day_words(event.date_start) if event.date_start else "an unknown day"
    parts = [
        f"On {day}, {what}" + (f" involving {who}" if who else "") + (f" in {where}" if where else "") + "."
    ]
    if event.fatalities_low is not None:
        low, high = event.fatalities_low, event.fatalities_high or event.fatalities_low
        figure = f"{low}" if low == high else f"between {low} and {high}"
        parts.append(f"Reported killed: {figure}.")
    denied = sorted({c.voice for c in row.claims if c.stance == "denied"})
    if denied:
        parts.append(f"Denied by {', '.join(denied)}.")
    voices = row.voices
    if voices:
        grade = f"; graded {event.grade}" if event.grade else ""
        parts.append(f"{len(voices)} source(s): {', '.join(voices)}{grade}.")
    return " ".join(parts)
