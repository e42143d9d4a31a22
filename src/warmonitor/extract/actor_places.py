"""The country an unnamed actor ("residents", "civilians", "militants",
"police") is in (issues 11 and 13): the place its own clause puts it in,
else the country the story was in before, else the country the report's
places are in. A country named only in another clause of the sentence ("to
instil fear among residents, a tactic Russia used in Ukraine") or only by
an actor of the report ("The IDF" in a post whose places are all in Gaza)
is not where the people are.

Public: ActorPlaces.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from warmonitor.extract.actor_resolution import located_places, most_named_country
from warmonitor.extract.actors import ActorMention
from warmonitor.extract.mentions import PlaceMention, claim_places

# Dependencies that start a clause of their own: a place in one of these
# tells where that clause's act is, not where the rest of the sentence is.
_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "acl", "parataxis", "conj", "xcomp", "csubj"})
_SAME_SCENE = frozenset({"ccomp", "xcomp", "conj", "advcl"})


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
    """Whether the place is in the actor's clause, or in one of the clauses
    above or below it (not in a side clause of another part of the
    sentence)."""
    actor = _token(sent, char)
    where = _token(sent, place.start)
    if actor is None or where is None:
        return True
    a, p = _clause(actor), _clause(where)
    if a == p or p.is_ancestor(a):
        return True  # "In Kabul, police said gunmen attacked…"
    if not a.is_ancestor(p):
        return False  # a clause of another part of the sentence
    # below the actor's clause: a complement or an adverbial clause tells
    # of the same scene ("said gunmen attacked in Kabul", "killed…, as rebels
    # shelled Taiz"); a relative clause or a clause of a noun describes
    # something else ("a tactic the army used in Chechnya")
    node = p
    while node != a:
        if _starts_clause(node) and node.dep_ not in _SAME_SCENE:
            return False
        node = node.head
    return True


def _clause(token: Token) -> Token:
    while not _starts_clause(token) and token.head.i != token.i:
        token = token.head
    return token


def _starts_clause(token: Token) -> bool:
    # "police and the military": a noun joined to another is no clause
    return token.dep_ in _CLAUSE_DEPS and (token.dep_ != "conj" or token.pos_ in ("VERB", "AUX"))


def _token(sent: Span, char: int) -> Token | None:
    span = sent.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
