"""Territorial control claims: who gained, lost, holds or contests a place.

"captured", "seized", "took control of", "entered", "overran" are gains;
"withdrew from", "pulled out of", "lost" are losses; "repelled" an assault is
a claim to still hold the place; "besieged", "encircled" contest it. Whether
the claim is true is reconciliation's business: here we only record who said
what about which place.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from warmonitor.extract import heads
from warmonitor.extract.cue_data import pattern_data
from warmonitor.extract.held_part import locates_a_part
from warmonitor.extract.mentions import lower_country_names

# "the first raids since 2016, when government troops retook the east": history
# told in passing, not a change the report claims now. (A date's surface form.)
_HISTORY = re.compile(r"\b(?:since|in) (?:19|20)\d\d,? when\b[^.;]*$", re.IGNORECASE)


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
    place_from: bool = False  # "drove IS from Kobane": the place is in the from phrase
    object_attacks: bool = False  # "repelled IS fighters": the object's actors attacked


@dataclass(frozen=True)
class _CuePattern:
    change: str
    passive_by: bool
    cue_tokens: int  # <= 0: that many trailing tokens are context, not the cue
    place_from: bool = False
    object_attacks: bool = False
    lead_tokens: int = 0  # > 0: that many leading tokens are context ("trying to" before "retake")
    gerund: bool = False  # "seizing Dabiq": a capture only as a clause on a told act


_CUE_MATCHERS: dict[int, tuple[Matcher, dict[str, _CuePattern]]] = {}


def _required_words(patterns: list[list[dict[str, Any]]]) -> list[list[frozenset[str]]]:
    """For each token pattern, the word sets its required tokens match on
    (LOWER / ORTH): a sentence holding no word of one of them cannot match
    it, so the Matcher need not run over it (it costs more than the rest of
    the control component together)."""
    found = []
    for pattern in patterns:
        needs = []
        for token in pattern:
            if token.get("OP") in ("?", "*"):
                continue
            value = token.get("LOWER", token.get("ORTH"))
            if isinstance(value, str):
                needs.append(frozenset([value.lower()]))
            elif isinstance(value, dict) and "IN" in value:
                needs.append(frozenset(w.lower() for w in value["IN"]))
        found.append(needs)
    return found


def sentence_words(sent: Span) -> frozenset[str]:
    """The sentence's words in lower case, for `may_match` (made once per sentence
    for the three Matchers rather than once for each)."""
    return frozenset(t.lower_ for t in sent)


def may_match(sent: Span, required: list[list[frozenset[str]]], words: frozenset[str] | None = None) -> bool:
    """Whether any pattern could match in the sentence, by its words alone
    (`words`: the sentence's, from `sentence_words`)."""
    if words is None:
        words = sentence_words(sent)
    return any(all(words & need for need in needs) for needs in required)


@cache
def _cue_required() -> list[list[frozenset[str]]]:
    return _required_words([e["pattern"] for e in control_cues().cue_patterns])


@cache
def _held_required() -> list[list[frozenset[str]]]:
    return _required_words([e["pattern"] for e in control_cues().held_patterns])


@cache
def _under_required() -> list[list[frozenset[str]]]:
    return _required_words([e["pattern"] for e in control_cues().under_patterns])


def _cue_matcher(vocab: Vocab) -> tuple[Matcher, dict[str, _CuePattern]]:
    found = _CUE_MATCHERS.get(id(vocab))
    if found is None:
        matcher, table = Matcher(vocab), {}
        for i, entry in enumerate(control_cues().cue_patterns):
            label = f"CONTROL_CUE_{i}"
            matcher.add(label, [entry["pattern"]])
            table[label] = _CuePattern(
                entry["change"],
                bool(entry.get("passive_by")),
                int(entry.get("cue_tokens", 0)),
                bool(entry.get("place_from")),
                bool(entry.get("object_attacks")),
                int(entry.get("lead_tokens", 0)),
                bool(entry.get("gerund")),
            )
        found = _CUE_MATCHERS[id(vocab)] = (matcher, table)
    return found


def find_control_cues(sent: Span, sent_text: str, words: frozenset[str] | None = None) -> list[ControlCue]:
    """The control cues of one sentence (data/patterns/control.json `cue_patterns`),
    in text order; of overlapping matches the longest is kept. Offsets are
    into `sent_text`. A cue after a modal ("could fall to") or inside a clause
    recalling a past year is `hypothetical`; "was captured by X" is
    `passive_by`, as are cues whose actor follows ("held by", "fell to")."""
    if not may_match(sent, _cue_required(), words):
        return []
    matcher, table = _cue_matcher(sent.doc.vocab)
    spans = filter_spans(_cue_spans(matcher, sent))
    cues = []
    base = sent.start_char
    for span in sorted(spans, key=lambda s: s.start):
        how = table[span.label_]
        cue = span if how.cue_tokens >= 0 else span[: len(span) + how.cue_tokens]
        cue = cue[how.lead_tokens :]
        start, end = cue.start_char - base, cue.end_char - base
        before_tokens = sent.doc[max(sent.start, cue.start - 1) : cue.start]
        after_token = sent.doc[cue.end] if cue.end < sent.end else None
        by_after = after_token is not None and after_token.lower_ == "by"
        passive = how.passive_by or (
            by_after
            and (
                (len(before_tokens) == 1 and before_tokens[0].lower_ in ("was", "were", "been", "is", "are"))
                or (len(cue) == 1 and cue[0].tag_ == "VBN" and cue[0].dep_ == "acl")  # "areas captured by X"
            )
        )
        noun_form = cue[0].lower_ in ("capture", "seizure")
        # "aiming to drive insurgents from the city", "poised to overrun it": intent
        # (but "trying to retake the town" is a fight for it: a pattern with lead tokens)
        intent = (
            not how.lead_tokens
            and len(before_tokens) == 1
            and before_tokens[0].lower_ == "to"
            and cue[0].tag_ == "VB"
        )
        before = sent_text[:start]
        cues.append(
            ControlCue(
                change=how.change,
                start=start,
                end=end,
                verb=sent_text[start:end],
                hypothetical=intent
                or (how.gerund and not told_participle(cue[0]))
                or _modal_before(before)
                or told_as_history(before)
                or (noun_form and _modal_after(sent_text[end:])),
                passive_by=passive,
                place_from=how.place_from,
                object_attacks=how.object_attacks,
            )
        )
    return cues


def told_participle(verb: Token) -> bool:
    """Whether a taking participle tells a capture: a clause on a told act
    ("pressed north, seizing Dabiq"; "after taking the village"; "with the
    Kurdish forces capturing the crossing"), not an aim ("aimed at
    recapturing", "recapturing it would cut the road") (control.json
    `gerund_gains`)."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return True
    if verb.dep_ == "advcl":
        return True
    return verb.dep_ == "pcomp" and verb.head.lower_ in control_cues().gerund_preps


@cache
def _cue_anchors() -> tuple[frozenset[str], int]:
    """Words of which every cue pattern's match holds one (for each pattern the
    required word set of longest words, as a rule its rarest: "hands", not
    "in", of "in the hands of"), and the most tokens a match can have (0 if a
    pattern has no required word or no bound on its length)."""
    patterns = [e["pattern"] for e in control_cues().cue_patterns]
    if any(token.get("OP") in ("*", "+") for pattern in patterns for token in pattern):
        return frozenset(), 0
    anchors: set[str] = set()
    for needs in _cue_required():
        if not needs:
            return frozenset(), 0
        anchors |= max(needs, key=lambda need: (sum(map(len, need)) / len(need), sorted(need)))
    return frozenset(anchors), max(map(len, patterns))


def _cue_spans(matcher: Matcher, sent: Span) -> list[Span]:
    """The cue Matcher's matches in a sentence, found in windows around its
    anchor words only. Every match holds an anchor word and is at most
    `longest` tokens long, so it lies in the window of `longest` - 1 tokens
    either side of that word: the same matches as over the whole sentence,
    at a third of the cost (the Matcher calls a Python predicate for every
    IN list at every token it reads)."""
    anchors, longest = _cue_anchors()
    if not longest:
        return list(matcher(sent, as_spans=True))
    reach = longest - 1
    windows: list[list[int]] = []
    for token in sent:
        if token.lower_ in anchors:
            start, end = max(sent.start, token.i - reach), min(sent.end, token.i + reach + 1)
            if windows and start <= windows[-1][1]:
                windows[-1][1] = end  # overlapping or touching: one window
            else:
                windows.append([start, end])
    doc = sent.doc
    return [span for start, end in windows for span in matcher(doc[start:end], as_spans=True)]


@cache
def _modal_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = control_cues().modal_words
    before = "|".join(sorted(re.escape(w) for w in words.before))
    after = "|".join(sorted(re.escape(w) for w in words.after))
    return (
        re.compile(rf"\b(?:{before})\b[^,.;]{{0,20}}$", re.IGNORECASE),
        re.compile(rf"^[^,.;]{{0,40}}?\b(?:{after})\b", re.IGNORECASE),
    )


def _modal_before(before: str) -> bool:
    """A modal word within 20 characters before the cue, in its clause ("could fall to")."""
    return bool(_modal_regexes()[0].search(before))


def _modal_after(after: str) -> bool:
    """ "the capture of X would ...": a modal within 40 characters after, in the clause."""
    return bool(_modal_regexes()[1].match(after))


# --- The parse: what the verb's object is, who lost it, whether it is history.


@dataclass(frozen=True)
class ModalWords:
    before: frozenset[str]  # "could fall to": a modal just before the cue
    after: frozenset[str]  # "the capture of X would": a modal after a noun cue


@dataclass(frozen=True)
class ControlCues:
    """data/patterns/control.json, read once."""

    cue_patterns: tuple[dict[str, Any], ...]
    modal_words: ModalWords
    dependency_patterns: tuple[tuple[str, list[dict[str, Any]]], ...]
    landmark_words: frozenset[str]
    referring_nouns: frozenset[str]
    not_places: frozenset[str]
    history_preps: frozenset[str]
    part_nouns: frozenset[str]
    container_preps: frozenset[str]
    named_parts: frozenset[str]
    region_nouns: frozenset[str]
    surroundings_nouns: frozenset[str]  # "Homs countryside": the land around the town, not the town
    unit_nouns: frozenset[str]
    holding_nouns: frozenset[str]
    seat_modifiers: frozenset[str]
    under_patterns: tuple[dict[str, Any], ...]
    position_nouns: frozenset[str]
    siege_nouns: frozenset[str]
    offensive_nouns: frozenset[str]
    offensive_preps: frozenset[str]
    offensive_verbs: frozenset[str]
    purpose_nouns: frozenset[str]  # "an operation to retake X": contests only through its taking verb
    gerund_preps: frozenset[str]  # "after seizing the town": a participle telling a capture
    held_shares: frozenset[str]  # "the rebel-held part of the city": a share, not the town
    restored_nouns: frozenset[str]  # "restored security to X": the place is in the noun's "to" phrase
    facility_nouns: frozenset[str]  # "the pumping station of al-Tabqa": the town only locates it
    directions: frozenset[str]
    held_patterns: tuple[dict[str, Any], ...]
    holder_words: dict[str, str]
    holder_names: dict[str, dict[str, str]]
    taking_verbs: frozenset[str]  # "had taken Sake": an untagged name after one may be the town taken
    announcing_verbs: frozenset[str]  # "the capture of X was announced by Y": Y took it
    pejorative_holders: frozenset[str]  # "terrorist-besieged": the group the report named last
    negated_reports: frozenset[str]  # "did not say X had been pushed out": no claim
    person_objects: frozenset[str]  # "the girl was evacuated": a cue acting on people loses no place
    person_pronouns: frozenset[str]
    destination_preps: frozenset[str]  # "withdrew to Hama": where they went, not what was lost
    carried_words: frozenset[str]  # "had taken it home": a thing carried, no ground taken
    foiled_no_ground: frozenset[str]  # "thwarted a sabotage attempt": a plot foiled, no place fought for
    lost_to_preps: frozenset[str]  # "lost the town to the rebels": the rebels gained it
    ago_units: frozenset[str]  # "two years ago": history
    often_nouns: frozenset[str]  # "changed hands several times": history or a contest
    often_adverbs: frozenset[str]
    past_holding: frozenset[str]  # "once a government stronghold": no holding now
    unlisted_nouns: frozenset[str]  # "Ain Daqneh town": a name the gazetteer lacks told as a place
    name_connectors: frozenset[str]  # "Tal al-Jabiyeh": words inside such a name
    name_prefixes: frozenset[str]  # "Um Sumeima": a first word the tagger misreads
    group_subjects: frozenset[str]  # "the group seized": the armed group named last
    listing_preps: frozenset[str]  # "took villages including X": a list of the object hung on the verb
    seized_things: frozenset[str]  # "seized weapons in Idlib": goods taken, no ground


@cache
def control_cues() -> ControlCues:
    data = pattern_data("control.json")
    return ControlCues(
        cue_patterns=tuple(data["cue_patterns"]["patterns"]),
        modal_words=ModalWords(
            frozenset(data["modal_words"]["before"]), frozenset(data["modal_words"]["after"])
        ),
        dependency_patterns=tuple(
            (p["label"], p["pattern"]) for p in data["dependency_patterns"]["patterns"]
        ),
        landmark_words=frozenset(data["landmark_words"]["words"]),
        referring_nouns=frozenset(data["referring_nouns"]["words"]),
        not_places=frozenset(data["not_places"]["words"]),
        history_preps=frozenset(data["history"]["preps"]),
        part_nouns=frozenset(data["part_nouns"]["words"]),
        container_preps=frozenset(data["containers"]["preps"]),
        named_parts=frozenset(data["containers"]["named_parts"]),
        region_nouns=frozenset(data["containers"]["region_nouns"]),
        surroundings_nouns=frozenset(data["containers"]["surroundings_nouns"]),
        unit_nouns=frozenset(data["unit_nouns"]["words"]),
        holding_nouns=frozenset(data["holding_nouns"]["words"]),
        seat_modifiers=frozenset(data["seat_modifiers"]["words"]),
        under_patterns=tuple(data["under_control"]["patterns"]),
        position_nouns=frozenset(data["position_nouns"]["words"]),
        restored_nouns=frozenset(data["restored_nouns"]["words"]),
        facility_nouns=frozenset(data["facility_nouns"]["words"]),
        siege_nouns=frozenset(data["siege_nouns"]["words"]),
        offensive_nouns=frozenset(data["offensives"]["nouns"]),
        offensive_preps=frozenset(data["offensives"]["preps"]),
        offensive_verbs=frozenset(data["offensives"]["verbs"]),
        purpose_nouns=frozenset(data["offensives"]["purpose_nouns"]),
        gerund_preps=frozenset(data["gerund_gains"]["preps"]),
        held_shares=frozenset(data["held_shares"]["words"]),
        directions=frozenset(data["containers"]["directions"]),
        held_patterns=tuple(data["held_modifiers"]["patterns"]),
        holder_words=dict(data["held_modifiers"]["holder_words"]),
        holder_names=dict(data["held_modifiers"]["holder_names"]),
        taking_verbs=frozenset(data["taking_verbs"]["words"]),
        announcing_verbs=frozenset(data["announcing_verbs"]["words"]),
        pejorative_holders=frozenset(data["pejorative_holders"]["words"]),
        negated_reports=frozenset(data["negated_reports"]["words"]),
        person_objects=frozenset(data["person_objects"]["words"]),
        person_pronouns=frozenset(data["person_objects"]["pronouns"]),
        destination_preps=frozenset(data["destination_preps"]["words"]),
        carried_words=frozenset(data["carried_words"]["words"]),
        foiled_no_ground=frozenset(data["foiled_no_ground"]["words"]),
        lost_to_preps=frozenset(data["lost_to"]["preps"]),
        ago_units=frozenset(data["history"]["ago_units"]),
        often_nouns=frozenset(data["history"]["often_nouns"]),
        often_adverbs=frozenset(data["history"]["often_adverbs"]),
        past_holding=frozenset(data["holding_nouns"]["past_words"]),
        unlisted_nouns=frozenset(data["unlisted_places"]["place_nouns"]),
        name_connectors=frozenset(data["unlisted_places"]["connectors"]),
        name_prefixes=frozenset(data["unlisted_places"]["prefixes"]),
        group_subjects=frozenset(data["group_subjects"]["words"]),
        listing_preps=frozenset(data["listing_preps"]["words"]),
        seized_things=frozenset(data["seized_things"]["words"]),
    )


_DEP_MATCHERS: dict[int, DependencyMatcher] = {}


def dependency_matches(verb: Token) -> dict[str, Token]:
    """The data's DependencyMatcher patterns at one verb: for each label whose
    pattern matches with `verb` as its first node, the token the pattern is
    after (FROM_LOSER: the loser; ATTACK_ON: the attack); of several matches,
    the last the DependencyMatcher lists, as when it ran over the whole Doc.

    It runs over the verb's own tree, not the Doc: every node of a pattern
    hangs below the verb (">" and ">>" only), so no other tree can take part,
    and a match's order among the verb's is the same. Over the whole Doc it
    cost a tenth of all our components' time (its token Matcher walks every
    token and the ancestors of every object); only the few verbs a control
    cue reaches are asked about."""
    anchors = _dependency_anchors()
    if anchors is not None and verb.lemma_ not in anchors:
        return {}  # no pattern starts from this verb
    doc = verb.doc
    matcher = _DEP_MATCHERS.get(id(doc.vocab))
    if matcher is None:
        matcher = DependencyMatcher(doc.vocab)
        for label, pattern in control_cues().dependency_patterns:
            matcher.add(label, [pattern])
        _DEP_MATCHERS[id(doc.vocab)] = matcher
    root = verb
    while root.head.i != root.i:
        root = root.head
    start = root.left_edge.i
    # One run per tree: several cue verbs of a sentence share its tree.
    runs: dict[int, list[tuple[int, list[int]]]] = doc.user_data.setdefault("wm_dependency_matches", {})
    matches = runs.get(root.i)
    if matches is None:
        matches = runs[root.i] = list(matcher(_tree_doc(doc[start : root.right_edge.i + 1])))
    found: dict[str, Token] = {}
    for match_id, token_ids in matches:
        if token_ids[0] + start == verb.i:
            found[doc.vocab.strings[match_id]] = doc[token_ids[-1] + start]
    return found


def _tree_doc(span: Span) -> Doc:
    """A Doc of a tree's tokens with what the dependency patterns read (words,
    lemmas, dependencies, heads); a token of another tree inside the span,
    whose head lies outside it, is made a root of its own. A quarter of
    `Span.as_doc`'s time, which copies every attribute of the whole Doc's array."""
    tokens = list(span)
    start, end = span.start, span.end
    return Doc(
        span.doc.vocab,
        words=[t.text for t in tokens],
        spaces=[bool(t.whitespace_) for t in tokens],
        lemmas=[t.lemma_ for t in tokens],
        deps=[t.dep_ for t in tokens],
        heads=[(t.head.i if start <= t.head.i < end else t.i) - start for t in tokens],
    )


@cache
def _dependency_anchors() -> frozenset[str] | None:
    """The lemmas the dependency patterns' first node (the verb) needs, when
    every pattern asks it for a LEMMA IN list and nothing else; None (every
    verb is tried) when one asks for anything more."""
    anchors: set[str] = set()
    for _label, pattern in control_cues().dependency_patterns:
        attrs = pattern[0]["RIGHT_ATTRS"]
        if set(attrs) != {"LEMMA"} or not isinstance(attrs["LEMMA"], dict) or set(attrs["LEMMA"]) != {"IN"}:
            return None
        anchors.update(attrs["LEMMA"]["IN"])
    return frozenset(anchors)


def verb_at(doc: Doc, start: int, end: int) -> Token | None:
    """The verb of a cue at characters [start, end) ("now hold" -> hold)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    # "have taken control of": the verb, not its auxiliary
    verb = next((t for t in span if t.pos_ == "VERB"), None) or next(
        (t for t in span if t.pos_ == "AUX"), None
    )
    if verb is None and span[0].dep_ == "prep" and span[0].head.pos_ in ("VERB", "AUX"):
        return span[0].head  # "which is under the control of X": the clause's verb
    return verb if verb is not None else span[0]


def changed_often(verb: Token) -> bool:
    """ "The camp has changed hands multiple times and is largely abandoned",
    "captured and recaptured several times": the verb, or one coordinated
    with it, is told as happening again and again (control.json `history`
    `often_*`), the place's history or a contest, no change on a day."""
    cues = control_cues()
    for told in (verb, *verb.conjuncts):
        for child in told.children:
            # "several times", not "the first time"
            if (
                child.dep_ == "npadvmod"
                and child.lower_ in cues.often_nouns
                and not any(c.lower_ in ("first", "last", "second", "third") for c in child.children)
            ):
                return True
            if child.dep_ == "advmod" and child.lower_ in cues.often_adverbs:
                return True
    return False


def told_in_a_past_year(verb: Token, published: date | None) -> bool:
    """ "fell to Islamic State in 2014": the verb is dated by a year before
    publication, so the change is history and never decides the present."""
    if published is None:
        return False
    cues = control_cues()
    preps = cues.history_preps
    for child in verb.children:
        if _years_ago(child, cues.ago_units):
            return True
        if child.dep_ == "prep" and child.lower_ in preps:
            # "in 2014", "in the summer of 2012", "since March 2011"
            for obj in child.subtree:
                year = heads.token_year(obj)  # "in 2014", "in mid-2014"
                if year is not None and 1900 < year < published.year:
                    return True
        # "last year": a change told as the past year's; "last September" said in
        # February: September of the year before
        if (
            child.dep_ == "npadvmod"
            and any(c.lower_ == "last" for c in child.children)
            and (child.lower_ == "year" or _last_month_year(child.text, published) < published.year)
        ):
            return True
    return False


_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}


def _years_ago(child: Token, units: frozenset[str]) -> bool:
    """ "seized it two years ago", "a year ago": "ago" with a count of years
    (the parse hangs the unit on "ago", or "ago" on the unit)."""
    if child.lower_ == "ago":
        return any(c.lower_ in units for c in child.children)
    return child.lower_ in units and any(c.lower_ == "ago" for c in child.children)


def _last_month_year(word: str, published: date) -> int:
    """The year "last <month>" falls in, said on `published` (a surface date
    form): the latest such month before the report's own; not a month, the
    report's year."""
    month = _MONTHS.get(word.lower())
    if month is None:
        return published.year
    return published.year if month < published.month else published.year - 1


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
    # "posts in Kfar Saghir village": places under a container preposition,
    # the object only when nothing else in the phrase is a place
    contained_tokens: frozenset[int] = frozenset()
    # "withdrew from the village": the kind of place referred back to, which a
    # city named before is not
    refers_as: str | None = None
    # "advances on al-Rasafa in Raqqa": the object is a name of its own (one the
    # gazetteer may lack), so a place in its container is never the object
    own_name: bool = False


def object_of(verb: Token, change: str, passive: bool, place_from: bool = False) -> ControlObject:
    heads: list[Token] = []
    if place_from:
        # "drove IS from Kobane", "driving them out of Raqqa province"
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "out"):
                heads.extend(c for c in child.subtree if c.dep_ == "pobj")
        heads = [h for h in heads[:1] if h.lemma_.lower() not in control_cues().position_nouns]
        # no from phrase ("a bomber driving a car"): no place left, no claim
        return objects_of(heads) if heads else ControlObject((), False, True, frozenset())
    fell = verb.lemma_.lower() == "fall"
    where: list[Token] = []
    if (passive or verb.tag_ == "VBN") and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        heads.append(verb.head)  # "the Idlib province held by the opposition", "Jarablus liberated from IS"
    for child in verb.children:
        if passive or fell:
            if child.dep_ in ("nsubj", "nsubjpass"):
                heads.append(child)
            continue
        if child.dep_ in ("dobj", "attr"):
            heads.append(child)
        elif (
            child.dep_ == "npadvmod"
            and child.pos_ == "PROPN"
            and child.i > verb.i
            and not any(c.dep_ == "dobj" for c in verb.children)
        ):
            heads.append(child)  # the parse's misreading of a name as the object: "overran Khan Shaykhun"
        elif child.dep_ == "prep" and child.lower_ in ("of", "into", "over", "through", "inside", "on"):
            heads.extend(c for c in child.children if c.dep_ == "pobj")
        elif (
            child.dep_ == "prep"
            and child.lower_ in control_cues().listing_preps
            and any(c.dep_ == "dobj" for c in verb.children)
        ):
            heads.extend(c for c in child.children if c.dep_ == "pobj")  # "took villages including X and Y"
        elif child.dep_ == "prep" and child.lower_ == "to" and _restores(verb):
            # "restored security to X" parsed flat
            heads.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in ("from", "out") and change == "lost":
            heads.extend(c for c in child.subtree if c.dep_ == "pobj")
        elif change == "contested" and child.dep_ == "xcomp":
            heads.extend(c for c in child.children if c.dep_ == "dobj")  # "fighting to hold the city"
        elif change == "contested" and child.dep_ == "prep" and child.lower_ in ("in", "for", "around"):
            where.extend(c for c in child.children if c.dep_ == "pobj")  # "still fighting in parts of Goma"
    # "advances on al-Rasafa in Raqqa": with a place of its own as object, "in" only
    # says where ("advanced in Bakhmut on Monday": a day is none; "thwarted three
    # gunmen in the area of Zikim": people are none)
    if not any(_a_place_object(h) for h in heads):
        heads += where
    if change in ("gained", "lost"):
        # "expelled the rebels from their Idlib positions": positions are not the place
        heads = [h for h in heads if h.lemma_.lower() not in control_cues().position_nouns]
    # "eastern Aleppo, which fell to regime forces": the relative pronoun is its noun
    heads = [verb.head if h.lower_ in ("which", "that") and verb.dep_ == "relcl" else h for h in heads]
    # "the east bank of the river in X, which is held by Y": the clause may be
    # the bank's; X only says where it lies, so it is not what Y holds
    if verb.dep_ == "relcl":
        heads = [h for h in heads if not (h.i == verb.head.i and locates_a_part(h))]
    # the parse missed the relative clause ("near Palmyra which government forces
    # recaptured"): the noun just before the pronoun
    heads = [_before_relative(h) if h.lower_ in ("which", "that") else h for h in heads]
    # "Kobane, the key border town that Kurdish forces recaptured": the town is Kobane
    cues = control_cues()
    heads = [_apposed_name(h) if h.dep_ == "appos" and h.lower_ in cues.referring_nouns else h for h in heads]
    # positions held ("its troops still held strategic points") are a part of the town named before
    held = cues.part_nouns & cues.position_nouns
    refer = {"contested": cues.part_nouns, "holds": held}.get(change, frozenset())
    return objects_of(heads, parts_refer=refer)


def _a_place_object(head: Token) -> bool:
    """Whether an object phrase names a place: a name, or a place to the recogniser."""
    if head.ent_type_ in ("DATE", "TIME"):
        return False
    return (
        head.pos_ == "PROPN"
        or _named(head)
        or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in head.subtree)
    )


def _apposed_name(noun: Token) -> Token:
    """The name a "the town" in apposition describes: its head in the parse, or,
    where the parse hung it on another noun because the outlet dropped the comma
    ("clashes west of Kobane the key border town that Kurdish forces
    recaptured"), the proper noun right before it."""
    if noun.head.pos_ == "PROPN":
        return noun.head
    i = noun.left_edge.i - 1
    while i >= 0 and noun.doc[i].is_punct:
        i -= 1
    before = noun.doc[i] if i >= 0 else None
    return before if before is not None and before.pos_ == "PROPN" else noun.head


def _before_relative(pronoun: Token) -> Token:
    if pronoun.i > 0:
        before = pronoun.doc[pronoun.i - 1]
        if before.pos_ in ("PROPN", "NOUN"):
            return before
    return pronoun


def objects_of(
    heads: list[Token], leave_out: frozenset[int] = frozenset(), *, parts_refer: frozenset[str] = frozenset()
) -> ControlObject:
    """The places named by noun phrases `heads` (a verb's objects, or the noun a
    "rebel-held" modifies): every place in them except landmarks ("near the
    airport", "200 km north of Damascus") and containers ("Atareb in Aleppo
    province", "the Salhiya district of Hasakeh"); tokens in `leave_out` are
    another claim's."""
    cues = control_cues()
    # "restored security to X": the place is what security was restored to
    heads = [_restored_to(h, cues.restored_nouns) for h in heads]
    heads = [h for h in heads if h.lemma_.lower() not in cues.restored_nouns]
    # "lost control of the city", "entered large parts of the city": the
    # place is what the control or the part is of
    heads = [_of_what(h, cues.part_nouns) for h in heads]
    # "on Thursday", "in 2014": times, not objects
    heads = [h for h in heads if h.ent_type_ not in ("DATE", "TIME")]
    if not heads:
        return ControlObject((), False, False, frozenset())
    ranges, landmarks, contained = [], set(), set()
    refers_back, kind = False, None
    for head in heads:
        ranges.append((head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)))
        for token in head.subtree:
            path = [token, *[a for a in token.ancestors if a.i != head.i and head.is_ancestor(a)]]
            if (
                token.i in leave_out
                or head.lower_ in cues.landmark_words  # "a highway that connects Aleppo to Latakia"
                or any(t.lower_ in cues.landmark_words for t in path[1:])
                or any(t.dep_ in ("relcl", "advcl") for t in path)  # a clause of its own
                or (token.dep_ == "appos" and token.head.i != head.i)
                # "Saraqib, a town on the highway to Damascus": a description's places
                or any(t.dep_ == "appos" and t.pos_ == "NOUN" for t in path[1:])
            ):
                landmarks.add(token.idx)
            elif _of_a_facility(path[1:], cues):
                landmarks.add(token.idx)  # "the pumping station of al-Tabqa": where the station is
            elif any(_contains(t, cues) for t in path[1:]):
                # "posts in Kfar Saghir": in; "the Salhiya district of Hasakeh": never the object
                if any(t.dep_ == "prep" and t.lower_ in cues.container_preps for t in path[1:]):
                    contained.add(token.idx)
                else:
                    landmarks.add(token.idx)
        names_place = any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in head.subtree) or _named(head)
        # "holding out in a few districts" (a contest), "still held strategic points"
        # (positions held): parts of no place named are of the place named before
        part = head.lemma_.lower() in parts_refer
        if not names_place and (head.lower_ in cues.referring_nouns or part):
            refers_back = True
            kind = head.lemma_.lower()
    return ControlObject(
        tuple(ranges),
        refers_back,
        True,
        frozenset(landmarks),
        frozenset(contained),
        kind if refers_back else None,
        any(h.pos_ == "PROPN" and h.ent_type_ not in ("ORG", "NORP") for h in heads),
    )


def _of_a_facility(path: list[Token], cues: ControlCues) -> bool:
    """Whether the path runs through "of" after a facility noun ("the oil
    pumping station of al-Tabqa city", control.json `facility_nouns`)."""
    return any(
        t.dep_ == "prep" and t.lower_ == "of" and t.head.lemma_.lower() in cues.facility_nouns for t in path
    )


def _named(noun: Token) -> bool:
    """Whether a "town" carries a name of its own ("Khatab town", "the town of
    Jisr al Shughour"): known to the gazetteer or not, it is that town, never
    the one named before it."""
    return any(
        (child.dep_ == "compound" and child.pos_ == "PROPN")
        or (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in child.children)
        )
        for child in noun.children
    )


def offensive_target(noun: Token, gov: Token) -> list[Token]:
    """What an offensive noun is on or for: "the assault on Ramussa" -> Ramussa,
    "their offensive to take the town of Manbij" -> town (also where the parse
    hangs "to take" on `gov`, the verb the noun hangs on)."""
    cues = control_cues()
    # "launched an operation last week to seize Raqqa": the parse may hang the
    # purpose on the verb, as an xcomp or an advcl with its "to"
    taking = [
        c for c in gov.children
        if c.lemma_.lower() in cues.offensive_verbs
        and (c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)))
    ]  # fmt: skip
    # "an operation in Idlib" says where, not what is being taken: a purpose
    # noun contests only through its taking verb
    purpose_only = noun.lemma_.lower() in cues.purpose_nouns
    heads = [
        c for p in noun.children if p.dep_ == "prep" and p.lower_ in cues.offensive_preps and not purpose_only
        for c in p.children if c.dep_ == "pobj"
    ]  # fmt: skip
    for clause in [*noun.children, *taking, *_aimed_at(noun)]:
        if (
            clause.dep_ in ("acl", "relcl", "xcomp", "advcl", "pcomp")
            and clause.lemma_.lower() in cues.offensive_verbs
        ):
            heads.extend(c for c in clause.children if c.dep_ == "dobj")
    return heads


def _aimed_at(noun: Token) -> list[Token]:
    """ "a campaign aimed at recapturing the east": the taking verb of the
    noun's "aimed at" clause."""
    return [
        c
        for aim in noun.children if aim.dep_ == "acl" and aim.lemma_.lower() == "aim"
        for p in aim.children if p.dep_ == "prep" and p.lower_ == "at"
        for c in p.children if c.dep_ == "pcomp"
    ]  # fmt: skip


def _contains(prep: Token, cues: ControlCues) -> bool:
    """Whether `prep` opens a container of the noun it hangs on: "in Aleppo
    province", or "of Hasakeh" after a named part ("the Salhiya district of")."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in cues.container_preps:
        return True
    noun = prep.head
    return (
        prep.lower_ == "of"
        and noun.lower_ in cues.named_parts
        and any(
            (t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "PROPN") and not stripped_possessive(t)
            for left in noun.lefts
            if left.dep_ in ("compound", "nmod")
            for t in left.subtree
        )
    )


def stripped_possessive(token: Token) -> bool:
    """A country's name with its possessive's apostrophe stripped, as FA-KES
    copy prints it ("Syrias opposition-held town of Idlib", "Iraqs army"): the
    country's, never a place of that name nor a town's own name."""
    return token.lower_.endswith("s") and token.lower_[:-1] in lower_country_names()


@dataclass(frozen=True)
class HeldModifier:
    """ "the rebel-held town of Atareb": who (the word before the hyphen), what
    change ("-held" holds, "-besieged" contests), and the noun it modifies."""

    holder: Token
    change: str
    noun: Token
    start: int  # characters of the modifier in the Doc
    end: int


_HELD_MATCHERS: dict[int, tuple[Matcher, dict[str, str]]] = {}
_UNDER_MATCHERS: dict[int, Matcher] = {}


def under_control(sent: Span, words: frozenset[str] | None = None) -> list[Span]:
    """ "under YPG control", "in rebel hands" in one sentence (data/patterns/control.json
    `under_control`), longest first where they overlap."""
    if not may_match(sent, _under_required(), words):
        return []
    matcher = _UNDER_MATCHERS.get(id(sent.doc.vocab))
    if matcher is None:
        matcher = _UNDER_MATCHERS[id(sent.doc.vocab)] = Matcher(sent.doc.vocab)
        matcher.add("CONTROL_UNDER", [e["pattern"] for e in control_cues().under_patterns])
    return filter_spans(matcher(sent, as_spans=True))


def held_modifiers(sent: Span, words: frozenset[str] | None = None) -> list[HeldModifier]:
    """The "X-held" / "X-besieged" modifiers of one sentence (data/patterns/control.json
    `held_modifiers`), each with the noun it modifies in the parse."""
    if not may_match(sent, _held_required(), words):
        return []
    found = _HELD_MATCHERS.get(id(sent.doc.vocab))
    if found is None:
        matcher, table = Matcher(sent.doc.vocab), {}
        for i, entry in enumerate(control_cues().held_patterns):
            label = f"CONTROL_HELD_{i}"
            matcher.add(label, [entry["pattern"]])
            table[label] = entry["change"]
        found = _HELD_MATCHERS[id(sent.doc.vocab)] = (matcher, table)
    matcher, table = found
    out = []
    for span in matcher(sent, as_spans=True):
        word = span[-1]
        noun = (
            word.head
            if word.dep_ in ("amod", "compound", "npadvmod", "acl") and word.head.i > word.i
            else None
        )
        while (
            noun is not None
            and noun.pos_ == "ADJ"
            and noun.dep_ in ("amod", "compound")
            and noun.head.i > noun.i
        ):
            noun = noun.head  # "rebel-held eastern Aleppo": the noun "eastern" hangs on
        if noun is None:
            noun = next((t for t in sent.doc[word.i + 1 : sent.end] if t.pos_ in ("NOUN", "PROPN")), None)
        if noun is not None and "-" not in span.text and noun.pos_ != "PROPN":
            continue  # "the government held western Aleppo", but not "the government held talks"
        if noun is not None:
            out.append(HeldModifier(span[0], table[span.label_], noun, span.start_char, span.end_char))
    return out


def held_share(noun: Token) -> tuple[bool, frozenset[int]]:
    """Whether a held noun is a share of the town its "of" phrase names
    ("rebel-held parts of Aleppo", "a rebel-held neighbourhood of the city"):
    no claim on that town. Else the tokens of an "of" phrase that only
    contains a named share ("the Qaboun neighbourhood of Damascus"), to leave
    out (control.json `held_shares`)."""
    cues = control_cues()
    of = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"]
    if not of or noun.lower_ not in cues.part_nouns | cues.held_shares:
        return False, frozenset()
    # "rebel-held districts of east Aleppo": the direction names the share the side holds
    towns = [c for p in of for c in p.children if c.dep_ == "pobj"]
    # (not "the northern city of Aleppo": a bearing of the city, the share unnamed)
    if any(
        town.lower_ in cues.directions
        or (town.pos_ == "PROPN" and any(t.lower_ in cues.directions for t in town.lefts))
        for town in towns
    ):
        return False, frozenset()
    plural = noun.tag_ in ("NNS", "NNPS") and noun.lower_ in cues.part_nouns
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    if plural or indefinite or noun.lower_ in cues.held_shares:
        return True, frozenset()
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children):
        return False, frozenset(t.i for p in of for t in p.subtree)
    return False, frozenset()


def _restores(verb: Token) -> bool:
    """Whether the verb's object is one of control.json `restored_nouns`."""
    nouns = control_cues().restored_nouns
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)


def _restored_to(head: Token, restored_nouns: frozenset[str]) -> Token:
    """The place of "security to X" (the parse hangs "to X" on the noun)."""
    if head.lemma_.lower() not in restored_nouns:
        return head
    to = next((p for p in head.children if p.dep_ == "prep" and p.lower_ == "to"), None)
    place = next((o for o in to.children if o.dep_ == "pobj"), None) if to is not None else None
    return place if place is not None else head


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


def aimed_at_landmark(attack: Token) -> bool:
    """Whether the attack was on a road or a route ("a counterattack on a key
    supply route linking Palmyra and Deir ez-Zor"): the towns it links are
    landmarks, and no place named before was attacked either."""
    landmarks = control_cues().landmark_words
    # the parse hangs "on a route" on the attack or on the verb that repelled it
    near = [*attack.subtree, *(t for c in attack.head.children if c.dep_ == "prep" for t in c.children)]
    return any(
        t.dep_ == "pobj" and t.head.lower_ in ("on", "against", "along") and t.lower_ in landmarks
        for t in near
    )


def attack_target(attack: Token, target: ControlObject) -> ControlObject:
    """ "repelled an attack on Atarib": the place is in the attack's phrase;
    with none there ("repelled parts of the assault"), a place named before
    (the report's focus: see place_choice.focus_place)."""
    return ControlObject(
        target.ranges,
        target.refers_back or not (names_a_place(attack) or aimed_at_landmark(attack)),
        True,
        target.landmark_tokens,
        target.contained_tokens,
        target.refers_as,
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


# Pronouns of people, not of a force or a place: "we", "he" lost (a debate,
# a vote) is no loss of territory unless a place is its object.
PERSON_PRONOUNS = frozenset(("i", "we", "you", "he", "she"))


def person_lost(verb: Token | None) -> bool:
    """Whether the verb's subject is a pronoun of people ("we", "he")."""
    pronoun = pronoun_subject(verb) if verb is not None else None
    return pronoun is not None and pronoun.lower_ in PERSON_PRONOUNS


def speaker_subject(verb: Token) -> Token | None:
    """ "The army said it had lost control": the subject of the saying verb above."""
    for node in verb.ancestors:
        if node.lemma_.lower() in ("say", "announce", "state", "confirm", "admit", "acknowledge", "report"):
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return child
    return None


def announcer(noun: Token) -> Token | None:
    """Who announces a capture told as a noun ("the capture of X was announced
    by Y": Y; "Y announced the capture of X": Y), when the noun names no taker
    of its own ("the capture of X by Z"); None otherwise."""
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return None
    verb = noun.head
    if verb.lemma_.lower() not in control_cues().announcing_verbs:
        return None
    if noun.dep_ == "nsubjpass":
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if noun.dep_ == "dobj":
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def of_its_kind(noun: str | None, feature: str | None) -> bool:
    """Whether "the village" (or "the city") can refer back to a place of the
    gazetteer's `feature`: a village is no city and a city no village; "the
    town", "it" and the rest refer to either."""
    wrong = {"village": "city", "city": "village"}.get(noun or "")
    return wrong is None or feature != wrong


def report_denied(verb: Token) -> bool:
    """Whether the change is told under a negated reporting verb ("SANA did not
    say the jihadists had been pushed out of the city"): the clause the verb
    heads, or one it is joined to, is the complement of "did not say"."""
    words = control_cues().negated_reports
    node = verb
    for _ in range(3):  # "did not say whether its units had pushed ... out"
        if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in words and any(c.dep_ == "neg" for c in node.children):
            return True
    return False


def patient(verb: Token) -> Token | None:
    """What the verb acts on: its object, or the subject of its passive ("the
    girl was evacuated"); a passive joined to an earlier verb with no subject of
    its own ("a girl shot in the town was evacuated") shares that verb's."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    if verb.pos_ == "NOUN":
        # "we mourn the loss of 21 soldiers": a noun's patient is its "of" phrase
        of = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive and verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def acts_on_someone(verb: Token) -> bool:
    """Whether the cue's verb acts on people, not on a place ("was evacuated to a
    hospital", "evacuated the wounded from the city", "lost 20 soldiers"): then
    no place of the sentence changed hands by it (control.json `person_objects`)."""
    noun = patient(verb)
    if noun is None or noun.ent_type_ in ("GPE", "LOC", "FAC") or noun.pos_ == "PROPN":
        return False
    cues = control_cues()
    if noun.pos_ == "PRON":
        return noun.lower_ in cues.person_pronouns and noun.dep_ != "nsubj"
    return noun.lemma_.lower() in cues.person_objects or noun.lower_ in cues.person_objects


def carries_something(verb: Token) -> bool:
    """ "had taken it home", "took the weapons away": a taking verb whose adverb
    or object is one of control.json `carried_words` moves a thing, it takes no
    ground."""
    words = control_cues().carried_words
    return any(c.dep_ in ("advmod", "dobj", "npadvmod") and c.lower_ in words for c in verb.children)


def seizes_things(verb: Token) -> bool:
    """ "rebels seized weapons and ammunition in Idlib": a taking verb whose
    object is goods (control.json `seized_things`) takes no ground."""
    words = control_cues().seized_things
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in verb.children)


def foils_a_plot(verb: Token) -> bool:
    """ "thwarted a sabotage attempt", "a bomb plot was foiled": what the
    verb stopped is a plot or a bombing (control.json `foiled_no_ground`),
    no assault on a place."""
    words = control_cues().foiled_no_ground
    for noun in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        told = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod", "nmod"))]
        if any(t.lemma_.lower() in words or t.lower_ in words for t in told):
            return True
    return False


def destinations(verb: Token) -> list[tuple[int, int]]:
    """Character ranges of the verb's "to" / "towards" / "into" phrases: where
    people or forces went ("withdrew to Hama"), never the place lost."""
    preps = control_cues().destination_preps
    return [
        (c.idx, c.right_edge.idx + len(c.right_edge.text))
        for c in verb.children
        if c.dep_ in ("prep", "dative") and c.lower_ in preps
    ]


def lost_to(verb: Token) -> Token | None:
    """ "lost the town to the paramilitaries", "which it had lost in March to
    Syrian army forces": the noun of the verb's "to" phrase (the gainer's)."""
    preps = control_cues().lost_to_preps
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def unlisted_names(
    doc: Doc,
    target: ControlObject,
    known: list[tuple[int, int]],
    listed_with: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """Character ranges of the names in a control object that no place or
    actor mention covers (`known`): "seized control of Ain Daqneh town", "retook
    the villages of Zaytan and Khalasa", "the farms of Al Maleh". A name is a
    run of proper nouns hanging on the object by compounds, conjunctions and
    "of" phrases only (never under "in", "near" or a description); one the
    entity recogniser does not call a place must be told as one (a place noun
    over it, data/patterns/control.json `unlisted_places`), or be joined by
    "and" to a name that is. With `listed_with` (the places the object already
    names), only names in one list with them count: "retook the towns of Harasta,
    Arbin and Zamalka" adds Zamalka beside the two the gazetteer knows."""
    cues = control_cues()
    runs: list[tuple[list[Token], bool]] = []
    for a, b in target.ranges:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span.root
        chosen = [t for t in span if _name_token(t, head, target, known, cues)]
        for run in _runs(chosen, cues.name_connectors):
            run = _with_prefix(run, span.sent.start, cues.name_prefixes)
            runs.append((run, _told_as_place(run, head, cues)))
    named = {t.i for run, ok in runs if ok for t in run}
    found = []
    for run, ok in runs:
        # "the villages of Zaytan and Khalasa": a name joined to a place name is one too
        # (or its bearing joined: "of X and Y south-west of Aleppo")
        anchors = [*run, *(bear for t in run if (bear := _bearing(t, cues)) is not None)]
        joined = any(t.dep_ == "conj" and t.head.i in named for t in anchors)
        if listed_with is not None:
            # a member of a list of the places taken is one of them, whatever the
            # recogniser called it ("Harasta, Arbin and Douma" with Douma a person)
            if _in_a_list_with(run, listed_with):
                found.append((run[0].idx, run[-1].idx + len(run[-1].text)))
            continue
        if ok or joined:
            found.append((run[0].idx, run[-1].idx + len(run[-1].text)))
    return list(dict.fromkeys(found))  # a name inside two object phrases ("from the farms of X") once


def _list_head(token: Token) -> Token:
    """The first member of the list of conjuncts a token is in ("Zamalka" in
    "Harasta, Arbin and Zamalka" -> Harasta), through the compounds of a name."""
    node = token
    while node.dep_ == "compound" and node.head.i > node.i:
        node = node.head
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head
    return node


def _in_a_list_with(run: list[Token], places: list[tuple[int, int]]) -> bool:
    """Whether a name is a conjunct in one list with a place named (characters
    `places`), each a member of its own: a list of the towns taken."""
    doc = run[0].doc
    inside = {t.i for t in run}
    root = next((t for t in run if t.head.i not in inside), run[-1])
    if root.dep_ not in ("conj", "pobj", "dobj") or root.ent_type_ == "NORP":
        return False  # "the Shia villages of X and Y": a word describing the list, no member of it
    heads = {_list_head(t).i for t in run}
    for a, b in places:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or not len(span) or any(t.i == span.root.i for t in run):
            continue
        first = _list_head(span.root)
        # "the towns of X and Y as well as Z": the parse may join Z to the towns
        owner = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "of" else first
        if {first.i, owner.i} & heads and any(t.dep_ == "conj" for t in [*run, span.root]):
            return True
    return False


_NAME_PATH = frozenset({"compound", "conj", "pobj", "prep", "nmod", "dobj", "npadvmod", "punct", "amod"})


def _name_token(
    token: Token, head: Token, target: ControlObject, known: list[tuple[int, int]], cues: ControlCues
) -> bool:
    if token.pos_ != "PROPN" or token.ent_type_ in ("DATE", "TIME"):
        return False
    if stripped_possessive(token):
        return False  # "Syrias rebel-held town of X": a country's, no name of the town
    # "Um Tinah south-west of Aleppo": the parse hangs the name on its bearing
    bearing = _bearing(token, cues)
    if (token.idx in target.landmark_tokens and bearing is None) or token.idx in target.contained_tokens:
        return False
    if any(a <= token.idx < b for a, b in known):
        return False
    node = token
    while node.i != head.i:
        if node.dep_ not in _NAME_PATH or (
            node.dep_ == "prep" and node.lower_ != "of" and node.lower_ not in cues.listing_preps
        ):
            return False  # "in Hama province", "north of Aleppo": where it is, not what
        if node.lower_ in cues.landmark_words and (bearing is None or node.i != bearing.i):
            return False
        node = node.head
        if not head.is_ancestor(node) and node.i != head.i:
            return False
    return True


def _bearing(token: Token, cues: ControlCues) -> Token | None:
    """The direction word a name hangs on by compounds ("Tinah" of "south-west of
    Aleppo"): the name is the place, the direction its bearing from another."""
    node = token
    while node.dep_ == "compound" and node.head.i > node.i:
        node = node.head
        if node.lower_ in cues.directions:
            return node
    return None


def _runs(tokens: list[Token], connectors: frozenset[str]) -> list[list[Token]]:
    """Adjacent name tokens as runs; connectors ("al", "-") inside a run belong to it."""
    runs: list[list[Token]] = []
    for token in tokens:
        if runs:
            last = runs[-1][-1]
            between = token.doc[last.i + 1 : token.i]
            if all(t.lower_ in connectors for t in between):
                runs[-1].extend([*between, token])
                continue
        runs.append([token])
    # "al-Karima" is a name, a run of connectors alone ("al", "-") none
    return [run for run in runs if any(t.text[:1].isupper() for t in run)]


def _with_prefix(run: list[Token], first: int, prefixes: frozenset[str]) -> list[Token]:
    """The run with a capitalised name prefix before it ("Um Sumeima", "Tell Shair"),
    which the parse may hang outside the object ("Um" as an interjection of the verb)."""
    doc = run[0].doc
    i = run[0].i - 1
    while i >= first and doc[i].lower_ in prefixes and doc[i].text[:1].isupper():
        run = [doc[i], *run]
        i -= 1
    return run


def _told_as_place(run: list[Token], head: Token, cues: ControlCues) -> bool:
    """Whether the run names one place: a name modifying a noun must modify a
    place noun in the singular ("Ain Daqneh town", "the Shaar oilfield"; not
    "two Shia villages", "the Euphrates valley", "the Assad regime"); a name
    heading its phrase must be a place to the entity recogniser or be "of" a
    place noun ("the village of Rityan", "the farms of Al Maleh")."""
    if all(_place_noun(t, cues) or t.lower_ in cues.name_connectors for t in run):
        return False  # "MILITARY AIRPORT" as a heading: a place word, no name
    last = max((t for t in run if t.head.i not in {r.i for r in run}), key=lambda t: t.i, default=run[-1])
    if not (head.is_ancestor(last) or last.i == head.i):
        return False
    noun = last.head
    if _bearing(last, cues) is not None:
        return any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in run)  # joined names are read by the caller
    if last.dep_ in ("compound", "amod", "nmod") and noun.i != last.i:
        return _place_noun(noun, cues) and noun.tag_ not in ("NNS", "NNPS")
    if any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in run) or run[-1].lower_ in cues.unlisted_nouns:
        return True  # a place to the recogniser, or a name ending in a place word ("Mallah Farms")
    of = last.head if last.dep_ == "pobj" else None
    if of is not None and of.lower_ in cues.listing_preps:
        # "took villages including X and Y", the list hung on the noun or on the verb
        owner = of.head if of.head.pos_ in ("NOUN", "PROPN") else None
        owner = owner or next((c for c in of.head.children if c.dep_ == "dobj"), None)
        return owner is not None and _place_noun(owner, cues)
    return of is not None and of.lower_ == "of" and _place_noun(of.head, cues)


def _place_noun(noun: Token, cues: ControlCues) -> bool:
    return noun.lower_ in cues.unlisted_nouns or noun.lemma_.lower() in cues.unlisted_nouns


def group_subject(verb: Token) -> bool:
    """Whether the verb's subject is "the group" (control.json `group_subjects`)."""
    words = control_cues().group_subjects
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in words and any(d.lower_ == "the" for d in c.children)
        for c in verb.children
    )
