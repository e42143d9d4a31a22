"""Assembling event claims: the voice telling an event, one-sided violence,
days told, plans and unfounded or background mentions left out, the advancer
of a territorial change, found weapons, restatements of an event linked to its
first telling, and the place nearest an event's cue.

Public: DISRUPTED. Helpers used by the events component
(extract/components.py): event_voice, one_sided, days_told, planned,
names_the_act, unfounded, decisive_cue, government_side, advancing_actor, real_cues,
background_sentences, link_event_restatements, disrupted_cue; moved here from
components.py.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from warmonitor.extract import (
    attribution,
    charges,
    control,
    event_scope,
    events,
    frames,
    heads,
    incident_context,
    inquiry,
    negation,
    past_eras,
    person_frames,
    retold,
    taken,
)
from warmonitor.extract.acled_model import UNCERTAIN
from warmonitor.extract.actor_resolution import UNARMED, backer_named, claimant_at, subject_actors
from warmonitor.extract.actors import Actor, ActorMention
from warmonitor.extract.claim_fields import date_ref, dates_in
from warmonitor.extract.claims import CasualtyClaim, DateRef, EventClaim, Stance
from warmonitor.extract.cue_data import pattern_data
from warmonitor.extract.mentions import doc_sentences, doc_text, lower_country_names, places_named


def event_voice(sent: Span, char: int, actors: list[ActorMention]) -> tuple[str | None, Stance]:
    """The claimant and stance of an event cue. An act accused of or blamed
    for ("the army accused the RSF of shelling a camp", "the Houthis blamed
    the United States for the air strike") is the accuser's claim, stance
    "claimed", never the outlet's assertion; a source the speaker rules
    found ("activists said the army accused ...") stays the claimant."""
    claimant = claimant_at(sent, char)
    accused_by = event_scope.accuser(sent.doc, char, actors)
    if accused_by is None:
        token = next((t for t in sent if t.idx <= char < t.idx + len(t.text)), None)
        while token is not None and token.dep_ in ("compound", "amod") and token.head.i > token.i:
            token = token.head  # "air strikes": the cue's head word
        if token is not None and negation.denied_act(token):
            return claimant, "denied"  # "the ministry said its planes had not struck Idlib"
        return claimant, sent._.stance
    context: attribution.ClaimantContext | None = sent.doc._.claimants
    outlet = context.outlet if context is not None else None
    # "the army denied the rebels' charge that it shelled ...": still denied
    stance: Stance = "denied" if sent._.stance == "denied" else "claimed"
    return (accused_by if claimant in (None, outlet) else claimant), stance


# The (event type, sub-event type) of an armed actor's attack on civilians.
ONE_SIDED = ("Violence against civilians", "Attack")


@dataclass(frozen=True)
class _OneSidedWords:
    targets: frozenset[str]
    verbs: frozenset[str]
    preps: frozenset[str]
    two_sided: frozenset[str]
    source_verbs: frozenset[str]


@lru_cache(maxsize=1)
def _one_sided_words() -> _OneSidedWords:
    data = pattern_data("events.json")["one_sided"]
    return _OneSidedWords(
        frozenset(data["target_nouns"]),
        frozenset(data["act_verbs"]),
        frozenset(data["preps"]),
        frozenset(data["two_sided_words"]),
        frozenset(data["source_verbs"]),
    )


def one_sided(sent: Span, cues: list[events.EventCue], actors: list[ActorMention]) -> bool:
    """An armed act whose target is a civilian, with no other armed side in the
    sentence ("militants fired at a shopkeeper"): ACLED's one-sided Attack, not
    an armed clash (events.json `one_sided`)."""
    words = _one_sided_words()
    if any(w in words.two_sided for c in cues for w in c.trigger.lower().split()):
        return False
    if any(c.event_type == "Explosions/Remote violence" for c in cues):
        return False  # "civilians killed in regime airstrikes": the strike's type tells it
    sides = {m.actor.name for m in _armed_in(sent, actors) if not _a_source(sent.doc, m, words.source_verbs)}
    if len(sides) > 1:
        return False
    for token in sent:
        if token.lemma_.lower() not in words.targets:
            continue
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in words.preps:
            head, dep = head.head, "dobj"
        else:
            dep = token.dep_
        if dep in ("dobj", "nsubjpass") and head.lemma_.lower() in words.verbs:
            return True
    return False


def armed_sides_only(sent: Span, actors: list[ActorMention]) -> bool:
    """Two or more armed sides in the sentence (sources left out) and no
    civilians, rioters or protesters named: an act between them is a fight,
    never ACLED's one-sided violence against civilians."""
    words = _one_sided_words()
    if any(m.actor.inter in UNARMED for m in actors if sent.start_char <= m.start < sent.end_char):
        return False
    if any(token.lemma_.lower() in words.targets for token in sent):
        return False  # "gunmen shot and killed a villager": a civilian named by his trade or place
    sides = {m.actor.name for m in _armed_in(sent, actors) if not _a_source(sent.doc, m, words.source_verbs)}
    return len(sides) > 1


def _a_source(doc: Doc, mention: ActorMention, verbs: frozenset[str]) -> bool:
    """ "police said": the subject of a reporting verb tells, it takes no side."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in verbs


_WEEK = 7  # days: ACLED's time precision 2 is a span within a week


def days_told(doc: Doc, sent: Span) -> DateRef | None:
    """A span of days the sentence's running toll counts ("killed 84 in three
    days", "during the past three days", "on Tuesday and Wednesday"): its
    events happened over those days, ACLED's time precision 2, not on the
    day the toll was told."""
    for claim in doc._.claims:
        if (
            isinstance(claim, CasualtyClaim)
            and claim.scope == "cumulative"
            and sent.start_char <= claim.span[0] < sent.end_char
            and claim.period_start is not None
            and claim.date is not None
            and 0 < (claim.date.end - claim.period_start).days < _WEEK
        ):
            return DateRef(start=claim.period_start, end=claim.date.end, precision=2)
    return None


def planned(sent: Span) -> bool:
    """Whether the sentence is dated after the report ("a strike called for
    August 31", "the rally on Sunday week"): a plan or a call, no event yet;
    ACLED codes what happened. The report's day is its local day where its
    timestamp has an offset, so a day after it is ahead there too; a bare
    UTC day can still lag the local one, so the very next day is a plan only
    where the sentence says so (`frames.tells_a_plan`)."""
    published: date | None = sent.doc._.published
    when = date_ref(sent)
    if published is None or when is None:
        return False
    # Years ahead is a publication date gone wrong (an archive's page read
    # today), not a plan: the event is kept at the day the text gives.
    ahead = (when.start - published).days
    if ahead == 1:
        # A feed's UTC day can lag the local day of a night attack: the day
        # after is a plan only where the sentence says so ("called a
        # shutdown on August 31", "will rally tomorrow").
        return frames.tells_a_plan(sent)
    return 0 < ahead <= _PLANS_AHEAD


_PLANS_AHEAD = 125  # days: a date with no year is read at most ~106 days ahead (dates._nearest_year)


# ACLED's sub-event types whose actors are the demonstrators themselves, never
# an armed agent's act read off the parse ("gunmen opened fire on a
# checkpoint"); force used on protesters ("soldiers fired live bullets") and
# mobs are another matter.
CROWD_TYPES = frozenset({"Peaceful protest", "Violent demonstration"})
# ACLED's event types of crowds: only a sentence with a crowd's cue
# (event_triggers.json: protesters, a rally, rioters, a mob) tells one.
CROWD_EVENTS = frozenset({"Protests", "Riots"})


# The event types of armed acts: a sentence whose every cue is one tells a
# fight, a strike or an attack, whatever its words about an operation.
ARMED_ACTS = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def no_arrest_told(cues: list[events.EventCue], guess_type: str, guess_sub: str) -> bool:
    """Whether the model's strategic development (an arrest, or a type it is
    unsure of) rests on no cue of its own: every cue of the sentence is an
    armed act and none is an arrest or lets the model say one ("an Afghan and
    coalition patrol killed two insurgents during a security operation": the
    model reads the operation's words as ACLED's Arrests, which are taken
    people, not killed ones). Read in ISAF dev-half releases, where a
    security force's kills came out as arrests (lead51)."""
    if guess_type != "Strategic developments" or guess_sub not in (ARRESTS[1], UNCERTAIN):
        return False
    return all(
        c.event_type in ARMED_ACTS and not (c.model_may_say and ARRESTS[1] in c.model_may_say) for c in cues
    )


def names_the_act(cues: list[events.EventCue], guess: str) -> events.EventCue | None:
    """The first cue naming its act ("clashed", "an air strike", "shelled")
    where the model's type is none of the sentence's cues' types and none the
    cue lets it refine to ("stormed a village, killing 12": an attack);
    None where the model's type stands."""
    if any(c.sub_event_type == guess for c in cues):
        return None
    return next((c for c in cues if c.model_may_say is not None and guess not in c.model_may_say), None)


def harmed_by(cues: list[events.EventCue], main: events.EventCue) -> events.EventCue | None:
    """The cue of the act whose harm the toll cue `main` tells ("bombardment
    has killed 44 civilians including nine children": the shelling), or None
    (event_triggers.json `harm_of`)."""
    acts = events.HARM_OF.get(main.sub_event_type, frozenset())
    return next((c for c in cues if c is not main and c.event_type in acts), None)


def bare_toll(cues: list[events.EventCue]) -> bool:
    """Whether every cue of a sentence is a toll of harm ("34 were killed, six
    of them children"): it names no act of its own."""
    return all(c.sub_event_type in events.TOLD_BESIDE for c in cues)


def tolls_take_the_act_beside(doc: Doc, bare: list[int], sents: list[Span]) -> None:
    """A toll sentence naming no act and no doer, typed one-sided violence,
    takes the type of the act told in the sentence before it (else after it):
    "rebel rockets hit the district overnight. The monitor said 27 were
    killed, five of them children" tells one shelling (event_triggers.json
    `told_beside`). Its restatement is then linked as any other."""
    starts = [s.start_char for s in sents]
    claims = doc._.claims
    for i in bare:
        claim = claims[i]
        at = bisect_right(starts, claim.span[0]) - 1
        beside = [
            c
            for n in (at - 1, at + 1)
            if 0 <= n < len(sents)
            for c in claims
            if isinstance(c, EventClaim)
            and sents[n].start_char <= c.span[0] < sents[n].end_char
            and c.event_type in events.TOLD_BESIDE.get(claim.sub_event_type, frozenset())
        ]
        if beside:
            act = beside[0]
            claims[i] = claim.model_copy(
                update={
                    "event_type": act.event_type,
                    "sub_event_type": act.sub_event_type,
                    "confidence": None,
                }
            )


def unfounded(
    cues: list[events.EventCue], dropped: frozenset[str], event_type: str, sub_event_type: str
) -> bool:
    """The model's non-violent type is one whose every cue in the sentence was
    found to tell no event ("follows the collapse of a ceasefire": no
    agreement), and another cue names a violent act, which then types the
    sentence. A violent type the model reads from the rest of the sentence
    (a capture, shelling told as a habit) stands."""
    return (
        event_type == "Strategic developments"
        and sub_event_type in dropped
        and not any(c.sub_event_type == sub_event_type for c in cues)
        and any(c.event_type != "Strategic developments" for c in cues)
    )


def decisive_cue(sent: Span, cue: events.EventCue) -> bool:
    """A cue naming its sub-event outright that tells the sentence's event:
    not a weapon found or made ("a chemical weapons factory"), not a place
    or occasion named by an earlier attack ("the site of a chemical
    attack"), not part of a name."""
    if cue.sub_event_type not in events.DECISIVE:
        return False
    start = sent.start_char + cue.start
    return not disrupted_cue(sent, cue, cue.event_type) and not frames.told_as_reference(sent.doc, start)


# ACLED's two territorial sub-event types, by whether the side that advanced is
# the state's own forces (inter 1) or their affiliates (the dictionary's side
# "government": Hezbollah beside the Syrian army): a government "regains"; a
# non-state actor, or a foreign state's forces, "overtakes" (ACLED codebook).
TERRITORIAL = {True: "Government regains territory", False: "Non-state actor overtakes territory"}


def government_side(actor: Actor) -> bool:
    """Whether a dictionary actor fights on a government's side: state forces
    (ACLED inter 1) or those the dictionary puts on the government's side."""
    return actor.inter == 1 or actor.side == "government"


def advancing_actor(sent: Span, char: int, actors: list[ActorMention]) -> ActorMention | None:
    """The armed actor that advanced in a territorial event told at `char`: the
    subject of its verb (of the verb its noun hangs on: "said it had begun a
    new offensive"), the agent of a passive ("was seized by the Arakan Army"),
    or, for a pronoun subject, the actor subject of the nearest clause above it
    ("the faction said it had begun"; "opposition forces killed a pilot they
    captured"). Backers named in the subject ("backed by Russian jets") are not
    it. None when the text names nobody armed there."""
    token = next((t for t in sent if t.idx <= char < t.idx + len(t.text)), None)
    if token is None:
        return None
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    armed = _armed_in(sent, subject_actors(sent, verb.idx, actors))
    if armed:
        return armed[0]
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    spans = [agent] if agent is not None else []
    if not spans and control.pronoun_subject(verb) is not None:
        # "... was severed by Syrian forces when they seized a hilltop": the
        # agent of a passive above stands for "they" as a subject does.
        spans = [
            c
            for node in verb.ancestors
            for c in node.children
            if (c.dep_ == "nsubj" and c.pos_ != "PRON") or c.dep_ == "agent"
        ]
    for span in spans:
        a, b = span.left_edge.idx, span.right_edge.idx + len(span.right_edge.text)
        found = _armed_in(sent, [m for m in actors if a <= m.start and m.end <= b])
        if found:
            return found[0]
    return _possessor(sent, verb, actors)


def _possessor(sent: Span, verb: Token, actors: list[ActorMention]) -> ActorMention | None:
    """ "the regime's advance, where its forces captured several hilltops": a
    subject owned by a pronoun ("its forces", "their fighters") is the force of
    the armed actor named last before it in the sentence."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
        return None
    before = _armed_in(sent, [m for m in actors if m.end <= subject.idx])
    return before[-1] if before else None


def _armed_in(sent: Span, mentions: list[ActorMention]) -> list[ActorMention]:
    """The armed mentions, backers named beside the subject left out."""
    return [m for m in mentions if m.actor.inter not in UNARMED and not backer_named(sent.doc, m)]


def real_cues(
    doc: Doc, sent: Span, sent_text: str, found: Iterable[events.EventCue], furniture: int
) -> list[events.EventCue]:
    """The cues of a sentence that tell a happening of the report, the first
    of each type. Every match is read, so a cue that tells no event leaves
    its type to a later one that does ("can keep up shelling for weeks, and
    shelling hit the depot on Monday")."""
    dated = event_scope.dated(sent)
    return events.one_per_type([
        _as_caught(doc, sent, _as_found(c) if _found_weapons(doc, sent, c) else _as_read(doc, sent, c))
        for c in found
        if c.start < furniture
        and not event_scope.names_a_kind(sent, c)
        and not control.told_as_history(sent_text[: c.start])
        # a habit, or a sequel to what was told, is no new event; history neither
        and not heads.not_the_news(doc, sent.start_char + c.start)
        # "insurgents keep ambushing convoys", "has repeatedly attacked": a pattern, no day's act
        and not event_scope.generic_statement(doc, sent.start_char + c.start, dated)
        and not _history(sent, sent.start_char + c.start)
        # told again from the past: "since militants launched attacks", "after the bombing" of 2013
        and not retold.retold_at(doc, sent.start_char + c.start)
        # "began air strikes last September", "in the past": long before
        and not frames.told_long_before(doc, sent.start_char + c.start, doc._.published)
        # a metaphor, a pledge, a talk of a truce, a cause told as background
        and frames.not_an_event(doc, sent.start_char + c.start, c.sub_event_type) in _STILL_AN_EVENT
        # "the chemical weapons watchdog", "investigators concluded sarin was used": no new act
        and not inquiry.told_by_an_inquiry(doc, sent.start_char + c.start, c.sub_event_type)
        # "wanted for a convoy ambush": a past act alleged, unless its day is told
        and not (charges.charged_at(doc, sent.start_char + c.start) and not _has_a_day(sent))
        # "a road accident involving a convoy killed four": no act of the war
        and not _an_accident(sent, c)
        # "were detained in hospital": kept for treatment, no arrest
        and not (c.sub_event_type == "Arrests" and taken.kept_in_care(doc, sent.start_char + c.start))
        # "no arrest was made", "no clashes were reported": told as not done
        and not _told_as_not_done(sent, c)
    ])  # fmt: skip


@dataclass(frozen=True)
class _RaidWords:
    nouns: frozenset[str]
    air: frozenset[str]
    air_after: frozenset[str]
    ground: frozenset[str]


@lru_cache(maxsize=1)
def _raid_words() -> _RaidWords:
    data = pattern_data("events.json")["raid_context"]
    return _RaidWords(
        frozenset(data["raid_nouns"]),
        frozenset(data["air_lemmas"]),
        frozenset(data["air_after"]),
        frozenset(data["ground_lemmas"]),
    )


AIR_STRIKE = ("Explosions/Remote violence", "Air/drone strike")


def _raid_act(raid: Token) -> bool:
    """Whether the raid noun tells the act ("raids killed", "killed in raids",
    "hit by raids", "carried out raids"), not an "air raid" told already nor
    "their raid" (a force's own) or "during the raids" (a time)."""
    if raid.i > 0 and raid.doc[raid.i - 1].lower_ == "air":
        return False
    if any(c.dep_ == "poss" for c in raid.children):
        return False
    if raid.dep_ == "pobj":
        return raid.head.lower_ in ("in", "by")
    return raid.dep_ in ("nsubj", "nsubjpass", "dobj")


def _names_aircraft(doc: Doc) -> bool:
    """Whether the report names aircraft or strikes from the air."""
    words = _raid_words()
    return any(
        t.lemma_.lower() in words.air
        or t.lower_ in words.air
        or (t.lower_ == "air" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in words.air_after)
        for t in doc
    )


def air_raid_cue(doc: Doc, sent: Span, cues: list[events.EventCue]) -> events.EventCue | None:
    """An Air/drone strike cue for a raid told by its noun alone ("raids
    killed 16 civilians", "the raids hit Hass") in a report that names
    aircraft, where the sentence names no force on the ground and no air
    cue of its own (events.json `raid_context`); None otherwise."""
    if any(c.sub_event_type == AIR_STRIKE[1] for c in cues):
        return None
    words = _raid_words()
    raid = next((t for t in sent if t.pos_ == "NOUN" and t.lower_ in words.nouns and _raid_act(t)), None)
    if raid is None:
        return None
    if any(t.lemma_.lower() in words.ground or t.lower_ in words.ground for t in sent):
        return None
    if not _names_aircraft(doc):
        return None
    start = raid.idx - sent.start_char
    return events.EventCue(*AIR_STRIKE, start, start + len(raid.text), raid.text, frozenset({AIR_STRIKE[1]}))


def told_by_its_years(doc: Doc, sent: Span, cue: events.EventCue) -> bool:
    """Whether the cue is the war told by its years ("endured years of siege
    and shelling": frames.not_an_event's `years` reading)."""
    return frames.not_an_event(doc, sent.start_char + cue.start, cue.sub_event_type) == "years"


def _an_accident(sent: Span, cue: events.EventCue) -> bool:
    """A cue of harm, a verb, that tells an accident (heads.an_accident_act);
    an act's noun ("an ambush") names an act of its own."""
    token = event_scope.cue_token(sent, cue)
    return token is not None and token.pos_ == "VERB" and heads.an_accident_act(token)


def _told_as_not_done(sent: Span, cue: events.EventCue) -> bool:
    """An act told as not done, unless it is a speaker's denial ("the
    ministry said its planes had not struck Idlib"): that is a claim, kept
    with stance "denied" (`event_voice`)."""
    token = event_scope.cue_token(sent, cue)
    if token is None or not negation.told_as_not_done(token):
        return False
    return not (negation.denied_act(token) and _told_by_a_speaker(sent, sent.start_char + cue.start))


def _told_by_a_speaker(sent: Span, char: int) -> bool:
    context: attribution.ClaimantContext | None = sent.doc._.claimants
    outlet = context.outlet if context is not None else None
    return claimant_at(sent, char) not in (None, outlet)


# What frames.not_an_event may say of a cue that still tells an event of
# another type: weapons seized (a find), people captured (an arrest), a
# place aimed at (the fight for it).
_STILL_AN_EVENT = (None, "weapon", "people", "aim")


def _has_a_day(sent: Span) -> bool:
    """Whether the sentence names a day of its own ("Sunday's car bomb")."""
    return any(m.precision == 1 and not m.year_only for m in dates_in(sent))


def _found_weapons(doc: Doc, sent: Span, cue: events.EventCue) -> bool:
    return (
        cue.sub_event_type in TERRITORIAL.values()
        and frames.not_an_event(doc, sent.start_char + cue.start, cue.sub_event_type) == "weapon"
    )


def _as_taking(doc: Doc, sent: Span, cue: events.EventCue) -> events.EventCue:
    """ "Police captured two suspects", "the facilitator was captured at his
    compound": a capture word taking people is an arrest (by a doer other
    than the state's forces, a clash or an abduction), not ground taken."""
    start = sent.start_char + cue.start
    if cue.sub_event_type not in TERRITORIAL.values():
        return cue
    if frames.not_an_event(doc, start, cue.sub_event_type) != "people":
        return cue
    # taken by others: fighters seized in a fight (ACLED's armed clash), or,
    # as the sub-event model reads it, civilians abducted
    kind = ARRESTS if frames.captured_by_the_state(doc, start) else CLASH
    # the sub-event model may still tell the taking of people apart, never make it ground taken
    return replace(cue, event_type=kind[0], sub_event_type=kind[1], model_may_say=_TAKING_PEOPLE)


def _as_read(doc: Doc, sent: Span, cue: events.EventCue) -> events.EventCue:
    """A capture word as what it took: people (an arrest) or an aim (a fight);
    a crowd's word as the people harmed."""
    return _as_drawn_protest(
        doc, sent, _as_harmed_crowd(doc, sent, _as_fight(doc, sent, _as_taking(doc, sent, cue)))
    )


def drawn_protest(doc: Doc, sent: Span, cue: events.EventCue) -> bool:
    """Whether a protest cue is a protest an act drew ("the killing drew
    protests"): person_frames.drawn_protest."""
    if cue.event_type != "Protests":
        return False
    token = frames.cue_token(doc, sent.start_char + cue.start)
    return token is not None and person_frames.drawn_protest(token)


def _as_drawn_protest(doc: Doc, sent: Span, cue: events.EventCue) -> events.EventCue:
    """ "Police shot a youth, which drew protests": a protest, no force used on
    protesters, whatever the act beside it makes the sub-event model read."""
    if not drawn_protest(doc, sent, cue):
        return cue
    kind = person_frames.drawn_protest_words().sub_event_type
    return replace(cue, sub_event_type=kind, model_may_say=frozenset())


def _as_harmed_crowd(doc: Doc, sent: Span, cue: events.EventCue) -> events.EventCue:
    """ "after the killing of five more protesters": force used on a crowd,
    no peaceful protest (events.json `harmed_crowd`)."""
    if cue.sub_event_type not in CROWD_TYPES:
        return cue
    token = frames.cue_token(doc, sent.start_char + cue.start)
    if token is None or not person_frames.harmed_crowd(token):
        return cue
    words = person_frames.harmed_crowd_words()
    kind = (words.event_type, words.sub_event_type)
    return replace(cue, event_type=kind[0], sub_event_type=kind[1], model_may_say=words.model_may_say)


def _as_fight(doc: Doc, sent: Span, cue: events.EventCue) -> events.EventCue:
    """ "Rebels launched an offensive to capture the district": a capture word
    told as a push's aim is the fight for the place (ACLED's Battles / Armed
    clash), never ground taken; the sub-event model may not make it one."""
    if cue.sub_event_type not in TERRITORIAL.values():
        return cue
    if frames.not_an_event(doc, sent.start_char + cue.start, cue.sub_event_type) != "aim":
        return cue
    return replace(cue, event_type=CLASH[0], sub_event_type=CLASH[1], model_may_say=frozenset())


def _as_caught(doc: Doc, sent: Span, cue: events.EventCue) -> events.EventCue:
    """ "Troops killed three insurgents as they laid a roadside bomb": the
    bomb did not go off; the event is the fight with its planters."""
    if cue.sub_event_type != IED:
        return cue
    token = frames.cue_token(doc, sent.start_char + cue.start)
    if token is None or not person_frames.caught_planting(token):
        return cue
    return replace(cue, event_type=CLASH[0], sub_event_type=CLASH[1], model_may_say=frozenset())


def _as_found(cue: events.EventCue) -> events.EventCue:
    """ "Weapons and ammunition were seized": a capture word taking weapons
    tells a find, ACLED's Disrupted weapons use."""
    return replace(cue, event_type=DISRUPTED[0], sub_event_type=DISRUPTED[1])


def background_sentences(doc: Doc, sentences: list[tuple[Span, str]]) -> set[int]:
    """The starts of the sentences that tell background: every toll in them
    is historical ("more than 300,000 people have been killed since the
    conflict began in March 2011 with anti-government protests", "hundreds
    died in a sarin attack in August 2013"). Their protests, fighting and
    attacks are the war's story, no event of the report's time."""
    starts = [s.start_char for s, _ in sentences]
    scopes: dict[int, set[str]] = {}
    for claim in doc._.claims:
        if isinstance(claim, CasualtyClaim):
            start = starts[bisect_right(starts, claim.span[0]) - 1]
            scopes.setdefault(start, set()).add(claim.scope)
    published: date | None = doc._.published
    by_start = {s.start_char: s for s, _ in sentences}
    return {
        start
        for start, told in scopes.items()
        if told == {"historical"} and not _this_years_day(by_start[start], published)
    }


def _this_years_day(sent: Span, published: date | None) -> bool:
    """Whether the sentence dates itself to a day of the report's year ("on
    March 3" in an August report): its toll is background to the report's
    news (gold/fakes/README.md), but its attack is an event of that day."""
    when = date_ref(sent)
    return (
        published is not None
        and when is not None
        and when.precision == 1
        and when.start.year == published.year
    )


def _history(sent: Span, start: int) -> bool:
    """Whether an event cue is told of a past year other than the one its
    sentence is dated to ("since the 2013 chemical attack", "the massacre in
    2012", "since the army retook it in 2015" in a 2019 report's news of
    Friday): history, no event of the report's time, as a control change
    told in a past year is none. "In 1998 militants shelled ..." stays: the
    sentence is of that year."""
    published: date | None = sent.doc._.published
    year = heads.cue_past_year(sent.doc, start, published)
    cue = sent.doc.char_span(start, start + 1, alignment_mode="expand")
    if year is None and cue is not None and published is not None:
        # "thousands died in the firebombing of Tokyo", "fought during World
        # War Two", "the 1982 massacre killed": the cue's clause names a past era or year
        year = past_eras.clause_past(cue[0], published)
        if year is None:
            # "The battle for the city was a turning point." next to "The
            # battle lasted five months, ending in February 1943"
            return past_eras.told_by_neighbour(cue[0], published)
    if year is None:
        return False
    when = date_ref(sent)
    return when is None or when.start.year != year


def named_by_hearsay(doc: Doc, parties: list[ActorMention]) -> list[ActorMention]:
    """The parties without the unnamed attackers a named group stands for by
    hearsay ("gunmen believed to be Al Shabaab fighters": the group is the
    doer; events.json `hedged_identity`)."""
    data = pattern_data("events.json")["hedged_identity"]
    verbs, reach = frozenset(data["verbs"]), int(data["reach"])
    named = [
        m
        for m in parties
        if m.actor.inter not in UNARMED and not str(m.actor.name).startswith("Unidentified")
    ]
    kept: list[ActorMention] = []
    for m in parties:
        if str(m.actor.name).startswith("Unidentified") and named:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            after = doc[span.end : span.end + 3 + reach] if span is not None else None
            if (
                after is not None
                and len(after) >= 3
                and after[0].lemma_.lower() in verbs
                and after[1].lower_ == "to"
                and after[2].lower_ == "be"
                and any(after[3].idx <= n.start < after[-1].idx + len(after[-1].text) for n in named)
            ):
                continue
        kept.append(m)
    return kept


def blamed_after(doc: Doc, first: int) -> None:
    """ "A bomb blast killed six in Quetta. Police blamed the attack on the
    Pakistani Taliban": the group blamed in a later sentence, for an act
    told again with the definite article ("the attack", "the blast", "blamed
    X for the bombing"), is the doer of the nearest event told before that
    names no armed doer of its own (ACLED codes the suspected group the
    source names; events.json `roles.blame_verbs`)."""
    blame = frames.frame_cues().blame_verbs
    events_at = [j for j in range(first, len(doc._.claims)) if isinstance(doc._.claims[j], EventClaim)]
    if not events_at:
        return
    actors = [m for m in doc._.actors or [] if m.actor.inter not in UNARMED]
    for verb in doc:
        if verb.lemma_.lower() not in blame or verb.pos_ != "VERB" or verb.lemma_.lower() == "suspect":
            continue
        act, blamed = _blamed_pair(verb)
        if act is None or blamed is None:
            continue
        if not any(
            d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "that", "its") for d in act.children
        ):
            continue  # "blamed militants for attacks": no act told before
        left, right = blamed.left_edge.idx, blamed.right_edge.idx + len(blamed.right_edge.text)
        named = [str(m.actor.name) for m in actors if left <= m.start < right]
        if not named:
            continue
        sentence_start = verb.sent.start_char
        before = [j for j in events_at if doc._.claims[j].span[0] < sentence_start]
        if not before:
            continue
        j = before[-1]
        claim = doc._.claims[j]
        armed = {str(m.actor.name) for m in actors}
        if any(a in armed and not a.startswith("Unidentified") for a in claim.actors):
            continue
        doc._.claims[j] = claim.model_copy(update={"actors": list(dict.fromkeys([named[0], *claim.actors]))})


def _blamed_pair(verb: Token) -> tuple[Token | None, Token | None]:
    """(the act, the one blamed) of "blamed the attack on X", "blamed X for
    the attack", "the attack was blamed on X"."""
    act = blamed = None
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            act = c
        if c.dep_ == "prep" and c.lower_ in ("on", "for"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if c.lower_ == "on":
                blamed = obj
            else:
                act, blamed = obj, act
    if act is None or act.lemma_.lower() not in _ACT_NOUNS:
        return None, None
    if blamed is None:
        # the parser may hang "on X" on the act: "blamed [the attack on X]"
        on = next((c for c in act.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        blamed = next((o for o in on.children if o.dep_ == "pobj"), None) if on is not None else None
    return act, blamed


_ACT_NOUNS = frozenset(pattern_data("events.json")["acted_on"]["nouns"])


def link_event_restatements(doc: Doc, first: int) -> None:
    """An event claim telling again one told earlier in the report (headline,
    lead, caption) becomes `part_of` its first telling: in another sentence,
    whose sentences name no place or a place in common, on the same day or
    one undated, by the same source or in the report's own voice, with no
    word saying it is another ("a second blast", "another air strike"); and
    of the same type, or told as the one already told with a word of no
    type of its own ("killed in the attack": it takes that one's type), or the lead retelling its headline
    (the same event type: the two sentences' words make the model guess two
    sub-event types for one happening). Two attacks in two towns, or on two
    days, stay two."""
    if len(doc._.claims) - first < 2:
        return
    indices = list(range(first, len(doc._.claims)))
    claims: list[EventClaim] = [doc._.claims[j] for j in indices]
    sentences = doc_sentences(doc)
    starts = [s.start_char for s, _ in sentences]
    sentence_of = [bisect_right(starts, c.span[0]) for c in claims]
    places = places_named(doc, sentences, sentence_of, claims)
    voice = doc._.claimants.outlet if doc._.claimants is not None else None
    retelling = _retelling_words()
    text = doc_text(doc)
    friends = event_scope.friends_of(m.actor for m in doc._.actors or [])

    def told_by(claim: EventClaim) -> str | None:
        return None if claim.claimant == voice else claim.claimant

    countries = lower_country_names()
    # a group's name the parser took for a place ("IS town"): no place told
    groups = {text[m.start : m.end].lower() for m in doc._.actors or []}

    def within(i: int, j: int) -> bool:
        # "barrel bombs kill 11 in Syria" (the headline) and "helicopters
        # dropped them on Al-Bab": the headline or lead naming only the
        # country (not "northwestern Syria") holds the town of that country
        # the opening paragraph names; deeper in a report, a country-wide
        # line is a summary or a timeline's, and a town a word misread as one
        # ("Sarin is a nerve agent")
        a, b = claims[i].place, claims[j].place
        return (
            sentence_of[i] <= _SUMMARY_SENTENCES
            and sentence_of[j] <= _OPENING_SENTENCES
            and a is not None
            and b is not None
            and a.feature == "country"
            and b.feature != "country"
            and places[i] - groups <= countries
            and a.country == b.country
        )

    def one_attackers_country(i: int, j: int) -> bool:
        # "Turkish shelling and air strikes killed 20 in Syria" and the
        # monitor's "killed by Turkish artillery fire ... at <village>": one
        # side's remote attack told first for its country, then for its town
        a, b = claims[i], claims[j]
        return (
            a.place is not None
            and b.place is not None
            and "country" in (a.place.feature, b.place.feature)
            and a.place.country == b.place.country
            and a.event_type == b.event_type == REMOTE
            and event_scope.same_attacker(_sides(a), _sides(b))
        )

    def same(i: int, j: int, back: bool) -> bool:
        # "the attack" retold by another source, in a sentence whose only
        # place-like name is that source ("the Syrian Observatory said"), is
        # the same attack: its own place and day still decide
        a, b = claims[i], claims[j]
        loose = back and b.place is None
        return (
            sentence_of[i] != sentence_of[j]
            and (
                loose
                or not places[i]
                or not places[j]
                or bool(places[i] & places[j])
                or within(i, j)
                or one_attackers_country(i, j)
            )
            and (a.date is None or b.date is None or a.date.start == b.date.start)
            and (
                back
                or sentence_of[i] <= _OPENING_SENTENCES
                or not _other_day(
                    doc, sentences[sentence_of[i] - 1][0], sentences[sentence_of[j] - 1][0], a, b
                )
            )
            # "In May more than 60 were killed by barrel bombs on the town":
            # a month over before the report's is another happening than the
            # report's undated news of the same town
            and _month_past(a, doc._.published) == _month_past(b, doc._.published)
            # one source's attack told again by another names the same attacker
            and (
                back
                or told_by(a) is None
                or told_by(b) is None
                or told_by(a) == told_by(b)
                or event_scope.same_attacker(_sides(a), _sides(b))
            )
            # two attackers, two attacks; "claimed the attack" may name the one left unnamed
            and (back or not event_scope.other_attackers(_sides(a), _sides(b), friends))
        )

    def kin(i: int, j: int, back: bool) -> bool:
        a, b = claims[i], claims[j]
        if (a.event_type, a.sub_event_type) == (b.event_type, b.sub_event_type):
            return True
        # the lead (the sentence after the headline) retelling the headline;
        # a type named outright (a suicide bomb, a chemical weapon) is its own act
        headline_lead = (
            sentence_of[i] == 1
            and sentence_of[j] == 2
            and a.event_type == b.event_type
            and not {a.sub_event_type, b.sub_event_type} & events.DECISIVE
        )
        # One side's shelling and air strikes told as one bombardment: the
        # model types each telling by its own words ("shelling" in the
        # headline, "air strikes" in the lead); the same named attacker's
        # remote violence on the same day (`same`), told for the country and
        # for a town of it, is one happening. Without a place on one side it
        # may be another strike of the same post ("artillery hit the launch
        # sites; jets struck a base near Marwahin"): two.
        one_side = not {a.sub_event_type, b.sub_event_type} & events.DECISIVE and one_attackers_country(i, j)
        return (back and a.event_type in retelling.back_to) or headline_lead or one_side

    earlier: list[int] = []
    towns: dict[int, Any] = {}  # first telling -> the town a retelling names where it names the country
    for j, later in enumerate(claims):
        # "were killed in the attack": a definite act word with no place of its own
        before = text[max(0, later.span[0] - 8) : later.span[0]].lower().split()
        back = (
            bool(before)
            and before[-1] in retelling.back_words
            and text[later.span[0] : later.span[1]].lower() in retelling.back_nouns
        )
        # within its own sentence: "... in the attack. It was the second time ..." is no other attack.
        # Before "the attack" no such word can be the act's ("Seven others were
        # wounded in the attack": 'others' are people), so only what follows counts.
        own = sentences[sentence_of[j] - 1][0]
        window_start = later.span[0] if back else max(own.start_char, later.span[0] - 30)
        window = text[window_start : min(own.end_char, later.span[1] + 25)]
        words = window.lower().replace(",", " ").split()
        replied = not back and _answers(
            text[max(own.start_char, later.span[0] - 30) : later.span[0]], retelling
        )
        # "Hours later, troops killed four militants": a sequel, another event
        sequel = retold.sequel_marked(own)
        if replied or sequel or any(word in retelling.other_words for word in words):
            earlier.append(j)
            continue
        # the first telling; "the attack" is the nearest one before it
        order = reversed(earlier) if back else iter(earlier)
        match = next((i for i in order if kin(i, j, back) and same(i, j, back)), None)
        if match is None:
            earlier.append(j)
            continue
        # One incident, one day: a telling with none takes its twin's.
        update: dict[str, Any] = {"part_of": indices[match]}
        if back:
            told = claims[match]
            update.update(
                event_type=told.event_type, sub_event_type=told.sub_event_type, confidence=told.confidence
            )
        if later.date is None and claims[match].date is not None:
            update.update(date=claims[match].date, date_basis="context")
        doc._.claims[indices[j]] = later.model_copy(update=update)
        if within(match, j) and not places[match] & places[j]:
            towns.setdefault(indices[match], later.place)
        if claims[match].date is None and later.date is not None:
            claims[match] = claims[match].model_copy(update={"date": later.date, "date_basis": "context"})
            doc._.claims[indices[match]] = claims[match]
    _share_the_town(doc, indices, towns)


def _sides(claim: EventClaim) -> list[str]:
    """Both sides a telling names, doers and targets: two tellings naming the
    same struck police station's police tell one attack as surely as two
    naming its bombers."""
    return [*claim.actors, *claim.targets]


def _other_day(doc: Doc, sent: Span, later_sent: Span, first: EventClaim, later: EventClaim) -> bool:
    """Whether an undated telling deep in a report is of another day than a
    later one its own sentence dates. "Other shells on a third quarter
    wounded two." told after the day's attacks, then "On Tuesday seven were
    killed in shells on that quarter and others": the undated shelling, in
    no dated incident, is of the report's day (`incident_context.news_day`),
    not of the later Tuesday; nor is a strike told alone the week's "Since
    Thursday ..." toll. The headline and
    opening paragraph keep taking their retelling's day (an undated lead's
    day is the next sentence's); "the attack" retold (`back`) is no new
    telling and is not asked. Only a later sentence that opens with its day
    opens another item so: "It said the priest was kidnapped on Saturday"
    tells the kidnapping just told its day."""
    if first.date is not None or later.date is None or not _opens_with_its_day(later_sent):
        return False
    # each sentence's incident is read once a report, and only when an undated telling asks
    day = incident_context.news_day(doc, incident_context.incidents(doc), sent)
    return day is not None and (day.start, day.end) != (later.date.start, later.date.end)


_DAY_OPENER_WORDS = 2  # "On Tuesday", "Since Thursday", "Earlier on Sunday"


def _opens_with_its_day(sent: Span) -> bool:
    """Whether a sentence opens with a day ("On Tuesday seven civilians were
    killed ...", "Since Thursday the raids have killed ..."): a paragraph of
    another day's news, not a telling of the item before it."""
    mentions = dates_in(sent)
    if not mentions:
        return False
    before = doc_text(sent.doc)[sent.start_char : mentions[0].span[0]].split()
    return len(before) <= _DAY_OPENER_WORDS


# The headline and the lead: the sentences that sum a report up; and the
# opening paragraph after them, where the town of the lead's incident is named.
_SUMMARY_SENTENCES = 2
_OPENING_SENTENCES = 4


def _share_the_town(doc: Doc, indices: list[int], town: dict[int, Any]) -> None:
    """One incident, one place: tellings of an event that name only its
    country ("barrel bombs kill 11 in Syria", the headline, and the lead's
    "a town in northern Syria") take the town of the retelling that was
    linked to the headline by it ("dropped them on Al-Bab"), as a reader does."""
    root_of: dict[int, int] = {}
    for k in indices:
        claim = doc._.claims[k]
        root_of[k] = claim.part_of if claim.part_of is not None else k
    for k, root in root_of.items():
        claim, finer = doc._.claims[k], town.get(root)
        if (
            finer is not None
            and claim.place is not None
            and claim.place.feature == "country"
            and claim.place.country == finer.country
        ):
            doc._.claims[k] = claim.model_copy(update={"place": finer})


def casualties_share_the_town(doc: Doc, first_event: int) -> None:
    """A casualty claim placed only at its country ("23 civilians were killed
    in air strikes on a town in eastern Syria") whose sentence's event claims
    were given one town of that country (`_share_the_town`: the report names
    the town later, "the strikes on Al-Mayadin") is at that town: the dead
    and the strike that killed them are one incident. Several towns among the
    sentence's events leave the country."""
    claims = doc._.claims
    sentences = doc_sentences(doc)
    starts = [s.start_char for s, _ in sentences]
    towns: dict[int, dict[tuple[str, float | None, float | None], Any]] = {}
    for claim in claims[first_event:]:
        if isinstance(claim, EventClaim) and claim.place is not None and claim.place.feature != "country":
            where = (claim.place.name, claim.place.lat, claim.place.lon)
            towns.setdefault(bisect_right(starts, claim.span[0]), {})[where] = claim.place
    for k, claim in enumerate(claims[:first_event]):
        if not isinstance(claim, CasualtyClaim) or claim.place is None or claim.place.feature != "country":
            continue
        found = list(towns.get(bisect_right(starts, claim.span[0]), {}).values())
        if len(found) == 1 and (town := found[0]).country == claim.place.country:
            claims[k] = claim.model_copy(update={"place": town})


def _month_past(claim: EventClaim, published: date | None) -> bool:
    """Whether a claim is dated to a month alone ("in May", "last month")
    that ended before the report's month began: a past happening."""
    when = claim.date
    return (
        published is not None
        and when is not None
        and when.precision == 3
        and when.end < published.replace(day=1)
    )


def _answers(before: str, retelling: _Retelling) -> bool:
    """ "In response, artillery struck": the act after a reply word answers
    the one before it, another act; "responded to a rebel offensive", "in
    retaliation for the shelling" name the act answered, which is retold."""
    words = before.lower().replace(",", " ").split()
    last = max((i for i, w in enumerate(words) if w in retelling.reply_words), default=None)
    return last is not None and not any(w in ("to", "for") for w in words[last + 1 :])


@dataclass(frozen=True)
class _Retelling:
    other_words: frozenset[str]  # "a second blast", "another air strike": another event
    reply_words: frozenset[str]  # "In response, artillery struck": an answer, another event
    back_words: frozenset[str]  # "the attack", "this ambush": the one told before
    back_nouns: frozenset[str]  # the act words that name no type of their own ("the attack")
    back_to: frozenset[str]  # the event types such a word retells (no protest, no agreement)


@lru_cache(maxsize=1)
def _retelling_words() -> _Retelling:
    data = pattern_data("events.json")["retelling"]
    return _Retelling(
        taken.taken_cues().other_words,
        frozenset(data["reply_words"]["words"]),
        frozenset(data["back_words"]),
        frozenset(data["back_nouns"]),
        frozenset(data["back_to_event_types"]),
    )


DISRUPTED = ("Strategic developments", "Disrupted weapons use")
IED = "Remote explosive/landmine/IED"
REMOTE = "Explosions/Remote violence"
ARRESTS = ("Strategic developments", "Arrests")
CLASH = ("Battles", "Armed clash")
_TAKING_PEOPLE = frozenset({ARRESTS[1], "Abduction/forced disappearance", CLASH[1], "Attack"})


def disrupted_cue(sent: Span, cue: events.EventCue, event_type: str) -> bool:
    """A device or shell found, seized or defused ("the IED was not hooked up",
    "seized two IEDs"): ACLED's Disrupted weapons use, not an explosion."""
    if event_type != "Explosions/Remote violence" and cue.event_type != "Explosions/Remote violence":
        return False
    start = sent.start_char + cue.start
    return heads.disrupted_weapon(sent.doc, start, start + len(cue.trigger))
