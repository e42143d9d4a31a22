"""Acts told as not having happened (issues 11 and 13): "no arrest was
made", "no one was arrested", "no clashes were reported" tell no event.
Read off the dependency parse; the words are data
(warmonitor/data/patterns/negation.json), loaded once.

A verb negated with "not" whose subject names someone ("Russian planes had
not carried out air strikes") is a denial: kept, with stance "denied", when
a speaker other than the outlet tells it.

Public: NegationWords, negation_words, told_as_not_done, denied_act.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from warmonitor.extract.cue_data import pattern_data

_SUBJECTS_OBJECTS = frozenset(("nsubj", "nsubjpass", "dobj"))
_VERBS = frozenset(("VERB", "AUX"))


@dataclass(frozen=True)
class NegationWords:
    determiners: frozenset[str]  # "no arrests"
    pronouns: frozenset[str]  # "nobody was detained"
    light_verbs: frozenset[str]  # "did not carry out an attack": the noun is the act
    unknown_words: frozenset[str]  # "unaware of any clashes"
    known_words: frozenset[str]  # "was not aware of any fighting"
    unknown_determiners: frozenset[str]  # "any fighting"


@cache
def negation_words() -> NegationWords:
    data = pattern_data("negation.json")
    return NegationWords(
        determiners=frozenset(data["determiners"]),
        pronouns=frozenset(data["pronouns"]),
        light_verbs=frozenset(data["light_verbs"]),
        unknown_words=frozenset(data["unknown_words"]),
        known_words=frozenset(data["known_words"]),
        unknown_determiners=frozenset(data["unknown_determiners"]),
    )


def _none_of(token: Token, words: NegationWords) -> bool:
    """ "nobody", "no one", "no suspects": a word that counts no one."""
    if token.lower_ in words.pronouns:
        return True
    return any(c.dep_ == "det" and c.lower_ in words.determiners for c in token.children)


def _negated_verb(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _next_to(word: Token, verb: Token) -> bool:
    """No punctuation between a subject or object and its verb: "[size=no
    report] On 11 January ... members ambushed" does not make "no report"
    the ambush's subject."""
    low, high = sorted((word.i, verb.i))
    return not any(t.is_punct for t in verb.doc[low + 1 : high])


def _none_does(verb: Token, words: NegationWords) -> bool:
    """ "no one was arrested", "arrested nobody": every subject (or every
    object) of the verb counts no one; "no casualties but all fuel stocks
    were set on fire" has a subject that does."""
    for deps in (("nsubj", "nsubjpass"), ("dobj",)):
        found = [c for c in verb.children if c.dep_ in deps]
        if found and all(_none_of(c, words) and _next_to(c, verb) for c in found):
            return True
    return False


def denied_act(token: Token) -> bool:
    """Whether the act's word is a verb negated with "not" and a subject of
    its own ("Russian planes had not carried out air strikes", "the army did
    not shell the town"): someone's denial of the act, a claim of its own
    when a speaker tells it (stance "denied")."""
    verb = token if token.pos_ in _VERBS else token.head
    if verb.pos_ not in _VERBS or not _negated_verb(verb):
        return False
    if verb is not token and not (
        token.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in negation_words().light_verbs
    ):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and not _none_of(c, negation_words()) for c in verb.children)


def told_as_not_done(token: Token) -> bool:
    """Whether the act's word `token` (a cue's head word) is told as not
    done: "no arrest was made", "have not arrested anyone", "nobody was
    detained", "no clashes were reported", "did not carry out an attack".
    Harm denied beside an act leaves the act ("no one was hurt in the
    attack": the cue "attack" is not negated)."""
    words = negation_words()
    if token.pos_ in _VERBS:
        return _negated_verb(token) or _none_does(token, words)
    if _none_of(token, words) or _known_of_by_no_one(token, words):
        return True
    head = token.head
    return (
        token.dep_ in ("dobj", "nsubjpass", "nsubj")
        and head.pos_ in _VERBS
        and head.lemma_.lower() in words.light_verbs
        and _negated_verb(head)
    )


def _known_of_by_no_one(token: Token, words: NegationWords) -> bool:
    """ "was not aware of any fighting", "unaware of any clashes", "had no
    knowledge of any strikes": someone knows of no such act (negation.json
    `unknown_about`); "not aware of the attack" names an act told elsewhere."""
    if not any(c.dep_ == "det" and c.lower_ in words.unknown_determiners for c in token.children):
        return False
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    word = token.head.head
    lemma = word.lemma_.lower()
    if lemma in words.unknown_words or word.lower_ in words.unknown_words:
        return True
    if lemma not in words.known_words and word.lower_ not in words.known_words:
        return False
    # the knowing word's own negation ("no knowledge"), or its clause's ("was not aware")
    clause = word if word.pos_ in _VERBS else word.head
    return _none_of(word, words) or _negated_verb(word) or (clause.pos_ in _VERBS and _negated_verb(clause))
