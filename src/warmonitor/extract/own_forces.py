"""A state force telling its own acts (issue 13): "fighter jets struck over
70 targets" in the army's own post names no attacker, yet the attacker is
the force that speaks. ACLED codes such a strike with the force as actor1.

The nouns are data (data/patterns/event_scope.json `own_forces`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from warmonitor.extract.actors import ActorMention
from warmonitor.extract.cue_data import pattern_data

# The prefixes of the actor names a state force carries (acled_coding's names).
STATE_FORCE_PREFIXES = ("Military Forces of ", "Police Forces of ")


@dataclass(frozen=True)
class OwnForceWords:
    subjects: frozenset[str]
    own_words: frozenset[str]
    event_types: frozenset[str]


@cache
def own_force_words() -> OwnForceWords:
    data = pattern_data("event_scope.json")["own_forces"]
    return OwnForceWords(
        subjects=frozenset(data["subjects"]),
        own_words=frozenset(data["own_words"]),
        event_types=frozenset(data["event_types"]),
    )


def speaking_force_acts(
    sent: Span, act: Token | None, claimant: str | None, event_type: str, actors: list[ActorMention]
) -> bool:
    """Whether the speaking state force (`claimant`, "Military Forces of
    Israel") did the act: the act's subject is one of its instruments ("jets",
    "troops", "our forces") and no actor is named in the subject's words.
    `act` is the act's word (the cue's head), `actors` the sentence's."""
    words = own_force_words()
    if act is None or claimant is None or not claimant.startswith(STATE_FORCE_PREFIXES):
        return False
    if event_type not in words.event_types:
        return False
    verb = act if act.pos_ in ("VERB", "AUX") else act.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":  # "raided a compound and destroyed a shaft"
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in words.own_words:
        return True  # "we struck", said by the force
    noun = _counted(subject)
    if noun.lemma_.lower() not in words.subjects:
        return False
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    return not any(start <= m.start < end for m in actors)


def _counted(subject: Token) -> Token:
    """The noun a quantity subject counts ("dozens of fighter jets" -> "jets")."""
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return (
        noun
        if noun is not None and subject.like_num | (subject.lemma_.lower() in ("dozen", "score", "hundred"))
        else subject
    )
