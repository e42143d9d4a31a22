"""The pipeline's components, each a small function over the shared Doc."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date
from typing import Any

import numpy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from warmonitor.extract import (
    attribution,
    casualties,
    control,
    dates,
    event_scope,
    events,
    frames,
    heads,
    own_forces,
    place_cues,
    retold,
)
from warmonitor.extract.account_source import account_sources, retold_after_carry, summed_by_source
from warmonitor.extract.acled_model import UNCERTAIN
from warmonitor.extract.acled_model import load_sub_event_model as sub_event_model
from warmonitor.extract.actor_resolution import (
    _UNARMED,
    _army_of_sentence,
    _attacking_states,
    _backer_named,
    _claimant,
    _describes_named,
    _in_their_country,
    _outlet_force,
    _sentence_countries,
    _subject_actors,
    _unnamed_army,
)
from warmonitor.extract.actor_resolution import (
    UNNAMED_ARMY as UNNAMED_ARMY,
)
from warmonitor.extract.actors import (
    Actor,
    ActorMention,
    acled_country_name,
    acled_name,
    generic_actors,
    load_actors,
    state_actor,
    with_backers,
)
from warmonitor.extract.breakdown_source import breakdown_sources
from warmonitor.extract.casualty_claims import (
    _BREAKDOWN_CUE,
    _casualty_claim,
    _continue_breakdown,
    _figure_place,
)
from warmonitor.extract.casualty_sources import (
    _carry_source_on,
    _headline_from_lead,
    _headline_running,
    _lead_total_claimants,
    _link_restatements,
    _link_stated_totals,
    _link_vague_retellings,
    _restated_claimants,
    _source_named_after,
    _with_people_taken,
)
from warmonitor.extract.claim_fields import (
    _claim,
    _date_ref,
    _place_ref,
)
from warmonitor.extract.claims import (
    ActorOut,
    CasualtyClaim,
    ControlClaim,
    EventClaim,
    PlaceOut,
)
from warmonitor.extract.event_claims import (
    _CROWD_TYPES,
    _ONE_SIDED,
    _TERRITORIAL,
    DISRUPTED,
    _advancer,
    _background_sentences,
    _days_told,
    _decisive,
    _disrupted,
    _event_voice,
    _government_side,
    _link_event_restatements,
    _names_the_act,
    _one_sided,
    _planned,
    _real_cues,
    _unfounded,
)
from warmonitor.extract.gazetteer import (
    REGION_WORDS,
    PlaceCandidate,
    acled_geo_precision,
    is_no_place_word,
    load_gazetteer,
    names_in_latin,
    spelling_variants,
)
from warmonitor.extract.held_part import locates_a_part
from warmonitor.extract.home_forces import at_home
from warmonitor.extract.incident_context import (
    _days_off_the_anchor,
    _from_context,
    _takers_told_before,
)
from warmonitor.extract.mentions import (
    PlaceMention,
    _by_sentence,
    _dateline_end,
    _dictionary_actors,
    _pointed_countries,
    _sentences,
    _text,
    claim_places,
    tag_runs,
)
from warmonitor.extract.place_choice import (
    _actor_countries,
    _adjective_country,
    _aside_places,
    _city_of_named_part,
    _focus_country,
    _focus_place,
    _landmark,
    _nearest_place,
    _not_origins,
    _not_the_event_place,
    _province_named_after,
    _town_it_is_part_of,
    _unsupported_namesake,
    event_places,
)
from warmonitor.extract.place_names import (
    _beside,
    _missed_places,
    _place_entities,
    _said_to_be_in,
    _town_of,
)
from warmonitor.ingest.outlets import lookup

_NEAR = re.compile(
    r"\b(?:near|outside|outskirts of|countryside of|around|north of|south of|east of|west of|"
    r"north-east of|north-west of|south-east of|south-west of|km from|kilometres from)\s+(?:the\s+)?$",
    re.I,
)
_EXTENT = [(re.compile(r"\b(?:most|majority|large parts?|much|bulk)\s+of\b", re.I), "most"),
           (re.compile(r"\b(?:parts?|some|areas|neighbourhoods|districts|edge|outskirts)\s+of\b", re.I), "part"),
           (re.compile(r"\b(?:points?|positions?)\s+in\b", re.I), "part"),  # "held strategic points in the city"
           (re.compile(r"\b(?:all of|entire|whole|full control)\b", re.I), "all")]  # fmt: skip


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
        # Places the gazetteer lacks that a control claim names (_unlisted_places).
        ("wm_unlisted", None),
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
    text = _text(doc)
    spans, tagged = _place_entities(doc, text)
    # A name the text once puts in a region ("Hajin in Bandipora District in
    # Jammu and Kashmir") is that region's wherever it is named again, and
    # votes for the region's country, not for a namesake's.
    said: dict[str, tuple[str, str]] = {}
    for _s, e, name in spans:
        if name not in said and (inside := _said_to_be_in(text, e)) is not None:
            said[name] = inside
    focus = (
        doc._.country_hint
        or _focus_country(
            doc, [said[name][1] if name in said else name for _s, _e, name in spans], _actor_countries(text)
        )
        or _adjective_country(text)
    )
    countries: set[str | None] = {
        c.country
        for _s, _e, name in spans
        for c in gazetteer.candidates(name)
        if gazetteer.names_country(name, c)
    }
    if focus or countries:
        known = {focus, *countries} - {None}
        spans = sorted(spans + _missed_places(tagged, text, known), key=lambda s: s[0])
        # "Gaza City, Khan Younis and Rafah": a list's members the model tagged as people
        listed = place_cues.listed_names(text, spans, lambda name: _town_of(name, known))
        # A name found twice at one place (a town the model took for a
        # people, found again after its preposition) is one mention.
        spans = sorted(dict.fromkeys(spans + listed), key=lambda s: s[0])
    anchors = [
        (c.lat, c.lon)
        for _s, _e, name in spans
        if len(cands := gazetteer.candidates(name)) == 1 and (c := cands[0]).country == focus
    ]
    # A first-level region only one country has ("the West Bank city of
    # Ramallah", "Balochistan's Turbat") points to that country as its name would.
    regions = {
        cands[0].country
        for _s, _e, name in spans
        if len(cands := gazetteer.candidates(name)) == 1 and cands[0].feature == "admin1"
    }
    pointed = _pointed_countries(text) | {c for c in countries if c} | regions
    mentions: list[PlaceMention] = []
    # A name said twice in a report, with the same words beside it, resolves
    # the same way (same focus, same anchors): score its candidates once.
    resolved: dict[tuple[str, bool, str | None, bool], PlaceCandidate | None] = {}
    for start_char, end_char, name in spans:
        after = text[end_char : end_char + 20]
        region = REGION_WORDS.match(after.strip()) is not None or place_cues.names_a_region(
            text, start_char, end_char
        )
        rural = f"Rural {name}" if region else None
        if rural is not None and any(c.feature == "admin1" for c in gazetteer.candidates(rural)):
            name = rural  # "rural Damascus", "the countryside of Damascus": the governorate Rural Damascus
        local, town = _beside(text, start_char, end_char, name)
        key = (name, region, local, town)
        if key not in resolved:
            resolved[key] = gazetteer.resolve(
                name, country_hint=focus, near=anchors, region=region, local_hint=local, town=town
            )
        place = resolved[key]
        if place is None or _not_the_event_place(doc, text, start_char, end_char, place, len(spans) > 1):
            continue
        named = {c for c in (*pointed, focus, *(m.place.country for m in mentions)) if c}
        if is_no_place_word(name, place, named, region):
            continue  # "Kazakh", "Africa", "Western" (diplomats) name no town here
        if (
            focus
            and local is None
            and _unsupported_namesake(place, focus, pointed, text, start_char, end_char)
        ):
            continue
        inside = said.get(name) if place.feature != "country" else None
        if inside is not None and inside[0] != place.country:
            continue  # "Hajin in Bandipora District in Jammu and Kashmir": not Hajin, Syria
        near = bool(_NEAR.search(text[max(0, start_char - 30) : start_char]))
        precision = 3 if region else acled_geo_precision(place, near=near)
        province = _province_named_after(text, end_char, place)
        if province is not None:
            place, precision = province, 3
        part_of = _town_it_is_part_of(place, text, start_char, end_char, focus)
        if part_of is not None:
            place, precision = part_of, max(2, precision)
        elif place_cues.called_a_city_part(text, end_char):
            city = _city_of_named_part(place, mentions)
            if city is not None:
                place, precision = city.place, city.precision
        mentions.append(PlaceMention(place, start_char, end_char, precision))
    doc._.places = mentions
    doc._.country = focus
    doc.user_data["wm_aside_places"] = _aside_places(text, mentions)
    return doc


@Language.component("wm_actors")
def actors_component(doc: Doc) -> Doc:
    text = _text(doc)
    book = load_actors()
    named = [replace(m, actor=book.as_of(m.actor, doc._.published)) for m in _dictionary_actors(text)]
    named = _in_their_country(doc, named)
    taken = [(m.start, m.end) for m in named]
    generic: list[ActorMention] = []
    named_spans = [(m.start, m.end) for m in named]
    own = _outlet_force(doc)
    countries = _sentence_countries(doc)
    doc._.wm_sentence_countries = {
        s.start_char: iso for (s, _t), iso in zip(_sentences(doc), countries, strict=True)
    }
    for (sent, _sent_text), iso in zip(_sentences(doc), countries, strict=True):
        if doc._.country_hint:
            iso = doc._.country_hint
        name = (
            doc._.country_name_hint
            or acled_country_name(iso)
            or load_gazetteer().country_names.get(iso or "")
        )
        piece = text[sent.start_char : sent.end_char]
        for m in generic_actors(piece, name, sent.start_char, iso=iso):
            if any(m.start < end and start < m.end for start, end in taken):
                continue
            if any(end <= m.start and _describes_named(doc, end, m.start) for _start, end in named_spans):
                continue  # "IS militants", "IDF observation troops": the named group, not another
            if own is not None and _unnamed_army(m, own):
                m = replace(m, actor=own)
            elif m.actor.inter == 1:
                m = replace(m, actor=state_actor(m.actor, doc._.published))
            generic.append(m)
            taken.append((m.start, m.end))
    generic += [
        m for m in _attacking_states(doc, text) if not any(m.start < e and s < m.end for s, e in taken)
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
    return doc


@Language.component("wm_dates")
def dates_component(doc: Doc) -> Doc:
    published: date | None = doc._.published
    if published is None:
        doc._.dates = []
        return doc
    text = _text(doc)
    # The report's own dateline is the day its relative days count from
    # ("Published July 4 2015 ... on Friday"); it dates no claim itself.
    line = dates.report_dateline(text, published)
    if line is not None:
        doc._.published = published = line.day
    doc._.dates = [
        m
        for m in dates.find_dates(text, published)
        if not (line is not None and m.span[0] < line.span[1] and line.span[0] < m.span[1])
        # A year names the claim's time only when it is not the report's own.
        and not (m.year_only and m.start.year >= published.year)
    ]
    return doc


@Language.component("wm_bylines")
def bylines_component(doc: Doc) -> Doc:
    """Before the parser: a headline run into its byline and lead ("… Monitor
    AFP Thursday 14 Jul 2016 Air strikes killed …") is a sentence of its own,
    so the lead's saying verb does not take the headline, nor a related
    headline's "says" the lead."""
    published: date | None = doc._.published
    found = attribution.byline(_text(doc), published) if published is not None else None
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
    return doc


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
    context.report_monitor = attribution.monitor_named_in(_text(doc))
    context.text = _text(doc)
    context.tag_runs = tag_runs(context.text)
    doc._.claimants = context
    # A sentence that names no source, right after one that does, goes on
    # with it ("… the Observatory said. Five of them died in air strikes on
    # the market."); one sentence further it is the outlet's voice again, and
    # a sentence that opens a new item ("Meanwhile …", "Three more …") does
    # not go on with it.
    carried: str | None = None
    line: attribution.Byline | None = doc._.wm_byline
    byline_source: str | None = None
    for sent, sent_text in _sentences(doc):
        found = attribution.attribute(sent, context, sent_text)
        if not found.named and line is not None and sent.start_char <= line.agency[0] < sent.end_char:
            # "… kill 12 in Aleppo Monitor AFP": the headline's own source.
            source = attribution.headline_source(_text(doc), line, context)
            if source is not None:
                context.remember(source, line.agency[0])
                found = replace(found, claimant=source, named=True)
                byline_source = source
        elif line is not None and sent.start_char == line.lead and carried != byline_source:
            # The lead after a byline goes on with the headline's own source
            # only: a photo caption's speaker before "(Reuters)" is not the lead's.
            carried = None
        claimant = found.claimant
        if found.named:
            carried = found.claimant
        elif carried is not None:
            if not attribution.opens_new_item(sent):
                claimant = carried
                sent._.wm_carried = True
            carried = None
        sent._.claimant = _army_of_sentence(sent, claimant)
        sent._.wm_named = found.named
        sent._.wm_said = (context.last, context.last_monitor)
        sent._.stance = found.stance
    doc._.claims = []
    return doc


@Language.component("wm_casualties")
def casualties_component(doc: Doc) -> Doc:
    previous_total: int | None = None
    sentences = _sentences(doc)
    places_in = _by_sentence(claim_places(doc), sentences)
    text = _text(doc)
    death_told = False  # once a death is claimed it stays claimed: no need to look again
    for (sent, sent_text), sent_places in zip(sentences, places_in, strict=True):
        death_told = death_told or any(
            isinstance(c, CasualtyClaim) and c.outcome == "killed" for c in doc._.claims
        )
        figures = casualties.find_casualties(
            sent_text, sent.start_char, first_death=not death_told, sent=sent, published=doc._.published
        )
        figures = _with_people_taken(sent, figures)
        if not figures:
            previous_total = _continue_breakdown(doc, sent, sent_text, previous_total)
            continue
        head = doc._.claims[previous_total] if previous_total is not None else None
        # "Of the dead, 102 were fighters …" after a toll: its parts, not new deaths.
        parts_of_previous = (
            head is not None
            and all(f.party != "total" and f.outcome == head.outcome for f in figures)
            and _BREAKDOWN_CUE.search(sent_text) is not None
            and sum(f.best or 0 for f in figures) <= (head.best or 0)
        )
        base = len(doc._.claims)
        places = _not_origins(doc, event_places(text, sent_places))
        for index, fig in enumerate(figures):
            if parts_of_previous and head is not None:
                doc._.claims.append(_casualty_claim(sent, sent_text, fig, head=head, part_of=previous_total))
                continue
            part_of = base + fig.part_of if fig.part_of is not None else None
            claim = _casualty_claim(
                sent, sent_text, fig, part_of=part_of, place=_figure_place(figures, index, places, text)
            )
            doc._.claims.append(claim)
            if fig.party == "total":
                previous_total = base + index
    _headline_from_lead(doc)
    _headline_running(doc, sentences)
    _link_restatements(doc, sentences)
    _link_vague_retellings(doc, sentences)
    _link_stated_totals(doc, sentences)
    _restated_claimants(doc)
    _carry_source_on(doc, sentences)
    breakdown_sources(doc, sentences)
    _lead_total_claimants(doc, sentences)
    if _source_named_after(doc, sentences):
        _restated_claimants(doc)  # the headline telling a count again takes its newly found source
    # All run (`|`, not `or`): a roundup may hold an item of each kind.
    if (
        retold_after_carry(doc, sentences)
        | account_sources(doc, sentences)
        | summed_by_source(doc, sentences)
    ):
        _restated_claimants(doc)
    return doc


@Language.component("wm_events")
def events_component(doc: Doc) -> Doc:
    text = _text(doc)
    dateline = _dateline_end(text)
    sentences = _sentences(doc)
    places_in, actors_in = _by_sentence(claim_places(doc), sentences), _by_sentence(doc._.actors, sentences)
    cued = []
    background = _background_sentences(doc, sentences)
    for (sent, sent_text), places, sent_actors in zip(sentences, places_in, actors_in, strict=True):
        if sent.start_char in background:
            continue  # a sentence of background tolls tells the war's story, no event
        furniture = heads.boilerplate_start(sent_text)  # "Related ...": other stories' headlines
        found = events.every_event_cue(sent_text)
        cues = _real_cues(doc, sent, sent_text, found, furniture)
        # the types whose every cue tells no event ("the collapse of a ceasefire")
        dropped = frozenset(c.sub_event_type for c in found) - {c.sub_event_type for c in cues}
        from_parse = not cues
        if not cues:
            # An armed agent's act told with a verb the lexicon lacks ("troops
            # eliminated five gunmen"), read off the parse, where no lexicon
            # cue tells the sentence's event ("a landmine blast killing ...").
            cues = _real_cues(
                doc, sent, sent_text, frames.armed_action_cues(sent, sent_actors, sent_text), furniture
            )
        if cues and not _planned(sent):  # the trigger lexicon is the gate: no cue, no event claim
            cued.append((sent, sent_text, places, sent_actors, cues, from_parse, dropped))
    # The sentence's type comes from the same model `code` uses (all of a
    # report's cued sentences at once).
    guesses = sub_event_model().classify_many([sent for sent, *_rest in cued])
    first_event = len(doc._.claims)
    for (sent, sent_text, places, sent_actors, cues, from_parse, dropped), guess in zip(
        cued, guesses, strict=True
    ):
        # a place's holder, a source, the one who blames: no party; the blamed first
        # "... ; the gunmen fled": the group named before them
        told = event_scope.named_again(sent_actors, text)
        actors = list(dict.fromkeys(m.actor.name for m in frames.party_mentions(sent, told)))
        since = dates.first_since(sent_text)
        # A possessive ("Moscow's air power") names a backer, not where it
        # happened; a dateline ("Kabul, May 3 (Reuters) -") where the report
        # was filed, not where the fighting it tells of was.
        where = [m for m in places if not text[m.end : m.end + 2].startswith("'s") and m.end > dateline]
        where = _not_origins(doc, event_places(text, where))
        # The cue the model's type names (else the first) gives the claim its
        # span and place. A cue of another event type is another event in the
        # sentence ("an offensive began the day a truce took effect") and
        # keeps the lexicon's type.
        main = next((c for c in cues if c.sub_event_type == guess.best), cues[0])
        # A cue that names its sub-event outright (a suicide bomb, chlorine)
        # is the event, whatever the rest of the sentence makes the model
        # guess ("helicopters dropped chlorine" is no air strike for ACLED).
        decisive = next((c for c in cues if c.sub_event_type == DISRUPTED[1] or _decisive(sent, c)), None)
        overruled = decisive is not None and guess.sub_event_type != decisive.sub_event_type
        main = decisive if overruled and decisive is not None else main
        named = None if decisive is not None else _names_the_act(cues, guess.sub_event_type)
        if named is not None:
            # "rebels stormed positions" read by the model as an air strike:
            # the cue names the act (event_triggers.json `names_the_act`)
            overruled, main = True, named
        if (
            named is None
            and decisive is None
            and _unfounded(cues, dropped, guess.event_type, guess.sub_event_type)
        ):
            # "the bombardment follows the collapse of a ceasefire": the model's
            # agreement rests on a cue that tells none; the act named stands
            overruled, main = True, next(c for c in cues if c.event_type != "Strategic developments")
        if from_parse and guess.sub_event_type in _CROWD_TYPES:
            # armed men's act ("gunmen opened fire on a checkpoint") is no
            # demonstration, whatever the model makes of a sentence with no
            # lexicon word
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
            and c.event_type != event_type
            and not (c.model_may_say and guess.sub_event_type in c.model_may_say and not overruled)
            # "air raids killed five civilians": the civilians are the strike's victims
            and event_type not in events.HARM_OF.get(c.sub_event_type, ())
        ]
        disrupted = False
        when = _days_told(doc, sent) or _date_ref(sent)
        for cue in [main, *others]:
            place = _nearest_place(where, cues, cue, sent.start_char, text)
            kind: tuple[str, str, float | None] = (
                (event_type, guess.sub_event_type, round(guess.confidence, 3))
                if cue is main and not overruled
                else (cue.event_type, cue.sub_event_type, None)
            )
            if kind[1] != DISRUPTED[1] and _disrupted(sent, cue, kind[0]):
                kind = (*DISRUPTED, None)
            if (
                kind[0] == "Battles"
                and kind[1] in ("Armed clash", UNCERTAIN)
                and _one_sided(sent, cues, sent_actors)
            ):
                kind = (*_ONE_SIDED, None)
            if kind[1] == DISRUPTED[1]:
                if disrupted:  # "recovered mortar shells and an IED", "seized 40 IEDs": one find
                    continue
                disrupted = True
            cue_actors = actors
            if kind[1] in _TERRITORIAL.values():
                # Who advanced decides which side gained, whatever word told it
                # ("the RSF recaptured the town"; a rebel offensive "to liberate"
                # a government-held district), and leads the event's actors.
                advancer = _advancer(sent, sent.start_char + cue.start, sent_actors)
                if advancer is not None:
                    kind = (kind[0], _TERRITORIAL[_government_side(advancer.actor)], kind[2])
                    cue_actors = list(dict.fromkeys([str(advancer.actor.name), *actors]))
            voice = _event_voice(sent, sent.start_char + cue.start, sent_actors)
            if (
                voice[0]
                and voice[0] not in cue_actors
                and own_forces.speaking_force_acts(
                    sent, event_scope._cue_token(sent, cue), voice[0], kind[0], sent_actors
                )
            ):
                # "fighter jets struck 70 targets" in the army's own post: the army's strike
                cue_actors = [voice[0], *cue_actors]
            doc._.claims.append(
                _claim(
                    EventClaim,
                    text=sent_text,
                    span=(sent.start_char + cue.start, sent.start_char + cue.end),
                    claimant=voice[0],
                    stance=voice[1],
                    event_type=kind[0],
                    sub_event_type=kind[1],
                    confidence=kind[2],
                    actors=cue_actors,
                    place=_place_ref(place) if place else None,
                    date=when,
                    date_basis=None if when is None else "text",
                    first_since=since,
                )
            )
    _link_event_restatements(doc, first_event)
    return doc


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
    text = _text(doc)
    last_place: PlaceMention | None = None
    last_object: PlaceMention | None = None  # report-level: "the city" refers here
    last_actor: ActorMention | None = None
    sentences = _sentences(doc)
    places_in, actors_in = _by_sentence(claim_places(doc), sentences), _by_sentence(doc._.actors, sentences)
    nouns_in = iter(_control_nouns(doc, sentences))
    named_rebels: list[str] = []  # armed groups the report has named, in order
    called: list[str] = []  # of them, those it called terrorists or jihadists ("ISIL terrorists")
    doc._.wm_unlisted = []
    for index, ((sent, sent_text), places, actors) in enumerate(
        zip(sentences, places_in, actors_in, strict=True)
    ):
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
            matched = control.dependency_matches(verb) if verb is not None else {}
            change = cue.change
            attacked = "ATTACK_ON" in matched
            if attacked:
                change = "contested"  # "repelled an attack on X": fighting for X that day
            subject = _control_subject(doc, sent, cue, verb, actors, start, end, last_actor, sent_text)
            # Civilians, protesters and rioters hold no ground.
            subject = [a for a in subject if a.actor.inter not in _UNARMED]
            if cue.place_from and not cue.passive_by and verb is not None and _passive(verb):
                # "IS fighters were ousted from Raqqa": the subject lost it, the gainer untold;
                # "civilians were forced from their homes": nobody armed, nothing
                if not subject:
                    continue
                change = "lost"
            names = list(dict.fromkeys(_the_group(a, text, named_rebels) for a in subject))
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
                names = _defender_is_speaker(sent, verb)
            if change in ("holds", "contested") and not names and not attackers:
                continue  # "their control over routes", "the besieged town": no holder, no besieger
            if (
                change in ("gained", "lost")
                and not subject
                and verb is not None
                and not cue.passive_by
                and _names_someone_else(verb)
            ):
                continue  # "a convoy entered the town", "talks entered a second day"
            target = (
                control.object_of(verb, change, cue.passive_by, cue.place_from) if verb is not None else None
            )
            bare_attack = False
            if target is not None and attacked and verb is not None:
                attack = matched["ATTACK_ON"]
                target = control.attack_target(attack, target)
                bare_attack = not control.names_a_place(attack)
            if target is not None and target.found:
                targets = _places_in(places, target, text)
                if not targets:
                    # "seized control of Ain Daqneh town": a place the gazetteer lacks
                    targets = _unlisted_places(
                        doc, target, places, places_in[index - 1] if index else [], verb
                    )
                if not targets and target.refers_back:
                    # "the army said it repelled the attack": the offensive the report is
                    # about, not whichever town the sentence before named; "east Aleppo,
                    # the rebel-held part of the city": the town named before in the sentence
                    before = [p for p in places if p.end <= start and p.place.feature in ("city", "village")]
                    if bare_attack:
                        back = _focus_place(doc._.places, end)
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
                one = _control_place(text, cue, left, last_place if left == places else None, start, end)
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
            winners = _lost_to(verb, actors) if change == "lost" and verb is not None else []
            for place in targets:
                claim = _control_fields(
                    text, sent, sent_text, start, end, place, target.refers_back if target else False
                )
                if names or not attackers:
                    doc._.claims.append(
                        _claim(
                            ControlClaim,
                            **claim,
                            actor=names[0] if names else None,
                            allies=names[1:],
                            change=change,
                        )
                    )
                if attackers and attackers[0] not in names:
                    doc._.claims.append(
                        _claim(ControlClaim, **claim, actor=attackers[0], allies=attackers[1:], change=change)
                    )
                if lost:
                    doc._.claims.append(
                        _claim(ControlClaim, **claim, actor=lost[0], allies=lost[1:], change="lost")
                    )
                if winners and winners[0] not in names:
                    # "lost the town to the paramilitaries": they gained it
                    doc._.claims.append(
                        _claim(ControlClaim, **claim, actor=winners[0], allies=winners[1:], change="gained")
                    )
                if place.precision == 1:
                    last_object = place
        _held_claims(doc, sent, sent_text, places, actors, words, called)
        _holding_noun_claims(doc, sent, sent_text, places, actors, nouns, named_rebels)
        _under_control_claims(doc, sent, sent_text, places, actors, words)
        _offensive_claims(doc, sent, sent_text, places, actors, nouns)
        book = load_actors().actors
        named = [m.actor.name for m in actors if m.actor.name in book and m.actor.inter == 2]
        if named:
            named_rebels.append(named[0])  # "HTS and its allies": the group that leads
        called.extend(_called_pejoratively(doc, actors))
        if places:
            # "the town of Ariha in Idlib province ... The town is controlled by": the town
            # "Sake, a town 27 km west of Goma ... still holding the town": not the landmark
            towns = [p for p in places if p.place.feature in ("city", "village")]
            named = [p for p in towns if not _landmark(text, p)]
            last_place = (named or towns or places)[-1]
        if actors:
            last_actor = actors[0]
    _takers_told_before(doc)
    _from_context(doc)
    _days_off_the_anchor(doc)
    return doc


def _unlisted_places(
    doc: Doc,
    target: control.ControlObject,
    places: list[PlaceMention],
    before: list[PlaceMention],
    clause: Token | None,
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
    report's places."""
    known = [(m.start, m.end) for m in [*doc._.places, *doc._.actors]]
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


def _control_nouns(doc: Doc, sentences: list[tuple[Span, str]]) -> list[list[Any]]:
    """For each sentence, its nouns that may be an offensive, a holding or a
    siege (control.json's lemmas), in order: the only tokens `_offensive_claims`
    and `_holding_noun_claims` act on, found from the Doc's POS column instead
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


def _lost_to(verb: Any, actors: list[ActorMention]) -> list[str]:
    """The actors of a loss's "to" phrase ("lost Palmyra in March to Syrian army
    forces"), armed ones only."""
    noun = control.lost_to(verb)
    if noun is None:
        return []
    a, b = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)
    found = [m for m in actors if a <= m.start and m.end <= b and m.actor.inter not in _UNARMED]
    return list(dict.fromkeys(str(m.actor.name) for m in found))


def _passive(verb: Any) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _called_pejoratively(doc: Doc, actors: list[ActorMention]) -> list[str]:
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


def _the_group(mention: ActorMention, text: str, named_rebels: list[str]) -> str:
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


def _defender_is_speaker(sent: Span, verb: Any) -> list[str]:
    """ "Army units repelled an attack ..., the army command said": a subject the
    actors missed, said by an armed force about its own units, is that force."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    claimant = sent._.claimant
    if subject is None or not claimant or subject.lemma_.lower() not in control.control_cues().unit_nouns:
        return []
    book = load_actors()
    armed = claimant in book.actors or str(claimant).startswith("Military Forces of")
    return [str(claimant)] if armed else []


def _places_in(places: list[PlaceMention], target: control.ControlObject, text: str) -> list[PlaceMention]:
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
    if named:
        return named
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


def _names_someone_else(verb: Any) -> bool:
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
    before = _text(sent.doc)[sent.start_char : char]
    return "asserted" if _GOES_ON.search(before) and attribution.stance_of(before) == "denied" else stance


def _control_fields(
    text: str, sent: Span, sent_text: str, start: int, end: int, place: PlaceMention, refers_back: bool
) -> dict[str, Any]:
    """The fields every control claim of one cue and place shares."""
    # The words between the cue and the place; for a place named before ("the
    # city" referring back), the cue's own clause after it.
    window = text[end : place.start] if place.start >= end else re.split(r"[,;.]", text[end : end + 60])[0]
    extent = next((name for regex, name in _EXTENT if regex.search(window)), None)
    if _SUB_PLACE.match(text[place.end : place.end + 40]):
        extent = "part"  # "Aleppo International Airport" is a part of Aleppo, not the city
    when = _date_ref(sent)
    return dict(
        text=sent_text, span=(start, end), claimant=_claimant(sent, start), stance=_stance_at(sent, start),
        place=_place_ref(place), extent=extent, date=when, date_basis=None if when is None else "text",
    )  # fmt: skip


def _held_claims(
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
    (`called`, from `_called_pejoratively`), when it called one so."""
    found = control.held_modifiers(sent, words)
    if not found:
        return
    text = _text(doc)
    pejorative = control.control_cues().pejorative_holders
    for i, held in enumerate(found):
        if called and held.holder.lower_ in pejorative:
            holder: str | None = called[-1]
        else:
            holder = _holder(doc, sent, held.holder, actors)
        if holder is None:
            continue
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
        for place in _places_in(places, target, text) or _unlisted_places(
            doc, target, places, [], _clause_of(held.noun)
        ):
            claim = _control_fields(text, sent, sent_text, held.start, held.end, place, False)
            doc._.claims.append(_claim(ControlClaim, **claim, actor=holder, allies=[], change=held.change))


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


def _offensive_claims(
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
    text = _text(doc)
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
            named = [m for m in actors if a <= m.start and m.end <= b and m.actor.inter not in _UNARMED]
            attacker = str(named[0].actor.name) if named else None
        if attacker is None:
            continue
        target = control.objects_of(heads)
        span = (noun.idx, noun.idx + len(noun.text))
        for place in _places_in(places, target, text) or _unlisted_places(
            doc, target, places, [], _clause_of(noun)
        ):
            claim = _control_fields(text, sent, sent_text, span[0], span[1], place, False)
            doc._.claims.append(_claim(ControlClaim, **claim, actor=attacker, allies=[], change="contested"))


def _under_control_claims(
    doc: Doc,
    sent: Span,
    sent_text: str,
    places: list[PlaceMention],
    actors: list[ActorMention],
    words: frozenset[str] | None = None,
) -> None:
    """ "Manbij, which has been under YPG control since August", "districts in
    rebel hands": the words between hold the clause's subject or the noun."""
    text = _text(doc)
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
        targets = _places_in(places, target, text)
        if not targets and target.refers_back:
            # "told reporters in Goma that the city was under its control": the town named before
            named = [p for p in places if p.end <= span.start_char and p.place.feature in ("city", "village")]
            targets = [p for p in named if not _landmark(text, p)][-1:]
        for place in targets:
            claim = _control_fields(text, sent, sent_text, span.start_char, span.end_char, place, False)
            doc._.claims.append(_claim(ControlClaim, **claim, actor=holder, allies=[], change="holds"))


def _holding_noun_claims(
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
    text = _text(doc)
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
                found = _places_in(places, control.objects_of([subject]), text)
        if _once_held(noun):
            continue  # "Ariha, once a government stronghold": what it was, not what it is
        found = found or [p for p in _places_in(places, target, text) if not _in_tokens(p, words)]
        if not found and target.refers_back:
            # "the regime's siege of the city": the town named before it in the sentence
            found = [p for p in places if p.end <= noun.idx and p.place.feature in ("city", "village")][-1:]
        if not found and noun.dep_ == "appos":
            target = control.objects_of([noun.head], leave_out=frozenset(t.i for t in noun.subtree))
            found = _places_in(places, target, text)
        if not found and noun.dep_ == "appos":
            # the parse hung it elsewhere: "the town of Manbij, a key IS stronghold"
            edge = noun.left_edge.idx
            found = [p for p in places if p.end <= edge and not text[p.end : edge].strip(" ,")][-1:]
        if not found and noun.dep_ == "attr":
            subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                found = _places_in(places, control.objects_of([subject]), text)
        span = (noun.idx, noun.idx + len(noun.text))
        for place in found:
            claim = _control_fields(text, sent, sent_text, span[0], span[1], place, False)
            doc._.claims.append(_claim(ControlClaim, **claim, actor=holder, allies=[], change=change))


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
                    and m.actor.inter not in _UNARMED
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
    this sentence before the word, or before it), as `_the_group` reads "the
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
            return m if not _text(doc)[m.end : noun.idx].strip(" '") else None
        modifiers = ("ADJ", "ADV", "PROPN", "X", "PART")
        if all(t.pos_ in modifiers or t.lower_ in ("group", "groups", "'s") for t in between):
            return m
        return None
    return None


def _in_tokens(place: PlaceMention, tokens: list[Any]) -> bool:
    return any(t.idx <= place.start < t.idx + len(t.text) for t in tokens)


def _holder(doc: Doc, sent: Span, word: Any, actors: list[ActorMention], *, sides: bool = True) -> str | None:
    """Who a word names as holder ("rebel-held", "an IS stronghold"): the actor
    found on it ("IS"), a side of the country in focus ("rebel", "regime"), or
    a dictionary actor named for that country ("Kurdish" in Syria)."""
    for m in actors:
        if m.start <= word.idx < m.end:
            return str(m.actor.name)
    if not sides:
        return None
    cues = control.control_cues()
    iso = (doc._.wm_sentence_countries or {}).get(sent.start_char, doc._.country)
    named = cues.holder_names.get(word.lower_, {})
    if iso in named:
        return named[iso]
    side = cues.holder_words.get(word.lower_)
    if side is None:
        return None
    name = doc._.country_name_hint or acled_country_name(iso) or load_gazetteer().country_names.get(iso or "")
    phrase = "government forces" if side == "state" else "rebels"
    for m in generic_actors(phrase, name, iso=iso):
        actor = state_actor(m.actor, doc._.published) if m.actor.inter == 1 else m.actor
        return str(actor.name)
    return None


def _control_subject(
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
    if found := _subject_actors(sent, start, actors):
        # "Pro-regime fighters - backed by Russian air strikes - retook": a backer took nothing
        return [m for m in found if not _backer_named(sent.doc, m)]
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


def _control_place(
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


def places_out(doc: Doc) -> list[PlaceOut]:
    grouped: dict[tuple[str, str], PlaceOut] = {}
    for m in [*(doc._.places or []), *(doc._.wm_unlisted or [])]:
        key = (m.place.name, m.place.country)
        if key not in grouped:
            grouped[key] = PlaceOut(**_place_ref(m).model_dump(), mentions=[])
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
