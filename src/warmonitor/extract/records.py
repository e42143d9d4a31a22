"""A described man's record (issues 11 and 13): "a cell leader responsible
for mortar attacks", "a sub-commander who planned bomb attacks", "he
directed a recent ambush that killed three policemen". The deed is what he
does or did, told to say who was caught or killed, not an event of the
report's day; the toll inside it is background. Read off the dependency
parse; the words are data (warmonitor/data/patterns/events.json
`not_an_event.about_a_person.record`).

Public: told_as_a_record.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from warmonitor.extract.cue_data import pattern_data

# links from a credited word to the clause above that carries its subject
# ("was believed to be responsible", "planned and directed", "known to have planned")
_UP_TO_SUBJECT = ("conj", "xcomp", "acomp", "attr", "ccomp")
_SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class RecordWords:
    words: frozenset[str]  # "responsible", "involved"
    preps: frozenset[str]
    verbs: frozenset[str]  # "plan", "facilitate", "direct"
    pronouns: frozenset[str]
    relatives: frozenset[str]
    roles: frozenset[str]  # "leader", "facilitator": said of a described man with any word
    fighters: frozenset[str]  # "insurgent": only after "responsible for", "involved in"
    day_words: frozenset[str]  # "Sunday's bombing": a day of its own


@cache
def record_words() -> RecordWords:
    data = pattern_data("events.json")["not_an_event"]["about_a_person"]["record"]
    return RecordWords(*(frozenset(data[key]) for key in RecordWords.__dataclass_fields__))


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def told_as_a_record(token: Token) -> bool:
    """Whether the cue or count hangs, within eight links, on a word that
    credits a described man with it: "responsible for", "involved in"
    (through its preposition), or "planned", "directed" (through anything)."""
    words = record_words()
    below = token
    node = token
    for _ in range(8):
        if node.head.i == node.i:
            return False
        if node.dep_ == "conj" and node.pos_ == "VERB":
            # "conducted a search and arrested labourers": an act of its own
            # beside the verb it is joined to, told as done, not credited
            return False
        below, node = node, node.head
        credits = _lemma(node) in words.words or node.lower_ in words.words
        if credits and below.dep_ == "prep" and below.lower_ in words.preps:
            return _a_man(_credited(node), words, fighters=True) and not _names_a_day(node, words)
        if _lemma(node) in words.verbs and node.pos_ == "VERB" and below.dep_ not in _SUBJECTS:
            return _a_man(_subject(node), words, fighters=False) and not _names_a_day(node, words)
        if below.dep_ in ("advcl", "acl") and _credits_below(node, words):
            # "X is believed responsible for the deaths of several civilians,
            # killed by IEDs ...": the parse hangs the deaths' clause on the main verb
            return _a_man(_subject(node), words, fighters=True) and not _names_a_day(node, words)
    return False


def _credits_below(verb: Token, words: RecordWords) -> bool:
    """Whether the verb's predicate is "responsible for" or "involved in"
    ("is believed to be responsible for", "was involved in")."""
    frontier = [verb]
    for _ in range(3):
        frontier = [c for n in frontier for c in n.children if c.dep_ in ("acomp", "xcomp", "attr")]
        for node in frontier:
            credits = _lemma(node) in words.words or node.lower_ in words.words
            if credits and any(c.dep_ == "prep" and c.lower_ in words.preps for c in node.children):
                return True
    return False


def _credited(word: Token) -> Token | None:
    """Whom "responsible" or "involved" is said of: the noun it describes
    ("a leader responsible for"), else its clause's subject ("he was
    involved in", "is believed to be responsible for")."""
    if word.dep_ in ("amod", "acl", "appos") and word.head.pos_ in ("NOUN", "PROPN"):
        return word.head
    return _subject(word)


def _subject(verb: Token) -> Token | None:
    """The subject of the verb, or of the verb it is joined to or hangs
    under; a relative clause's noun when the subject is "who"."""
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in _SUBJECTS]
        if subjects:
            return subjects[0]
        if node.dep_ == "relcl":
            return node.head  # "a facilitator planning attacks": no "who" parsed
        if node.dep_ not in _UP_TO_SUBJECT or node.head.i == node.i:
            return None
        node = node.head
    return None


def _a_man(holder: Token | None, words: RecordWords, *, fighters: bool) -> bool:
    """A pronoun, a role noun, a person's name (or a fighter noun, where
    `fighters`): a described man, not a group ("the network was responsible
    for the hotel attack" is news)."""
    if holder is None:
        return False
    if holder.lower_ in words.relatives and holder.head.dep_ == "relcl":
        holder = holder.head.head  # "a sub-commander who planned ..."
    if holder.lower_ in words.pronouns or _a_person_s_name(holder):
        return True
    lemma = _lemma(holder)
    return lemma in words.roles or (fighters and lemma in words.fighters)


def _a_person_s_name(holder: Token) -> bool:
    """A name the model tags a person here or anywhere in the report, or one
    told beside a role noun ("the Taliban commander, Karim, ..." then "Karim
    is believed responsible", where the model tags him an organisation)."""
    if holder.ent_type_ == "PERSON":
        return True
    if holder.pos_ != "PROPN":
        return False
    roles = record_words().roles
    return any(
        t.lower_ == holder.lower_
        and (t.ent_type_ == "PERSON" or (t.dep_ == "appos" and _lemma(t.head) in roles))
        for t in holder.doc
    )


def _names_a_day(word: Token, words: RecordWords) -> bool:
    """Whether the deed credited names its own day ("planned Sunday's
    bombing", "responsible for the July 5 attack"): that day's incident, not
    a record. A day elsewhere in the sentence ("detained ... yesterday") is
    the operation's."""
    inside = range(word.left_edge.i, word.right_edge.i + 1)
    dates = [ent for ent in word.sent.ents if ent.label_ == "DATE" and ent.start in inside]
    return any(t.lower_.rstrip(".") in words.day_words for ent in dates for t in ent)
