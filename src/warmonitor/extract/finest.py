"""The finest place a sentence names for what happened in it.

"An IS car bomb killed 20 people in eastern Syria near the city of Deir
al-Zor": the country comes first in the sentence, but the town inside it is
where it happened; ACLED codes the town (geo precision 2 for "near") and an
analyst reads the country as the town's frame. The rule holds for any
country: "in northern Mali near Gao", "in Iraq near Mosul", "in Aleppo
province near the town of Atarib".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from warmonitor.extract.gazetteer import PlaceCandidate, distance_km

# Features of a frame: a country, or a first-level region.
_FRAMES = frozenset(("country", "admin1"))
# Features of a place an event can be coded at a town's precision.
_TOWNS = frozenset(("city", "village", "admin3"))
# Features of a country's regions, finer than the country when no town is named.
_REGIONS = frozenset(("admin1", "admin2"))
# A named area the gazetteer holds as a row of its own (a mountain range, a
# plateau, a plain: the Qalamoun, the Golan, Jabal al-Turkman, Eastern
# Ghouta) is no town: its row's precision says so (2 or coarser, as ACLED
# codes such an area). A town named inside it is the finer place, and the
# area frames it as a region does. An area reaches past its row's region
# only so far from its point.
_AREA_REACH_KM = 40.0


def is_area(place: PlaceCandidate) -> bool:
    """Whether `place` is a named area rather than a town (a `village` row
    whose source allows no finer precision than 2)."""
    return place.feature == "village" and (place.precision or 1) >= 2


class _Mention(Protocol):
    @property
    def place(self) -> PlaceCandidate: ...


M = TypeVar("M", bound=_Mention)


def town_inside_area(town: PlaceCandidate, area: PlaceCandidate) -> bool:
    """Whether `town` is a town (not another area) inside the named area `area`."""
    return is_area(area) and town.feature in _TOWNS and not is_area(town) and _inside(town, area)


def _inside(town: PlaceCandidate, frame: PlaceCandidate) -> bool:
    """Whether `town` lies in the country, region or area `frame` (by its
    codes; an area also by distance from its point)."""
    if town.country != frame.country:
        return False
    if frame.feature == "country" or (frame.admin1 is not None and town.admin1 == frame.admin1):
        return True
    return is_area(frame) and distance_km((town.lat, town.lon), (frame.lat, frame.lon)) <= _AREA_REACH_KM


def _namesake_city(place: PlaceCandidate) -> bool:
    """A city that bears its province's name ("Kandahar", "Ghazni", "Kunduz"):
    a release's "In Kandahar yesterday" may mean either."""
    return (
        place.feature == "city"
        and place.admin1 is not None
        and place.shown.casefold() == place.admin1.casefold()
    )


def finest_first(
    places: list[M],
    landmark: Callable[[M], bool] = lambda _m: False,
    unit_named: Callable[[M], bool] = lambda _m: False,
) -> list[M]:
    """`places` (a sentence's, in text order) with the first town inside the
    leading country or region moved before it; unchanged when the sentence
    opens on a town, or names no town inside its frame (a town elsewhere,
    "in Syria, the monitor in London said", frames nothing). A town named as
    a landmark (`landmark`: "a village northeast of Aleppo") or the region's
    own city ("rural Aleppo ... Aleppo") is no finer place: the text has not
    said the happening was there. With no such town, a leading country's
    own region comes first ("in Syria's northern Idlib province"). A leading
    city of its province's name frames a town or district of the province
    named by its unit's word (`unit_named`: "the town of X", "X district").
    A named area (`is_area`: "the Qalamoun mountains", "the Golan") frames
    the towns inside it as a region does, and is never the finer place."""
    if len(places) < 2:
        return places
    frame = places[0].place
    # "In Kandahar yesterday, ... near the town of Nagzhan in the Arghandab
    # district": a city of its province's name leading a sentence that names
    # a town or district of that province by its unit's word (`unit_named`)
    # is the province, the frame of the finer place (ISAF releases open so).
    namesake = _namesake_city(frame)
    if frame.feature not in _FRAMES and not namesake and not is_area(frame):
        return places

    def finer(m: M) -> bool:
        same_name = frame.feature in ("admin1", "city") and m.place.shown == frame.shown
        if namesake and not unit_named(m):
            return False  # "shelled Aleppo from Anadan": no finer place of the city's act
        town = m.place.feature in _TOWNS and not is_area(m.place)
        return town and _inside(m.place, frame) and not same_name and not landmark(m)

    town = next((m for m in places[1:] if finer(m)), None)
    if town is None and frame.feature == "country":
        # "in Syria's northern Idlib province", "in Afghanistan's southern
        # Kandahar province": with no town, the country's region it names.
        town = next((m for m in places[1:] if _region_of(m.place, frame) and not landmark(m)), None)
    if town is None:
        return places
    return [town, *(m for m in places if m is not town)]


def _region_of(region: PlaceCandidate, country: PlaceCandidate) -> bool:
    """Whether `region` is a first- or second-level region, or a named area, of `country`."""
    return (region.feature in _REGIONS or is_area(region)) and region.country == country.country
