"""A province's office told without its province is the office of the
province the item is about.

State-media roundups name the teller of each item as "a source at the Police
Command" or "a source at the Governorate" when the item's first sentence has
already said where it happened ("Rockets hit a neighbourhood of Aleppo city
… A source at the Police Command told the agency …"). An analyst writes the
office of that province ("Aleppo Police Command"), as the FA-KES gold does;
the bare office would stand as one voice across every province
(claimants.json `placeless_offices`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz
from spacy.tokens import Span

from warmonitor.extract.cue_data import pattern_data
from warmonitor.extract.gazetteer import PlaceCandidate, fold, load_gazetteer
from warmonitor.extract.mentions import span_ents

_PLACE_LABELS = frozenset(("GPE", "LOC"))


@dataclass(frozen=True)
class _Cues:
    offices: frozenset[str]
    look_back: int
    tails: frozenset[str]
    own_province_tails: dict[str, str]
    seat_likeness: float


@cache
def _cues() -> _Cues:
    data = pattern_data("claimants.json")["placeless_offices"]
    return _Cues(
        offices=frozenset(data["offices"]),
        look_back=int(data["look_back"]),
        tails=frozenset(data["place_tails"]),
        own_province_tails=dict(data["own_province_tails"]),
        seat_likeness=float(data["seat_likeness"]),
    )


def _names_province(candidate: PlaceCandidate) -> bool:
    """A province, or a city spelt like its province (the seat: "Hasaka"
    for Al-Hasakeh), not any town inside one."""
    if candidate.feature == "admin1":
        return True
    return (
        candidate.feature == "city"
        and candidate.admin1 is not None
        and fuzz.ratio(fold(candidate.name), fold(candidate.admin1)) >= _cues().seat_likeness
    )


def _province(name: str, tail: str | None) -> tuple[str, str, str] | None:
    """The province a place's words name, as its folded key, as the text
    writes it and its country: "Damascus" then "Countryside" is the province of that name
    when the gazetteer holds one ("Rural Damascus"), else the city's own."""
    gazetteer = load_gazetteer()
    found = [c for c in gazetteer.candidates(name) if _names_province(c)]
    if not found or found[0].admin1 is None:
        return None
    prefix = _cues().own_province_tails.get(tail or "")
    own = f"{prefix} {fold(name)}" if prefix else None
    if tail and own in gazetteer.admin1_keys(found[0].country):
        return own, f"{name} {tail.title()}", found[0].country
    return fold(found[0].admin1), name, found[0].country


def _town_province(name: str, countries: set[str]) -> str | None:
    """The folded province of a town the sentence names in a country of its
    provinces, when every such place of that name lies in one province."""
    provinces = {
        fold(c.admin1) for c in load_gazetteer().candidates(name) if c.country in countries and c.admin1
    }
    return provinces.pop() if len(provinces) == 1 else None


def _provinces(sent: Span) -> dict[str, str]:
    """The provinces a sentence names ("Aleppo city", "Damascus
    Countryside"), by folded key, the countryside word read from the word
    after the name; a town it names in another province ("Harasta near
    Damascus") adds that province too, as the item may be there."""
    named: dict[str, str] = {}
    countries: set[str] = set()
    towns: list[str] = []
    for ent in span_ents(sent):
        if ent.label_ not in _PLACE_LABELS:
            continue
        words = ent.text.split()
        tail = words[-1].lower() if len(words) > 1 and words[-1].lower() in _cues().tails else None
        if tail is None and ent.end < sent.end and sent.doc[ent.end].lower_ in _cues().tails:
            tail = sent.doc[ent.end].lower_
        name = " ".join(words[:-1]) if tail is not None and tail == words[-1].lower() else ent.text
        province = _province(name, tail)
        if province is not None:
            named[province[0]] = province[1]
            countries.add(province[2])
        else:
            towns.append(name)
    for town in towns if named else ():
        key = _town_province(town, countries)
        if key is not None:
            named.setdefault(key, town)
    return named


def placed_office(claimant: str, sent: Span) -> str:
    """The office of the one province the item names, for a bare office
    ("Police Command" -> "Aleppo Police Command"); any other claimant, or an
    item naming no province or two, as it was."""
    office = claimant.lower()
    if office not in _cues().offices:
        return claimant
    doc = sent.doc
    here: Span | None = sent
    for _ in range(_cues().look_back + 1):
        if here is None:
            break
        provinces = _provinces(here)
        if provinces:
            return f"{provinces.popitem()[1]} {office.title()}" if len(provinces) == 1 else claimant
        here = doc[here.start - 1].sent if here.start > 0 else None
    return claimant
