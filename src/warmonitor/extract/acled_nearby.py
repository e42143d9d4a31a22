"""Namesakes a note cannot tell apart, told apart by where the batch's other
events lie.

A coder who reads "Russian forces shelled Pokrovske, Donetsk" knows which of
Donetsk oblast's two Pokrovskes lies on the front: the one the week's other
reports keep naming. A note alone says nothing of it, but a file of notes
does: `code_notes` locates every note once, then reads again, with the
points of the file's other events in the same country, the few notes whose
place was a free choice between namesakes of one name and of about one size
in the region the note allows. The busier namesake wins only by a clear
margin, so a town chosen for its size over a much smaller one, or for the
region the note names, stays. In January-April 2022 notes ACLED's place was
the largest of same-region namesakes 23 times and a smaller one 8 times;
this moves 5 notes to ACLED's place and none away (Pokrovske on the Donetsk
front, El Salto by Guadalajara, Pervomaisk in Luhansk oblast). Nothing here
applies to text extraction, which reads one report at a time.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from warmonitor.extract.gazetteer import FEATURE_RANK, PlaceCandidate, distance_km

RADIUS_KM = 50.0  # a front line's or a city's surroundings
MIN_EVENTS = 3  # fewer other events near a namesake say nothing
SIZE_RATIO = 3  # a town three times larger than its namesake is the one meant, busy or not
_SAME_PLACE_KM = 25.0  # namesakes closer than this are one place for ACLED's 25 km


@dataclass
class Nearby:
    """The batch's event points, by one-degree cell: only those of notes whose
    place was no free choice, so that notes guessing at one namesake do not
    vouch for it."""

    cells: dict[tuple[int, int], list[tuple[float, float]]] = field(default_factory=dict)

    def add(self, lat: float, lon: float) -> None:
        self.cells.setdefault((math.floor(lat), math.floor(lon)), []).append((lat, lon))

    def count(self, lat: float, lon: float) -> int:
        """Events within RADIUS_KM of the point."""
        # Cells of a degree: 50 km lies within one of latitude, and two of longitude below 70 degrees.
        return sum(
            1
            for dlat in (-1, 0, 1)
            for dlon in (-2, -1, 0, 1, 2)
            for point in self.cells.get((math.floor(lat) + dlat, math.floor(lon) + dlon), ())
            if distance_km((lat, lon), point) <= RADIUS_KM
        )


_NEARBY: ContextVar[Nearby | None] = ContextVar("acled_nearby", default=None)
_OPEN: ContextVar[list[bool] | None] = ContextVar("acled_open_choice", default=None)


@contextmanager
def around(nearby: Nearby) -> Iterator[None]:
    """Read notes with the batch's other events in view."""
    token = _NEARBY.set(nearby)
    try:
        yield
    finally:
        _NEARBY.reset(token)


@contextmanager
def watching() -> Iterator[list[bool]]:
    """Read a note and tell whether its place was a free choice between namesakes
    (the list holds True once one was), so that only such notes are read again."""
    seen: list[bool] = []
    token = _OPEN.set(seen)
    try:
        yield seen
    finally:
        _OPEN.reset(token)


def _rivals(best: PlaceCandidate, pool: Sequence[PlaceCandidate]) -> list[PlaceCandidate]:
    """Namesakes as good as `best` by everything the note says: found by the same
    written name (an alternate name too: the note's "Pervomaisk" is also
    Luhansk oblast's Sokolohirsk), of the same kind, far enough to be another
    place, and not much smaller."""
    return [
        c
        for c in pool
        if c.feature in ("city", "village")
        and FEATURE_RANK.get(c.feature, 5) == FEATURE_RANK.get(best.feature, 5)
        and SIZE_RATIO * max(c.population, 1) >= best.population
        and distance_km((c.lat, c.lon), (best.lat, best.lon)) > _SAME_PLACE_KM
    ]


def busiest(best: PlaceCandidate, pool: Sequence[PlaceCandidate]) -> PlaceCandidate:
    """`best`, or a namesake of it near clearly more of the batch's events."""
    if best.feature not in ("city", "village"):
        return best
    nearby = _NEARBY.get()
    if nearby is None:
        if (seen := _OPEN.get()) is not None and _rivals(best, pool):
            seen.append(True)
        return best
    rivals = _rivals(best, pool)
    if not rivals:
        return best
    mine = nearby.count(best.lat, best.lon)
    counts = [(nearby.count(c.lat, c.lon), c) for c in rivals]
    most, rival = max(counts, key=lambda pair: (pair[0], pair[1].population))
    return rival if most >= MIN_EVENTS and most >= 2 * mine + MIN_EVENTS else best
