"""Carrying an incident's date and place between sentences: the incident each
sentence tells (its date and place, or the ones before it), control claims
filled from that context, a launch site told just before, days counted off an
anchor date, and takers told in an earlier sentence.

Helpers used by the control component (extract/components.py): _incident,
_incidents, from_context, _launch_site_before, days_off_the_anchor,
takers_told_before; moved here from components.py.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from warmonitor.extract import (
    attribution,
    charges,
    day_offsets,
    finest,
    heads,
    launch_points,
    person_frames,
    place_cues,
)
from warmonitor.extract.account_source import names_the_attack, same_attack
from warmonitor.extract.actors import capital_country
from warmonitor.extract.claim_fields import date_ref, dates_in, place_ref, said_only
from warmonitor.extract.claims import CasualtyClaim, ControlClaim, DateBasis, DateRef
from warmonitor.extract.cue_data import pattern_data
from warmonitor.extract.gazetteer import fold
from warmonitor.extract.mentions import (
    PlaceMention,
    by_sentence,
    claim_places,
    dateline_end,
    doc_sentences,
    doc_text,
    lower_country_names,
    place_ents,
    span_ents,
)
from warmonitor.extract.place_choice import city_of_part, not_origins, unit_named


@dataclass(frozen=True)
class _Incident:
    """What a sentence tells of its incident's time and place: its own date,
    else the one of the incident it goes on telling (`basis` says which); and
    the place its claims fall back on when it names none."""

    date: DateRef | None
    basis: DateBasis | None
    place: PlaceMention | None


def _incident(sent: Span) -> _Incident:
    """The sentence's incident context (`_incidents`), made once a report."""
    return incidents(sent.doc).get(sent.start_char, _Incident(date_ref(sent), "text", None))


def _incidents(doc: Doc) -> dict[int, _Incident]:
    """Each sentence's incident context, by its start. A sentence with no
    date of its own that goes on telling the incident of the sentence before
    (it names no place, or only places that sentence's incident named, and
    opens no new item: "Meanwhile", "In a separate attack", "Three more ...",
    the carried source's notion, attribution.opens_new_item; nor ties it to
    an earlier happening, heads.tells_a_sequel) takes that
    incident's date, as a reader does ("... killed on Monday in Douma. Rescue
    workers pulled 11 bodies from the rubble."); a sentence with no place
    takes its place the same way. A new place without a date, or a new item,
    ends the incident: what follows is dated by the report alone. A part of
    a city the gazetteer lacks ("the Markets area") is in the city named
    before it."""
    sentences = doc_sentences(doc)
    text = doc_text(doc)
    dateline = dateline_end(text)
    countries = lower_country_names()
    ents = place_ents(doc)
    ent_starts = [start for start, _end, _name in ents]
    found: dict[int, _Incident] = {}
    date_was: DateRef | None = None
    names_were: frozenset[str] = frozenset()
    place_was: PlaceMention | None = None
    for (sent, sent_text), places in zip(sentences, by_sentence(doc._.places, sentences), strict=True):
        # A country ("in Syria") or the dateline's town names no new incident;
        # a town the gazetteer lacks ("In Saqba ...") does, as the parse names it.
        # A capital that speaks for its government ("Moscow and Damascus had
        # rejected a plea") is no incident's place for the sentences after it.
        own = not_origins(doc, [p for p in places if p.place.feature != "country" and p.start >= dateline])
        # "The concern in Washington is ...": a foreign capital in a report on
        # another country's war is its government's seat, told of for its
        # policy; the sentences after it go on with no place of it
        own = [p for p in own if not _foreign_capital(text, p, doc._.country)]
        first = bisect_left(ent_starts, sent.start)
        named = {
            name
            for start, end, name in ents[first : bisect_left(ent_starts, sent.end, lo=first)]
            # ("the Britain-based Observatory" is no name here: place_ents
            # leaves out a name an actor's "-based" describes)
            if end <= sent.end and name not in countries and doc[start].idx >= dateline
        }
        names = frozenset({text[p.start : p.end].lower() for p in own} | named)
        # "struck posts in the areas of Kfar Hamam and Rashaya": places the
        # gazetteer lacks, read by the model as persons, end the town told
        # before (not its day: "That bombardment near the village of X")
        unlisted = _unlisted_names(doc, sent) - names_were
        # "In Baramulla, militants attacked ...": a new place the gazetteer lacks
        opening = _opening_place(doc, sent)
        new_opening = opening is not None and opening not in names_were and not own
        when = date_ref(sent)
        # The parse is read only where it can matter: a sentence naming a new
        # place goes on with nothing, whatever its opener.
        goes_on = (
            (not names or names <= names_were)
            and (date_was is not None or place_was is not None or bool(names))
            and not attribution.opens_new_item(sent)
            and not heads.tells_a_sequel(sent)
        )
        # a region told before still holds the unlisted village; a town does not
        town_was = place_was is not None and place_was.place.feature in ("city", "village")
        # "In Kandahar yesterday, ... in the Arghandab district": the finer place told
        own = finest.finest_first(own, unit_named=lambda m: unit_named(text, m))
        place = (
            own[0]
            if own
            else place_was
            if goes_on and not (unlisted and town_was) and not new_opening
            else None
        )
        if not own and (place is None or finest.is_area(place.place)):
            # "mortar rounds hit a square in the centre of the city": the city
            # named before, not an area told in between
            place = city_of_part(sent.start_char, sent_text, doc._.places, dateline) or place
        told_later = _told_later(sent, when, date_was) if goes_on else False
        if when is not None and not told_later:
            current = _Incident(when, "text", place)
        elif goes_on and date_was is not None:
            current = _Incident(date_was, "context", place)
        else:
            current = _Incident(None, None, place)
        found[sent.start_char] = current
        # "blamed for Sunday's car bomb": a charge's day dates no sentence after it
        charged_day = when is not None and all(charges.charged_at(doc, m.span[0]) for m in dates_in(sent))
        # "Soldiers drive past the ruins in April. Two airmen were killed ...":
        # a past month named alone is background; the undated news after it
        # is not of that month.
        month_alone = when is not None and any(m.month_only and m.start == when.start for m in dates_in(sent))
        if person_frames.opens_naming_by_the_act(sent) and place_was is not None:
            # "The arrested leader had run attacks in Logar": his past, not the
            # operation's place, which the sentences after it go on telling
            continue
        date_was = None if month_alone else date_was if charged_day else current.date
        place_was = current.place
        names_were = names | names_were if goes_on else names
    return found


def _told_later(sent: Span, when: DateRef | None, date_was: DateRef | None) -> bool:
    """ "The missile hit on Thursday evening. Among the dead were three
    children, it said Friday, blaming IS for the attack": a sentence going on
    with a dated incident, whose only day is a later day of saying and which
    names the attack again with its article, tells when the count was told;
    its dead keep the incident's day. "On Tuesday the opposition said 80
    were killed in a chemical attack" (no day before it is earlier) and
    "Three died in barrel bombs, the monitor said Saturday" after a truce
    announced on Thursday (no attack named again) keep the day of saying."""
    if when is None or date_was is None or date_was.start >= when.start:
        return False
    return said_only(sent) and names_the_attack(sent)


def _foreign_capital(text: str, mention: PlaceMention, focus: str | None) -> bool:
    """Whether a place is the capital of a country other than the report's
    (`focus`), named by the capital's name ("Washington", "Moscow")."""
    country = capital_country(text[mention.start : mention.end], possessive=False)
    return focus is not None and country is not None and country == mention.place.country != focus


@cache
def _opening_preps() -> frozenset[str]:
    return frozenset(pattern_data("events.json")["opening_place"]["preps"])


def _opening_place(doc: Doc, sent: Span) -> str | None:
    """The proper name a sentence opens on after a preposition of place ("In
    Baramulla, ...": events.json `opening_place`), lower-case, when it is no
    actor's name and no day; None otherwise."""
    first = sent[0]
    if first.lower_ not in _opening_preps():
        return None
    obj = next((c for c in first.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ in ("DATE", "TIME", "NORP"):
        return None
    name = doc[obj.left_edge.i : obj.i + 1]
    if any(name.start_char <= m.start < name.end_char for m in doc._.actors or []):
        return None
    return name.text.lower()


def _unlisted_names(doc: Doc, sent: Span) -> frozenset[str]:
    """Names in the sentence the model took for a person or a body that
    follow words only a place follows ("the areas of X", "the village of X":
    text_place_cues.csv `place_lead`), lower-case."""
    text = doc_text(doc)
    return frozenset(
        text[e.start_char : e.end_char].lower()
        for e in span_ents(sent)
        if e.label_ in ("PERSON", "ORG", "NORP") and place_cues.follows_a_place_lead(text, e.start_char)
    )


def _taker_untold(doc: Doc, char: int) -> bool:
    """Whether the cue at `char` tells no taker in its own words, known to the
    actors or not: "the capture of Palmyra" and "Palmyra was captured" do;
    "the regimes capture of the district" (an apostrophe dropped) and "a
    convoy entered" name one."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span[0]
    if token.pos_ == "NOUN":
        return all(c.dep_ in ("det", "prep", "punct") for c in token.children)
    return not any(c.dep_ in ("nsubj", "agent") for c in token.children)


def takers_told_before(doc: Doc) -> None:
    """ "Palmyra fell to IS on 22 May ... The capture of Palmyra has raised
    concern": a gain of a place told again with no taker named is the gain of
    it the report told before, by the same taker."""
    takers: dict[tuple[str, int | None], ControlClaim] = {}
    for i, claim in enumerate(doc._.claims):
        if not isinstance(claim, ControlClaim) or claim.change != "gained" or claim.place is None:
            continue
        # "al-Mallah Farms" told again as "Mallah Farms": one place the gazetteer lacks
        key = (fold(claim.place.name), claim.place.geonameid)
        if claim.actor is not None:
            takers.setdefault(key, claim)
        elif key in takers and _taker_untold(doc, claim.span[0]):
            told = takers[key]
            doc._.claims[i] = claim.model_copy(update={"actor": told.actor, "allies": list(told.allies)})


def from_context(doc: Doc) -> None:
    """Claims whose sentence gives no date or place take them from the
    incident their sentence goes on telling (`_incidents`: `date_basis`
    "context"); a claim still undated is the report's news of its own day
    (reconcile counts it on that day, and analysts read it so): the report's
    day, its dateline's where the text carries one, `date_basis` "report", so
    the inference stays visible. A toll told as background keeps no date: it
    is no news of the day. Runs last, after the retellings were linked on what
    their own sentences say and shared their days (a twin's day wins)."""
    published: date | None = doc._.published
    if published is None or not doc._.claims:
        return
    day = DateRef(start=published, end=published, precision=1)
    told = _told_day(doc)
    sentences = doc_sentences(doc)
    starts = [s.start_char for s, _ in sentences]
    ahead = _day_after_lead(doc, sentences)
    for i, claim in enumerate(doc._.claims):
        if getattr(claim, "scope", None) == "historical":
            continue
        sentence = sentences[bisect_right(starts, claim.span[0]) - 1][0]
        incident = _incident(sentence)
        # its own sentence's day was a day of saying, given way to the incident's
        said = claim.date is not None and claim.date_basis == "text" and incident.basis == "context"
        # Only incidents and events take a place from context: a running toll
        # is of its own span and places, and a control claim always has one.
        wants_place = (
            claim.kind != "control"
            and claim.place is None
            and getattr(claim, "scope", "incident") == "incident"
        )
        if claim.date is not None and not wants_place and not said:
            continue
        update: dict[str, Any] = {}
        if claim.date is None or said:
            if incident.date is not None:
                update.update(date=incident.date, date_basis=incident.basis)
            elif told is None and ahead is not None and claim.span[0] < ahead[0]:
                update.update(date=ahead[1], date_basis="context")
            else:
                update.update(date=told or day, date_basis="context" if told else "report")
        # A place of the claim's own sentence was already weighed by the claim's
        # rules ("Eight killed across the district, five of them in X": the
        # whole is not at X); only a place carried from before is new to it.
        carried = incident.place is not None and not (
            sentence.start_char <= incident.place.start < sentence.end_char
        )
        launched = (
            _launch_site_before(doc, sentences, bisect_right(starts, claim.span[0]) - 1)
            if wants_place and claim.kind == "event" and launch_points.strikes_launch_point(sentence)
            else None
        )
        if launched is not None:
            # "... fired from Lebanon toward Shlomi. Tanks hit the sources of
            # the fire": the strike is where the fire came from, not the town aimed at
            update["place"] = place_ref(launched)
        elif wants_place and carried and incident.place is not None:
            update["place"] = place_ref(incident.place)
        if update:
            doc._.claims[i] = claim.model_copy(update=update)


def _told_day(doc: Doc) -> DateRef | None:
    """The day a report's undated news is of when it is not the report's own."""
    history: date | None = doc._.wm_history_day
    # A text told as history ("Friday, 21 July 1972, a day that became known
    # as ..." in a page read forty years on): its undated news is of the day
    # it opens on, never the day the page was read.
    if history is not None:
        return DateRef(start=history, end=history, precision=1)
    # A wire release's undated news, its headline among it, is of the day its
    # lead tells (dates.lead_day), not the day it was written.
    lead: date | None = doc._.wm_lead_day
    return DateRef(start=lead, end=lead, precision=1) if lead is not None else None


def news_day(doc: Doc, found: dict[int, _Incident], sent: Span) -> DateRef | None:
    """The day `from_context` will give an undated claim of a sentence past
    the lead that goes on with no dated incident (`found`, from
    `_incidents`): the day the report's undated news is of. None where the
    sentence carries an incident's day: a carried day is weaker than a later
    telling's own ("an operation yesterday ... a precision airstrike", then
    a later release's "the airstrike ... Friday" of the same strike)."""
    incident = found.get(sent.start_char)
    published: date | None = doc._.published
    if published is None or (incident is not None and incident.date is not None):
        return None
    return _told_day(doc) or DateRef(start=published, end=published, precision=1)


def incidents(doc: Doc) -> dict[int, _Incident]:
    """Each sentence's incident context (`_incidents`), made once a report:
    the event linking asks it before `from_context` does, and nothing it
    reads (places, dates, sources) changes in between."""
    found: dict[int, _Incident] | None = doc.user_data.get("wm_incidents")
    if found is None:
        found = doc.user_data["wm_incidents"] = _incidents(doc)
    return found


# Sentences after the lead that may still tell the lead's happening its day:
# the one right after it, or the next when the one between has no date.
_AFTER_LEAD = 2
_DAYS_BACK = 7  # a weekday read against publication reaches a week back


def _day_after_lead(doc: Doc, sentences: list[tuple[Span, str]]) -> tuple[int, DateRef] | None:
    """(where, day): the day the sentences right after an undated lead tell
    its happening ("Fifteen civilians died when a missile struck the city.
    Monitors said the missile hit a school on Thursday evening."), for the
    headline and lead to take instead of the report's day; or None. The
    later sentence must be the first of the text with a date, name the
    lead's attack again (account_source.same_attack: "the missile", "the
    blast") and open no other item; its day must be a single past day of the
    last week, no day of saying ("The monitor said Friday that ..." tells
    when it spoke). The lead is the first sentence past the dateline."""
    dateline = dateline_end(doc_text(doc))
    body = [sent for sent, _ in sentences if sent.end_char > dateline]
    published: date | None = doc._.published
    if len(body) < 2 or published is None:
        return None
    lead = body[0]
    if any(m.span[0] >= dateline for m in dates_in(lead)):
        return None
    for later in body[1 : 1 + _AFTER_LEAD]:
        told = [m for m in dates_in(later) if m.span[0] >= dateline]
        if not told:
            continue
        when = date_ref(later)
        if (
            len(told) > 1  # "on Saturday and Sunday": which is the lead's?
            or when is None
            or when.precision != 1
            or when.start != when.end
            or any(m.since for m in told)
            or not 0 <= (published - when.start).days <= _DAYS_BACK
            or said_only(later)
            or attribution.opens_new_item(later)
            or heads.tells_a_sequel(later)
            or not same_attack(lead, later)
        ):
            return None
        return later.start_char, when
    return None


def days_off_the_anchor(doc: Doc) -> None:
    """An incident's figure whose verb says it happened a day or days off the
    date its sentence or incident gives ("killed the previous day", "a day
    after shelling killed nine") is moved by those days (day_offsets). The
    anchor must be a date the text gives (`date_basis` text or context), not
    one inside the figure's own clause ("a day after shelling on Friday
    killed nine": Friday is the shelling's); a claim dated only by the
    report stays on the report's day, which dates nothing it could be off,
    unless the clause the figure is off from tells of now ("The new strikes
    come two days after 60 died": the present tense is the report's day)."""
    for i, claim in enumerate(doc._.claims):
        if not isinstance(claim, CasualtyClaim) or claim.scope != "incident" or claim.part_of is not None:
            continue
        if claim.date is None or claim.date_basis not in ("text", "context", "report"):
            continue
        verb = day_offsets.figure_verb(doc, claim.span[0])
        shift = day_offsets.day_offset(verb) if verb is not None else 0
        if not shift or _dated_in_clause(doc, verb, claim):
            continue
        if claim.date_basis == "report" and not day_offsets.off_from_now(verb):
            continue
        moved = {
            "start": claim.date.start + timedelta(days=shift),
            "end": claim.date.end + timedelta(days=shift),
        }
        # a day counted off the report's own is one the text tells
        basis = "context" if claim.date_basis == "report" else claim.date_basis
        update = {"date": claim.date.model_copy(update=moved), "date_basis": basis}
        doc._.claims[i] = claim.model_copy(update=update)


def _dated_in_clause(doc: Doc, verb: Token | None, claim: CasualtyClaim) -> bool:
    """Whether a date of the figure's own clause (the verb's subtree) is its day."""
    if verb is None or claim.date_basis != "text":
        return False
    left, right = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    sent = verb.sent
    return any(left <= m.span[0] < right for m in dates_in(sent))


_LAUNCH_LOOKBACK = 2  # sentences: the launch told just before its answer


def _launch_site_before(doc: Doc, sentences: list[tuple[Span, str]], k: int) -> PlaceMention | None:
    """The last place named as where weapons set out ("fired from southern
    Lebanon") in the one or two sentences before sentence `k`, or None."""
    text = doc_text(doc)
    for sent, _ in reversed(sentences[max(0, k - _LAUNCH_LOOKBACK) : k]):
        sites = [
            m
            for m in claim_places(doc)
            if sent.start_char <= m.start < sent.end_char and place_cues.is_launch_site(text, m.start)
        ]
        if sites:
            return sites[-1]
    return None
