"""Control-claim helpers: the nouns and verbs of holding, who holds or lost a
place (the holder, a definite group, the subject of control), the places a
control claim names (unlisted places, regions), and the claims built for held,
offensive, "under control" and holding-noun sentences.

Helpers used by the control component (extract/components.py): control_nouns,
lost_to_actors, passive, called_pejoratively, the_group, defender_is_speaker,
places_inside, names_someone_else, control_fields, held_claims,
offensive_claims, under_control_claims, holding_noun_claims,
control_subject, control_place, unlisted_places; moved here from
components.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Any

import numpy
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from warmonitor.extract import attribution, control
from warmonitor.extract.actor_resolution import UNARMED, backer_named, claimant_at, subject_actors
from warmonitor.extract.actors import (
    Actor,
    ActorMention,
    acled_country_name,
    generic_actors,
    load_actors,
    state_actor,
)
from warmonitor.extract.claim_fields import date_ref, place_ref, validated_claim
from warmonitor.extract.claims import ControlClaim
from warmonitor.extract.gazetteer import PlaceCandidate, acled_geo_precision, distance_km, load_gazetteer
from warmonitor.extract.held_part import locates_a_part
from warmonitor.extract.mentions import PlaceMention, doc_text
from warmonitor.extract.place_choice import named_as_landmark

_EXTENT = [(re.compile(r"\b(?:most|majority|large parts?|much|bulk)\s+of\b", re.I), "most"),
           (re.compile(r"\b(?:parts?|some|areas|neighbourhoods|districts|edge|outskirts)\s+of\b", re.I), "part"),
           (re.compile(r"\b(?:points?|positions?)\s+in\b", re.I), "part"),  # "held strategic points in the city"
           (re.compile(r"\b(?:all of|entire|whole|full control)\b", re.I), "all")]  # fmt: skip


def unlisted_places(
    doc: Doc,
    target: control.ControlObject,
    places: list[PlaceMention],
    before: list[PlaceMention],
    clause: Token | None,
    listed: list[PlaceMention] | None = None,
) -> list[PlaceMention]:
    """Places the gazetteer lacks named in a control object ("retook the villages
    of Zaytan and Khalasa southwest of Aleppo city"): each keeps its name as
    written, placed at the town or region named nearest it in the clause of the
    verb (`clause`: "north of X", "in X province": the ACLED geo precision of
    being near that town or in that region, 2 or 3), else in the region of the
    last place named before it in the sentence or the sentence before, in the
    sentence's country (precision 3); with neither, no claim,
    rather than a namesake's place or a place the clause does not tie it to
    ("..., the ministry in Moscow said"). Kept in doc._.wm_unlisted for the
    report's places.

    With `listed` (the places the object already names), only the names in one
    list with them: each is the gazetteer's town of that name in the list's
    country and near it (a name the recogniser took for a person, "Harasta,
    Arbin and Douma"), else placed at the nearest listed town."""
    known = [(m.start, m.end) for m in [*doc._.places, *doc._.actors]]
    if listed is not None:
        return _listed_places(doc, target, known, listed)
    lo, hi = (clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)) if clause else (0, 0)
    country = (doc._.wm_sentence_countries or {}).get(clause.sent.start_char) if clause else None
    found = []
    for a, b in control.unlisted_names(doc, target, known):
        near = [
            p
            for p in places
            if p.place.feature != "country" and lo <= p.start < hi and not (a <= p.start < b)
        ]
        # else the sentence's place named before it ("south of Aleppo city linking the
        # government-held Nayrab airport"), then the sentence before's, in the sentence's country
        earlier = [
            p for p in [*before, *(p for p in places if p.end <= a)]
            if p.place.feature != "country" and country in (None, p.place.country)
        ]  # fmt: skip
        if near:
            held = min(near, key=lambda p: min(abs(p.start - b), abs(a - p.end))).place
            precision = acled_geo_precision(held, near=True)
        elif earlier:
            # a place named apart from it says the region, not that it lies near that town
            held, precision = _region_of(earlier[-1].place), 3
        else:
            continue
        mention = PlaceMention(
            replace(
                held, name=doc.text[a:b], display=None, geonameid=None, pcode=None, population=0,
                feature="unlisted", precision=precision,
            ),
            a, b, precision,
        )  # fmt: skip
        doc._.wm_unlisted.append(mention)
        found.append(mention)
    return found


# A town named in one list with others lies near them ("the villages of X, Y
# and Z" on one front): a namesake farther away is not the one meant.
_LISTED_WITHIN_KM = 60.0


def _listed_places(
    doc: Doc, target: control.ControlObject, known: list[tuple[int, int]], listed: list[PlaceMention]
) -> list[PlaceMention]:
    """The names in one list with the places a control object names (see unlisted_places)."""
    found = []
    for a, b in control.unlisted_names(doc, target, known, [(m.start, m.end) for m in listed]):
        neighbour = min(listed, key=lambda p: min(abs(p.start - b), abs(a - p.end))).place
        town = next(
            (
                c for c in load_gazetteer().candidates(doc.text[a:b])
                if c.country == neighbour.country and c.feature in ("city", "village")
                and distance_km((c.lat, c.lon), (neighbour.lat, neighbour.lon)) <= _LISTED_WITHIN_KM
            ),
            None,
        )  # fmt: skip
        if town is not None:
            mention = PlaceMention(town, a, b, acled_geo_precision(town))
        else:
            precision = acled_geo_precision(neighbour, near=True)
            held = replace(
                neighbour, name=doc.text[a:b], display=None, geonameid=None, pcode=None, population=0,
                feature="unlisted", precision=precision,
            )  # fmt: skip
            mention = PlaceMention(held, a, b, precision)
        doc._.wm_unlisted.append(mention)
        found.append(mention)
    return found


def _region_of(place: PlaceCandidate) -> PlaceCandidate:
    """The first-level region a place lies in, as the gazetteer holds it (placed
    where ACLED places an event known only to its region); the place itself
    when the gazetteer holds no such region."""
    if place.feature == "admin1" or not place.admin1:
        return place
    regions = [
        c
        for c in load_gazetteer().candidates(place.admin1)
        if c.feature == "admin1" and c.country == place.country
    ]
    return regions[0] if regions else place


def _clause_of(noun: Token) -> Token:
    """The verb whose clause holds a noun ("shelled ... the rebel-held town of X"), or its root."""
    return next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), noun)


def control_nouns(doc: Doc, sentences: list[tuple[Span, str]]) -> list[list[Any]]:
    """For each sentence, its nouns that may be an offensive, a holding or a
    siege (control.json's lemmas), in order: the only tokens `offensive_claims`
    and `holding_noun_claims` act on, found from the Doc's POS column instead
    of each of them walking every token of every sentence."""
    cues = control.control_cues()
    wanted = cues.offensive_nouns | cues.purpose_nouns | cues.holding_nouns | cues.siege_nouns
    found = [
        token for i in numpy.flatnonzero(doc.to_array("POS") == NOUN).tolist()
        if (token := doc[i]).lemma_.lower() in wanted
    ]  # fmt: skip
    starts = [sent.start for sent, _text in sentences]
    by_sentence: list[list[Any]] = [[] for _ in sentences]
    for token in found:
        by_sentence[bisect_right(starts, token.i) - 1].append(token)
    return by_sentence


def lost_to_actors(verb: Any, actors: list[ActorMention]) -> list[str]:
    """The actors of a loss's "to" phrase ("lost Palmyra in March to Syrian army
    forces"), armed ones only."""
    noun = control.lost_to(verb)
    if noun is None:
        return []
    a, b = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)
    found = [m for m in actors if a <= m.start and m.end <= b and m.actor.inter not in UNARMED]
    return list(dict.fromkeys(str(m.actor.name) for m in found))


def passive(verb: Any) -> bool:
    """Whether a verb token (a spaCy Token) heads a passive clause: it has a
    passive subject or a passive auxiliary ("was taken by")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def called_pejoratively(doc: Doc, actors: list[ActorMention]) -> list[str]:
    """The dictionary's armed groups a sentence names with a pejorative right
    beside the name ("ISIL terrorists", "the jihadist group IS"): the group a
    later "terrorist-besieged" town is besieged by (control.json
    `pejorative_holders`)."""
    words = control.control_cues().pejorative_holders
    book = load_actors().actors
    found = []
    for m in actors:
        if m.actor.name not in book or m.actor.inter != 2:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        beside = [doc[span.end]] if span.end < len(doc) else []
        if span.start > 0:
            before = doc[span.start - 1]
            # "the jihadist group IS": the word before the group's noun
            beside.append(doc[span.start - 2] if before.lower_ == "group" and span.start > 1 else before)
        if any(t.lower_ in words for t in beside):
            found.append(str(m.actor.name))
    return found


def the_group(mention: ActorMention, text: str, named_rebels: list[str]) -> str:
    """ "The rebels also captured Saraqib" after "Hayat Tahrir al-Sham ... took
    Aleppo": a definite generic "the rebels" is the armed group last named."""
    name = str(mention.actor.name)
    if (
        named_rebels
        and name.startswith("Rebel Group (")
        and text[max(0, mention.start - 4) : mention.start].lower() == "the "
    ):
        return named_rebels[-1]
    return name


def defender_is_speaker(sent: Span, verb: Any) -> list[str]:
    """ "Army units repelled an attack ..., the army command said": a subject the
    actors missed, said by an armed force about its own units, is that force."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    claimant = sent._.claimant
    if subject is None or not claimant or subject.lemma_.lower() not in control.control_cues().unit_nouns:
        return []
    book = load_actors()
    armed = claimant in book.actors or str(claimant).startswith("Military Forces of")
    return [str(claimant)] if armed else []


def places_inside(places: list[PlaceMention], target: control.ControlObject, text: str) -> list[PlaceMention]:
    """The places inside a control object's phrases, landmarks aside; places in
    a container phrase ("posts in Kfar Saghir village") only when no other is
    there, and only towns not standing for their region ("villages in Hama
    countryside" did not take Hama)."""
    inside = [
        p for p in places
        if any(a <= p.start and p.end <= b for a, b in target.ranges) and p.start not in target.landmark_tokens
    ]  # fmt: skip
    cues = control.control_cues()
    # "advanced in Homs southeastern countryside": the land around Homs, not Homs
    inside = [p for p in inside if not _names_its_region(p, text, cues.surroundings_nouns)]
    named = [p for p in inside if p.start not in target.contained_tokens]
    if named or target.own_name:
        return named  # "advances on al-Rasafa in Raqqa": a name the gazetteer lacks is not Raqqa
    return [
        p for p in inside
        if p.place.feature in ("city", "village") and p.precision == 1 and not _names_its_region(p, text)
    ]  # fmt: skip


_WORDS = re.compile(r"[A-Za-z]+")


def _names_its_region(place: PlaceMention, text: str, nouns: frozenset[str] | None = None) -> bool:
    """ "Aleppo northern countryside", "Hama province": the town's name stands
    for the area around it (data/patterns/control.json `containers`; `nouns`:
    which area words count, `region_nouns` by default)."""
    cues = control.control_cues()
    after = [w.lower() for w in _WORDS.findall(text[place.end : place.end + 40])][:2]
    if after and after[0] in cues.directions:
        after = after[1:]
    return bool(after) and after[0] in (cues.region_nouns if nouns is None else nouns)


def names_someone_else(verb: Any) -> bool:
    """Whether the verb's subject is a noun phrase (not a pronoun or a relative
    "which"): one the actors missed is no armed actor ("a convoy")."""
    armed = control.control_cues().unit_nouns
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return bool(
                child.pos_ in ("NOUN", "PROPN")
                and child.lower_ not in ("which", "that", "who")
                and child.lemma_.lower() not in armed
            )
    return False


# "denied that Goma had fallen, saying its troops still held ...": what the
# denier goes on to say after "saying" / "adding" is asserted, not denied.
_GOES_ON = re.compile(r",\s*(?:saying|adding|but said|and said)\b", re.I)


def _stance_at(sent: Span, char: int) -> str:
    """The sentence's stance for a claim at `char`; a denial covers only what
    comes before the denier goes on to say something of its own."""
    stance: str = sent._.stance
    if stance != "denied":
        return stance
    before = doc_text(sent.doc)[sent.start_char : char]
    return "asserted" if _GOES_ON.search(before) and attribution.stance_of(before) == "denied" else stance


def control_fields(
    text: str, sent: Span, sent_text: str, start: int, end: int, place: PlaceMention, refers_back: bool
) -> dict[str, Any]:
    """The fields every control claim of one cue and place shares."""
    # The words between the cue and the place; for a place named before ("the
    # city" referring back), the cue's own clause after it.
    window = text[end : place.start] if place.start >= end else re.split(r"[,;.]", text[end : end + 60])[0]
    extent = next((name for regex, name in _EXTENT if regex.search(window)), None)
    if _SUB_PLACE.match(text[place.end : place.end + 40]):
        extent = "part"  # "Aleppo International Airport" is a part of Aleppo, not the city
    when = date_ref(sent)
    return dict(
        text=sent_text, span=(start, end), claimant=claimant_at(sent, start), stance=_stance_at(sent, start),
        place=place_ref(place), extent=extent, date=when, date_basis=None if when is None else "text",
    )  # fmt: skip


def object_places(
    doc: Doc,
    target: control.ControlObject,
    places: list[PlaceMention],
    clause: Token | None,
    before: list[PlaceMention] | None = None,
) -> list[PlaceMention]:
    """The places a control phrase's object names: those the report resolved
    inside it with the other members of their list ("retook the towns of
    Harasta, Arbin and Zamalka"), else names the gazetteer lacks placed by
    the clause's town (or the places of the sentence before, `before`)."""
    inside = places_inside(places, target, doc_text(doc))
    if inside:
        return [*inside, *unlisted_places(doc, target, places, [], clause, listed=inside)]
    return unlisted_places(doc, target, places, before or [], clause)


def _add_claims(
    doc: Doc,
    sent: Span,
    sent_text: str,
    span: tuple[int, int],
    places: list[PlaceMention],
    actor: str,
    change: str,
) -> None:
    """One control claim of `actor` (`change`: holds, contested, ...) per
    place, its span the words that told it."""
    text = doc_text(doc)
    for place in places:
        claim = control_fields(text, sent, sent_text, span[0], span[1], place, False)
        doc._.claims.append(validated_claim(ControlClaim, **claim, actor=actor, allies=[], change=change))


def held_claims(
    doc: Doc,
    sent: Span,
    sent_text: str,
    places: list[PlaceMention],
    actors: list[ActorMention],
    words: frozenset[str] | None = None,
    called: list[str] | None = None,
) -> None:
    """ "the rebel-held town of Atareb", "regime-besieged Talbiseh": a holding
    (or a siege) by the side the word before the hyphen names; a pejorative
    ("terrorist-besieged") names the armed group the report last called so
    (`called`, from `called_pejoratively`), when it called one so."""
    found = control.held_modifiers(sent, words)
    if not found:
        return
    pejorative = control.control_cues().pejorative_holders
    for i, held in enumerate(found):
        # Another modifier's noun phrase is its own claim, unless it holds this one.
        others = frozenset(
            t.i
            for j, h in enumerate(found)
            if j != i and h.noun.i != held.noun.i and not h.noun.is_ancestor(held.noun)
            for t in h.noun.subtree
        )
        share, container = control.held_share(held.noun)
        if share:
            continue  # "rebel-held parts of Aleppo": who holds a share, not the town
        target = control.objects_of([_half_of(held.noun)], leave_out=others | container)
        # "the regime-held parts of the city" names no place: the dev gold does not
        # read it as a holding of the town named before (tried: 3 claims, none right)
        where = object_places(doc, target, places, _clause_of(held.noun))
        if called and held.holder.lower_ in pejorative:
            holder: str | None = called[-1]
        else:
            holder = _holder(doc, sent, held.holder, actors, where=where)
        if holder is None:
            continue
        _add_claims(doc, sent, sent_text, (held.start, held.end), where, holder, held.change)


def _half_of(noun: Token) -> Token:
    """ "the government-held west of Aleppo city", "the rebel-held east of
    Mosul": a direction held is a part of the town it is of (not a landmark
    as in "north of Damascus"), so the holding is told of that town."""
    if noun.lower_ not in control.control_cues().directions:
        return noun
    # "rebel-held Rashidin west of Aleppo": a named place with its bearing
    if any(c.dep_ in ("compound", "nmod") or c.pos_ == "PROPN" for c in noun.lefts):
        return noun
    if not any(c.dep_ == "det" for c in noun.lefts):
        return noun
    of = (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    return next((o for o in of if o.dep_ == "pobj"), noun)


def offensive_claims(
    doc: Doc,
    sent: Span,
    sent_text: str,
    places: list[PlaceMention],
    actors: list[ActorMention],
    nouns: list[Any] | None = None,
) -> None:
    """ "Kurdish forces pressed ahead with their offensive to take Manbij", "the
    rebel assault on Ramussa": the attacker contests the place
    (data/patterns/control.json `offensives`)."""
    cues = control.control_cues()
    repel = {"repel", "repulse", "thwart", "foil", "fend", "beat", "counter", "halt", "stop"}
    for noun in sent if nouns is None else nouns:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.offensive_nouns | cues.purpose_nouns:
            continue
        if noun.head.lemma_.lower() in repel:
            continue  # "repelled an assault on X": ATTACK_ON, both sides
        gov = noun.head.head if noun.dep_ == "pobj" else noun.head
        heads = control.offensive_target(noun, gov)
        if not heads:
            continue
        words = [
            t
            for left in noun.lefts
            if left.dep_ in ("compound", "poss", "amod", "nmod")
            for t in left.subtree
        ]
        attacker = next((h for h in (_holder(doc, sent, w, actors) for w in words) if h), None)
        if attacker is None and gov.pos_ == "VERB":
            subject = next((c for c in gov.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i == noun.i:
                # "the advances against IS in Deir Ezzor have cost lives": the offensive
                # is the subject; the actors in its phrase are whom it is against
                a = b = -1
            elif subject is not None:
                a, b = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
            elif gov.dep_ == "acl":  # "Kurdish forces pressing ahead with their offensive"
                a, b = gov.head.left_edge.idx, gov.head.idx + len(gov.head.text)
            else:
                a = b = -1
            named = [m for m in actors if a <= m.start and m.end <= b and m.actor.inter not in UNARMED]
            attacker = str(named[0].actor.name) if named else None
        if attacker is None:
            continue
        target = control.objects_of(heads)
        span = (noun.idx, noun.idx + len(noun.text))
        found = object_places(doc, target, places, _clause_of(noun))
        _add_claims(doc, sent, sent_text, span, found, attacker, "contested")


def under_control_claims(
    doc: Doc,
    sent: Span,
    sent_text: str,
    places: list[PlaceMention],
    actors: list[ActorMention],
    words: frozenset[str] | None = None,
) -> None:
    """ "Manbij, which has been under YPG control since August", "districts in
    rebel hands": the words between hold the clause's subject or the noun."""
    text = doc_text(doc)
    for span in control.under_control(sent, words):
        holder = next((h for h in (_holder(doc, sent, w, actors) for w in span[1:-1]) if h), None)
        if holder is None:
            continue
        head = span[0].head
        if head.pos_ in ("VERB", "AUX"):
            subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                continue
            if subject.lower_ in ("which", "that") and head.dep_ == "relcl":
                subject = head.head
                if locates_a_part(subject):
                    continue  # "the east bank of the river in X, which is under Y's control"
            target = control.objects_of([subject])
        else:
            target = control.objects_of([head], leave_out=frozenset(t.i for t in span))
        # "the Safih Triangle near Palmyra is now under the army's full control": a name
        # the gazetteer lacks, placed by the town named beside it
        targets = object_places(doc, target, places, _clause_of(head))
        if not targets and target.refers_back:
            # "told reporters in Goma that the city was under its control": the town named before
            named = [p for p in places if p.end <= span.start_char and p.place.feature in ("city", "village")]
            targets = [p for p in named if not named_as_landmark(text, p)][-1:]
        _add_claims(doc, sent, sent_text, (span.start_char, span.end_char), targets, holder, "holds")


def holding_noun_claims(
    doc: Doc,
    sent: Span,
    sent_text: str,
    places: list[PlaceMention],
    actors: list[ActorMention],
    nouns: list[Any] | None = None,
    named_rebels: list[str] | None = None,
) -> None:
    """ "Manbij, a key IS stronghold", "the group's de facto capital Raqqa", "a
    key opposition bastion": the actor the noun is said of holds the place
    (data/patterns/control.json `holding_nouns`)."""
    cues = control.control_cues()
    text = doc_text(doc)
    for noun in sent if nouns is None else nouns:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or (lemma not in cues.holding_nouns and lemma not in cues.siege_nouns):
            continue
        change = "contested" if lemma in cues.siege_nouns else "holds"
        words = [
            t
            for left in noun.lefts
            if left.dep_ in ("compound", "poss", "amod", "nmod")
            for t in left.subtree
        ]
        # "the state capital Raipur": a level of administration, no holder
        seat = lemma == "capital" and any(w.lower_ in cues.seat_modifiers for w in words)
        said = next(((w, h) for w in words if (h := _holder(doc, sent, w, actors, sides=not seat))), None)
        holder = _definite_group(said[0], said[1], actors, named_rebels) if said else None
        if holder is None and not seat and (named_of := _of_holder(doc, sent, noun, actors)) is not None:
            holder, of_words = named_of
            head = of_words[0].head if of_words[0].dep_ == "det" else of_words[0]
            pejorative = any(t.lower_ in cues.pejorative_holders for t in of_words)
            plural = head.tag_ in ("NNS", "NNPS")
            if holder.startswith("Rebel Group (") and pejorative and of_words[0].lower_ == "the" and plural:
                # "a stronghold of the jihadist fighters": the group the report named
                # ("the opposition groups" stay the generic side: control.json `pejorative_holders`)
                holder = _last_group(head, holder, actors, named_rebels)
            words = words + of_words  # "a stronghold of the Islamic Front": not the place
        noun = _one_of(noun)  # "Mayadin is one of the group's last bastions": `one` stands for the place
        if holder is None and not seat and (just := _actor_just_before(doc, noun, actors)) is not None:
            word = doc.char_span(just.start, just.end, alignment_mode="expand")
            name = str(just.actor.name)
            holder = _definite_group(word.root, name, actors, named_rebels) if word is not None else name
        if holder is None:
            continue
        left = frozenset(t.i for t in words)
        if change == "contested":
            # "the regime's siege of rebel-held parts of the city": what it is of
            of = [
                c for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "on") for c in p.children
            ]
            target = control.objects_of([c for c in of if c.dep_ == "pobj"][:1])
        else:
            target = control.objects_of([noun], leave_out=left)
        found = []
        if noun.dep_ == "attr" and change == "holds":
            # "Al Mayadin is the major Daesh stronghold in the province of Deir ez-Zor":
            # what is called the stronghold is the subject, the province only contains it
            subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                found = places_inside(places, control.objects_of([subject]), text)
        if _once_held(noun):
            continue  # "Ariha, once a government stronghold": what it was, not what it is
        found = found or [p for p in places_inside(places, target, text) if not _in_tokens(p, words)]
        if not found and target.refers_back:
            # "the regime's siege of the city": the town named before it in the sentence
            found = [p for p in places if p.end <= noun.idx and p.place.feature in ("city", "village")][-1:]
        if not found and noun.dep_ == "appos":
            target = control.objects_of([noun.head], leave_out=frozenset(t.i for t in noun.subtree))
            found = places_inside(places, target, text)
        if not found and noun.dep_ == "appos":
            # the parse hung it elsewhere: "the town of Manbij, a key IS stronghold"
            edge = noun.left_edge.idx
            found = [p for p in places if p.end <= edge and not text[p.end : edge].strip(" ,")][-1:]
        if not found and noun.dep_ == "attr":
            subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                found = places_inside(places, control.objects_of([subject]), text)
        _add_claims(doc, sent, sent_text, (noun.idx, noun.idx + len(noun.text)), found, holder, change)


def _of_holder(doc: Doc, sent: Span, noun: Any, actors: list[ActorMention]) -> tuple[str, list[Any]] | None:
    """ "Deir Ezzor, a stronghold of the Daesh terror group", "a bastion of the
    opposition groups": the holder named in the noun's "of" phrase, with that
    phrase's tokens. Only an actor named there or a side's word
    (`held_modifiers` holder words) on the phrase's head or its compounds: "the
    capital of the Kurdish-majority province" names no holder."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for head in (c for c in prep.children if c.dep_ == "pobj"):
            # the phrase's own words, not a phrase inside it ("the capital of the province of X")
            tokens = [
                t
                for t in head.subtree
                if not any(a.dep_ == "prep" for a in [t, *t.ancestors][: _depth(t, head)])
            ]
            for m in actors:
                if (
                    any(t.idx <= m.start < t.idx + len(t.text) for t in tokens)
                    and m.actor.inter not in UNARMED
                ):
                    return str(m.actor.name), list(head.subtree)
            if noun.lemma_.lower() == "capital":
                continue  # "the summer capital of the state": a seat, no side's word holds it
            for word in [head, *(c for c in head.children if c.dep_ == "compound")]:
                if word.lower_ in control.control_cues().holder_words:
                    name = _holder(doc, sent, word, [])
                    if name is not None:
                        return name, list(head.subtree)
    return None


def _depth(token: Any, top: Any) -> int:
    """How many steps up from `token` to `top` (its ancestor, or itself)."""
    steps = 0
    while token.i != top.i:
        token, steps = token.head, steps + 1
    return steps


def _one_of(noun: Any) -> Any:
    """ "one of the group's last bastions": `one`, the word the sentence says
    the place is (an attribute or an apposition), else the noun itself."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ == "one":
        return prep.head
    return noun


def _once_held(noun: Token) -> bool:
    """ "once a government stronghold", "the former rebel bastion": a holding
    told as the past (control.json `past_holding`)."""
    words = control.control_cues().past_holding
    near = noun.doc[max(noun.left_edge.i - 2, 0) : noun.i]
    return any(t.lower_ in words for t in near)


def _definite_group(
    word: Any, holder: str, actors: list[ActorMention], named_rebels: list[str] | None
) -> str:
    """ "The Islamic State group has released a video ... in the militants'
    stronghold of Raqqa": a definite plural generic ("the militants", "the
    jihadists") holding a place is the armed group the report named last (in
    this sentence before the word, or before it), as `the_group` reads "the
    rebels". A bare "militant-held" is no reference back and stays generic."""
    if not holder.startswith("Rebel Group (") or word.tag_ != "NNS" or word.i == 0:
        return holder
    if word.doc[word.i - 1].lower_ != "the":
        return holder
    return _last_group(word, holder, actors, named_rebels)


def _last_group(word: Any, holder: str, actors: list[ActorMention], named_rebels: list[str] | None) -> str:
    """The armed group named last before `word` (in its sentence, else in the
    report), none acting on the place; else `holder`."""
    book = load_actors().actors
    acting = _acting_on(word)
    here = [
        str(m.actor.name)
        for m in actors
        if m.end <= word.idx and m.actor.name in book and m.actor.inter == 2
        and not any(a <= m.start < b for a, b in acting)
    ]  # fmt: skip
    if here:
        return here[-1]
    return named_rebels[-1] if named_rebels else holder


def _acting_on(word: Any) -> list[tuple[int, int]]:
    """The character ranges of the subjects of the verbs above `word` once a
    taking verb or offensive noun (control.json `offensives`) stands between:
    in "the SDF launched an operation to seize Raqqa, the jihadists' capital"
    the SDF acts on the place, so "the jihadists" are someone else (but in
    "IS released a video shot in the militants' stronghold" they are IS)."""
    cues = control.control_cues()
    taking = cues.offensive_verbs | cues.offensive_nouns | cues.purpose_nouns
    ranges: list[tuple[int, int]] = []
    attacking = False
    for verb in word.ancestors:
        attacking = attacking or verb.lemma_.lower() in taking
        if attacking:
            ranges.extend(
                (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                for c in verb.children
                if c.dep_ in ("nsubj", "nsubjpass")
            )
    return ranges


def _actor_just_before(doc: Doc, noun: Any, actors: list[ActorMention]) -> ActorMention | None:
    """ "the Islamic State groups de facto capital" (an outlet that drops
    apostrophes): an actor right before the noun, only modifiers between."""
    for m in reversed(actors):
        if m.end > noun.idx:
            continue
        between = doc.char_span(m.end, noun.idx, alignment_mode="contract")
        if between is None or not len(between):
            return m if not doc_text(doc)[m.end : noun.idx].strip(" '") else None
        modifiers = ("ADJ", "ADV", "PROPN", "X", "PART")
        if all(t.pos_ in modifiers or t.lower_ in ("group", "groups", "'s") for t in between):
            return m
        return None
    return None


def _in_tokens(place: PlaceMention, tokens: list[Any]) -> bool:
    return any(t.idx <= place.start < t.idx + len(t.text) for t in tokens)


def _holder(
    doc: Doc,
    sent: Span,
    word: Any,
    actors: list[ActorMention],
    *,
    sides: bool = True,
    where: list[PlaceMention] | None = None,
) -> str | None:
    """Who a word names as holder ("rebel-held", "an IS stronghold"): the actor
    found on it ("IS"), a side of the country in focus ("rebel", "regime"), or
    a dictionary actor named for that country ("Kurdish" in Syria). A side
    holds in the country of the places it holds (`where`, when they are all of
    one): "Turkey condemned the attack on the opposition-held town of Idlib"
    names Syria's opposition, not Turkey's."""
    for m in actors:
        if m.start <= word.idx < m.end:
            return str(m.actor.name)
    if not sides:
        return None
    cues = control.control_cues()
    iso = (doc._.wm_sentence_countries or {}).get(sent.start_char, doc._.country)
    held_in = {p.place.country for p in where or [] if p.place.country}
    own = len(held_in) != 1 or iso in held_in
    iso = iso if own else next(iter(held_in))
    named = cues.holder_names.get(word.lower_, {})
    if iso in named:
        return named[iso]
    side = cues.holder_words.get(word.lower_)
    if side is None:
        return None
    hint = doc._.country_name_hint if own else None
    name = hint or acled_country_name(iso) or load_gazetteer().country_names.get(iso or "")
    phrase = "government forces" if side == "state" else "rebels"
    for m in generic_actors(phrase, name, iso=iso):
        actor = state_actor(m.actor, doc._.published) if m.actor.inter == 1 else m.actor
        return str(actor.name)
    return None


def control_subject(
    doc: Doc,
    sent: Span,
    cue: control.ControlCue,
    verb: Any,
    actors: list[ActorMention],
    start: int,
    end: int,
    last_actor: ActorMention | None,
    sent_text: str,
) -> list[ActorMention]:
    """Who gains, loses or holds: the verb's subject; a pronoun subject is the
    speaker ("the army said it had lost control") or the last actor named."""
    if cue.passive_by:
        after = [a for a in actors if a.start >= end][:1]
        if not after and verb is not None:
            # "held by the opposition": a holder word the actors do not list
            word = next(
                (t for t in doc[verb.i + 1 : sent.end] if t.lower_ not in ("by", "the", "of", "to")), None
            )
            if word is None or word.idx < end:
                return []
            name = _holder(doc, sent, word, [])
            return (
                [ActorMention(Actor(name, 2), word.idx, word.idx + len(word.text), word.text)] if name else []
            )
        return after
    if verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        return []  # "Jarablus liberated from IS this week": by whom, not said
    if verb is not None and verb.pos_ == "NOUN":
        # "the capture of X was announced by the YPG": forces announce their own gains
        who = control.announcer(verb)
        if who is not None:
            a, b = who.left_edge.idx, who.right_edge.idx + len(who.right_edge.text)
            return [m for m in actors if a <= m.start and m.end <= b][:1]
    if found := subject_actors(sent, start, actors):
        # "Pro-regime fighters - backed by Russian air strikes - retook": a backer took nothing
        return [m for m in found if not backer_named(sent.doc, m)]
    pronoun = control.pronoun_subject(verb) if verb is not None else None
    if pronoun is not None and pronoun.lower_ in ("which", "that", "who"):
        return []  # "an offensive that drove the army from Idlib": the noun named no actor
    if pronoun is not None:
        speaker = control.speaker_subject(verb)
        if speaker is not None:
            a, b = speaker.left_edge.idx, speaker.right_edge.idx + len(speaker.right_edge.text)
            said = [m for m in actors if a <= m.start and m.end <= b]
            if said:
                return said[:1]
        return [last_actor] if last_actor else []
    clause_start = sent.start_char + _clause_start(sent_text[: cue.start])
    subject = [a for a in actors if clause_start <= a.start and a.end <= start]
    if not subject:
        subject = [a for a in actors if a.end <= start][-1:]
    if not subject and _PRONOUN_START.match(sent_text) and last_actor:
        subject = [last_actor]
    return subject


_PRONOUN_START = re.compile(r"\s*(?:they|it)\b", re.I)


_CLAUSE_CUT = re.compile(r"[,;]|\b(?:while|but|whereas|as|after|before|when)\b")


_SUB_PLACE = re.compile(
    r"^(?:'s)?\s+(?:international )?(?:airport|air ?base|military airport|citadel|prison|university|old city)\b",
    re.I,
)


def control_place(
    text: str,
    cue: control.ControlCue,
    places: list[PlaceMention],
    last_place: PlaceMention | None,
    start: int,
    end: int,
) -> PlaceMention | None:
    """The place a control cue is about: the first named after the verb, else
    the last before it (or the previous sentence's). "areas held by Kurdish
    forces" names no place: a passive holding needs its place right before it."""
    if cue.passive_by and cue.change == "holds":
        before = [p for p in places if p.end <= start and not text[p.end : start].strip(" ,")]
        return before[-1] if before else None
    after = [p for p in places if p.start >= end]
    if after:
        return after[0]
    # A possessive ("Moscow's air power") modifies something else.
    earlier = [p for p in places if not text[p.end : p.end + 2].startswith("'s")]
    return earlier[-1] if earlier else (last_place if not places else None)


def _clause_start(before: str) -> int:
    """Where the clause holding a verb starts: after the last comma, semicolon or conjunction."""
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(before)]
    return cuts[-1] if cuts else 0
