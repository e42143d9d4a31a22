"""Who an event is done to, read off the dependency parse.

ACLED codes the one who acts actor1 and the one acted on actor2; an event
claim keeps them apart: `actors` are its doers, `targets` those it was done
to. In "air strikes on an opposition town killed five civilians" the
civilians and the opposition are acted on; in "troops detained two Taliban
fighters" the Taliban are. The words are data (warmonitor/data/patterns/
events.json, `acted_on`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from warmonitor.extract.actors import ActorMention
from warmonitor.extract.cue_data import pattern_data

# The links that keep a word inside its noun phrase: "rebel positions",
# "the army's posts", "civilians and fighters", "the group, an IS affiliate".
_INSIDE = frozenset({"compound", "amod", "poss", "nmod", "conj", "appos", "nummod", "npadvmod"})


@dataclass(frozen=True)
class ActedOn:
    verbs: frozenset[str]
    nouns: frozenset[str]
    preps: frozenset[str]
    through_preps: frozenset[str]
    under_verbs: frozenset[str]
    hostage_verbs: frozenset[str]
    hostage_nouns: frozenset[str]


@cache
def acted_on_words() -> ActedOn:
    data = pattern_data("events.json")["acted_on"]
    hostage = pattern_data("casualties.json")["people_taken"]["held_hostage"]

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in data[key])

    return ActedOn(
        verbs=words("verbs"),
        nouns=words("nouns"),
        preps=words("preps"),
        through_preps=words("through_preps"),
        under_verbs=words("under_verbs"),
        hostage_verbs=frozenset(hostage["verbs"]),
        hostage_nouns=frozenset(hostage["nouns"]),
    )


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _an_act(token: Token, words: ActedOn) -> bool:
    return _lemma(token) in words.verbs or _lemma(token) in words.nouns or token.lower_ in words.nouns


def phrase_head(root: Token, words: ActedOn) -> Token:
    """The head of the noun phrase a mention's word belongs to: "Taliban" in
    "a Taliban leader" climbs to "leader", "army" in "positions of the army"
    to "positions", "fighters" in "people including three fighters" to
    "people"; an act's "of" ("the shelling of rebels") stops at the act."""
    node = root
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            break
        if node.dep_ in _INSIDE:
            node = head
        elif (
            node.dep_ == "pobj"
            and head.lower_ in words.through_preps
            and head.head.i != head.i
            and not _an_act(head.head, words)
        ):
            node = head.head
        else:
            break
    return node


def acted_on(root: Token, words: ActedOn | None = None) -> bool:
    """Whether the mention whose word is `root` is told as the one an act
    was done to: the object or passive subject of an act's verb, the object
    of "on", "against", "at" after an act, or the subject of "came under"
    an act (events.json `acted_on`)."""
    words = words or acted_on_words()
    node = phrase_head(root, words)
    head = node.head
    if node.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and _lemma(head) in words.verbs:
        return True
    if _held_hostage(node, words):
        return True
    if node.dep_ == "pobj" and head.lower_ in words.preps:
        return head.head.i != head.i and _an_act(head.head, words)
    if node.dep_ == "pobj" and head.lower_ == "of" and _an_act(head.head, words):
        return head.head.pos_ == "NOUN"  # "the bombing of rebel districts", not "IS's attack of the day"
    if node.dep_ == "nsubj" and _lemma(head) in words.under_verbs:
        return any(
            c.lower_ == "under" and any(_an_act(o, words) for o in c.children if o.dep_ == "pobj")
            for c in head.children
        )
    return False


def _held_hostage(node: Token, words: ActedOn) -> bool:
    """Whether the phrase is people held hostage (casualties.json
    `held_hostage`): "holding three civilians hostage", where the parse hangs
    the people on the verb beside the noun of hostages or makes that noun
    their head, and "villagers were held captive"."""
    head = node.head
    if node.dep_ == "nsubj" and head.lower_ in words.hostage_nouns:
        node, head = head, head.head  # "holding [three civilians hostage]": a small clause
    if head.pos_ != "VERB" or _lemma(head) not in words.hostage_verbs or head.i == node.i:
        return False
    if node.lower_ in words.hostage_nouns:
        return node.i > head.i
    # "took a family of local residents hostage": the parse may hang the noun
    # of hostages inside the object's own phrase
    return node.dep_ in ("dobj", "nsubjpass") and any(
        c.lower_ in words.hostage_nouns and c.i > head.i for c in (*head.children, *node.subtree)
    )


def target_names(sent: Span, mentions: list[ActorMention]) -> list[str]:
    """The actors the sentence tells only as acted on, in the order named: a
    name also told as a doer ("the army shelled IS; IS fighters hit back")
    is a doer."""
    words = acted_on_words()
    doc = sent.doc
    targets: list[str] = []
    doers: set[str] = set()
    for m in mentions:
        if not (sent.start_char <= m.start < sent.end_char):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        name = str(m.actor.name)
        if span is not None and len(span) and acted_on(span.root, words):
            targets.append(name)
        else:
            doers.add(name)
    return [n for n in dict.fromkeys(targets) if n not in doers]


def doers_first(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions with those told as acted on last, each group in its
    order: "civilians were killed by army shelling" names the army, ACLED's
    actor1, second."""
    words = acted_on_words()

    def target(m: ActorMention) -> bool:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and acted_on(span.root, words)

    marks = [target(m) for m in mentions]
    return [m for m, t in zip(mentions, marks, strict=True) if not t] + [
        m for m, t in zip(mentions, marks, strict=True) if t
    ]
