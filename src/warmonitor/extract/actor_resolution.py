"""Which actor a sentence or a report is about: the outlet's own force, an army
not named, states attacking, actors in their own country, a sentence's
subject actors and its claimant.

Public: UNNAMED_ARMY. Helpers used by extract/components.py and the claim
modules: outlet_force, unnamed_army, attacking_states, describes_named,
in_their_country, located_places, sentence_countries, army_of_sentence, claimant_at,
subject_actors, backer_named, UNARMED; moved here from components.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from warmonitor.extract import attribution, control
from warmonitor.extract.actors import (
    Actor,
    ActorMention,
    acled_country_name,
    capital_country,
    load_actors,
    state_actor,
    the_country,
)
from warmonitor.extract.gazetteer import load_gazetteer
from warmonitor.extract.mentions import (
    PlaceMention,
    beside_cues,
    by_sentence,
    claim_places,
    doc_sentences,
    doc_text,
    pointed_countries,
    span_covers,
)


def outlet_force(doc: Doc) -> Actor | None:
    """The state force that is itself the report's outlet (the Israeli army's
    Telegram posts, per the actor dictionary's entry for the outlet's name),
    or None. Its "the soldiers", "troops" and "forces" are its own, not the
    army of the country its operations are in: in a post about Gaza the
    soldiers are Israel's, not a "Military Forces of Palestine"."""
    if not doc._.outlet:
        return None
    for m in load_actors().find(doc._.outlet):
        if m.actor.name.startswith("Military Forces of"):
            return state_actor(m.actor, doc._.published)
    return None


def unnamed_army(mention: ActorMention, own: Actor) -> bool:
    """Whether a generic mention is an army the words do not name the
    country of ("the soldiers", not "Lebanese troops"), and not `own`'s."""
    if mention.actor.inter != 1 or not mention.actor.name.startswith("Military Forces of"):
        return False
    if mention.actor.country == own.country:
        return False
    gazetteer = load_gazetteer()
    return all(gazetteer.country_of_word(word) is None for word in mention.text.split())


def attacking_states(doc: Doc, text: str) -> list[ActorMention]:
    """ "Israel struck a depot near Masyaf", "Russia launched missiles at
    Kyiv": a country that is the subject of an attack verb
    (not_the_place.csv) is its state's forces (ACLED's inter 8 outside the
    country in focus)."""
    gazetteer = load_gazetteer()
    verbs = beside_cues().attack_verbs
    found = []
    for e in doc.ents:
        if e.label_ != "GPE" or e.root.dep_ != "nsubj" or e.root.head.lemma_.lower() not in verbs:
            continue
        # "Moscow launched air strikes": a capital as the attacker is its government
        iso = gazetteer.country_of_word(e.text) or capital_country(e.text, possessive=False)
        if iso is None:
            continue
        name = acled_country_name(iso) or gazetteer.country_names.get(iso, e.text)
        actor = Actor(f"Military Forces of {the_country(name)}", 1 if iso == doc._.country else 8, name)
        if actor.inter == 1:
            actor = state_actor(actor, doc._.published)
        found.append(ActorMention(actor, e.start_char, e.end_char, e.text))
    return found


_POSSESSIVE = frozenset({"'s", "\u2019s", "s", "'"})


def describes_named(doc: Doc, end: int, start: int) -> bool:
    """Whether the words between a named group (ending at char `end`) and a
    generic noun (starting at `start`) are nothing or its modifiers only:
    "IS militants", "IDF observation troops", "Houthi armed rebels" are the
    named group; "Viv Ansanm gangs attacked police" names the police apart."""
    between = doc_text(doc)[end:start].strip()  # doc.text rejoins every token on each call
    if not between or between in _POSSESSIVE:
        return True  # "IS's security forces", "ISILs police": the group's own
    gap = doc.char_span(end, start, alignment_mode="contract")
    return gap is not None and len(gap) <= 2 and all(t.dep_ in ("amod", "compound", "nmod") for t in gap)


def in_their_country(doc: Doc, named: list[ActorMention]) -> list[ActorMention]:
    """The dictionary's actors, less those named only by an acronym that
    belongs to another country's group: in a report about Afghanistan,
    "a PDF released by the ministry" is no People's Defense Force of
    Myanmar. The acronym stays where the report is about the group's
    country, names a place there, or uses its adjective."""
    focus = doc._.country
    if focus is None:
        return named
    gazetteer = load_gazetteer()
    text = doc_text(doc)
    here = {focus, *(m.place.country for m in doc._.places or []), *pointed_countries(text)}
    # A force reporting its own operations abroad ("IDF troops" in the Israeli
    # army's posts about Lebanon) is at home in its own report.
    voice = load_actors().find(doc._.outlet) if doc._.outlet else []
    here |= {gazetteer.country_of_word(m.actor.country) for m in voice if m.actor.country}
    kept = []
    for m in named:
        iso = gazetteer.country_of_word(m.actor.country) if m.actor.country else None
        if iso is not None and iso not in here and m.text.isupper() and len(m.text) <= 4:
            continue
        kept.append(m)
    return kept


_SYRIAN_ARMY = "Military Forces of Syria"


# "The army said" in a report that names no country, nor any place of one:
# whose army it is stays untold rather than defaulting to any one war's.
UNNAMED_ARMY = "Military Forces (country not named)"


def army_of_sentence(sent: Span, claimant: str | None) -> str | None:
    """A claimant the attribution rules call "Military Forces of Syria" ("the
    army said") is the army of the sentence's country in focus (Syria's only
    in a report on Syria), the state force the sentence names if it names one
    ("the Lebanese army said"), and `UNNAMED_ARMY` where the report points to
    no country at all."""
    if claimant != _SYRIAN_ARMY:
        return claimant
    doc = sent.doc
    iso = doc._.country_hint or (doc._.wm_sentence_countries or {}).get(sent.start_char, doc._.country)
    if iso == "SY":
        return claimant
    for m in doc._.actors or []:
        if (
            span_covers(sent, m.start, m.end)
            and m.actor.inter in (1, 8)
            and m.actor.name.startswith("Military Forces of")
        ):
            return str(m.actor.name)
    if iso is None:
        return UNNAMED_ARMY
    name = doc._.country_name_hint or acled_country_name(iso) or load_gazetteer().country_names.get(iso, iso)
    return f"Military Forces of {the_country(str(name))}"


_DIRECTION = re.compile(
    r"\b(?:to|into|towards?|from|across|via|border\s+with|borders?\s+of)\s+(?:the\s+)?$", re.I
)


_LOCATIVE = re.compile(
    r"(?:^|\b(?:in|inside|across|throughout|within|over|of|around)\s+(?:the\s+)?|^\W*)$", re.I
)


def located_places(doc: Doc) -> list[list[PlaceMention]]:
    """Each sentence's places that say where the sentence is: its towns and
    regions, and the countries it names as a place ("in Somalia"), not as a
    party ("The US has rejected calls…", "Russia and Turkey agreed") nor as a
    direction ("fled across the border into Tajikistan")."""
    current: str | None = doc._.country
    text = doc_text(doc)
    found = []
    for named in by_sentence(claim_places(doc), doc_sentences(doc)):
        mentions = [
            m
            for m in named
            if m.place.feature != "country"
            or (
                not _DIRECTION.search(text[max(0, m.start - 30) : m.start])
                and (current is None or _LOCATIVE.search(text[max(0, m.start - 20) : m.start]))
            )
        ]
        current = most_named_country(mentions) or current
        found.append(mentions)
    return found


def most_named_country(mentions: list[PlaceMention]) -> str | None:
    """The country the mentions put a sentence in: the one it names as such
    most, else the one most of its places lie in."""
    countries = [m.place.country for m in mentions if m.place.feature == "country"]
    if not countries:
        countries = [m.place.country for m in mentions]
    return max(dict.fromkeys(countries), key=countries.count) if countries else None


def sentence_countries(doc: Doc) -> list[str | None]:
    """The country in focus in each sentence: a country it names as such
    ("In Somalia, government troops…"), else the country most of its places
    lie in, else the previous sentence's, else the report's."""
    current: str | None = doc._.country
    found = []
    for mentions in located_places(doc):
        current = most_named_country(mentions) or current
        found.append(current)
    return found


def claimant_at(sent: Span, char: int) -> str | None:
    """Who makes the claim at `char`: the clause's speaker, else the sentence's."""
    context: attribution.ClaimantContext = sent.doc._.claimants
    now = (context.last, context.last_monitor)
    context.last, context.last_monitor = sent._.wm_said or now
    try:
        speaker = army_of_sentence(sent, attribution.speaker_of(sent.doc, char, context))
    finally:
        context.last, context.last_monitor = now
    return speaker or sent._.claimant


def subject_actors(sent: Span, char: int, actors: list[ActorMention]) -> list[ActorMention]:
    """Actors (of the sentence's `actors`) in the grammatical subject of the verb at `char`."""
    token = next((t for t in sent if t.idx <= char < t.idx + len(t.text)), None)
    if token is None:
        return []
    verb = _shared_subject_verb(token if token.pos_ == "VERB" else token.head)
    if verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = _shared_subject_verb(verb.head)  # "the rebels are trying to retake": the trier's subject
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            # "chemical arms used against troops trying to storm the district": the troops
            noun = verb.head
            return [a for a in actors if noun.left_edge.idx <= a.start and a.end <= noun.idx + len(noun.text)]
    if verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "IS pressed north, seizing Dabiq", "after taking the village": the act's subject
        if verb.dep_ == "advcl":
            verb = _shared_subject_verb(verb.head)
        elif verb.dep_ == "pcomp" and verb.head.lower_ in control.control_cues().gerund_preps:
            verb = _shared_subject_verb(verb.head.head)
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                # "the Kurdish YPG forces, which drove IS from Kobane": the noun it stands for
                noun = verb.head
                start, end = noun.left_edge.idx, noun.idx + len(noun.text)
            elif child.pos_ in ("VERB", "AUX"):
                # a headline run into the lead ("Rebels advance after troops retreated
                # Elsewhere Syrian troops ousted IS"): the parse made the headline the
                # subject; the actors after its last verb are the ones that did it
                last = max(t for t in child.subtree if t.pos_ in ("VERB", "AUX"))
                start, end = last.idx + len(last.text), child.right_edge.idx + len(child.right_edge.text)
            else:
                start, end = (
                    _dropped_comma_subject(child).idx,
                    child.right_edge.idx + len(child.right_edge.text),
                )
            return [a for a in actors if start <= a.start and a.end <= end]
    return []


def _shared_subject_verb(verb: Token) -> Token:
    """The verb whose subject `verb` shares: a verb joined by "and" with no
    subject of its own ("Kurdish-led forces pressed their assault on the IS
    stronghold and are slowly advancing in its southern districts") has the
    first verb's; without this the actor nearest the cue (the stronghold's
    IS) was taken for the advancer."""
    for _ in range(2):
        if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            break
        verb = verb.head
    return verb


def _dropped_comma_subject(subject: Token) -> Token:
    """Where the subject phrase starts. An outlet that drops commas ("Elsewhere
    in the country the Syrian army and its allies from Lebanons militia
    Hezbollah captured ...") leaves the parse hanging the subject's head on the
    noun before as an apposition, and only its last name as the subject: an
    apposition that ends right where the subject starts, with no punctuation
    between, is the subject's start."""
    first = subject.left_edge
    if first.i == 0:
        return first
    before = subject.doc[first.i - 1]
    for node in [before, *before.ancestors]:
        if node.dep_ == "appos" and node.right_edge.i == first.i - 1 and node.i < first.i:
            if not any(t.is_punct for t in subject.doc[node.left_edge.i : first.i]):
                return node.left_edge
            break
        if node.i >= first.i:
            break
    return first


# "Pro-regime fighters - backed by Russian air strikes - retook": a backer named
# in the subject did not advance itself.
_BACKING = frozenset({"back", "support", "assist", "aid", "cover", "help"})


def backer_named(doc: Doc, mention: ActorMention) -> bool:
    """Whether the mention is under a backing verb ("backed by Russian jets")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(
        a.lemma_.lower() in _BACKING for a in span.root.ancestors if a.i < span.start
    )


UNARMED = (5, 6, 7)  # ACLED inter codes: rioters, protesters, civilians
