"""Event cues that tell what a person or a weapon is, not what happened
(issue 11): a biography ("he specialised in building roadside bombs"), a
possession ("acquired bomb materials"), a weapon's kind ("these are
precision missiles"), troops carried in ("an air assault into the
village"); and a bomb whose planters were caught at it
("troops killed three insurgents as they laid a roadside bomb"), which
tells the fight, not an explosion. Read off the dependency parse; the words
are data (warmonitor/data/patterns/events.json `not_an_event.about_a_person`).

Public: about_a_person, caught_planting, harmed_crowd, HarmedCrowd.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from warmonitor.extract.casualties import outcome_word
from warmonitor.extract.cue_data import pattern_data
from warmonitor.extract.events import every_event_cue

# the links a cue's phrase climbs to the word it describes
_PHRASE = ("compound", "amod", "dobj", "pobj", "pcomp", "prep", "conj", "appos", "nmod")


@dataclass(frozen=True)
class PersonWords:
    bio_preps: frozenset[str]
    bio_heads: frozenset[str]
    acquire_verbs: frozenset[str]
    kind_subjects: frozenset[str]
    kind_copulas: frozenset[str]
    kind_tags: frozenset[str]
    carried_modifiers: frozenset[str]
    carried_words: frozenset[str]
    plant_verbs: frozenset[str]
    try_verbs: frozenset[str]
    marks: frozenset[str]
    act_verbs: frozenset[str]
    named_determiners: frozenset[str]
    named_tags: frozenset[str]
    named_forms: frozenset[str]  # "slain", "dead": taken for nouns or adjectives


@cache
def person_words() -> PersonWords:
    data = pattern_data("events.json")["not_an_event"]["about_a_person"]
    caught = data["caught_planting"]
    return PersonWords(
        bio_preps=frozenset(data["biography"]["preps"]),
        bio_heads=frozenset(data["biography"]["heads"]),
        acquire_verbs=frozenset(data["acquired"]["verbs"]),
        kind_subjects=frozenset(data["kind_of_thing"]["subjects"]),
        kind_copulas=frozenset(data["kind_of_thing"]["copulas"]),
        kind_tags=frozenset(data["kind_of_thing"]["tags"]),
        carried_modifiers=frozenset(data["carried_in"]["modifiers"]),
        carried_words=frozenset(data["carried_in"]["words"]),
        plant_verbs=frozenset(caught["plant_verbs"]),
        try_verbs=frozenset(caught["try_verbs"]),
        marks=frozenset(caught["marks"]),
        act_verbs=frozenset(caught["act_verbs"]),
        named_determiners=frozenset(data["named_by_the_act"]["determiners"]),
        named_tags=frozenset(data["named_by_the_act"]["tags"]),
        named_forms=frozenset(data["named_by_the_act"]["forms"]),
    )


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _head_noun(cue: Token) -> Token:
    """ "roadside bomb": the phrase's head noun."""
    while cue.dep_ in ("compound", "amod") and cue.head.i > cue.i:
        cue = cue.head
    return cue


def about_a_person(cue: Token) -> str | None:
    """Why the cue tells what someone or something is ("biography",
    "possession", "kind", "movement"), or None."""
    words = person_words()
    noun = _head_noun(cue)
    if _biography(noun, words):
        return "biography"
    if noun.dep_ == "dobj" and _lemma(noun.head) in words.acquire_verbs:
        return "possession"  # "acquired bomb materials", "supplied IEDs to the cell"
    if _a_kind(noun, words):
        return "kind"
    if _carried_in(cue, words):
        return "movement"
    return None


def named_by_the_act(cue: Token) -> bool:
    """ "the arrested leader coordinated attacks", "the killed militants
    were identified": the participle names a man by the act told before,
    no new act (events.json `named_by_the_act`)."""
    words = person_words()
    noun = cue.head
    by_form = cue.lower_ in words.named_forms and cue.dep_ in ("amod", "compound")
    return (
        (
            by_form
            # a participle's form: "the explosive device" is a weapon, not a
            # man named by an act
            or (cue.dep_ == "amod" and cue.tag_ in words.named_tags and cue.lower_.endswith("ed"))
        )
        and noun.i > cue.i
        and noun.pos_ == "NOUN"
        # the determiner right before the participle ("the arrested leader"):
        # not a verb the parse hung on a noun far after ("the Nusra Front
        # captured government-held positions")
        and cue.i > 0
        and cue.nbor(-1).lower_ in words.named_determiners
        and cue.nbor(-1).head.i == noun.i
    )


def opens_naming_by_the_act(sent: Span) -> bool:
    """Whether a sentence opens on a man named by the act told before ("The
    arrested leader had run attacks in X", "The detained facilitator is
    believed ..."): it tells his record, so the places it names were his
    before, not the operation's (a blind reading, seed 5656: an ISAF release's
    further detentions went to the leader's old province)."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 3 or not named_by_the_act(words[1]):
        return False
    # the participle must tell an act ("arrested", "slain"), not be any word
    # in -ed ("The combined force came under fire" tells the operation)
    if outcome_word(words[1].text) is not None:
        return True
    at = words[1].idx - sent.start_char
    return any(c.start <= at < c.end for c in every_event_cue(sent.text))


def _carried_in(cue: Token, words: PersonWords) -> bool:
    """ "an air assault into the village", "air-assaulted into Monari":
    troops set down by helicopter, no fight told."""
    if cue.lower_ not in words.carried_words or cue.i == 0:
        return False
    before = cue.nbor(-1)
    if before.text == "-" and cue.i > 1:
        before = cue.nbor(-2)
    return before.lower_ in words.carried_modifiers


def _biography(noun: Token, words: PersonWords) -> bool:
    """ "specialised in building roadside bombs", "known for planting
    landmines", "an expert in car bombs": up the phrase to its preposition."""
    node = noun
    for _ in range(6):
        if node.dep_ == "prep" and node.lower_ in words.bio_preps and _lemma(node.head) in words.bio_heads:
            return True
        if node.dep_ not in _PHRASE or node.head.i == node.i:
            return False
        node = node.head
    return False


def _a_kind(noun: Token, words: PersonWords) -> bool:
    """ "These are precision missiles": the cue is the attribute of a
    present copula whose subject points at a thing."""
    copula = noun.head
    if noun.dep_ != "attr" or _lemma(copula) not in words.kind_copulas or copula.tag_ not in words.kind_tags:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in words.kind_subjects for c in copula.children)


def caught_planting(cue: Token) -> bool:
    """ "Troops killed three insurgents as they were planting a roadside
    bomb", "were shot by police while laying a mine": the planters were
    caught by a doer; the bomb did not go off."""
    words = person_words()
    noun = _head_noun(cue)
    if noun.dep_ != "dobj" or _lemma(noun.head) not in words.plant_verbs:
        return False
    verb = noun.head
    if verb.dep_ == "xcomp" and _lemma(verb.head) in words.try_verbs:
        verb = verb.head  # "as they attempted to place a roadside bomb"
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words.marks for c in verb.children):
        act = verb.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ in words.marks:
        act = verb.head.head  # "killed while planting a mine"
    else:
        return False
    if _lemma(act) not in words.act_verbs:
        return False
    # a doer: the subject of an active verb, or the agent of a passive
    return any(c.dep_ in ("nsubj", "agent") for c in act.children)


@dataclass(frozen=True)
class HarmedCrowd:
    crowd_words: frozenset[str]
    harm_words: frozenset[str]
    event_type: str
    sub_event_type: str
    model_may_say: frozenset[str]


@cache
def harmed_crowd_words() -> HarmedCrowd:
    data = pattern_data("events.json")["harmed_crowd"]
    return HarmedCrowd(
        crowd_words=frozenset(data["crowd_words"]),
        harm_words=frozenset(data["harm_words"]),
        event_type=data["event_type"],
        sub_event_type=data["sub_event_type"],
        model_may_say=frozenset(data["model_may_say"]),
    )


@dataclass(frozen=True)
class DrawnProtest:
    verbs: frozenset[str]
    to_verbs: frozenset[str]
    sub_event_type: str


@cache
def drawn_protest_words() -> DrawnProtest:
    data = pattern_data("events.json")["drawn_protest"]
    return DrawnProtest(frozenset(data["verbs"]), frozenset(data["to_verbs"]), data["sub_event_type"])


def drawn_protest(cue: Token) -> bool:
    """ "the killing drew protests", "sparked demonstrations", "led to
    rallies": a protest an act caused, no force used on it (events.json
    `drawn_protest`)."""
    words = drawn_protest_words()
    node = cue
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "drew protests and strikes"
    head = node.head
    if node.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        return _lemma(head) in words.verbs
    return (
        node.dep_ == "pobj"
        and head.lower_ == "to"
        and head.head.pos_ == "VERB"
        and _lemma(head.head) in words.to_verbs
    )


def harmed_crowd(cue: Token) -> bool:
    """ "the killing of five more protesters", "troops shot two marchers":
    the crowd's word names the people
    harmed, so the act is force used on a crowd (events.json `harmed_crowd`)."""
    words = harmed_crowd_words()
    if _lemma(cue) not in words.crowd_words and cue.lower_ not in words.crowd_words:
        return False
    node = cue
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "students and protesters were killed"
    if node.dep_ == "pobj" and node.head.lower_ == "of":
        harm = node.head.head
    elif node.dep_ == "dobj":
        harm = node.head  # "troops shot two marchers"; "were killed in clashes" may be a riot
    else:
        return False
    return _lemma(harm) in words.harm_words or harm.lower_ in words.harm_words
