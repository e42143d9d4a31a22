"""Who says it, and how: the claimant and stance of each sentence.

The claimant is whoever the sentence attributes the statement to ("according
to the Observatory", "the army said", "state media reported"); a sentence
with no attribution is the outlet's own assertion. The claimant is never the
outlet merely because the outlet published the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any, NamedTuple

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from warmonitor.extract import speaker_names
from warmonitor.extract.actors import load_actors
from warmonitor.extract.cue_data import data_rows, expand_lists, pattern_data
from warmonitor.extract.dates import dateline_cues, report_dateline
from warmonitor.extract.described_speakers import (
    described_cues,
    name_after_description,
    plural_source,
    without_place,
    without_side,
)
from warmonitor.extract.gazetteer import fold, load_gazetteer
from warmonitor.extract.mentions import span_ents
from warmonitor.extract.office_place import placed_office
from warmonitor.extract.page_clutter import a_credit, headline_say, opens_lost_phrase, post_stamp
from warmonitor.ingest.outlets import known_sources, lookup

SAY_LEMMAS = {
    "say", "report", "document", "state", "announce", "claim", "tell", "add", "assert",
    "confirm", "put", "raise", "record", "allege", "deny", "acknowledge", "admit", "accuse",
    "note", "describe", "insist", "warn", "declare", "count", "list", "corroborate", "show",
    "see", "witness", "mention", "specify", "quote",
}  # fmt: skip
_ACCORDING = re.compile(r"\baccording to (?P<who>[^,.;:]{2,80}?)(?=[,.;:]|\s+(?:on|in|which|who)\b|$)", re.I)


@dataclass(frozen=True)
class ClaimantCues:
    """data/patterns/claimants.json, read once."""

    generic: tuple[tuple[re.Pattern[str], str], ...]
    anywhere: tuple[tuple[re.Pattern[str], str], ...]  # looked for in a sentence without a readable speaker
    anaphors: frozenset[str]
    head_of: frozenset[str]
    owner_qualifiers: frozenset[str]  # "a senior UN official": no part of the body's name
    organisation_heads: frozenset[str]
    speaker_titles: frozenset[str]
    unnamed_monitor: str
    lead: re.Pattern[str]  # "Earlier the source", "Friday Siege Watch": words that open no name
    citing: re.Pattern[str]  # "SANA, citing the Interior Ministry": the one cited
    cited_after: re.Pattern[str]  # the same in a sentence, bounded as "according to" is
    citing_words: frozenset[str]
    source_at: re.Pattern[str]  # "a source at Aleppo Police Command": the body
    trailing_place: re.Pattern[str]  # "activists in Idlib province": the speaker before it
    descriptions: dict[str, str]  # folded description -> canonical claimant
    description_ends: frozenset[str]  # the last words of those descriptions
    issued_by: re.Pattern[str]  # "a statement released Saturday by the X Commission": X
    body_source: re.Pattern[str]  # "a Police Command source": the Police Command
    body_words: frozenset[str]  # "source", "spokesman": one speaking for a body
    place_tails: frozenset[str]  # "region", "province": after a place, no part of a title
    government_role: re.Pattern[str]  # "communications minister", "government spokesman Name": at the end
    not_government: re.Pattern[str]  # "opposition minister": a rival authority's
    new_item_openers: tuple[tuple[str, ...], ...]  # "meanwhile", "in a separate": a new item
    after_number: frozenset[str]  # "three more": a figure on top of the one before
    not_before: frozenset[str]  # "more than" is no such figure
    force_anaphors: frozenset[str]  # "the army", "the defence ministry": no country named
    qualified_source: re.Pattern[str]  # "a source on the ground", "sources close to the group"
    force_speakers: re.Pattern[str]  # claimants that are a state's forces
    organisation_pronouns: frozenset[str]  # "it": never a person
    person_heads: frozenset[str]  # "the spokesman": a person, whom "it" does not stand for
    office_of_place: re.Pattern[str]  # "the directorate of health in Idlib province"
    place_office: re.Pattern[str]  # "Idlib health directorate"
    field_office_of_place: re.Pattern[str]  # "the health ministry of Khartoum State"
    body_of_place: re.Pattern[str]  # "police in the Kharkiv region": a body with no office word
    closing_words: int  # "… near the border the UK-based Syrian Observatory.": at most so many words
    closing_not_after: frozenset[str]  # "an interview with Reuters": the name is an object
    closing_saying: frozenset[str]  # "… FNA reports.": a saying word tagged as a noun, after the name
    noun_saying: frozenset[str]  # "that the opposition claims killed": a saying word parsed as its subject
    medium_heads: frozenset[str]  # "official television station <Name>": the name after the description
    closing_separators: frozenset[str]  # "… killed - Homs governor": any speaker after one of these
    separator_words: int  # at most so many words after the separator
    titled_place: re.Pattern[str]  # "the governor of Homs": "<Place> <title>"
    anonymous_heads: frozenset[str]  # "source", "sources"
    not_saying: dict[str, frozenset[str]]  # "claim" -> "lives": "claimed the lives of" says nothing
    passive_agent: frozenset[str]  # "were reported by X": X tells it
    passive_told: frozenset[str]  # what such a verb tells: "deaths", "casualties"
    within_subject: re.Pattern[str]  # "the attacks according to the source": the source
    anonymous: dict[str, str]  # "local and media" (the words before the head) -> "local sources"
    named: NamedSpeakers  # speakers no dictionary knows, named by the text (named_speakers)
    quoting_verbs: frozenset[str]  # "quote": "X quoted Y as saying"
    media_words: frozenset[str]  # "newspaper", "correspondent": a quoter that relays
    relaying_roles: frozenset[str]  # "the correspondent" said after quoting: still relays
    quoted_anaphors: frozenset[str]  # "the source added" after a medium quoted one: that source
    misspelt: dict[str, str]  # "said" -> "say": a form whose one-letter slips still say
    relative_pronouns: frozenset[str]  # "which it says killed": "it" is the main clause's subject


@dataclass(frozen=True)
class NamedSpeakers:
    """claimants.json `named_speakers`: people and bodies the text names itself."""

    entity_labels: frozenset[str]  # "PERSON", "ORG": a speaker that is one such entity is its name
    modifier: re.Pattern[str]  # "Lebanon-based", "Arabic-language": no part of a name
    modifier_words: frozenset[str]  # "based", "linked": their last words
    of_words: frozenset[str]  # "Center for Policy Research": the head's field after it
    field_openers: frozenset[str]  # "for": opens that field ("Ministry of X" is the generic entries')
    outlet_heads: frozenset[str]  # "al-Mayadeen TV": an outlet's own name, all capitalised
    person_of: frozenset[str]  # "Dr X of Y Hospital": the hospital
    unresolved: dict[str, str]  # "the sources" with nobody before: "sources"
    named_before: frozenset[str]  # "the hospital": the one named before by its own name
    person_titles: frozenset[str]  # "Father", "Sheikh", "Dr": a title before a name, no part of it


@cache
def claimant_cues() -> ClaimantCues:
    data = pattern_data("claimants.json")
    return ClaimantCues(
        generic=tuple((re.compile(e["pattern"], re.I), e["claimant"]) for e in data["generic"]["entries"]),
        anywhere=tuple(
            (re.compile(e["pattern"], re.I), e["claimant"])
            for e in data["generic"]["entries"]
            if e.get("anywhere")
        ),
        anaphors=frozenset(data["anaphors"]["words"]),
        head_of=frozenset(data["head_of"]["words"]),
        owner_qualifiers=frozenset(data["head_of"]["owner_qualifiers"]),
        organisation_heads=frozenset(data["organisation_heads"]["words"]),
        body_words=frozenset(data["body_source"]["words"]),
        place_tails=frozenset([*data["place_offices"]["place_tails"], "regional", "provincial"]),
        speaker_titles=frozenset(data["speaker_titles"]["words"]),
        unnamed_monitor=data["unnamed_monitor"]["claimant"],
        lead=re.compile(rf"^(?:(?:{_alternatives(data['lead_words']['words'])})\b[\s,]*)+", re.I),
        citing=re.compile(rf"\b(?:{_alternatives(data['citing']['words'])})\s+(?P<who>.+)$", re.I),
        citing_words=frozenset(data["citing"]["words"]),
        cited_after=re.compile(
            rf"\b(?:{_alternatives(data['citing']['words'])})\s+(?P<who>[^,.;:\"]{{2,80}}?)"
            r"(?=[,.;:\"]|\s+(?:as saying|that|who|which|on|in|at|and)\b|$)",
            re.I,
        ),
        source_at=re.compile(
            # the noun in any case ("A Source at Hama Governorate"), the body capitalised
            rf"^(?:[\w-]+\s+){{0,3}}?(?i:{_alternatives(data['source_at']['nouns'])})\s+"
            rf"(?P<prep>{_alternatives(data['source_at']['prepositions'])})\s+(?:the\s+)?(?P<body>(?:[a-z]{{1,2}}-)?[A-Z].*)$"
        ),
        trailing_place=re.compile(
            rf"^(?P<who>.+?)\s+(?:{_alternatives(data['trailing_place']['prepositions'])})\s+\S.*$", re.I
        ),
        issued_by=re.compile(
            rf"\b(?:{_alternatives(data['issued_by']['nouns'])})\b(?:\s+[\w-]+){{0,3}}?\s+"
            rf"(?:{_alternatives(data['issued_by']['prepositions'])})\s+(?:the\s+)?(?P<body>\w.*)$",
            re.I,
        ),
        body_source=re.compile(
            rf"^(?:an?\s+|the\s+)?(?P<body>(?:[A-Z][\w-]*\s+)+)(?:{_alternatives(data['body_source']['words'])})$"
        ),
        # The role, then at most a person's capitalised name, to the end.
        government_role=re.compile(
            rf"(?i:\b(?P<role>{_alternatives(data['government_speakers']['roles'])}))"
            r"(?:\s+[A-Z][\w'.-]*){0,4}$"
        ),
        not_government=re.compile(
            rf"\b(?:{_alternatives(data['government_speakers']['not_government'])})\b", re.I
        ),
        descriptions={
            _bare(alias): entry["claimant"]
            for entry in data["descriptions"]["entries"]
            for alias in (entry["claimant"], *entry["aliases"])
        },
        new_item_openers=tuple(tuple(w.split()) for w in data["new_item"]["openers"]),
        after_number=frozenset(data["new_item"]["after_number"]),
        not_before=frozenset(data["new_item"]["not_before"]),
        force_anaphors=frozenset(data["force_anaphors"]["words"]),
        qualified_source=re.compile(
            rf"^(?:[\w-]+\s+){{0,2}}?(?:{_alternatives(data['source_qualifiers']['heads'])})\s+"
            rf"(?:{_alternatives(data['source_qualifiers']['phrases'])})\b(?:\s+[\w-]+){{0,5}}$",
            re.I,
        ),
        force_speakers=re.compile(data["force_anaphors"]["speakers"], re.I),
        organisation_pronouns=frozenset(data["anaphors"]["not_a_person"]["pronouns"]),
        person_heads=frozenset(data["anaphors"]["not_a_person"]["person_heads"]),
        **_office_patterns(data["place_offices"]),
        closing_words=int(data["closing_source"]["max_words"]),
        closing_not_after=frozenset(data["closing_source"]["not_after"]),
        closing_saying=frozenset(data["closing_source"]["saying_nouns"]),
        noun_saying=frozenset(data["noun_saying"]["words"]),
        medium_heads=frozenset(data["medium_named_after"]["heads"]),
        closing_separators=frozenset(data["closing_source"]["separators"]),
        separator_words=int(data["closing_source"]["separator_max_words"]),
        titled_place=re.compile(
            rf"^(?P<title>{_alternatives(data['place_offices']['titles'])})\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?"
            rf"(?P<place>[A-Z][\w'-]*(?:\s+(?!(?:{_alternatives(data['place_offices']['place_tails'])})$)[A-Z][\w'-]*)?)"
            rf"(?:\s+(?:{_alternatives(data['place_offices']['place_tails'])}))?$",
            re.I,
        ),
        anonymous_heads=frozenset(data["anonymous_sources"]["heads"]),
        not_saying={verb: frozenset(objs) for verb, objs in data["not_saying"]["objects"].items()},
        passive_agent=frozenset(data["passive_agent"]["lemmas"]),
        passive_told=frozenset(data["passive_agent"]["told"]),
        within_subject=re.compile(
            rf"\s(?:{_alternatives(data['within_subject']['words'])})\s+(?P<who>\S.*)$", re.I
        ),
        anonymous={
            q: entry["claimant"]
            for entry in data["anonymous_sources"]["entries"]
            for q in entry["qualifiers"]
        },
        description_ends=frozenset(
            alias.split()[-1].lower()
            for entry in data["descriptions"]["entries"]
            for alias in (entry["claimant"], *entry["aliases"])
        ),
        named=_named_speakers(data["named_speakers"]),
        quoting_verbs=frozenset(data["quoting"]["verbs"]),
        media_words=frozenset(data["quoting"]["media_words"]),
        relaying_roles=frozenset(data["quoting"]["relaying_roles"]),
        quoted_anaphors=frozenset(data["quoting"]["quoted_anaphors"]),
        misspelt=dict(data["misspelt_saying"]["forms"]),
        relative_pronouns=frozenset(data["relative_speaker"]["pronouns"]),
    )


def _named_speakers(data: dict[str, Any]) -> NamedSpeakers:
    return NamedSpeakers(
        entity_labels=frozenset(data["entity_labels"]),
        modifier=re.compile(rf"^[\w-]+-(?:{_alternatives(data['modifier_suffixes'])})$", re.I),
        modifier_words=frozenset(data["modifier_suffixes"]),
        of_words=frozenset(data["of_words"]),
        field_openers=frozenset(data["field_openers"]),
        outlet_heads=frozenset(data["outlet_heads"]),
        person_of=frozenset(data["person_of"]),
        unresolved=dict(data["unresolved"]),
        named_before=frozenset(data["named_before"]),
        person_titles=frozenset(data["person_titles"]),
    )


@dataclass(frozen=True)
class Byline:
    """A headline's byline at the head of a text: the agency's name, and
    where the lead starts (past the dateline that follows it, if one does)."""

    agency: tuple[int, int]
    lead: int
    credit: str | None = None  # the headline's own teller named before the agency ("… NGO AFP")


@cache
def _wires() -> re.Pattern[str]:
    """The wire agencies' names and aliases (sources.csv, kind wire) as spelled
    there: "AP" is an agency, "ap" no word of one."""
    names: list[str] = []
    for row in data_rows("sources.csv"):
        if row["kind"].strip() == "wire":
            names += [row["name"].strip(), *(a.strip() for a in row["aliases"].split("|") if a.strip())]
    return re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in sorted(names, key=len, reverse=True))})\b")


@cache
def _byline_cues() -> tuple[frozenset[str], frozenset[str]]:
    """(words after which, words before which an agency's name is no byline)."""
    cues = pattern_data("claimants.json")["byline"]
    return frozenset(cues["not_after"]), frozenset(cues["not_followed_by"])


def byline(text: str, published: date) -> Byline | None:
    """The byline a headline runs into at the head of a text stripped of its
    layout ("… in Aleppo Monitor AFP Thursday 14 Jul 2016 Air strikes …",
    claimants.json `byline`), or None: a wire agency's name not spoken to or
    cited ("told AFP"), followed by the dateline or a capitalised word."""
    limit = dateline_cues()[1]
    line: Byline | None = None
    not_after, not_followed_by = _byline_cues()
    for match in _wires().finditer(text, 0, min(limit, len(text))):
        before = text[: match.start()].rstrip(" (").split()
        following = text[match.end() :].split(maxsplit=1)
        if (before and before[-1].lower().strip(".,:;\"'(") in not_after) or (
            following and following[0].lower().strip(".,:;\"')") in not_followed_by
        ):
            continue
        after = match.end() + len(text[match.end() :]) - len(text[match.end() :].lstrip(" )"))
        dateline = report_dateline(text, published)
        if dateline is not None and 0 <= dateline.span[0] - after <= 2:
            after = dateline.span[1] + len(text[dateline.span[1] :]) - len(text[dateline.span[1] :].lstrip())
        if after < len(text) and (text[after].isupper() or text[after].isdigit()):
            line = Byline(match.span(), after)
            break
    return line


# "IDF: Over the past hour, launches were identified ...": a channel's post
# opens with its teller's name and a colon (642 of 1,667 IDF Telegram posts
# in real-dev). At most this many words stand before the colon.
_LABEL_WORDS = 4


def opening_label(sent: Span) -> str | None:
    """The teller a sentence opens with as a label, a known source's name and
    a colon ("IDF: ...", "SANA: ..."), as its own voice names it (an official
    source is the force it speaks for: the IDF is "Military Forces of
    Israel"), or None. Only a name sources.csv knows: "Syria: 12 killed" and
    "Update: ..." name no teller."""
    words = sent[: _LABEL_WORDS + 1]
    colon = next((t for t in words if t.text == ":"), None)
    if (
        colon is None
        or colon.i == sent.start
        or any(t.pos_ in ("VERB", "AUX") for t in sent.doc[sent.start : colon.i])
    ):
        return None
    name = sent.doc[sent.start : colon.i].text.strip()
    return outlet_voice(name) if lookup(name) is not None else None


def headline_source(text: str, line: Byline, context: ClaimantContext) -> str | None:
    """Who the words just before a byline's agency name as the headline's
    source ("… Aleppo Monitor AFP", "… ambush NGO AFP", "… civil defence
    AFP"): the last word, else the last two, when they name a speaker."""
    words = text[: line.agency[0]].rstrip(" (").split()
    context.limit = line.agency[0]
    for size in (1, 2):
        if len(words) >= size:
            found = canonical_claimant(" ".join(words[-size:]), context)
            if found is not None:
                return found
    return None


def _office_patterns(data: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """The two orders a place's government office is told in (place_offices)."""
    office, field = _alternatives(data["offices"]), _alternatives(data["fields"])
    after = _alternatives(data["fields"] + data["fields_with_place_after"])
    tails = _alternatives(data["place_tails"])
    return {
        "office_of_place": re.compile(
            rf"^(?P<office>{office})\s+of\s+(?P<field>{field})\s+(?:in|for)\s+(?:the\s+)?"
            rf"(?P<place>.*?[A-Z][\w'-]*)(?:\s+(?:{tails}))?$",
            re.I,
        ),
        "place_office": re.compile(
            rf"^(?P<place>(?:[\w-]+\s+)?[A-Z][\w'-]*?)(?:['\u2019]s)?\s+(?P<field>{field})\s+(?P<office>{office})$",
            re.I,
        ),
        # "the health ministry of Khartoum State", "the police department of Kharkiv region",
        # "the interior ministry in Kabul"
        "field_office_of_place": re.compile(
            rf"^(?P<field>{after})\s+(?P<office>{office})\s+(?:of|in|for)\s+(?:the\s+)?"
            rf"(?P<place>.*?[A-Z][\w'-]*)(?:\s+(?:{tails}))?$",
            re.I,
        ),
        # "police in the Kharkiv region", "the police in Kunduz province"
        "body_of_place": re.compile(
            rf"^(?P<field>{_alternatives(data['bare_fields'])})\s+(?:of|in|for)\s+(?:the\s+)?"
            rf"(?P<place>.*?[A-Z][\w'-]*)(?:\s+(?:{tails}))?$",
            re.I,
        ),
    }


def place_office(text: str) -> str | None:
    """The canonical name of a place's government office, told either way
    ("the directorate of health in Idlib province", "Idlib health
    directorate" -> "Idlib Health Directorate"), or None."""
    cues = claimant_cues()
    found = (
        cues.office_of_place.match(text)
        or cues.place_office.match(text)
        or cues.field_office_of_place.match(text)
        or cues.body_of_place.match(text)
    )
    if found is None or not any(w[:1].isupper() for w in found.group("place").split()):
        return None
    place = " ".join(w[:1].upper() + w[1:] for w in _unstripped(found.group("place")).split())
    office = found.groupdict().get("office")
    return f"{place} {found.group('field').title()}" + (f" {office.title()}" if office else "")


def _unstripped(place: str) -> str:
    """ "Idlibs health authority": a place's possessive with its apostrophe
    stripped (as FA-KES copy strips them) is the place, when the gazetteer
    knows the name without the "s" and not with it."""
    gazetteer = load_gazetteer()
    if place.endswith("s") and not gazetteer.candidates(place) and gazetteer.candidates(place[:-1]):
        return place[:-1]
    return place


def _bare(name: str) -> str:
    """A description folded (gazetteer.fold) without its English article."""
    return fold(re.sub(r"^(?:the|an?)\s+", "", name.strip(), flags=re.I))


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def anonymous_source(name: str) -> str | None:
    """The canonical claimant of an unnamed source described by who it is
    (claimants.json `anonymous_sources`): "local and media sources", "a
    local source" -> "local sources"; "well-informed sources" -> "informed
    source"; None for any other words."""
    words = re.sub(r"^(?:the|an?)\s+", "", name.strip().lower()).split()
    cues = claimant_cues()
    if len(words) < 2 or words[-1] not in cues.anonymous_heads:
        return None
    return cues.anonymous.get(" ".join(words[:-1]))


def description_claimant(name: str) -> str | None:
    """The canonical claimant a description stands for (claimants.json
    `descriptions`: "a monitoring group" -> "unnamed war monitor"), or None."""
    return claimant_cues().descriptions.get(_bare(name))


# "the monitor", "the Britain-based war monitor", "the Observatory"
_MONITOR_WORDS = re.compile(
    r"^(?:the )?(?:[\w-]+ ){0,3}?(?:war )?(?:monitor|observatory|monitoring group)$", re.I
)


def _monitor_description(text: str) -> bool:
    """Whether words describe a monitor ("the Britain-based monitoring
    group", "the Syrian Observatory") rather than name one of their own
    (_names_a_body: "the DeirEzzor 24 monitoring group", a local network an
    AP report cites beside the Observatory, is not the report's monitor)."""
    if not _MONITOR_WORDS.match(text):
        return False
    words = re.sub(r"^the\s+", "", text.strip(), flags=re.I).split()
    return not _names_a_body(words[:-1])


def _seat(text: str) -> str | None:
    """The country a "<place>-based" word names ("the Britain-based monitor",
    "the UK based group" -> "United Kingdom"), as sources.csv writes a
    country; None when the words say no seat or a city's."""
    suffixes = described_cues().place_suffixes
    words = text.replace(",", " ").split()
    for k, word in enumerate(words):
        place = next((word[: -len(s) - 1] for s in suffixes if word.lower().endswith("-" + s)), None)
        if place is None and k and word.lower() in suffixes:
            place = words[k - 1]
        iso = load_gazetteer().country_of_word(place) if place else None
        if iso is not None:
            return load_gazetteer().country_names.get(iso)
    return None


def the_monitor(text: str, context: ClaimantContext) -> str | None:
    """The monitor a description means: one heard before whose seat
    (sources.csv country) is the one the words give ("the Britain-based
    monitor" after the Observatory and then a network based elsewhere spoke
    is the Observatory), else the monitor heard last, else the report's."""
    return _heard_seated(_seat(text), context, ("monitor",)) or context.last_monitor or context.report_monitor


def _heard_seated(seat: str | None, context: ClaimantContext, kinds: tuple[str, ...]) -> str | None:
    """The claimant of one of `kinds` (sources.csv) heard last, or else the
    report's monitor, whose seat is `seat`; None when none is."""
    if seat is None:
        return None
    for name in reversed([*filter(None, [context.report_monitor]), *context.heard]):
        known = lookup(name)
        if known is not None and known.kind.value in kinds and known.country == seat:
            return known.name
    return None


@cache
def _country_words() -> frozenset[str]:
    """Every word of a country's name ("United", "Kingdom"), read once."""
    return frozenset(w for name in load_gazetteer().country_names.values() for w in name.split())


def _names_a_body(words: list[str]) -> bool:
    """Whether the words before a monitor's head name a body of their own: a
    word that holds a number, or is capitalised without being a country's
    name (or a word of one: "the United Kingdom-based"), its people's word
    or a "-based" seat ("DeirEzzor 24"; not "Britain-based", "Syrian",
    "UK-based war")."""
    gazetteer = load_gazetteer()
    countries = _country_words()
    for word in words:
        if word.lower() in ("the", "war", "monitoring", "monitor"):
            continue
        if any(ch.isdigit() for ch in word):
            return True
        if (
            word[:1].isupper()
            and not word.lower().endswith("-based")
            and word not in gazetteer.demonyms
            and word not in countries
        ):
            return True
    return False


_HEDGES = re.compile(
    r"\b(?:reportedly|allegedly|unconfirmed|possibly|may have|might have|could not be "
    r"(?:independently )?(?:verified|confirmed)|reports suggest(?:ing|ed)?|it is believed|apparently)\b",
    re.I,
)
_DENIAL = re.compile(r"\b(?:denied|denies|deny|rejected|dismissed|refuted)\b", re.I)
_CLAIM = re.compile(
    r"\b(?:claim(?:ed|s)? (?:that|to have|it|they|responsibility)|alleged(?:ly)?|alleges|insisted|accused)\b",
    re.I,
)


_MORE_OPENS = 4  # words: a figure "N more" this early opens the sentence


def opens_new_item(sent: Span) -> bool:
    """Whether a sentence that names no source tells a new item, so that the
    source of the sentence before does not go on into it (claimants.json
    `new_item`): an opener among its first three words ("Meanwhile", "Homs
    Meanwhile", "In a separate attack") or a figure on top of the one before
    ("Three more civilians were killed"). Only sentences that would carry a
    source are asked, so the pipeline's cost stays flat."""
    first = next((t for t in sent if not t.is_space), None)
    if first is not None and post_stamp(first):
        return True  # "19:20 A short while ago, jets struck ...": a channel's next post
    if heads_next_item(sent) or under_subheading(sent):
        return True
    cues = claimant_cues()
    words = [t.lower_ for t in sent if not t.is_punct]
    for start in range(min(3, len(words))):
        if any(tuple(words[start : start + len(o)]) == o for o in cues.new_item_openers):
            return True
    # The figure opens the sentence ("Three more civilians were killed", "In
    # Douma, two more died"); further on, "more" counts on from a figure of
    # its own sentence ("a man was killed and five more were wounded", a
    # Guardian report of 1972 whose night of shootings then lost its date).
    for i, token in enumerate(words[: _MORE_OPENS + 1]):
        if (
            i + 1 < len(words)
            and "and" not in words[:i]
            and words[i + 1] in cues.after_number
            and sent[0].doc.vocab[token].like_num
            and (i + 2 >= len(words) or words[i + 2] not in cues.not_before)
        ):
            return True
    return False


class _Subheadings(NamedTuple):
    after_place: frozenset[str]
    region_words: frozenset[str]
    participles: frozenset[str]
    auxiliaries: frozenset[str]
    lead_openers: frozenset[str]


@cache
def _subheadings() -> _Subheadings:
    """claimants.json `new_item.subheadings`."""
    data = pattern_data("claimants.json")["new_item"]["subheadings"]
    return _Subheadings(*(frozenset(data[k]) for k in _Subheadings._fields))


# How many words a place subheading may take ("Damascus Countryside", "Deir Ezzor").
_PLACE_WORDS = 3


def under_subheading(sent: Span) -> bool:
    """Whether a sentence opens on a bulletin's subheading that lost its line
    break (claimants.json `new_item.subheadings`): its item's place alone
    ("Hasaka In a relevant context three were hurt ...", "Aleppo Death toll
    from ...") or a casualty headline run into its lead ("Two hurt in rocket
    attack on Homs Two people were hurt ..."). Either opens a new item."""
    words = [t for t in sent if not t.is_space]
    return _place_subheading(words) or _headline_into_lead(words)


def _opens_item(token: Token, openers: frozenset[str]) -> bool:
    """A capitalised word that can open an item's first sentence: a count or one of `openers`."""
    return token.text[:1].isupper() and (token.like_num or token.lower_ in openers)


def _place_subheading(words: list[Token]) -> bool:
    """The sentence's first one to three capitalised words are a place the
    gazetteer knows (a region word may end them: "Damascus Countryside"),
    and the word after them opens the item (a count, "In", "Earlier")."""
    cues = _subheadings()
    for n in range(1, min(_PLACE_WORDS, len(words) - 1) + 1):
        head, after = words[:n], words[n]
        if not all(t.is_alpha and t.text[:1].isupper() for t in head):
            return False
        if not _opens_item(after, cues.after_place):
            continue
        place = [t.text for t in head]
        while place and place[-1].lower() in cues.region_words:
            place.pop()
        if place and load_gazetteer().candidates(" ".join(place)):
            return True
    return False


def _headline_into_lead(words: list[Token]) -> bool:
    """A casualty headline with no auxiliary ("Four killed in shelling of X")
    whose lead restarts, after a word with no stop, on a capitalised count or
    opener and tells its count with an auxiliary ("Four people were killed")."""
    cues = _subheadings()
    for i in range(2, len(words)):
        token, before = words[i], words[i - 1]
        if not (before.is_alpha and _opens_item(token, cues.lead_openers)):
            continue
        headline = {t.lower_ for t in words[:i]}
        if not headline & cues.participles or headline & cues.auxiliaries:
            return False  # the first clause is no headline: prose, not a subheading
        lead = [t.lower_ for t in words[i : i + _LEAD_WORDS]]
        return any(
            w in cues.auxiliaries and any(x in cues.participles for x in lead[j + 1 :])
            for j, w in enumerate(lead)
        )
    return False


# How far into a lead its auxiliary and participle may come ("Four people one of them a child were killed").
_LEAD_WORDS = 12


_MEDIA_KINDS = ("wire", "state_media")  # sources.csv kinds whose report is the outlet's copy


@cache
def _another_day_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """claimants.json `new_item.another_day`: its prepositions, period words and day words."""
    data = pattern_data("claimants.json")["new_item"]["another_day"]
    return frozenset(data["prepositions"]), frozenset(data["periods"]), frozenset(data["days"])


@cache
def _another_day_months() -> frozenset[str]:
    """claimants.json `new_item.another_day.months`."""
    return frozenset(pattern_data("claimants.json")["new_item"]["another_day"]["months"])


@cache
def _earlier_days() -> int:
    """claimants.json `new_item.another_day.earlier_days`: how many days before
    the report a date tells an earlier incident."""
    return int(pattern_data("claimants.json")["new_item"]["another_day"]["earlier_days"])


def _dates_long_before(sent: Span) -> bool:
    """Whether a sentence names a day or month a week or more before the
    report (`earlier_days`); a year named alone is no such date."""
    doc = sent.doc
    published: date | None = doc._.published
    if published is None:
        return False
    cutoff = published - timedelta(days=_earlier_days())
    return any(
        sent.start_char <= d.span[0] < sent.end_char and not d.since and not d.year_only and d.end < cutoff
        for d in doc._.dates
    )


def tells_earlier_incident(sent: Span, account: list[Span]) -> bool:
    """Whether a sentence that names no source dates its figures a week or
    more before the report while the carried source's account names no date
    that early: an earlier incident, the outlet's background ("... near the
    town where a gas attack killed 90 on April 4"), not the source's account."""
    return _dates_long_before(sent) and not any(_dates_long_before(told) for told in account)


@cache
def _relative_time_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """claimants.json `new_item.another_day.relative`: time nouns, the words
    that make one a time before now ("ago") and its modifiers ("recent", "this", "last")."""
    data = pattern_data("claimants.json")["new_item"]["another_day"]["relative"]
    return frozenset(data["time_nouns"]), frozenset(data["ago"]), frozenset(data["modifiers"])


def tells_relative_time(sent: Span) -> bool:
    """Whether a sentence places something at a time told relative to now,
    not on a named day: "two days ago", "in recent days", "this week", "since
    the beginning of last week" (a time noun with "ago" or a modifier of
    `_relative_time_cues`)."""
    nouns, ago, modifiers = _relative_time_cues()
    for token in sent:
        if token.lemma_.lower() not in nouns and token.lower_ not in nouns:
            continue
        near = [*token.children, token.head]
        if any(t.lower_ in ago for t in near) or any(
            t.lower_ in modifiers and t.dep_ in ("amod", "det") for t in token.children
        ):
            return True
    return False


def _opens_quote(sent: Span) -> bool:
    """Whether a sentence opens on a quotation mark: the speaker's quoted
    words going on ("'In the last six months the army has ...'" after
    "..., said the group's director"), whatever time they name."""
    return len(sent) > 0 and sent[0].is_quote


def tells_another_day(sent: Span, account: list[Span], source: str | None) -> bool:
    """Whether a sentence that names no source tells its figures "on" a day
    ("... on Friday killed two children", "On Friday morning ...", "On
    October 13th thirty were killed": a month's date too) other
    than every day the carried source's account names (the sentences that
    named it and went on with it: "on Saturday"): the outlet's narration of
    another day, a new item (claimants.json `new_item.another_day`). False
    when either names no day (an account goes on over undated sentences),
    when the account is told over days from one on ("since Thursday"), and
    when the source is a news agency or broadcaster (sources.csv), whose
    report runs over the days it tells ("SANA reported ... 12 were injured
    in Tuesday's shelling" in an Al-Manar copy of SANA's report). True,
    that last aside, for figures dated a week or more before the report that
    the account's dates do not reach (tells_earlier_incident), and for figures
    placed at a time told relative to now ("two days ago", "in recent days",
    "this week": tells_relative_time) when no sentence of the account is."""
    known = lookup(source) if source else None
    if known is not None and known.kind.value in _MEDIA_KINDS:
        return False
    if tells_earlier_incident(sent, account):
        return True
    if (
        tells_relative_time(sent)
        and not _opens_quote(sent)
        and not any(tells_relative_time(told) for told in account)
    ):
        return True  # "Two days ago the same district was shelled ...": the outlet's narration
    prepositions, periods, days = _another_day_cues()
    months = _another_day_months()

    def on_day(t: Token) -> bool:
        return t.head.lower_ in prepositions or (t.dep_ == "compound" and t.head.head.lower_ in prepositions)

    told = {t.lower_ for t in sent if t.lower_ in days | months and on_day(t)}
    if not told:
        return False
    # A month counts only told "on" a date: a dateline's "27 October 2016" names no day of the account.
    theirs = [
        t for told_in in account for t in told_in if t.lower_ in days or (t.lower_ in months and on_day(t))
    ]
    if any(t.head.lower_ in periods for t in theirs):
        return False
    return bool(theirs) and not told & {t.lower_ for t in theirs}


def heads_next_item(sent: Span) -> bool:
    """ "Two hurt in a rocket attack on Homs" run into "In the same context
    two people were wounded ...": a subheading whose stop the feed lost
    (components' lost stops, run_together.json `phrases`) heads the item
    after it, not the account before it."""
    doc = sent.doc
    return 0 < sent.end < len(doc) and doc[sent.end - 1].is_alpha and opens_lost_phrase(doc[sent.end])


@cache
def _retold_patterns() -> tuple[list[list[dict[str, Any]]], frozenset[str]]:
    """data/patterns/retold.json: the Matcher patterns, and the words one of
    whose must be in a sentence for any to match (its determiners)."""
    data = pattern_data("retold.json")
    lists = {k: v for k, v in data.items() if isinstance(v, list) and k != "patterns"}
    return [expand_lists(e["pattern"], lists) for e in data["patterns"]], frozenset(data["determiners"])


@cache
def continuing_words() -> tuple[frozenset[str], frozenset[str]]:
    """retold.json `continuing`: the counted nouns ("others") and the words
    before a count ("another") that tell the rest of the account before."""
    data = pattern_data("retold.json")["continuing"]
    return frozenset(data["nouns"]), frozenset(data["before"])


_RETOLD_MATCHERS: dict[int, Matcher] = {}


def _retold_matcher(vocab: Vocab) -> Matcher:
    matcher = _RETOLD_MATCHERS.get(id(vocab))
    if matcher is None:
        matcher = _RETOLD_MATCHERS[id(vocab)] = Matcher(vocab)
        matcher.add("RETOLD", _retold_patterns()[0])
    return matcher


def retells_victims(sent: Span) -> bool:
    """Whether a sentence refers back to people counted before it as the ones
    something befell: "the casualties", "the victims", "those killed", the
    counted people and what befell them ("the civilians were killed"), in
    retold.json. The source such a sentence names is the source of that count
    (casualty_sources.source_named_after); a sentence naming only the happening
    ("the attack was carried out by …") speaks of how, not of the dead."""
    if not any(t.lower_ in _retold_patterns()[1] for t in sent):
        return False
    # The phrase's last word must be its head: "the victims' families" are no victims.
    return any(
        sent[end - 1].dep_ not in ("compound", "amod") for _, _, end in _retold_matcher(sent.doc.vocab)(sent)
    )


@dataclass(frozen=True)
class Attribution:
    claimant: str | None
    stance: str
    cue: tuple[int, int] | None  # where the attribution phrase is
    named: bool = False  # the sentence names its claimant (else it is the outlet's voice)


def canonical_claimant(surface: str, context: ClaimantContext) -> str | None:
    """`_canonical_claimant`, remembering which state's forces each force
    word last named ("the army" -> Syria's, "Russia's military" -> Russia's
    ministry), so a bare "the army" later is the army called so before, not
    whichever forces spoke last."""
    found = _canonical_claimant(surface, context)
    if found is not None and claimant_cues().force_speakers.search(found):
        word = _force_word(surface)
        if word is not None:
            context.force_words[word] = found
    return found


def _force_word(surface: str) -> str | None:
    """The force word a speaker's words end on ("Russia's military" ->
    "military", "the army" -> "army"; claimants.json `force_anaphors`)."""
    lower = re.sub(r"['\u2019]s?$", "", surface.strip().lower())
    return next((w for w in _force_words_longest_first() if lower == w or lower.endswith(" " + w)), None)


@cache
def _force_words_longest_first() -> tuple[str, ...]:
    return tuple(sorted(claimant_cues().force_anaphors, key=len, reverse=True))


def _canonical_claimant(surface: str, context: ClaimantContext) -> str | None:
    """One canonical name for a speaker as the text names it: a known source
    or actor (sources.csv, the actor dictionary), a description standing for
    one (claimants.json), an earlier claimant ("the group", "it", "the
    monitor"), an organisation's own name, or a speaker's title ("the
    regional governor"). None when the words name no speaker."""
    cues = claimant_cues()
    # '… their vehicles" the sources': the parse ran the speaker's phrase back
    # into the quotation it closes; the speaker is what follows the quote.
    text = cues.lead.sub("", surface.strip().rsplit('" ', 1)[-1])
    definite = re.match(r"the\s", text, re.I) is not None  # "the … organization": a later mention
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I).strip(" '\"")
    text = re.sub(r"['\u2019]s?$", "", text).strip()
    text = re.sub(r"\s*\([A-Z][\w.-]*\)$", "", text)  # "the Qatar Red Crescent Society (QRCS)"
    # "quoted a source at X Police Command as | saying": the words before the
    # verb end on the "as" that opens it, no part of the name
    text = re.sub(r"\s+as$", "", text)
    if not text or a_credit(text):
        return None  # "image copyright AFP …": a picture's credit names no teller
    text = speaker_names.respelt(text)  # "the Syrian Obervatory for Human Rights"
    whole = _known_whole(text)
    if whole is not None:
        return whole
    plain = _named_plainly(text, context)
    if plain is not None:
        return plain
    text = speaker_names.without_opponents(text)
    owned = _country_owned(text)
    if owned is not None:
        found = canonical_claimant(owned, context)
        if found is not None:
            return found
    cited = cues.citing.search(text)
    if cited:
        found = canonical_claimant(cited.group("who"), context)
        if found is not None:
            return found
        text = text[: cited.start()].strip()
        if not text:  # "citing residents": nobody named before the cut
            return None
    within = cues.within_subject.search(text)
    if within:
        # "the attacks according to the source": the source, or nobody
        return canonical_claimant(within.group("who"), context)
    at = cues.source_at.match(text)
    if at and (
        at.group("prep").lower() != "in" or at.group("body").split()[-1].lower() in cues.organisation_heads
    ):
        body = _without_person(at.group("body").strip(), cues.organisation_heads)
        found = canonical_claimant(body, context)
        return found if found is not None else body
    office = place_office(text)
    if office is not None:
        return office
    both = re.match(r"^(?P<first>.+?)\s+(?:and|as well as)\s+\S", text)
    if both and lookup(text) is None:
        # "the state-run news agency and Kurdish media", "the monitor and a
        # civil defence official": the first named speaks for the figure.
        found = canonical_claimant(both.group("first"), context)
        if found is not None:
            return found
    issued = cues.issued_by.search(text)
    if issued:
        body = issued.group("body").strip()
        found = canonical_claimant(body, context)
        if found is not None or _own_name(body) is not None:
            return found or _own_name(body)
    sourced = cues.body_source.match(text)
    if sourced and _own_name(sourced.group("body")) is not None:
        body = sourced.group("body")
        return canonical_claimant(body, context) or _own_name(body)
    lower = text.lower()
    words = text.split()
    # "… on Tuesday a monitoring group": the description the words end on
    # (looked for only when the last word ends one).
    for k in range(len(words) if words[-1].lower().strip(".,") in cues.description_ends else 0):
        described = cues.descriptions.get(_bare(" ".join(words[k:])))
        if (
            described is not None
            and monitor_named_in(text) is None
            and words[k].lower() not in ("a", "an", "the")
            and _names_a_body(words[:k])
        ):
            # "the DeirEzzor 24 monitoring group": a body's own name runs into
            # the description; it is that body, by its name as written
            return re.sub(r"^(?:the|an?)\s+", "", text.strip(), flags=re.I)
        if described is not None:
            # "the Britain-based Syrian Observatory for Human Rights monitoring
            # group": the monitor the words name, else the one named before.
            return monitor_named_in(text) or the_monitor(text, context) or described
    roled = _role_before_person(text)
    owner = re.match(
        r"^(?P<owner>.+?)['\u2019]s?\s+(?:[\w-]+\s+)?(?P<role>[\w-]+)$", roled
    ) or _stripped_owner(roled)
    if owner and owner.group("role").lower() in cues.head_of:
        # "the observatory's head", "SOHR's director": the organisation speaks.
        found = canonical_claimant(owner.group("owner"), context)
        if found is not None:
            return found
    member = _named_owner(text, context)
    if member is not None:
        # "the NDF official said", "a Hezbollah spokesman said": the body speaks.
        return member
    placeless = without_place(lower)
    if definite:
        placeless = without_side(placeless, _demonym)
    if placeless != lower and _later_mention(placeless, cues.anaphors):
        # "the Britain-based organisation said": the organisation named before,
        # the one heard with that seat where the seat names a country
        seated = _heard_seated(_seat(text), context, ("monitor", "ngo"))
        if seated is not None:
            return seated
        text = lower = placeless
    if lower in cues.force_anaphors and (context.force_words.get(lower) or context.last_force):
        # "… the Russian army said. 'Sixty were hurt,' the army said": the
        # forces that spoke last (a monitor may have spoken in between), not
        # the report's own country's army; but the forces the same word named
        # before, where it did ("The army denied it. Russia's military denied
        # strikes. The army again denied ..." is the first army again).
        return context.force_words.get(lower) or context.last_force
    again = lower in cues.quoted_anaphors or (definite and f"the {lower}" in cues.quoted_anaphors)
    quoted = context.quoted_since() if again else None
    if quoted is not None:
        # "SANA's reporter quoted a source at the police as saying … The
        # source added …": the one quoted, not the medium heard last
        return quoted
    if lower in cues.anaphors or f"the {lower}" in cues.anaphors:
        # "the group said", "the charity said": the organisation named last,
        # as a speaker or not ("Three rescuers from the Syrian Civil Defence
        # were killed, the group said"); a pronoun ("it", "they") only the
        # last speaker.
        noun = lower.startswith("the ") or f"the {lower}" in cues.anaphors
        found = (context.mentioned_last() if noun else None) or context.last
        head = lower.split()[-1]
        if noun and found is not None and not re.search(rf"\b{re.escape(head)}\b", found, re.I):
            # "… the Defence Ministry said. Earlier Putin said … 'Six were
            # killed,' the ministry said": the one heard before whose name
            # holds the noun, not the person who spoke last
            found = context.heard_as(head) or found
        if lower in cues.organisation_pronouns and context.last_is_person():
            found = context.reported_since() or found
        described = cues.descriptions.get(_bare(text)) if found is None else None
        if described is not None:
            # "an NGO said", "the watchdog said" before any source spoke: the
            # monitor the report names (AFP's "an NGO said. The Syrian
            # Observatory … said"), else the description's canonical form.
            return context.report_monitor or described
        # "the sources said" with nobody named before: the unnamed sources
        # themselves, not the outlet that relays them.
        return found if found is not None else cues.named.unresolved.get(lower)
    if _MONITOR_WORDS.match(text) and text[:1].isupper() and (known := lookup(text)) is not None:
        return known.name  # "the Observatory": a monitor's name, not a description
    if _monitor_description(text) or lower in ("sohr director", "director"):
        return the_monitor(text, context) or cues.unnamed_monitor
    if cues.qualified_source.match(text):
        # "a source on the ground", "sources close to the army": the source as
        # the text names it, not the army or group its qualifier mentions.
        return lower
    known = lookup(text) or lookup(re.sub(r"\s*\([^)]*\)", "", text))
    named = load_actors().find(text)
    if known and named and known.kind.value == "official":
        # "the IDF said" and "the Israeli army said": an official outlet that is
        # also a party speaks as the actor, so both are one claimant.
        return named[0].actor.name
    if known:
        return known.name
    spoken = _speaking_for(text, context)
    if spoken is not None:
        return spoken
    inside = known_inside(text)
    if inside is not None:
        # "the official SANA news agency", "the SOHR monitor": a known name
        # inside a description.
        return inside
    described = _described_speaker(text, context)
    if described is not None:
        return described
    if named and not re.search(r"\b(?:official|source|spokes(?:man|woman|person))s?\b", text, re.I):
        office = _forces_office(text)
        # "the Russian military said": a generic entry that names the
        # office a state's forces speak through (sources.csv) is that
        # office, as "the Russian Defence Ministry said" is, not the actor.
        return office or named[0].actor.name
    last = words[-1].lower()
    # "State TV said", "State Television reported": generic words capitalised
    # (opening the sentence, or as some outlets write them) are the generic
    # entry's, the state TV of the report's country, not an outlet named
    # "State TV".
    whole_generic = next((n for p, n in cues.generic if p.fullmatch(text)), None)
    own = _own_name(text) if whole_generic is None else None
    if own is not None:
        return own
    # The head of a description is its last word: "Russia Syria
    # anti-government activists" are activists, not the Russian government.
    matching = [(p, n) for p, n in cues.generic if p.search(text)]
    ending = [(p, n) for p, n in matching if any(m.end() == len(text) for m in p.finditer(text))]
    if matching:
        return generic_claimant((ending or matching)[0][1], context, text)
    government = _government_speaking(text, context)
    if government is not None:
        return government
    earlier = _named_before(surface, lower, context)
    if earlier is not None:
        return earlier
    official = cues.titled_place.match(text)
    if official and lookup(official.group("place")) is None:
        # "the governor of Homs": "Homs governor", the one official however told
        return f"{official.group('place')} {official.group('title').lower()}"
    if len(words) <= 8 and last in cues.speaker_titles:
        tail = speaker_names.description_tail(text)  # "more local media": local media
        return anonymous_source(lower) or (tail and canonical_claimant(tail, context)) or tail or lower
    titled = [i for i, w in enumerate(words[:-1]) if w.lower() in cues.speaker_titles]
    if titled and len(words) <= 8 and all(w[:1].isupper() for w in words[titled[-1] + 1 :]):
        # "Homs Governor Talal Barazi": the title, the person's name after it
        # (and nothing before the title's own capitalised words).
        first = titled[-1]
        while first > 0 and _place_title(words[first - 1 : titled[-1] + 1]):
            first -= 1  # "Kunduz police chief <Name>": the title's own words ("police")
        while first > 0 and (words[first - 1][:1].isupper() or _tail_after_place(words, first - 1)):
            first -= 1
        speaking_for = _body_before_title(words, titled[-1], context)
        # "Donetsk region governor <Name>" is the Donetsk governor, as "the
        # governor of the Donetsk region" and "Donetsk governor <Name>" are
        kept = [
            w for i, w in enumerate(words[first : titled[-1] + 1], first) if not _tail_after_place(words, i)
        ]
        return speaking_for or " ".join(kept).lower()
    # "the Catholic charity <Name>": an organisation named by a description, late
    # (the words name nothing else this resolver reads), but before a trailing
    # place is cut ("Aid to the Church in Need" ends on no place)
    described = speaker_names.described_name(
        text, context.text, context.limit, lambda words: canonical_claimant(words, context), context.last
    )
    if described is not None:
        return described
    placed = cues.trailing_place.match(text)
    if placed:
        return _placed_body(placed.group("who"), text) or canonical_claimant(placed.group("who"), context)
    return None


@cache
def _place_titles() -> frozenset[str]:
    """place_offices `titles` of more than one word ("police chief")."""
    return frozenset(t for t in pattern_data("claimants.json")["place_offices"]["titles"] if " " in t)


def _place_title(words: list[str]) -> bool:
    """Whether the words are a place's official's title of several words,
    lower case as the text writes it or not ("police chief")."""
    return " ".join(words).lower() in _place_titles()


def _tail_after_place(words: list[str], i: int) -> bool:
    """ "region" in "Donetsk region governor", "regional" in "Belgorod regional
    governor": a place tail (place_offices) between a capitalised place and
    the title, no part of the title's name."""
    tails = claimant_cues().place_tails
    return 0 < i < len(words) - 1 and words[i].lower() in tails and words[i - 1][:1].isupper()


def _body_before_title(words: list[str], title: int, context: ClaimantContext) -> str | None:
    """ "Kabul police spokesman <Name>", "Interior Ministry spokesman <Name>":
    a spokesman or official speaks for the body the words before the title
    name, when they name a speaker ("Homs Governor <Name>": a governor is no
    body's spokesman, and stays the governor). The body must be named, with
    a capitalised word: a bare "coalition spokesman" is read as before, not
    by what a lower-case noun may refer back to."""
    if title == 0 or words[title].lower() not in claimant_cues().body_words:
        return None
    if not any(w[:1].isupper() for w in words[:title]):
        return None
    return canonical_claimant(" ".join(words[:title]), context)


def _known_whole(text: str) -> str | None:
    """A speaker's words that are, whole, a name sources.csv knows ("the
    Hamas-run health ministry", "the UN rights office"): that source, before
    any reading of its parts finds the party that runs it or the UN as a
    whole. Not a name that is also an actor's ("the IDF"): the actor
    dictionary's reading keeps it one claimant with the army."""
    known = lookup(text)
    if known is None:
        return None
    named = load_actors().find(text)
    if named and named[0].start == 0 and named[0].end == len(text):
        return None
    return known.name


def _placed_body(who: str, text: str) -> str | None:
    """ "The United Relief Office in Western Qalamoun": a body no list knows,
    named by its own capitalised name and the place it serves, is named so
    whole, as the text names it (the place tells one local office from
    another); "activists in Idlib", a known body, a state's body ("the
    Russian … Center in Hmeimim") and a place told in lower case or at
    length are cut as before."""
    rest = text[len(who) :].strip()
    where = re.fullmatch(
        r"in\s+(?:the\s+)?((?:(?:al|el|ad|ar|as|ash)-)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})", rest
    )
    words = who.split()
    if where is None or lookup(who) is not None or not all(_capitalised(w) for w in words):
        return None
    if load_gazetteer().country_of_word(re.sub(r"^the\s+", "", who, flags=re.I).split()[0]) is not None:
        return None  # "the Russian Coordination Center in Hmeimim": a state's body, where it sits
    own = _own_name(who)
    return f"{own} {rest}" if own is not None else None


def _demonym(word: str) -> bool:
    """Whether a lower-case word is a country's adjective or name ("syrian")."""
    return load_gazetteer().country_of_word(word.capitalize()) is not None


def _later_mention(words: str, anaphors: frozenset[str]) -> bool:
    """An anaphor ("the group", "the organisation") that is no monitor's
    description, which the monitor words resolve on their own."""
    return (words in anaphors or f"the {words}" in anaphors) and not _MONITOR_WORDS.match(words)


def _described_speaker(text: str, context: ClaimantContext) -> str | None:
    """A description before a name ("media watchdog X"): X, as a known name or its own; "rights groups",
    "independent monitors": the plural description itself."""
    name = name_after_description(text)
    if name is not None:
        return canonical_claimant(name, context) or name
    return plural_source(text)


def _named_plainly(text: str, context: ClaimantContext) -> str | None:
    """A speaker named in one of speaker_names' ways ("Washington", "the charity
    <Name>", "that nation's Defense Ministry"), or None."""
    # "Moscow", "Ankara": the generic entries' own claimants stay, not a capital's government
    # (looked for only where a capital or a ministry could be read: the cost of every call)
    generic = (
        next((name for p, name in claimant_cues().generic if p.search(text)), None)
        if speaker_names.asks_generic(text)
        else None
    )
    return speaker_names.named_plainly(
        text,
        context.text,
        context.limit,
        lambda words: canonical_claimant(words, context),
        government_of,
        _home_iso(context),
        generic=generic,
        last=context.last,
    )


def _without_person(body: str, heads: frozenset[str]) -> str:
    """A body's name without the person named after it: "al-Quds hospital
    Hamza Khatib" is al-Quds hospital (its last organisation word, then only
    capitalised words)."""
    words = body.split()
    last = max((i for i, w in enumerate(words) if w.lower() in heads), default=None)
    if last is None or last == len(words) - 1 or not all(w[:1].isupper() for w in words[last + 1 :]):
        return body
    return " ".join(words[: last + 1])


def _role_before_person(text: str) -> str:
    """ "observatorys chief Rami Abdurrahman", "the agency's director Omar
    Haddad": the words up to an organisation's role, without the holder's
    name told after it (capitalised words, at most four), so the role's
    owner speaks as it does in "the observatory's chief"; the words as they
    are when no role is followed by a name alone."""
    words = text.split()
    heads = claimant_cues().head_of
    role = next((i for i in range(len(words) - 2, 0, -1) if words[i].lower() in heads), None)
    if role is None or len(words) - role - 1 > 4 or not all(_capitalised(w) for w in words[role + 1 :]):
        return text
    return " ".join(words[: role + 1])


def _stripped_owner(text: str) -> re.Match[str] | None:
    """ "SANAs correspondent in Deir Ezzor": a known source's possessive with
    its apostrophe stripped (as FA-KES strips them), when the name without
    the "s" is known and the word with it is not."""
    placed = claimant_cues().trailing_place.match(text)  # "… in Deir Ezzor": not the role
    found = re.match(
        r"^(?P<owner>\S+?)s\s+(?:[\w-]+\s+)?(?P<role>[\w-]+)$", placed.group("who") if placed else text
    )
    if (
        found is None
        or lookup(found.group("owner")) is None
        or lookup(found.group("owner") + "s") is not None
    ):
        return None
    return found


def _named_owner(text: str, context: ClaimantContext) -> str | None:
    """ "NDF official", "Hezbollah spokesman", "a senior UN official": one who
    speaks for a body the words name before the role (head_of, not a
    possessive) speaks as that body, when the name is one sources.csv or the
    actor dictionary knows, or an acronym the text spelled out before ("the
    National Defence Forces (NDF)"); not a country's ("a US official", "the
    Kurdish official": no body is named)."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in claimant_cues().head_of:
        return None
    name = [w for w in words[:-1] if _capitalised(w)]
    qualifiers = [w for w in words[:-1] if w.lower() in claimant_cues().owner_qualifiers]
    if not name or len(name) > 5 or len(name) + len(qualifiers) != len(words) - 1:
        return None  # "rebel official", "the Civil Defense media spokesman": no name alone before the role
    owner = " ".join(name)
    if load_gazetteer().country_of_word(owner) is not None:
        return None
    known = lookup(owner)
    if known is not None:
        return known.name
    actors = load_actors().find(owner)
    if actors and actors[0].start == 0 and actors[0].end == len(owner):
        return actors[0].actor.name
    return _acronym_told(owner, context.text[: context.limit or len(context.text)])


def _acronym_told(acronym: str, text: str) -> str | None:
    """The name an acronym stands for, where the text spelled it out before
    it: "the National Defence Forces (NDF)" -> "National Defence Forces"."""
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return None
    told = re.findall(rf"((?:[A-Z][\w'-]*\s+(?:(?:of|for|and|the)\s+)?){{2,7}})\({acronym}\)", text)
    if not told:
        return None
    words = told[-1].split()
    for k in range(len(words)):
        # "the Damascus-backed National Defense Forces (NDF)": the words the letters spell
        if "".join(w[0] for w in words[k:] if w[:1].isupper()) == acronym:
            return " ".join(words[k:])
    return None


def _named_before(surface: str, lower: str, context: ClaimantContext) -> str | None:
    """ "the hospital said": the hospital the text named before by its own
    name ("… Al-Razi Hospital …"), the last one before the words read."""
    if lower not in claimant_cues().named.named_before or not re.match(r"^\s*the\s", surface, re.I):
        return None
    stop = context.limit if context.limit else len(context.text)
    names = re.finditer(
        rf"(?:(?:[a-z]{{1,2}}-)?[A-Z][\w'-]*\s+){{1,5}}(?i:{re.escape(lower)})\b", context.text[:stop]
    )
    for found in reversed(list(names)):
        own = _own_name(found.group(0))
        if own is not None:
            return own
    return None


def named_speaker(span: Span, context: ClaimantContext) -> str | None:
    """A speaker no dictionary knows, named by the text: words that are
    exactly one person or organisation the parser names ("… Khaled X told
    reporters", "the Y Brigade announced"). A person the report describes at
    any mention ("Homs Governor X", "X, a local activist", "UN humanitarian
    chief X") speaks as that description; else by the fullest form of the
    name told before (a surname after the full name). None for anything
    else: a description, a place, a number."""
    named = claimant_cues().named
    words = [t for t in span if t.pos_ != "DET" and not (t.is_punct and t.text != "-")]
    if not words or any(t.like_num for t in words):
        return None
    while len(words) > 1 and words[0].lower_.rstrip(".") in named.person_titles:
        words = words[1:]  # "Father X", "Archimandrite X": the title is no part of the name
    start, end = words[0].i, words[-1].i + 1
    entities = [e for e in span.doc.ents if e.label_ in named.entity_labels]
    own = next((e for e in entities if e.start == start and e.end == end), None)
    if own is None and end - start == 1 and words[0].pos_ == "PROPN":
        # a surname the tagger took for something else ("… Haroun said" after "Fatima Haroun")
        own = _named_earlier_as_person(span.doc[start:end], entities)
    if own is None:
        return None
    known = context.person(own.text)
    if known is not None:
        return known  # "Bassal said" after "Mahmoud Bassal, spokesman for the civil defence"
    if not _a_persons_name(own):
        return _spelled_out(own, entities) or re.sub(r"^the\s+", "", own.text, flags=re.I)
    last = _surname(own)
    mentions = sorted(
        [e for e in entities if e.label_ == "PERSON" and _surname(e) == last]
        + _names_in_phrases(span.doc, last),
        key=lambda e: e.start,
    )
    for mention in mentions:
        described = _person_described(mention, context)
        if described is not None:
            context.remember_person(own.text, described)
            return described
    earlier = [e for e in mentions if e.start <= own.start]
    return _untitled(max(earlier or [own], key=lambda e: len(e.text)).text)


def _untitled(name: str) -> str:
    """A person's name without the titles before it ("Father X" is X), as
    one person is one claimant however the report titles them."""
    titles = claimant_cues().named.person_titles
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in titles:
        words = words[1:]
    return " ".join(words)


def _words_before_name(person: Span) -> list[Span]:
    """The runs of up to four words just before a name, longest first, that
    cross no number, verb, preposition or punctuation ("… injured seven Homs
    Governor X": "Homs Governor", then "Governor")."""
    doc, runs = person.doc, []
    suffixes = claimant_cues().named.modifier_words
    start, words, describing = person.start - 1, 0, 0
    while start >= person.sent.start and words < 4:
        token = doc[start]
        if token.pos_ == "VERB" and token.lower_ in suffixes and start > person.sent.start:
            # "Observatory head UK based X": a place and "based" between the
            # title and the name describe the person; the title is looked for
            # past them, and no run starts inside them ("UK based" alone
            # would name the UK's government)
            describing = 2 if doc[start - 1].text != "-" else 3
        elif token.like_num or token.is_punct or token.pos_ in ("AUX", "ADP", "CCONJ", "SCONJ"):
            if not describing:
                break
        elif token.pos_ == "VERB" and token.dep_ != "amod":
            break
        if describing:
            describing -= 1
        else:
            runs.append(doc[start : person.start])
            words += 1
        start -= 1
    return runs[::-1]


def _a_persons_name(name: Span) -> bool:
    """A person's name by its words, whatever the tagger's label: every word
    capitalised, no organisation's head word or "of" ("… Ministry of
    Defence", "… TV"), no acronym ("LCC"), no article ("the Y Brigade")."""
    cues = claimant_cues()
    words = name.text.split()
    bodies = cues.organisation_heads | cues.named.outlet_heads | cues.named.of_words
    return name.label_ == "PERSON" or (
        name[0].pos_ != "DET"
        and all(_capitalised(w) and w.lower() not in bodies for w in words)
        and not words[-1].isupper()
    )


def _names_in_phrases(doc: Doc, surname: str) -> list[Span]:
    """Names ending a noun phrase on this surname, the tagger's entities or
    not ("U.N. spokeswoman Alessandra X"): the phrase's last run of proper
    nouns, so that the words before it can say who the person is."""
    found = []
    for chunk in doc.noun_chunks:
        if chunk[-1].pos_ != "PROPN" or _surname(chunk[-1:]) != surname:
            continue
        start = chunk.end - 1
        while start > chunk.start and chunk.doc[start - 1].pos_ == "PROPN":
            start -= 1
        found.append(doc[start : chunk.end])
    return found


def _named_earlier_as_person(word: Span, entities: list[Span]) -> Span | None:
    """The word as a person's mention, when a person named earlier bears it as surname."""
    if any(e.label_ == "PERSON" and e.end <= word.start and _surname(e) == _surname(word) for e in entities):
        word.label_ = "PERSON"
        return word
    return None


def _spelled_out(acronym: Span, entities: list[Span]) -> str | None:
    """The name an acronym stands for, told before ("the Local Coordination
    Committees … The LCC said"): the last earlier entity whose capitalised
    words' initials spell it."""
    letters = acronym.text.replace(".", "")
    if len(letters) < 2 or not letters.isupper() or " " in letters:
        return None
    # (a name the tagger missed is still a noun phrase: "the Emergency Lawyers Group")
    earlier = [e for e in (*entities, *acronym.doc.noun_chunks) if e.end <= acronym.start]
    for entity in sorted(earlier, key=lambda e: e.start, reverse=True):
        initials = "".join(w[0] for w in entity.text.split() if w[:1].isupper())
        if initials == letters:
            return re.sub(r"^the\s+", "", entity.text, flags=re.I)
    return None


def _surname(person: Span) -> str:
    """A name's last word without its Arabic article: "el-Bustani" is "Bustani"."""
    return re.sub(r"^[a-z]{1,2}-", "", person.text.split()[-1]).casefold()


def _person_described(person: Span, context: ClaimantContext) -> str | None:
    """What the report says a person is, as a claimant: the words before the
    name in its phrase ("Homs Governor", "civil defence official"), else an
    apposition hung on it ("…, a local activist"), else the noun the name is
    an apposition of ("the monitor's founder, X"), or None."""
    root = person.root
    limit = context.limit
    try:
        phrases = _words_before_name(person)
        phrases += [c.doc[c.left_edge.i : c.right_edge.i + 1] for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos" and root.head.i < person.start:
            head = root.head
            phrases.append(person.doc[head.left_edge.i : head.i + 1])
        for phrase in phrases:
            context.limit = phrase.start_char
            found = canonical_claimant(phrase.text, context)
            known = lookup(found) if found is not None else None
            if found is not None and (known is None or known.kind.value in _SPEAKING_KINDS):
                # (an outlet before the name is the one spoken to: "Speaking to
                # Anadolu Agency X, a local activist, said")
                return found
    finally:
        context.limit = limit
    return None


def _forces_office(text: str) -> str | None:
    """The known source (sources.csv) a generic entry names for the whole
    description ("Russian military" -> the Russian Ministry of Defence), or None."""
    for pattern, name in claimant_cues().generic:
        if "{" not in name and any(m.end() == len(text) for m in pattern.finditer(text)):
            known = lookup(name)
            return known.name if known is not None else None
    return None


@cache
@cache
def _run_on_verbs() -> tuple[str, ...]:
    """claimants.json `run_on_report` verbs ("reports")."""
    return tuple(pattern_data("claimants.json")["run_on_report"]["verbs"])


def run_on_report_ends(text: str) -> list[int]:
    """Where a sentence stripped of its stop starts after "reports <source>"
    (claimants.json `run_on_report`: "... on April 7 reports New Age The
    victims ..."): the offset of the capitalised word after a known source's
    name that follows a reporting verb, for each such place."""
    verbs = _run_on_verbs()
    ends: list[int] = []
    # lower case and after a word: a headline's "... Dead - Reports REUTERS" is no summary's
    for verb in re.finditer(rf"(?<=\w )(?:{'|'.join(map(re.escape, verbs))})\s+(?:the\s+|The\s+)?", text):
        long, short = _known_pattern()
        named = [m for m in (long.match(text, verb.end()), short.match(text, verb.end())) if m is not None]
        if not named:
            continue
        end = max(m.end() for m in named)
        after = re.match(r"[ \t]+(?=[A-Z][a-z])", text[end:])
        if after is not None:
            ends.append(end + after.end())
    return ends


def known_source_at(text: str, at: int) -> str | None:
    """The source (sources.csv, its name as written there) whose name or
    alias starts at offset `at` of `text`, the longest first, or None."""
    long, short = _known_pattern()
    named = [m for m in (long.match(text, at), short.match(text, at)) if m is not None]
    if not named:
        return None
    known = lookup(max(named, key=lambda m: m.end()).group(0))
    return known.name if known else None


@cache
def _known_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Every source name and alias of sources.csv as one word pattern: those
    of four letters or more in any case, shorter ones ("AP", "UN") as written."""
    names = sorted({a for a, k in _aliases() if len(a) > 3}, key=len, reverse=True)
    short = sorted({a for a, k in _aliases() if len(a) <= 3}, key=len, reverse=True)
    return (
        re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in names) or '(?!)'})\b", re.I),
        re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in short) or '(?!)'})\b"),
    )


@cache
def _aliases() -> tuple[tuple[str, str], ...]:

    out: list[tuple[str, str]] = []
    for row in data_rows("sources.csv"):
        for alias in (row["name"], *(row.get("aliases") or "").split("|")):
            alias = re.sub(r"^the\s+", "", alias.strip(), flags=re.I)
            if alias:
                out.append((alias, row["name"].strip()))
    return tuple(out)


def known_inside(text: str) -> str | None:
    """The source (sources.csv) a description names inside other words, the
    longest name first ("the official SANA news agency" -> SANA), or None."""
    long, short = _known_pattern()
    found = [m for m in (*long.finditer(text), *short.finditer(text))]
    if not found:
        return None
    best = max(found, key=lambda m: m.end() - m.start())
    # A description, not a clause: no comma or bracket ("Damascus, SANA - The
    # General Command ..." is a dateline before the speaker), at most ten
    # words, and the name not the object of another word ("carried by SANA",
    # "a resolution of the UN").
    if re.search(r"[,()]", text) or len(text.split()) > 10:
        return None
    if re.search(r"\b(?:by|to|told|from|via|of|of the|on|with)\s*$", text[: best.start()], re.I):
        return None
    known = lookup(best.group(0))
    return known.name if known else None


def generic_claimant(name: str, context: ClaimantContext, words: str = "") -> str:
    """A generic entry's claimant for this report: "{demonym} state TV" is
    the state TV of the country the words name ("Russian state television"),
    else of the report's country ("state television" in a report on Syria is
    "Syrian state TV"), by the name sources.csv knows it ("Syrian state news
    agency" is SANA); the outlet itself when it is that country's state media;
    with no country, "state TV" (or the outlet when it is state media)."""
    if "{demonym}" not in name:
        return name
    bare = name.replace("{demonym} ", "")
    demonym, home = context.demonym, context.country_name
    iso = _country_named(words)
    if iso is not None:
        demonym, home = demonym_of(iso), load_gazetteer().country_names.get(iso)
    if demonym is None:
        return context.outlet if context.outlet_is_state and context.outlet else bare
    full = name.format(demonym=demonym)
    known = lookup(full)
    if known is not None:
        return known.name
    if context.outlet_is_state and context.outlet and context.outlet_home == home:
        return context.outlet
    return full


def _government_speaking(text: str, context: ClaimantContext) -> str | None:
    """ "Congo's communications minister", "the Malian government spokesman":
    the government of the country the words name (claimants.json
    `government_speakers`), or None."""
    cues = claimant_cues()
    role = cues.government_role.search(text)
    if role is None or len(text.split()) > 10 or cues.not_government.search(text):
        return None
    before = text[: role.start()]
    iso = _country_named(before) or _home_named(before, context)
    if iso is None and "government" in role.group("role").lower():
        iso = _home_iso(context)  # "government spokesman X": the report's own country's
    return government_of(iso) if iso else None


def government_of(iso: str) -> str:
    """The claimant a country's government is: "Government of Ukraine",
    "Government of the Democratic Republic of Congo" (ACLED's country name)."""
    from warmonitor.extract.actors import acled_country_name, the_country

    name = acled_country_name(iso) or load_gazetteer().country_names.get(iso) or iso
    return f"Government of {the_country(name)}"


def _home_iso(context: ClaimantContext) -> str | None:
    return load_gazetteer().demonyms.get(context.demonym or "")


def _home_named(words: str, context: ClaimantContext) -> str | None:
    """The report's country, where the words name it by a short name that
    alone names no one country ("Congo's" in a report on the DRC)."""
    iso = _home_iso(context)
    if iso is None:
        return None
    names = {
        w for name, code in load_gazetteer().country_written.items() if code == iso for w in name.split()
    }
    found = [
        re.sub(r"(?:['\u2019]s|s)$", "", w).casefold() for w in re.findall(r"\b[A-Z][\w'\u2019-]+", words)
    ]
    return iso if any(w in names and len(w) > 3 for w in found) else None


def _country_named(words: str) -> str | None:
    """The country (ISO code) the last capitalised word naming one names, by
    demonym or name ("Russian state television", "Syria's state TV",
    "Syrias state TV" as FA-KES strips apostrophes), or None."""
    gazetteer = load_gazetteer()
    for word in reversed(re.findall(r"\b[A-Z][\w-]+", words)):
        for each in (word, re.sub(r"(?:['\u2019]s|s)$", "", word)):
            iso = gazetteer.demonyms.get(each) or gazetteer.country_written.get(each.casefold())
            if iso:
                return iso
    return None


_OWNED = re.compile(r"^(?P<owner>[A-Z][\w-]+)['\u2019]s?\s+(?P<body>\S.*)$")
_STRIPPED_OWNED = re.compile(r"^(?P<owner>[A-Z][\w-]+?)s\s+(?P<body>\S.*)$")
_RUN_ON = re.compile(r"^(?:[a-z][\w-]*\s+)+(?=[A-Z])")


def _country_owned(text: str) -> str | None:
    """A body named by its country's possessive, as its demonym names it:
    "Russia's Defence Ministry" -> "Russian Defence Ministry", the name
    sources.csv and the actor dictionary know. None when the owner is no
    country. ("that nation's" is left alone: the country named last is as
    often where the war is as whose ministry speaks.)"""
    written = load_gazetteer().country_written
    # "… exposure to sarin gas Turkeys health ministry said": with the
    # comma before the speaker stripped (as FA-KES strips them) the parse runs the
    # speaker's phrase back into the words before it; the owner is the first
    # capitalised word
    text = _RUN_ON.sub("", text)
    match = _OWNED.match(text)
    if match is None:
        # "Syrias Interior Ministry": the possessive with its apostrophe
        # stripped (as FA-KES strips them), when the word less its "s" is a
        # country and the word itself is not
        match = _STRIPPED_OWNED.match(text)
        if match is not None and f"{match.group('owner')}s".casefold() in written:
            match = None
    iso = written.get(match.group("owner").casefold()) if match else None
    demonym = demonym_of(iso) if iso else None
    return f"{demonym} {match.group('body')}" if match and demonym else None


@cache
def demonym_of(iso: str) -> str | None:
    """The first demonym the gazetteer gives a country ("SY" -> "Syrian")."""
    return next((word for word, code in load_gazetteer().demonyms.items() if code == iso), None)


def _speaking_for(text: str, context: ClaimantContext) -> str | None:
    """The organisation a description speaks for, where the words around a
    known name hide it: "the UK-based Syrian Observatory for Human Rights"
    (modifiers before a known source), "Observatory chief Rami Abdel Rahman"
    and "Rami Abdel Rahman, head of the Observatory" (a title of
    claimants.json `head_of` beside the organisation), and a person linked
    so before ("Abdel Rahman added"). A titled person is remembered."""
    cues = claimant_cues()
    words = text.replace(",", " ").split()
    for k in range(1, min(len(words) - 1, 4)):
        known = lookup(" ".join(words[k:]))
        if known is not None and not any(w[:1].isupper() for w in words[:k] if "-" not in w):
            return known.name
    member = _person_of_body(words, context)
    if member is not None:
        return member
    lowered = [w.lower() for w in words]
    for i, word in enumerate(lowered):
        if word not in cues.head_of:
            continue
        titled = _place_official(words, i)
        if titled is not None:
            return titled
        after = words[i + 2 :] if i + 1 < len(words) and lowered[i + 1] == "of" else []
        before = words[max(0, i - 4) : i]
        for side, person in ((after, words[:i] if after else []), (before, words[i + 1 :])):
            # A known name first, then an organisation's own name: "the Director of
            # the Syrian Observatory for Human Rights Rami X" is the Observatory,
            # not an unknown body named "… Human Rights Rami X".
            for own in (False, True):
                for k in range(len(side)):
                    found = _organisation(
                        " ".join(side[k:]) if side is before else " ".join(side[: len(side) - k]),
                        context,
                        own,
                    )
                    if found is not None:
                        context.remember_person(" ".join(w for w in person if w[:1].isupper()), found)
                        return found
    return context.person(text)


_PLACE_WORDS = 3  # a place before an official's title: "Upper Dir", "Dera Ismail Khan"


def _person_of_body(words: list[str], context: ClaimantContext) -> str | None:
    """ "Rami Abdel Rahman of the Syrian Observatory for Human Rights", "X from
    the Red Crescent": a person's name (one to four capitalised words, none a
    title or an organisation's word), then "of/from/at", then a name
    sources.csv knows, or the monitor named before: the body speaks, and
    the person speaks for it when named again. A body no list knows is
    `_body_of_person`'s; "the Governor of Homs" is a title, not a name."""
    cues = claimant_cues()
    at = next((i for i, w in enumerate(words[1:5], 1) if w.lower() in cues.named.person_of), None)
    if at is None or at == len(words) - 1:
        return None
    name = words[:at]
    if not all(
        _capitalised(w)
        and w.lower() not in cues.organisation_heads
        and w.lower() not in cues.head_of
        and w.lower() not in cues.speaker_titles
        for w in name
    ):
        return None
    body = _organisation(" ".join(words[at + 1 :]), context, own=False)
    if body is not None:
        context.remember_person(" ".join(name), body)
    return body


def _place_official(words: list[str], title_end: int) -> str | None:
    """ "Karachi Police Chief <Name>", "Mardan District Police Chief <Name>":
    a place's official whose title (place_offices `titles`, "police chief")
    ends at `title_end`, capitalised or not, after the place the gazetteer
    knows, named as "the police chief of Kunduz province" and "Kunduz police
    chief <Name>" are ("<Place> police chief"), not as the police body the
    capitalised words would otherwise make ("Karachi Police"). None when no
    place stands before the title ("Regional Police Chief <Name>")."""
    start = title_end - 1
    if start < 1 or not _place_title(words[start : title_end + 1]):
        return None
    end = start
    while end > 0 and _tail_after_place(words, end - 1):
        end -= 1  # "Mardan District Police Chief": the district word is no part of the place
    place = words[max(0, end - _PLACE_WORDS) : end]
    while place and not (place[0][:1].isupper() and load_gazetteer().candidates(" ".join(place))):
        place = place[1:]
    if not place:
        return None
    return f"{' '.join(place)} {' '.join(words[start : title_end + 1]).lower()}"


def _organisation(words: str, context: ClaimantContext, own: bool = True) -> str | None:
    if not words:
        return None
    known = lookup(words) or lookup(re.sub(r"^the\s+", "", words, flags=re.I))
    if known is not None:
        return known.name
    if _monitor_description(words):
        return the_monitor(words, context)
    return _own_name(words) if own else None


def _own_name(words: str) -> str | None:
    """An organisation sources.csv does not know, by its own name: at most
    eight words, two of them capitalised, ending on an organisation's head
    word ("Daraa National Hospital", "Sudan Doctors Network") or on its field
    after it ("Syrian Center for Policy Research"), and not two names run
    together ("… the UN Charter the Coalition"). Words describing it before
    ("the Lebanon-based …") are dropped; an outlet's name ("al-Mayadeen TV")
    is capitalised throughout; a person's name before "of/at" and the body
    ("Dr X of Y Hospital") is the body."""
    cues = claimant_cues()
    named = cues.named
    whole = re.sub(r"^the\s+", "", words.strip(), flags=re.I).split()
    parts = whole
    while len(parts) > 1 and named.modifier.match(parts[0]):
        parts = parts[1:]
    head = _head_at(parts)
    if (
        head is None
        or len(parts) > 8
        or sum(_capitalised(w) for w in whole) < 2  # (a capitalised modifier counts: "Aleppo-based X group")
        or re.search(r"[A-Z][\w.-]*\s+the\s+[A-Z]", " ".join(parts))
        # "… in the old quarter of Homs the official Syrian news agency": a
        # place run into a description by stripped commas, no one name
        or re.search(r"[A-Z][\w.-]*\s+the\s+[a-z]", " ".join(parts))
    ):
        return None
    if parts[head].lower() in named.outlet_heads and not all(_capitalised(w) for w in parts):
        return None  # "Syrian state TV": the generic entry's, not a name
    body = _body_of_person(parts)
    return body if body is not None else " ".join(parts)


def _capitalised(word: str) -> bool:
    """A word of a name: capitalised, or an Arabic article before one ("al-Mayadeen")."""
    return word[:1].isupper() or re.match(r"^[a-z]{1,2}-[A-Z]", word) is not None


def _head_at(parts: list[str]) -> int | None:
    """Where a name's organisation word is: its last word, or the last such
    word followed only by its field ("Center for Policy Research")."""
    cues = claimant_cues()
    heads = cues.organisation_heads | cues.named.outlet_heads
    if parts and parts[-1].lower() in heads:
        return len(parts) - 1
    of_words = cues.named.of_words
    for i in range(len(parts) - 2, -1, -1):
        if parts[i].lower() in cues.organisation_heads and parts[i + 1].lower() in cues.named.field_openers:
            field_words = parts[i + 1 :]
            if _capitalised(field_words[-1]) and all(
                w.lower() in of_words or _capitalised(w) for w in field_words
            ):
                return i
            return None
    return None


def _body_of_person(parts: list[str]) -> str | None:
    """ "Dr Samer X of Y National Hospital": the body after a person's
    capitalised name and "of/at/from", when the name holds no organisation
    word itself ("Ministry of Health" stays whole)."""
    cues = claimant_cues()
    for i, word in enumerate(parts):
        if word.lower() in cues.named.person_of and 0 < i < len(parts) - 1:
            before, after = parts[:i], parts[i + 1 :]
            if all(w[:1].isupper() and w.lower() not in cues.organisation_heads for w in before) and (
                after[-1].lower() in cues.organisation_heads
            ):
                return " ".join(after[1:] if after[0].lower() == "the" else after)
            return None
    return None


@dataclass
class ClaimantContext:
    """What earlier sentences established: 'the monitor' means the last one named."""

    outlet: str | None
    outlet_is_state: bool = False
    outlet_home: str | None = None  # the outlet's country (sources.csv), as a name
    country_name: str | None = None  # the report's country, as a name
    demonym: str | None = None  # and its demonym ("Syrian")
    last: str | None = None
    last_monitor: str | None = None
    # The state's forces that spoke last: "the military said" after the
    # Turkish army spoke and then a monitor did is still the Turkish army.
    last_force: str | None = None
    # The forces each force word last named: "army" -> "Military Forces of Syria".
    force_words: dict[str, str] = field(default_factory=dict)
    # The monitor the report names anywhere: "a war monitor said" in the lead
    # is the Observatory named three sentences later.
    report_monitor: str | None = None
    # People named as speaking for an organisation: "Rami Abdel Rahman" ->
    # the Observatory, so "Abdel Rahman added" is the Observatory too.
    people: dict[str, str] = field(default_factory=dict)
    # Every claimant remembered, in order: "the ministry said" after a
    # person spoke is the ministry heard before that person.
    heard: list[str] = field(default_factory=list)

    def heard_as(self, noun: str) -> str | None:
        """The claimant heard last whose own name holds the anaphor's noun
        ("the ministry" -> "Russian Ministry of Defence"), or None."""
        # the noun capitalised in a name ("Ministry of Defence", "Global
        # Coalition"), not a speaker phrase the parse ran long ("… in what the
        # coalition")
        word = re.compile(rf"\b{re.escape(noun.capitalize())}\b")
        return next((name for name in reversed(self.heard) if word.search(name)), None)

    def remember_person(self, name: str, organisation: str) -> None:
        words = name.split()
        for k in range(len(words)):
            if len(words) - k >= 1 and len(" ".join(words[k:])) > 3:
                self.people.setdefault(" ".join(words[k:]).lower(), organisation)

    def person(self, text: str) -> str | None:
        """The organisation a person named before speaks for, or None."""
        return self.people.get(text.lower()) if self.people else None

    # Organisations sources.csv knows (not outlets), where the text names them,
    # speaking or not: "the group" may be one named but not yet heard.
    text: str = ""  # the report's text, where organisations named are looked for on need
    last_at: int = -1  # where the last claimant was named
    limit: int = 0  # the end of the sentence being read

    def mentioned_last(self) -> str | None:
        """The organisation named last before the words being resolved
        (`limit`), if named after the last claimant was; else None. Only that
        stretch of text is read, and only when a noun anaphor asks."""
        found = organisations_named(self.text, self.last_at + 1, self.limit)
        return found[-1][1] if found else None

    # Organisations a relative clause had report something ("where the
    # government reported an attack"), with where: whom a later "it" may mean.
    reporters: list[tuple[int, str]] = field(default_factory=list)
    # An outlet's tag lines ("Tags Idlib Russia Syria …"), as (start, end):
    # topic words the parser may take for the lead's subject.
    tag_runs: list[tuple[int, int]] = field(default_factory=list)

    # Media that quoted a source, with the source and where: "SANA's
    # correspondent quoted a source at Aleppo Police Command" -> SANA relays
    # the police command, so a later "the correspondent said" is the command.
    relayed: dict[str, tuple[str, int]] = field(default_factory=dict)

    def quoted_since(self) -> str | None:
        """The source a medium quoted last, if quoted after the last claimant
        was named and before the words being resolved (`limit`); else None."""
        found = [(at, source) for source, at in self.relayed.values() if self.last_at < at < self.limit]
        return max(found)[1] if found else None

    def in_tags(self, char: int) -> bool:
        return any(start <= char < end for start, end in self.tag_runs)

    def last_is_person(self) -> bool:
        """Whether the last claimant is a person's description ("spokesman")."""
        last = self.last or ""
        return last.islower() and last.split()[-1] in claimant_cues().person_heads

    def reported_since(self) -> str | None:
        """The organisation a relative clause had report something after the
        last claimant was named, before the words being read, if any."""
        found = [name for at, name in self.reporters if self.last_at < at < self.limit]
        return found[-1] if found else None

    def remember(self, claimant: str | None, at: int | None = None) -> None:
        if claimant is None:
            return
        self.last = claimant
        self.heard.append(claimant)
        self.last_at = max(self.last_at, at if at is not None else self.limit - 1)
        known = lookup(claimant)
        if known is not None and known.kind.value == "monitor":
            self.last_monitor = claimant
        if claimant_cues().force_speakers.search(claimant):
            self.last_force = claimant


@cache
def _monitor_patterns() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]]:
    """Each monitor alias (by sources.csv) as a compiled word pattern, built
    once rather than per report, and all of them in one pattern."""
    monitors = {alias: k.name for alias, k in known_sources().items() if k.kind.value == "monitor"}
    each = tuple(
        (re.compile(rf"\b{re.escape(alias)}\b", re.I), name)
        for alias, name in monitors.items()
        if len(alias) > 3
    )
    words = "|".join(re.escape(alias) for alias in monitors if len(alias) > 3) or "(?!)"
    return re.compile(rf"\b(?:{words})\b", re.I), each


def monitor_named_in(text: str) -> str | None:
    """The first monitor (by sources.csv) the text names, by name or alias
    (of two names at the same place, the first in alphabetical order)."""
    # One pass finds where the first name starts (the leftmost place any
    # alias matches); then only the aliases matching there are told apart.
    anywhere, each = _monitor_patterns()
    first = anywhere.search(text)
    if first is None:
        return None
    return min(name for pattern, name in each if pattern.match(text, first.start()))


_SPEAKING_KINDS = ("monitor", "ngo", "official", "other")  # not outlets: "told AFP" names no speaker


def organisations_named(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """Where the text (from `start` to `end`) names an organisation of
    sources.csv that is not an outlet, with its canonical name, in text order."""
    long, short = _known_pattern()
    stop = len(text) if end is None else max(start, end)
    found = []
    for match in (*long.finditer(text, start, stop), *short.finditer(text, start, stop)):
        if match.group(0).islower():
            continue  # a name written as a common word is that word: "fired shells at dawn" names no Dawn
        known = lookup(match.group(0))
        if known is not None and known.kind.value in _SPEAKING_KINDS:
            found.append((match.start(), known.name))
    return sorted(found)


def speaks_for_itself(claimant: str) -> bool:
    """Whether a claimant that cites another makes the figure its own: a body
    that counts or governs (sources.csv: not an outlet) does; media relay."""
    known = lookup(claimant)
    return known is not None and known.kind.value in _SPEAKING_KINDS


def outlet_voice(outlet: str | None) -> str | None:
    """The claimant an outlet's own assertions belong to: itself, or, for an
    official outlet that is also a party (the IDF), the actor it speaks for."""
    if not outlet:
        return None
    known = lookup(outlet)
    if known is not None and known.kind.value == "official":
        named = load_actors().find(outlet)
        if named:
            return named[0].actor.name
    return known.name if known else outlet


def stance_of(text: str) -> str:
    if _DENIAL.search(text):
        return "denied"
    if _HEDGES.search(text):
        return "hedged"
    if _CLAIM.search(text):
        return "claimed"
    return "asserted"


def subject_span(subject: Token) -> Span:
    """The words naming a speaker: the subject with its modifiers and "of/for"
    phrases, but not an apposition or list hung on it ("SOHR said …: 183
    fighters of HTS, …" must not make HTS the speaker), unless the subject
    is a description the apposition names (`_named_in_apposition`)."""
    named = _named_in_apposition(subject)
    if named is not None:
        return named
    start = _stripped_possessor(subject)
    end = subject.i
    for child in subject.rights:
        if child.dep_ in ("appos", "conj", "cc", "punct", "relcl", "acl"):
            break
        end = child.right_edge.i
    for token in subject.doc[subject.i + 1 : end + 1]:
        if token.dep_ == "relcl":
            # "the Observatory for Human Rights which relies on a network of
            # activists": a relative clause on the name's "of/for" phrase says
            # what the speaker is, not who ("activists" do not speak here).
            end = min(end, token.left_edge.i - 1)
        if _when_said(token):
            # "Syrian opposition forces on Sunday claimed …", "on Sunday"
            # hung on the name (or on its "of" phrase): a day is no part of a name.
            end = min(end, token.i - 1)
    return subject.doc[start : end + 1]


def _stripped_possessor(subject: Token) -> int:
    """Where the words naming a speaker start: the subject's left edge, or
    before it a known source's possessive with its apostrophe stripped that
    the parser took for a second subject of the same verb ("The observatorys
    chief Rami Abdurrahman said": "observatorys" and "Abdurrahman" both
    subjects), so the role is the owner's ("the observatory's chief")."""
    start = subject.left_edge.i
    if start == 0:
        return start
    before = subject.doc[start - 1]
    if (
        before.dep_ != subject.dep_
        or before.head.i != subject.head.i
        or not before.lower_.endswith("s")
        or lookup(before.text[:-1]) is None
        or lookup(before.text) is not None
    ):
        return start
    return before.left_edge.i


def _named_in_apposition(subject: Token) -> Span | None:
    """ "Another activist group, the Britain-based Syrian Observatory for
    Human Rights, said", "a second monitoring group the Local Coordination
    Committees reported": a description (a common noun) whose apposition is
    a source sources.csv knows, or an organisation's own name, speaks by
    that name, not as "activists" or the description's words; None for a subject that names itself or an
    apposition naming no known source ("Residents, Ahmed and Ali, said")."""
    if subject.pos_ != "NOUN":
        return None
    appos = next((c for c in subject.rights if c.dep_ == "appos"), None)
    if appos is None or appos.pos_ != "PROPN":
        return None
    words = subject.doc[appos.left_edge.i : appos.right_edge.i + 1]
    return words if known_inside(words.text) is not None or _own_name(words.text) is not None else None


def _when_said(child: Token) -> bool:
    """Whether a preposition tells a day or a time ("on Sunday", "late on
    Monday"), not a part of a name ("for Human Rights", "of Homs")."""
    return child.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in child.children
    )


def saying(verb: Token) -> bool:
    """Whether a verb says something: a saying lemma, but not one whose object
    makes it tell a death ("the attacks claimed the lives of two people",
    claimants.json `not_saying`)."""
    lemma = verb.lemma_.lower()
    if lemma not in SAY_LEMMAS:
        if speaker_names.says_otherwise(verb):
            return True
        lemma = _misspelt_saying(verb) or ""
        if not lemma:
            return False
    objects = claimant_cues().not_saying.get(lemma)
    return not objects or not any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children)


_LONGEST_MISSPELT = 11  # "announced" with a letter added, and one to spare


def _misspelt_saying(verb: Token) -> str | None:
    """The saying lemma a misspelt verb stands for ("The military has saaid
    four of its soldiers …"), or None: one letter off a form of claimants.json
    `misspelt_saying`, with a subject and a clause of what was said."""
    word = verb.lower_
    if verb.pos_ != "VERB" or not 3 <= len(word) <= _LONGEST_MISSPELT:
        return None  # cheap checks first: saying() is asked of most tokens
    lemma = next((lemma for form, lemma in claimant_cues().misspelt.items() if one_slip(word, form)), None)
    if lemma is None:
        return None
    deps = {c.dep_ for c in verb.children}
    return lemma if "ccomp" in deps and "nsubj" in deps else None


def one_slip(word: str, form: str) -> bool:
    """Whether `word` is `form` with one letter added, dropped or changed, or
    two neighbouring letters swapped (and is not `form` itself)."""
    if word == form or abs(len(word) - len(form)) > 1:
        return False
    if len(word) == len(form):
        off = [i for i, (a, b) in enumerate(zip(word, form, strict=True)) if a != b]
        swapped = (
            len(off) == 2
            and off[1] == off[0] + 1
            and word[off[0]] == form[off[1]]
            and word[off[1]] == form[off[0]]
        )
        return len(off) == 1 or swapped
    longer, shorter = (word, form) if len(word) > len(form) else (form, word)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def someone_speaks(sent: Span, text: str) -> bool:
    """Whether a sentence has a speaker of its own, named or not: a saying
    verb with a subject ("… wounding dozens more, observers said"; "the
    National Coalition for … said the attack killed"), or a source of
    sources.csv named in it ("the Observatory gave a toll of 48"). `text`
    is the Doc's text (made once by the caller)."""
    if _subject_of_say(sent) is not None:
        return True
    return bool(organisations_named(text, sent.start_char, sent.end_char))


def speaker_after(sent: Span, char: int) -> bool:
    """Whether a sentence's speaker, the subject of its saying verb, is named
    after character offset `char` (the teller closing what it tells). Reports
    stripped of commas leave the parser no subject at times ("… on the west
    the Observatory said", the teller read as the apposition of the place):
    then a plain saying verb as the root, after `char`, with what it says
    told before it, closes the sentence as well."""
    subject = _subject_of_say(sent)
    if subject is not None:
        return subject.start_char >= char
    root = sent.root
    return (
        root.lemma_.lower() in _PLAIN_SAYING
        and root.idx >= char
        and any(child.dep_ == "ccomp" and child.i < root.i for child in root.children)
    )


def _speaker_deps(verb: Token) -> tuple[str, ...]:
    """Who speaks is the subject of a saying verb, but the passive subject
    only of "quote" ("the army was quoted as saying"; in "Reuters quoted the
    army" Reuters does not speak). Any other passive subject is what is told
    of, never who tells it: "as the group is put under pressure", "the
    attack was claimed by ...", "the figures could not be confirmed" (40
    passive saying verbs in 250 FA-KES articles outside the held-out halves,
    not one with its speaker as subject)."""
    return ("nsubjpass",) if verb.lemma_.lower() == "quote" else ("nsubj",)


def speaker_child(verb: Token) -> Token | None:
    """The subject of a saying verb that names who speaks. Reports stripped of
    commas give the parser two subjects ("… army personnel and allied
    militias the head of the monitor said", "… 37 people killed … a
    monitoring group said"): the speaker is the one nearest the verb, so of
    the subjects before it the last is taken."""
    subjects = [child for child in verb.children if child.dep_ in _speaker_deps(verb)]
    if not subjects and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        # '"…" the sources went on to say', "the army continued to say": the
        # subject of the verb the saying completes
        subjects = [child for child in verb.head.children if child.dep_ == "nsubj"]
    if not subjects:
        inverted = _inverted_speaker(verb) or _passive_agent(verb)
        if inverted is not None:
            return inverted
    before = [child for child in subjects if child.i < verb.i]
    after = [child for child in subjects if child.i > verb.i and not _counted(child)]
    if before and (_counted(before[-1]) or _tells_a_count(before[-1])) and (after or _closing_object(verb)):
        # '"… killed and 50 others wounded …" a village nearby said X of the
        # Observatory': the parser gives the verb the counted as a subject
        # before it; the one after it, uncounted, speaks (as subject or as
        # the object that ends the sentence).
        return after[0] if after else _closing_object(verb)
    return before[-1] if before else (subjects[0] if subjects else None)


def _closing_object(verb: Token) -> Token | None:
    """The object of a saying verb that names a speaker and ends the
    sentence ("… said Omar X of the Observatory."), or None."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    last = max((t.i for t in verb.sent if not t.is_punct), default=-1)
    if obj is None or obj.right_edge.i != last or _counted(obj):
        return None  # "… reported 40 dead": the counted, not a speaker
    named = obj.pos_ == "PROPN" or (obj.pos_ == "NOUN" and any(c.dep_ == "det" for c in obj.children))
    return obj if named else None


def _counted(subject: Token) -> bool:
    """A subject that is a count of people ("50 others", "dozens"), not a speaker."""
    return subject.like_num or any(c.dep_ == "nummod" for c in subject.children)


def _tells_a_count(subject: Token) -> bool:
    """A subject the parser made of the whole report before a saying verb, its
    comma lost ("a wave of raids near the clinic killed at least 8 civilians
    said the Observatory": "wave" the subject, "killed" a clause on it): a
    verb inside it with a count of people as its object tells the figure,
    and no speaker holds one."""
    return any(
        t.pos_ == "VERB"
        and t.dep_ in ("acl", "relcl")
        and any(c.dep_ == "dobj" and _counted(c) for c in t.children)
        for t in subject.subtree
    )


def _passive_agent(verb: Token) -> Token | None:
    """ "Three deaths were reported by the civil defence", "the toll was
    confirmed by health officials": the agent of a passive verb of telling
    (claimants.json `passive_agent`) tells it; not of "claimed by" (who
    claims an attack) or "accused by"."""
    cues = claimant_cues()
    if verb.lemma_.lower() not in cues.passive_agent or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    told = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if told is None or not (
        any(t.like_num for t in told.subtree) or told.lemma_.lower() in cues.passive_told
    ):
        return None  # "similar results were confirmed by health officials": no figure told
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _inverted_speaker(verb: Token) -> Token | None:
    """ "… killed when a bomb went off on Friday said a monitoring group": with
    its comma stripped, the parser reads the speaker after a sentence-final
    "said" as its object. The object is the speaker when the verb has no
    subject and no clause of its own after it, and the object, a noun with
    a determiner, ends the sentence."""
    if verb.lemma_.lower() not in ("say", "add", "report", "tell"):
        return None
    # a clause of its own after it ("said the raids went on") or a subject
    # means the object is what is said; the reported clause before it is not
    if any(c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "ccomp" and c.i > verb.i) for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "det" for c in obj.children):
        return None
    last = max((t.i for t in verb.sent if not t.is_punct), default=-1)
    return obj if obj.right_edge.i == last and obj.i > verb.i else None


def _says_its_object(verb: Token) -> bool:
    """A saying verb in a relative clause with an object of its own says that
    object ("… in Goma, where the M23 declared a ceasefire"), not the
    sentence. (Without commas the parser also reads "… a monitoring group
    said" as a relative clause, so the object is what tells them apart.)"""
    return verb.dep_ == "relcl" and any(
        child.dep_ == "dobj" and not any(t.like_num for t in child.subtree) for child in verb.children
    )


def _subject_of_say(sent: Span) -> Span | None:
    found: list[tuple[Token, Token]] = []
    for token in sent:
        if token.pos_ == "VERB" and saying(token) and not _says_its_object(token) and not headline_say(token):
            child = speaker_child(token)
            if child is not None:
                found.append((token, child))
    # "The province saw 25 fighters killed ... said a monitoring group": a
    # plain verb of saying names the speaker before a verb that only may say.
    plain = [child for verb, child in found if verb.lemma_.lower() in _PLAIN_SAYING]
    chosen = plain[0] if plain else (found[0][1] if found else None)
    return subject_span(chosen) if chosen is not None else None


_PLAIN_SAYING = frozenset(("say", "tell", "add", "report", "announce", "state"))


_SPEAKER_STARTS = {"DET", "PROPN", "ADJ", "PRON"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}  # a verb with a tense: a clause, not a name


# "west of", "north-east of": a bearing from a place, no part of a speaker's name
_COMPASS_OF = re.compile(r"^(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of$", re.I)


def _words_before_say(sent: Span, context: ClaimantContext) -> tuple[str, tuple[int, int]] | None:
    """The speaker of a saying verb whose parse subject names no speaker, as
    reports stripped of commas write it ("… including children the UK-based
    Syrian Observatory for Human Rights said", "… in Aleppo Abdel Rahman
    added", "… area Observatory chief Rami Abdel Rahman told AFP"): the longest run of up to eight words just before the verb that
    names a speaker, starting on a determiner, adjective or name and
    crossing no number or verb."""
    for verb in sent:
        if verb.pos_ != "VERB" or not saying(verb) or _says_its_object(verb):
            continue
        if _claimed_by(verb):
            continue  # "near the police headquarters in an attack claimed by IS": what was claimed
        if speaker_names.says_by_object(verb):
            continue  # "X reported eight while Y gave a toll of 12": Y is its clause's, not the sentence's
        if headline_say(verb):
            continue  # "UN says airdrops not imminent Raids killed 31 … the civil defence said": a related headline's
        best: tuple[str, tuple[int, int]] | None = None
        end = verb.i
        if verb.lemma_.lower() == "quote" and end > sent.start and sent.doc[end - 1].dep_ == "auxpass":
            end -= 1  # "… the Russian military was quoted as saying": the one quoted
        while end > sent.start and sent.doc[end - 1].dep_ == "aux":
            end -= 1  # "… injured the Qatar Red Crescent Society (QRCS) has announced"
        for start in range(end - 1, max(sent.start, end - 8) - 1, -1):
            token = sent.doc[start]
            if token.pos_ in ("NUM", "AUX") or (token.pos_ == "VERB" and token.dep_ != "amod"):
                break
            if token.tag_ in ("WDT", "WP", "WP$"):
                break  # "the raid, which the ministry says killed 30": the relative opens a clause, no name
            if token.text == ",":
                break  # "… in Kandahar province Friday night, provincial police office confirmed": the comma ends the run
            if context.in_tags(token.idx) and _topic_place(token):
                break  # "Tags Kherson Russia Ukraine Regional officials say": the tags end here
            if _COMPASS_OF.match(sent.doc[max(sent.start, start - 2) : start].text):
                # "… Al-Tabqah west of Raqqa local media reported": the place a
                # bearing is taken from ends the run; the words after it speak.
                words = sent.doc[start + 1 : end]
                if best is None and len(words):
                    context.limit = words.start_char
                    found = canonical_claimant(words.text, context)
                    best = (found, (words.start_char, words.end_char)) if found is not None else None
                break
            if (
                token.pos_ not in _SPEAKER_STARTS
                and not token.text[:1].isupper()
                and not _after_closing_quote(token)
                and not _bare_plural_speaker(token, end)
            ):
                continue
            if _object_of_place_word(token):
                continue  # "the head of a charity's programme in Turkey described …": not Turkey
            words = sent.doc[start:end]
            context.limit = words.start_char
            found = canonical_claimant(words.text, context)
            if found is not None:
                best = (found, (words.start_char, words.end_char))
                if token.pos_ == "DET" and (start == sent.start or sent.doc[start - 1].pos_ != "CCONJ"):
                    # A speaker's phrase opens with its article: the words
                    # before "the British-based … monitoring group said" end
                    # another phrase ("… members of the Nusra Front"), unless
                    # they join two speakers ("the monitor and a civil defence official").
                    break
        if best is not None:
            return best
    return None


def _bare_plural_speaker(token: Token, end: int) -> bool:
    """ "… as they left school activists said", "… in the town overnight
    residents said": a plural noun with no article just before the verb
    may be the whole speaker, which the parser, the comma lost, hangs on
    the clause before as its object. Only the one word ("school
    activists" is not read as a name), and one a generic entry names
    whole (activists, residents, witnesses, medics): "… militants media
    reported" after a headline's "according to media reports" stays those
    reports."""
    return (
        token.pos_ == "NOUN"
        and token.tag_ == "NNS"
        and token.i == end - 1
        and any(p.fullmatch(token.text) for p, _ in claimant_cues().generic)
    )


def _closing_source(sent: Span, context: ClaimantContext) -> tuple[str, tuple[int, int]] | None:
    """The source a sentence with a figure and no saying verb ends on
    (claimants.json `closing_source`): "… near the border the UK-based
    opposing Syrian Observatory.", "… rises to 76: monitor.", "… in Aleppo
    SANA.". Only a known source, a monitor or a description standing for one."""
    cues = claimant_cues()
    end = sent.end
    while end > sent.start and (sent.doc[end - 1].is_punct or sent.doc[end - 1].is_space):
        end -= 1
    if end <= sent.start or not any(t.like_num for t in sent):
        return None
    saying = (
        end - 1 > sent.start
        and sent.doc[end - 1].pos_ == "NOUN"
        and sent.doc[end - 1].lower_ in cues.closing_saying
    )
    if saying:
        end -= 1  # "… militants FNA reports.": the name before the saying word
    if any(
        t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SAY_LEMMAS and not _run_on_verb(t) for t in sent
    ):
        return None  # a saying verb: the speaker is read from it, or nobody
    best: tuple[str, tuple[int, int]] | None = None
    for start in range(end - 1, max(sent.start, end - cues.closing_words) - 1, -1):
        token = sent.doc[start]
        if token.like_num or (token.pos_ in ("VERB", "AUX") and token.dep_ != "amod"):
            break
        words = sent.doc[start:end]
        name = _source_named(words.text, context, reporting=saying)
        before = sent.doc[start - 1].lower_ if start > sent.start else ""
        if (
            name is None
            and _separates(sent.doc, start - 1)
            and start - 1 > sent.start
            and len([t for t in words if not t.is_punct]) <= cues.separator_words
        ):
            # "… killed in shelling - Homs governor", "…: army": a headline's
            # source after its dash or colon, whatever kind of speaker it is.
            context.limit = words.start_char
            name = canonical_claimant(words.text, context)
            if name is not None:
                return name, (words.start_char, words.end_char)  # the separator bounds it
        if name is not None:
            best = None if before in cues.closing_not_after else (name, (words.start_char, words.end_char))
        if token.pos_ == "DET":
            break  # the phrase opens with its article
    return best


def _run_on_verb(token: Token) -> bool:
    """Whether a saying verb is the subjectless "reports" of a summary that
    ends on its source ("... on April 7 reports New Age"; claimants.json
    `run_on_report`): the source after it is the teller, read as a closing one."""
    return token.lower_ in _run_on_verbs() and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children
    )


def _separates(doc: Doc, i: int) -> bool:
    """Whether token i is a headline's dash or colon before its source: one
    of closing_source `separators`, spaced ("… killed - activists", "…:
    army"), not the hyphen inside a name ("Al-Nusra", "Deir ez-Zor")."""
    if i < 1 or doc[i].text not in claimant_cues().closing_separators or not doc[i].whitespace_:
        return False
    return doc[i].text == ":" or bool(doc[i - 1].whitespace_)


def _source_named(words: str, context: ClaimantContext, *, reporting: bool = False) -> str | None:
    """A known source (sources.csv), a monitor or a description standing for
    one, as the words name it, or None: no speaker's title or anonymous source.
    `reporting`: the words stood before a saying word ("… the raids Anadolu Agency reports.", its comma lost)."""
    bare = re.sub(r"^(?:the|a|an)\s+", "", words.strip(), flags=re.I)
    known = lookup(bare)
    if known is not None:
        # A wire agency closing a sentence credits the copy ("… Monitor AFP",
        # "(Reuters)"): a byline, whose speaker is the word before it (wm_bylines);
        # but one that "reports" it, its comma lost, is the teller.
        return None if known.kind.value == "wire" and not reporting else known.name
    if _monitor_description(bare):
        return the_monitor(bare, context) or claimant_cues().unnamed_monitor
    described = description_claimant(words)
    if described is not None:
        return context.report_monitor or described
    inside = _known_closing(bare)
    if inside is not None:
        return inside
    return _speaking_for(bare, context) if bare[:1].isupper() else None


def _known_closing(words: str) -> str | None:
    """A known source (not a wire crediting the copy) that the words end on,
    with at most the words naming what it is after it ("… in Daraa City SANA
    news agency"), or None; a name inside other words ("a UN warning") is not."""
    long, short = _known_pattern()
    outlet_words = claimant_cues().named.outlet_heads | {"agency"}
    for match in (*long.finditer(words), *short.finditer(words)):
        after = words[match.end() :].split()
        known = lookup(match.group(0))
        if known is not None and known.kind.value != "wire" and all(w.lower() in outlet_words for w in after):
            return known.name
    return None


def _object_of_place_word(token: Token) -> bool:
    """Whether a run of words before a saying verb would start on the object
    of a preposition of place ("in", "from", "to" Turkey): that is where the
    speaker is, not who; the speaker's own words begin further back."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        before is not None
        and before.lower_ in speaker_names.PLACE_PREPOSITIONS
        and token.head.i == before.i
        and token.dep_ == "pobj"
    )


def _topic_place(token: Token) -> bool:
    """A capitalised word naming a country or a place: in a tag line, a topic."""
    gazetteer = load_gazetteer()
    return token.text[:1].isupper() and (
        gazetteer.country_of_word(token.text) is not None or bool(gazetteer.candidates(token.text))
    )


def _after_closing_quote(token: Token) -> bool:
    """Whether the token opens the words after a quotation ends: '"…" media
    activist X told Reuters' names its speaker from the word after the quote,
    however that word is tagged (a bare noun here, "local", "medical")."""
    return token.i > 0 and token.nbor(-1).tag_ == "''"


def _first_of_two(subject: Span, context: ClaimantContext) -> tuple[str, tuple[int, int]] | None:
    """The first of two speakers the parse split, in reports stripped of
    commas ("… on Friday the regional governor and the police said" parses
    "the governor" as an object and "the police" alone as the subject): the
    phrase just before "and", when it names a speaker."""
    doc = subject.doc
    if subject.start < 2 or doc[subject.start - 1].lower_ != "and":
        return None
    end = doc[subject.start - 2]
    if end.pos_ not in ("NOUN", "PROPN"):
        return None
    phrase = doc[end.left_edge.i : end.i + 1]
    found = canonical_claimant(phrase.text, context)
    return (found, (phrase.start_char, phrase.end_char)) if found is not None else None


def _according_to(sent: Span) -> list[Span]:
    """The source of "according to X" as the parse bounds it, which holds
    where punctuation is missing ("according to the Observatory a total of
    43 civilians …"): the phrase with whoever issued it first, then the
    source alone ("a statement issued by the brigade" names no known body;
    "the statement" then is the last one's)."""
    for token in sent:
        if token.lower_ == "according":
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            issued = _issued_by(obj)
                            told = subject_span(obj)
                            medium = _medium_named_after(told)
                            return [s for s in (issued, medium, told) if s is not None]
    return []


def _medium_named_after(described: Span) -> Span | None:
    """The known medium named right after a description of it that the
    parse ended the source's phrase on ("according to the party's official
    television station Al-Manar \"two …\"": Al-Manar), or None
    (claimants.json `medium_named_after`)."""
    if not len(described) or described[-1].lower_ not in claimant_cues().medium_heads:
        return None
    sent = described[-1].sent
    end = described.end
    while end < sent.end and (
        sent.doc[end].text[:1].isupper() or (sent.doc[end].text == "-" and end > described.end)
    ):
        end += 1
    if end == described.end:
        return None
    name = sent.doc[described.end : end]
    return name if lookup(name.text) is not None else None


def _issued_by(obj: Token) -> Span | None:
    """The whole phrase of "according to a statement released Saturday by
    the X Commission", whose "by" names who issued it (the parse hangs it on
    a participle that subject_span stops at), or None."""
    for child in obj.rights:
        if child.dep_ == "acl" and any(c.dep_ == "agent" for c in child.children):
            return obj.doc[obj.left_edge.i : child.right_edge.i + 1]
    return None


def speaker_of(doc: Doc, char: int, context: ClaimantContext) -> str | None:
    """The claimant of the clause holding character `char`: the subject of the
    nearest saying verb above it in the parse ("the army stated that they
    had repelled…" -> the army), so two claimants in one sentence stay apart;
    a province's bare office placed as attribute() places it."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    speaker = _clause_speaker(span[0], context)
    return placed_office(speaker, span[0].sent) if speaker is not None else None


def _in_what_is_said(token: Token, verb: Token) -> bool:
    """Whether the token stands in the clause a saying verb says ("the US
    says the attack killed 1400"), not in a phrase beside it ("despite the
    killing of 100000 people the US had said it would ...")."""
    path = (token, *token.ancestors)
    at = next((k for k, node in enumerate(path) if node.i == verb.i), 0)
    return at > 0 and path[at - 1].dep_ in ("ccomp", "xcomp", "parataxis")


def _clause_speaker(token: Token, context: ClaimantContext) -> str | None:
    """speaker_of's claimant, read up the parse from the token."""
    for node in (token, *token.ancestors):
        noun_said = _noun_saying_speaker(node, token, context)
        if noun_said is not None:
            return noun_said
        if node.pos_ in ("VERB", "AUX") and saying(node) and not headline_say(node):
            quoting = _quoting_verb(node)
            quoted = _quoted_speaker(quoting, context) if quoting is not None else None
            if quoted is not None:
                return quoted[0]
            speaker = speaker_child(node)
            if speaker is not None and speaker.left_edge.i <= token.i <= speaker.right_edge.i:
                return None  # the counted are no speaker of their own count: the sentence's speaker
            if speaker is None:
                told = _participle_speaker(node, context)
                if told is not None:
                    return told
            main = _relative_speaker(node, speaker, context) if speaker is not None else None
            if main is not None:
                return main
            own = None
            if speaker is not None and not context.in_tags(speaker.idx):
                # (a topic word of a tag line parsed as the subject is no
                # speaker: the sentence's, read from the words before the verb.)
                # "the organisation known as the White Helmets": its whole phrase
                context.limit = speaker.right_edge.idx + len(speaker.right_edge)
                own = canonical_claimant(subject_span(speaker).text, context)
                own = _relayed(subject_span(speaker), own, context)
                if own is None and speaker.dep_ == "nsubj" and _in_what_is_said(token, node):
                    # "the attack, which the United States says killed 1400":
                    # a country's bare name as the parse's subject of saying
                    # is its government (not a place run into a speaker's
                    # words, which the parse does not make the subject)
                    own = speaker_names.country_government(subject_span(speaker).text, government_of)
            if own is not None and speaks_for_itself(own):
                return own  # "a UN spokesman said, citing the WHO": the UN's figure
            return _cited_by(node, context) or own
    return None


def _noun_saying_speaker(verb: Token, token: Token, context: ClaimantContext) -> str | None:
    """The speaker run into a saying word the parse made a noun and the
    subject of the verb above the token: "an attack that the opposition
    claims killed hundreds" is the opposition's count (claimants.json
    `noun_saying`), or None."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ != "nsubj" or child.pos_ != "NOUN" or child.lower_ not in claimant_cues().noun_saying:
            continue
        if child.left_edge.i <= token.i <= child.right_edge.i:
            return None
        words = [t for t in child.lefts if t.dep_ in ("compound", "poss", "det", "amod")]
        if not any(t.dep_ in ("compound", "poss") for t in words):
            return None
        start, end = words[0].idx, child.idx
        context.limit = start
        return canonical_claimant(verb.doc.text[start:end].strip(), context)
    return None


def _quoting_verb(node: Token) -> Token | None:
    """The quoting verb a saying verb hangs from ("X quoted Y as saying …":
    "saying" under "as"; "X quoted Y saying …": "saying" on Y); None otherwise."""
    verbs = claimant_cues().quoting_verbs
    above = node.head.head
    if node.dep_ == "pcomp" and node.head.lower_ == "as" and above.lemma_.lower() in verbs:
        return above
    if node.dep_ == "acl" and node.head.dep_ == "dobj" and above.lemma_.lower() in verbs:
        return above
    return None


def _quoted_speaker(verb: Token, context: ClaimantContext) -> tuple[str, Span] | None:
    """Who gives a figure told as "X quoted Y (as) saying …" (claimants.json
    `quoting`), with the words naming them: media relay Y, as with
    "citing"; a body that is no outlet (a charity quoting villagers) gives it
    as its own. None when the verb is passive ("X was quoted as saying": its
    subject speaks, read as any saying verb's) or quotes nobody."""
    quoted = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if quoted is None or any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    if not any(_quoting_verb(t) == verb for t in verb.subtree if t.pos_ == "VERB"):
        return None  # "SANA reported the attack": no one quoted saying anything
    quoter = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    own: tuple[str, Span] | None = None
    if quoter is not None:
        words = subject_span(quoter)
        context.limit = words.end_char
        name = canonical_claimant(words.text, context)
        own = (name, words) if name is not None else None
        if own is not None and not _relays(own[0], words):
            return own
    words = _quoted_words(verb, quoted)
    context.limit = words.start_char
    cited = canonical_claimant(words.text, context)
    if cited is None:
        return own
    if own is not None:
        context.relayed[own[0]] = (cited, verb.idx)
    return cited, words


def _quoted_words(verb: Token, quoted: Token) -> Span:
    """The words naming the one quoted, with a place or body phrase the parser
    hung on the verb ("quoted a source | at Homs Police Command | as saying"):
    up to the "as" that opens the saying, when there is one."""
    words = subject_span(quoted)
    opener = next((c for c in verb.children if c.lower_ == "as" and c.i > quoted.i), None)
    if opener is not None:
        between = [c for c in verb.children if c.dep_ == "prep" and quoted.i < c.i < opener.i]
        end = max((c.right_edge.i for c in between), default=words.end - 1)
        words = quoted.doc[words.start : max(end, words.end - 1) + 1]
    # where the parser hung "as saying" on the name itself ("… Police Command
    # as saying that …"), the name ends before it
    cut = next((t.i for t in words if t.lower_ == "as" and any(c.pos_ == "VERB" for c in t.children)), None)
    return quoted.doc[words.start : cut] if cut is not None and cut > words.start else words


def _relays(claimant: str, words: Span) -> bool:
    """Whether a quoter relays the one it quotes: a known outlet (no monitor,
    NGO or official body of sources.csv), or words naming media ("a local newspaper",
    "SANA's correspondent")."""
    known = lookup(claimant)
    if known is not None:
        # sources.csv's "other" kind is outlets too (Al Jazeera, BBC, dailies)
        return known.kind.value not in ("monitor", "ngo", "official")
    return any(t.lower_ in claimant_cues().media_words for t in words)


def _remember_relays(sent: Span, context: ClaimantContext) -> None:
    """Media the sentence has quote someone ("SANA's correspondent quoted a
    source at Aleppo Police Command as saying …"), kept in `context.relayed`
    for a later "the correspondent said". The sentence's own claimant is
    left as read: only figures inside the quoted clause are the quoted's
    (speaker_of), since a sentence-level change would also move the carried
    and lead figures around it."""
    limit, verbs = context.limit, claimant_cues().quoting_verbs
    for verb in sent:
        if verb.pos_ == "VERB" and verb.lemma_ in verbs:
            _quoted_speaker(verb, context)
    context.limit = limit


def relayed_in(sent: Span, claimant: str | None, context: ClaimantContext) -> str | None:
    """The source a sentence's medium quotes in that sentence ("SANA's
    reporter quoted a source at Aleppo Police Command as saying …": the
    command), whose account the next sentence goes on with; else None."""
    quoted = context.relayed.get(claimant) if claimant is not None else None
    if quoted is None or not sent.start_char <= quoted[1] < sent.end_char:
        return None
    return quoted[0]


def _relayed(words: Span, claimant: str | None, context: ClaimantContext) -> str | None:
    """A "the correspondent said the attacks claimed …" after the correspondent
    quoted a source earlier in the report: that source, not the agency. Only
    a speaker whose head is a relaying role (claimants.json `quoting`), bare
    ("the correspondent") or the agency's that quoted ("SANA's reporter")."""
    if words.root.lower_ not in claimant_cues().relaying_roles:
        return claimant
    earlier = [
        (at, source)
        for media, (source, at) in context.relayed.items()
        if at < words.start_char and claimant in (None, media)
    ]
    return max(earlier)[1] if earlier else claimant


def _participle_speaker(verb: Token, context: ClaimantContext) -> str | None:
    """Who speaks through a participle with no subject of its own: the noun it
    hangs on ("…, with a medical source saying 17 were killed"), else the
    subject of the verb it goes with ("state television reported the blast
    saying four had been killed", "the group updated its toll saying three
    more had died"). None when neither names a claimant."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl"):
        return None
    governing = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subjects = [c for c in governing.children if c.dep_ == "nsubj"] if governing is not None else []
    if governing is not None and any(t.pos_ in ("VERB", "AUX") and saying(t) for t in governing.ancestors):
        # "X said war planes struck the town adding that tens were injured":
        # inside what someone said, the verb's subject (the planes) says
        # nothing; the participle is the outer speaker's.
        subjects = []
    candidates = [verb.head, *subjects] if verb.dep_ == "acl" else subjects
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and subjects:
        # "the Observatory referenced local sources saying …": a monitor, NGO
        # or official body gives what it heard as its own, as with quoting
        words = subject_span(subjects[0])
        limit, context.limit = context.limit, words.end_char
        body = canonical_claimant(words.text, context)
        context.limit = limit
        if body is not None and speaks_for_itself(body):
            return body
    for candidate in candidates:
        if candidate.lower_ in claimant_cues().anaphors or candidate.pos_ == "PRON":
            continue  # "a statement saying …": the one who issued it, not the last speaker
        words = subject_span(candidate)
        limit, context.limit = context.limit, words.end_char
        found = canonical_claimant(words.text, context)
        context.limit = limit
        if found is not None:
            return found
    return None


def _relative_speaker(verb: Token, speaker: Token, context: ClaimantContext) -> str | None:
    """Who a pronoun speaking in a relative clause stands for ("Washington
    blames the government for the attack which it says killed 1400": it is
    Washington): the subject of the clause the relative hangs from, when that
    names a claimant (claimants.json `relative_speaker`); else None."""
    if verb.dep_ != "relcl" or speaker.lower_ not in claimant_cues().relative_pronouns:
        return None
    governing = next((t for t in verb.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in governing.children if c.dep_ == "nsubj"), None) if governing else None
    if subject is None or subject.lower_ in claimant_cues().relative_pronouns:
        return None
    words = subject_span(subject)
    limit, context.limit = context.limit, words.end_char
    found = canonical_claimant(words.text, context)
    context.limit = limit
    # "the United States blames X for the attack which it says killed …": a
    # country named as the main clause's subject speaks for its government
    return found or speaker_names.country_government(words.text, government_of)


def _cited_by(verb: Token, context: ClaimantContext) -> str | None:
    """The one a saying verb cites ("media reported, citing a military source"), or None."""
    citing = claimant_cues().citing_words
    for child in verb.children:
        if child.lower_ in citing:
            for cited in child.children:
                if cited.dep_ == "dobj":
                    context.limit = cited.idx
                    found = canonical_claimant(subject_span(cited).text, context)
                    if found is not None:
                        return found
    return None


def attribute(sent: Span, context: ClaimantContext, text: str | None = None) -> Attribution:
    """The claimant and stance of one sentence (whose text is `text`, if the
    caller has it already), updating the context."""
    text = sent.text if text is None else text
    context.limit = sent.end_char
    claimant: str | None = None
    cue: tuple[int, int] | None = None
    unnamed: Span | None = None  # a subject that may name a person or body nobody lists
    for according in _according_to(sent):
        context.limit = according.start_char
        claimant = canonical_claimant(according.text, context)
        cue = (according.start_char, according.end_char) if claimant else None
        if claimant is not None:
            break
    if claimant is None:
        # "local media reported, citing a military source": the one cited.
        cited = claimant_cues().cited_after.search(text)
        if cited:
            context.limit = sent.start_char + cited.start("who")
            claimant = canonical_claimant(cited.group("who"), context)
            cue = (
                (sent.start_char + cited.start("who"), sent.start_char + cited.end("who"))
                if claimant
                else None
            )
            citer = _subject_of_say(sent)
            if claimant is not None and citer is not None:
                context.limit = citer.start_char
                own = canonical_claimant(citer.text, context)
                if own is not None and speaks_for_itself(own):
                    # "a UN spokesman said, citing the WHO": the UN gives the
                    # figure as its own; only media relay the one they cite.
                    claimant, cue = own, (citer.start_char, citer.end_char)
    match = _ACCORDING.search(text) if claimant is None else None
    if match:
        context.limit = sent.start_char + match.start("who")
        claimant = canonical_claimant(match.group("who"), context)
        cue = (sent.start_char + match.start(), sent.start_char + match.end())
    if claimant is None:
        subject = _subject_of_say(sent)
        if subject is not None and (any(t.like_num for t in subject) or context.in_tags(subject.root.idx)):
            # "… killed at least 25 members of the Nusra Front the British-based
            # Observatory monitoring group said": without commas the parser
            # makes the counted the subject; the words before the verb name
            # the speaker if any do. So too where the subject is a topic word
            # of a tag line run into the lead ("Tags Idlib Russia Syria
            # Anti-government activists say …" parses "Russia" as the subject).
            before = _words_before_say(sent, context)
            if before is not None:
                claimant, cue = before
                subject = None
        if subject is not None:
            context.limit = subject.root.right_edge.idx + len(subject.root.right_edge)
            claimant = _relayed(subject, canonical_claimant(subject.text, context), context)
            claimant = _relative_speaker(subject.root.head, subject.root, context) or claimant
            whole = subject.root.subtree
            extra = sent.doc[subject.end : subject.root.right_edge.i + 1]
            clause = any(t.like_num for t in subject) or any(t.tag_ in _FINITE for t in extra)
            named = subject
            if claimant is None and len(extra) and not clause:
                # "Rami Abdel Rahman, head of the Observatory, said": the
                # apposition says whom the speaker speaks for (but a clause
                # hung on the subject, "37 people killed when troops shot …",
                # names the dead, not a speaker).
                first = next(whole)
                subject = sent.doc[first.i : subject.root.right_edge.i + 1]
                claimant = canonical_claimant(subject.text, context)
                _remember_named(named, claimant, context)
            unnamed = named if claimant is None else None
            cue = (subject.start_char, subject.end_char) if claimant else None
            earlier = _first_of_two(subject, context)
            if earlier is not None:
                claimant, cue = earlier
    if claimant is None:
        before = _words_before_say(sent, context)
        if before is not None:
            claimant, cue = before
    if claimant is None and unnamed is not None:
        # "… Khaled X told reporters": a person or body nobody lists, by its name
        context.limit = unnamed.start_char
        claimant = named_speaker(unnamed, context)
        cue = (unnamed.start_char, unnamed.end_char) if claimant else None
    if claimant is None:
        # A body named inside what an unlisted speaker said ("The army's
        # camps lie far from here" the farmer said) is what was said, not who
        # says it (blind reading 7878, text 04 [18]).
        said = _said_content(sent) if unnamed is not None else []
        for pattern, name in claimant_cues().anywhere:
            found = next(
                (
                    m
                    for m in pattern.finditer(text)
                    if not any(a <= m.start() < b for a, b in said)
                    and not _acted_on(sent, sent.start_char + m.end())
                ),
                None,
            )
            if found and _tells_something(sent):
                claimant = generic_claimant(name, context, text[max(0, found.start() - 40) : found.end()])
                cue = (sent.start_char + found.start(), sent.start_char + found.end())
                break
    if claimant is None:
        closing = _closing_source(sent, context)
        if closing is not None:
            claimant, cue = closing
    if claimant is not None:
        # "a source at the Police Command": the office of the item's province
        claimant = placed_office(claimant, sent)
    context.remember(claimant, cue[0] if cue else None)
    _remember_reporters(sent, context)
    _remember_relays(sent, context)
    stance = speaker_names.stance(sent, stance_of(text))
    return Attribution(claimant or context.outlet, stance, cue, claimant is not None)


_TELLING_WORDS = frozenset({"said", "reported", "stated", "statement", "claimed"})


def _claimed_by(verb: Token) -> bool:
    """A passive participle on a noun with its agent ("an attack claimed by
    IS"): the noun is what was claimed or told. Not a participle with no
    agent, which comma-less copy makes of a plain verb of saying ("bombs
    that landed on Ghouta the observatory reported on Thursday")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)


def _tells_something(sent: Span) -> bool:
    """Whether a sentence with no readable speaker still tells something a
    description found in it could be the teller of: "said", "reported",
    "stated", "claimed" as verbs of saying, or "a statement". Not "an attack
    claimed by IS": a claim of the deed, whose participle hangs on the attack
    (a blind reading, seed 9292, found "the main police headquarters" near
    which bombers struck made the teller of the dead)."""
    for token in sent:
        if token.lower_ not in _TELLING_WORDS:
            continue
        if token.lower_ == "statement":
            return True
        if _claimed_by(token):
            continue  # "an attack claimed by the group"
        if saying(token):
            return True
    return False


def _acted_on(sent: Span, end: int) -> bool:
    """Whether the description ending at character `end` ("a security
    official") is the one a verb other than one of saying acts on: "A security
    official ... was killed ..., reported Daily Times" names the dead, not
    the teller (a blind reading, seed 8989, of an SATP line)."""
    noun = next((t for t in sent if t.idx < end <= t.idx + len(t.text)), None)
    return (
        noun is not None
        and noun.dep_ in ("nsubjpass", "dobj")
        and noun.head.pos_ in ("VERB", "AUX")
        and not saying(noun.head)
    )


def _said_content(sent: Span) -> list[tuple[int, int]]:
    """Character ranges, from the sentence's start, of the clauses its verbs
    of saying report (their `ccomp`): what a speaker said. A clause before
    the verb counts only when a quote mark or comma sets it off: a country's
    possessive written without its apostrophe before "state run TV said"
    parses as a clause, but it is the speaker's own name (compare_extract,
    fakes:1914947539)."""
    ranges = []
    for verb in sent:
        if verb.pos_ == "VERB" and saying(verb):
            for clause in verb.children:
                end = clause.right_edge
                if clause.dep_ == "ccomp" and (clause.i > verb.i or _set_off(sent.doc[end.i + 1 : verb.i])):
                    ranges.append(
                        (clause.left_edge.idx - sent.start_char, end.idx + len(end) - sent.start_char)
                    )
    return ranges


def _set_off(between: Span) -> bool:
    """Whether the words between a fronted clause and its verb of saying
    start with a quote mark or comma."""
    return len(between) > 0 and between[0].is_punct


def _remember_named(subject: Span, claimant: str | None, context: ClaimantContext) -> None:
    """A person the apposition says speaks for a body ("Mahmoud X, spokesman
    for the civil defence, said") speaks for it when named again ("X said")."""
    if claimant is None:
        return
    names = [e.text for e in span_ents(subject) if e.label_ == "PERSON"]
    words = [t for t in subject if t.pos_ != "DET"]
    if words and all(t.pos_ == "PROPN" for t in words):
        names.append(" ".join(t.text for t in words))  # a name the tagger missed
    for name in names:
        context.remember_person(name, claimant)


def _remember_reporters(sent: Span, context: ClaimantContext) -> None:
    """Organisations a relative clause of the sentence has report or say its
    own object ("… where the government reported a chemical attack"): not the
    sentence's speaker, but whom a later "it said" may stand for."""
    for verb in sent:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in SAY_LEMMAS and _says_its_object(verb):
            child = speaker_child(verb)
            if child is None or child.lower_ in claimant_cues().anaphors:
                continue
            limit, context.limit = context.limit, child.idx
            name = canonical_claimant(subject_span(child).text, context)
            context.limit = limit
            if name is not None and not name.islower():
                context.reporters.append((child.idx, name))
