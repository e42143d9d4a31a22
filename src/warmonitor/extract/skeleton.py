"""Consonant skeletons: one key for the romanisations of a name first written
in the Arabic script.

An abjad leaves short vowels unwritten, so reporters and coders romanise the
same name with whatever vowels they hear ("Hesh" and "Hish", "Tafs" and
"Tafas", "Rif Dimashq" for the governorate OCHA calls Rural Damascus), and
the emphatic consonants fall together (ta and emphatic ta, qaf and kaf).
The gazetteer carries many places' Arabic-script names (GeoNames alternate
names, OCHA's Arabic names), so a Latin name's skeleton can be compared with
the skeleton of a place's Arabic name: the letters that agree in both are
the consonants the abjad writes. The letter table is data
(data/gazetteer/transliteration_skeleton.csv).
"""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache
from pathlib import Path

from warmonitor.extract.gazetteer import PlaceCandidate, distance_km, fold, load_gazetteer

DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
_ARABIC = re.compile("[\u0600-\u06ff]")
_ARABIC_ARTICLE = re.compile(r"(?:^|(?<=\s))\u0627\u0644")  # al- fused to the word
# a final -ah/-eh is the taa marbuta the Arabic table leaves unwritten
_FINAL_H = re.compile(r"(?<=[aeiou])h\b")


@cache
def _tables() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    arabic: dict[str, str] = {}
    latin: list[tuple[str, str]] = []
    with (DATA / "transliteration_skeleton.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for written in row["written"].split("|"):
                if row["script"] == "arabic":
                    arabic[written] = row["skeleton"]
                else:
                    latin.append((written, row["skeleton"]))
    # digraphs before single letters ("sh" before "s", "h")
    return arabic, tuple(sorted(latin, key=lambda pair: -len(pair[0])))


def _collapse(letters: str) -> str:
    """Doubled consonants are one: a shadda is unwritten ("Darayya", "Daraya")."""
    return re.sub(r"(.)\1+", r"\1", letters.replace(" ", ""))


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The consonants an abjad writes of `name`, in the table's symbols:
    "Hesh", "Hish" and "حيش" give "hS"."""
    arabic, latin = _tables()
    if _ARABIC.search(name):
        text = _ARABIC_ARTICLE.sub("", name)
        return _collapse("".join(arabic.get(ch, "") for ch in text if ch.isalpha() or ch == " "))
    text = _FINAL_H.sub("", fold(name))
    out: list[str] = []
    i = 0
    while i < len(text):
        for written, symbol in latin:
            if text.startswith(written, i):
                out.append(symbol)
                i += len(written)
                break
        else:
            out.append(text[i] if text[i].isalpha() or text[i] == " " else "")
            i += 1
    return _collapse("".join(out))


def is_arabic_script(name: str) -> bool:
    return _ARABIC.search(name) is not None


_MIN_SYMBOLS = 2  # one consonant ("n" for Ninawa, Nawa, Nuwa...) names nothing
_SAME_PLACE_KM = 25.0
_MIN_RATIO = 70.0  # the written name still resembles the place's own
_MIN_RATIO_SHORT = 80.0  # ... closer for two consonants ("Shiwan" is no Shindand)
_MARGIN = 10.0  # over any other place of the same skeleton


def _distinct(places: tuple[PlaceCandidate, ...]) -> list[list[PlaceCandidate]]:
    """The places grouped where they lie within _SAME_PLACE_KM of each other
    (a town and its OCHA sub-district are one place)."""
    groups: list[list[PlaceCandidate]] = []
    for place in places:
        for group in groups:
            if distance_km((place.lat, place.lon), (group[0].lat, group[0].lon)) <= _SAME_PLACE_KM:
                group.append(place)
                break
        else:
            groups.append([place])
    return groups


def by_skeleton(name: str, country: str, *, admin1: bool = False) -> list[PlaceCandidate]:
    """The places of `country` whose Arabic-script name writes the consonants
    of `name` ("Hesh" finds Hish, "Tafs" Tafas), for a name found no other
    way. Where several places share the skeleton ("Hesh": Hish and Hawash),
    the one whose own name is spelled most like `name` by a clear margin;
    else none. `admin1`: the country's one first-level region of that
    skeleton ("Rif Dimashq" is Rural Damascus), if one."""
    from rapidfuzz import fuzz

    shape = skeleton(name)
    if len(shape) < _MIN_SYMBOLS or is_arabic_script(name):
        return []
    places = tuple(
        c
        for c in load_gazetteer().by_skeleton(country).get(shape, ())
        if (c.feature == "admin1") == admin1 and c.feature != "country"
    )
    if admin1:
        # a region's Arabic name is its own (Rif Dimashq, Rural Damascus):
        # no resemblance of the Latin names is asked, only that one region has it
        groups = _distinct(places)
        return groups[0] if len(groups) == 1 else []
    groups = _distinct(places)
    # a district named as its seat ("Abu Kamal" district, placed at its
    # centroid) is no rival of the town itself
    towns = [g for g in groups if any(c.feature in ("city", "village", "admin3") for c in g)]
    key = fold(name)
    scored = sorted(
        ((max(fuzz.ratio(key, fold(c.name)) for c in group), group) for group in towns or groups),
        key=lambda pair: -pair[0],
    )
    if not scored or scored[0][0] < (_MIN_RATIO_SHORT if len(shape) == _MIN_SYMBOLS else _MIN_RATIO):
        return []
    if len(scored) > 1 and scored[0][0] - scored[1][0] < _MARGIN:
        return []
    return scored[0][1]
