"""Countries named as whose an actor or a victim is, not where it happened.

"U.S. officials said the military fired cruise missiles at the base",
"missiles launched by two US destroyers", "strikes carried out by the United
States against ... in northwestern Syria", "three Russian personnel were
wounded, Russia's Tass reported": the country says who fired, who was hit or
who reported, and the event is in the country the report is about. Written
by hand (issue 13, places16, 2026-11-30) after a blind reading placed a US
strike in Syria in "United States" and Russian wounded in Syria in Russia,
and FA-KES articles outside split.csv, WikiEvents dev documents and SATP
reports where a foreign country's name modifies troops, officials,
aircraft, ships or an outlet. A country the report is about stays a place
("Syrian troops shelled Idlib" in a report on Syria: the focus).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc, Token

from warmonitor.extract.place_cues import names_its_country

_MODIFIER_DEPS = ("compound", "amod", "nmod", "poss")


class _Mention(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def _names_whose(
    root: Token,
    attack_verbs: frozenset[str],
    capital: bool,
    deal_verbs: frozenset[str] = frozenset(),
    ally_nouns: frozenset[str] = frozenset(),
) -> bool:
    """Whether the country's word is the agent of a passive ("carried out by
    the United States", "brokered by Moscow and Washington"), the subject of
    an attack verb ("Washington fired cruise missiles at a base near Homs";
    a capital, of any verb: "an area that Washington has blamed on Assad"; a
    country, of any verb in the active and of any but an attack verb in the
    passive: "Russia should be investigated"), an ally named in apposition
    ("its allies Russia and Iran": `ally_nouns`),
    a capital as the object of a verb other than an attack's ("accused
    Moscow of responsibility"; "jets struck Damascus" keeps Damascus),
    or, for a country, modifies a noun that is a thing or an organisation,
    not a place ("U.S. officials", "US destroyers", "Russia's Tass";
    "Baghdad's Tahrir Square" stays a place)."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "by Moscow and Washington": the first of the pair says the role
    head = root.head
    if root.dep_ == "nsubj" and (capital or head.lemma_.lower() in attack_verbs):
        return True  # "Washington has blamed ...": a capital that acts is its government
    if root.dep_ == "nsubj" and head.pos_ == "VERB":
        # "what the United States says was a gas attack", "Russia should face
        # an inquiry over the convoy": a foreign country that says or does is
        # an actor in a report about another country, not the event's place
        return True
    if root.dep_ == "nsubjpass" and head.pos_ == "VERB" and head.lemma_.lower() not in attack_verbs:
        return True  # "Russia should be investigated for ...", not "Turkey was hit by ..."
    if root.dep_ == "appos" and head.lemma_.lower() in ally_nouns:
        return True  # "backed by the regime and its allies Russia and Iran": a backer
    if capital and root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() not in attack_verbs:
        return True  # "Washington accused Moscow of responsibility": addressed, not struck
    if root.dep_ == "pobj" and head.lower_ == "by" and head.dep_ in ("agent", "prep"):
        return True
    if root.dep_ == "pobj" and head.lower_ == "between" and head.head.lemma_.lower() in deal_verbs:
        return True  # "a ceasefire brokered between the US and Russia": the parties to it
    if capital or root.dep_ not in _MODIFIER_DEPS or head.i == root.i:
        return False
    if head.pos_ == "PROPN" and head.ent_type_ not in ("GPE", "LOC", "FAC"):
        return True  # "US Secretary of State John Kerry", "a US Predator drone": a title or a make
    return head.pos_ == "NOUN" or head.ent_type_ in ("ORG", "PERSON", "NORP")


def foreign_origins(
    doc: Doc,
    mentions: Sequence[_Mention],
    countries: Sequence[str | None],
    attack_verbs: frozenset[str] = frozenset(),
    capitals: frozenset[int] = frozenset(),
    stance_verbs: frozenset[str] = frozenset(),
    deal_verbs: frozenset[str] = frozenset(),
    ally_nouns: frozenset[str] = frozenset(),
) -> frozenset[int]:
    """Starts of the mentions (country-level places, `countries` their
    country, None for other features) that name the origin of an actor or a
    victim, in a report about another country (doc._.country). A capital
    named for its government counts as its country as an agent or an
    attacker (`capitals`: the starts of such mentions), never as a modifier;
    the capital of the report's own country only as the subject of a verb
    of saying or taking a stance (`stance_verbs`)."""
    focus = doc._.country
    if not focus:
        return frozenset()
    out = set()
    for mention, country in zip(mentions, countries, strict=True):
        if country is None:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        if names_its_country(doc.text, mention.end):
            continue  # "struck infrastructure in Lebanese territory": the land, not a people
        if country == focus:
            # "Damascus denied responsibility" in a report on Syria: the home
            # capital speaks for its government; "clashes in Damascus" stay
            if mention.start in capitals and _speaks(span.root, stance_verbs):
                out.add(mention.start)
            continue
        if span.start > 0 and doc[span.start - 1].lemma_.lower() in ally_nouns:
            out.add(mention.start)  # "rebel backer Qatar": named as a backer, whatever the parse
            continue
        if _names_whose(span.root, attack_verbs, mention.start in capitals, deal_verbs, ally_nouns):
            out.add(mention.start)
    return frozenset(out)


def _speaks(root: Token, stance_verbs: frozenset[str]) -> bool:
    """Whether the name is the subject (or one of the subjects: "Moscow and
    Damascus had rejected") of a verb of saying or taking a stance."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in stance_verbs


# The links an appositive chain of a person's description climbs: "David
# Smith, commander of 3rd Battalion, 187th Infantry Regiment, from X".
_DESCRIPTION_DEPS = ("appos", "pobj", "prep", "compound", "conj")


def is_home_town(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at [start, end) is where a person named in the
    sentence comes from, told after a comma as part of the person's
    description ("said Capt. Jane Roe, Company B commander, from Fargo,
    N.D.", "Sgt. John Doe, of Columbus, Ohio, was wounded"): a home town is
    never where the event happened. Military press releases end quotes this
    way; an ISAF release about Afghanistan put its arrests in Delaware."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "appos" and root.head.dep_ == "pobj":
        root = root.head  # "from Delaware, Ohio": the state says which Delaware
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("from", "of") or prep.i == 0:
        return False
    if doc[prep.i - 1].text != ",":
        return False  # "fighters from Chechnya", "the battle of Aleppo": not an appositive home
    node = prep.head
    for _ in range(12):  # a description is a short chain; a cycle or a long climb is not one
        if node.ent_type_ == "PERSON":
            return True
        described = node.pos_ in ("NOUN", "PROPN", "ADP") and node.dep_ in _DESCRIPTION_DEPS
        if not described or node.head.i == node.i:
            return False
        node = node.head
    return False
