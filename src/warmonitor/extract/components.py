"""The pipeline's components, each a small function over the shared Doc.

This module holds the spaCy registrations (@Language.component wm_places,
wm_actors, wm_dates, wm_bylines, wm_attribution, wm_casualties, wm_events,
wm_control; @Language.factory wm_entity_ruler), register_extensions, and
places_out / actors_out; the helpers they call live beside it:
  mentions          the Doc views all share (text, sentences, PlaceMention)
  actor_resolution  who acts and who tells (sentence countries, claimant)
  claim_fields      a claim's date and place fields from its sentence
  place_names       finding place names (entities checked, missed places)
  place_choice      which place a claim is about (namesakes, parts of towns)
  incident_context  date and place carried between sentences
  casualty_claims   one casualty claim from a figure
  casualty_sources  who tells a count across sentences
  event_claims      event-claim assembly
  control_claims    control-claim helpers
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

from warmonitor.extract import (
    attribution,
    casualties,
    control,
    dates,
    event_roles,
    event_scope,
    events,
    frames,
    heads,
    own_forces,
    place_cues,
    retold,
)
from warmonitor.extract.account_source import account_sources, lead_total_sources, retold_after_carry
from warmonitor.extract.acled_coding import event_type_of
from warmonitor.extract.acled_model import UNCERTAIN
from warmonitor.extract.acled_model import load_sub_event_model as sub_event_model
from warmonitor.extract.actor_places import ActorPlaces
from warmonitor.extract.actor_resolution import (
    UNARMED,
    army_of_sentence,
    attacking_states,
    describes_named,
    in_their_country,
    outlet_force,
    sentence_countries,
    unnamed_army,
)

# Names tests import from components, where they lived before the split into
# modules: re-exported by redundant aliases (`name as name`; dates_in and span_covers
# below too).
from warmonitor.extract.actor_resolution import UNNAMED_ARMY as UNNAMED_ARMY
from warmonitor.extract.actor_resolution import subject_actors as subject_actors
from warmonitor.extract.actors import (
    Actor,
    ActorMention,
    acled_country_name,
    acled_name,
    generic_actors,
    load_actors,
    state_actor,
    the_country,
    with_backers,
)
from warmonitor.extract.attack_days import attacks_named_again
from warmonitor.extract.breakdown_source import breakdown_sources
from warmonitor.extract.casualty_claims import (
    BREAKDOWN_CUE,
    casualty_claim,
    continue_breakdown,
    figure_place,
)
from warmonitor.extract.casualty_sources import (
    carriers_told,
    carry_source_on,
    headline_from_lead,
    headline_running,
    link_restatements,
    link_stated_totals,
    link_summed_shares,
    link_vague_retellings,
    parts_in_their_wholes_voice,
    restated_claimants,
    source_named_after,
    twins_share_days,
    with_people_taken,
)
from warmonitor.extract.claim_fields import (
    date_ref,
    place_ref,
    validated_claim,
)
from warmonitor.extract.claim_fields import dates_in as dates_in
from warmonitor.extract.claims import (
    ActorOut,
    CasualtyClaim,
    Claim,
    ControlClaim,
    EventClaim,
    PlaceOut,
)
from warmonitor.extract.coalitions import coalition_mentions
from warmonitor.extract.control_claims import (
    called_pejoratively,
    control_fields,
    control_nouns,
    control_place,
    control_subject,
    defender_is_speaker,
    held_claims,
    holding_noun_claims,
    lost_to_actors,
    names_someone_else,
    object_places,
    offensive_claims,
    passive,
    the_group,
    under_control_claims,
)
from warmonitor.extract.cue_data import data_rows, pattern_data
from warmonitor.extract.digests import credit_digest_items, is_digest
from warmonitor.extract.event_claims import (
    CROWD_EVENTS,
    CROWD_TYPES,
    DISRUPTED,
    ONE_SIDED,
    TERRITORIAL,
    advancing_actor,
    air_raid_cue,
    armed_sides_only,
    background_sentences,
    bare_toll,
    blamed_after,
    casualties_share_the_town,
    days_told,
    decisive_cue,
    disrupted_cue,
    drawn_protest,
    event_voice,
    government_side,
    harmed_by,
    link_event_restatements,
    named_by_hearsay,
    names_the_act,
    no_arrest_told,
    one_sided,
    planned,
    real_cues,
    told_by_its_years,
    tolls_take_the_act_beside,
    unfounded,
)
from warmonitor.extract.gazetteer import (
    REGION_WORDS,
    PlaceCandidate,
    acled_geo_precision,
    fold,
    is_common_word_region,
    is_no_place_word,
    load_gazetteer,
    names_in_latin,
    spelling_variants,
)
from warmonitor.extract.home_forces import at_home
from warmonitor.extract.incident_context import (
    days_off_the_anchor,
    from_context,
    takers_told_before,
)
from warmonitor.extract.mentions import (
    PlaceMention,
    by_sentence,
    claim_places,
    dateline_end,
    dictionary_actors,
    doc_sentences,
    doc_text,
    pointed_countries,
    tag_runs,
)
from warmonitor.extract.mentions import span_covers as span_covers
from warmonitor.extract.page_clutter import furniture_claimants, opens_lost_phrase, post_stamp
from warmonitor.extract.place_choice import (
    adjective_country,
    aside_places,
    city_of_named_part,
    countries_of_actors,
    event_places,
    focus_country,
    focus_place,
    institution_regions,
    named_as_landmark,
    nearest_place,
    not_origins,
    not_the_event_place,
    outside_unit_region,
    province_named_after,
    regions_named_after,
    town_it_is_part_of,
    unsupported_namesake,
)
from warmonitor.extract.place_names import (
    beside,
    missed_places,
    place_entities,
    said_to_be_in,
    surnames,
    town_of,
)
from warmonitor.extract.repeats import repeated_sentences
from warmonitor.extract.unit_places import (
    as_claimed,
    district_precision,
    headline_regions,
    is_disputed,
    possessive_regions,
    province_of_its_name,
    respelled_district,
)
from warmonitor.extract.war_fronts import fought_group
from warmonitor.ingest.outlets import lookup

_NEAR = re.compile(
    r"\b(?:near|outside|outskirts of|countryside of|around|north of|south of|east of|west of|"
    r"north-east of|north-west of|south-east of|south-west of|km from|kilometres from)\s+(?:the\s+)?$",
    re.I,
)


def register_extensions() -> None:
    for name, default in (
        ("published", None), ("outlet", None), ("places", None), ("actors", None),
        ("dates", None), ("claims", None), ("country", None), ("claimants", None),
        ("wm_text", None), ("wm_sentences", None),
        # A country known beforehand (a coded note's): ISO code, and its name as
        # the caller spells it, for unnamed actors ("Civilians (Palestine)").
        ("country_hint", None), ("country_name_hint", None),
        # The country in focus of each sentence, by its start (ISO code): whose "army" it is.
        ("wm_sentence_countries", None),
        # A headline's byline at the head of the text (attribution.Byline), or None.
        ("wm_byline", None),
        # Places the gazetteer lacks that a control claim names (unlisted_places).
        ("wm_unlisted", None),
        # The day a text told as history opens on (dates.narrative_day), or None.
        ("wm_history_day", None),
        # The day a wire release's lead tells (dates.lead_day), or None.
        ("wm_lead_day", None),
    ):  # fmt: skip
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    # wm_said: (last claimant, last monitor) once the sentence is read, so a
    # clause's "it said" later resolves as it did there, not at the report's end.
    # wm_carried: the sentence's claimant is the sentence before's (it names none).
    # wm_named: the sentence names its source, even when that is the outlet ("SANA reporter said").
    for name in ("claimant", "stance", "wm_said", "wm_carried", "wm_named"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


class _EntityRuler(EntityRuler):
    """spaCy's EntityRuler, with the lower-case actor aliases in a PhraseMatcher
    on LOWER instead of token patterns [{"LOWER": word}, ...]: the Matcher
    tries every such pattern at every token (3 ms of a 700-token report), the
    PhraseMatcher looks each token up once (0.1 ms). Both find the same spans;
    they are listed in the Matcher's order (by end, then start), so ties between
    an actor and a place over the same words break as before."""

    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(nlp, name=name, overwrite_ents=True)
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")

    def add_lower_patterns(self, label: str, phrases: list[list[str]]) -> None:
        """Token sequences matched on their lower-case form, word for word as given."""
        self.lower_matcher.add(label, [Doc(self.nlp.vocab, words=words) for words in phrases])

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        self._require_patterns()
        lower = sorted(self.lower_matcher(doc), key=lambda m: (m[2], m[1]))
        matches = [*lower, *self.phrase_matcher(doc)]
        final = {(m_id, start, end) for m_id, start, end in matches if start != end}
        return sorted(final, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


@Language.factory("wm_entity_ruler")
def make_entity_ruler(nlp: Language, name: str) -> EntityRuler:
    ruler = _EntityRuler(nlp, name)
    surfaces = load_gazetteer().surface_names
    patterns: list[dict[str, Any]] = [{"label": "GPE", "pattern": surface} for surface in surfaces]
    # "Kandahar", "Yabrud": the gazetteer's names as English reports write
    # them, without the transliteration's macrons ("Kandahār", "Yabrūd").
    patterns += [
        {"label": "GPE", "pattern": latin}
        for latin in sorted({names_in_latin(surface) for surface in surfaces} - set(surfaces))
    ]
    patterns += [
        {"label": "ORG", "pattern": alias} for alias in load_actors().by_alias if alias[:1].isupper()
    ]
    ruler.add_patterns(patterns)
    ruler.add_lower_patterns(
        "ORG", [alias.split() for alias in load_actors().by_alias if not alias[:1].isupper()]
    )
    # "Jisr al-Shughur", "el-Bab": the gazetteer's names under the other spellings of their article.
    variants = {v for surface in load_gazetteer().surface_names for v in spelling_variants(surface)}
    ruler.add_lower_patterns("GPE", [[t.text for t in nlp.make_doc(v.lower())] for v in sorted(variants)])
    return ruler


@Language.component("wm_places")
def places_component(doc: Doc) -> Doc:
    gazetteer = load_gazetteer()
    text = doc_text(doc)
    spans, tagged = place_entities(doc, text)
    # A name the text once puts in a region ("Hajin in Bandipora District in
    # Jammu and Kashmir") is that region's wherever it is named again, and
    # votes for the region's country, not for a namesake's.
    said: dict[str, tuple[str, str]] = {}
    for _s, e, name in spans:
        if name not in said and (inside := said_to_be_in(text, e)) is not None:
            said[name] = inside
    adjectives = adjective_country(text)
    focus = (
        doc._.country_hint
        or focus_country(
            doc,
            [said[name][1] if name in said else name for _s, _e, name in spans],
            countries_of_actors(text),
            adjectives,
        )
        or adjectives
    )
    countries: set[str | None] = {
        c.country
        for _s, _e, name in spans
        for c in gazetteer.candidates(name)
        if gazetteer.names_country(name, c)
    }
    if focus or countries:
        known = {focus, *countries} - {None}
        spans = sorted(spans + missed_places(tagged, text, known), key=lambda s: s[0])
        # "Gaza City, Khan Younis and Rafah": a list's members the model tagged as people
        # ... but not a one-word surname of a person the report named in full
        # ("Wendell Elliott" ... ", Elliott said"); "Al Bireh" tagged a person stays a town
        people = surnames(doc)
        listed = place_cues.listed_names(
            text, spans, lambda name: (" " in name or fold(name) not in people) and town_of(name, known)
        )
        # A name found twice at one place (a town the model took for a
        # people, found again after its preposition) is one mention.
        spans = sorted(dict.fromkeys(spans + listed), key=lambda s: s[0])
    # A country's point is its capital: it tells a namesake across the world
    # from one in the region ("Samba" in a report naming Pakistan is Samba,
    # Jammu, not Samba, Luanda), but not one town from another inside the
    # country ("the United States" drew Boston to Boston, Virginia, 250 km
    # from Washington): a far anchor, read only beyond 3,000 km.
    single = [
        c for _s, _e, name in spans
        if len(cands := gazetteer.candidates(name)) == 1 and (c := cands[0]).country == focus
    ]  # fmt: skip
    anchors = [(c.lat, c.lon) for c in single if c.feature != "country"]
    towns = [(c.lat, c.lon) for c in single if c.feature in ("city", "village")]
    far = [(c.lat, c.lon) for c in single if c.feature == "country"]
    # A first-level region only one country has ("the West Bank city of
    # Ramallah", "Balochistan's Turbat") points to that country as its name would.
    regions = {
        cands[0].country
        for _s, _e, name in spans
        if len(cands := gazetteer.candidates(name)) == 1
        and cands[0].feature == "admin1"
        and not is_common_word_region(name)  # "its Gulf allies" point to no Papua New Guinea
    }
    pointed = pointed_countries(text) | {c for c in countries if c} | regions
    campuses = institution_regions(text)
    named_regions = frozenset().union(*campuses.values())
    mentions: list[PlaceMention] = []
    # A name said twice in a report, with the same words beside it, resolves
    # the same way (same focus, same anchors): score its candidates once.
    resolved: dict[tuple[str, bool, str | None, bool, frozenset[tuple[str, str]]], PlaceCandidate | None] = {}
    for start_char, end_char, name in spans:
        after = text[end_char : end_char + 20]
        region = REGION_WORDS.match(after.strip()) is not None or place_cues.names_a_region(
            text, start_char, end_char
        )
        rural = f"Rural {name}" if region else None
        if rural is not None and any(c.feature == "admin1" for c in gazetteer.candidates(rural)):
            name = rural  # "rural Damascus", "the countryside of Damascus": the governorate Rural Damascus
        local, town = beside(text, start_char, end_char, name)
        told_after = regions_named_after(text, end_char)  # "Springfield (Illinois)"
        key = (name, region, local, town, told_after)
        if key not in resolved:
            resolved[key] = gazetteer.resolve(
                name, country_hint=focus, near=anchors, far=far, region=region, local_hint=local, town=town,
                in_regions=named_regions | told_after, focus_read=doc._.country_hint is None, near_towns=towns,
            )  # fmt: skip
        place = _bare_region(text, start_char, end_char, resolved[key], focus)
        if place is None:
            continue
        place = province_of_its_name(name, place, text, end_char)  # "Uruzgan province": Oruzgan
        # "Har Dov in northern Israel": a disputed place is the country's the text puts it in
        told_in = said.get(name) if place.feature != "country" else None
        if is_disputed(place):
            sides = _launch_sides(text, spans, start_char)
            place = as_claimed(place, told_in[0] if told_in else None, focus, *sides)
        if respelled_district(name, place, text, end_char) and not _country_told_besides(
            name, place.country, spans, pointed
        ):
            continue  # "Zhari district" alone is no alternate spelling's town abroad (Zary, Poland)
        if not_the_event_place(doc, text, start_char, end_char, place, len(spans) > 1):
            continue
        if outside_unit_region(text, end_char, place):
            continue  # "Chirang District of Assam": not a namesake in Bhutan
        if start_char in campuses and (place.country, fold(place.admin1 or "")) not in campuses[start_char]:
            continue  # "the University of Massachusetts-Dartmouth": not Dartmouth, New Hampshire
        named = {c for c in (*pointed, focus, *(m.place.country for m in mentions)) if c}
        if is_no_place_word(name, place, named, region):
            continue  # "Kazakh", "Africa", "Western" (diplomats) name no town here
        if (
            focus
            and local is None
            and unsupported_namesake(place, focus, pointed, text, start_char, end_char)
        ):
            continue
        inside = said.get(name) if place.feature != "country" else None
        if inside is not None and inside[0] != place.country:
            continue  # "Hajin in Bandipora District in Jammu and Kashmir": not Hajin, Syria
        near = bool(_NEAR.search(text[max(0, start_char - 30) : start_char]))
        precision = 3 if region else acled_geo_precision(place, near=near)
        precision = district_precision(place, text, end_char, precision)  # "Kajran district": its area
        province = province_named_after(text, end_char, place)
        if province is not None:
            place, precision = province, 3
        part_of = town_it_is_part_of(place, text, start_char, end_char, focus)
        if part_of is not None:
            place, precision = part_of, max(2, precision)
        elif place_cues.called_a_city_part(text, end_char):
            city = city_of_named_part(place, mentions)
            if city is not None:
                place, precision = city.place, city.precision
        mentions.append(PlaceMention(place, start_char, end_char, precision))
    mentions = headline_regions(text, mentions)  # "Jets pound Syria's Idlib": the province the body tells
    mentions = possessive_regions(text, mentions)  # "in Syria's Idlib": the province, at its seat
    doc._.places = mentions
    doc._.country = focus
    doc.user_data["wm_aside_places"] = aside_places(text, mentions)
    return doc


def _country_told_besides(
    name: str, country: str, spans: list[tuple[int, int, str]], pointed: set[str]
) -> bool:
    """Whether the report names another place of `country` or points to it
    ("Afghan forces"): then a district found by an alternate spelling there
    ("Gereshk district", GeoNames' Girishk) is that country's."""
    if country in pointed:
        return True
    gazetteer = load_gazetteer()
    return any(
        other != name and any(c.country == country for c in gazetteer.candidates(other))
        for _s, _e, other in spans
    )


def _launch_sides(
    text: str, spans: list[tuple[int, int, str]], at: int
) -> tuple[frozenset[str], tuple[str, ...]]:
    """The countries the sentence of the name at `at` names, before it, as
    where fire came from ("a missile launched from Lebanon toward Har Dov"),
    and the countries the report names otherwise ("toward Israeli
    territory"), in the report's order: a disputed place's two sides."""
    gazetteer = load_gazetteer()
    opens = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    launched: set[str] = set()
    other: list[str] = []
    for start, _end, name in spans:
        country = gazetteer.country_of_word(name)
        if country is None:
            continue
        if place_cues.is_launch_site(text, start):
            if opens < start < at:
                launched.add(country)
        else:
            other.append(country)
    return frozenset(launched), tuple(dict.fromkeys(other))


@cache
def _bare_region_names() -> dict[str, dict[str, str]]:
    """data/gazetteer/bare_region_names.csv by name."""
    return {row["name"]: row for row in data_rows("gazetteer", "bare_region_names.csv")}


def _bare_region(
    text: str, start: int, end: int, place: PlaceCandidate | None, focus: str | None
) -> PlaceCandidate | None:
    """ "Gaza" alone is the Gaza Strip, not Gaza City: a city named as its
    region's name alone (bare_region_names.csv) is that region, unless the
    text calls it a city ("Gaza City", "the city of Gaza")."""
    row = _bare_region_names().get(text[start:end])
    if row is None or place is None or place.feature == "admin1" or place.country != row["country"]:
        return place
    before = text[max(0, start - 20) : start].split()
    if before and before[-1] in row["name_words"].split("|"):
        return place  # "North Gaza": a longer name's word
    words = row["city_words"].split("|")
    after = text[end : end + 12].split()
    if (after and after[0] in words) or text[max(0, start - 8) : start].lower().endswith("city of "):
        return place
    region = load_gazetteer().resolve(row["region"], country_hint=focus or row["country"])
    return region if region is not None and region.feature == "admin1" else place


@Language.component("wm_actors")
def actors_component(doc: Doc) -> Doc:
    text = doc_text(doc)
    book = load_actors()
    named = [replace(m, actor=book.as_of(m.actor, doc._.published)) for m in dictionary_actors(text)]
    # a name with no predecessor, read before its actor existed, is another's
    named = [m for m in named if not m.actor.not_yet_on(doc._.published)]
    named = in_their_country(doc, named)
    taken = [(m.start, m.end) for m in named]
    generic: list[ActorMention] = []
    named_spans = [(m.start, m.end) for m in named]
    own = outlet_force(doc)
    countries = sentence_countries(doc)
    # "a cell fired from Lebanon into northern Israel": the countries the report names
    named_countries = [p.place.country for p in doc._.places or []]
    doc._.wm_sentence_countries = {
        s.start_char: iso for (s, _t), iso in zip(doc_sentences(doc), countries, strict=True)
    }
    where = ActorPlaces(doc, countries)
    for index, ((sent, _sent_text), iso) in enumerate(zip(doc_sentences(doc), countries, strict=True)):
        if doc._.country_hint:
            iso = doc._.country_hint
        piece = text[sent.start_char : sent.end_char]
        for m in coalition_mentions(piece, iso or doc._.country, doc._.published, sent.start_char):
            if not any(m.start < end and start < m.end for start, end in taken):
                generic.append(m)
                taken.append((m.start, m.end))
        for m in generic_actors(piece, _country_name(doc, iso), sent.start_char, iso=iso):
            if not doc._.country_hint:
                m = _where_it_is(doc, where, index, sent, m, iso)
            if any(m.start < end and start < m.end for start, end in taken):
                continue
            if any(end <= m.start and describes_named(doc, end, m.start) for _start, end in named_spans):
                continue  # "IS militants", "IDF observation troops": the named group, not another
            if own is not None and unnamed_army(m, own):
                m = replace(m, actor=own)
            elif own is not None and m.actor.name.startswith(_UNNAMED_ENEMY):
                m = replace(
                    m, actor=fought_group(own, named, m.start, [iso, *countries, *named_countries]) or m.actor
                )
            elif m.actor.inter == 1:
                m = replace(m, actor=state_actor(m.actor, doc._.published))
            generic.append(m)
            taken.append((m.start, m.end))
    generic += [
        m for m in attacking_states(doc, text) if not any(m.start < e and s < m.end for s, e in taken)
    ]
    generic += [
        m for m in _report_country_mentions(doc, text) if not any(m.start < e and s < m.end for s, e in taken)
    ]
    # "Tags Syria Idlib Russia airstrikes": topic names, no actor of the story
    # (a lower-case "three civilians were killed" after them is the story's).
    runs = tag_runs(text)
    found = [
        m
        for m in named + generic
        if not (text[m.start : m.start + 1].isupper() and any(a <= m.start < b for a, b in runs))
    ]
    # an army named at home (the IDF inside Israel) is that country's state force
    doc._.actors = with_backers(text, sorted(at_home(doc, found), key=lambda m: m.start))
    doc._.places = _outside_names(doc._.places or [], named)
    return doc


@cache
def report_country_words() -> frozenset[str]:
    """Words naming the forces of the report's country (data/actors/report_country_words.csv)."""
    return frozenset(r["words"].lower() for r in data_rows("actors", "report_country_words.csv"))


def _report_country_mentions(doc: Doc, text: str) -> list[ActorMention]:
    """ "the regime": the forces of the country the report is about."""
    force = _report_country_force(doc)
    if force is None:
        return []
    words = "|".join(re.escape(w) for w in sorted(report_country_words(), key=len, reverse=True))
    return [
        ActorMention(force, m.start(), m.end(), m.group(0))
        for m in re.finditer(rf"\b(?:{words})\b", text, re.I)
    ]


def _report_country_force(doc: Doc) -> Actor | None:
    """The state forces of the country the report is about, or None."""
    iso = doc._.country_hint or doc._.country
    name = _country_name(doc, iso) if iso else None
    if name is None:
        return None
    return state_actor(Actor(f"Military Forces of {the_country(name)}", 1, name), doc._.published)


# the generic label of an armed opposition ("terrorists", "a terrorist cell")
_UNNAMED_ENEMY = "Rebel Group ("


def _outside_names(places: list[PlaceMention], named: list[ActorMention]) -> list[PlaceMention]:
    """The places that are no word of a longer group name: "the Levant" of
    the Islamic State of Iraq and the Levant is no town (a blind reading found
    it placed in Maine), "Iraq" in it no country the story is in."""
    spans = [(m.start, m.end) for m in named]
    return [
        p
        for p in places
        if not any(s <= p.start and p.end <= e and e - s > p.end - p.start for s, e in spans)
    ]


def _country_name(doc: Doc, iso: str | None) -> str | None:
    return doc._.country_name_hint or acled_country_name(iso) or load_gazetteer().country_names.get(iso or "")


def _where_it_is(
    doc: Doc, where: ActorPlaces, index: int, sent: Span, m: ActorMention, iso: str | None
) -> ActorMention:
    """An unnamed actor labelled for the country it is in (actor_places),
    where that is not the sentence's: "residents" of a Homs district in a
    sentence that also names a tactic used in Ukraine are Syria's."""
    if m.actor.inter == 8 or (m.actor.country and m.actor.country != _country_name(doc, iso)):
        return m  # "Malian troops", "Israeli civilians": the words name the country
    here = where.country(index, sent, m, state=m.actor.inter == 1)
    if here is None or here == iso:
        return m
    text = doc_text(doc)
    again = generic_actors(
        text[sent.start_char : sent.end_char], _country_name(doc, here), sent.start_char, iso=here
    )
    return next((g for g in again if (g.start, g.end) == (m.start, m.end)), m)


@Language.component("wm_dates")
def dates_component(doc: Doc) -> Doc:
    published: date | None = doc._.published
    if published is None:
        doc._.dates = []
        return doc
    text = doc_text(doc)
    # The report's own dateline is the day its relative days count from
    # ("Published July 4 2015 ... on Friday"); it dates no claim itself.
    line = dates.report_dateline(text, published)
    if line is not None:
        doc._.published = published = line.day
    # Every wire dateline's day is a writing day: an update run on under a
    # release ("KABUL, Afghanistan (Jan. 30, 2011) - ISAF confirmed ... was
    # detained ... Jan. 19") dates its detention by the day it names.
    written = [*([line.span] if line is not None else []), *dates.wire_lines(text)]
    doc._.dates = [
        m
        for m in dates.find_dates(text, published)
        if not any(m.span[0] < b and a < m.span[1] for a, b in written)
        # A year names the claim's time only when it is not the report's own.
        and not (m.year_only and m.start.year >= published.year)
    ]
    history = dates.narrative_day(doc._.dates, published) if line is None else None
    doc._.wm_history_day = history
    lead = dates.lead_day(text, line, doc._.dates) if history is None else None
    doc._.wm_lead_day = None if lead is None else lead.start
    if history is not None:
        # a text told as history ("an attack on 13 September 1974 ... on 15
        # September"): its days without a year are that history's
        doc._.dates = dates.read_in_history(doc._.dates, history)
    return doc


@Language.component("wm_bylines")
def bylines_component(doc: Doc) -> Doc:
    """Before the parser: a headline run into its byline and lead ("… Monitor
    AFP Thursday 14 Jul 2016 Air strikes killed …") is a sentence of its own,
    so the lead's saying verb does not take the headline, nor a related
    headline's "says" the lead."""
    published: date | None = doc._.published
    found = attribution.byline(doc_text(doc), published) if published is not None else None
    doc._.wm_byline = found
    if found is not None:
        lead = next((t.i for t in doc if t.idx >= found.lead), None)
        if lead is not None:
            # The headline with its byline is one sentence and the lead's
            # first words are not cut off it: left free, the parser made
            # "Oct 2014" and "Ten" sentences of their own around the cut.
            for token in doc[1 : min(len(doc), lead + _LEAD_KEPT)]:
                token.is_sent_start = token.i == lead
    else:
        _headline_line(doc)
    _run_together_starts(doc)
    _lost_stop_starts(doc)
    for token in doc[1:]:
        if post_stamp(token):
            token.is_sent_start = True  # "... of X.19:20 A short while ago": a new post
    for start in attribution.run_on_report_ends(doc_text(doc)):
        # "... on April 7 reports New Age The victims ...": the lost stop's sentence end
        at = next((t for t in doc if t.idx >= start), None)
        if at is not None and at.idx == start:
            at.is_sent_start = True
    return doc


@cache
def _run_together_openers() -> frozenset[str]:
    return frozenset(pattern_data("run_together.json")["openers"])


def _run_together_starts(doc: Doc) -> None:
    """A line's first word run into the last word of the line before ("Khan
    YunisThe troops", cut so by the tokenizer: extract/pipeline.py) starts a
    sentence: left free, the parser read the heading into the sentence after."""
    openers = _run_together_openers()
    for token in doc[1:]:
        before = doc[token.i - 1]
        if (
            token.text in openers
            and not before.whitespace_
            and before.is_alpha
            and before.text[-1:].islower()
        ):
            token.is_sent_start = True


@cache
def _lost_stop_words() -> frozenset[str]:
    return frozenset(pattern_data("run_together.json")["lost_stops"]["words"])


def _lost_stop_starts(doc: Doc) -> None:
    """A capitalised "Meanwhile" or "Elsewhere" (or "In the same context")
    in mid-text right after a word ("... in Aleppo City Meanwhile in
    Damascus one person ...") starts a
    sentence: the feed lost the stop before it, and left joined, the item it
    opens took the source of the sentence before. A word that itself follows
    a stop or opens the text ("Homs Meanwhile ...") is a dateline read with
    its opener (attribution's new items), so it is left alone."""
    words = _lost_stop_words()
    for token in doc[2:]:
        before, earlier = doc[token.i - 1], doc[token.i - 2]
        if (
            (token.text in words or opens_lost_phrase(token))
            and before.is_alpha
            and before.whitespace_
            and not (earlier.is_punct or earlier.is_space)
        ):
            token.is_sent_start = True


_HEADLINE_WORDS = 25  # a first line longer than this is a paragraph, not a headline


def _headline_line(doc: Doc) -> None:
    """A headline on a line of its own ("Gunmen attack checkpoint in X" over
    the lead "Gunmen attacked a checkpoint ... on Sunday") is a sentence of
    its own: left free, the parser ran it into the lead, and the two told
    one event as a sentence of two cues."""
    for token in doc[1 : _HEADLINE_WORDS + 1]:
        if not (token.is_space and "\n" in token.text):
            continue
        before, after = doc[token.i - 1], doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and not before.is_punct and (after.is_title or after.is_upper or after.like_num):
            after.is_sent_start = True
        return


_LEAD_KEPT = 4  # the lead's words kept in its first sentence
# a sentence dated this many days before the report tells an earlier attack
_EARLIER_DAYS = casualties.EARLIER_ATTACK_DAYS


def _monitor_of_the_news(doc: Doc) -> str | None:
    """The monitor "a monitoring group said" stands for: the first the report
    names in a sentence not told of an earlier attack. A monitor named only
    for an attack dated days before the report ("On Jan. 25 … killing seven,
    the Observatory said", after a lead of Thursday's rockets) is not the
    unnamed monitor of the day's news (gold/fakes/README.md: "a monitor" is
    the Observatory named for the same attack), which stays unnamed."""
    text = doc_text(doc)
    named = attribution.monitor_named_in(text)
    published: date | None = doc._.published
    if named is None or published is None:
        return named
    for sent, words in doc_sentences(doc):
        found = attribution.monitor_named_in(words)
        if found is None:
            continue
        told = [d for d in doc._.dates if sent.start_char <= d.span[0] < sent.end_char and not d.since]
        if not told or any((published - d.end).days < _EARLIER_DAYS for d in told) or not _counts(sent, told):
            # (a sentence of no count of its own, dated or not, retells the
            # lead's: "The fighters ... were killed trying to reopen the road
            # the army cut on Thursday, the Observatory said")
            return found
    return None


def _counts(sent: Span, told: list[dates.DateMention]) -> bool:
    """Whether a sentence holds a number of its own (not of its dates)."""
    return any(t.like_num and not any(d.span[0] <= t.idx < d.span[1] for d in told) for t in sent)


@Language.component("wm_attribution")
def attribution_component(doc: Doc) -> Doc:
    outlet = doc._.outlet
    known = lookup(outlet) if outlet else None
    iso = doc._.country_hint or doc._.country
    context = attribution.ClaimantContext(
        outlet=attribution.outlet_voice(outlet),
        outlet_is_state=bool(known and known.kind.value == "state_media"),
        outlet_home=known.country if known else None,
        country_name=load_gazetteer().country_names.get(iso) if iso else None,
        demonym=attribution.demonym_of(iso) if iso else None,
    )
    if known and known.kind.value == "monitor":
        context.last_monitor = known.name
    context.report_monitor = _monitor_of_the_news(doc)
    context.text = doc_text(doc)
    context.tag_runs = tag_runs(context.text)
    doc._.claimants = context
    # A sentence that names no source, right after one that does, goes on
    # with it ("… the Observatory said. Five of them died in air strikes on
    # the market."); one sentence further it is the outlet's voice again, and
    # a sentence that opens a new item ("Meanwhile …", "Three more …", or
    # figures "on Friday" after an account of Saturday) does not go on with it.
    carried: str | None = None
    named_in: list[Span] = []  # the sentence that named the source carried
    line: attribution.Byline | None = doc._.wm_byline
    byline_source: str | None = None
    for sent, sent_text in doc_sentences(doc):
        found = attribution.attribute(sent, context, sent_text)
        if not found.named and line is not None and sent.start_char <= line.agency[0] < sent.end_char:
            # "… kill 12 in Aleppo Monitor AFP": the headline's own source.
            source = attribution.headline_source(doc_text(doc), line, context)
            if source is not None:
                context.remember(source, line.agency[0])
                found = replace(found, claimant=source, named=True)
                byline_source = source
                doc._.wm_byline = replace(line, credit=source)
        elif line is not None and sent.start_char == line.lead and carried != byline_source:
            # The lead after a byline goes on with the headline's own source
            # only: a photo caption's speaker before "(Reuters)" is not the lead's.
            carried = None
        if not found.named and (label := attribution.opening_label(sent)) is not None:
            found = replace(found, claimant=label, named=True)  # "IDF: ..." the post's teller
        claimant = found.claimant
        if found.named:
            # a medium quoting someone: the one quoted goes on, not the medium
            carried = attribution.relayed_in(sent, found.claimant, context) or found.claimant
            named_in = [sent]
        elif carried is not None:
            if not attribution.opens_new_item(sent) and not attribution.tells_another_day(
                sent, named_in, carried
            ):
                claimant = carried
                sent._.wm_carried = True
            carried = None
        sent._.claimant = army_of_sentence(sent, claimant)
        sent._.wm_named = found.named
        sent._.wm_said = (context.last, context.last_monitor)
        sent._.stance = found.stance
    if is_digest(outlet):
        credit_digest_items(doc_sentences(doc), doc_text(doc), context.outlet)
    doc._.claims = []
    return doc


@Language.component("wm_casualties")
def casualties_component(doc: Doc) -> Doc:
    previous_total: int | None = None
    sentences = doc_sentences(doc)
    places_in = by_sentence(claim_places(doc), sentences)
    text = doc_text(doc)
    death_told = False  # once a death is claimed it stays claimed: no need to look again
    last_before: casualties.CasualtyFigure | None = None  # the last count of the sentence before
    for (sent, sent_text), sent_places in zip(sentences, places_in, strict=True):
        death_told = death_told or any(
            isinstance(c, CasualtyClaim) and c.outcome == "killed" for c in doc._.claims
        )
        figures = casualties.find_casualties(
            sent_text, sent.start_char, first_death=not death_told, sent=sent, published=doc._.published
        )
        figures = with_people_taken(sent, figures)
        casualties.others_after_a_sentence(sent_text, sent.start_char, figures, last_before)
        last_before = figures[-1] if figures else None
        if not figures:
            previous_total = continue_breakdown(doc, sent, sent_text, previous_total)
            continue
        head = doc._.claims[previous_total] if previous_total is not None else None
        # "Of the dead, 102 were fighters …" after a toll: its parts, not new deaths.
        parts_of_previous = (
            head is not None
            and all(f.party != "total" and f.outcome == head.outcome for f in figures)
            and BREAKDOWN_CUE.search(sent_text) is not None
            and sum(f.best or 0 for f in figures) <= (head.best or 0)
        )
        base = len(doc._.claims)
        places = not_origins(doc, event_places(text, sent_places))
        for index, fig in enumerate(figures):
            if parts_of_previous and head is not None:
                doc._.claims.append(casualty_claim(sent, sent_text, fig, head=head, part_of=previous_total))
                continue
            part_of = base + fig.part_of if fig.part_of is not None else None
            claim = casualty_claim(
                sent, sent_text, fig, part_of=part_of, place=figure_place(figures, index, places, text)
            )
            doc._.claims.append(claim)
            if fig.party == "total":
                previous_total = base + index
        if not parts_of_previous:
            link_earlier_readings(doc._.claims, figures, base)
    headline_from_lead(doc)
    headline_running(doc, sentences)
    link_restatements(doc, sentences)
    link_vague_retellings(doc, sentences)
    link_stated_totals(doc, sentences)
    restated_claimants(doc)
    carry_source_on(doc, sentences)
    breakdown_sources(doc, sentences)
    # A carried source told again by the next sentence's own source gives way
    # before a lead's total looks for its parts: a bulletin's next item, run
    # on from the last source's words, is not that source's part.
    if retold_after_carry(doc, sentences):
        restated_claimants(doc)
    if lead_total_sources(doc, sentences):
        restated_claimants(doc)
    if source_named_after(doc, sentences):
        restated_claimants(doc)  # the headline telling a count again takes its newly found source
    # All run (`|`, not `or`): a roundup may hold an item of each kind.
    if retold_after_carry(doc, sentences) | account_sources(doc, sentences):
        restated_claimants(doc)
    carriers_told(doc, sentences)
    furniture_claimants(doc, sentences)
    link_summed_shares(doc, sentences)
    parts_in_their_wholes_voice(doc)
    return doc


def link_earlier_readings(claims: list[Claim], figures: list[casualties.CasualtyFigure], base: int) -> None:
    """A toll's earlier reading told beside the newer one ("rose to 35 from
    20", "down to 14 from 19", "up from 22") is part of the newer: the same
    people counted at another time, never added to it nor taken for the
    current figure (whichever comes last in the sentence). The newer reading
    is the nearest figure of the same outcome that is no earlier one, the one
    before it first."""
    for index, fig in enumerate(figures):
        if not fig.earlier or fig.part_of is not None:
            continue
        newer = [j for j, other in enumerate(figures) if not other.earlier and other.outcome == fig.outcome]
        if not newer:
            continue
        before = [j for j in newer if j < index]
        target = before[-1] if before else newer[0]
        claim = claims[base + index]
        if isinstance(claim, CasualtyClaim) and claim.part_of is None:
            claims[base + index] = claim.model_copy(update={"part_of": base + target})


@Language.component("wm_events")
def events_component(doc: Doc) -> Doc:
    text = doc_text(doc)
    dateline = dateline_end(text)
    sentences = doc_sentences(doc)
    places_in, actors_in = by_sentence(claim_places(doc), sentences), by_sentence(doc._.actors, sentences)
    cued = []
    background = background_sentences(doc, sentences) | repeated_sentences(sentences)
    for (sent, sent_text), places, sent_actors in zip(sentences, places_in, actors_in, strict=True):
        if sent.start_char in background:  # or a lead printed twice: its event told once
            continue  # a sentence of background tolls tells the war's story, no event
        furniture = heads.boilerplate_start(sent_text)  # "Related ...": other stories' headlines
        found = events.every_event_cue(sent_text)
        cues = real_cues(doc, sent, sent_text, found, furniture)
        # the types whose every cue tells no event ("the collapse of a ceasefire")
        dropped = frozenset(c.sub_event_type for c in found) - {c.sub_event_type for c in cues}
        # the types whose every cue only names a kind of unit ("an IED facilitator")
        kinds = frozenset(c.sub_event_type for c in found if event_scope.names_a_kind(sent, c)) & dropped
        # the types whose every cue is the war told by its years ("years of shelling")
        years_told = frozenset(c.sub_event_type for c in found if told_by_its_years(doc, sent, c)) & dropped
        from_parse = not cues
        if not cues:
            # An armed agent's act told with a verb the lexicon lacks ("troops
            # eliminated five gunmen"), read off the parse, where no lexicon
            # cue tells the sentence's event ("a landmine blast killing ...").
            cues = real_cues(
                doc, sent, sent_text, frames.armed_action_cues(sent, sent_actors, sent_text), furniture
            )
        elif all(drawn_protest(doc, sent, c) for c in cues):
            # "police shot dead a youth, which drew protests": the act that drew
            # them is an event of its own, read off the parse as above
            cues = [
                *cues,
                *real_cues(
                    doc, sent, sent_text, frames.armed_action_cues(sent, sent_actors, sent_text), furniture
                ),
            ]
        raid = air_raid_cue(doc, sent, cues) if cues and "raid" in sent_text.lower() else None
        if raid is not None:
            # "the raids hit Hass" in a report of warplanes: an air strike, beside the
            # sentence's other cues, in place of the act the parse read
            cues = [raid] if from_parse else sorted([*cues, raid], key=lambda c: c.start)
            from_parse = False
        if cues and not planned(sent):  # the trigger lexicon is the gate: no cue, no event claim
            cued.append((sent, sent_text, places, sent_actors, cues, from_parse, dropped, kinds, years_told))
    # The sentence's type comes from the same model `code` uses (all of a
    # report's cued sentences at once).
    guesses = sub_event_model().classify_many([sent for sent, *_rest in cued])
    first_event = len(doc._.claims)
    bare_tolls: list[int] = []  # claims of a toll sentence that names no act or doer
    for (sent, sent_text, places, sent_actors, cues, from_parse, dropped, kinds, years_told), guess in zip(
        cued, guesses, strict=True
    ):
        # a place's holder, a source, the one who blames: no party; the blamed first
        # "... ; the gunmen fled": the group named before them
        told = event_scope.named_again(sent_actors, text)
        parties = named_by_hearsay(doc, frames.party_mentions(sent, told))
        actors = list(dict.fromkeys(m.actor.name for m in parties))
        acted_on = event_roles.target_names(sent, parties)
        since = dates.first_since(sent_text)
        # A possessive ("Moscow's air power") names a backer, not where it
        # happened; a dateline ("Kabul, May 3 (Reuters) -") where the report
        # was filed, not where the fighting it tells of was.
        where = [m for m in places if not text[m.end : m.end + 2].startswith("'s") and m.end > dateline]
        where = not_origins(doc, event_places(text, where))
        if (
            guess.sub_event_type in years_told
            and not any(c.sub_event_type == guess.sub_event_type for c in cues)
            and all(c.event_type == "Strategic developments" for c in cues)
        ):
            # "has endured years of siege and shelling, which went on despite a
            # truce": the model reads the war's story; the truce named beside
            # it is no agreement of the day
            continue
        # The cue the model's type names (else the first) gives the claim its
        # span and place. A cue of another event type is another event in the
        # sentence ("an offensive began the day a truce took effect") and
        # keeps the lexicon's type.
        main = next((c for c in cues if c.sub_event_type == guess.best), cues[0])
        # A cue that names its sub-event outright (a suicide bomb, chlorine)
        # is the event, whatever the rest of the sentence makes the model
        # guess ("helicopters dropped chlorine" is no air strike for ACLED).
        decisive = next((c for c in cues if c.sub_event_type == DISRUPTED[1] or decisive_cue(sent, c)), None)
        overruled = decisive is not None and guess.sub_event_type != decisive.sub_event_type
        main = decisive if overruled and decisive is not None else main
        named = None if decisive is not None else names_the_act(cues, guess.sub_event_type)
        if named is not None:
            # "rebels stormed positions" read by the model as an air strike:
            # the cue names the act (event_triggers.json `names_the_act`)
            overruled, main = True, named
        if (
            named is None
            and decisive is None
            and unfounded(cues, dropped, guess.event_type, guess.sub_event_type)
        ):
            # "the bombardment follows the collapse of a ceasefire": the model's
            # agreement rests on a cue that tells none; the act named stands
            overruled, main = True, next(c for c in cues if c.event_type != "Strategic developments")
        if not overruled and guess.sub_event_type in kinds:
            # "a roadside bomb facilitator was detained": the model reads the
            # weapon word that only names his trade; the act told types it
            overruled, main = True, cues[0]
        if from_parse and guess.sub_event_type in CROWD_TYPES:
            # armed men's act ("gunmen opened fire on a checkpoint") is no
            # demonstration, whatever the model makes of a sentence with no
            # lexicon word
            overruled, main = True, cues[0]
        if (
            not overruled
            and from_parse
            and guess.event_type == ONE_SIDED[0]
            and cues[0].event_type == "Battles"
            and armed_sides_only(sent, sent_actors)
        ):
            # "coalition forces killed two insurgents": two armed sides and no
            # civilian named; one-sided violence needs a civilian target (ACLED)
            overruled, main = True, cues[0]
        if not overruled and no_arrest_told(cues, guess.event_type, guess.sub_event_type):
            # "a coalition patrol killed two insurgents": killed, not taken
            overruled, main = True, cues[0]
        if (
            not overruled
            and from_parse
            and guess.sub_event_type == UNCERTAIN
            and guess.event_type == cues[0].event_type
        ):
            # "an Afghan and coalition patrol killed two insurgents": the model is
            # sure of the battle, unsure of its kind; the act read off the parse names it
            overruled, main = True, cues[0]
        if not overruled and guess.event_type == ONE_SIDED[0]:
            # "bombardment has killed 44 civilians": the model reads the toll's
            # civilians as the attack; the shelling named beside them is the act
            act = harmed_by(cues, main)
            overruled, main = (True, act) if act is not None else (False, main)
        if guess.event_type in CROWD_EVENTS and not any(c.event_type in CROWD_EVENTS for c in cues):
            # no crowd in the sentence: "the UN called for pauses in the
            # fighting", "the fighting raised concern for civilians" tell the
            # fighting, not a protest the model reads into "called for"
            overruled, main = True, cues[0]
        if (
            not overruled
            and guess.sub_event_type in TERRITORIAL.values()
            and not any(c.sub_event_type in TERRITORIAL.values() for c in cues)
            and frames.takes_only_as_an_aim(sent)
        ):
            # "launched an offensive to capture the town": the model reads
            # the aim as the capture; the cue (the offensive) types the fight
            overruled, main = True, cues[0]
        event_type = guess.event_type if guess.event_type != UNCERTAIN and not overruled else main.event_type
        # a cue the model's type refines ("a mob stormed": mob violence) is no other event;
        # the weapons of the act ("with rockets, mortars and machine guns") are its means
        means = event_scope.instruments(sent, cues, main)
        others = [
            c
            for n, c in enumerate(cues)
            if c is not main
            and n not in means
            # "received small-arms and rocket propelled grenade fire": the
            # weapons inside the words of the act are its means
            and not main.start <= c.start < c.end <= main.end
            and c.event_type != event_type
            and not (c.model_may_say and guess.sub_event_type in c.model_may_say and not overruled)
            # "air raids killed five civilians": the civilians are the strike's victims
            and event_type not in events.HARM_OF.get(c.sub_event_type, ())
        ]
        disrupted = False
        when = days_told(doc, sent) or date_ref(sent)
        for cue in [main, *others]:
            place = nearest_place(where, cues, cue, sent.start_char, text)
            kind: tuple[str, str, float | None] = (
                (event_type, guess.sub_event_type, round(guess.confidence, 3))
                if cue is main and not overruled
                else (cue.event_type, cue.sub_event_type, None)
            )
            if event_type_of().get(kind[1], kind[0]) != kind[0]:
                # the cue's type with the model's sub-event of another type
                # ("a grenade attack" as Explosions/Armed clash): the cue's pair
                kind = (cue.event_type, cue.sub_event_type, None)
            if kind[1] != DISRUPTED[1] and disrupted_cue(sent, cue, kind[0]):
                kind = (*DISRUPTED, None)
            if (
                kind[0] == "Battles"
                and kind[1] in ("Armed clash", UNCERTAIN)
                and one_sided(sent, cues, sent_actors)
            ):
                kind = (*ONE_SIDED, None)
            if kind[1] == DISRUPTED[1]:
                if disrupted:  # "recovered mortar shells and an IED", "seized 40 IEDs": one find
                    continue
                disrupted = True
            cue_actors = actors
            if kind[1] in TERRITORIAL.values():
                # Who advanced decides which side gained, whatever word told it
                # ("the RSF recaptured the town"; a rebel offensive "to liberate"
                # a government-held district), and leads the event's actors.
                advancer = advancing_actor(sent, sent.start_char + cue.start, sent_actors)
                if advancer is not None:
                    kind = (kind[0], TERRITORIAL[government_side(advancer.actor)], kind[2])
                    cue_actors = list(dict.fromkeys([str(advancer.actor.name), *actors]))
            voice = event_voice(sent, sent.start_char + cue.start, sent_actors)
            cue_actors = _acting_force(doc, sent, cue, kind[0], voice[0], sent_actors, cue_actors)
            if kind[0] == "Protests" and drawn_protest(doc, sent, cue):
                # the armed doers of the act that drew the protest are not its actors
                unarmed = {str(m.actor.name) for m in sent_actors if m.actor.inter in UNARMED}
                cue_actors = [a for a in cue_actors if a in unarmed]
            # ACLED's actor1 does it, actor2 has it done to: "air strikes on
            # rebel towns killed civilians" has neither the rebels nor the
            # civilians for its doers (the force found above stays one)
            placed_first = set(cue_actors[:1]) if cue_actors[:1] != actors[:1] else set()
            targets = [t for t in acted_on if t not in placed_first]
            if kind[:2] == ONE_SIDED and not cue_actors and bare_toll(cues):
                bare_tolls.append(len(doc._.claims))
            doc._.claims.append(
                validated_claim(
                    EventClaim,
                    text=sent_text,
                    span=(sent.start_char + cue.start, sent.start_char + cue.end),
                    claimant=voice[0],
                    stance=voice[1],
                    event_type=kind[0],
                    sub_event_type=kind[1],
                    confidence=kind[2],
                    actors=[a for a in cue_actors if a not in targets],
                    targets=targets,
                    place=place_ref(place) if place else None,
                    date=when,
                    date_basis=None if when is None else "text",
                    first_since=since,
                )
            )
    tolls_take_the_act_beside(doc, bare_tolls, [sent for sent, _text in sentences])
    blamed_after(doc, first_event)
    link_event_restatements(doc, first_event)
    casualties_share_the_town(doc, first_event)
    return doc


def _acting_force(
    doc: Doc,
    sent: Span,
    cue: events.EventCue,
    event_type: str,
    claimant: str | None,
    sent_actors: list[ActorMention],
    actors: list[str],
) -> list[str]:
    """The event's actors with the force that did the act first, where the
    sentence tells that force by its instrument alone: the force named
    before by the same noun ("an Afghan and coalition security force ...
    the security force detained four"), else the speaking state force
    ("fighter jets struck 70 targets" in the army's own post, the outlet
    its army's channel). ACLED's actor1 is who acts; without this the
    target was the event's only actor."""
    subject = own_forces.unnamed_force_subject(event_scope.cue_token(sent, cue), event_type, sent_actors)
    if subject is None:
        # "the combined forces were engaged by insurgents": the force fired on
        # is the clash's other side, named before by its full name
        engaged = own_forces.unnamed_force_engaged(event_scope.cue_token(sent, cue), sent_actors)
        if engaged is None or event_type != "Battles":
            return actors
        named = [str(m.actor.name) for m in own_forces.force_named_before(doc, engaged)]
        return list(dict.fromkeys([*actors, *named]))
    earlier = [str(m.actor.name) for m in own_forces.force_named_before(doc, subject)]
    if not earlier:
        force = outlet_force(doc)
        speaker = claimant
        if force is not None and (claimant is None or claimant == _outlet_claimant(doc)):
            speaker = str(force.name)  # "IDF Telegram" speaks for the Israeli army
        if speaker and own_forces.speaking_force_acts(
            sent, event_scope.cue_token(sent, cue), speaker, event_type, sent_actors
        ):
            earlier = [speaker]
    return list(dict.fromkeys([*earlier, *actors])) if earlier else actors


def _outlet_claimant(doc: Doc) -> str | None:
    """The claimant name the report's outlet is given."""
    context: attribution.ClaimantContext | None = doc._.claimants
    return context.outlet if context is not None else None


@Language.component("wm_control")
def control_component(doc: Doc) -> Doc:
    """Control claims: the verb's subject gains or loses (data/patterns/control.json),
    its objects (from the parse) are the places, landmarks, containers and
    countries aside; "the city" and "it" refer back to the last place that
    changed hands; "seized X from Y" also says Y lost X; "repelled an attack on
    X" contests X; "the rebel-held town of X" says who holds X, "regime-besieged
    X" who besieges it; a siege with nobody named besieging, or a gain whose
    subject is no armed actor ("a convoy entered"), says nothing; a change
    dated to a past year ("in 2014") is history and dropped."""
    text = doc_text(doc)
    last_place: PlaceMention | None = None
    last_object: PlaceMention | None = None  # report-level: "the city" refers here
    last_actor: ActorMention | None = None
    sentences = doc_sentences(doc)
    places_in, actors_in = by_sentence(claim_places(doc), sentences), by_sentence(doc._.actors, sentences)
    nouns_in = iter(control_nouns(doc, sentences))
    named_rebels: list[str] = []  # armed groups the report has named, in order
    called: list[str] = []  # of them, those it called terrorists or jihadists ("ISIL terrorists")
    doc._.wm_unlisted = []
    repeats = repeated_sentences(sentences)
    for index, ((sent, sent_text), places, actors) in enumerate(
        zip(sentences, places_in, actors_in, strict=True)
    ):
        if sent.start_char in repeats:
            next(nouns_in)
            continue  # a lead printed twice: its change of hands told once
        # Countries ("large parts of Syria") never change hands here.
        places = [p for p in places if p.place.feature != "country"]
        words = control.sentence_words(sent)
        nouns = next(nouns_in)
        for cue in control.find_control_cues(sent, sent_text, words):
            start, end = sent.start_char + cue.start, sent.start_char + cue.end
            if cue.hypothetical:
                continue
            verb = control.verb_at(doc, start, end)
            if verb is not None and control.told_in_a_past_year(verb, doc._.published):
                continue
            if verb is not None and control.changed_often(verb):
                continue  # "has changed hands many times and is abandoned": no change on a day
            if verb is not None and retold.retold_at(doc, verb.idx):
                continue  # "now under rebel control after the alliance seized it": a takeover retold
            if verb is not None and control.report_denied(verb):
                continue  # "did not say the extremists had been pushed out": no claim it happened
            if verb is not None and verb.dep_ == "amod" and not cue.passive_by:
                continue  # "the besieged district", "the captured town": no subject of its own
            acting = verb is not None and (verb.pos_ == "NOUN" or not (cue.passive_by or cue.place_from))
            if acting and verb is not None and control.acts_on_someone(verb):
                # "a girl ... was evacuated to a Damascus hospital", "we mourn
                # the loss of 21 soldiers": people moved or lost, no place
                continue
            if verb is not None and control.carries_something(verb):
                continue  # "had taken it home": a box carried, no ground taken
            if verb is not None and control.seizes_things(verb):
                continue  # "seized weapons in Idlib": goods taken, no ground
            if cue.object_attacks and verb is not None and control.foils_a_plot(verb):
                continue  # "police thwarted a sabotage attempt": a plot foiled, no place fought for
            matched = control.dependency_matches(verb) if verb is not None else {}
            change = cue.change
            attacked = "ATTACK_ON" in matched
            if attacked:
                change = "contested"  # "repelled an attack on X": fighting for X that day
            subject = control_subject(doc, sent, cue, verb, actors, start, end, last_actor, sent_text)
            # Civilians, protesters and rioters hold no ground.
            subject = [a for a in subject if a.actor.inter not in UNARMED]
            if cue.place_from and not cue.passive_by and verb is not None and passive(verb):
                # "IS fighters were ousted from Raqqa": the subject lost it, the gainer untold;
                # "civilians were forced from their homes": nobody armed, nothing
                if not subject:
                    continue
                change = "lost"
            names = list(dict.fromkeys(the_group(a, text, named_rebels) for a in subject))
            if not names and named_rebels and verb is not None and control.group_subject(verb):
                names = [named_rebels[-1]]  # "IS ... On Thursday the group seized the oilfield"
            attackers: list[str] = []
            if attacked and verb is not None:
                # "repelled an attack by Nusra on X": the attacker fights for X too
                attack = matched["ATTACK_ON"]
                a, b = attack.left_edge.idx, attack.right_edge.idx + len(attack.right_edge.text)
                attackers = list(dict.fromkeys(m.actor.name for m in actors if a <= m.start and m.end <= b))
            elif cue.object_attacks and verb is not None:
                # "YPG fighters repelled the IS fighters": the object attacked
                for child in verb.children:
                    if child.dep_ == "dobj":
                        a, b = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
                        attackers = list(
                            dict.fromkeys(m.actor.name for m in actors if a <= m.start and m.end <= b)
                        )
            if cue.object_attacks and not names and verb is not None:
                names = defender_is_speaker(sent, verb)
            if change in ("holds", "contested") and not names and not attackers:
                continue  # "their control over routes", "the besieged town": no holder, no besieger
            if (
                change in ("gained", "lost")
                and not subject
                and verb is not None
                and not cue.passive_by
                and names_someone_else(verb)
            ):
                continue  # "a convoy entered the town", "talks entered a second day"
            target = (
                control.object_of(verb, change, cue.passive_by, cue.place_from) if verb is not None else None
            )
            if change == "lost" and (target is None or not target.found) and control.person_lost(verb):
                continue  # "but we lost, too", "so he lost": a person lost, no place named
            bare_attack = False
            if target is not None and attacked and verb is not None:
                attack = matched["ATTACK_ON"]
                target = control.attack_target(attack, target)
                bare_attack = not control.names_a_place(attack)
            if target is not None and target.found:
                # the places named, with the rest of their list; else "seized control of
                # Ain Daqneh town": a place the gazetteer lacks
                targets = object_places(doc, target, places, verb, places_in[index - 1] if index else [])
                if not targets and target.refers_back:
                    # "the army said it repelled the attack": the offensive the report is
                    # about, not whichever town the sentence before named; "east Aleppo,
                    # the rebel-held part of the city": the town named before in the sentence
                    before = [p for p in places if p.end <= start and p.place.feature in ("city", "village")]
                    if bare_attack:
                        # the report's own places: a dateline's city ("KABUL, Afghanistan
                        # (Nov. 18) - A patrol repelled an insurgent attack") is where the
                        # release was filed, not the place attacked (blind reading 9292)
                        back = focus_place(claim_places(doc), end)
                    else:
                        back = before[-1] if before else (last_object or last_place)
                    if back is not None and not control.of_its_kind(target.refers_as, back.place.feature):
                        back = None  # "withdrew from the village" after Aleppo: a village the gazetteer lacks
                    targets = [back] if back is not None else []
            elif verb is None or verb.pos_ not in ("VERB", "AUX") or change == "lost":
                # "the army agreed to withdraw under a truce": a withdrawal is from where it is
                # no verb in the parse to read an object from: the nearest place
                went = control.destinations(verb) if verb is not None else []
                # "withdrew to Hama": where they went is not what they left
                left = [p for p in places if not any(a <= p.start < b for a, b in went)]
                one = control_place(text, cue, left, last_place if left == places else None, start, end)
                targets = [one] if one is not None else []
            else:
                continue  # a verb with no object in the parse ("territory it controls")
            loser = matched.get("FROM_LOSER")
            lost: list[str] = []
            if loser is None and cue.place_from and verb is not None:
                # "drove IS from Kobane": the object; "IS was expelled by the army": the subject
                role = ("nsubjpass", "nsubj") if cue.passive_by else ("dobj",)
                loser = next((c for c in verb.children if c.dep_ in role), None)
            if loser is not None and change == "gained":
                a, b = loser.left_edge.idx, loser.right_edge.idx + len(loser.right_edge.text)
                lost = list(dict.fromkeys(m.actor.name for m in actors if a <= m.start and m.end <= b))
            winners = lost_to_actors(verb, actors) if change == "lost" and verb is not None else []
            for place in targets:
                claim = control_fields(
                    text, sent, sent_text, start, end, place, target.refers_back if target else False
                )
                if names or not attackers:
                    doc._.claims.append(
                        validated_claim(
                            ControlClaim,
                            **claim,
                            actor=names[0] if names else None,
                            allies=names[1:],
                            change=change,
                        )
                    )
                if attackers and attackers[0] not in names:
                    doc._.claims.append(
                        validated_claim(
                            ControlClaim, **claim, actor=attackers[0], allies=attackers[1:], change=change
                        )
                    )
                if lost:
                    doc._.claims.append(
                        validated_claim(ControlClaim, **claim, actor=lost[0], allies=lost[1:], change="lost")
                    )
                if winners and winners[0] not in names:
                    # "lost the town to the paramilitaries": they gained it
                    doc._.claims.append(
                        validated_claim(
                            ControlClaim, **claim, actor=winners[0], allies=winners[1:], change="gained"
                        )
                    )
                if place.precision == 1:
                    last_object = place
        held_claims(doc, sent, sent_text, places, actors, words, called)
        holding_noun_claims(doc, sent, sent_text, places, actors, nouns, named_rebels)
        under_control_claims(doc, sent, sent_text, places, actors, words)
        offensive_claims(doc, sent, sent_text, places, actors, nouns)
        book = load_actors().actors
        named = [m.actor.name for m in actors if m.actor.name in book and m.actor.inter == 2]
        if named:
            named_rebels.append(named[0])  # "HTS and its allies": the group that leads
        called.extend(called_pejoratively(doc, actors))
        if places:
            # "the town of Ariha in Idlib province ... The town is controlled by": the town
            # "Sake, a town 27 km west of Goma ... still holding the town": not the landmark
            towns = [p for p in places if p.place.feature in ("city", "village")]
            named = [p for p in towns if not named_as_landmark(text, p)]
            last_place = (named or towns or places)[-1]
        if actors:
            last_actor = actors[0]
    takers_told_before(doc)
    from_context(doc)
    twins_share_days(doc)
    attacks_named_again(doc)
    days_off_the_anchor(doc)
    return doc


def places_out(doc: Doc) -> list[PlaceOut]:
    grouped: dict[tuple[str, str], PlaceOut] = {}
    for m in [*(doc._.places or []), *(doc._.wm_unlisted or [])]:
        key = (m.place.name, m.place.country)
        if key not in grouped:
            grouped[key] = PlaceOut(**place_ref(m).model_dump(), mentions=[])
        grouped[key].mentions.append((m.start, m.end))
    return list(grouped.values())


def actors_out(doc: Doc) -> list[ActorOut]:
    grouped: dict[str, ActorOut] = {}
    for m in doc._.actors or []:
        a = m.actor
        if a.name not in grouped:
            grouped[a.name] = ActorOut(
                name=a.name, acled_name=acled_name(a, doc._.published), inter=a.inter, country=a.country,
                backed_by=list(a.backed_by), allied_with=list(a.allied_with),
            )  # fmt: skip
        grouped[a.name].mentions.append((m.start, m.end))
    return list(grouped.values())
