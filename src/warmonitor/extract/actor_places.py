"""The country an unnamed actor ("residents", "civilians", "militants",
"police") is in (issues 11 and 13): the places of its sentence, else
the country the story was in before, else the country the report's places
are in. A country named only in a side clause of the sentence ("to instil
fear among residents, a tactic Russia used in Ukraine") or only by an
actor of the report ("The IDF" in a post whose places are all in Gaza) is
not where the people are.

Public: ActorPlaces.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from warmonitor.extract.actor_resolution import located_places, most_named_country
from warmonitor.extract.actors import ActorMention
from warmonitor.extract.mentions import PlaceMention, claim_places

# Clauses that describe something else: a country named in one of these
# ("a tactic Russia used in Ukraine", "a pattern militants follow in
# Somalia") is no place of the actor outside it.
_SIDE_CLAUSES = frozenset({"relcl", "acl", "parataxis"})


class ActorPlaces:
    """Where each sentence's unnamed actors are, for one Doc."""

    def __init__(self, doc: Doc, countries: list[str | None]) -> None:
        self.doc = doc
        self.countries = countries
        self.located = located_places(doc)
        self.start = _places_country(doc)
        # the first sentence whose places set its country: before it, the
        # report's country in focus came from no place of the story
        self.first_placed = next((i for i, m in enumerate(self.located) if m), len(self.located))

    def country(self, index: int, sent: Span, mention: ActorMention, *, state: bool) -> str | None:
        """The country of `mention`, in sentence `index` (`sent`). State
        forces keep the report's focus in the sentences before any place
        (their country is whose they are, not where the story is)."""
        mentions = self.located[index]
        own = [m for m in mentions if _same_clause(sent, mention.start, m)]
        if own:
            return most_named_country(own)
        # no place, or the sentence's places all in other clauses: the
        # country the story was in before this sentence's own places
        last = index if not mentions else index - 1
        if last < 0 or (last < self.first_placed and not state):
            return self.start if not state else self.doc._.country
        return self.countries[last]


def _places_country(doc: Doc) -> str | None:
    """The report's country in focus when one of its places lies there (or
    it names no place); else the country most of its places lie in: a post
    of the Israeli army whose places are all in Gaza is about people in
    Gaza, though its actors made Israel its focus."""
    focus: str | None = doc._.country
    places = claim_places(doc)
    countries = Counter(m.place.country for m in places if m.place.country)
    if not countries or focus in countries:
        return focus
    return countries.most_common(1)[0][0]


def _same_clause(sent: Span, char: int, place: PlaceMention) -> bool:
    """Whether the place tells where the actor is: any town or region of the
    sentence does, and a country too, unless it is named in a side clause
    (a relative clause, a clause of a noun, an aside) that does not hold the
    actor: "residents of the district, a tactic Russia used in Ukraine"."""
    if place.place.feature != "country":
        return True
    actor = _token(sent, char)
    node = _token(sent, place.start)
    if actor is None or node is None:
        return True
    while node.head.i != node.i:
        if node.dep_ in _SIDE_CLAUSES and not (node == actor or node.is_ancestor(actor)):
            # "militants who have fought in Syria" tells where they are;
            # "residents, a tactic used in Ukraine" tells of the tactic
            return actor.is_ancestor(node) and not _through_an_aside(node.head, actor)
        node = node.head
    return True


def _through_an_aside(node: Token, actor: Token) -> bool:
    """Whether the words from `node` up to the actor pass an apposition."""
    while node != actor and node.head.i != node.i:
        if node.dep_ == "appos":
            return True
        node = node.head
    return False


def _token(sent: Span, char: int) -> Token | None:
    span = sent.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
