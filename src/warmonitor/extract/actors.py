"""Actors named in a report: the dictionary in data/actors/ (with aliases,
ACLED inter codes, backers and allies) and generic patterns for any country."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Actor:
    name: str
    inter: int
    country: str | None = None
    side: str | None = None
    backed_by: tuple[str, ...] = ()
    allied_with: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorMention:
    actor: Actor
    start: int
    end: int
    text: str


# Generic actors, as ACLED names them; {country} is the report's country in focus.
GENERIC: list[tuple[str, str, int]] = [
    (r"protesters|demonstrators|marchers", "Protesters ({country})", 6),
    (r"rioters|an? (?:angry )?mob|mobs", "Rioters ({country})", 5),
    (r"police(?:men| officers| forces)?", "Police Forces of {country}", 1),
    (
        r"unidentified (?:armed )?(?:men|gunmen|group|assailants)|unknown (?:gunmen|assailants|attackers)|gunmen",
        "Unidentified Armed Group ({country})",
        3,
    ),
    (r"militia(?:men|s)?", "Unidentified Militia ({country})", 3),
    # "terrorist organisations" is how state media name the armed opposition;
    # ACLED codes the group behind the words, not the label.
    (
        r"rebels|insurgents|militants|jihadists|terrorist (?:organi[sz]ations|groups)|terrorists",
        "Rebel Group ({country})",
        2,
    ),
    (r"civilians|residents|villagers|farmers|students", "Civilians ({country})", 7),
]


@dataclass
class ActorDictionary:
    actors: dict[str, Actor] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None
    case_sensitive: re.Pattern[str] | None = None
    by_alias: dict[str, str] = field(default_factory=dict)

    def find(self, text: str, offset: int = 0) -> list[ActorMention]:
        found: list[ActorMention] = []
        for regex in (self.pattern, self.case_sensitive):
            if regex is None:
                continue
            for m in regex.finditer(text):
                name = self.by_alias.get(m.group(0)) or self.by_alias[m.group(0).lower()]
                found.append(
                    ActorMention(self.actors[name], offset + m.start(), offset + m.end(), m.group(0))
                )
        found.sort(key=lambda a: (a.start, -(a.end - a.start)))
        kept: list[ActorMention] = []
        for mention in found:  # longest first at each position, no overlaps
            if not kept or mention.start >= kept[-1].end:
                kept.append(mention)
        return kept


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


@cache
def load_actors() -> ActorDictionary:
    book = ActorDictionary()
    path = resources.files("warmonitor") / "data" / "actors" / "actors.csv"
    folded: list[str] = []
    exact: list[str] = []
    with path.open("r", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            actor = Actor(
                name=row["name"], inter=int(row["inter"]), country=row["country"] or None,
                side=row["side"] or None, backed_by=_split(row["backed_by"]),
                allied_with=_split(row["allied_with"]),
            )  # fmt: skip
            book.actors[actor.name] = actor
            for alias in (actor.name, *_split(row["aliases"])):
                # Acronyms (HTS, IS, SDF) only in capitals: "is" is not the Islamic State.
                if alias.isupper():
                    book.by_alias[alias] = actor.name
                    exact.append(alias)
                else:
                    book.by_alias[alias.lower()] = actor.name
                    folded.append(alias)
    alternation = "|".join(re.escape(a) for a in sorted(folded, key=len, reverse=True))
    book.pattern = re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)
    book.case_sensitive = re.compile(rf"\b(?:{'|'.join(re.escape(a) for a in exact)})\b")
    return book


_GENERIC_RES = [(re.compile(rf"\b(?:{p})\b", re.I), name, inter) for p, name, inter in GENERIC]
_STATE_FORCES = re.compile(
    r"\b(?:(?:military|armed|security) forces of (?P<of>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"|(?P<adj>[A-Z][a-z]+) (?:army|military|soldiers|troops|armed forces|security forces))\b"
)


def generic_actors(text: str, country: str | None, offset: int = 0) -> list[ActorMention]:
    """Unnamed actors ("protesters", "police", "gunmen") labelled for the country in focus."""
    where = country or "Unknown"
    found = []
    for regex, name, inter in _GENERIC_RES:
        for m in regex.finditer(text):
            actor = Actor(name.format(country=where), inter, country)
            found.append(ActorMention(actor, offset + m.start(), offset + m.end(), m.group(0)))
    for m in _STATE_FORCES.finditer(text):
        who = m.group("of") or m.group("adj")
        actor = Actor(f"Military Forces of {demonym_country(who)}", 1, demonym_country(who))
        found.append(ActorMention(actor, offset + m.start(), offset + m.end(), m.group(0)))
    return found


_DEMONYMS = {
    "Syrian": "Syria", "Russian": "Russia", "Turkish": "Turkey", "Israeli": "Israel", "Iranian": "Iran",
    "Iraqi": "Iraq", "Ukrainian": "Ukraine", "Sudanese": "Sudan", "Nigerian": "Nigeria", "Malian": "Mali",
    "Somali": "Somalia", "Yemeni": "Yemen", "Afghan": "Afghanistan", "Pakistani": "Pakistan",
    "Indian": "India", "Myanmar": "Myanmar", "Burmese": "Myanmar", "Ethiopian": "Ethiopia",
    "Congolese": "Democratic Republic of Congo", "Burkinabe": "Burkina Faso", "Lebanese": "Lebanon",
    "American": "United States", "Colombian": "Colombia", "Mexican": "Mexico", "Libyan": "Libya",
    "Cameroonian": "Cameroon", "Nigerien": "Niger", "Mozambican": "Mozambique", "Kenyan": "Kenya",
    "Ugandan": "Uganda", "Egyptian": "Egypt", "Palestinian": "Palestine", "Filipino": "Philippines",
    "Thai": "Thailand", "Brazilian": "Brazil", "Venezuelan": "Venezuela",
}  # fmt: skip


def demonym_country(word: str) -> str:
    return _DEMONYMS.get(word, word)
