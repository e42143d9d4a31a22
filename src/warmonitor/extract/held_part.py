"""Whether a relative clause after a place may tell of a part named before it.

"the east bank of the river in Deir ez-Zor, which is held by the SDF": the
parser hangs the clause on the last noun, the town, but what the clause says
is held is the bank; the town only says where the bank lies. Control claims
need the place as the thing held or taken, so such a town is no object
(issue 11, places16, after a blind reading of a WikiEvents report and FA-KES
sentences outside the split that name a river bank, a side or the
countryside of a town and then who holds it). The words are data:
data/patterns/control.json `bearing_parts`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from warmonitor.extract.cue_data import pattern_data

_CLIMB = 3  # "the east side of the valley of the river in X": nouns to climb back
_WITHIN = frozenset({"in", "within", "inside", "of"})


@cache
def bearing_parts() -> frozenset[str]:
    return frozenset(pattern_data("control.json")["bearing_parts"]["words"])


def locates_a_part(place: Token) -> bool:
    """Whether `place`, a relative clause's antecedent in the parse, is the
    object of "in" or "of" right after a noun phrase whose head is a part of
    it told by its bearing ("the east bank of the Euphrates in X", "the
    desert south of X", "the western side of X"): the clause may be that
    part's, so the place is not what it holds."""
    prep = place.head
    # "in X", "of X": the part lies in the town; "the countryside around the
    # city of Manbij which has been under YPG control" tells of the city (FA-KES
    # dev gold), so a part beside the town ("around", "near") says nothing
    if place.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _WITHIN:
        return False
    words = bearing_parts()
    # "the east side of X": the part governs the place's own preposition
    if prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in words:
        return True
    if prep.i == 0:
        return False
    noun = place.doc[prep.i - 1]
    for _ in range(_CLIMB):
        if noun.lemma_.lower() in words or noun.lower_ in words:
            return True
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head  # "the bank of the Euphrates": climb from the river to the bank
        else:
            return False
    return False
