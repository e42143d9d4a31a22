"""Territorial control claims: who gained, lost, holds or contests a place.

"captured", "seized", "took control of", "entered", "overran" are gains;
"withdrew from", "pulled out of", "lost" are losses; "repelled" an assault is
a claim to still hold the place; "besieged", "encircled" contest it. Whether
the claim is true is reconciliation's business: here we only record who said
what about which place.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token

VERBS: list[tuple[str, str]] = [
    (r"recaptured|retook|retaken|taken back|took back|regained(?: control of)?|re-?took control of", "gained"),
    (r"(?:have |has |had )?(?:seized|taken|took|gained|wrested|assumed) (?:full |total |partial )?control (?:of|over)"
     r"|captured|capture of|seized|seizure of|overran|overrun|stormed|entered|pushed into|advanced into|took over"
     r"|fell to", "gained"),
    (r"(?:now |still |already )?controls?|(?:is|are|remain|remains) in control of"
     r"|(?:now |still |already )?(?:holds?|held)(?= (?:most|much|all|large parts|parts|part) of)", "holds"),
    (r"held by|in the hands of|under the control of|controlled by", "holds"),
    # Presence seen by witnesses: "saw rebels moving through the streets of the centre".
    (r"(?:moving|patrolling|deployed|gathered|roaming) (?:through|in|around) the streets of", "holds"),
    (r"repelled|repulsed|thwarted|foiled|fended off|beat back|restored (?:its |their )?positions", "holds"),
    (r"withdr[ae]w(?:n)? from|withdrawn|withdrawing|pulled (?:back|out) (?:from|of)|pulling back from|retreated from"
     r"|lost control of|lost|redeployment out of|redeployed out of|abandoned|evacuated"
     # "after the army agreed to withdraw under a deal": a loss agreed to; "to withdraw to X" is where they go
     r"|(?:agreed|agrees|decided|ordered) to (?:withdraw|pull out)(?! to\b)", "lost"),
    (r"besieged|encircled|surrounded|laid siege to|under siege", "contested"),
]  # fmt: skip
_VERB_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<v{i}>{p})" for i, (p, _c) in enumerate(VERBS)) + r")\b", re.IGNORECASE
)
_CHANGE = {f"v{i}": change for i, (_p, change) in enumerate(VERBS)}
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may|if)\b[^,.;]{0,20}$", re.IGNORECASE)
_MODAL_AFTER = re.compile(r"^[^,.;]{0,40}?\b(?:would|could|might)\b", re.IGNORECASE)
# "the first raids since 2016, when government troops retook the east": history
# told in passing, not a change the report claims now.
_HISTORY = re.compile(r"\b(?:since|in) (?:19|20)\d\d,? when\b[^.;]*$", re.IGNORECASE)
_ACTOR_AFTER = re.compile(r"^(?:held by|in the hands of|under the control of|controlled by|fell to)$", re.I)


def told_as_history(before: str) -> bool:
    """Whether a verb after `before` sits in a clause recalling an earlier year."""
    return bool(_HISTORY.search(before))


@dataclass(frozen=True)
class ControlCue:
    change: str
    start: int  # offsets into the sentence
    end: int
    verb: str
    hypothetical: bool
    passive_by: bool  # "was captured by the rebels": the actor follows


def find_control_cues(sentence: str) -> list[ControlCue]:
    cues = []
    for m in _VERB_RE.finditer(sentence):
        group = next(g for g, v in m.groupdict().items() if v)
        before = sentence[: m.start()]
        after = sentence[m.end() : m.end() + 30]
        passive = bool(_ACTOR_AFTER.match(m.group(0))) or (
            bool(re.search(r"\b(?:was|were|been|is|are)\s+$", before)) and bool(re.match(r"\s+by\b", after))
        )
        noun_form = m.group(0).lower().endswith(" of") and m.group(0).lower().startswith(
            ("capture", "seizure")
        )
        cues.append(
            ControlCue(
                change=_CHANGE[group],
                start=m.start(),
                end=m.end(),
                verb=m.group(0),
                hypothetical=bool(_HYPOTHETICAL.search(before) or _HISTORY.search(before))
                or (noun_form and bool(_MODAL_AFTER.match(sentence[m.end() :]))),
                passive_by=passive,
            )
        )
    return cues


# --- The parse: what the verb's object is, who lost it, whether it is history.


@dataclass(frozen=True)
class ControlCues:
    """data/patterns/control.json, read once."""

    dependency_patterns: tuple[tuple[str, list[dict[str, Any]]], ...]
    landmark_words: frozenset[str]
    referring_nouns: frozenset[str]
    not_places: frozenset[str]
    history_preps: frozenset[str]
    part_nouns: frozenset[str]


@cache
def control_cues() -> ControlCues:
    path = resources.files("warmonitor") / "data" / "patterns" / "control.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return ControlCues(
        dependency_patterns=tuple(
            (p["label"], p["pattern"]) for p in data["dependency_patterns"]["patterns"]
        ),
        landmark_words=frozenset(data["landmark_words"]["words"]),
        referring_nouns=frozenset(data["referring_nouns"]["words"]),
        not_places=frozenset(data["not_places"]["words"]),
        history_preps=frozenset(data["history"]["preps"]),
        part_nouns=frozenset(data["part_nouns"]["words"]),
    )


_DEP_MATCHERS: dict[int, DependencyMatcher] = {}


def dependency_matches(doc: Doc) -> dict[str, dict[int, Token]]:
    """The data's DependencyMatcher patterns over a Doc: for each label, the
    matched verb's index -> the token the pattern is after (FROM_LOSER: the
    loser; ATTACK_ON: the attack)."""
    matcher = _DEP_MATCHERS.get(id(doc.vocab))
    if matcher is None:
        matcher = DependencyMatcher(doc.vocab)
        for label, pattern in control_cues().dependency_patterns:
            matcher.add(label, [pattern])
        _DEP_MATCHERS[id(doc.vocab)] = matcher
    found: dict[str, dict[int, Token]] = {}
    for match_id, token_ids in matcher(doc):
        label = doc.vocab.strings[match_id]
        found.setdefault(label, {})[token_ids[0]] = doc[token_ids[-1]]
    return found


def verb_at(doc: Doc, start: int, end: int) -> Token | None:
    """The verb of a cue at characters [start, end) ("now hold" -> hold)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return next((t for t in span if t.pos_ in ("VERB", "AUX")), span[0])


def told_in_a_past_year(verb: Token, published: date | None) -> bool:
    """ "fell to Islamic State in 2014": the verb is dated by a year before
    publication, so the change is history and never decides the present."""
    if published is None:
        return False
    preps = control_cues().history_preps
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                year = obj.text if obj.dep_ == "pobj" and obj.text.isdigit() and len(obj.text) == 4 else ""
                if year and 1900 < int(year) < published.year:
                    return True
    return False


@dataclass(frozen=True)
class ControlObject:
    """What the parse says a control verb is about: the characters of its
    object phrases (places inside them are candidates, landmarks excepted),
    whether the object refers back ("the city", "it"), and whether the
    parse found any object at all."""

    ranges: tuple[tuple[int, int], ...]
    refers_back: bool
    found: bool
    landmark_tokens: frozenset[int]


def object_of(verb: Token, change: str, passive: bool) -> ControlObject:
    cues = control_cues()
    heads: list[Token] = []
    fell = verb.lemma_.lower() == "fall"
    for child in verb.children:
        if passive or fell:
            if child.dep_ in ("nsubj", "nsubjpass"):
                heads.append(child)
            continue
        if child.dep_ in ("dobj", "attr"):
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "into", "over", "through", "inside", "on"):
            heads.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in ("from", "out") and change == "lost":
            heads.extend(c for c in child.subtree if c.dep_ == "pobj")
    # "lost control of the city", "entered large parts of the city": the
    # place is what the control or the part is of
    heads = [_of_what(h, cues.part_nouns) for h in heads]
    # "eastern Aleppo, which fell to regime forces": the relative pronoun is its noun
    heads = [verb.head if h.lower_ in ("which", "that") and verb.dep_ == "relcl" else h for h in heads]
    # "on Thursday", "in 2014": times, not objects
    heads = [h for h in heads if h.ent_type_ not in ("DATE", "TIME")]
    if not heads:
        return ControlObject((), False, False, frozenset())
    ranges, landmarks = [], set()
    refers_back = False
    for head in heads:
        ranges.append((head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)))
        for token in head.subtree:
            path = [token, *[a for a in token.ancestors if a.i != head.i and head.is_ancestor(a)]]
            if any(t.lower_ in cues.landmark_words for t in path[1:]) or (
                token.dep_ == "appos" and token.head.i != head.i
            ):
                landmarks.add(token.idx)
        names_place = any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in head.subtree)
        if not names_place and head.lower_ in cues.referring_nouns:
            refers_back = True
    return ControlObject(tuple(ranges), refers_back, True, frozenset(landmarks))


def _of_what(head: Token, part_nouns: frozenset[str]) -> Token:
    for _ in range(3):
        if head.lemma_.lower() not in part_nouns and head.lower_ not in part_nouns:
            return head
        inner = next(
            (o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "over", "in")
             for o in p.children if o.dep_ == "pobj"),
            None,
        )  # fmt: skip
        if inner is None:
            return head
        head = inner
    return head


def names_a_place(attack: Token) -> bool:
    """Whether the attack's phrase names a place ("an attack on Atarib")."""
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in attack.subtree)


def attack_target(attack: Token, target: ControlObject) -> ControlObject:
    """ "repelled an attack on Atarib": the place is in the attack's phrase;
    with none there ("repelled parts of the assault"), a place named before
    (the report's focus: see components._focus_place)."""
    return ControlObject(
        target.ranges, target.refers_back or not names_a_place(attack), True, target.landmark_tokens
    )


def pronoun_subject(verb: Token) -> Token | None:
    """The subject of the verb (or of the verb it is joined to) when it is a pronoun."""
    node = verb
    for _ in range(2):
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child if child.pos_ == "PRON" else None
        if node.dep_ != "conj":
            break
        node = node.head
    return None


def speaker_subject(verb: Token) -> Token | None:
    """ "The army said it had lost control": the subject of the saying verb above."""
    for node in verb.ancestors:
        if node.lemma_.lower() in ("say", "announce", "state", "confirm", "admit", "acknowledge", "report"):
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return child
    return None
