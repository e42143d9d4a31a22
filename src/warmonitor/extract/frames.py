"""Whether an event cue is a happening of the report, and who is party to it,
read off the dependency parse.

The trigger lexicon (extract/events.py) finds words; these checks read the
words around them in the parse: "a demonstration of the fragile state of the
zones" is no protest, "pledged to keep fighting" no clash, "denounced the
ceasefire talks" no agreement, "asylum due to ethnic clashes in his native
country" no riot of the report's time. And in "a source at the police
command told SANA that rebels shelled government-held districts", neither
the police (a claimant) nor the government (the districts' holder) attacked.
The cue words are data (warmonitor/data/patterns/events.json,
`not_an_event` and `roles`), loaded once.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc, Span, Token

from warmonitor.extract import person_frames, records
from warmonitor.extract.actors import ActorMention
from warmonitor.extract.cue_data import pattern_data
from warmonitor.extract.events import EventCue
from warmonitor.extract.mentions import span_ents
from warmonitor.extract.numbers import words_to_int

_NOUNS = ("NOUN", "PROPN", "PRON", "NUM")


@dataclass(frozen=True)
class FrameCues:
    show_nouns: frozenset[str]
    show_verbs: frozenset[str]
    muster_verbs: frozenset[str]
    protest_verbs: frozenset[str]
    fight_words: frozenset[str]
    figurative_objects: frozenset[str]
    intent_verbs: frozenset[str]
    intent_object_verbs: frozenset[str]
    continuing_verbs: frozenset[str]
    intent_nouns: frozenset[str]
    for_verbs: frozenset[str]
    call_verbs: frozenset[str]
    ban_nouns: frozenset[str]
    defied_words: frozenset[str]
    pending_modifiers: frozenset[str]
    absent_preps: frozenset[str]
    equip_verbs: frozenset[str]
    supply_verbs: frozenset[str]
    area_nouns: frozenset[str]
    country_words: frozenset[str]
    equip_preps: frozenset[str]
    modals: frozenset[str]
    perfect: frozenset[str]
    unreached_nouns: frozenset[str]
    unreached_verbs: frozenset[str]
    frame_preps: frozenset[str]
    ended_verbs: frozenset[str]
    ended_particles: frozenset[str]
    ended_nouns: frozenset[str]
    ended_after_preps: frozenset[str]
    arrest_papers: frozenset[str]
    transfer_preps: frozenset[str]
    house_words: frozenset[str]
    cause_heads: frozenset[tuple[str, str]]
    flee_verbs: frozenset[str]
    harm_verbs: frozenset[str]
    holder_verbs: frozenset[str]
    held_place_nouns: frozenset[str]
    source_nouns: frozenset[str]
    blame_verbs: frozenset[str]
    speaker_verbs: frozenset[str]
    opposed_words: frozenset[str]  # "anti-TTP operations": the group fought, no party
    long_before: LongBefore
    group_nouns: frozenset[str]
    modifier_types: frozenset[str]
    subordinate_deps: frozenset[str]
    # word (lemma or form) -> (particles, words that may not follow them)
    phrasal: dict[str, tuple[frozenset[str], frozenset[str]]]
    thing_heads: frozenset[str]
    arena_words: frozenset[str]
    arena_modifiers: frozenset[str]
    arena_objects: frozenset[str]
    not_territory: frozenset[str]
    captured_people: frozenset[str]
    state_captors: frozenset[str]
    seized_weapons: frozenset[str]
    reference_nouns: frozenset[str]
    lull_nouns: frozenset[str]
    lull_preps: frozenset[str]
    lull_verbs: frozenset[str]
    scene_nouns: frozenset[str]
    scene_quantifiers: frozenset[str]
    concern_verbs: frozenset[str]
    comment_preps: frozenset[str]
    comment_words: frozenset[str]
    comment_of_words: frozenset[str]
    concern_objects: frozenset[str]
    explained_verbs: frozenset[str]
    aim_marker: str
    aim_deps: frozenset[str]
    achieved_heads: frozenset[str]
    aim_taking_verbs: frozenset[str]
    report_nouns: frozenset[str]
    report_of_preps: frozenset[str]
    reason_heads: frozenset[tuple[str, str]]
    receive_verbs: frozenset[str]


@dataclass(frozen=True)
class LongBefore:
    """events.json `not_an_event.long_before`: the words of a time told."""

    days: int
    last_words: frozenset[str]
    ago_words: frozenset[str]
    unit_days: dict[str, int]
    seasons: frozenset[str]
    past_nouns: frozenset[str]
    past_adverbs: frozenset[str]
    period_adjectives: frozenset[str]
    periods: frozenset[str]
    time_preps: frozenset[str]
    same_time_marks: frozenset[str]
    since_words: frozenset[str]
    war_preps: frozenset[str]
    war_nouns: frozenset[str]
    earlier_adjectives: frozenset[str]
    span_nouns: frozenset[str]
    span_preps: frozenset[str]
    span_for_preps: frozenset[str]  # "fighting for six years": a long time's act


@cache
def frame_cues() -> FrameCues:
    """The lists of events.json `not_an_event` and `roles`, read once."""
    data = pattern_data("events.json")
    fig, intent = data["not_an_event"]["figurative"], data["not_an_event"]["intent"]
    agreement, cause = data["not_an_event"]["unreached_agreement"], data["not_an_event"]["cause"]
    roles, meta = data["roles"], data["not_an_event"]["metaphor"]
    reason = data["not_an_event"]["reported_reason"]

    def words(items: Iterable[str]) -> frozenset[str]:
        return frozenset(items)

    return FrameCues(
        show_nouns=words(fig["show_nouns"]),
        show_verbs=words(fig["show_verbs"]),
        muster_verbs=words(fig["muster_verbs"]),
        protest_verbs=words(fig["protest_verbs"]),
        fight_words=words(fig["fight_words"]),
        figurative_objects=words(fig["objects"]),
        intent_verbs=words(intent["verbs"]),
        intent_object_verbs=words(intent["object_verbs"]),
        continuing_verbs=words(intent["continuing_verbs"]),
        intent_nouns=words(intent["nouns"]),
        for_verbs=words(intent["for_verbs"]),
        call_verbs=words(intent["call_verbs"]),
        ban_nouns=words(intent["ban_nouns"]),
        defied_words=words(intent["defied_words"]),
        pending_modifiers=words(intent["pending_modifiers"]),
        absent_preps=words(intent["absent_preps"]),
        equip_verbs=words(data["not_an_event"]["equipment"]["verbs"]),
        supply_verbs=words(data["not_an_event"]["supplied"]["verbs"]),
        area_nouns=words(data["not_an_event"]["country_wide"]["area_nouns"]),
        country_words=words(data["not_an_event"]["country_wide"]["country_words"]),
        equip_preps=words(data["not_an_event"]["equipment"]["preps"]),
        modals=words(data["not_an_event"]["modal"]["modals"]),
        perfect=words(data["not_an_event"]["modal"]["perfect"]),
        unreached_nouns=words(agreement["nouns"]),
        unreached_verbs=words(agreement["verbs"]),
        frame_preps=words(agreement["frame_preps"]),
        ended_verbs=words(agreement["ended"]["verbs"]),
        ended_particles=words(agreement["ended"]["not_with_particles"]),
        ended_nouns=words(agreement["ended"]["nouns"]),
        ended_after_preps=words(agreement["ended"]["after_preps"]),
        arrest_papers=words(data["not_an_event"]["arrest_papers"]["nouns"]),
        transfer_preps=words(data["not_an_event"]["arrest_papers"]["transfer_preps"]),
        house_words=words(data["not_an_event"]["arrest_papers"]["house_words"]),
        cause_heads=frozenset((a, b) for a, b in cause["cause_heads"]),
        report_nouns=words(reason["report_nouns"]),
        report_of_preps=words(reason["of_preps"]),
        reason_heads=frozenset((a, b) for a, b in reason["reason_heads"]),
        receive_verbs=words(reason["receive_verbs"]),
        flee_verbs=words(cause["flee_verbs"]),
        harm_verbs=words(cause["harm_verbs"]),
        holder_verbs=words(roles["holder_verbs"]["lemmas"]),
        held_place_nouns=words(roles["holder_verbs"]["place_nouns"]),
        source_nouns=words(roles["source_nouns"]["lemmas"]),
        blame_verbs=words(roles["blame_verbs"]["lemmas"]),
        speaker_verbs=words(roles["speaker_verbs"]["lemmas"]),
        opposed_words=words(roles["opposed"]["words"]),
        long_before=_long_before(data["not_an_event"]["long_before"]),
        group_nouns=words(data["not_an_event"]["description"]["group_nouns"]),
        modifier_types=words(data["not_an_event"]["description"]["modifier_types"]),
        subordinate_deps=words(data["not_an_event"]["description"]["subordinate_deps"]),
        phrasal={
            w: (words(entry["particles"]), words(entry["not_then"]))
            for entry in meta["phrasal"]
            for w in entry["words"]
        },
        thing_heads=words(meta["thing_heads"]),
        arena_words=words(meta["arena_words"]),
        arena_modifiers=words(meta["arena_modifiers"]),
        arena_objects=words(meta["arena_objects"]),
        not_territory=words(data["not_an_event"]["not_territory"]["things"]),
        seized_weapons=words(data["not_an_event"]["not_territory"]["weapons"]),
        captured_people=words(data["not_an_event"]["not_territory"]["people"]),
        state_captors=words(data["not_an_event"]["not_territory"]["state_captors"]),
        reference_nouns=words(data["not_an_event"]["reference"]["nouns"]),
        lull_nouns=words(data["not_an_event"]["lull"]["nouns"]),
        lull_preps=words(data["not_an_event"]["lull"]["preps"]),
        lull_verbs=words(data["not_an_event"]["lull"]["verbs"]),
        scene_nouns=words(data["not_an_event"]["scene_of_record"]["nouns"]),
        scene_quantifiers=words(data["not_an_event"]["scene_of_record"]["quantifiers"]),
        concern_verbs=words(data["not_an_event"]["concern"]["verbs"]),
        comment_preps=words(data["not_an_event"]["comment"]["preps"]),
        comment_words=words(data["not_an_event"]["comment"]["words"]),
        comment_of_words=words(data["not_an_event"]["comment"]["of_words"]),
        concern_objects=words(data["not_an_event"]["concern"]["objects"]),
        explained_verbs=words(data["not_an_event"]["concern"]["explained_verbs"]),
        aim_marker=str(data["not_an_event"]["aim"]["marker"]),
        aim_deps=words(data["not_an_event"]["aim"]["deps"]),
        achieved_heads=words(data["not_an_event"]["aim"]["achieved_heads"]),
        aim_taking_verbs=words(data["not_an_event"]["aim"]["taking_verbs"]),
    )


def _long_before(data: dict) -> LongBefore:  # type: ignore[type-arg]
    return LongBefore(
        days=int(data["days"]),
        last_words=frozenset(data["last_words"]),
        ago_words=frozenset(data["ago_words"]),
        unit_days={str(k): int(v) for k, v in data["unit_days"].items()},
        seasons=frozenset(data["seasons"]),
        past_nouns=frozenset(data["past_nouns"]),
        past_adverbs=frozenset(data["past_adverbs"]),
        period_adjectives=frozenset(data["period_adjectives"]),
        periods=frozenset(data["periods"]),
        time_preps=frozenset(data["time_preps"]),
        same_time_marks=frozenset(data["same_time_marks"]),
        since_words=frozenset(data["since_words"]),
        war_preps=frozenset(data["war_preps"]),
        war_nouns=frozenset(data["war_nouns"]),
        earlier_adjectives=frozenset(data["earlier_adjectives"]),
        span_nouns=frozenset(data["span_nouns"]),
        span_preps=frozenset(data["span_preps"]),
        span_for_preps=frozenset(data["span_for_preps"]),
    )


def _token(doc: Doc, start: int) -> Token | None:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def cue_token(doc: Doc, start: int) -> Token | None:
    """The token of the cue at character `start`."""
    return _token(doc, start)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def not_an_event(doc: Doc, start: int, sub_event_type: str) -> str | None:
    """Why the event cue at character `start` names no happening of the
    report ("description", "figurative", "thing", "weapon", "people", "intent", "absent",
    "equipment", "modal", "unreached", "reach", "supplied", "accusation", "cause", "reason", "lull",
    "concern", "aim", "paper", "record", "years", "scene", and
    person_frames' "biography", "possession", "kind", "movement"), or None."""
    cue = _token(doc, start)
    if cue is None:
        return None
    cues = frame_cues()
    if _describes(cue, sub_event_type, cues):
        return "description"
    if _metaphor(cue, cues):
        return "figurative"
    if sub_event_type in _TERRITORY:
        if _people_taken(cue, cues):
            return "people"  # "captured a facilitator and his associates": an arrest, no ground
        if _countries_reach(cue, cues):
            return "reach"  # "IS, which has seized large areas of Syria and Iraq"
        taken = _things_taken(cue, cues)
        if taken:
            # "seized weapons and ammunition": a find (ACLED's Disrupted weapons use)
            return (
                "weapon"
                if all(_lemma(o) in cues.seized_weapons or o.lower_ in cues.seized_weapons for o in taken)
                else "thing"
            )
    if sub_event_type == "Arrests" and _arrest_paper(cue, cues):
        return "paper"  # "arrest warrants were issued", "moved to house arrest": no one seized
    if person_frames.named_by_the_act(cue):
        return "biography"  # "the arrested leader coordinated attacks": the arrest told before
    while cue.dep_ in ("compound", "amod") and cue.head.pos_ in ("NOUN", "PROPN") and cue.head.i > cue.i:
        cue = cue.head  # "air strike", "ceasefire talks": the phrase's head noun
    if sub_event_type == "Agreement" and _unreached(cue, cues):
        return "unreached"
    told_of = person_frames.about_a_person(cue)
    if told_of is not None:
        return told_of  # "specialised in roadside bombs", "these are precision missiles"
    if records.told_as_a_record(cue):
        return "record"  # "a leader responsible for mortar attacks": his record, no event of the day
    if _figurative(cue, cues):
        return "figurative"
    if _intended(cue, cues):
        return "intent"
    if _told_by_its_years(cue):
        return "years"  # "after three years of fighting": the war's story, no event of the day
    if _scene_of_a_record(cue, cues):
        return "scene"  # "the scene of some of the fiercest fighting of the war": the place's past
    if sub_event_type in _TERRITORY and _aimed(cue, cues):
        return "aim"  # "launched an offensive to capture the town": a fight for it, no ground taken
    if cue.dep_ in ("pobj", "pcomp") and cue.head.lower_ in cues.absent_preps:
        return "absent"  # "no solution without fighting", "entered the town without a battle"
    if _in_a_lull(cue, cues):
        return "lull"  # "pauses in the fighting", "an end to the clashes": a stop asked or told
    if _raises_concern(cue, cues) or _explained(cue, cues):
        return "concern"  # "the fighting has raised fears for civilians": no act of its own
    if _commented_on(cue, cues):
        return "comment"  # "no immediate comment from Damascus on Thursday's bombardment"
    if (
        cue.dep_ == "pobj"
        and cue.head.lower_ in cues.equip_preps
        and _lemma(cue.head.head) in cues.equip_verbs
    ):
        return "equipment"  # "a cell armed with anti-tank missiles"
    if cue.pos_ in ("NOUN", "PROPN") and _supplied(cue, cues):
        return "supplied"  # "planned to transport an anti-aircraft missile"
    if _modal(cue, cues):
        return "modal"
    if _accused(cue, cues):
        return "accusation"
    if _a_cause(cue, cues):
        return "cause"
    if _reported_reason(cue, cues):
        return "reason"
    return None


@cache
def _years_nouns() -> frozenset[str]:
    return frozenset(pattern_data("events.json")["not_an_event"]["years_of"]["nouns"])


def _told_by_its_years(cue: Token) -> bool:
    """ "after three years of fighting", "endured years of siege and
    shelling": the act told by its length in years or months is the war's
    story (events.json `not_an_event.years_of`); "four days of clashes" may
    be the news."""
    node = cue
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "years of siege and shelling": the pair shares its role
        if _lemma(node) in _years_nouns() and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in node.children
        ):
            return True  # the parser joins "shelling" to "years" itself, not to "siege"
    head = node.head
    # "of fighting" is a pcomp to the parser, "of conflict" a pobj
    return node.dep_ in ("pobj", "pcomp") and head.lower_ == "of" and _lemma(head.head) in _years_nouns()


def _scene_of_a_record(cue: Token, cues: FrameCues) -> bool:
    """ "the scene of some of the heaviest fighting of the war": a fighting
    word with a superlative after "of" on a noun of place (through "some of",
    "one of") describes the place (events.json `scene_of_record`)."""
    if not any(c.dep_ == "amod" and c.tag_ == "JJS" for c in cue.children):
        return False
    node = cue
    for _ in range(2):
        if node.dep_ not in ("pobj", "pcomp") or node.head.lower_ != "of":
            return False
        node = node.head.head
        if _lemma(node) in cues.scene_nouns:
            return True
        if _lemma(node) not in cues.scene_quantifiers:
            return False
    return False


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _countries_reach(cue: Token, cues: FrameCues) -> bool:
    """A capture word whose object is an area noun ("large areas", "swathes
    of territory") of whole countries only: "of Syria and Iraq", "in both
    Iraq and Syria", "of the country"; events.json `country_wide`."""
    from warmonitor.extract.gazetteer import load_gazetteer

    objects = _taken_objects(cue)
    if not objects or not all(o.lower_ in cues.area_nouns for o in objects):
        return False
    gazetteer = load_gazetteer()
    # where: the object's own words, or the capture word's "in", "across" ("in both Iraq and Syria")
    where = [*objects, *(p for p in cue.children if p.dep_ == "prep" and p.lower_ in ("in", "across"))]
    named = [
        t
        for w in where
        for t in w.subtree
        if t.i != w.i and (t.pos_ == "PROPN" or t.lower_ in cues.country_words)
    ]
    return bool(named) and all(
        t.lower_ in cues.country_words or gazetteer.country_of_word(t.text) is not None for t in named
    )


def _supplied(cue: Token, cues: FrameCues) -> bool:
    """A weapon noun carried or handed over: the object of a verb of
    supplying (events.json `supplied`), or joined to that object ("an
    anti-aircraft missile, an anti-tank missile and a machine gun"), or under
    its "with" ("supplied the cell with rockets")."""
    node = cue
    while node.dep_ in ("conj", "appos") and node.head.i < node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "with":
        node = node.head
    verb = node.head
    return node.dep_ in ("dobj", "prep") and verb.pos_ == "VERB" and _lemma(verb) in cues.supply_verbs


def _in_a_lull(cue: Token, cues: FrameCues) -> bool:
    """A cue after a preposition of a noun of its stopping ("pauses in the
    fighting", "an end to the clashes"). The noun is the preposition's head,
    or the word just before it: the parse often hangs "in the fighting" on
    the verb ("called for pauses in the fighting")."""
    if _asked_to_stop(cue, cues):
        return True
    prep = cue.head
    if cue.dep_ != "pobj" or prep.lower_ not in cues.lull_preps:
        return False
    before = cue.doc[prep.i - 1] if prep.i > 0 else None
    return _lemma(prep.head) in cues.lull_nouns or (before is not None and _lemma(before) in cues.lull_nouns)


def _asked_to_stop(cue: Token, cues: FrameCues) -> bool:
    """A cue that is the object of an infinitive of stopping ("called on the
    army to halt air strikes and lift sieges", "urged them to stop shelling"):
    the stop is asked for; "troops stopped an attack" has no "to" and stays."""
    node = cue
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "to halt air strikes and shelling"
    verb = node.head
    if node.dep_ not in ("dobj", "xcomp") or _lemma(verb) not in cues.lull_verbs:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _commented_on(cue: Token, cues: FrameCues) -> bool:
    """A cue after "on"/"about" hanging on a word of comment: who spoke or
    kept silent about an event told elsewhere, no event of its own."""
    on = cue.head
    if cue.dep_ != "pobj":
        return False
    if on.lower_ in cues.comment_preps and _lemma(on.head) in cues.comment_words:
        return True
    if on.lower_ != "of":
        return False
    # "no mention on state media of Tuesday's shelling": "of" under the outlet, a phrase below
    above = on.head
    if above.dep_ == "pobj" and above.head.dep_ == "prep":
        above = above.head.head
    return _lemma(on.head) in cues.comment_of_words or _lemma(above) in cues.comment_of_words


def _explained(cue: Token, cues: FrameCues) -> bool:
    """ "The country's protests have been fuelled by a collapsing economy":
    a movement explained in a sentence with no day of its own is background."""
    verb = cue.head
    if cue.dep_ != "nsubjpass" or _lemma(verb) not in cues.explained_verbs:
        return False
    if not any(c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in cue.sent)


def _raises_concern(cue: Token, cues: FrameCues) -> bool:
    """A cue that is the subject of a verb raising concern ("the increased
    fighting has raised concerns for the civilians still in the city"): it
    tells the worry about the fighting, no incident of it. A cue with its
    own place or target ("the shelling of the market sparked fears") is an
    incident told with its effect, and stays."""
    verb = cue.head
    return (
        cue.dep_ == "nsubj"
        and not any(c.dep_ == "prep" for c in cue.children)
        and _lemma(verb) in cues.concern_verbs
        and any(c.dep_ == "dobj" and _lemma(c) in cues.concern_objects for c in verb.children)
    )


# --- when: a time well before the report ---------------------------------

_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_CLIMB = ("compound", "amod", "nsubj", "nsubjpass", "dobj", "pobj", "prep", "attr", "agent", "conj")


@cache
def _plan_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """events.json `not_an_event.plan_next_day` (verbs, words) and the modals."""
    data = pattern_data("events.json")["not_an_event"]
    plan = data["plan_next_day"]
    return frozenset(plan["verbs"]), frozenset(plan["words"]), frozenset(data["modal"]["modals"])


def tells_a_plan(sent: Span) -> bool:
    """Whether the sentence says what is to happen: a modal ("will", "would"),
    a verb of calling or scheduling ("called a shutdown", "set for"), or a
    word of the future ("tomorrow", "upcoming")."""
    verbs, words, modals = _plan_words()
    for token in sent:
        lower = token.lower_
        if lower in words or (token.tag_ == "MD" and lower in modals):
            return True
        if token.pos_ in ("VERB", "AUX", "ADJ") and (_lemma(token) in verbs or lower in verbs):
            return True
    return False


def told_long_before(doc: Doc, start: int, published: date | None) -> bool:
    """Whether the event cue at character `start` is told of a time that
    ended well before publication: a time phrase under the cue, under the
    nouns and prepositions above it, or under the verb of its clause ("began
    air strikes last September", "was captured two years ago", "killed by
    barrel bombs in May" in a July report, "used chlorine in the past").
    A time in a clause of its own below the cue ("strikes that began last
    year killed ten on Monday") is not read."""
    cue = _token(doc, start) if published is not None else None
    if cue is None or published is None:
        return False
    words = frame_cues().long_before
    if _war_origin(cue, words.war_nouns):
        return True  # "the uprising began as peaceful protests": the war's story
    limit = published - timedelta(days=words.days)
    if any(
        c.dep_ == "amod" and c.lower_ in words.earlier_adjectives
        for c in cue.head.children
        if cue.dep_ == "compound"
    ) or any(c.dep_ == "amod" and c.lower_ in words.earlier_adjectives for c in cue.children):
        return True  # "killed in a similar bombing", "a previous attack": another, earlier event
    if _held_by_a_span(cue, words):
        return True  # "years of siege and shelling": a long time's sum, no event of the day
    node, years = cue, False
    for _ in range(6):
        for child in node.children:
            end = _time_end(child, published, words, years)
            if end is not None and end < limit:
                return True
        if node.head.i == node.i:
            return False
        if node.pos_ in ("VERB", "AUX"):
            # "died when shells fell": the when-clause has the time of the one above
            marks = [c for c in node.children if c.dep_ in ("advmod", "mark")]
            if node.dep_ != "advcl" or not any(c.lower_ in words.same_time_marks for c in marks):
                return False  # the clause's verb read: its time is the cue's
            # A year in the cue's own clause dates the event itself ("in 1998
            # militants shelled": event_claims._history's); a year above a
            # when-clause is the time of another happening it is told in.
            years = True
        elif node.dep_ not in _CLIMB:
            return False
        node = node.head
    return False


def _held_by_a_span(cue: Token, words: LongBefore) -> bool:
    """Whether the cue is what a span of months or years held ("years of
    siege and shelling"): it, or the first of its conjuncts, is the object
    of "of" under "years", "months" or "decades"."""
    node = cue
    for _ in range(4):  # "siege and shelling": up the conjuncts to the first
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    prep = node.head
    if node.dep_ == "pobj" and prep.lower_ in words.span_preps and prep.head.lower_ in words.span_nouns:
        return True
    # "have been fighting for six years": the act lasts a span of years
    return node.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "prep" and c.lower_ in words.span_for_preps and any(
            o.dep_ == "pobj" and o.lower_ in words.span_nouns for o in c.children
        )
        for c in node.children
    )  # fmt: skip


@cache
def _origin_words() -> tuple[frozenset[str], frozenset[str]]:
    """events.json `not_an_event.war_origin`: its verbs and day words."""
    data = pattern_data("events.json")["not_an_event"]["war_origin"]
    return frozenset(data["verbs"]), frozenset(data["day_words"])


def _war_origin(cue: Token, war_nouns: frozenset[str]) -> bool:
    """Whether the cue tells how a war began or grew: it hangs on a verb of
    beginning or growing (or one joined to it) whose subject is a war, in a
    clause that names no day of its own."""
    verbs, day_words = _origin_words()
    node = cue
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and _lemma(node) in verbs:
            subject_of = node.head if node.dep_ == "conj" else node
            subjects = [c for c in subject_of.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(_lemma(s) in war_nouns for s in subjects):
                return not any(t.lower_ in day_words for t in subject_of.subtree)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _time_end(child: Token, published: date, words: LongBefore, years: bool = True) -> date | None:
    """The last day of the time a child phrase names, if it names one."""
    war = child.dep_ == "prep" and child.lower_ in words.war_preps
    if war and any(o.dep_ == "pobj" and _lemma(o) in words.war_nouns for o in child.children):
        return date.min  # "throughout the conflict": the whole war, no one event
    if child.dep_ == "prep" and child.lower_ in words.time_preps:
        ends = [_time_noun_end(o, published, words, years) for o in child.children if o.dep_ == "pobj"]
        return min((e for e in ends if e is not None), default=None)
    if child.lower_ in words.since_words or any(
        c.dep_ == "mark" and c.lower_ in words.since_words for c in child.children
    ):
        return _since_end(child, published, words)
    if child.dep_ == "advmod" and child.lower_ in words.past_adverbs:
        return date.min  # "had previously shelled the town": background
    if child.dep_ in ("npadvmod", "advmod", "nmod", "obl") and child.lower_ in words.ago_words:
        return _ago_end(child, published, words)  # "two years ago"
    if child.dep_ in ("npadvmod", "nmod"):
        return _time_noun_end(child, published, words, years)  # "last September", "last year"
    return None


def _since_end(since: Token, published: date, words: LongBefore) -> date | None:
    """ "since last year", "since the war began five years ago", "since 2011":
    a count or a habit over a long time, no one event of the report's time."""
    for token in since.subtree:
        if token.like_num and token.text.isdigit() and 1900 <= int(token.text) < published.year:
            return date(int(token.text), 12, 31)
        if token is not since and token.dep_ != "pobj" and (end := _time_end(token, published, words)):
            return end
        in_since = token.dep_ == "pobj" and token.head.lower_ in words.since_words
        if in_since and (end := _time_noun_end(token, published, words)) is not None:
            return end
    return None


def _time_noun_end(noun: Token, published: date, words: LongBefore, years: bool = True) -> date | None:
    word = noun.lower_
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "det", "nummod", "compound")}
    last = bool(mods & words.last_words)
    if word in words.past_nouns and not any(c.dep_ in ("amod", "nummod") for c in noun.children):
        return published - timedelta(days=words.unit_days["year"])  # "in the past"
    if years and noun.like_num and len(word) == 4 and word.isdigit() and 1900 <= int(word) < published.year:
        return date(int(word), 12, 31)  # "in early 2011" deeper in the clause than cue_past_year reads
    if word in words.periods and mods & words.period_adjectives:
        return published - timedelta(days=words.unit_days["year"])  # "in recent years": no one time
    if not last:
        # A month or a day alone ("in May", "on June 17") is read against the
        # publication day, which for an undated text (a SATP summary, a
        # WikiEvents document) is a guess: only words that say the time
        # is past ("last", "ago", "in the past") decide.
        return None
    if word in _MONTHS:
        return _month_end(_MONTHS[word], published)
    if word == "year":
        return date(published.year - 1, 12, 31)
    if word in words.seasons:
        return published - timedelta(days=words.unit_days["month"] * 2)  # a season past: at least two months
    return None


def _month_end(month: int, published: date) -> date:
    """ "last May": the latest such month before publication's own."""
    year = published.year if month < published.month else published.year - 1
    return date(year, month, calendar.monthrange(year, month)[1])


def _ago_end(ago: Token, published: date, words: LongBefore) -> date | None:
    for unit in ago.children:
        days = words.unit_days.get(unit.lemma_.lower())
        if days is None:
            continue
        count = next((c for c in unit.children if c.dep_ == "nummod" and c.like_num), None)
        # "two years ago", "a year ago", "years ago" (at least two)
        text = count.text.lower() if count is not None else ""
        number = int(text) if text.isdigit() else words_to_int(text) if text else None
        plural = unit.lower_ != unit.lemma_.lower()
        return published - timedelta(days=days * (number or (2 if plural else 1)))
    return None


def _describes(cue: Token, sub_event_type: str, cues: FrameCues) -> bool:
    """ "a coalition fighting IS" (the war's state), "captured territory" (a
    thing's state), "as the coalition carries out air strikes in Iraq" (a
    habit told as context): the cue describes; it tells no happening."""
    if cue.tag_ == "VBN" and cue.dep_ == "amod" and cue.head.i == cue.i + 1:
        # "its captured territory" (not "insurgents captured positions" misparsed)
        before = cue.nbor(-1) if cue.i > 0 else None
        subject = before is not None and (
            before.pos_ in ("NOUN", "PROPN") or (before.pos_ == "PRON" and before.tag_ != "PRP$")
        )
        return sub_event_type in cues.modifier_types and not subject
    if cue.tag_ == "VBG" and cue.dep_ == "acl" and _lemma(cue.head) in cues.group_nouns:
        # "a coalition fighting IS" (not "rebel shelling on the district")
        return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "against") for c in cue.children)
    verb = cue
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ == "xcomp" and _infinitive(verb):
        verb = verb.head  # "insurgents who continue to ambush troops": the relative clause's habit
    return (
        verb.tag_ in ("VBZ", "VBP")
        and verb.dep_ in cues.subordinate_deps
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )  # "as the coalition carries out air strikes", "where warplanes bomb markets"


def _people(token: Token) -> bool:
    """A group of people: a plural noun, a number, a named group ("a
    demonstration of students", "of thousands", "of Hamas supporters")."""
    return (
        token.tag_ in ("NNS", "NNPS", "CD")
        or token.ent_type_ in ("NORP", "ORG", "PERSON", "GPE", "CARDINAL")
        or any(c.dep_ == "nummod" for c in token.children)
    )


def _figurative(cue: Token, cues: FrameCues) -> bool:
    word = _lemma(cue)
    if word in cues.show_nouns and cue.pos_ == "NOUN":
        verb = cue.head
        if cue.dep_ in ("dobj", "nsubjpass") and {_lemma(verb), verb.lower_} & cues.protest_verbs:
            return False  # "held a demonstration of solidarity": a protest
        of = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            return False
        objects = [c for c in of.children if c.dep_ in ("pobj", "pcomp")]
        return bool(objects) and not any(_people(o) for o in objects)  # "of the fragile state"
    if word in cues.muster_verbs and cue.pos_ == "VERB":
        return any(c.dep_ == "dobj" for c in cue.children)  # "rallied the tribes behind him"
    if word in cues.show_verbs and cue.pos_ == "VERB":
        return any(c.dep_ in ("dobj", "ccomp") for c in cue.children)  # "demonstrated the risks"
    if word in cues.fight_words:
        return _fights_a_thing(cue, cues)
    return False


def told_as_reference(doc: Doc, start: int) -> bool:
    """The cue at `start` names a place or occasion by an earlier event ("the
    site of a suspected chemical attack", "the chemical attack town", "in
    retaliation for a suicide bombing"), or stands in a name ("the
    Organisation for the Prohibition of Chemical Weapons")."""
    cue = _token(doc, start)
    if cue is None:
        return False
    if cue.ent_type_ == "ORG":
        return True
    nouns = frame_cues().reference_nouns
    node = cue
    while node.dep_ in ("compound", "amod") and node.head.i > node.i:
        node = node.head  # "chemical attack town": the noun the phrase modifies
        if _lemma(node) in nouns:
            return True
    if node.dep_ == "pobj" and node.head.lower_ in ("of", "for", "to"):
        return _lemma(node.head.head) in nouns
    return False


_TERRITORY = ("Non-state actor overtakes territory", "Government regains territory")


def _metaphor(cue: Token, cues: FrameCues) -> bool:
    """ "shelled out money", "stormed out of the meeting", "rocket fuel",
    "a court battle", "a battle over the budget": no armed act."""
    phrasal = cues.phrasal.get(cue.lower_) or cues.phrasal.get(_lemma(cue))
    if phrasal is not None and cue.i + 1 < len(cue.doc):
        particle = cue.nbor(1)
        after = particle.nbor(1).lower_ if particle.i + 1 < len(cue.doc) else ""
        if particle.lower_ in phrasal[0] and after not in phrasal[1]:
            return True
    if cue.dep_ == "compound" and cue.head.i > cue.i and _lemma(cue.head) in cues.thing_heads:
        return True  # "rocket fuel", "missile programme"
    if _lemma(cue) not in cues.arena_words and cue.lower_ not in cues.arena_words:
        return False
    if any(c.dep_ in ("amod", "compound") and _lemma(c) in cues.arena_modifiers for c in cue.children):
        return True  # "court battle", "charm offensive"
    objects = [
        o
        for p in cue.children
        if p.dep_ == "prep" and p.lower_ in ("over", "for", "against")
        for o in p.children
    ]
    return any(o.dep_ == "pobj" and _lemma(o) in cues.arena_objects for o in objects)


def _taken_objects(cue: Token) -> list[Token]:
    """What a capture word takes: its object or passive subject, "the
    seizure of X", the noun a participle describes, and their conjuncts."""
    objects = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")] + _headline_taken(cue)
    objects += [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    if cue.dep_ == "acl":
        objects.append(cue.head)  # "IEDs seized from the hills"
    return objects + [c for o in objects for c in o.conjuncts]


def _headline_taken(cue: Token) -> list[Token]:
    """ "Taliban Commander Captured", "Two Suspects Detained": a headline's
    capitalised participle with no object and no auxiliary tells a passive;
    the subject the parser gives it is the one taken, not the taker."""
    if not cue.text[:1].isupper() or cue.tag_ not in ("VBN", "VBD"):
        return []
    if any(c.dep_ in ("dobj", "nsubjpass", "aux", "auxpass") for c in cue.children):
        return []
    return [c for c in cue.children if c.dep_ == "nsubj" and c.text[:1].isupper()]


def _people_taken(cue: Token, cues: FrameCues) -> bool:
    """ "captured a Taliban facilitator and several associates", "the
    commander was captured at his compound": every thing taken is a person."""
    objects = _taken_objects(cue)
    return bool(objects) and all(
        o.ent_type_ == "PERSON" or _lemma(o) in cues.captured_people or o.lower_ in cues.captured_people
        for o in objects
    )


def captured_by_the_state(doc: Doc, start: int) -> bool:
    """Whether the people taken by the capture word at `start` were taken by
    police, troops or a security force, or by a doer the sentence does not
    name ("the facilitator was captured at his compound"): an arrest, not an
    abduction ("fighters captured three soldiers")."""
    cue = _token(doc, start)
    if cue is None:
        return True
    cues = frame_cues()
    doers = [c for c in cue.children if c.dep_ == "nsubj" and c not in _headline_taken(cue)]
    doers += [o for a in cue.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return all(_lemma(d) in cues.state_captors or d.lower_ in cues.state_captors for d in doers)


def _things_taken(cue: Token, cues: FrameCues) -> list[Token]:
    """ "seized 40 IEDs", "captured their weapons", "the seizure of a
    shipment", "IEDs seized from the hills": the things taken (no territory),
    or [] when the capture word takes a place or nothing named."""
    objects = _taken_objects(cue)
    # "dozens of rockets", "a haul of weapons": what the count or store holds
    objects = [
        next((g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children), o)
        if o.tag_ in ("NNS", "NN", "CD") and _lemma(o) not in cues.not_territory
        else o
        for o in objects
    ]
    if objects and all(_lemma(o) in cues.not_territory or o.lower_ in cues.not_territory for o in objects):
        return objects
    return []


def _fights_a_thing(cue: Token, cues: FrameCues) -> bool:
    """ "battle a disease", "any disease to battle", "the fight against corruption"."""
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    objects += [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "against" for o in p.children]
    # "fire-fighting", "crime-fighting": the thing fought written before the word
    objects += [c for c in cue.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < cue.i]
    if cue.dep_ in ("relcl", "acl") or (cue.dep_ == "pobj" and cue.head.lower_ == "to"):
        node = cue.head  # "a disease to battle", "a fever left to battle": the noun above
        for _ in range(3):
            if node.pos_ == "NOUN" or node.head.i == node.i:
                break
            node = node.head
        objects.append(node)
    return any(_lemma(o) in cues.figurative_objects for o in objects)


def _intended(cue: Token, cues: FrameCues) -> bool:
    node = cue
    if any(c.dep_ == "amod" and c.lower_ in cues.pending_modifiers for c in cue.children):
        return True  # "the expected battles", "the looming offensive": awaited, not fought
    if node.pos_ in _NOUNS:
        while node.dep_ == "conj" and node.head.pos_ in _NOUNS and node.head.i != node.i:
            node = node.head  # "banned rallies and protests": the pair shares its role
        head = node.head
        if node.dep_ == "pobj" and head.dep_ == "prep":
            if _under_an_intent(node, cues):
                return True
            # "preparing to let its allies flood the city with missiles": the
            # weapons are the means of an infinitive's act, as pending as it
            verb = head.head
            if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                return False
            return _in_an_intent_clause(verb, cues)
        if node.dep_ != "dobj":
            return False
        if _lemma(head) in cues.intent_object_verbs:
            return True  # "threatened fresh strikes"
        if _lemma(head) not in cues.continuing_verbs:
            return False  # "vowed to avenge the attack": the attack was real
        node = head  # "carry out attacks", "keep up the fight"
    return _in_an_intent_clause(node, cues)


def _in_an_intent_clause(node: Token, cues: FrameCues) -> bool:
    """Up the to- and that-clauses from `node` to a verb of intent
    ("pledged to keep fighting"), through continuing verbs and, from an
    infinitive's means, a permission ("prepared to allow them to flood")."""
    means = node.pos_ == "VERB"
    for _ in range(4):
        if node.dep_ == "acl" and _lemma(node.head) in cues.intent_nouns:
            return True  # "a vow to fight on"
        if node.dep_ == "relcl" and _lemma(node.head) in cues.intent_nouns and _infinitive(node):
            return True  # "a two-day deadline to arrest the killers", parsed as a relative clause
        if node.dep_ == "pcomp" and node.head.lower_ == "on":
            node = node.head  # "go on fighting", "carry on fighting"
        elif node.dep_ not in ("xcomp", "ccomp"):
            return False
        node = node.head
        if _lemma(node) in cues.intent_verbs:
            return True
        permitted = means and _lemma(node) in cues.intent_object_verbs
        if _lemma(node) not in cues.continuing_verbs and not permitted:
            return False
    return False


def _aimed(cue: Token, cues: FrameCues) -> bool:
    """ "an offensive to capture the town", "pushed to retake the hill": a
    taking verb in the to-clause of the push told, its aim; "managed to
    capture", "went on to seize" tell it done (events.json `aim`)."""
    if cue.dep_ not in cues.aim_deps or cue.head.i == cue.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == cues.aim_marker for c in cue.children):
        return False
    return _lemma(cue.head) not in cues.achieved_heads


def takes_only_as_an_aim(sent: Span) -> bool:
    """Whether the sentence's every taking verb is a push's aim ("began an
    push to free the district") and it has one: it tells no ground
    taken, whatever the sub-event model reads into the taking verb."""
    cues = frame_cues()
    taking = [t for t in sent if t.pos_ == "VERB" and _lemma(t) in cues.aim_taking_verbs]
    return bool(taking) and all(_aimed(t, cues) for t in taking)


def _under_an_intent(node: Token, cues: FrameCues) -> bool:
    """ "threats of strikes", "warned of an offensive", "plans for the
    continuation of the fighting": up the chain of prepositional phrases;
    "called for two days of protests" and "a ban on rallies" too, where
    only "of" stands between the cue and the call ("called for an inquiry
    into the strike": the strike happened)."""
    only_of = True
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return False
        prep = node.head.lower_
        above = node.head.head
        if (
            (above.pos_ == "NOUN" and _lemma(above) in cues.intent_nouns)
            or (prep == "of" and _lemma(above) in cues.intent_object_verbs)
            or (prep == "for" and _lemma(above) in cues.for_verbs)  # "braced for an attack"
            or (prep == "for" and only_of and _lemma(above) in cues.call_verbs)
            or (prep == "on" and only_of and _lemma(above) in cues.ban_nouns and not _defied(above, cues))
        ):
            return True
        only_of = only_of and prep == "of"
        node = above
    return False


def _defied(ban: Token, cues: FrameCues) -> bool:
    """ "protesters defying a ban on demonstrations", "marched despite a ban",
    "in defiance of a ban": the crowd gathered all the same."""
    head = ban.head
    if ban.dep_ == "dobj" and _lemma(head) in cues.defied_words:
        return True
    return ban.dep_ == "pobj" and (head.lower_ in cues.defied_words or _lemma(head.head) in cues.defied_words)


def _modal(cue: Token, cues: FrameCues) -> bool:
    """ "the rebels will attack", "can intercept missiles" (not "may have been
    killed in air strikes": a hedged past). The act may sit deep in the
    modal verb's subject ("action in the form of airstrikes would not
    resolve it": five steps up), as analysis pieces weigh a response."""
    verb = cue
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for _ in range(3):
        auxes = [_lemma(c) for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a in cues.modals for a in auxes):
            return not any(a in cues.perfect for a in auxes)
        # "could in future be used to carry chemicals": an infinitive's act is
        # as hypothetical as the verb it serves; "will be ready to join Russia
        # in fighting terrorists": so is the gerund under it
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ == "in":
            verb = verb.head.head
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        above = _verb_above(verb)
        if above is None:
            return False
        verb = above
    return False


def _verb_above(verb: Token) -> Token | None:
    """The verb an infinitive serves, up its phrase ("used by extremists to
    carry", which the parser may hang on "extremists")."""
    node = verb
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _unreached(cue: Token, cues: FrameCues) -> bool:
    noun = cue.head if cue.dep_ in ("compound", "amod", "nmod") else cue
    if _lemma(noun) in cues.unreached_nouns:
        return True  # "ceasefire talks", "truce violations"
    for node in (cue, noun):
        if node.dep_ in ("dobj", "nsubjpass") and _lemma(node.head) in cues.unreached_verbs:
            return True  # "denounced the ceasefire talks", "the truce was violated"
        if node.dep_ == "pobj" and node.head.lower_ in cues.frame_preps:
            return True  # "a zone under an agreement between ..."
        if _ended(node, cues):
            return True  # "the truce collapsed", "after the collapse of the ceasefire"
        if (node.dep_ == "dobj" and _hoped_for(node.head, cues)) or _hoped_through(node, cues):
            return True  # "hope of reviving the truce", "efforts to salvage the ceasefire"
        if node.dep_ == "dobj" and node.head.pos_ == "VERB" and _aimed_at(node.head, cues):
            return True  # "the talks aim to shore up the truce": sought, no agreement reached
    return False


def _aimed_at(verb: Token, cues: FrameCues) -> bool:
    """ "aim to shore up", "seek to extend", "are aimed at strengthening":
    the verb is the to-clause or the gerund of a verb of intent."""
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return _lemma(verb.head.head) in cues.intent_verbs
    return _in_an_intent_clause(verb, cues)


def _hoped_for(verb: Token, cues: FrameCues) -> bool:
    """Whether the verb is the gerund or infinitive of a noun of hope or
    effort ("any hope of reviving", "a bid to save"): its object is sought."""
    if verb.dep_ == "acl":
        return _lemma(verb.head) in cues.unreached_nouns
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return _lemma(verb.head.head) in cues.unreached_nouns
    return False


def _hoped_through(node: Token, cues: FrameCues) -> bool:
    """ "any hope for the revival of the ceasefire": the agreement hangs,
    through two phrases at most, on a noun of hope or effort."""
    for _ in range(2):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return False
        node = node.head.head
        if node.pos_ == "NOUN" and _lemma(node) in cues.unreached_nouns:
            return True
    return False


def _arrest_paper(cue: Token, cues: FrameCues) -> bool:
    """ "arrest warrants", "warrants for the arrest of", "sentenced to house
    arrest": the arrest word names a paper or a penalty, no one seized."""
    head = cue.head
    if cue.dep_ in ("compound", "nmod", "amod") and _lemma(head) in cues.arrest_papers:
        return True
    if cue.dep_ == "pobj" and head.lower_ in ("of", "for"):
        # "issued warrants for the arrest of ...", the phrase hung on the verb or the paper
        above = head.head
        if _lemma(above) in cues.arrest_papers or any(
            c.dep_ == "dobj" and _lemma(c) in cues.arrest_papers for c in above.children
        ):
            return True
    housed = any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in cues.house_words for c in cue.children
    )
    return housed and cue.dep_ == "pobj" and head.lower_ in cues.transfer_preps


def _ended(node: Token, cues: FrameCues) -> bool:
    """An agreement told as ending: the subject of "collapsed", "broke down",
    "fell apart" (not "broke out"), or "the collapse of" it."""
    if node.dep_ == "nsubj" and _lemma(node.head) in cues.ended_verbs:
        return not any(c.dep_ == "prt" and c.lower_ in cues.ended_particles for c in node.head.children)
    if node.dep_ == "pobj" and node.head.lower_ in cues.ended_after_preps:
        # "days after a truce brokered by Russia collapsed", parsed with the
        # truce under "after" and the ending verb subjectless right after it
        after = node.right_edge.i + 1
        verb = node.doc[after] if after < len(node.doc) else None
        return (
            verb is not None
            and _lemma(verb) in cues.ended_verbs
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        )
    return node.dep_ == "pobj" and node.head.lower_ == "of" and _lemma(node.head.head) in cues.ended_nouns


def _accused(cue: Token, cues: FrameCues) -> bool:
    """A clause describing the one blamed tells no event of its own ("blamed
    rival militants who have fought the group on several fronts": the war's
    state, no clash). The act blamed or accused of ("accused the RSF of
    shelling a camp on Saturday", "blamed X for the attack") is the event
    told, with the blamed as its attacker (events.json `roles.blame_verbs`)."""
    path = [cue, *cue.ancestors]
    for i, node in enumerate(path[1:]):
        if _blame_verb(node, cues):
            child = path[i]
            return child.dep_ in ("dobj", "nsubjpass") and any(t.dep_ == "relcl" for t in path[:i])
    return False


def _a_cause(cue: Token, cues: FrameCues) -> bool:
    """The cue is the reason for something that is no harm: "granted asylum
    due to clashes", "fled the fighting"."""
    noun = cue.head if cue.dep_ in ("compound", "amod") else cue
    if noun.dep_ == "dobj" and _lemma(noun.head) in cues.flee_verbs:
        # "fled the fighting" (not "were hit as they fled the fighting")
        return not any(_lemma(a) in cues.harm_verbs for a in noun.head.ancestors)
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    # "due to X" (to under due), "because of X" (X and "of" both under because)
    pairs = {(prep.head.lower_, prep.lower_), (_lemma(prep.head), prep.lower_)}
    pairs |= {(prep.lower_, c.lower_) for c in prep.children if c.dep_ == "pcomp"}
    if not pairs & cues.cause_heads:
        return False
    verb = prep.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return _lemma(verb) not in cues.harm_verbs


def _reported_reason(cue: Token, cues: FrameCues) -> bool:
    """The cue is what a report or tip told, given as the grounds of an
    operation ("searched a village in response to reports of suicide bomb
    construction", "based on reports of insurgent attacks, the force ...",
    "after receiving information about an ambush"): the reason the force
    acted, not an act of the report's own (events.json `reported_reason`)."""
    noun = cue
    for _ in range(6):  # "reports of IEDs and suicide bomb construction": up the conjuncts
        if noun.dep_ in ("compound", "amod", "conj") and noun.head.i != noun.i:
            noun = noun.head
        else:
            break
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in cues.report_of_preps:
        return False
    report = prep.head
    if _lemma(prep.head) in cues.receive_verbs:
        # "after receiving intelligence about attacks": the parse hangs "about" on the verb
        report = next((c for c in prep.head.children if c.dep_ == "dobj"), prep.head)
    if _lemma(report) not in cues.report_nouns and report.lower_ not in cues.report_nouns:
        return False
    if report.dep_ == "dobj":
        return _lemma(report.head) in cues.receive_verbs  # "after receiving reports of ..."
    if report.dep_ != "pobj":
        return False
    reason = report.head
    pairs = {(reason.head.lower_, reason.lower_), (_lemma(reason.head), reason.lower_)}
    return bool(pairs & cues.reason_heads)


# --- an armed agent's act the trigger lexicon lacks -----------------------

AIR = ("Explosions/Remote violence", "Air/drone strike")
FIRE = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
_ONE_SIDED_TYPES = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence"})
DISRUPTED = ("Strategic developments", "Disrupted weapons use")


@dataclass(frozen=True)
class ArmedAction:
    """events.json `armed_action`."""

    verbs: frozenset[str]
    clash_verbs: frozenset[str]
    agents: frozenset[str]
    air_agents: frozenset[str]
    fire_agents: frozenset[str]
    organisation_entities: frozenset[str]
    cause_nouns: dict[str, str]
    harm_verbs: frozenset[str]
    stems: tuple[str, ...]
    # "opened fire", "launched an attack": a verb whose object names the act
    act_objects: dict[str, frozenset[str]]
    collective_nouns: frozenset[str]
    armed_modifiers: frozenset[str]
    not_cause_modifiers: frozenset[str]  # "a heart attack"
    singular_cause_nouns: frozenset[str]  # "attacks" is a record ("killed in attacks on hospitals")
    # a police raid with no harm told: a search (its arrests and finds have their own cues)
    search_acts: frozenset[str]
    search_agents: frozenset[str]
    search_actor_prefixes: tuple[str, ...]
    harm_lemmas: frozenset[str]
    headline_nouns: frozenset[str]  # "Militants target convoy": a verb the tagger made a noun
    today_words: tuple[tuple[str, ...], ...]  # "are striking tonight": the report's day is told
    going_on_types: frozenset[str]  # what the model may make of an act going on
    down_particles: frozenset[str]  # "shot down a drone": an interception
    downed_objects: frozenset[str]
    crewed_craft: frozenset[str]  # "a helicopter was shot down": an attack on it
    execution_verbs: frozenset[str]  # "executed", "beheaded": one-sided, whoever the victim
    unarmed_victims: frozenset[str]  # "killed five civilians": one-sided


@cache
def armed_action() -> ArmedAction:
    data = pattern_data("events.json")["armed_action"]

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in data[key])

    return ArmedAction(
        verbs=words("verbs") | frozenset(data["one_sided"]["execution_verbs"]),
        clash_verbs=words("clash_verbs"),
        agents=words("agents"),
        air_agents=words("air_agents"),
        fire_agents=words("fire_agents"),
        organisation_entities=words("organisation_entities"),
        cause_nouns={str(k): str(v) for k, v in data["cause_nouns"].items()},
        harm_verbs=words("harm_verbs"),
        stems=tuple(str(w) for w in data["stems"]),
        act_objects={str(k): frozenset(v) for k, v in data["act_objects"].items()},
        collective_nouns=words("collective_nouns"),
        armed_modifiers=words("armed_modifiers"),
        not_cause_modifiers=words("not_cause_modifiers"),
        singular_cause_nouns=words("singular_cause_nouns"),
        search_acts=frozenset(data["search_raids"]["acts"]),
        search_agents=frozenset(data["search_raids"]["agents"]),
        search_actor_prefixes=tuple(data["search_raids"]["actor_prefixes"]),
        harm_lemmas=frozenset(data["search_raids"]["harm_lemmas"]),
        headline_nouns=frozenset(data["headline_nouns_as_verbs"]["lemmas"]),
        today_words=tuple(tuple(str(w).split()) for w in data["going_on_today"]["words"]),
        going_on_types=frozenset(data["going_on_today"]["model_may_say"]),
        down_particles=frozenset(data["shot_down"]["particles"]),
        downed_objects=frozenset(data["shot_down"]["objects"]),
        crewed_craft=frozenset(data["shot_down"]["crewed"]),
        execution_verbs=frozenset(data["one_sided"]["execution_verbs"]),
        unarmed_victims=frozenset(data["one_sided"]["victims"]),
    )


def armed_action_cues(sent: Span, actors: list[ActorMention], text: str) -> list[EventCue]:
    """Event cues from an armed agent's act told with a verb the trigger
    lexicon lacks ("troops eliminated five gunmen", "an aircraft struck and
    eliminated the cell", "was eliminated by tank fire"); offsets in the
    sentence (whose text is `text`), as events.find_event_cues gives them."""
    words = armed_action()
    lowered = text.lower()
    if not any(stem in lowered for stem in words.stems):
        return []  # no such verb or noun: the parse is not walked
    headline = sent.start == 0  # the report's first sentence: "Gunmen attack checkpoint"
    for verb in sent:
        told = _done(verb) or _going_on(verb) or (headline and _present(verb))
        if verb.pos_ != "VERB" or not told or not _an_act(verb, words):
            continue
        if _lemma(verb) in words.execution_verbs and not _main_clause(verb):
            continue  # "the attack came as monitors said troops had executed 48": told beside another act
        if _done(verb) and _crewed_downed(verb, words):
            # "a helicopter was shot down over Idlib": no doer named, an attack on it all the same
            start, end = verb.idx - sent.start_char, verb.idx - sent.start_char + len(verb.text)
            return [EventCue(FIRE[0], FIRE[1], start, end, verb.text, frozenset({FIRE[1]}))]
        agent = _agent(verb, actors, words)
        if agent is None and verb.dep_ == "xcomp" and _going_on(verb):
            agent = _agent(verb.head, actors, words)  # "the army is continuing to strike"
        if agent is None or _a_search(sent, verb, agent, actors, words):
            continue
        if not _done(verb) and not (headline and _present(verb)) and not _where_or_when(sent, words):
            continue  # "militants are attacking women's rights": an act going on is told where or when
        # "tank fire", "sniper fire": the word before the agent names the weapon
        kinds = {_lemma(agent)} | {_lemma(c) for c in agent.children if c.dep_ in ("compound", "amod")}
        kind = (
            AIR if kinds & words.air_agents
            else FIRE if kinds & words.fire_agents
            else ATTACK if _one_sided(verb, words)
            else CLASH if _lemma(verb) in words.clash_verbs
            else FIRE
        )  # fmt: skip
        start = verb.idx - sent.start_char
        if _shot_down(verb, words):
            # "the army shot down a drone": an interception, which the model may not retype a strike
            return [EventCue(*DISRUPTED, start, start + len(verb.text), verb.text, frozenset({DISRUPTED[1]}))]
        # an act going on ("the IDF is currently striking targets") is an armed act
        # whatever else the model reads in its sentence
        going_on = words.going_on_types if not _done(verb) and not (headline and _present(verb)) else None
        if kind == ATTACK and going_on is None:
            going_on = _ONE_SIDED_TYPES  # the model may not make a killing of captives a battle
        # one event a sentence: "bombarded the tunnel and killed ten" is one
        return [EventCue(kind[0], kind[1], start, start + len(verb.text), verb.text, going_on)]
    act = _headline_noun_act(sent, words, actors) if headline else None
    return [act] if act is not None else _cause_cues(sent, words, actors)


def _main_clause(verb: Token) -> bool:
    """The verb is the sentence's own act, or one told by its saying verb
    ("sources said IS executed five"), not one in a clause beside another."""
    while verb.dep_ in ("conj", "ccomp", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _one_sided(verb: Token, words: ArmedAction) -> bool:
    """ "executed six captives", "beheaded two farmers", "five civilians were
    killed by the group's police": the armed side's act on the unarmed."""
    if _lemma(verb) in words.execution_verbs:
        return True
    if _lemma(verb) not in words.clash_verbs:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in words.unarmed_victims for c in verb.children)


def _headline_noun_act(sent: Span, words: ArmedAction, actors: list[ActorMention]) -> EventCue | None:
    """ "Militants target convoy in Kurram": a headline's verb the tagger read
    as a noun, between a plural agent (or an actor's name) and its object
    (events.json `armed_action.headline_nouns_as_verbs`)."""
    tokens = list(sent)
    for agent, act, after in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if act.pos_ == "VERB" or _lemma(act) not in words.headline_nouns:
            continue
        named = any(m.end == agent.idx + len(agent.text) for m in actors)
        if not named and not (agent.tag_ in ("NNS", "NNPS") and _lemma(agent) in words.agents):
            continue
        if after.pos_ not in ("NOUN", "PROPN", "DET", "NUM", "ADJ"):
            continue
        kind = (
            AIR if _lemma(agent) in words.air_agents
            else CLASH if _lemma(act) in words.clash_verbs
            else FIRE
        )  # fmt: skip
        start = act.idx - sent.start_char
        return EventCue(kind[0], kind[1], start, start + len(act.text), act.text)
    return None


def _cause_cues(sent: Span, words: ArmedAction, actors: list[ActorMention]) -> list[EventCue]:
    """ "were killed in a blast", "an explosion rocked the market", "an
    attack by gunmen on a checkpoint": the noun that did the harm is the cue."""
    for noun in sent:
        sub_event_type = words.cause_nouns.get(_lemma(noun))
        if sub_event_type is None or noun.pos_ != "NOUN":
            continue
        if noun.tag_ == "NNS" and _lemma(noun) in words.singular_cause_nouns:
            continue  # "killed in attacks that targeted hospitals": a record, not one event
        kinds = {_lemma(c) for c in noun.children if c.dep_ in ("compound", "amod")}
        if kinds & words.not_cause_modifiers:
            continue  # "died of a heart attack"
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ in ("in", "by"):
            head = head.head  # "killed in a blast"
        elif noun.dep_ != "nsubj" and not _by_on(noun, actors, words):
            continue
        if _lemma(head) in words.harm_verbs or _by_on(noun, actors, words):
            start = noun.idx - sent.start_char
            kind = "Battles" if sub_event_type == "Armed clash" else "Explosions/Remote violence"
            return [EventCue(kind, sub_event_type, start, start + len(noun.text), noun.text)]
    return []


def _by_on(noun: Token, actors: list[ActorMention], words: ArmedAction) -> bool:
    """ "an attack by militants on a post": an armed doer and a target
    (not "under attack by an array of forces", no target)."""
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    doer = None if by is None else next((o for o in by.children if o.dep_ == "pobj"), None)
    if doer is None or not _armed(doer, actors, words):
        return False
    # the parse hangs "on a post" on the noun or on its doer
    return any(c.dep_ == "prep" and c.lower_ == "on" for c in (*noun.children, *doer.children))


def _a_search(sent: Span, verb: Token, agent: Token, actors: list[ActorMention], words: ArmedAction) -> bool:
    """A police raid where no harm is told ("police raided a house and
    recovered arms"): a search, no armed clash (events.json `search_raids`)."""
    act = {_lemma(verb)} | {_lemma(c) for c in verb.children if c.dep_ == "dobj"}
    if not act & words.search_acts:
        return False
    police = _lemma(agent) in words.search_agents or any(
        m.start <= agent.idx < m.end and m.actor.name.startswith(words.search_actor_prefixes) for m in actors
    )
    return police and not any(_lemma(t) in words.harm_lemmas for t in sent)


def _present(verb: Token) -> bool:
    """A headline's simple present ("Gunmen attack checkpoint", "Boko Haram
    attacks post"), not "are attacking" or "will attack"."""
    return verb.tag_ in ("VBZ", "VBP", "VB") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _done(verb: Token) -> bool:
    """Told as done: "eliminated", "were shot", "were attacking", or a
    present participle under such a verb ("struck the cell, eliminating
    two"); not "continue to target", "is trying to eliminate", "are attacking"."""
    if verb.tag_ in ("VBD", "VBN"):
        return True
    if verb.tag_ != "VBG":
        return False
    if any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children):
        return True  # "were attacking"
    if any(c.dep_ == "aux" for c in verb.children):
        return False  # "are attacking", even beside a past verb
    return verb.dep_ in ("advcl", "conj") and verb.head.tag_ in ("VBD", "VBN")


def _shot_down(verb: Token, words: ArmedAction) -> bool:
    """ "shot down a drone", "shoots down an IS drone" (the parse may make
    "down" a preposition with the drone its object): events.json `armed_action.shot_down`."""
    for child in verb.children:
        if child.lower_ not in words.down_particles:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [c for c in child.children if c.dep_ == "pobj"]  # "down" parsed as a preposition
        if any(_lemma(o) in words.downed_objects for o in objects):
            return True
    return False


def _crewed_downed(verb: Token, words: ArmedAction) -> bool:
    """ "a military helicopter was shot down", "a helicopter that was shot
    down": a crewed craft, the passive subject (or the noun "that" stands
    for), downed with no doer named (events.json `armed_action.shot_down.crewed`)."""
    if not any(c.lower_ in words.down_particles for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False  # a doer named: the armed-act reading below
    downed = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "relcl" and downed and downed[0].tag_ in ("WDT", "WP"):
        downed = [verb.head]  # "a helicopter that was shot down"
    return any(_lemma(d) in words.crewed_craft for d in downed)


def _names_a_place(sent: Span) -> bool:
    return any(e.label_ in ("GPE", "LOC", "FAC") for e in span_ents(sent))


def _where_or_when(sent: Span, words: ArmedAction) -> bool:
    """Whether an act going on is told where (a place) or as of the report's
    day ("jets are striking tonight": events.json `armed_action.going_on_today`)."""
    if _names_a_place(sent):
        return True
    lowered = [t.lower_ for t in sent]
    return any(
        tuple(lowered[i : i + len(phrase)]) == phrase
        for phrase in words.today_words
        for i in range(len(lowered) - len(phrase) + 1)
    )


def _going_on(verb: Token) -> bool:
    """Told as going on as the report is written: "the army is striking
    targets in the Gaza Strip", "jets are currently striking", "is
    continuing to strike" (a state force's running account of its own
    operations, an act of the report's day). Not "continues to strike" (a
    simple present: what a side keeps doing), nor "is trying to strike"."""
    now = {"is", "are", "am", "'s", "'re"}
    if verb.tag_ == "VBG":
        return any(c.dep_ == "aux" and c.lower_ in now for c in verb.children)
    aspect = verb.head
    return (
        verb.tag_ == "VB" and verb.dep_ == "xcomp" and aspect.lemma_.lower() == "continue"
        and aspect.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in now for c in aspect.children)
    )  # fmt: skip


def _an_act(verb: Token, words: ArmedAction) -> bool:
    """One of the verbs with what it hit, or a verb whose object names the
    act ("opened fire on", "launched an attack on")."""
    lemma = _lemma(verb)
    if lemma in words.verbs:
        return _has_object(verb)
    acts = words.act_objects.get(lemma)
    return acts is not None and any(c.dep_ == "dobj" and _lemma(c) in acts for c in verb.children)


def _has_object(verb: Token) -> bool:
    """ "eliminated five gunmen", "were eliminated", "struck in the area" (an
    IDF turn with no object: a place) all tell what was hit."""
    return any(c.dep_ in ("dobj", "nsubjpass", "prep", "prt") for c in verb.children) or any(
        # "shot and wounded a trader": the object is the joined verb's
        c.dep_ == "conj" and c.pos_ == "VERB" and any(g.dep_ == "dobj" for g in c.children)
        for c in verb.children
    )


def _agent(verb: Token, actors: list[ActorMention], words: ArmedAction) -> Token | None:
    """Who did it: the verb's subject or "by" agent, or those of the verb it
    is joined to ("targeted and eliminated") or hangs on ("continue to
    strike"), if armed."""
    node = verb
    for _ in range(3):
        for child in node.children:
            if child.dep_ == "nsubj":
                child = _teller_of(child) or child  # "the army said it struck": the army
                if _armed(child, actors, words):
                    return child
                # "In Zhari district, Kandahar province, a joint patrol killed ...": the
                # parse makes the opening place the subject and the doer its apposition
                appos = [a for a in child.children if a.dep_ == "appos"]
                return next((a for a in appos if _armed(a, actors, words)), None)
            if child.dep_ == "agent":
                doer = next((g for g in child.children if g.dep_ == "pobj"), None)
                return doer if doer is not None and _armed(doer, actors, words) else None
        if node.dep_ not in ("conj", "xcomp", "advcl") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _teller_of(subject: Token) -> Token | None:
    """The subject of the saying verb a pronoun's clause is told under ("the
    army said it struck", "the militants said they ambushed"), or None."""
    if subject.pos_ != "PRON" or subject.lower_ not in ("it", "they", "we"):
        return None
    verb = subject.head
    saying = verb.head
    if verb.dep_ != "ccomp" or saying.i == verb.i or _lemma(saying) not in frame_cues().speaker_verbs:
        return None
    return next((c for c in saying.children if c.dep_ == "nsubj"), None)


def _armed(token: Token, actors: list[ActorMention], words: ArmedAction) -> bool:
    if _lemma(token) in words.agents or token.lower_ in words.agents:
        return True
    if any(c.dep_ == "amod" and c.lower_ in words.armed_modifiers for c in token.children):
        return True  # "armed men", "an armed group"
    if _lemma(token) in words.collective_nouns or token.lower_ in words.collective_nouns:
        # "a group of rebels", "dozens of militants": the men the noun counts
        members = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        if any(o.dep_ == "pobj" and _armed(o, actors, words) for o in members):
            return True
    if token.ent_type_ in words.organisation_entities:
        return True
    return any(m.start <= token.idx < m.end for m in actors)


# --- who is party to the event ------------------------------------------


def party_mentions(sent: Span, mentions: list[ActorMention]) -> list[ActorMention]:
    """The sentence's actor mentions that may be parties to its events, the
    blamed first: a place's holder ("government-held districts"), an actor
    named only in a source phrase ("a source at the police command told")
    and the one who blames ("rebels blamed Russian warplanes") are not."""
    cues = frame_cues()
    doc = sent.doc
    kept: list[ActorMention] = []
    blamed: list[ActorMention] = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            kept.append(m)
            continue
        if _none_of(span.root):
            continue  # "after ensuring no civilians were in the area": nobody of theirs took part
        if _excluded(span.root):
            continue  # "the truce does not include areas where IS is present": left out
        role = "opposed" if _opposed(span, cues) else _role(span.root, cues)
        if role == "blamed":
            blamed.append(m)
        elif role is None:
            kept.append(m)
    return blamed + kept


@cache
def _exclusion_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = pattern_data("events.json")["not_an_event"]["excluded_party"]
    return frozenset(data["exclude_verbs"]), frozenset(data["include_verbs"]), frozenset(data["preps"])


def _excluded(root: Token) -> bool:
    """Whether the mention is named as left out of the act or deal ("the deal
    excludes IS", "does not include areas where IS is present", "every
    faction except the Nusra Front"): events.json `excluded_party`."""
    exclude, include, preps = _exclusion_words()
    node = root
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ == "pobj" and head.lower_ in preps:
            return True
        if node.dep_ in ("dobj", "nsubjpass", "pobj") and head.pos_ in ("VERB", "AUX"):
            lemma = _lemma(head)
            negated = any(c.dep_ == "neg" for c in head.children)
            return lemma in exclude or (lemma in include and negated)
        node = head
    return False


def _none_of(root: Token) -> bool:
    """Whether the mention is denied outright ("no civilians were harmed",
    "no women or children were present"): ISAF releases say it of most
    strikes (87 times in the real-dev files), and no one so named is a party."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return any(c.dep_ == "det" and c.lower_ == "no" for c in root.children)


def _opposed(span: Span, cues: FrameCues) -> bool:
    """ "anti TTP operations", "an anti-ISIS drive": the group named is fought."""
    doc, i = span.doc, span.start - 1
    if i > 0 and doc[i].text == "(":
        # "anti Tehreek e Taliban Pakistan (TTP) operations": the acronym
        # shares the name's place; back over the name before it
        i -= 1
        while i > 0 and span.start - i < 8 and doc[i].pos_ in ("PROPN", "X", "NOUN"):
            i -= 1
    if i > 0 and doc[i].text == "-":
        i -= 1  # "anti-ISIS" is three tokens
    return i >= 0 and doc[i].lower_ in cues.opposed_words


def doc_party_mentions(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """`party_mentions` of each sentence in turn, for a whole short text
    (an ACLED note): the blamed of a sentence first within it."""
    out: list[ActorMention] = []
    for sent in doc.sents:
        inside = [m for m in mentions if sent.start_char <= m.start < sent.end_char]
        out += party_mentions(sent, inside) if inside else []
    placed = {id(m) for m in mentions if any(s.start_char <= m.start < s.end_char for s in doc.sents)}
    return out + [m for m in mentions if id(m) not in placed]


def _role(root: Token, cues: FrameCues) -> str | None:
    if _holder(root, cues):
        return "holder"
    if _finder(root):
        return "finder"
    if _in_source_phrase(root, cues) or _a_teller(root, cues) or _speaker_label(root):
        return "source"
    return _blame_role(root, cues)


@cache
def _finder_words() -> tuple[frozenset[str], frozenset[str]]:
    data = pattern_data("events.json")["roles"]["finders"]
    return frozenset(data["verbs"]), frozenset(data["found"])


def _finder(root: Token) -> bool:
    """ "bodies were found by security forces", "police recovered the bodies":
    who came on the dead is no party to their killing (events.json
    `roles.finders`)."""
    verbs, found = _finder_words()
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb, taken = root.head.head, ("nsubjpass",)
    elif root.dep_ == "nsubj":
        verb, taken = root.head, ("dobj",)
    else:
        return False
    if _lemma(verb) not in verbs:
        return False
    return any(c.dep_ in taken and (_lemma(c) in found or c.lower_ in found) for c in verb.children)


def _speaker_label(root: Token) -> bool:
    """A name and a colon opening a post or a line ("IDF: Over the past
    hours, launches crossed from Lebanon ..."): the post's teller, no party
    to the launches it reports."""
    doc = root.doc
    first, after = root.left_edge.i, root.right_edge.i + 1
    if after < len(doc) and doc[after].text != ":" and root.i + 1 < len(doc) and doc[root.i + 1].text == ":":
        after = root.i + 1  # the parse hung the post's first words on the name
    opens = first == root.sent.start or doc[first - 1].is_space
    return opens and after < len(doc) and doc[after].text == ":"


def _a_teller(root: Token, cues: FrameCues) -> bool:
    """The subject of a saying verb told after the clause it reports, which
    names its own doer ("rockets were fired from Lebanon, the army said"):
    the teller, not a party. "The army said it struck", "troops killed two,
    the army said" keep what the clause names; a teller told first ("the
    opposition said Russian jets hit its outpost") may be the target."""
    verb = root.head
    if root.dep_ != "nsubj" or _lemma(verb) not in cues.speaker_verbs:
        return False
    # the reported clause before the saying: its complement, or the clause it hangs on
    told = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i:
        told.append(verb.head)
    subjects = [s for t in told for s in t.children if s.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and not any(
        s.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in s.children) for s in subjects
    )


def _holder(root: Token, cues: FrameCues) -> bool:
    head = root.head
    # "government-held": the actor word modifies the participle after a hyphen
    if root.dep_ in ("npadvmod", "compound", "amod", "nmod") and _lemma(head) in cues.holder_verbs:
        return head.i == root.i + 2 and root.nbor(1).text == "-"
    nxt = root.nbor(1) if root.i + 2 < len(root.doc) else None
    if nxt is not None and nxt.text == "-" and _lemma(root.nbor(2)) in cues.holder_verbs:
        return True  # the parse attached the hyphenated pieces otherwise
    if nxt is not None and (_lemma(nxt) in cues.held_place_nouns or nxt.lower_ in cues.held_place_nouns):
        return True  # "an IS town", "rebel areas of the city": whose the place is
    # "districts dominated by Assad forces", "areas controlled by the army",
    # "Al-Bab, which lies in Aleppo province and is held by IS"
    if root.dep_ != "pobj" or head.lower_ != "by" or _lemma(head.head) not in cues.holder_verbs:
        return False
    verb = head.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in ("acl", "amod", "relcl")


def _in_source_phrase(root: Token, cues: FrameCues) -> bool:
    node = root
    for _ in range(4):  # "a source at Aleppo Police Command": up to "source"
        if node.head.i == node.i:
            return False
        if node.dep_ in ("pobj", "prep", "compound", "nmod", "poss", "amod"):
            node = node.head
            if node.pos_ == "NOUN" and _lemma(node) in cues.source_nouns:
                return node.dep_ in ("nsubj", "pobj") and node.i != root.i
            continue
        return False
    return False


def _blame_verb(token: Token, cues: FrameCues) -> bool:
    """A verb of blame ("blamed", "accused", "suspect"), not a noun of the
    same lemma ("a suspect", "the charge")."""
    return token.pos_ in ("VERB", "AUX") and _lemma(token) in cues.blame_verbs


def _blame_role(root: Token, cues: FrameCues) -> str | None:
    head = root.head
    if _blame_verb(head, cues):
        if root.dep_ == "nsubj":
            return "blamer"  # "rebels blamed Russian warplanes"
        if root.dep_ in ("dobj", "nsubjpass"):
            return "blamed"  # "accused the army of ...", "the regime was accused of ..."
    if root.dep_ == "pobj" and _blame_verb(head.head, cues):
        if head.lower_ == "on":
            return "blamed"  # "blamed the attack on the militia"
        if head.lower_ == "by":
            return "blamer"  # "accused by rights groups of ..."
    return None
