"""A state force telling its own acts (issue 13): "fighter jets struck over
70 targets" in the army's own post names no attacker, yet the attacker is
the force that speaks. ACLED codes such a strike with the force as actor1.

The nouns are data (data/patterns/event_scope.json `own_forces`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from warmonitor.extract.actors import ActorMention
from warmonitor.extract.cue_data import pattern_data

# The prefixes of the actor names a state force carries (acled_coding's names).
STATE_FORCE_PREFIXES = ("Military Forces of ", "Police Forces of ")
# ACLED's inter codes of a state's forces at home (1) and abroad (8)
ARMED_STATE_INTERS = (1, 8)


@dataclass(frozen=True)
class OwnForceWords:
    subjects: frozenset[str]
    own_words: frozenset[str]
    event_types: frozenset[str]
    joined_words: frozenset[str]


@cache
def own_force_words() -> OwnForceWords:
    data = pattern_data("event_scope.json")["own_forces"]
    return OwnForceWords(
        subjects=frozenset(data["subjects"]),
        own_words=frozenset(data["own_words"]),
        event_types=frozenset(data["event_types"]),
        joined_words=frozenset(data["joined_words"]),
    )


def speaking_force_acts(
    sent: Span, act: Token | None, claimant: str | None, event_type: str, actors: list[ActorMention]
) -> bool:
    """Whether the speaking state force (`claimant`, "Military Forces of
    Israel") did the act: the act's subject is one of its instruments ("jets",
    "troops", "our forces") and no actor is named in the subject's words.
    `act` is the act's word (the cue's head), `actors` the sentence's."""
    if claimant is None or not claimant.startswith(STATE_FORCE_PREFIXES):
        return False
    subject = unnamed_force_subject(act, event_type, actors)
    return subject is not None


def unnamed_force_subject(act: Token | None, event_type: str, actors: list[ActorMention]) -> Token | None:
    """The act's subject when it is a force told by its instrument alone
    ("the jets", "the security force", "we") with no actor in its words;
    else None."""
    words = own_force_words()
    if act is None or event_type not in words.event_types:
        return None
    subject = _subject(act)
    if subject is None:
        return None
    if subject.lower_ in words.own_words:
        return subject  # "we struck", said by the force
    noun = _counted(subject)
    if noun.lemma_.lower() not in words.subjects:
        return None
    if any(c.dep_ == "poss" and c.lower_ not in words.own_words for c in noun.children):
        return None  # "its forces seized districts": the group's, told before; no force's instrument
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    return None if any(start <= m.start < end for m in actors) else noun


def unnamed_force_engaged(act: Token | None, actors: list[ActorMention]) -> Token | None:
    """The passive subject of a fight's verb when it is a force told by its
    noun alone ("the combined forces were engaged by insurgents", "the patrol
    came under fire" has its own subject): the side fired on, a party to the
    clash though not its first actor; else None."""
    words = own_force_words()
    if act is None:
        return None
    verb = act if act.pos_ in ("VERB", "AUX") else act.head
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lemma_.lower() not in words.subjects:
        return None
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    return None if any(start <= m.start < end for m in actors) else subject


def _subject(act: Token) -> Token | None:
    """The subject of the act's verb, or of the verb it is joined to or
    subordinate to ("responded to the threat and engaged, killing several
    insurgents": the responder)."""
    verb = act if act.pos_ in ("VERB", "AUX") else act.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        if verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
            verb = verb.head
            continue
        return None
    return None


def force_named_before(doc: Doc, noun: Token) -> list[ActorMention]:
    """The armed state or foreign forces named in the last phrase before
    `noun` that the same noun heads: "an Afghan and coalition security
    force arrested ..." then "the security force also detained four": the
    second force is the first, and so are its actors. ISAF releases, SATP
    summaries and army statements name the force once and then call it by
    its noun alone."""
    if noun.lower_ in own_force_words().own_words or noun.pos_ != "NOUN":
        return []  # "we"; a proper name ("the Karenni ... Defense Force") is a group of its own
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []  # "the combined force of two local militias": its members are its own words
    mentions: list[ActorMention] = doc._.actors or []
    lemma = noun.lemma_.lower()
    kinds = _kinds(noun)
    # the sentences a release or a summary tells one operation in, no further
    sentences = list(doc.sents)
    here = next((n for n, s in enumerate(sentences) if s.start <= noun.i < s.end), 0)
    first = sentences[max(0, here - _SENTENCES_BACK)].start
    for token in reversed(doc[first : noun.left_edge.i]):
        # a capitalised name's last word keeps its plural as its lemma ("... Assistance Forces")
        if lemma not in (token.lemma_.lower(), token.lower_.removesuffix("s")) or token.pos_ not in (
            "NOUN",
            "PROPN",
        ):
            continue
        start, end = token.left_edge.idx, token.idx + len(token.text)
        inside = [
            m for m in mentions if start <= m.start and m.end <= end and m.actor.inter in ARMED_STATE_INTERS
        ]
        if inside and kinds <= _kinds(token):
            return inside  # "the security force": the last "... security force" named
    # "pro-Hadi forces", "the assault force" where none such was named: no guess
    return []


# how many sentences back the force's full name may be ("an Afghan and
# coalition security force" two or three sentences before "the security force")
_SENTENCES_BACK = 4


def _kinds(noun: Token) -> frozenset[str]:
    """The words that say which kind of force a noun is ("security", "assault");
    a word of joining ("the combined forces", "the joint force") says only
    that the force named before was more than one (event_scope.json
    `own_forces.joined_words`)."""
    joined = own_force_words().joined_words
    return frozenset(
        c.lower_
        for c in noun.children
        if c.dep_ in ("compound", "amod") and c.pos_ != "PROPN" and c.lower_ not in joined
    )


def _counted(subject: Token) -> Token:
    """The noun a quantity subject counts ("dozens of fighter jets" -> "jets")."""
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return (
        noun
        if noun is not None and subject.like_num | (subject.lemma_.lower() in ("dozen", "score", "hundred"))
        else subject
    )
