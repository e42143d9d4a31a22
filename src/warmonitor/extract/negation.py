"""Acts told as not having happened (issues 11 and 13): "no arrest was
made", "no one was arrested", "no clashes were reported" tell no event.
Read off the dependency parse; the words are data
(warmonitor/data/patterns/negation.json), loaded once.

Public: NegationWords, negation_words, told_as_not_done.
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


@cache
def negation_words() -> NegationWords:
    data = pattern_data("negation.json")
    return NegationWords(
        determiners=frozenset(data["determiners"]),
        pronouns=frozenset(data["pronouns"]),
        light_verbs=frozenset(data["light_verbs"]),
    )


def _none_of(token: Token, words: NegationWords) -> bool:
    """ "nobody", "no one", "no suspects": a word that counts no one."""
    if token.lower_ in words.pronouns:
        return True
    return any(c.dep_ == "det" and c.lower_ in words.determiners for c in token.children)


def _negated_verb(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def told_as_not_done(token: Token) -> bool:
    """Whether the act's word `token` (a cue's head word) is told as not
    done: "no arrest was made", "have not arrested anyone", "nobody was
    detained", "no clashes were reported", "did not carry out an attack".
    Harm denied beside an act leaves the act ("no one was hurt in the
    attack": the cue "attack" is not negated)."""
    words = negation_words()
    if token.pos_ in _VERBS:
        if _negated_verb(token):
            return True
        return any(c.dep_ in _SUBJECTS_OBJECTS and _none_of(c, words) for c in token.children)
    if _none_of(token, words):
        return True
    head = token.head
    return (
        token.dep_ in ("dobj", "nsubjpass", "nsubj")
        and head.pos_ in _VERBS
        and head.lemma_.lower() in words.light_verbs
        and _negated_verb(head)
    )
