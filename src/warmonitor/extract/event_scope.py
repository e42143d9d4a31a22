"""How many events a sentence tells, and whether two tellings are one
(issues 11 and 13), read off the dependency parse.

- The weapons an act was done with ("attacked the post with rockets,
  mortars and heavy machine guns", "used grenades and rifles in the
  assault") are its means: one event, however many arms the lexicon names.
- A statement of what an actor keeps doing ("insurgents keep ambushing
  convoys", "has repeatedly attacked bases") with no day of its own is a
  pattern, no dated event.
- Two tellings naming different attackers are two events, whatever their
  day and place.

The words are data (warmonitor/data/patterns/event_scope.json), loaded once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from warmonitor.extract import attribution
from warmonitor.extract.actors import Actor, ActorMention, load_actors
from warmonitor.extract.cue_data import pattern_data
from warmonitor.extract.events import EventCue
from warmonitor.extract.frames import frame_cues


@dataclass(frozen=True)
class ScopeWords:
    instrument_preps: frozenset[str]
    instrument_verbs: frozenset[str]
    generic_adverbs: frozenset[str]
    aspect_verbs: frozenset[str]
    present_tags: frozenset[str]
    occasion_nouns: frozenset[str]
    occasion_counts: frozenset[str]
    hallmark_nouns: frozenset[str]
    hallmark_copulas: frozenset[str]
    unsided_prefixes: tuple[str, ...]
    placeholder_prefixes: tuple[str, ...]
    unit_heads: frozenset[str]  # "assault force", "attack helicopters": a kind of unit, no act


@cache
def scope_words() -> ScopeWords:
    data = pattern_data("event_scope.json")
    generic = data["generic"]
    return ScopeWords(
        instrument_preps=frozenset(data["instruments"]["preps"]),
        instrument_verbs=frozenset(data["instruments"]["verbs"]),
        generic_adverbs=frozenset(generic["adverbs"]),
        aspect_verbs=frozenset(generic["aspect_verbs"]),
        present_tags=frozenset(generic["present_tags"]),
        occasion_nouns=frozenset(generic["occasions"]["nouns"]),
        occasion_counts=frozenset(generic["occasions"]["counts"]),
        hallmark_nouns=frozenset(generic["hallmarks"]["nouns"]),
        hallmark_copulas=frozenset(generic["hallmarks"]["copulas"]),
        unsided_prefixes=tuple(data["linking"]["unsided_prefixes"]),
        placeholder_prefixes=tuple(data["linking"]["placeholder_prefixes"]),
        unit_heads=frozenset(data["kind_of_unit"]["heads"]),
    )


def cue_token(sent: Span, cue: EventCue) -> Token | None:
    """The head word of the cue's words ("mortar shells" -> "shells")."""
    span = sent.doc.char_span(sent.start_char + cue.start, sent.start_char + cue.end, alignment_mode="expand")
    return None if span is None or not len(span) else span.root


def names_a_kind(sent: Span, cue: EventCue) -> bool:
    """Whether the cue's word only says what kind of unit, weapon or craft
    the noun after it is ("the assault force detained two men", "seized
    three assault rifles", "attack helicopters flew over"): no act is told
    (event_scope.json `kind_of_unit`)."""
    span = sent.doc.char_span(sent.start_char + cue.start, sent.start_char + cue.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span.root  # "roadside bomb facilitator": the cue's head word, "bomb"
    head = token.head
    return (
        token.dep_ in ("compound", "amod", "nmod")
        and head.i >= span.end
        and head.lower_ in scope_words().unit_heads
    )


# a weapon word inside a longer name, or one item of a list of weapons
_LIST_DEPS = frozenset({"conj", "appos", "compound", "amod", "npadvmod", "nmod"})


def _instrument_of(token: Token, words: ScopeWords) -> Token | None:
    """The verb a weapon word is the means of: the object of "with" /
    "using" under it, or its own object when it is "use" / "employ"; a
    conjunct in a list of weapons ("rockets, mortars and machine guns")
    is read as the list's first item."""
    for _ in range(6):  # "rocket-propelled grenades", "artillery and armoured vehicles": the list's head
        if token.dep_ not in _LIST_DEPS or token.head.i == token.i:
            break
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in words.instrument_preps:
        return head.head
    if token.dep_ == "dobj" and (
        head.lemma_.lower() in words.instrument_verbs or head.lower_ in words.instrument_preps
    ):
        # "stormed the base using drones": the participle's act is the verb it hangs on
        return head.head if head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp") else head
    return None


def instruments(sent: Span, cues: Sequence[EventCue], main: EventCue) -> set[int]:
    """The positions in `cues` of weapon cues that are only the means of the
    act the sentence's `main` cue tells (kept as `main` itself if it is
    one): the act they serve is `main`'s word, or holds it in its phrase
    ("used ... in the assault"), or they serve the same verb as `main`."""
    words = scope_words()
    main_token = cue_token(sent, main)
    if main_token is None:
        return set()
    main_act = _instrument_of(main_token, words)
    found: set[int] = set()
    for n, cue in enumerate(cues):
        if cue is main:
            continue
        token = cue_token(sent, cue)
        if token is None:
            continue
        act = _instrument_of(token, words)
        # "attacked the post with rockets": the act word and its means are one
        # spaCy makes a new Token object at each reading: compare positions
        serves_main = act is not None and (
            act.i == main_token.i
            or (main_act is not None and act.i == main_act.i)
            or _within(main_token, act)
        )
        if serves_main or (main_act is not None and token.i == main_act.i):
            found.add(n)
    return found


def _within(token: Token, act: Token) -> bool:
    """Whether `token` is in the phrase of the verb `act` without crossing
    another clause ("used grenades in the assault": "assault" is in it)."""
    node = token
    for _ in range(6):
        if node.i == act.i:
            return True
        if node.head.i == node.i or node.dep_ in ("ccomp", "advcl", "relcl", "conj", "xcomp"):
            return False
        node = node.head
    return False


def dated(sent: Span) -> bool:
    """Whether the sentence names a day or period of its own (the dates
    component's mentions; a running toll's "since 2011" dates no act)."""
    return any(
        sent.start_char <= m.span[0] and m.span[1] <= sent.end_char and not m.since
        for m in sent.doc._.dates or []
    )


def generic_statement(doc: Doc, start: int, dated: bool) -> bool:
    """Whether the event cue at character `start` tells what an actor keeps
    doing rather than an act of a day: its verb is in the present or the
    present perfect, or under "keep" / "continue" / "tend", and carries an
    adverb of repetition ("repeatedly", "typically") or is that aspect verb's
    complement, in a sentence with no day of its own (`dated`)."""
    if dated:
        return False
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span[0]
    words = scope_words()
    if _a_hallmark(verb, words):
        return True
    for _ in range(4):  # a noun cue ("attacks", "strikes") up to its verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    verb = _governing(verb)
    aspect = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words.aspect_verbs else None
    if verb.lemma_.lower() in words.aspect_verbs and any(c.dep_ == "xcomp" for c in verb.children):
        aspect = verb  # "warplanes continue to target ...": the cue is the aspect verb's subject
    act = verb
    if aspect is not None:
        verb = aspect
    if not _present(verb, words):
        return False
    # the parser hangs "on several occasions" on the verb or on its object,
    # and "repeatedly" on the act under an aspect verb
    near = [
        *verb.children,
        *(act.children if act is not verb else ()),
        *(g for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for g in c.children),
    ]
    # "is continuing to strike", a progressive, goes on as the report is
    # written (a force's running account): a habit only with an adverb of one.
    habitual_aspect = aspect is not None and aspect.tag_ != "VBG"
    return habitual_aspect or any(
        c.lower_ in words.generic_adverbs or _many_occasions(c, words) for c in near
    )


def _many_occasions(child: Token, words: ScopeWords) -> bool:
    """An "on several occasions" phrase under the verb."""
    if child.dep_ != "prep" or child.lower_ != "on":
        return False
    return any(
        o.lemma_.lower() in words.occasion_nouns
        and any(m.lower_ in words.occasion_counts for m in o.children)
        for o in child.children
        if o.dep_ == "pobj"
    )


def _a_hallmark(cue: Token, words: ScopeWords) -> bool:
    """The cue's phrase is the subject of a present "be" or "remain" whose
    attribute is a hallmark noun ("roadside bombs are the group's weapon of
    choice")."""
    node = cue
    while node.dep_ in ("compound", "amod") and node.head.i > node.i:
        node = node.head
    copula = node.head
    if node.dep_ != "nsubj" or copula.lemma_.lower() not in words.hallmark_copulas:
        return False
    if copula.tag_ not in words.present_tags:
        return False
    return any(
        c.dep_ in ("attr", "acomp", "oprd") and c.lemma_.lower() in words.hallmark_nouns
        for c in copula.children
    )


def _governing(verb: Token) -> Token:
    """The verb a gerund is the complement of ("has repeatedly denied using
    chemical weapons", "is often accused of planting mines"): its tense and
    adverbs tell whether the act is a habit or a day's."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "pcomp", "advcl"):
        return verb
    head = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
    return head if head.pos_ in ("VERB", "AUX") else verb


def _present(verb: Token, words: ScopeWords) -> bool:
    """A present or present perfect verb ("attack", "has attacked", "is
    targeted", "has been targeted"): no tense that tells a past day."""
    if verb.tag_ in words.present_tags:
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(auxes) and auxes[0].tag_ in words.present_tags


def sides(actors: Sequence[str]) -> frozenset[str]:
    """The actors of an event claim that are a side of it: civilians and
    protesters are targets, never the one who tells two attacks apart."""
    prefixes = scope_words().unsided_prefixes
    return frozenset(a for a in actors if not a.startswith(prefixes))


def other_attackers(a: Sequence[str], b: Sequence[str], friends: Mapping[str, frozenset[str]]) -> bool:
    """Whether two event claims name different sides and none in common
    ("Russian forces shelled Kherson" and "Ukrainian artillery shelled
    Kherson", both on Tuesday): two events, not one told twice. Allies and
    backers (`friends`: each actor's allied_with and backed_by, both ways)
    are one side: a headline's "Syrian jets" and the lead's "Russian jets"
    may tell one raid, as reports often confuse them."""
    first, second = sides(a), sides(b)
    if not (_named(first) and _named(second)):
        return False
    return not any(
        x == y or y in friends.get(x, ()) or x in friends.get(y, ()) for x in first for y in second
    )


def friends_of(actors: Iterable[Actor]) -> dict[str, frozenset[str]]:
    """Each actor's allies and backers by name, for `other_attackers`: the
    mention's own and its dictionary entry's (actors.csv), since a state's
    forces found from plain words ("Russian soldiers") carry none."""
    book = load_actors().actors
    found: dict[str, frozenset[str]] = {}
    for a in actors:
        entry = book.get(a.name)
        known = () if entry is None else (*entry.allied_with, *entry.backed_by)
        found[a.name] = found.get(a.name, frozenset()) | frozenset((*a.allied_with, *a.backed_by, *known))
    return found


def same_attacker(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two event claims share a side that is named, not a
    placeholder ("the RSF shelled the camp", activists said; "the RSF fired
    artillery at the camp", the army said): one attack told by two sources."""
    placeholders = scope_words().placeholder_prefixes
    return any(not side.startswith(placeholders) for side in sides(a) & sides(b))


def _named(sides: frozenset[str]) -> bool:
    """Whether a telling names a side that is more than a placeholder for
    one not yet named ("militants" in a headline, "gunmen")."""
    placeholders = scope_words().placeholder_prefixes
    return any(not side.startswith(placeholders) for side in sides)


# ACLED inter codes of armed groups that are not a state's: rebels, political and identity militias
_NON_STATE = frozenset({2, 3, 4})


def named_again(mentions: Sequence[ActorMention], text: str) -> list[ActorMention]:
    """The sentence's actor mentions without a definite placeholder that tells
    again a group the sentence has named ("Islamic State militants attacked
    a checkpoint; the gunmen fled": one side, not an unidentified other).
    "Gunmen killed a Hamas commander" keeps its gunmen: they are not "the"."""
    placeholders = scope_words().placeholder_prefixes
    named = [m for m in mentions if m.actor.inter in _NON_STATE and not m.actor.name.startswith(placeholders)]
    return [
        m
        for m in mentions
        if not (
            m.actor.name.startswith(placeholders)
            and text[max(0, m.start - 4) : m.start].lower() == "the "
            and any(n.end <= m.start for n in named)
        )
    ]


def accuser(doc: Doc, start: int, mentions: Sequence[ActorMention]) -> str | None:
    """Who accuses or blames in "X accused Y of shelling Z" when the event cue
    at character `start` is the act accused of: the accusation is X's claim
    (stance "claimed"), never the outlet's. X's actor name where an actor is
    named in it, else its head word ("the ministry": "ministry")."""
    blame = frame_cues().blame_verbs
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = next(
        (a for a in span[0].ancestors if a.lemma_.lower() in blame and a.pos_ in ("VERB", "AUX")), None
    )
    if verb is None:
        return None
    subject = _subject_of(verb)
    if subject is None or subject.pos_ == "PRON":
        return None
    left, right = subject.left_edge.idx, subject.idx + len(subject.text)
    context = doc._.claimants
    canonical = None if context is None else attribution.canonical_claimant(doc.text[left:right], context)
    if canonical is not None:
        return canonical  # "the government" in a report on Sudan: "Government of Sudan"
    named = next((m for m in mentions if left <= m.start < right), None)
    if named is not None:
        return str(named.actor.name)
    if subject.pos_ == "PROPN":  # "Washington accuses ...": the name as written
        return " ".join(t.text for t in subject.subtree if t.pos_ == "PROPN")
    return subject.lemma_.lower()


def _subject_of(verb: Token) -> Token | None:
    """The subject of a blaming verb, or of the clause a participle of it
    hangs on ("the government issued a statement accusing the rebels ...")."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None or node.dep_ not in ("acl", "advcl", "xcomp", "dobj", "pobj", "prep"):
            return subject
        node = node.head
    return None
