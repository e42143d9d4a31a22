"""What a number counts, read off the dependency parse.

A count's syntactic head noun ("1.4 million people" in "a city of 1.4
million people"), the verb that governs it, and the clause it sits in say
whether it is a casualty figure at all, and whether it is news or the
background of a war. The cue words are data
(warmonitor/data/patterns/casualties.json), loaded once.
"""

from __future__ import annotations

import calendar
import os
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from warmonitor.errors import ConfigError
from warmonitor.extract import retold
from warmonitor.extract.cue_data import pattern_data
from warmonitor.extract.earlier import earlier_attack_start, earlier_cues
from warmonitor.extract.numbers import parse_number


@dataclass(frozen=True)
class CasualtyCues:
    not_heads: frozenset[str]
    not_modifiers: frozenset[str]
    population_heads: frozenset[str]
    not_verbs: frozenset[str]
    war_nouns: frozenset[str]
    years_back: int
    period_preps: frozenset[str]  # "over" in "over the past four years"
    period_anchors: frozenset[str]  # "past": a stretch counted back from the telling
    period_units: dict[str, int]  # "year" -> 1, "decade" -> 10
    period_start_verbs: frozenset[str]
    plausible_max: int
    war_toll_min: int  # "more than 300,000 people have been killed": a count this large is a war's toll
    running: list[dict[str, Any]]
    unit_days: dict[str, int]  # "weeks" -> 7: a PERIOD_DAYS span counted in weeks or months
    incident_toll: frozenset[str]  # nouns of one attack: "the toll from a car bombing"
    one_site: frozenset[str]  # "the toll from air strikes on the town": one site, one happening
    running_nouns: frozenset[str]  # "the toll from the offensive": a toll of a span, whatever else is told
    stating_verbs: frozenset[str]  # "put the toll at six": a toll stated, not raised
    predicted_rise: frozenset[str]  # "the toll could rise": a warning, no running toll
    predicted_words: frozenset[str]
    war_start_nouns: frozenset[str]  # "since the beginning of the conflict"
    mixed_after: re.Pattern[str]  # "dozens were killed or injured": dead and hurt in one figure
    mixed_before: re.Pattern[str]  # "have killed and wounded hundreds"
    mixed_noun: re.Pattern[str]  # "several casualties", unless the sentence speaks of deaths
    death_context: re.Pattern[str]
    battle_days: int  # the longest closed span a toll at one place may cover and be one battle's
    window_anchors: frozenset[str]  # "past", "last": a span counted back from the telling, no battle's
    age_before: re.Pattern[str]  # "Karim, " / "a woman, " before a number set off by commas: an age
    person_nouns: frozenset[str]  # "a boy of seven": a count under "of" on one of these is an age
    links: BackgroundLinks  # background told through the sentence before, a group's record, "earlier videos"
    not_war: NotWarDeaths  # "died of cancer", "killed in a road accident": not the war's dead
    held_as: frozenset[str]  # "took 2,000 civilians ... as human shields": captured
    counterfactual: dict[str, frozenset[str]]  # "would have killed thousands": no toll
    projected: dict[str, frozenset[str]]  # "the toll could reach dozens": a forecast, no toll
    speaker_verbs: frozenset[str]  # "two residents said": the tellers, not the dead
    confess_verbs: frozenset[str]  # "confessed to killing four": a suspect's record
    naming_verbs: frozenset[str]  # "three fighters, one identified as X": one of the counted
    lost_members: dict[str, frozenset[str]]  # "lost 17 of its fighters": its dead


@dataclass(frozen=True)
class NotWarDeaths:
    causes: frozenset[str]  # "died of cholera"
    qualified: dict[str, frozenset[str]]  # "heart attack", "old age": a cause with its word before
    accidents: frozenset[str]  # "killed in a road accident"
    accident_verbs: frozenset[str]  # "killed when a bus collided with a tanker"


@dataclass(frozen=True)
class BackgroundLinks:
    pronouns: frozenset[str]  # "It has cost the lives of ..." after a sentence naming the war
    record_subjects: frozenset[str]  # "the group has killed hundreds ...": its record
    record_counts: frozenset[str]
    earlier: frozenset[str]  # "in earlier videos"
    recent_units: frozenset[str]  # "in previous days" stays news
    anaphoric: frozenset[str]  # "that attack, which killed 1,400": the attack of the sentence before


@cache
def casualty_cues() -> CasualtyCues:
    """The cue lists of data/patterns/casualties.json, read once."""
    data = pattern_data("casualties.json")
    maximum = int(data["plausible_max"]["value"])
    raw = os.environ.get("WARMONITOR_MAX_CASUALTY_FIGURE")
    if raw:
        try:
            maximum = int(raw)
        except ValueError:
            raise ConfigError(f"WARMONITOR_MAX_CASUALTY_FIGURE must be a whole number, got {raw!r}") from None
    return CasualtyCues(
        not_heads=frozenset(data["not_casualty_heads"]["lemmas"]),
        not_modifiers=frozenset(data["not_casualty_modifiers"]["words"]),
        population_heads=frozenset(data["population_heads"]["lemmas"]),
        not_verbs=frozenset(data["not_casualty_verbs"]["lemmas"]),
        war_nouns=frozenset(data["war_nouns"]["lemmas"]),
        years_back=int(data["historical_years"]["min_years_back"]),
        period_preps=frozenset(data["historical_years"]["period_preps"]),
        period_anchors=frozenset(data["historical_years"]["period_anchors"]),
        period_units={k: int(v) for k, v in data["historical_years"]["period_units"].items()},
        period_start_verbs=frozenset(data["period_start_verbs"]["lemmas"]),
        plausible_max=maximum,
        war_toll_min=int(data["war_toll_min"]["value"]),
        running=list(data["running_toll"]["patterns"]),
        unit_days={k: int(v) for k, v in data["running_toll"]["unit_days"].items()},
        incident_toll=frozenset(data["incident_toll"]["nouns"]),
        one_site=frozenset(data["incident_toll"]["one_site_nouns"]),
        running_nouns=frozenset(data["incident_toll"]["running_nouns"]),
        stating_verbs=frozenset(data["incident_toll"]["stating_verbs"]),
        predicted_rise=frozenset(data["incident_toll"]["predicted_rise"]),
        predicted_words=frozenset(data["incident_toll"]["predicted_words"]),
        war_start_nouns=frozenset(data["war_start_nouns"]["lemmas"]),
        mixed_after=_mixed_pattern(data["mixed_outcome"], "after"),
        mixed_before=_mixed_pattern(data["mixed_outcome"], "before"),
        mixed_noun=_mixed_pattern(data["mixed_outcome"], "noun"),
        battle_days=int(data["one_battle"]["max_days"]),
        window_anchors=frozenset(data["one_battle"]["window_anchors"]),
        age_before=_age_before(data["age_apposition"]["person_nouns"]),
        person_nouns=frozenset(data["age_apposition"]["person_nouns"]),
        links=_links(data["background_links"]),
        not_war=NotWarDeaths(
            causes=frozenset(data["not_war_deaths"]["causes"]),
            qualified={k: frozenset(v) for k, v in data["not_war_deaths"]["qualified"].items()},
            accidents=frozenset(data["not_war_deaths"]["accidents"]),
            accident_verbs=frozenset(data["not_war_deaths"]["accident_verbs"]),
        ),
        death_context=re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in data["mixed_outcome"]["death_context"]) + r")\b", re.I
        ),
        held_as=frozenset(data["held_as"]["nouns"]),
        counterfactual={k: frozenset(v) for k, v in data["counterfactual"].items() if k != "about"},
        projected={k: frozenset(v) for k, v in data["projected"].items() if k != "about"},
        speaker_verbs=frozenset(data["speakers"]["verbs"]),
        confess_verbs=frozenset(data["confessed"]["verbs"]),
        naming_verbs=frozenset(data["named_member"]["verbs"]),
        lost_members={k: frozenset(v) for k, v in data["lost_members"].items() if k != "about"},
    )


def _links(data: dict[str, Any]) -> BackgroundLinks:
    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data[key])

    return BackgroundLinks(
        pronouns=words("pronouns"),
        record_subjects=words("record_subjects"),
        record_counts=words("record_counts"),
        earlier=words("earlier_modifiers"),
        recent_units=words("recent_units"),
        anaphoric=words("anaphoric_determiners"),
    )


def _age_before(nouns: list[str]) -> re.Pattern[str]:
    """The words before a number that is an age when a comma follows it too
    (casualties.json age_apposition): a capitalised word, or a person noun
    in any case, then a comma, at the end of the text before the number."""
    words = "|".join(re.escape(w) for w in nouns)
    return re.compile(rf"(?:\b[A-Z][\w'\u2019-]*|\b(?i:{words}))\s*,\s*$")


def _mixed_pattern(cues: dict[str, Any], where: str) -> re.Pattern[str]:
    """The surface of a figure of dead and hurt together (casualties.json
    mixed_outcome): "after" the count, its outcome words joined ("… were
    killed or injured") within its own clause; "before" it, the joined verbs
    ending right at the count ("killed and wounded hundreds"); its "noun"
    ("several casualties")."""

    def words(key: str) -> str:
        return "|".join(re.escape(w) for w in cues[key])

    # Joined by a word ("killed or injured"), a mark ("killed/wounded") or
    # nothing at all: FA-KES headlines drop the "and" ("25 Killed Injured").
    joiner = rf"(?:\s+(?:{words('joiners')})\s+|\s*(?:{words('marks')})\s*|\s+)"
    joined = rf"(?:{words('dead')}){joiner}(?:{words('hurt')})|(?:{words('hurt')}){joiner}(?:{words('dead')})"
    if where == "after":
        return re.compile(rf"^[^.;,]{{0,50}}?\b(?:{joined})\b", re.I)
    if where == "noun":
        return re.compile(
            rf"^\s*(?:(?!(?:{words('not_before_noun')})\b)[\w'-]+\s+){{0,2}}?(?:{words('nouns')})\b", re.I
        )
    return re.compile(rf"\b(?:{joined})\s+(?:(?:at least|more than|some|about|over|nearly)\s+)?$", re.I)


_MATCHERS: dict[int, Matcher] = {}


def _running_matcher(vocab: Any) -> Matcher:
    """The running-toll Matcher for a vocabulary, built once."""
    matcher = _MATCHERS.get(id(vocab))
    if matcher is None:
        matcher = Matcher(vocab)
        for entry in casualty_cues().running:
            matcher.add(entry["label"], [entry["pattern"]])
        _MATCHERS[id(vocab)] = matcher
    return matcher


def count_token(doc: Doc, start: int, end: int) -> Token | None:
    """The token heading the count at characters [start, end): the one whose
    syntactic head lies outside the count ("at least 12" -> 12)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    inside = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    return inside[-1] if inside else span[-1]


_NUMBER_DEPS = {"nummod", "quantmod", "compound", "amod", "npadvmod", "det"}


def head_noun(token: Token) -> Token | None:
    """The noun a count counts: "three residents" -> residents, "dozens of
    people" -> people; None when the count stands alone ("520 have died")."""
    if token.dep_ in _NUMBER_DEPS and token.head.pos_ in ("NOUN", "PROPN") and token.head.i != token.i:
        return token.head
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("NOUN", "PROPN"):
                return objects[0]
    return None


def not_of_the_war(token: Token) -> bool:
    """Whether the count's people died of something that is not the war:
    "two fighters died of cancer", "three soldiers were killed in a road
    accident", "nine died when a bus collided with a tanker". Gas, wounds,
    torture and hunger under siege are the war's and are not listed."""
    noun = head_noun(token) or token
    if noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among"):
        noun = noun.head.head  # "nine people including four children were killed when ..."
    cues = casualty_cues().not_war
    if _gapped_cause(token, cues) or _gapped_cause(noun, cues):
        return True
    # "two of the patients died of cholera": the count's own verb, where the
    # noun it counts ("patients") hangs under its "of"
    verbs = [v for v in dict.fromkeys([governing_verb(noun), governing_verb(token)]) if v is not None]
    family = [w for verb in verbs for w in (verb, *(c for c in verb.children if c.dep_ == "conj"))]
    for verb in verbs:
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            family.append(verb.head)  # "three were killed and four hurt in a road accident"
    return any(_not_war_child(c, cues) for v in family for c in v.children) or any(
        _an_accident(c, cues) for v in family for c in v.children if c.dep_ == "nsubj"
    )


def an_accident_act(verb: Token) -> bool:
    """Whether a verb of harm tells an accident, no act of the war: "killed
    in a road accident", "a road accident ... killed four civilians",
    "killed when a bus collided with a convoy" (casualties.json
    `not_war_deaths`: its accidents, crashes and accident verbs only)."""
    cues = casualty_cues().not_war
    family = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    for v in family:
        for c in v.children:
            if c.dep_ == "nsubj" and _an_accident(c, cues):
                return True
            if c.dep_ == "advcl" and c.lemma_.lower() in cues.accident_verbs:
                return True
            if (
                c.dep_ == "prep"
                and c.lower_ == "in"
                and any(o.dep_ == "pobj" and _an_accident(o, cues) for o in c.children)
            ):
                return True
    return False


def _an_accident(noun: Token, cues: NotWarDeaths) -> bool:
    """ "a road accident involving a military convoy killed four civilians":
    the verb's subject is an accident or a crash of vehicles."""
    lemma = noun.lemma_.lower()
    words = {m.lower_ for m in noun.children if m.dep_ in ("compound", "amod", "nmod")}
    return lemma in cues.accidents or bool(words & cues.qualified.get(lemma, frozenset()))


def _gapped_cause(noun: Token, cues: NotWarDeaths) -> bool:
    """A cause told on the count itself, its verb left out: "one died of
    diabetes and two from cholera", "a man dying of diabetes and one of the
    children from leukemia" (the parse hangs "from leukemia" on the count or
    on the noun it is joined to). Only "of" and "from": "two from Aleppo"
    names no cause, and the cause list decides."""
    nouns = [noun, noun.head] if noun.dep_ == "conj" else [noun]
    return any(
        _not_war_child(c, cues)
        for n in nouns
        for c in n.children
        if c.dep_ == "prep" and c.lower_ in ("of", "from")
    )


def counterfactual(token: Token) -> bool:
    """Whether the count's fate did not befall them: "would have killed
    thousands", "up to 300 could have died if the device had gone off".
    "may have been killed" hedges deaths that happened and is kept."""
    verb = fate_word(token)
    if verb is None:
        return False
    cues = casualty_cues().counterfactual
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"}
    if modals & cues["always"]:
        return True
    return bool(modals & cues["with_condition"]) and any(_condition(c, cues) for c in verb.children)


def counts_speakers(token: Token) -> bool:
    """Whether the count is of the people telling the report: "killing four
    civilians, two residents said" (the count's noun is the subject of a
    verb of saying, casualties.json `speakers`)."""
    noun = token.head if token.dep_ in ("nummod", "quantmod") else token
    # "48 people killed in a village ... a monitoring group said": with its
    # comma lost, a noun the parser makes the teller still has its own clause.
    described = any(c.dep_ in ("acl", "relcl") for c in noun.children)
    return (
        noun.dep_ == "nsubj" and not described and noun.head.lemma_.lower() in casualty_cues().speaker_verbs
    )


def projected(token: Token) -> bool:
    """Whether the count is a forecast of a toll: "the toll could reach
    dozens", "is expected to exceed 50", "will climb to 100"
    (casualties.json projected). "The toll rose to 40" is a count."""
    cues = casualty_cues().projected
    word = token.head if token.dep_ in ("nummod", "quantmod", "compound") else token
    verb = word.head
    if word.dep_ == "pobj" and verb.lower_ == "to" and verb.dep_ == "prep":
        verb = verb.head
    elif word.dep_ != "dobj":
        return False
    if verb.lemma_.lower() not in cues["verbs"]:
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in cues["modals"] for c in verb.children)
    expected = verb.dep_ == "xcomp" and verb.head.lower_ in cues["expecting"]
    if not (modal or expected):
        return False
    # The subject is the verb's own, or the expecting word's ("the toll is likely to rise").
    holders = [verb, verb.head] if expected else [verb]
    near = (c for h in holders for c in (*h.children, *h.head.children))
    subjects = (c for c in near if c.dep_ in ("nsubj", "nsubjpass"))
    return any(s.lemma_.lower() in cues["toll_nouns"] or s.lower_ in cues["toll_nouns"] for s in subjects)


def _condition(child: Token, cues: dict[str, frozenset[str]]) -> bool:
    """ "if the bomb had gone off", "had it exploded": a condition on the verb."""
    if child.dep_ != "advcl":
        return False
    if any(m.dep_ == "mark" and m.lower_ in cues["condition_marks"] for m in child.children):
        return True
    # "had it exploded": the auxiliary before its subject
    subject = next((c.i for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(
        a.dep_ == "aux" and a.lower_ in cues["inverted_aux"] and a.i < subject for a in child.children
    )


def _not_war_child(child: Token, cues: NotWarDeaths) -> bool:
    if child.dep_ == "advcl":
        return child.lemma_.lower() in cues.accident_verbs
    if child.dep_ not in ("prep", "agent") or child.lower_ not in ("of", "from", "in", "by"):
        return False
    for cause in (c for c in child.children if c.dep_ == "pobj"):
        # "measles" lemmatises to "measle": the word as written counts too
        lemma = cause.lower_ if cause.lower_ in cues.causes else cause.lemma_.lower()
        words = {m.lower_ for m in cause.children if m.dep_ in ("compound", "amod", "nmod")}
        if child.lower_ == "in":
            if lemma in cues.accidents or words & cues.qualified.get(lemma, frozenset()):
                return True
        elif lemma in cues.causes or words & cues.qualified.get(lemma, frozenset()):
            return True
    return False


def an_age(token: Token) -> bool:
    """Whether a count is a person's age told by the parse: "a boy of seven"
    (a count with no noun of its own under "of" on a person noun) or the
    second of ages joined by "and" ("two children, aged 4 and 6"), which the
    surface test of "aged" before a number does not reach."""
    if head_noun(token) is not None:
        return False
    first = token
    while first.dep_ == "conj" and first.head.like_num and first.head.i != first.i:
        first = first.head
    # "aged 4 and 6", "between the ages of eight and 10"
    told_as_age = first.head.lemma_.lower() in ("age", "aged") or (
        first.head.lower_ == "of" and first.head.head.lemma_.lower() == "age"
    )
    if first is not token and told_as_age:
        return True
    owner = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    return owner is not None and owner.lower_ in casualty_cues().person_nouns


def under_another_noun(token: Token) -> bool:
    """Whether the noun the count counts hangs by a preposition on another
    noun: "six civilians from one family", "members of two households". A
    verb after it ("... were killed") tells the outer noun's fate, not this count's."""
    noun = head_noun(token)
    return (
        noun is not None
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ in ("NOUN", "PROPN", "NUM")
    )


def not_a_casualty(token: Token) -> str | None:
    """Why the count at `token` counts no casualties (a population, a count
    of trucks, families sheltering), or None when the parse has no objection."""
    cues = casualty_cues()
    noun = head_noun(token)
    counted = noun if noun is not None else token
    if noun is not None:
        if noun.lemma_.lower() in cues.not_heads or noun.lower_ in cues.not_heads:
            return f"counts {noun.lower_}"
        if any(c.lower_ in cues.not_modifiers for c in noun.children if c.dep_ in ("amod", "compound")):
            return "counts people in a state, not hurt"
    # "a city of about 1.4 million people", "home to 2 million"
    if counted.dep_ == "pobj" and counted.head.lower_ in ("of", "to"):
        owner = counted.head.head
        if owner.lemma_.lower() in cues.population_heads:
            return "a population"
    if noun is not None and _a_side_between(noun):
        return "counts one side of a fight"
    if _names_one_counted(token, cues.naming_verbs):
        return "names one of those counted"
    # "dozens of people were shopping": the count itself may be the subject
    verb = governing_verb(counted) or governing_verb(token)
    # The word as written too: the lemmatizer makes "dining" "din".
    told = verb is not None and (verb.lemma_.lower() in cues.not_verbs or verb.lower_ in cues.not_verbs)
    # "held as human shields": holding people as shields or hostages is taking them
    if verb is not None and told and not held_as_captives(token):
        return f"governed by {verb.lemma_.lower()}"
    return None


def _names_one_counted(token: Token, naming_verbs: frozenset[str]) -> bool:
    """Whether a count names one of a group the sentence has just counted
    ("three fighters, one identified as X, were killed"): the verb of naming
    with "as" is its own or its clause's, and an earlier number counts
    people of the same verb (casualties.json `named_member`)."""
    verb = governing_verb(token)
    naming = [c for c in token.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in naming_verbs]
    if verb is not None and verb.lemma_.lower() in naming_verbs:
        naming.append(verb)
    if not any(c.dep_ == "prep" and c.lower_ == "as" for v in naming for c in v.children):
        return False
    # the count's own fate: "killed two and wounded one, identified as Z" keeps
    # its one; "one of them" is one of a group whatever verb the parse gave it
    of_them = any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("them", "whom") for g in c.children)
        for c in token.children
    )
    fate = None if verb is None or verb in naming or of_them else verb
    return any(
        t.like_num and t.pos_ == "NUM" and (fate is None or governing_verb(head_noun(t) or t) == fate)
        for t in token.sent[: token.i - token.sent.start]
    )


def _a_side_between(noun: Token) -> bool:
    """Whether a counted noun names one side of a fight "between X and Y" ("a
    gunbattle between the search squad and 40 cadres"): those who fought,
    not those a verb elsewhere in the sentence killed."""
    node = noun
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    # Two sides joined by "and" ("between troops and 40 militants"), not a
    # range of one count ("killing between 1000 and 1800 people").
    joined = node is not noun or any(c.dep_ == "conj" for c in noun.children)
    return joined and node.dep_ == "pobj" and node.head.lower_ == "between"


def governing_verb(token: Token) -> Token | None:
    """The verb a counted noun is the subject or object of ("killed at least
    12 people" -> killed)."""
    node = token
    for _ in range(3):
        if node.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "oprd"):
            return node.head if node.head.pos_ in ("VERB", "AUX") else None
        if node.dep_ in ("conj", "appos"):
            node = node.head
            continue
        return None
    return None


def fate_word(token: Token) -> Token | None:
    """The word the parse says tells what befell the people a count counts,
    however far the words stand apart: the verb they are the passive subject
    of ("25 others on a bus were wounded" -> wounded), the verb they are the
    object of ("killed 12 people"), the verb of "died"-like intransitives they
    are the subject of; failing those, a participle on their noun with no
    object of its own ("five people injured", not "people wounded at least
    one million"). An active verb's subject is its doer, not its victim, and
    gives nothing. The caller decides whether the word is an outcome."""
    noun = head_noun(token) or token
    # The count's own role first: in "wounding dozens of people evacuated
    # from two villages" the dozens are the wounded, whatever befell people.
    for node in dict.fromkeys((token, noun)):
        # A participle's subject ("leaving a boy dead and seven people
        # injured") is its patient, as a passive's is.
        patient = node.dep_ in ("nsubjpass", "dobj") or (node.dep_ == "nsubj" and node.head.tag_ == "VBN")
        if patient or (node.dep_ == "nsubj" and node.head.lemma_ in ("die", "perish", "succumb")):
            head = node.head
            if head.pos_ in ("VERB", "AUX") and not any(c.dep_ == "neg" for c in head.children):
                return head
            return None
    for child in noun.children:
        if (
            child.dep_ in ("acl", "amod")
            and child.i > noun.i
            and child.tag_ == "VBN"
            and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in child.children)
        ):
            return child
    return None


def lost_members(token: Token) -> bool:
    """Whether a count is of people its side "lost": "the jihadists lost 17
    of their fighters", "the regime lost more than 30 troops" (the object of
    "lose", or the "of" phrase under it, a people noun: casualties.json
    `lost_members`). Lost ground, tanks or control are no people."""
    cues = casualty_cues().lost_members
    noun = head_noun(token) or token
    node = token if token.dep_ == "dobj" else noun
    if node.dep_ != "dobj" or node.head.lemma_.lower() not in cues["verbs"]:
        return False
    if any(c.dep_ == "neg" for c in node.head.children):
        return False
    if noun.lemma_.lower() in cues["nouns"] or noun.lower_ in cues["nouns"]:
        return True
    # "lost 13 of its fighters": the people are the "of" phrase's
    of = [o for p in node.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    people = cues["nouns"]
    return any(o.dep_ == "pobj" and (o.lemma_.lower() in people or o.lower_ in people) for o in of)


def held_as_captives(token: Token) -> bool:
    """Whether the people a count counts are taken or held "as human shields" /
    "as hostages" in the clause of the verb they are the object or passive
    subject of (casualties.json `held_as`): the extremists "took some 2,000
    civilians as they fled, to serve as human shields"."""
    verb = governing_verb(head_noun(token) or token)
    if verb is None:
        return False
    nouns = casualty_cues().held_as
    return any(t.dep_ == "pobj" and t.head.lower_ == "as" and t.lemma_.lower() in nouns for t in verb.subtree)


def confessed(token: Token) -> bool:
    """Whether a count hangs, within eight links, on a verb of confessing
    ("the accused confessed to killing four Rangers", "confessed his
    involvement in the killing of 15 people"): a suspect's record of past
    killings, background (casualties.json `confessed`)."""
    verbs = casualty_cues().confess_verbs
    node = token
    for _ in range(8):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in verbs:
            return True
    return False


def background_since(token: Token, published: date) -> date | None:
    """Where a toll told as background starts: "the war, which has killed
    380,000 since 2011" -> 2011-01-01; None if the toll is news. A toll is
    background when the verb counting it hangs on a war ("the war, which
    has killed", "a conflict that has killed") or counts since a year long
    before publication."""
    noun = head_noun(token)
    verb = governing_verb(noun if noun is not None else token)
    if verb is None and token.dep_ == "nummod":
        verb = governing_verb(token.head)  # "has left an estimated 220,000 dead"
    if verb is None and token.dep_ == "pobj" and token.head.lower_ == "at" and token.head.head.pos_ == "VERB":
        verb = token.head.head  # "put the death toll from the conflict at 470,000"
    counted = noun if noun is not None else token
    if verb is None and counted.dep_ == "pobj" and counted.head.lower_ == "of":
        verb = governing_verb(counted.head.head)  # "has claimed the lives of 200,000 people"
    if verb is None and noun is not None and noun.dep_ == "pobj":
        # "..., with 1,500 civilians killed": the participle on the noun counts it
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    if verb is None:
        return None
    # Every count a verb governs asks the same question of it: a list of
    # forty figures under one "killed" walked the verb's children forty
    # times. The answer depends on the verb and the day alone.
    known: dict[tuple[int, date], date | None] = verb.doc.user_data.setdefault("wm_background", {})
    key = (verb.i, published)
    if key not in known:
        known[key] = _verb_background(verb, published)
    if known[key] is None and _group_record(verb, token):
        return NO_START
    if (
        known[key] is None
        and noun is not None
        and any(_war_phrase(c, casualty_cues().war_nouns) for c in noun.children)
    ):
        # "Russia has lost at least 12 soldiers in the Syrian war": the parse hangs
        # the war on the counted noun, not on the verb; the war's toll all the same
        return war_start_day(noun.sent) or NO_START
    if known[key] is None and noun is not None:
        return _participle_past(noun, published)
    return known[key]


def _participle_past(noun: Token, published: date) -> date | None:
    """ "counted 66 journalists killed in 2014", "listed 30 civilians killed
    in May": the count's verb tells no time, but the participle of death on
    its noun dates the deaths to a past year or an earlier attack."""
    part = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    if part is None:
        return None
    year = _own_earlier_year(part, published)
    if year is not None:
        return date(year, 1, 1)
    return earlier_attack_start(part, [part], published)


# A background toll whose start the text does not give ("the group has killed
# hundreds", "beheaded two in earlier videos"): historical, no period start.
NO_START = date.min


def _verb_background(verb: Token, published: date) -> date | None:
    """`background_since` for the verb that counts the toll."""
    cues = casualty_cues()
    # The verb with its conjuncts and complements: "killed and displaced
    # since the war began", "a war broke out in 2011 and has since claimed",
    # "are estimated to have been killed in the war".
    family = [verb, *(c for c in verb.children if c.dep_ in ("conj", "xcomp"))]
    family += [a for c in family[1:] if c.pos_ == "NOUN" for a in c.children if a.dep_ == "acl"]
    first = verb
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        first = verb.head
        family.append(first)
    if first.dep_ in ("xcomp", "advcl") and first.tag_ == "VBG" and first.head.pos_ == "VERB":
        # "Since March 2011 car bombs have targeted cities, killing dozens (and
        # wounding hundreds)": the participle tells what the deed it hangs on
        # did, at that deed's time.
        family.append(first.head)
    stranded = _stranded_since(verb)
    since_day = next((d for v in family if (d := _since_day(v))), None) or _since_day_of(stranded)
    since_year = since_day.year if since_day else None
    years_ago = published.year - since_year if since_year else 0
    about_war = (
        any(
            (v.dep_ == "relcl" and v.head.lemma_.lower() in cues.war_nouns)
            or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in cues.war_nouns for c in v.children
            )
            # "killed in Syria's war", "killed since the conflict erupted in 2011",
            # "the death toll from the conflict"
            or any(_war_phrase(c, cues.war_nouns) for c in v.children)
            for v in family
        )
        or any(_war_phrase(c, cues.war_nouns) for c in stranded)
        or _war_before(verb, cues)
    )
    if about_war or years_ago >= cues.years_back:
        # a war's toll with no "since": the start its sentence tells ("the
        # war, which began in March 2011"), else untold; never the report's
        # own year.
        return (
            since_day
            or (war_start_day(verb.sent) if about_war else None)
            or (NO_START if about_war else None)
        )
    # "has left thousands dead over the past four years": a stretch of years
    # back from the telling is background as much as "since" a year that long ago.
    stretch = max((_period_years(v, cues) for v in family), default=0)
    if stretch >= cues.years_back:
        return _years_before(published, stretch)
    earlier = _earlier_year(verb, published) or _ruling_year(verb, published)
    ruling = [] if any(_own_time(c) for c in verb.children) else _ruling_verbs(verb)
    attack_day = earlier_attack_start(verb, family, published, ruling)
    if earlier is not None and (attack_day is None or attack_day.year != earlier):
        return date(earlier, 1, 1)  # "In August last year a car bomb killed 27": a past year's attack
    if attack_day is not None:
        # "In May a raid on the camp left dozens dead", told in October; "the
        # April 15, 2013, attack, which killed three": the day, not the year
        return attack_day
    if any(_told_earlier(c, cues.links) for v in family for c in v.children):
        return NO_START
    if retold.retold_toll(verb):
        # "the massacre that claimed 1,127", "since militants launched attacks,
        # killing 130": the dead of a happening retold from the past
        return NO_START
    return None


# The links a counting verb climbs to the deed or the time its clause belongs
# to ("September was the deadliest month, with the war killing 3,000"; "July
# 2011: troops are sent in to restore order at the cost of scores of lives");
# not a reported clause (ccomp: what someone said has its own time) nor a
# relative clause (the nouns it hangs on are read by _earlier_year).
_RULED_BY = frozenset({"acl", "advcl", "pcomp", "xcomp", "prep", "pobj", "dobj", "attr", "agent"})


def _ruling_verbs(verb: Token) -> list[Token]:
    """The verb (at most two, within six links) whose clause a subordinate
    counting verb belongs to: its time phrases and subject date the toll when
    the counting verb has none of its own."""
    found: list[Token] = []
    # "rockets killing six and wounding 33": the second verb belongs where the first does
    node = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else verb
    for _ in range(6):
        if node.dep_ not in _RULED_BY or node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            found.append(node)
            if len(found) == 2:
                break
    return found


def _ruling_year(verb: Token, published: date) -> int | None:
    """A past year the clause ruling a counting verb with no time of its own
    names: "2016 was the deadliest year, with 20,000 civilians killed", "In
    2014 the army stormed the town, killing 40". Over well before the telling."""
    if any(_own_time(c) for c in verb.children):
        return None  # "..., killing 12 on Tuesday": the toll's own time rules
    for ruler in _ruling_verbs(verb):
        subjects = [c for c in ruler.children if c.dep_ in ("nsubj", "nsubjpass")]
        year = (
            _own_earlier_year(ruler, published)
            or next((y for c in subjects if (y := token_year(c)) is not None), None)
            or (
                None
                if _dated(ruler)
                else next(filter(None, (_anaphoric_year(c, published) for c in subjects)), None)
            )
        )
        if year is not None and _well_past(year, published):
            return year
    return None


def _well_past(year: int, published: date) -> bool:
    """The year ended more than a month before the telling, so an attack of
    late December told in early January stays news."""
    return year > 1900 and (published - date(year, 12, 31)).days > earlier_cues().min_days_back


def _own_time(child: Token) -> bool:
    """A time of the counting verb's own: a day or date, or the start of a
    running toll ("since the truce broke down", "from Friday")."""
    cues = earlier_cues()
    if child.dep_ in ("npadvmod", "tmod"):
        return True
    if child.dep_ == "advcl":
        return any(m.dep_ == "mark" and m.lower_ in cues.skip_marks for m in child.children)
    if child.dep_ != "prep":
        return False
    return child.lower_ in cues.skip_preps or any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)


def _war_before(verb: Token, cues: CasualtyCues) -> bool:
    """A toll "It has cost the lives of 200,000" right after a sentence whose subject
    or last noun is the war: "it" is the war, so the toll is the war's."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    start = verb.sent.start
    if subject is None or subject.lower_ not in cues.links.pronouns or start == 0:
        return False
    before = verb.doc[start - 1].sent
    nouns = [t for t in before if t.pos_ in ("NOUN", "PROPN")]
    subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head == before.root]
    return any(t.lemma_.lower() in cues.war_nouns for t in nouns[-1:] + subjects)


def _told_earlier(child: Token, links: BackgroundLinks) -> bool:
    """A deed "beheaded two aid workers in earlier videos", "in previous attacks": a
    deed of before; "in previous days" is recent news."""
    if child.dep_ != "prep":
        return False
    return any(
        o.dep_ == "pobj"
        and o.lemma_.lower() not in links.recent_units
        and any(m.dep_ == "amod" and m.lower_ in links.earlier for m in o.children)
        for o in child.children
    )


def _group_record(verb: Token, token: Token) -> bool:
    """A toll "The group has killed hundreds of tribesmen who opposed it, ... executed
    scores": a group's record, told without a day, a time or an attack. A
    number ("has executed 24"), any time or attack phrase keeps it news."""
    links = casualty_cues().links
    if token.lower_ not in links.record_counts:
        return False
    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head.pos_ in ("VERB", "AUX") and len(chain) < 6:
        chain.append(chain[-1].head)  # "..., torched churches and executed scores": the list's first verb
    children = [c for v in chain for c in v.children]
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
    subject = next((c for c in chain[-1].children if c.dep_ == "nsubj"), None)
    if not perfect or subject is None or subject.lemma_.lower() not in links.record_subjects:
        return False
    return not any(_news_phrase(c) for c in children)


def _news_phrase(child: Token) -> bool:
    """A time, a day or an attack told with the killing: news, not a record."""
    if child.dep_ in ("npadvmod", "advcl", "tmod"):
        return True
    if child.dep_ != "prep":
        return False
    incident = casualty_cues().incident_toll
    return any(
        t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in incident or t.lower_ == "since"
        for t in child.subtree
    )


def _period_years(verb: Token, cues: CasualtyCues) -> int:
    """How many years the verb's own stretch back from the telling spans:
    "over the past four years" 4, "in the last decade" 10, "over the years"
    2 (at least two), "in six years of fighting" 6, "a decade of insurgency
    has left" 10 (the stretch as the subject); 0 without one, or with no
    anchor ("in two years")."""
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in cues.period_preps]
    units = [u for p in preps for u in p.children if u.dep_ == "pobj"]
    units += [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    return max((_stretch_years(u, cues) for u in units), default=0)


def _stretch_years(unit: Token, cues: CasualtyCues) -> int:
    per = cues.period_units.get(unit.lemma_.lower())
    if per is None:
        return 0
    # An anchor ("the past four years") or a span of something ("in six
    # years of fighting", "more than three years of conflict") ties the
    # stretch to the telling; "the worst in two years" has neither.
    anchored = any(m.lower_ in cues.period_anchors for m in unit.children if m.dep_ in ("amod", "det"))
    if not anchored and not any(m.dep_ == "prep" and m.lower_ == "of" for m in unit.children):
        return 0
    if unit.dep_ != "pobj" and not any(m.dep_ == "prep" and m.lower_ == "of" for m in unit.children):
        return 0  # a subject must be a span of something: "the past year was calm" counts nothing
    number = next((m for m in unit.children if m.dep_ == "nummod"), None)
    parsed = parse_number(number.text) if number is not None else None
    # "the past years", "recent decades": a plural with no number is at least two
    count = parsed[0] if parsed else 2 if unit.tag_ == "NNS" else 1
    return count * per


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _earlier_year(verb: Token, published: date) -> int | None:
    """The year before publication the verb's own time phrase names: "in
    August 2013", "last year" ("in August last year"); or, for a clause
    telling of a thing named before, that thing's year: "the massacre of
    2012, when 108 were killed", "the 2013 gas attack in which 1,400 died"
    (the clause hangs on the year, or on a noun its year modifies). None otherwise."""
    found = _own_earlier_year(verb, published)
    if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl":
        verb = verb.head  # "that attack, which it estimates killed 1,429"
    elif found is None and verb.dep_ == "conj" and verb.head.dep_ in ("relcl", "acl", "advcl"):
        verb = verb.head  # "the 2013 attack, which killed three and injured 260": the second verb too
    if found is not None or verb.dep_ not in ("relcl", "acl", "advcl"):
        return found
    head = verb.head
    if head.dep_ in ("pobj", "nummod") and _past_year(head, published):
        return _year_int(head)  # "in 1982, when", "on May 25 2012 during which"
    # "a gas attack in August 2013 on the suburb of Ghouta that killed hundreds":
    # up the nouns the clause hangs on ("Ghouta" <- "suburb" <- "attack")
    for _ in range(4):
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        found = _own_earlier_year(head, published)
        if found is None:
            found = next((_year_int(t) for t in head.children if _past_year(t, published)), None)
        if found is None:
            found = _referred_year(head, published)
        if found is None:
            found = _doers_year(head, published)
        if found is not None or head.dep_ != "pobj" or head.head.dep_ != "prep":
            return found
        head = head.head.head
    return None


def _doers_year(noun: Token, published: date) -> int | None:
    """The year of the deed whose object or place the clause's noun is: "In
    September 2014 its leaders were wiped out in an explosion that killed 50",
    "carried out a massacre in 2012 in which 108 died". The year must be over
    well before the telling (a month past its end), so a report of early
    January keeps an attack of late December as news."""
    if noun.dep_ in ("dobj", "nsubjpass"):
        deed = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        deed = noun.head.head
    else:
        return None
    if deed.pos_ not in ("VERB", "AUX"):
        return None
    year = _own_earlier_year(deed, published)
    if year is None and not _dated(deed):
        # "The deal followed attacks that killed hundreds": the deed's doer
        # is a thing the sentence before dates
        subjects = [c for c in deed.children if c.dep_ in ("nsubj", "nsubjpass")]
        year = next((y for c in subjects if (y := _anaphoric_year(c, published)) is not None), None)
    return year if year is not None and _well_past(year, published) else None


_POINTING = frozenset(("that", "this", "those", "these"))


def _dated(verb: Token) -> bool:
    """Whether a verb tells a time of its own ("went on on Monday")."""
    return any(_own_time(c) for c in verb.children)


def _anaphoric_year(noun: Token, published: date) -> int | None:
    """The past year of a thing the sentence before tells, that a subject
    points back to: "... handed over its arsenal in 2013 under a deal. That
    agreement came after hundreds were killed" -> 2013. "that" or "this"
    points back alone; "the" only to a noun the sentence before names ("the
    deal"). A blind reading (seed 6767) found a 2013 gas attack's toll so
    told dated to a 2017 report's day."""
    start = noun.sent.start
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if start == 0 or not dets or noun.pos_ != "NOUN":
        return None
    before = noun.doc[start - 1].sent
    if not dets & _POINTING and not ("the" in dets and any(t.lemma_ == noun.lemma_ for t in before)):
        return None
    years = [_year_int(t) for t in before if _past_year(t, published)]
    return years[-1] if years else None


def _referred_year(noun: Token, published: date) -> int | None:
    """The year of an attack the clause's noun points to: "last year's
    bombing, which killed 40" -> last year; "that attack, which killed
    1,429" -> the past year the sentence before names ("... used in 2013.")."""
    cues = casualty_cues()
    if noun.lemma_.lower() not in cues.incident_toll:
        return None
    for child in noun.children:
        last = any(a.lower_ == "last" for a in child.children)
        if child.dep_ == "poss" and child.lower_ == "year" and last:
            return published.year - 1
    start = noun.sent.start
    if start == 0 or not any(c.dep_ == "det" and c.lower_ in cues.links.anaphoric for c in noun.children):
        return None
    years = [_year_int(t) for t in noun.doc[start - 1].sent if _past_year(t, published)]
    return years[-1] if years else None


def token_year(token: Token) -> int | None:
    """The year a token names: "2014", and "mid-2014" as one token is."""
    text = token.lower_.removeprefix("mid-")
    return int(text) if len(text) == 4 and text.isdigit() else None


def _past_year(token: Token, published: date) -> bool:
    year = token_year(token)
    return year is not None and 1900 < year < published.year


def _year_int(token: Token) -> int:
    """The year of a token `_past_year` accepted."""
    return token_year(token) or 0


def _own_earlier_year(verb: Token, published: date) -> int | None:
    for child in verb.children:
        if child.dep_ not in ("prep", "npadvmod") or (
            child.dep_ == "prep" and child.lower_ not in ("in", "on")
        ):
            continue
        for t in child.subtree:
            if t.lower_ == "year" and any(a.lower_ == "last" for a in t.children):
                return published.year - 1
            if t.like_num and len(t.text) == 4 and t.text.isdigit() and 1900 < int(t.text) < published.year:
                return int(t.text)
    return None


def _war_phrase(child: Token, war_nouns: frozenset[str]) -> bool:
    if child.dep_ == "prep" and child.lower_ in ("in", "during", "since", "throughout", "of", "from"):
        objects = [o for o in child.children if o.dep_ == "pobj"]
        if child.lower_ in ("since", "from"):
            # "since the beginning of the conflict": the war's start
            starts = casualty_cues().war_start_nouns
            objects += [
                w for o in objects if o.lemma_.lower() in starts
                for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for w in p.children if w.dep_ == "pobj"
            ]  # fmt: skip
        return any(o.lemma_.lower() in war_nouns for o in objects)
    if child.dep_ == "advcl" and any(m.lower_ == "since" for m in child.children if m.dep_ == "mark"):
        return any(s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in war_nouns for s in child.children)
    return False


def _since_day(verb: Token) -> date | None:
    for child in verb.children:
        if _since_phrase(child):
            day = _since_day_of([child])
            if day is not None:
                return day
            if child.lower_ == "since" and any(c.lower_ == "then" for c in child.children):
                year = _year_before(verb)  # "The war began in 2011. Since then 250,000 have been killed"
                return date(year, 1, 1) if year else None
    return None


def _since_phrase(child: Token) -> bool:
    return (child.dep_ == "prep" and child.lower_ in ("since", "from")) or (
        child.dep_ == "advcl" and any(m.lower_ == "since" for m in child.children if m.dep_ == "mark")
    )


def _stranded_since(verb: Token) -> list[Token]:
    """A "since" phrase the parse hangs on the next clause's verb though it
    stands right after this one: in "150,000 have been killed since the
    revolt began in 2011 and nine million have been driven from their homes"
    the since-clause is the killing's, not the driving's. Only a phrase
    between the verb and the verb it hangs on is taken."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "conj") or head.i <= verb.i or head.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in head.children if verb.i < c.i < head.i and _since_phrase(c)]


def _since_day_of(phrases: list[Token]) -> date | None:
    for child in phrases:
        for obj in child.subtree:
            if obj.like_num and len(obj.text) == 4 and obj.text.isdigit() and 1900 < int(obj.text) < 2100:
                return _year_day(obj)
    return None


_MONTHS = {name.lower(): k for k, name in enumerate(calendar.month_name) if name}


def _year_day(year: Token) -> date:
    """The first day a year token names, with its month where one stands
    beside it ("since March 2011" -> 2011-03-01, "in 2011" -> 2011-01-01)."""
    before = year.doc[year.i - 1] if year.i > 0 else None
    month = _MONTHS.get(year.head.lower_) or (_MONTHS.get(before.lower_) if before is not None else None)
    return date(int(year.text), month or 1, 1)


def war_start_day(sent: Span) -> date | None:
    """When the war a background toll counts began, as its sentence tells it:
    a start verb on a war noun with a year ("the conflict, which began in
    March 2011", "a civil war broke out in 2011 and has since claimed",
    "since the war erupted in 2011"). Not the war's age: "the six-year
    conflict" is told both five and six years after a war's start. Read in
    92 war tolls of FA-KES articles (AFP, Reuters, Press TV, Al-Araby;
    2013-2017), a third of which had been dated to the report's own year."""
    cues = casualty_cues()
    for token in sent:
        if token.lemma_.lower() not in cues.period_start_verbs:
            continue
        war = token.head if token.dep_ in ("relcl", "acl") else None
        war = war or next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if war is None and token.dep_ == "advcl":
            # "killed since an uprising against his rule erupted in 2011": the
            # parse makes the war the object of "since" and leaves the verb bare
            war = next(
                (o for p in token.head.children if p.dep_ == "prep" and p.lower_ == "since" and p.i < token.i
                 for o in p.children if o.dep_ == "pobj"),
                None,
            )  # fmt: skip
        if war is None or war.lemma_.lower() not in cues.war_nouns:
            continue
        year = next((t for t in token.subtree if _a_year(t) and t.i > token.i), None)
        if year is not None:
            return _year_day(year)
    return None


def _a_year(token: Token) -> bool:
    return token.like_num and len(token.text) == 4 and token.text.isdigit() and 1900 < int(token.text) < 2100


def _year_before(verb: Token) -> int | None:
    """The last year the sentence before names, that "since then" points to."""
    start = verb.sent.start
    if start == 0:
        return None
    years = [y for t in verb.doc[start - 1].sent if (y := token_year(t)) and 1900 < y < 2100]
    return years[-1] if years else None


@dataclass(frozen=True)
class RunningToll:
    token: int  # where the cue starts (a token index into the Doc)
    days: int | None  # "in the six days of the offensive" -> 6
    # The length of a closed span of days the cue names ("over two days" -> 2,
    # "on Thursday and Friday" -> 2); None for an open or unmeasured one ("since").
    span_days: int | None = None


def running_tolls(sent: Span) -> list[RunningToll]:
    """The cues of a running toll in a sentence, by the data's Matcher patterns."""
    matcher = _running_matcher(sent.doc.vocab)
    found = []
    matches = matcher(sent)
    one_attack: bool | None = None
    for match_id, start, end in matches:
        days = None
        label = sent.doc.vocab.strings[match_id]
        if label == "TOLL":
            if one_attack is None:
                one_attack = _toll_of_one_attack(sent)
            if one_attack or _stated_toll(sent[start], sent) or _toll_may_rise(sent[start]):
                continue
        if sent[start].lower_ == "since" and _since_of_a_record(sent[start]):
            continue
        if label == "TO_DATE":
            days = _to_date_days(sent, start, end)
            if days is None:
                continue
            found.append(RunningToll(sent.start + start, days, None))  # counted back: no battle's span
            continue
        if label in ("PERIOD_DAYS", "PERIOD_HOURS"):
            number = next((t for t in sent[start:end] if t.like_num), None)
            parsed = parse_number(number.text) if number is not None else None
            # "in three months of protests": the unit's days times the number
            days = parsed[0] * casualty_cues().unit_days.get(sent[end - 1].lower_, 1) if parsed else None
            if label == "PERIOD_HOURS":
                if days is None or days <= 24:
                    continue  # "over the past 24 hours": the day's toll, told as the day's news
                days = -(-days // 24)  # 48 hours: two days
        # "in the past 48 hours", "over the last two days": a window counted
        # back from the telling holds whatever happened in it, a running toll
        # (gold/fakes/README.md), not one battle's closed span.
        back = any(t.lower_ in casualty_cues().window_anchors for t in sent[start:end])
        span_days = 2 if label == "DAY_PAIR" else None if back else days
        found.append(RunningToll(sent.start + start, days, span_days))  # the Matcher counts from the span
    return found


def _to_date_days(sent: Span, start: int, end: int) -> int | None:
    """The days of a tally "this year" / "this month" tells (since the first
    of the year or month, through the report's day), or None when the words
    tell no tally: they hang on a noun ("the third this year"), follow
    "earlier" or "later" (a time, not a count), or the report has no day."""
    unit = sent[end - 1]
    published: date | None = sent.doc._.published
    before = sent[start - 1].lower_ if start > 0 else ""
    if published is None or unit.head.pos_ != "VERB" or before in ("earlier", "later"):
        return None
    return published.timetuple().tm_yday if unit.lower_ == "year" else published.day


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a token stands in: itself or its nearest verb
    ancestor; the sentence's root when none is a verb (a headline fragment)."""
    for node in (token, *token.ancestors):
        if node.pos_ in ("VERB", "AUX"):
            # "killed 10 and wounded dozens", "45 were killed and 307 injured":
            # verbs joined tell one clause's figures.
            while node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
                node = node.head
            return node
    return token.sent.root


def cue_reach(doc: Doc, cues: list[RunningToll], counts: list[Token | None], parts: set[int]) -> set[int]:
    """The counts (indexes into `counts`) a sentence's running-toll cues
    speak of: those of the nearest clause at or above the cue that counts a
    figure, and of the clauses below it. "killed 12 people, bringing the toll
    to 40" and "five died on Monday, raising to 60 the number killed since
    March": the cue's clause counts the 40 (the 60), and the 12 (the five)
    above it are the attack's that raised the toll. "attacks that took place
    in the past 48 hours killed 10": the cue's clause counts nothing, the
    clause above it counts the 10. A cue under no counting clause speaks of
    every count, as every cue did before. Verbs joined by "and" are one
    clause ("45 were killed and 307 injured in three days"); counts in
    `parts` ("among them 26 minors") are a breakdown, no figure of their own."""
    clauses = {k: _clause_verb(t) for k, t in enumerate(counts) if t is not None}
    counting = {v for k, v in clauses.items() if k not in parts}
    reached: set[int] = set()
    for cue in cues:
        verb = _clause_verb(doc[cue.token])
        above = [verb, *(v for v in verb.ancestors if v in counting)]
        own = next((v for v in above if v in counting), None)
        if own is None:
            return set(range(len(counts)))
        reached |= {k for k, v in clauses.items() if v == own or own in v.ancestors}
    # A breakdown runs with its figure wherever the parse hangs it ("600
    # people including 136 children have been killed since ...").
    for k in sorted(parts):
        if k - 1 in reached:
            reached.add(k)
    return reached


def _since_of_a_record(since: Token) -> bool:
    """Whether a "since" dates a record, not a toll's period: "the first deaths
    in the truce zone since it began", "the deadliest attack on a school since
    the war began", "the biggest loss since they started": it hangs (through
    participles and clauses) on a noun with a superlative or "first" before it."""

    def record(word: Token) -> bool:
        # "at least 16 people since Thursday": a count's "least" is no record.
        quantity = word.i > 0 and word.doc[word.i - 1].lower_ == "at"
        return (word.tag_ in ("JJS", "RBS") and not quantity) or word.lower_ == "first"

    for node in list(since.ancestors)[:6]:
        if node.pos_ in ("NOUN", "PROPN") and any(record(child) for child in node.children):
            return True
        if node.dep_ == "ROOT":
            break
    # The parser may hang the "since" clause on the verb instead ("killing all
    # five in the deadliest incident for Moscow since it intervened"): a record
    # noun just before it.
    window = since.doc[max(since.sent.start, since.i - 5) : since.i]
    return any(record(word) and word.head.i in range(window.start, since.i) for word in window)


_WEEKDAYS = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['\u2019]?s)?$", re.I)


def _toll_of_one_attack(sent: Span) -> bool:
    """Whether the sentence's toll is one attack's ("the death toll from a
    car bombing rose to 22", "the toll from Tuesday's rocket attacks was put
    at 8"): a "toll" whose from/of/in phrase names an attack (casualties.json
    incident_toll), singular, or plural with a weekday before it."""
    nouns = casualty_cues().incident_toll
    if any(_killed_in_one_attack(word, nouns) for word in sent) and not _toll_of_a_span(sent):
        return True  # "24 people were killed in a barrel bomb attack ..., according to a new toll"
    for toll in sent:
        if toll.lower_ not in ("toll", "tally"):
            continue
        # "raised the toll from a bombing to 26": the parse may hang "from" on the verb.
        beside = [c for c in toll.head.children if c.lower_ == "from"] if toll.dep_ == "dobj" else []
        for prep in (*toll.children, *beside):
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "of", "in"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.lower_ not in nouns:
                    continue
                dated = any(_WEEKDAYS.match(t.text) for t in obj.lefts)
                if obj.tag_ != "NNS" or dated or _on_one_site(obj, toll):
                    return True
    return False


def _stated_toll(toll: Token, sent: Span) -> bool:
    """ "The observatory put the toll at six", "state media gave a toll of 44
    dead": a toll a source states, not one raised, is the toll of what was
    just told, one attack's (gold/fakes/README.md "Updated tolls"), unless
    it is of a span ("put the toll from the offensive at 80")."""
    verbs = casualty_cues().stating_verbs
    return (
        toll.lower_ in ("toll", "tally") and toll.dep_ == "dobj"
        and toll.head.lemma_.lower() in verbs and not _toll_of_a_span(sent)
    )  # fmt: skip


def _toll_may_rise(toll: Token) -> bool:
    """ "the death toll could rise", "the toll is expected to rise because of
    the wounded": a warning about the toll just told, one attack's, and no
    running cue (casualties.json incident_toll predicted_*): a rise verb and
    a word of prediction near the toll's verb."""
    if toll.lower_ not in ("toll", "tally"):
        return False
    cues = casualty_cues()
    near = [toll.head, *toll.head.children, *(g for c in toll.head.children for g in c.children)]
    rises = any(t.lemma_.lower() in cues.predicted_rise for t in near)
    return rises and any(t.lower_ in cues.predicted_words for t in near)


def _toll_of_a_span(sent: Span) -> bool:
    """ "the toll from the offensive", "the toll of the fighting": a toll whose
    from/of/in phrase names a span of fighting (incident_toll running_nouns)."""
    spans = casualty_cues().running_nouns
    # "put the toll from the offensive at 80": the parse may hang "from" on the verb.
    return any(
        toll.lower_ in ("toll", "tally") and prep.dep_ == "prep" and prep.lower_ in ("from", "of", "in")
        and obj.dep_ == "pobj" and obj.lemma_.lower() in spans
        for toll in sent
        for prep in (*toll.children, *(toll.head.children if toll.dep_ == "dobj" else ()))
        for obj in prep.children
    )  # fmt: skip


def _killed_in_one_attack(word: Token, nouns: frozenset[str]) -> bool:
    """ "were killed in a barrel bomb attack": the sentence's verb of harm
    tells one attack (a singular noun of incident_toll under its "in")."""
    return (
        word.dep_ == "pobj" and word.tag_ == "NN" and word.lower_ in nouns
        and word.head.lower_ == "in" and word.head.head.pos_ == "VERB"
        and word.head.head.lemma_.lower() in ("kill", "wound", "injure", "die", "hurt")
    )  # fmt: skip


def _on_one_site(attacks: Token, toll: Token) -> bool:
    """ "air strikes on a Syrian town", "rocket attacks on the market": plural
    attacks on one site, one bounded happening (gold/fakes/README.md). The
    parse may hang the "on" phrase on the toll instead of the attacks."""
    sites = casualty_cues().one_site
    return any(
        prep.dep_ == "prep" and prep.lower_ == "on" and site.dep_ == "pobj" and site.tag_ == "NN"
        and site.lemma_.lower() in sites
        for prep in (*attacks.children, *toll.children) for site in prep.children
    )  # fmt: skip


def background_clause(token: Token) -> tuple[int, int] | None:
    """The token range [start, end) of the clause counting a toll told as
    background, so its "since 2011" makes no other figure a running toll."""
    noun = head_noun(token)
    verb = governing_verb(noun if noun is not None else token)
    if verb is None:
        return None
    return verb.left_edge.i, verb.right_edge.i + 1


def period_start_from_days(as_of: date, days: int) -> date:
    """The first day of a period of `days` days ending on `as_of`, counted inclusively."""
    return as_of - timedelta(days=max(days - 1, 0))


def start_verb(doc: Doc, start: int) -> bool:
    """Whether the date at character `start` is governed by a verb of
    starting ("fighting that erupted last Wednesday")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    for node in span[0].ancestors:
        if node.pos_ == "VERB":
            return node.lemma_.lower() in casualty_cues().period_start_verbs
    return False


@dataclass(frozen=True)
class DisruptedCues:
    verbs: frozenset[str]
    things: frozenset[str]
    unexploded: frozenset[str]
    failed: frozenset[str]
    list_preps: frozenset[str]  # "rifles besides 30 IEDs": one list of things found


@cache
def disrupted_cues() -> DisruptedCues:
    """The cue lists of data/patterns/events.json, read once."""
    data = pattern_data("events.json")["disrupted_weapons"]
    return DisruptedCues(
        verbs=frozenset(data["verbs"]),
        things=frozenset(data["things"]["lemmas"]),
        unexploded=frozenset(data["unexploded"]["verbs"]),
        failed=frozenset(data["unexploded"]["failed"]),
        list_preps=frozenset(data["list_preps"]["words"]),
    )


_OBJECT_DEPS = ("dobj", "nsubjpass", "obj", "attr", "oprd")
_NOUNS = ("NOUN", "PROPN")


def disrupted_weapon(doc: Doc, start: int, end: int) -> bool:
    """Whether the weapon named at characters [start, end) was found, seized
    or made safe rather than used: the object of "found", "seized",
    "defused" (or of a noun they govern, "a cache of grenades"), or the
    subject of a negated "hooked up" / "detonated", or of "failed"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    cues = disrupted_cues()
    node = span.root
    for _ in range(8):
        if node.dep_ in ("compound", "amod", "nmod", "nummod") or (
            node.dep_ in ("conj", "appos") and node.head.pos_ in ("NOUN", "PROPN")
        ):
            node = node.head  # "grenade launcher", "IEDs and rockets": the noun it belongs to
        elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN"):
            node = node.head.head  # "a cache of grenades"
        elif node.dep_ == "pobj" and node.head.lower_ in cues.list_preps and node.head.head.pos_ in _NOUNS:
            node = node.head.head  # "three rifles besides 30 IEDs, several grenades": the same list
        else:
            break
    if node.i != span.root.i and node.lemma_.lower() in cues.things:
        return True  # gear or a store of weapons ("a grenade launcher", "an IED factory"), not a blast
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in cues.verbs for c in node.children):
        return True  # "IEDs recovered from a hideout", "the mines found near the road"
    verb = node.head
    listed = False
    if node.dep_ == "pobj" and verb.lower_ in cues.list_preps:
        # "found two pistols besides four grenades", "recovered a pistol along with
        # two grenades": a list item hung on the verb through its preposition
        while verb.dep_ == "prep" and verb.head.lower_ in cues.list_preps:
            verb = verb.head
        verb, listed = verb.head, True
    if verb.pos_ not in ("VERB", "AUX") or verb.i == node.i:
        return False
    # "found and destroyed two IEDs": the verbs share the object; not "found a
    # rifle, threw a grenade", where the first verb has an object of its own
    shared = verb.dep_ == "conj" and not any(c.dep_ in _OBJECT_DEPS for c in verb.head.children)
    verbs = [verb, verb.head] if shared else [verb]
    lemmas = {v.lemma_.lower() for v in verbs} | {
        f"{v.lemma_.lower()} {p.lower_}" for v in verbs for p in v.children if p.dep_ == "prt"
    }  # "turned up", "hooked up"
    if any(c.dep_ == "neg" for c in verb.children) and lemmas & cues.unexploded:
        return True  # "had not been hooked up", "did not detonate"
    if node.dep_ in ("nsubj", "nsubjpass") and lemmas & cues.failed:
        return True  # "the bomb failed to go off"
    if node.dep_ == "nsubj" and lemmas & cues.verbs and not any(c.dep_ == "dobj" for c in verb.children):
        return True  # "Four IEDs recovered from a suspect were ...", parsed as if the IEDs recovered
    # "seized two rifles, five hand grenades and ammunition": the parse may leave
    # a list item as a bare dependent of the verb after it
    listed = listed or (node.dep_ == "dep" and node.i > verb.i)
    return (node.dep_ in _OBJECT_DEPS or listed) and bool(lemmas & cues.verbs)


@cache
def _boilerplate_pattern() -> re.Pattern[str]:
    markers = pattern_data("events.json")["boilerplate"]["markers"]
    words = "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")


def boilerplate_start(sentence: str) -> int:
    """Where page furniture ("Related ...", "Read more", a copyright line)
    begins in a sentence, or its length when it has none."""
    found = _boilerplate_pattern().search(sentence)
    return found.start() if found else len(sentence)


@dataclass(frozen=True)
class NotNewsCues:
    habit_adverbs: frozenset[str]
    each_words: frozenset[str]
    period_nouns: frozenset[str]
    basis_words: frozenset[str]
    sequel_verbs: frozenset[str]
    after_words: frozenset[str]
    response_nouns: frozenset[str]


@cache
def not_news_cues() -> NotNewsCues:
    """The cue lists of events.json `not_the_news`, read once."""
    data = pattern_data("events.json")["not_the_news"]
    return NotNewsCues(**{k: frozenset(v) for k, v in data.items() if k != "about"})


def not_the_news(doc: Doc, start: int) -> bool:
    """Whether the event cue at character `start` tells a habit ("jets
    regularly bomb the town", "shells hit it almost every day") or is the
    subject of a sequel ("the strikes came in response to ...", "the raid
    came a day after ..."): background or the incident already told, not
    a new event. Read off the verb that governs the cue."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    cue = span[0]
    verb = cue
    for _ in range(4):  # "air strikes" as the agent or subject: up to its verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    cues = not_news_cues()
    if any(_habitual(child, cues) for child in verb.children):
        return True
    if verb.lemma_.lower() not in cues.sequel_verbs:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.left_edge.i <= cue.i <= subject.right_edge.i):
        return False
    return any(_sequel(child, cues) for child in verb.children)


def _habitual(child: Token, cues: NotNewsCues) -> bool:
    word = child.lower_
    if child.dep_ in ("advmod", "acomp") and word in cues.habit_adverbs:
        return True  # "regularly bombed", "the shelling is daily"
    if child.dep_ in ("npadvmod", "advmod") and child.lemma_.lower() in cues.period_nouns:
        return any(a.lower_ in cues.each_words for a in child.children)  # "(almost) every day"
    if child.dep_ == "prep" and word == "on":
        return any(  # "on a daily basis", "on a regular basis"
            o.lower_ == "basis" and any(a.lower_ in cues.basis_words for a in o.children)
            for o in child.children
        )
    return False


def _sequel(child: Token, cues: NotNewsCues) -> bool:
    word = child.lower_
    if child.dep_ == "prep" and word in cues.after_words:
        return True  # "came after heavy shelling", "came a day after the raid"
    if child.dep_ == "prep" and word == "in":
        return any(o.lemma_.lower() in cues.response_nouns for o in child.children)
    if child.dep_ == "advcl":  # "came a day after rebels shelled the capital"
        return any(m.dep_ == "mark" and m.lower_ in cues.after_words for m in child.children)
    return False


def tells_a_sequel(sent: Span) -> bool:
    """Whether the sentence ties what was told to something before it ("the
    raid came a day after rebels shelled the capital", "the strikes came in
    response to ..."): what it names beside the subject is another, earlier
    happening, so it goes on with no incident's day."""
    root = sent.root
    cues = not_news_cues()
    return root.lemma_.lower() in cues.sequel_verbs and any(_sequel(c, cues) for c in root.children)


def cue_past_year(doc: Doc, start: int, published: date | None) -> int | None:
    """The year before publication an event cue at character `start` is told
    in: "the 2013 chemical attack", "the attack in August 2013", "the army
    retook it in 2015" (the cue, or the noun or verb it belongs to, names the
    year itself: its own number, or an "in"/"during" phrase right under it;
    a year deeper in a phrase belongs to something else). Background told in
    a later report belongs to its year, not to the report's time."""
    span = doc.char_span(start, start + 1, alignment_mode="expand") if published is not None else None
    if span is None or published is None:
        return None
    node = span[0]
    for _ in range(3):  # the cue word, then the noun or verb it modifies
        year = _year_under(node, published)
        if year is not None or node.dep_ not in ("compound", "amod", "nsubj", "nsubjpass", "dobj", "pobj"):
            return year
        node = node.head
    return None


def _year_under(node: Token, published: date) -> int | None:
    for child in node.children:
        if child.dep_ in ("nummod", "compound", "amod", "nmod") and _past_year(child, published):
            return _year_int(child)  # "the 2013 attack" (not "No Olympics 2020 joined")
        if child.dep_ == "prep" and child.lower_ in ("in", "during"):
            for obj in child.children:  # "in 2015", "in August 2013"
                if _past_year(obj, published):
                    return _year_int(obj)
                year = next((_year_int(g) for g in obj.children if _past_year(g, published)), None)
                if year is not None:
                    return year
    return None
