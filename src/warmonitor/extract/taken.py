"""People detained, arrested or captured, read off the dependency parse, and
figures told twice in one report.

"A security force detained a Taliban leader and two suspected insurgents":
the verb of detention (data/patterns/casualties.json, `people_taken`) and
its object with the object's conjuncts give one `captured` figure each (1
and 2); "several suspected insurgents were detained" reads the passive
subject. "The leader", "these suspects" (a definite or possessive
determiner) are people counted before and give none, and so does a bare
plural with no count ("detained suspects").

`restatements` links a figure told again later in the report ("killed two
insurgents ... killing the two insurgents") to its first telling.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span, Token

from warmonitor.extract import casualties, count_parties, heads
from warmonitor.extract.casualties import CasualtyFigure, party_of
from warmonitor.extract.claims import Figure
from warmonitor.extract.cue_data import pattern_data
from warmonitor.extract.numbers import VAGUE, find_counts


@dataclass(frozen=True)
class TakenCues:
    verbs: frozenset[str]
    custody_verbs: frozenset[str]
    custody_nouns: frozenset[str]
    persons: frozenset[str]
    people_verbs: frozenset[str]
    nominal: frozenset[str]
    confirming: frozenset[str]
    anaphoric: frozenset[str]
    other_words: frozenset[str]
    outcome_verbs: frozenset[str]
    accompanying: frozenset[str]
    single: frozenset[str]
    one_kind: frozenset[str]
    any_kind: frozenset[str]
    amounts: dict[str, int]
    group_preps: frozenset[str]
    care_places: frozenset[str]
    vaguer_voices: frozenset[str]
    armed_kind: frozenset[str]
    definite: frozenset[str]  # "the two attackers": people counted before
    hostage_verbs: frozenset[str]  # "holding three civilians hostage"
    hostage_nouns: frozenset[str]


@cache
def taken_cues() -> TakenCues:
    """The `people_taken` and `restated` cue lists, read once."""
    data = pattern_data("casualties.json")
    taken = data["people_taken"]
    return TakenCues(
        verbs=frozenset(taken["verbs"]),
        custody_verbs=frozenset(taken["custody_verbs"]["verbs"]),
        custody_nouns=frozenset(taken["custody_verbs"]["nouns"]),
        persons=frozenset(taken["person_lemmas"]),
        people_verbs=frozenset(taken["people_only_verbs"]["verbs"]),
        nominal=frozenset(taken["confirmed_nouns"]["nouns"]),
        confirming=frozenset(taken["confirmed_nouns"]["verbs"]),
        anaphoric=frozenset(taken["anaphoric_determiners"]["words"]),
        other_words=frozenset(data["restated"]["other_words"]),
        outcome_verbs=frozenset(taken["confirmed_nouns"]["outcome_verbs"]),
        accompanying=frozenset(taken["accompanying"]["words"]),
        single=frozenset(taken["single_determiners"]["words"]),
        one_kind=frozenset(taken["one_kind_of_people"]["lemmas"]),
        any_kind=frozenset(taken["any_kind_of_people"]["lemmas"]),
        amounts=dict(taken["amounts"]["phrases"]),
        group_preps=frozenset(taken["group_name_prepositions"]["words"]),
        care_places=frozenset(taken["care_places"]["nouns"]),
        vaguer_voices=frozenset(data["restated"]["vaguer_voices"]["claimants"]),
        armed_kind=frozenset(data["restated"]["armed_kind"]["lemmas"]),
        definite=frozenset(data["restated"]["definite"]["words"]),
        hostage_verbs=frozenset(taken["held_hostage"]["verbs"]),
        hostage_nouns=frozenset(taken["held_hostage"]["nouns"]),
    )


def restated_noun(outcome: str, noun: str | None, cues: TakenCues | None = None) -> str | None:
    """The noun a figure counts, for telling it again: people taken under any
    of the report's words for them ("suspects", "individuals") are one kind,
    and so are a non-state side's armed dead ("fighters", "militants")."""
    cues = cues or taken_cues()
    if outcome == "captured" and noun in cues.one_kind:
        return "person"
    # "100 Daesh fighters" in the headline are "a hundred militants" below.
    # A headline's title case leaves the noun unlemmatised ("Fighters").
    armed = noun is not None and (
        noun in cues.armed_kind or noun.lower().removesuffix("s") in cues.armed_kind
    )
    return "fighter" if armed else noun


def vague_noun(outcome: str, noun: str | None) -> str | None:
    """The noun a figure counts, for a vague toll told again with its count:
    "dozens were killed", "injured several people" name no kind of people,
    so the count may name one ("32 civilians")."""
    cues = taken_cues()
    if outcome != "captured" and noun in cues.any_kind:
        return None
    return restated_noun(outcome, noun, cues)


def _detains(verb: Token, cues: TakenCues) -> bool:
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if _in_care(verb, cues):
        return False  # "detained in hospital": kept for treatment
    if lemma in cues.verbs:
        return True
    if lemma in cues.custody_verbs:
        return any(
            prep.dep_ == "prep"
            and prep.lower_ in ("into", "in")
            and any(o.lemma_.lower() in cues.custody_nouns for o in prep.children if o.dep_ == "pobj")
            for prep in verb.children
        )
    return False


def kept_in_care(doc: Doc, char: int) -> bool:
    """Whether the verb at `char` is "detained in hospital" (kept for
    treatment): no arrest, no event of arrest."""
    token = next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)
    return token is not None and _in_care(token, taken_cues())


def _in_care(verb: Token, cues: TakenCues) -> bool:
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(o.lemma_.lower() in cues.care_places for o in prep.children if o.dep_ == "pobj")
        for prep in verb.children
    )


def _confirmed(noun: Token, cues: TakenCues) -> list[Token]:
    """The people of "confirmed the arrest of a Taliban facilitator" and "led
    to the detention of two men": a noun of detention, the object of a verb
    of confirming or in the "in"/"to" phrase of a verb of outcome, and its
    "of" object."""
    if noun.lemma_.lower() not in cues.nominal:
        return []
    head = noun.head
    if head.lemma_.lower() not in cues.confirming and not (
        noun.dep_ == "pobj" and head.lower_ in ("in", "to") and head.head.lemma_.lower() in cues.outcome_verbs
    ):
        return []
    return [
        o
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
        if o.dep_ == "pobj"
        for o in (o, *o.conjuncts)
    ]


def _objects(verb: Token, cues: TakenCues) -> list[Token]:
    """The people a verb of detention acts on: its object or passive subject,
    else (for "were identified and detained") those of the verb it is joined
    to, or the noun its participle describes ("two men taken into custody");
    with those "along with" it or them."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not found and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        found = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not found and verb.dep_ == "acl" and verb.tag_ == "VBN" and _counted_noun(verb.head):
        found = [verb.head]
    people: list[Token] = []
    for each in found:
        people += [each, *each.conjuncts]
    for holder in (verb, *found):
        people += _accompanying(holder, cues)
    return people


def _counted_noun(noun: Token) -> bool:
    """A noun counted by a number or a vague amount ("two men", "several
    suspects"), not "a commander detained by the force in July", which tells
    of someone taken before."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ in ("nummod", "amod") and (c.pos_ == "NUM" or c.lower_ in VAGUE) for c in noun.children
    )


def _accompanying(holder: Token, cues: TakenCues) -> list[Token]:
    """The objects of "along with" / "together with" under `holder`: the
    parser hangs "with" under "along", or "together" under "with"."""
    withs = [
        prep
        for child in holder.children
        for prep in (child, *child.children)
        if prep.dep_ == "prep"
        and prep.lower_ == "with"
        and (child.lower_ in cues.accompanying or any(a.lower_ in cues.accompanying for a in prep.children))
    ]
    return [o for prep in withs for o in prep.children if o.dep_ == "pobj" for o in (o, *o.conjuncts)]


def taken_by_a_verb_before(sent: Span, figure: CasualtyFigure) -> bool:
    """Whether the verb of detention that takes `figure`'s people stands
    before them ("detaining more than 10 suspects and killing two"), not
    after ("66 journalists killed ... along with 119 were kidnapped")."""
    span = sent.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return False
    verbs = taken_cues().verbs
    head = span.root
    while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    return head.i < span.root.i and head.lemma_.lower() in verbs


HELD_HOSTAGE = "people taken: held hostage"
TAKEN_NOTE = "people taken: object of a verb of detention"


def _held_hostage(sent: Span, cues: TakenCues) -> list[tuple[Token, list[Token], Token]]:
    """(verb, people, noun of hostages) of "holding three civilians hostage", "took 300 pupils
    hostage", "were held captive" (casualties.json `held_hostage`): the noun
    of hostages completes a verb of holding or taking, which it follows; the
    people are the passive subject, else the nouns between the verb and it
    (the parse hangs them on the verb, or on "hostage" as its modifiers)."""
    found: list[tuple[Token, list[Token], Token]] = []
    for word in sent:
        if word.lower_ not in cues.hostage_nouns:
            continue
        verb = word.head
        for _ in range(3):
            if verb.pos_ == "VERB" or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.hostage_verbs or verb.i > word.i:
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ == "to") for c in verb.children):
            continue  # "did not take anyone hostage", "tried to take pupils hostage"
        # any people's noun, then its bare number ("two traders" is no listed person)
        passive = [
            t
            for c in verb.children
            if c.dep_ == "nsubjpass"
            for t in (c, *c.children)
            if t.pos_ in ("NOUN", "NUM")
        ]
        between = [t for t in word.doc[verb.i + 1 : word.i] if t.pos_ in ("NOUN", "NUM")]
        # the people's noun before a bare number: its words tell their side
        found.append((verb, sorted(passive or between, key=lambda t: t.pos_ == "NUM"), word))
    return found


def people_taken(sent: Span) -> list[CasualtyFigure]:
    """`captured` figures for the people the sentence's verbs of detention act
    on, and for those held hostage (`_held_hostage`: the first counted person
    of each); spans are offsets into the report (the count, or the noun of "a
    leader")."""
    cues = taken_cues()
    found: list[CasualtyFigure] = []
    running = None
    acts: list[tuple[Token, list[Token], Token | None]] = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "NOUN"):
            continue
        people = _confirmed(verb, cues)
        if not people:
            if not _detains(verb, cues) or any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ == "to") for c in verb.children
            ):
                continue  # "did not detain", "an operation to arrest a leader"
            people = _objects(verb, cues)
        acts.append((verb, people, None))
    acts += _held_hostage(sent, cues)
    for verb, people, hostage in acts:
        for noun in people:
            read = _reading(noun, verb, cues)
            if read is None:
                continue
            start, end, low, best, high, qualifier, vague = read
            if running is None:
                running = bool(heads.running_tolls(sent))
            # the report's text as the pipeline keeps it: doc.text joins every token again
            text = sent.doc._.wm_text or sent.doc.text
            words = text[start : noun.idx + len(noun.text) + 40] if noun.pos_ != "NUM" else ""
            if hostage is not None:
                words = (
                    text[start : hostage.idx]
                    if start < hostage.idx
                    else text[start : noun.idx + len(noun.text)]
                )
            # "one of the two LeT militants": the whole's side
            party = party_of(words) or count_parties.whole_party(noun) or "unknown"
            found.append(
                CasualtyFigure(
                    outcome="captured", party=party, low=low, best=best, high=high,
                    qualifier=qualifier or ("vague" if vague else None),
                    scope="cumulative" if running else "incident", start=start, end=end,
                    notes=[HELD_HOSTAGE if hostage is not None else TAKEN_NOTE],
                )
            )  # fmt: skip
            if hostage is not None:
                break  # "three members of a family": one count, not one per noun
    return found


def _reading(
    noun: Token, verb: Token, cues: TakenCues
) -> tuple[int, int, int | None, int | None, int | None, str | None, bool] | None:
    """(start, end, low, best, high, qualifier, vague) of the count of the
    person `noun` of `verb`, or None when it is no person or carries no count
    of its own. A name counts one person only after a verb that takes
    nothing but people ("arrested Marcel X", not "captured Jisr al-Shughour"
    misread as a person's name)."""
    lower = noun.lower_
    doc = noun.doc
    if noun.pos_ == "NUM" or lower in VAGUE:
        counts = find_counts(noun.text, noun.idx)
    elif (person := _named_group_member(noun, cues)) is not None:
        return person.idx, person.idx + len(person.text), 1, 1, 1, None, False
    elif (of := _of_people(noun, cues)) is not None:
        # "dozens of suspected insurgents", "a number of suspects"
        words = doc[noun.left_edge.i : of.i + 1]
        amount = cues.amounts.get(words.text.lower())
        if amount is not None:
            return words.start_char, words.end_char, amount, amount, None, None, True
        counts = find_counts(words.text, noun.left_edge.idx)
    elif (
        noun.lemma_.lower() in cues.persons
        or lower in cues.persons
        or (noun.ent_type_ == "PERSON" and verb.lemma_.lower() in cues.people_verbs)
    ):
        dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
        named = noun.tag_ == "NN" and any(
            c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > noun.i for c in noun.children
        )  # "the senior Taliban leader Mawawi Akbar": someone named, not told before
        if not named and any(d.dep_ == "poss" or d.lower_ in cues.anaphoric for d in dets):
            return None
        if named and not any(d.lower_ in ("a", "an") for d in dets):
            return noun.idx, noun.idx + len(noun.text), 1, 1, 1, None, False
        left = noun.left_edge
        counts = find_counts(doc[left.i : noun.i].text, left.idx) if left.i < noun.i else []
        if not counts:
            if any(d.lower_ in cues.single for d in dets) or (
                noun.ent_type_ == "PERSON" and not dets and noun.tag_ == "NNP"
            ):
                return noun.idx, noun.idx + len(noun.text), 1, 1, 1, None, False
            return None
    else:
        return None
    if not counts:
        return None
    first = counts[0]
    return first.start, first.end, first.low, first.best, first.high, first.qualifier, first.vague


def _named_group_member(noun: Token, cues: TakenCues) -> Token | None:
    """The person of "an Army of Islam facilitator", "a Movement for Justice
    and Equality commander", "a suspected al-Qaida in Iraq leader"
    (`group_name_prepositions`): the parser makes the group's first name word the
    object and hangs the person noun, with no determiner of its own, under
    the name's "of" / "for"; the object's "a" counts that one person."""
    if noun.pos_ != "PROPN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    return next(
        (
            o
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ in cues.group_preps
            for o in prep.children
            if o.dep_ == "pobj"
            and o.pos_ == "NOUN"
            and o.lemma_.lower() in cues.persons
            and not any(c.dep_ in ("det", "poss", "nummod") for c in o.children)
        ),
        None,
    )


def _of_people(noun: Token, cues: TakenCues) -> Token | None:
    """The "of" of "dozens of insurgents" when its object is a person."""
    for prep in noun.children:
        if (
            prep.dep_ == "prep"
            and prep.lower_ == "of"
            and any(o.dep_ == "pobj" and o.lemma_.lower() in cues.persons for o in prep.children)
        ):
            return prep
    return None


# A figure of everyone hurt or of people whose side is not told may be told
# again with their side ("Car bomb kills six" ... "six civilians were killed").
_ANY_PARTY = ("total", "unknown")


def compatible(a: str, b: str) -> bool:
    return a == b or a in _ANY_PARTY or b in _ANY_PARTY


# How many characters from a count on make a line repeated word for word.
_REPEAT_CHARS = 40


def repeated_line(text: str, first: tuple[int, int], later: tuple[int, int]) -> bool:
    """Two counts inside one run of text that is a line told twice word for
    word (a headline repeated at the head of the body with no stop between,
    as FA-KES copies keep them): the same words from each count on."""
    a = text[first[0] : first[0] + _REPEAT_CHARS]
    return len(a) == _REPEAT_CHARS and a == text[later[0] : later[0] + _REPEAT_CHARS]


def _glued(text: str, first: tuple[int, int], later: tuple[int, int]) -> bool:
    """Two counts of a report's first sentence that are its headline and its
    lead run together with no stop ("Gunmen kill 7 in village raid Gunmen on
    motorbikes killed seven villagers ...", as WikiEvents keeps its texts):
    the words between them tell the outcome again, with no "and" or comma
    joining a second count of one telling ("killed 3 in one town and 3 in
    another")."""
    between = text[first[1] : later[0]]
    words = between.lower().replace(",", " , ").split()
    return casualties.tells_outcome(between) and not {"and", ",", ";", "while", "as"} & set(words)


def says_others(text: str, span: tuple[int, int], cues: TakenCues) -> bool:
    """Whether a word about the count says the people are others: one of the
    four words before it ("another four", "a second blast killed four") or
    the two after it ("two more", "four others"). "More than 100" is a
    bound, no others; words farther on speak of other people than the
    count's ("killing four and leaving many more suffering")."""
    before = text[max(0, span[0] - 30) : span[0]].lower().replace(",", " ").split()[-4:]
    after = text[span[1] : span[1] + 25].lower().replace(",", " ").split()[:3]
    if after[:2] == ["more", "than"]:
        after = after[2:]
    bound = {k for k, word in enumerate(before) if word == "more" and before[k + 1 : k + 2] == ["than"]}
    return any(word in cues.other_words for k, word in enumerate(before) if k not in bound) or any(
        word in cues.other_words for word in after[:2]
    )


def restatements(
    claims: Sequence[Figure],
    sentence_of: Sequence[int],
    places: Sequence[frozenset[str]],
    nouns: Sequence[str | None],
    text: str,
    days: Sequence[date | None] | None = None,
    voice: str | None = None,
    regions: Sequence[str | None] | None = None,
    lead: int | None = None,
    after_other_outcome: Sequence[bool] | None = None,
    definite: Sequence[bool] | None = None,
) -> dict[int, int]:
    """{index of a figure told again: index of its first telling}. A figure
    restates an earlier one of another sentence (a headline, the lead, a
    photo caption telling one incident) when both are incidents with the
    same outcome and number, of the same party or one whose side is not
    told, counting the same noun ("insurgents", or no noun), their sentences
    name no places or a place in common, they are dated to the same day or
    one is undated, they are told by the same source or one in the report's
    own voice (`voice`), and no word about the count ("two more",
    "another", "others") says the people are others. Two counts of one
    sentence are one telling only when the sentence repeats a line word for
    word (`repeated_line`) or is the report's first (`lead`), a headline glued to
    its lead (`_glued`). "Another" or "others" right after a count of
    another outcome (`after_other_outcome`: "... as well as two civilians.
    Another 70 were wounded") sets the hurt beside the dead, not beside the
    lead's 70 wounded, and does not keep the two tellings apart. A later
    count told with the definite article (`definite`: "killing the two
    attackers") points back whatever noun it uses."""
    cues = taken_cues()
    linked: dict[int, int] = {}
    # Earlier figures by (outcome, number), in order: a figure is compared
    # only with those it could restate (comparing every pair took the square of
    # a figure-dense report's length: a table of tolls, 68 % of its time).
    same: dict[tuple[str, int | None], list[int]] = {}
    day = list(days) if days is not None else [None] * len(claims)

    def told_by(i: int) -> str | None:
        claimant = claims[i].claimant
        return None if claimant == voice or claimant in cues.vaguer_voices else claimant

    region = list(regions) if regions is not None else [None] * len(claims)
    contrast = list(after_other_outcome) if after_other_outcome is not None else [False] * len(claims)
    pointed = list(definite) if definite is not None else [False] * len(claims)

    def same_place(i: int, j: int) -> bool:
        return (
            not places[i]
            or not places[j]
            or bool(places[i] & places[j])
            or region[i] in places[j]
            or region[j] in places[i]
        )

    def restates(i: int, j: int) -> bool:
        first, later = claims[i], claims[j]
        return (
            i not in linked
            and first.part_of is None
            and first.scope == "incident"
            and (
                sentence_of[i] != sentence_of[j]
                or repeated_line(text, first.span, later.span)
                or (sentence_of[i] == lead and _glued(text, first.span, later.span))
            )
            and compatible(first.party, later.party)
            and same_place(i, j)
            and (nouns[i] is None or nouns[j] is None or nouns[i] == nouns[j] or pointed[j])
            and (day[i] is None or day[j] is None or day[i] == day[j])
            and (told_by(i) is None or told_by(j) is None or told_by(i) == told_by(j))
        )

    for j, later in enumerate(claims):
        earlier = same.setdefault((later.outcome, later.best), [])
        first_telling = None
        if (
            later.part_of is None
            and later.scope == "incident"
            and later.best is not None
            and (contrast[j] or not says_others(text, later.span, cues))
        ):
            first_telling = next((i for i in earlier if restates(i, j)), None)
        if first_telling is not None:
            linked[j] = first_telling
        earlier.append(j)
    return linked


def _no_fewer(vague: Figure, counted: Figure) -> bool:
    """ "Dozens were killed. Five children were among the dead": a count below
    the vague amount is a part of it, not its telling (people taken keep the
    ISAF rule: "several suspects", then "two suspects" is the count)."""
    return counted.outcome == "captured" or (counted.best or 0) >= (vague.best or 0)


# Outcomes whose vague telling gives way to a counted one: people taken (the
# ISAF dev releases' leads say "several suspects" and their detail counts
# them; their gold takes the count); the dead and hurt too (events16: about
# 20 FA-KES leads outside the split and WikiEvents' Lyon bomb say "dozens
# wounded", "injured several people" and a later sentence counts them, "140
# injured", "11 taken to hospital": one figure, not two).
RETOLD_VAGUELY = ("captured", "killed", "injured")


def vague_retellings(
    claims: Sequence[Figure],
    sentence_of: Sequence[int],
    places: Sequence[frozenset[str]],
    nouns: Sequence[str | None],
    text: str,
    days: Sequence[date | None],
) -> dict[int, int]:
    """{index of a vague figure: index of the counted figure it tells}: the
    nearest counted figure of another sentence, of the same outcome and kind
    of people, whose sentences name no places or one in common, on the same
    day or undated, and which no word ("two more", "other") says are others.
    Each counted figure takes one vague telling."""
    cues = taken_cues()
    linked: dict[int, int] = {}
    taken: set[int] = set()

    def others(j: int) -> bool:
        return says_others(text, claims[j].span, cues)

    def tells(i: int, j: int) -> bool:
        return (
            j not in taken
            and claims[j].qualifier != "vague"
            and claims[j].outcome == claims[i].outcome
            and sentence_of[i] != sentence_of[j]
            and _no_fewer(claims[i], claims[j])
            and (nouns[i] is None or nouns[j] is None or nouns[i] == nouns[j])
            and (not places[i] or not places[j] or bool(places[i] & places[j]))
            and (days[i] is None or days[j] is None or days[i] == days[j])
            and not others(j)
        )

    for i, claim in enumerate(claims):
        if claim.qualifier != "vague" or others(i):
            continue
        order = sorted(range(len(claims)), key=lambda j: abs(sentence_of[j] - sentence_of[i]))
        counted = next((j for j in order if tells(i, j)), None)
        if counted is not None:
            linked[i] = counted
            taken.add(counted)
    return linked
