"""Past acts told as charges against a person an operation caught.

An operation report often tells why its target was wanted: "the detainee
is wanted for a convoy ambush that left four guards hurt", "the cell leader
is blamed for Sunday's car bomb". Those
acts are alleged and of their own (mostly untold) time: no event of the
operation's day, no toll of it, and a day they name dates no other sentence.
Cue words are data (patterns/charges.json).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from warmonitor.extract.cue_data import pattern_data


@dataclass(frozen=True)
class ChargeCues:
    heads: dict[str, frozenset[str]]  # head lemma -> its prepositions
    object_verbs: frozenset[str]
    subjects: frozenset[str]


@cache
def charge_cues() -> ChargeCues:
    data = pattern_data("charges.json")
    return ChargeCues(
        heads={k: frozenset(v) for k, v in data["heads"].items()},
        object_verbs=frozenset(data["object_verbs"]),
        subjects=frozenset(data["subjects"]),
    )


_CLIMB = 10  # heads climbed from a word to the charge it may sit in
_SUBJECT_CLIMB = 4  # from the charge word up to the clause that has its subject
_COMPLEMENTS = frozenset({"acomp", "attr", "xcomp", "dobj", "ccomp", "auxpass", "oprd"})


def _charge_head(token: Token, cues: ChargeCues) -> Token | None:
    """The charge word the token sits under ("of" after "charges", "for"
    after "responsible"; the object of "masterminded"), or None."""
    node = token
    for _ in range(_CLIMB):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ in ("pobj", "pcomp") and head.dep_ in ("prep", "agent"):
            above = head.head
            if head.lower_ in cues.heads.get(above.lemma_.lower(), frozenset()):
                return above
        if node.dep_ == "dobj" and head.lemma_.lower() in cues.object_verbs:
            return head
        if node.dep_ == "advcl" and node.tag_ == "VBG":
            # "is wanted over a raid on a post, leaving three guards hurt":
            # the participle goes on with the act charged
            charge = next((c for c in head.children if c.lemma_.lower() in cues.heads), None)
            if charge is not None:
                return charge
        node = head
    return None


def _charged_person(head: Token, cues: ChargeCues) -> bool:
    """Whether the clause of the charge word has a person as its subject
    ("she is wanted", "the cell leader is blamed")."""
    node = head
    for _ in range(_SUBJECT_CLIMB):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject.lemma_.lower() in cues.subjects or subject.lower_ in cues.subjects
        if node.dep_ not in _COMPLEMENTS or node.head.i == node.i:
            return False
        node = node.head
    return False


def charged(token: Token) -> bool:
    """Whether the token tells part of a past act charged against a person."""
    cues = charge_cues()
    head = _charge_head(token, cues)
    return head is not None and not _negated(head) and _charged_person(head, cues)


def _negated(head: Token) -> bool:
    """ "she was not charged over the bombing": the act is told as fact."""
    return any(c.dep_ == "neg" for c in (*head.children, *head.head.children))


def charged_at(doc: Doc, start: int) -> bool:
    """`charged` of the token at character `start`."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and charged(span[0])
