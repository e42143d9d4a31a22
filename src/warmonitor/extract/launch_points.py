"""A counter-strike on where fire came from ("In reply, tanks hit the sources
of the fire") names no place of its own. The sentence before tells both
where the weapons set out and where they were aimed; the event carried on
from it is at the launch site, not at the town aimed at.

The words are data (data/patterns/event_scope.json `launch_points`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from warmonitor.extract.cue_data import pattern_data


@dataclass(frozen=True)
class LaunchPointWords:
    launchers: frozenset[str]
    site_nouns: frozenset[str]
    site_compounds: frozenset[str]
    source_nouns: frozenset[str]
    of_words: frozenset[str]


@cache
def launch_point_words() -> LaunchPointWords:
    data = pattern_data("event_scope.json")["launch_points"]
    keys = ("launchers", "site_nouns", "site_compounds", "source_nouns", "of_words")
    return LaunchPointWords(**{key: frozenset(data[key]) for key in keys})


def _forms(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}


def _is_launch_point(token: Token, words: LaunchPointWords) -> bool:
    """ "launchers", "the launch site", "the sources of the fire"."""
    forms = _forms(token)
    if forms & words.launchers:
        return True
    if forms & words.site_nouns:
        return any(c.dep_ == "compound" and _forms(c) & words.site_compounds for c in token.children)
    if forms & words.source_nouns:
        of = (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of")
        return any(_forms(o) & words.of_words for p in of for o in p.children if o.dep_ == "pobj")
    return False


def strikes_launch_point(sent: Span) -> bool:
    """Whether the sentence's act is aimed at a launch point: one is the
    object of a verb or of a preposition ("struck the launchers", "fire
    toward the source of the launches"), not a subject ("launchers fired")."""
    words = launch_point_words()
    for token in sent:
        if token.pos_ not in ("NOUN", "PROPN") or not _is_launch_point(token, words):
            continue
        node = token
        while node.dep_ == "conj" and node.head.i != node.i:  # "the launchers and the sources of the fire"
            node = node.head
        if node.dep_ in ("dobj", "pobj", "nsubjpass"):
            return True
    return False
