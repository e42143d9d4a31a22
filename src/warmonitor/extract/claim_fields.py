"""The fields every claim fills from its sentence: the claim model built
through pydantic's validation, the place reference, and the date the sentence
tells (a day of saying is no day of the happening).

Helpers: validated_claim, place_ref, dates_in, date_ref, _day_of_saying; moved here
from extract/components.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise
from typing import Any, TypeVar

from pydantic import BaseModel
from spacy.tokens import Doc, Span

from warmonitor.extract import attribution, dates
from warmonitor.extract.claims import DateRef, PlaceRef
from warmonitor.extract.mentions import PlaceMention, span_covers

ClaimT = TypeVar("ClaimT", bound=BaseModel)


def validated_claim(model: type[ClaimT], **fields: Any) -> ClaimT:
    """Build a claim through validation, so a field outside its vocabulary fails loudly."""
    return model.model_validate(fields)


def place_ref(mention: PlaceMention) -> PlaceRef:
    """A claim's place (PlaceRef: name as shown, lat/lon, admin1, country,
    geonameid, pcode, precision) from the gazetteer entry a mention resolved to;
    `gazetteer_name` only where the report's spelling differs from the entry's."""
    p = mention.place
    return PlaceRef.model_validate(dict(
        name=p.shown, lat=p.lat, lon=p.lon, admin1=p.admin1, country=p.country_name or p.country,
        geonameid=p.geonameid, pcode=p.pcode, precision=mention.precision,
        gazetteer_name=p.name if p.name != p.shown else None, feature=p.feature,
    ))  # fmt: skip


def dates_in(sent: Span) -> list[dates.DateMention]:
    """The report's dates wholly inside a sentence, in order. `find_dates`
    gives them sorted by start, so the sentence's are found by bisection:
    testing every date of the Doc for every figure cost a table of tolls
    (a date and two figures a row) the square of its rows."""
    mentions: list[dates.DateMention] = sent.doc._.dates or []
    cached = sent.doc.user_data.get("wm_date_starts")
    if cached is not None and cached[0] is mentions:
        starts = cached[1]
    else:
        starts = [m.span[0] for m in mentions]
        if any(a > b for a, b in pairwise(starts)):
            return [m for m in mentions if span_covers(sent, *m.span)]
        sent.doc.user_data["wm_date_starts"] = (mentions, starts)
    first, last = bisect_left(starts, sent.start_char), bisect_right(starts, sent.end_char)
    return [m for m in mentions[first:last] if span_covers(sent, *m.span)]


_YEAR_OPENS = 25  # characters: "In 1998", "By the end of 1972", after a word or two


def date_ref(sent: Span) -> DateRef | None:
    """The sentence's first date; where the sentence names a past year ("on
    Friday, in 1972"), the first date in that year, a day before the year
    alone: a weekday read against publication never takes a claim out of it."""
    # A year opening the sentence sets its time ("In 1998, on a Tuesday, ...");
    # one further on is mostly a clause of history ("entered the city on
    # Friday, the first time since it was retaken in 2016") and dates nothing.
    mentions = [
        m for m in dates_in(sent)
        if not (m.year_only or m.month_only)
        or ((_month_dates(sent, m) if m.month_only else m.span[0] - sent.start_char < _YEAR_OPENS)
        and not _in_noun_clause(sent.doc, m))
    ]  # fmt: skip
    if any(m.precision == 1 and not m.since for m in mentions):
        # "reported in May that troops were killed after the town fell on 22
        # May": the day is the happening's, the month only frames it
        mentions = [m for m in mentions if not m.month_only]
    years = {m.start.year for m in mentions if m.year_only}
    if years:
        mentions = sorted((m for m in mentions if m.start.year in years), key=lambda m: m.year_only)
    if len(mentions) > 1:
        # "Forces confirmed today the arrest of a leader in a raid on Friday",
        # "the group said on Thursday that five were killed on Wednesday": the
        # day of the saying is when it was told, the other the happening's.
        # Only a day can take the saying's place: "said on Tuesday that the
        # road has been cut since fighting worsened last week" is Tuesday's news.
        told = [m for m in mentions if not _day_of_saying(sent.doc, m)]
        if any(m.precision == 1 and not m.since for m in told):
            mentions = told
    for mention in mentions:
        return DateRef.model_validate(
            {"start": mention.start, "end": mention.end, "precision": mention.precision}
        )
    return None


def said_only(sent: Span) -> bool:
    """Whether every date the sentence gives is a day of saying ("Among
    those killed were three children, it said Friday"): the sentence tells
    when the count was told, not when its dead were killed."""
    mentions = dates_in(sent)
    return bool(mentions) and all(
        m.precision == 1 and not m.since and _day_of_saying(sent.doc, m) for m in mentions
    )


_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)


def _month_dates(sent: Span, mention: dates.DateMention) -> bool:
    """Whether a month named alone dates its sentence: wherever it stands
    when it has no year ("the rebels took the town in April"), only opening
    it when it has one ("In March 2014, ..."; "a war that began in March
    2011" is history's, like a year alone). In a sentence of "since" ("under
    siege since the truce collapsed in September", "broke in in June and has
    since held") it starts a running state, no happening of that month."""
    if _SINCE.search(sent.text):
        return False
    has_year = any(ch.isdigit() for ch in mention.text)
    return not has_year or mention.span[0] - sent.start_char < _YEAR_OPENS


# Dependencies of a clause that describes a noun ("Hamas, founded in 1987,",
# "the group, which was formed in 2009,"): what it dates is that noun's past.
_NOUN_CLAUSES = frozenset({"acl", "relcl"})


def _in_noun_clause(doc: Doc, mention: dates.DateMention) -> bool:
    """Whether a year stands inside a clause describing a noun ("Hamas,
    founded in 1987, said its fighters killed 12 soldiers on Tuesday"): it
    dates that clause only, never the sentence's claims."""
    span = doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span.root
    while token.head.i != token.i:  # up to the sentence's root
        if token.dep_ in _NOUN_CLAUSES:
            return True
        token = token.head
    return _reduced_participle(doc, span)


_PARTICIPLES = frozenset({"VBN", "VBD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _reduced_participle(doc: Doc, span: Span) -> bool:
    """Whether the date is the phrase of a participle with no auxiliary that
    opens the sentence ("Founded in October the alliance has seized ...") or
    follows a noun it is not told of as a subject ("a truce agreed in
    February", "the ceasefire signed in March"): a clause of that noun's
    past, whatever the parse attached it to (it read "a breach of the
    ceasefire agreed in February" as the breach agreeing)."""
    if span.start < 2 or doc[span.start - 1].lower_ != "in":
        return False
    verb = doc[span.start - 2]
    if verb.tag_ not in _PARTICIPLES or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.i == verb.sent.start:
        return verb.tag_ == "VBN" and verb.dep_ != "ROOT"
    before = doc[verb.i - 1]
    subjects = {c.i for c in verb.children if c.dep_ in _SUBJECTS}
    return before.pos_ in ("NOUN", "PROPN") and before.i not in subjects and verb.dep_ != "ROOT"


_DATE_TO_VERB = 2  # prepositions from a date to its verb: "Thursday" -> "on" -> "said"


def _day_of_saying(doc: Doc, mention: dates.DateMention) -> bool:
    """Whether a date hangs on a verb of saying ("said on Thursday",
    "confirmed today"): the day something was told, not the day it happened."""
    span = doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span.root.head
    # through its preposition ("on Thursday"), not a noun ("the death of two
    # men Sunday" tells the death's day, whatever verb the noun hangs on)
    for _ in range(_DATE_TO_VERB):
        if token.pos_ != "ADP" or token.head.i == token.i:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX") or token.i == span.root.i:
        return False
    # "sixteen air strikes were reported late Saturday": a passive tells the
    # happening's day, no speaker's
    return attribution.saying(token) and not any(c.dep_ == "auxpass" for c in token.children)
