"""Event words told as an inquiry's finding, an accusation or an institution,
not as news of a happening.

"The chemical weapons watchdog said ...", "sanctions over accusations of gas
attacks", "the watchdog's mission concluded that sarin had been used": the
weapon or attack word names a body, a charge talked about or an inquiry's
reading of an attack told long before, and coding it as a chemical attack
of the report's day invents an event. The words are data
(warmonitor/data/patterns/events.json `not_an_event.inquiry`); this module
reads them off the dependency parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from warmonitor.extract.cue_data import pattern_data
from warmonitor.extract.event_scope import dated


@dataclass(frozen=True)
class InquiryWords:
    bodies: frozenset[str]
    claims: frozenset[str]
    preps: frozenset[str]
    finding_verbs: frozenset[str]
    finders: frozenset[str]
    weapon_types: frozenset[str]


@cache
def inquiry_words() -> InquiryWords:
    """events.json `not_an_event.inquiry`, read once."""
    data = pattern_data("events.json")["not_an_event"]["inquiry"]
    return InquiryWords(
        *(
            frozenset(data[k])
            for k in ("bodies", "claims", "preps", "finding_verbs", "finders", "weapon_types")
        )
    )


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _hung_on(cue: Token, words: InquiryWords) -> list[Token]:
    """The nouns the cue's phrase modifies ("chemical weapons research
    centre") and the one it hangs on through a preposition ("accusations of
    gas attacks")."""
    node, nouns = cue, []
    while node.dep_ in ("compound", "amod", "nmod") and node.head.i > node.i:
        node = node.head
        nouns.append(node)
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head  # "allegations of beatings and sexual assault": the list's first item
    if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in words.preps and node.head.head.i != node.head.i:
        nouns.append(node.head.head)
    return nouns


def _found_by_an_inquiry(cue: Token, words: InquiryWords) -> bool:
    """Whether the cue sits in the clause of a finding verb and that verb, or
    one above it, has an inquiry for subject ("inspectors said they found
    chlorine was used", "the watchdog's mission concluded that ...")."""
    above = list(cue.ancestors)
    if not any(_lemma(a) in words.finding_verbs and a.pos_ in ("VERB", "AUX") for a in above):
        return False
    # an active finder only: "a mechanism was established" is made, not a finding
    return any(_finder(c, words) for a in above for c in a.children if c.dep_ == "nsubj")


def _finder(subject: Token, words: InquiryWords) -> bool:
    """An inquiry noun, or one modifying or owning the subject ("the
    watchdog's fact-finding mission", "OPCW inspectors")."""
    return _lemma(subject) in words.finders or any(
        c.dep_ in ("poss", "compound", "amod") and _lemma(c) in words.finders for c in subject.children
    )


def told_by_an_inquiry(doc: Doc, start: int, sub_event_type: str) -> bool:
    """Whether the event cue at character `start` names a body or a stock
    ("the chemical weapons watchdog"), a charge talked about in a sentence
    naming no day ("over accusations of chemical attacks"), or an inquiry's
    finding ("investigators concluded a helicopter dropped the cylinder").
    A body or a stock counts for a weapon or strike cue (`sub_event_type`)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    cue, words = span[0], inquiry_words()
    nouns = _hung_on(cue, words)
    if sub_event_type in words.weapon_types and any(_lemma(n) in words.bodies for n in nouns):
        return True
    if any(_lemma(n) in words.claims for n in nouns) and not dated(cue.sent):
        return True
    return _found_by_an_inquiry(cue, words)
