"""What the components share about a Doc: its text and sentences, the place
mentions the places component leaves, and the cue lists read beside them.

Public: PlaceMention, PLACE_LABELS, claim_places (the places a claim may be
about), tag_runs (runs of tag-like words a place name in them is no place of).
The underscored helpers (doc_text, doc_sentences, span_covers, by_sentence, beside_cues,
place_ents, places_named, dateline_end, lower_country_names, ...) are shared by the
claim modules and extract/components.py; moved here from components.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any, TypeVar

from spacy.tokens import Doc, Span

from warmonitor.extract.actors import ActorMention, force_nouns, load_actors
from warmonitor.extract.claims import CasualtyClaim, EventClaim
from warmonitor.extract.cue_data import data_rows
from warmonitor.extract.gazetteer import PlaceCandidate, load_gazetteer
from warmonitor.extract.gazetteer import lower_country_names as lower_country_names

PLACE_LABELS = {"GPE", "LOC", "FAC"}


@dataclass(frozen=True)
class PlaceMention:
    place: PlaceCandidate
    start: int
    end: int
    precision: int


def doc_text(doc: Doc) -> str:
    """The Doc's text, made once: spaCy joins its tokens again on every `doc.text`."""
    text: str | None = doc._.wm_text
    if text is None:
        text = doc._.wm_text = doc.text
    return text


def span_ents(span: Span) -> list[Span]:
    """`span.ents` (the Doc's entities wholly inside the span, in order) from
    the Doc's entities read once: spaCy's `Span.ents` builds a Span for every
    entity of the whole Doc on each call, and the components ask it of many
    sentences. Read after the model's entities are set (our components run
    after `ner` and never change them)."""
    doc = span.doc
    cached: tuple[list[Span], list[int]] | None = doc.user_data.get("wm_ents")
    if cached is None:
        ents = list(doc.ents)
        cached = doc.user_data["wm_ents"] = (ents, [e.start for e in ents])
    ents, starts = cached
    found = []
    for ent in ents[bisect_left(starts, span.start) :]:
        if ent.end > span.end:
            break  # as spaCy's: the first entity past the span's end closes the list
        found.append(ent)
    return found


def doc_sentences(doc: Doc) -> list[tuple[Span, str]]:
    """The Doc's sentences with their texts, made once for all components
    (`doc.sents` and `Span.text` build a Python object per token each time)."""
    found: list[tuple[Span, str]] | None = doc._.wm_sentences
    if found is None:
        text = doc_text(doc)
        found = doc._.wm_sentences = [(s, text[s.start_char : s.end_char]) for s in doc.sents]
    return found


@lru_cache(maxsize=512)  # the places and the actors components of one batch ask for the same texts
def dictionary_actors(text: str) -> tuple[ActorMention, ...]:
    """The actor dictionary's mentions in a text, in order (each with its char
    span and Actor); cached, several components ask for the same text."""
    return tuple(load_actors().find(text))


# A capitalised word that may be a demonym ("Syrian", "Congolese"); the
# gazetteer's demonyms say which are.
ADJECTIVE = re.compile(r"\b[A-Z][a-z]+(?:n|i|e|ese|ian|ish)\b")


def claim_places(doc: Doc) -> list[PlaceMention]:
    """The report's places less those named in its dateline or an outlet's
    tag line: where the copy was filed and the topics it is filed under
    place no claim and set no sentence's country."""
    aside = doc.user_data.get("wm_aside_places") or frozenset()
    return [m for m in doc._.places or [] if m.start not in aside]


def tag_runs(text: str) -> list[tuple[int, int]]:
    """The spans of an outlet's tag lines: after the marker, up to `_tags_end`."""
    return [(tags.end(), _tags_end(text, tags.end())) for tags in beside_cues().tag_line.finditer(text)]


_TAG_WORD = re.compile(r"\S+")


def _tags_end(text: str, start: int) -> int:
    """Where an outlet's list of topic words ends: at the first preposition
    or article ("Tags Syria Aleppo Russia airstrikes At least 30 people were
    killed in ..." ends at "At"), a sentence's end, or 300 characters on. The
    topics are content words; the story's first sentence soon needs one."""
    limit = min(len(text), start + 300)
    for word in _TAG_WORD.finditer(text, start, limit):
        if word.group().lower().strip(".,:;") in LEAD_WORDS or word.group().endswith("."):
            return word.start()
    return limit


@dataclass(frozen=True)
class _BesideCues:
    street: re.Pattern[str]
    neighbour: re.Pattern[str]
    seat: re.Pattern[str]  # "a watchdog based in The Hague": any place an organisation sits in
    broadcaster: re.Pattern[str]  # "the TV channel Al Mayadeen": a channel's name, not the town
    force: re.Pattern[str]
    attack_verbs: frozenset[str]
    stance_verbs: frozenset[str]
    deal_verbs: frozenset[str]
    ally_nouns: frozenset[str]
    tag_line: re.Pattern[str]
    reference: re.Pattern[str]
    facility: re.Pattern[str]
    leader_before: re.Pattern[str]
    kin_after: re.Pattern[str]
    institution: re.Pattern[str]
    name_list: re.Pattern[str]
    outlet_words: frozenset[str]
    stance_prefix: re.Pattern[str]
    settlement_after: frozenset[str]  # "in Bonn Hanjan village": a longer name's first word


@lru_cache(maxsize=1)
def beside_cues() -> _BesideCues:
    """data/gazetteer/not_the_place.csv and data/actors/force_nouns.csv, compiled once."""
    words = {row["kind"]: row["words"].split("|") for row in data_rows("gazetteer", "not_the_place.csv")}

    def alternation(items: Any) -> str:
        return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))

    return _BesideCues(
        # A newspaper named after its city ("the Jerusalem Post") is no more the place than a street.
        street=re.compile(rf"^\s+(?:{alternation(words['street'] + words['outlet'])})\b"),
        neighbour=re.compile(rf"\b(?:{alternation(words['neighbour'])})\s+(?:the\s+)?$", re.I),
        seat=re.compile(rf"\b(?:{alternation(words['seat'])})\s+(?:the\s+)?$", re.I),
        broadcaster=re.compile(rf"\b(?:{alternation(words['broadcaster'])})\s+(?:the\s+)?$", re.I),
        force=re.compile(rf"^(?:'s)?\s+(?:{alternation(force_nouns())})\b", re.I),
        attack_verbs=frozenset(words["attack_verb"]),
        stance_verbs=frozenset(words["stance_verb"]),
        deal_verbs=frozenset(words["deal_verb"]),
        ally_nouns=frozenset(words["ally_noun"]),
        tag_line=re.compile(rf"(?<![\w-])(?:{alternation(words['tag_line'])})(?![\w-])"),
        reference=re.compile(rf"\b(?:{alternation(words['reference'])})\s+(?:the\s+)?(?:capital\s+)?$", re.I),
        facility=re.compile(rf"^\s+(?:{alternation(words['facility'])})\b", re.I),
        leader_before=re.compile(rf"\b(?:{alternation(words['leader_before'])})\s+$", re.I),
        # "Gilbert and brother Ronald X": a given name with a kinsman named after it is a person
        kin_after=re.compile(
            rf"\s+and\s+(?:his\s+|her\s+|their\s+)?(?:{alternation(words['kin_after'])})\s+[A-Z]"
        ),
        institution=re.compile(
            rf"\b(?:{alternation(words['institution'])})\s+of\s+(?:the\s+)?"
            r"(?P<region>[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*)?)\s*[-\u2010\u2013,]\s*(?P<town>[A-Z][\w']*)"
        ),
        # "were identified as Anwar, Ghazi and X": the names listed so far, up to
        # the one read; "X of Tunisia": a listed man's home, no place of the event
        name_list=re.compile(
            rf"\b(?:{alternation(words['name_list'])})\s+"
            rf"(?:{_LISTED_NAME}\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+of\s+))*$"
        ),
        # "Post correspondents": a newspaper's short name standing alone
        outlet_words=frozenset(words["outlet"]),
        # "pro-Damascus media": a stance toward the government seated there
        stance_prefix=re.compile(rf"(?<![\w-])(?:{alternation(words['stance_prefix'])})-$"),
        settlement_after=frozenset(words["settlement_after"]),
    )


# One person's name in a list: up to four capitalised words, an age in brackets after.
_LISTED_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}(?:\s*\(\d+\))?"


def in_a_name_list(text: str, start: int) -> bool:
    """Whether the name at `start` is one of a list of people's names
    ("the dead were identified as X, Y and Z": not_the_place.csv `name_list`)."""
    return beside_cues().name_list.search(text[max(0, start - 160) : start]) is not None


# Words that may open a name's sentence or clause without being part of it.
LEAD_WORDS = frozenset({
    "in", "at", "on", "near", "from", "to", "of", "by", "for", "into", "and", "or", "but", "the",
    "a", "as", "with", "outside", "around", "toward", "towards", "inside", "across", "between",
    "after", "before", "during", "while", "when", "where", "since",
})  # fmt: skip


def pointed_countries(text: str) -> set[str]:
    """The countries a report's adjectives point to ("a Turkish border
    town"). A name found only in one country does not point there: "al-Jadida"
    alone is El Jadida, Morocco, whatever the report is about."""
    gazetteer = load_gazetteer()
    return {c for m in ADJECTIVE.finditer(text) if (c := gazetteer.demonyms.get(m.group(0)))}


def span_covers(span: Span, start: int, end: int) -> bool:
    """Whether the char offsets [start, end) of the Doc lie wholly inside a span."""
    return span.start_char <= start and end <= span.end_char


MentionT = TypeVar("MentionT", PlaceMention, ActorMention)


def by_sentence(mentions: list[MentionT], sentences: list[tuple[Span, str]]) -> list[list[MentionT]]:
    """Each sentence's mentions (those wholly inside it), in the mentions' order.
    Mentions come sorted by start, so each sentence's are found by bisection
    rather than by testing every mention against every sentence."""
    starts = [m.start for m in mentions]
    if any(a > b for a, b in pairwise(starts)):
        return [[m for m in mentions if span_covers(sent, m.start, m.end)] for sent, _text in sentences]
    grouped = []
    for sent, _text in sentences:
        lo, hi = sent.start_char, sent.end_char
        first, last = bisect_right(starts, lo - 1), bisect_right(starts, hi)
        grouped.append([m for m in mentions[first:last] if m.end <= hi])
    return grouped


def places_named(
    doc: Doc,
    sentences: list[tuple[Span, str]],
    sentence_of: list[int],
    claims: Sequence[CasualtyClaim | EventClaim],
) -> list[frozenset[str]]:
    """For each claim, the places its sentence names, resolved or not
    ("Shah Wali Kot district" is a place even where the gazetteer lacks it),
    and its own place: two tellings at no common place are two incidents."""
    named: dict[int, set[str]] = {}
    # The doc's place entities once, by first token: a Span's `ents` walks all
    # of the doc's, which per sentence took the square of a figure-dense text.
    ents = place_ents(doc)
    ent_starts = [start for start, _end, _text in ents]
    for k in set(sentence_of):
        sent = sentences[k - 1][0]
        first = bisect_left(ent_starts, sent.start)
        last = bisect_left(ent_starts, sent.end, lo=first)
        named[k] = {_quarter(doc, start, name) for start, end, name in ents[first:last] if end <= sent.end}
    return [
        frozenset(named[k] | ({c.place.name.lower()} if c.place else set()))
        for k, c in zip(sentence_of, claims, strict=True)
    ]


_QUARTERS = frozenset(
    ("northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
     "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western")
)  # fmt: skip


def _quarter(doc: Doc, start: int, name: str) -> str:
    """A country named with its quarter ("eastern Syria") is that quarter,
    for telling two incidents apart: a market bombed in eastern Syria last
    Monday is no retelling of one in Idlib, northern Syria, though both
    sentences name Syria."""
    before = doc[start - 1].lower_ if start > 0 else ""
    return f"{before} {name}" if before in _QUARTERS and name in lower_country_names() else name


_PLACE_UNITS = frozenset(
    ("city", "town", "village", "province", "district", "governorate", "region", "county")
)


def place_ents(doc: Doc) -> list[tuple[int, int, str]]:
    """The doc's place entities (first token, end token, lower-case text),
    read once for the retellings and the incidents."""
    ents: list[tuple[int, int, str]] | None = doc.user_data.get("wm_place_ents")
    if ents is None:
        text = doc_text(doc)
        ents = doc.user_data["wm_place_ents"] = [
            (e.start, e.end, text[e.start_char : e.end_char].strip().lower())
            for e in doc.ents
            if _names_a_place(e.label_, text, e.end_char) and not in_a_name_list(text, e.start_char)
        ]
    return ents


# "Iran-backed militias", "a Britain-based monitor": a name describing an
# actor, not a place where something happened. Copy that drops hyphens
# writes "the UK based Syrian Observatory"; "based" alone after a name is
# that too ("troops in Idlib led by ..." keeps its place). A name made a
# manner or a period ("Korea-era rifles", "Chechen-style separatism",
# "Kalashnikov-type guns") is no place either: nothing happened there.
# Tokenised copy spaces the hyphen out ("Korea - era rifles").
ATTRIBUTIVE = re.compile(
    r"^(?:-| - )(?:backed|based|led|born|linked|allied|aligned|sponsored|supported|funded"
    r"|era|style|type|vintage|inspired|like)\b|^\s+based\b",
    re.I,
)


def _names_a_place(label: str, text: str, end: int) -> bool:
    """A place entity, or a name the model took for a person or a body that a
    unit word follows ("Shah Wali Kot district"; the entity ends at `end`).
    A name describing an actor ("the Britain-based monitor said") names no
    place of the sentence: it would end the incident told before it."""
    if ATTRIBUTIVE.match(text[end : end + 16]):
        return False
    if label in PLACE_LABELS:
        return True
    following = text[end : end + 16].split(maxsplit=1)
    return bool(following) and following[0].lower() in _PLACE_UNITS


# "KABUL, Afghanistan (AP) —", "Kabul, May 3 (Reuters) -", "Mogadishu:": a
# place (and its country or the day) opening the report, then a dash or colon.
_DATELINE = re.compile(
    r"^\s*[A-Z][\w'\u2019.-]*(?:\s[A-Z][\w'\u2019.-]*){0,2}"
    r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?:\s\d{1,2})?(?:,?\s\d{4})?)?"
    r"\s*(?:\([^()\n]{1,40}\))?\s*(?:[-\u2013\u2014]+|:)\s"
)


# A wire dateline opening a line under a release's heading ("Regional Command
# North / ... Task Force / KUNDUZ, Afghanistan (July 17, 2011) -"), or after a
# line separator: its place in capitals, the day in brackets, a dash or a line
# end after them.
_LINE_DATELINE = re.compile(
    r"(?:^|(?<=\u2028))[ \t]*[A-Z][A-Z'\u2019.-]+(?:[ /][A-Z][A-Z'\u2019.-]+){0,3}"
    r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*\([^()\n]{1,40}\)[ \t]*(?:[-\u2013\u2014]+\s|:\s|\n)",
    re.MULTILINE,
)
_HEADING_REACH = 400  # characters: a release's heading lines above its dateline


def dateline_end(text: str) -> int:
    """Where the report's dateline ends (0 if it has none): at the text's
    head, or opening a line under a release's heading."""
    found = _DATELINE.match(text[:120]) or _LINE_DATELINE.search(text[:_HEADING_REACH])
    return found.end() if found else 0
