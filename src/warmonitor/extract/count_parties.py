"""Whose dead a count names where the words after it do not tell it, read
from the parse: the side its people are placed on ("300 fighters on both
sides", "37 dead on the regime side"), the craft they were aboard ("all five
people on board a military helicopter"), the family they were of ("a family
of six"), the named group they were members of ("20 members of the
so-called Free Syrian Army"), and, for a count with no noun, the people an
act was aimed at ("opened fire on demonstrators, killing three"). The cue
words are data/patterns/count_parties.json.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from warmonitor.extract import heads
from warmonitor.extract.cue_data import pattern_data

# The parties a count's noun may leave open for the parse to settle: none
# read, no side told ("killed four people"), or a side told by no noun of one.
_OPEN = (None, "total", "unknown")


@dataclass(frozen=True)
class PartyCues:
    side_preps: frozenset[str]
    side_nouns: frozenset[str]
    all_sides: frozenset[str]
    neutral_nouns: frozenset[str]
    side_words: dict[str, str]  # "regime" -> government
    board_words: frozenset[str]
    crafts: frozenset[str]
    military: frozenset[str]
    military_crafts: frozenset[str]
    family_nouns: frozenset[str]
    family_members: frozenset[str]
    kin_nouns: frozenset[str]
    member_nouns: frozenset[str]
    member_preps: frozenset[str]
    aimed_preps: frozenset[str]
    harm_deps: frozenset[str]
    beside_verbs: frozenset[str]
    beside_preps: frozenset[str]
    state_nouns: frozenset[str]


@cache
def party_cues() -> PartyCues:
    """data/patterns/count_parties.json, read once."""
    data = pattern_data("count_parties.json")
    sides, aboard, family, members = data["sides"], data["aboard"], data["family"], data["members_of"]
    fired, beside = data["fired_on"], data["fighting_beside"]
    return PartyCues(
        side_preps=frozenset(sides["preps"]),
        side_nouns=frozenset(sides["nouns"]),
        all_sides=frozenset(sides["all_sides"]),
        neutral_nouns=frozenset(sides["neutral_nouns"]),
        side_words={w: party for party, words in sides["side_words"].items() for w in words},
        board_words=frozenset(aboard["board_words"]),
        crafts=frozenset(aboard["crafts"]),
        military=frozenset(aboard["military"]),
        military_crafts=frozenset(aboard["military_crafts"]),
        family_nouns=frozenset(family["nouns"]),
        family_members=frozenset(family["member_nouns"]),
        kin_nouns=frozenset(family["kin_nouns"]),
        member_nouns=frozenset(members["nouns"]),
        member_preps=frozenset(members["preps"]),
        aimed_preps=frozenset(fired["preps"]),
        harm_deps=frozenset(fired["deps"]),
        beside_verbs=frozenset(beside["verbs"]),
        beside_preps=frozenset(beside["preps"]),
        state_nouns=frozenset(beside["state_nouns"]),
    )


def party_by_parse(token: Token | None, party: str | None) -> str | None:
    """`party`, read from the words after a count, settled by the parse where
    those words leave it open or name a side only by a neutral noun
    ("fighters")."""
    if token is None:
        return party
    cues = party_cues()
    if _two_sides_named(token, cues):
        return "total"  # "70 regime and rebel fighters": the dead of both sides together
    noun = heads.head_noun(token)
    side = _side_told(token, noun, cues)
    fought_for = _fighting_beside(noun, cues) if noun is not None else None
    if fought_for is not None and party in (*_OPEN, "civilians"):
        # "eight volunteers fighting alongside government forces": combatants
        # of that side, though "volunteers" alone are rescuers (civilians)
        return fought_for
    # "fighters" alone names no side; "opposition fighters from the warring
    # sides" (rebel groups fighting each other) keep their modifier's
    neutral = noun is None or (
        noun.lower_ in cues.neutral_nouns and not any(c.dep_ in ("amod", "compound") for c in noun.children)
    )
    if side is not None and (party in _OPEN or neutral):
        return side
    if party not in _OPEN:
        return party
    if _aboard_military_craft(token, noun, cues):
        return "government"
    if _of_a_family(token, noun, cues):
        return "civilians"
    return (_aimed_at(token, cues) if noun is None else None) or whole_party(token) or party


def whole_party(token: Token) -> str | None:
    """The side of the group a count is a part of ("two of the five Border
    Security Force (BSF) troopers", "one of the two Pakistani Lashkar e Toiba
    (LeT) militants"): the first common noun of the count's "of" phrase names
    its people, however many name words stand before it (the parser hangs
    such a phrase on a name word as often as on the noun); None when it
    names no side."""
    from warmonitor.extract.casualties import party_of

    if token.pos_ != "NUM":
        return None
    of = next((p for p in token.children if p.dep_ == "prep" and p.lower_ == "of"), None)
    if of is None:
        return None
    doc = token.doc
    start = of.i + 1
    for word in doc[of.i + 1 : min(len(doc), of.i + 12)]:
        if word.pos_ in ("DET", "NUM"):
            start = word.i + 1
        elif word.pos_ == "NOUN":
            party = party_of(doc[start : word.i + 1].text) or party_of(word.text)
            if party is None and word.dep_ in ("compound", "nmod"):
                continue  # "(LeJ) gunmen": a name word tagged a noun, the people after it
            return party if party != "total" else None
        elif word.pos_ not in ("PROPN", "ADJ", "PUNCT"):
            return None
    return None


def _two_sides_named(token: Token, cues: PartyCues) -> bool:
    """Whether the words right after a count name two sides joined by "and"
    before the counted noun ("70 regime and rebel fighters", "40 government
    and opposition troops"): read on the tokens, as the parser hangs such a
    pair in many ways."""
    doc = token.doc
    words = doc[token.i + 1 : token.i + 4]
    if len(words) < 3 or words[1].lower_ != "and":
        return False
    first, second = (cues.side_words.get(w.lower_) for w in (words[0], words[2]))
    return first is not None and second is not None and first != second


def _fighting_beside(noun: Token, cues: PartyCues) -> str | None:
    """The side the counted people are told fighting beside ("volunteers
    fighting alongside the army": government; "who fought with the rebels":
    rebels), from count_parties.json `fighting_beside`; None if not told."""
    for clause in noun.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in cues.beside_verbs:
            continue
        for side in _objects(clause, cues.beside_preps):
            words = [side, *(c for c in side.children if c.dep_ in ("amod", "compound"))]
            for word in words:
                told = cues.side_words.get(word.lower_) or cues.side_words.get(word.lemma_.lower())
                if told is not None:
                    return told
            if side.lower_ in cues.state_nouns:
                return "government"
    return None


def members_side(token: Token | None) -> str | None:
    """The side of the named group a count's people are members of ("20
    members of the so-called Free Syrian Army": rebels), or None."""
    from warmonitor.extract.actors import load_actors

    noun = heads.head_noun(token) if token is not None else None
    cues = party_cues()
    if noun is None or noun.lower_ not in cues.member_nouns:
        return None
    for group in _objects(noun, cues.member_preps):
        phrase = group.doc[group.left_edge.i : group.right_edge.i + 1]
        for named in load_actors().find(phrase.text, phrase.start_char):
            # the actor whose name holds the object's head: "the Al Qaeda-linked
            # Nusra Front" names the Front, the Qaeda its modifier
            if named.start <= group.idx < named.end and named.actor.side in ("rebels", "government"):
                return named.actor.side
    return None


def _objects(word: Token, preps: frozenset[str]) -> Iterator[Token]:
    """The objects of `word`'s prepositions of `preps` ("members of X" -> X)."""
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            yield from (c for c in prep.children if c.dep_ == "pobj")


def _side_told(token: Token, noun: Token | None, cues: PartyCues) -> str | None:
    """The side a count's people are told to be on, by a phrase on the
    counted noun, the count or their verb ("on both sides": total; "on the
    regime side": government); not a place's sides ("on both sides of the
    border")."""
    above = (noun or token).head
    # "37 dead on the regime side": the phrase hangs on the verb above the adjective
    verb = above.head if above.pos_ not in ("VERB", "AUX") else None
    holders = [w for w in (token, noun, above, verb) if w is not None]
    for holder in holders:
        for side in _objects(holder, cues.side_preps):
            if side.lower_ not in cues.side_nouns or any(c.dep_ == "prep" for c in side.children):
                continue
            for word in side.children:
                if word.lower_ in cues.all_sides:
                    return "total"
                if word.lower_ in cues.side_words:
                    return cues.side_words[word.lower_]
    return None


def _aboard_military_craft(token: Token, noun: Token | None, cues: PartyCues) -> bool:
    """The people were on board ("all five people on board", "30 aboard") and
    the sentence names a military craft."""
    people = noun or token
    aboard = any(
        c.lower_ in cues.board_words or any(o.lower_ in cues.board_words for o in c.children)
        for c in people.children
    )
    if not aboard:
        return False
    for word in people.sent:
        if word.lower_ in cues.military_crafts:
            return True
        if word.lower_ in cues.crafts and any(
            c.dep_ in ("amod", "compound") and c.lower_ in cues.military for c in word.children
        ):
            return True
    return False


def _of_a_family(token: Token, noun: Token | None, cues: PartyCues) -> bool:
    """ "a family of six", "six members of one family", "two brothers": a
    family's people."""
    people = noun or token
    if people.dep_ == "pobj" and people.head.lower_ == "of" and people.head.head.lower_ in cues.family_nouns:
        return True
    if people.lower_ in cues.kin_nouns and not any(c.lower_ in cues.side_words for c in people.children):
        return True  # "killing three brothers": kin counted as kin
    return people.lower_ in cues.family_members and any(
        o.lower_ in cues.family_nouns for o in _objects(people, frozenset(("of",)))
    )


def _aimed_at(token: Token, cues: PartyCues) -> str | None:
    """The side of the people an act was aimed at, for a count with no noun
    in the clause of harm that follows it ("opened fire on demonstrators,
    killing three": civilians), or None."""
    from warmonitor.extract.casualties import party_of

    harm = token.head
    while harm.dep_ == "conj" and harm.head.i != harm.i:
        harm = harm.head  # "killing 12 and wounding 20"
    act = harm.head
    if harm.dep_ == "acl" and act.dep_ == "pobj" and act.head.head.pos_ == "VERB":
        # copy without commas: "fired at the protesters in one area leaving
        # five injured" hangs the harm on the place's noun
        act = act.head.head
    elif harm.dep_ not in cues.harm_deps:
        return None
    if harm.pos_ != "VERB":
        return None
    for people in _objects(act, cues.aimed_preps):
        side = party_of(" " + people.text)
        if side not in (None, "total"):
            return side
    return None
