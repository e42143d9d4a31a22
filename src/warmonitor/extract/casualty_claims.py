"""Assembling one casualty claim from a figure: its party made precise (own
forces, ranks, the side named), its dates (one battle's days, a toll's span),
its place, and a breakdown continued from the sentence before.

Helpers used by the casualties component (extract/components.py):
casualty_claim, figure_place, continue_breakdown, BREAKDOWN_CUE; moved here
from components.py.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from warmonitor.extract import casualties, charges, heads, numbers
from warmonitor.extract.actor_resolution import claimant_at
from warmonitor.extract.actors import generic_actors, state_actor
from warmonitor.extract.claim_fields import date_ref, dates_in, place_ref, validated_claim
from warmonitor.extract.claims import CasualtyClaim, DateBasis, DateRef
from warmonitor.extract.dates import DateMention
from warmonitor.extract.mentions import PlaceMention, doc_text

# "It counted 219 members of HTS and 137 soldiers among the dead": the parts
# of the toll told before, wherever "among the dead" stands in the sentence.
BREAKDOWN_CUE = re.compile(
    r"\b(?:breakdown|of whom|comprise|among them|including)\b|^\s*(?:of|among) (?:the|those) (?:dead|killed)\b"
    r"|\bamong (?:the|those) (?:dead|killed)\s*[.;]?\s*$"
    # "Twelve children were among the victims, the monitor said": a part of the toll before
    r"|\b(?:were|was) among the victims\b",
    re.I,
)


# the words between a count (with its noun) and a place it is told at
_OWN_PLACE = re.compile(
    rf"(?:\s+[a-z]+)?\s+{casualties.PLACE_PREPOSITIONS}\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}"
)


def figure_place(
    figures: list[casualties.CasualtyFigure], index: int, places: list[PlaceMention], text: str = ""
) -> PlaceMention | None:
    """Where a figure of the sentence happened. A part of a count told with
    a place of its own ("Twenty civilians were killed, 19 of them in
    Atarib") is there, and its whole is not (only 19 of the 20 were): the
    whole takes the first place outside its parts' phrases, a part the first
    in its own phrase, else its whole's. Any other figure takes the
    sentence's first place."""

    def phrase(i: int) -> list[PlaceMention]:
        stop = figures[i + 1].start if i + 1 < len(figures) else None
        return [p for p in places if p.start >= figures[i].end and (stop is None or p.start < stop)]

    fig = figures[index]
    if index > 0 and fig.part_of is None and text:
        # "killed 45 civilians in Aleppo and 22 in Idlib province", "and
        # wounded 7 in Hama": a later count told with its own place at once
        at = next(iter(phrase(index)), None)
        if at is not None and _OWN_PLACE.fullmatch(text[fig.end : at.start]):
            return at
    if fig.part_of is not None:
        own = phrase(index)
        return own[0] if own else figure_place(figures, fig.part_of, places, text)
    # A part told inside the whole's own phrase ("five persons, including two
    # guards, were injured in a blast in Chaman") has no place of its own:
    # only a part told after the whole's fate ("..., 19 of them in Atarib") does.
    parts = {
        id(p)
        for i, f in enumerate(figures)
        if f.part_of == index and (not text or casualties.tells_outcome(text[fig.end : f.start]))
        for p in phrase(i)
    }
    if not parts:
        return places[0] if places else None
    rest = [p for p in places if id(p) not in parts]
    return rest[0] if rest else None


def casualty_claim(
    sent: Span,
    sent_text: str,
    fig: casualties.CasualtyFigure,
    *,
    part_of: int | None,
    head: CasualtyClaim | None = None,
    place: PlaceMention | None = None,
) -> CasualtyClaim:
    """One figure as a claim; a part of an earlier toll (`head`) takes the
    toll's outcome, scope and date, and its claimant where the sentence names none."""
    claimant = claimant_at(sent, fig.start)
    party = _precise_party(sent, fig, claimant)
    party = party if fig.subset is None else f"{party}:{fig.subset}"
    scope = head.scope if head else fig.scope
    stance = sent._.stance
    if head is None and charges.charged_at(sent.doc, fig.start):
        # "wanted for an ambush that left four guards hurt": alleged, of its own time
        scope, stance = "historical", "claimed"
    if scope == "historical" and sent._.wm_carried and claimant == sent._.claimant:
        # The war's toll as background is the outlet's, whoever spoke before.
        claimant = sent.doc._.claimants.outlet
    battle = head is None and _one_battle(fig, scope, place)
    when, basis, period_start, as_of = _toll_dates(sent, fig, "incident" if battle else scope)
    if battle:
        scope, when = "incident", _battle_days(sent, fig)
        # the battle's days counted back from publication when the sentence names none
        basis = basis or ("report" if when is not None else None)
    if head is not None:
        when, basis, period_start, as_of = head.date, head.date_basis, head.period_start, head.as_of
    told = sent.doc._.claims
    whole = head or (told[part_of] if part_of is not None and part_of < len(told) else None)
    own_toll = part_of is None or (whole is not None and whole.span[0] >= sent.start_char)
    if (
        basis == "text"
        and own_toll  # a part of an earlier sentence's toll is that toll's
        and sent._.wm_carried
        and claimant == sent._.claimant
        and _source_told_another_day(sent, claimant, when, fig)
    ):
        # "The ministry said one person was killed. It was the second attack this
        # month after 17 were killed in an October 2 attack": the source carried
        # on spoke of its own day; the earlier day's toll is the outlet's narration.
        claimant = sent.doc._.claimants.outlet
    return validated_claim(
        CasualtyClaim,
        text=sent_text,
        span=(fig.start, fig.end),
        claimant=(claimant or head.claimant) if head else claimant,
        stance=stance,
        outcome=head.outcome if head else fig.outcome,
        party=party,
        low=fig.low,
        best=fig.best,
        high=fig.high,
        qualifier=fig.qualifier,
        scope=scope,
        part_of=part_of,
        date=when,
        date_basis=basis,
        place=place_ref(place) if place else (head.place if head else None),
        period_start=period_start,
        as_of=as_of,
    )


def _source_told_another_day(
    sent: Span, claimant: str | None, when: DateRef | None, fig: casualties.CasualtyFigure
) -> bool:
    """Whether the carried source's last figure, in the sentences before, is of
    a day the figure's own date (told in its sentence) does not reach. The same
    count told again is the source's account retold, whatever day each names
    ("48 killed, according to a statement released Saturday. Forces killed 48
    civilians before withdrawing Friday night"), and a day within a toll of
    many days is a part of it."""
    if when is None:
        return False
    told = [c for c in sent.doc._.claims if isinstance(c, CasualtyClaim) and c.span[0] < sent.start_char]
    last = told[-1] if told else None
    if last is None or last.claimant != claimant or last.best == fig.best:
        return False
    if last.scope != "incident" or last.period_start is not None:
        return False  # "16 killed since Thursday, the monitor said. The toll included two on Sunday"
    if last.date is None:
        # The source's count names no day: the report's news. A count the
        # text dates days before the report ("... just days after raids that
        # killed 30 on May 31") is the outlet's recall of an earlier attack.
        published: date | None = sent.doc._.published
        return published is not None and (published - when.end).days >= _RECALLED_DAYS
    return when.end < last.date.start or when.start > last.date.end


# How many days before the report a count told after a source's undated
# count must be for the outlet to be recalling another attack
# (casualty_words.json `earlier_attack`).
_RECALLED_DAYS = casualties.EARLIER_ATTACK_DAYS


# "nine of their troops", "three of its soldiers": the speaker's own forces.
_OWN_FORCES = re.compile(
    r"^\s+of\s+(?:their|its|our)\s+(?:own\s+)?(?:soldiers|troops|servicemen|policemen)\b", re.I
)


_STATE_PREFIXES = ("Military Forces of ", "Police Forces of ")


def _precise_party(sent: Span, fig: casualties.CasualtyFigure, claimant: str | None) -> str:
    """The state force a count of soldiers belongs to, where the words name
    it: "nine South African soldiers" (the country's word before the force
    noun), "nine of their troops" said by a state force (the speaker's own),
    as the actor on the report's day; else the figure's coarse party. The
    coarse "government" would put a foreign contingent with the army it
    fights beside; the side is still known from the actor (views.side_of)."""
    named, in_ranks = _named_side(sent, fig)
    # "15 dead among the ranks of Jaish al-Islam": the group's own, though the
    # words before it ("were killed", "dead") made the count everyone's.
    if named is not None and (fig.party in ("rebels", "unknown") or (in_ranks and fig.party == "total")):
        return named
    if fig.party == "unknown":
        # "a Taliban leader", "an insurgent facilitator and two of his
        # associates": the group is named before the person, in his own phrase.
        side = _modifier_side(sent, fig)
        if side is not None:
            return side
    if fig.party != "government":
        return fig.party
    after = doc_text(sent.doc)[fig.end : min(sent.end_char, fig.end + 60)]
    if _OWN_FORCES.match(after):
        return claimant if claimant and claimant.startswith(_STATE_PREFIXES) else fig.party
    for mention in generic_actors(after, None):
        if mention.actor.name.startswith(_STATE_PREFIXES) and not after[: mention.start].strip():
            return state_actor(mention.actor, sent.doc._.published).name
    return fig.party


# How far after a count "dead among the ranks of <group>" may name the group.
_RANKS_REACH = 60


@lru_cache(maxsize=1)
def _ranks_of() -> tuple[str, ...]:
    """casualty_words.json `ranks_of`: "among the ranks of", "in the ranks of"."""
    return tuple(casualties.casualty_word_list("ranks_of"))


def _named_side(sent: Span, fig: casualties.CasualtyFigure) -> tuple[str | None, bool]:
    """The coarse party of a named group the count's own words name ("eight
    Hezbollah fighters", "12 Jaish al-Islam members", "15 dead among the
    ranks of Jaish al-Islam"): the dictionary's side of the group
    ("government" for Hezbollah beside the Syrian army, as the FA-KES gold
    codes it), where the group stands within a few words after the count
    with no break between, or after casualty_words.json `ranks_of`; and
    whether it was named that way (the ranks' words say whose dead they are)."""
    text = doc_text(sent.doc)
    for m in sent.doc._.actors or []:
        if m.start < fig.end or m.start > fig.end + _RANKS_REACH:
            continue
        gap = text[fig.end : m.start]
        in_ranks = gap.lower().rstrip().removesuffix(" the").endswith(_ranks_of())
        if m.start > fig.end + 20 and not in_ranks:
            continue  # farther than a few words, the group is the dead's only "among the ranks of" it
        if any(ch in gap for ch in ",.;:()"):
            return None, False
        between = sent.doc.char_span(fig.end, m.start, alignment_mode="contract")
        if between is not None and any(t.lower_ == "by" for t in between):
            return (
                None,
                False,
            )  # "a village headman was shot dead by Maoists": the killers, not the victim's group
        side = m.actor.side
        if m.actor.inter == 1 or side == "government":
            return "government", in_ranks
        return ("rebels" if side == "rebels" or m.actor.inter == 2 else None), in_ranks
    return None, False


@lru_cache(maxsize=1)
def _rebel_words() -> frozenset[str]:
    """casualty_words.json lone_victim parties' rebels nouns ("insurgent",
    "militant"): as a person's modifier ("an insurgent facilitator") they give his side."""
    return frozenset(casualties.lone_victim_nouns("rebels"))


def _persons_of(token: Token) -> list[Token]:
    """The person nouns a figure's token stands for: the noun of a lone
    victim, the noun a count numbers, and the people joined to either by
    "and" ("a Taliban leader and two of his associates")."""
    noun = token.head if token.dep_ == "nummod" else token
    of = [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    own = of[0] if of else noun  # "two of his associates": associates
    # only those with him take his side; "two other suspects" keep their own,
    # and "49 people and scores of others" are no one person's companions
    if own.lower_ not in casualties.companion_nouns():
        return [noun]
    return [noun, *(c for c in noun.conjuncts if c.tag_ in ("NN", "NNP"))]


def _modifier_side(sent: Span, fig: casualties.CasualtyFigure) -> str | None:
    """The coarse party a person's own modifiers name: a group of the actor
    dictionary before the noun ("a Taliban leader", "a Haqqani network
    commander": its side, a state force being "government") or a rebels noun
    used as a modifier ("an insurgent facilitator"); for a count of those
    with him, his."""
    doc = sent.doc
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None:
        return None
    actors = sent.doc._.actors or []
    for noun in _persons_of(span.root):
        left = noun.left_edge
        if left.i >= noun.i:
            continue
        for m in actors:
            if left.idx <= m.start and m.end <= noun.idx:
                side = m.actor.side
                if m.actor.inter == 1 or side == "government":
                    return "government"
                if side == "rebels" or m.actor.inter == 2:
                    return "rebels"
        if any(t.lower_ in _rebel_words() for t in doc[left.i : noun.i]):
            return "rebels"
    return None


def _one_battle(fig: casualties.CasualtyFigure, scope: str, place: PlaceMention | None) -> bool:
    """Whether a running toll is one battle's incident count: its span is
    closed and short ("over two days of fighting", "on Thursday and
    Friday", at most casualties.json one_battle max_days) and it is told at
    one town, not a region (gold/fakes/README.md, "Updated tolls")."""
    return (
        scope == "cumulative"
        and fig.span_days is not None
        and fig.span_days <= heads.casualty_cues().battle_days
        and place is not None
        and place.precision < 3
    )


def _battle_days(sent: Span, fig: casualties.CasualtyFigure) -> DateRef | None:
    """The days of one battle's toll: the sentence's days where it names
    two or more ("on Friday and Thursday"), else the span's length counted
    back from the day it was stated ("over two days ..., said on Saturday")."""
    days = sorted(m.start for m in dates_in(sent) if m.precision == 1 and m.start == m.end)
    if len(days) >= 2:
        return DateRef.model_validate({"start": days[0], "end": days[-1], "precision": 1})
    stated = days[0] if days else sent.doc._.published
    if stated is None:
        return None
    first = heads.period_start_from_days(stated, fig.span_days or 1)
    return DateRef.model_validate({"start": first, "end": stated, "precision": 1})


def _toll_dates(
    sent: Span, fig: casualties.CasualtyFigure, scope: str
) -> tuple[DateRef | None, DateBasis | None, date | None, date | None]:
    """(date, its basis, period_start, as_of) of a figure. An incident is dated
    by the sentence's first date (else, at the end, by the incident it goes
    on telling: `incident_context.from_context`). A running toll is dated to when it was stated
    (a date of the sentence that starts no period, else publication), its
    period start apart: "since Friday", a date governed by a verb of
    starting ("fighting that erupted last Wednesday"), or "in the six days
    of ..." counted back from when it was stated. A historical toll has the
    period its own words give ("since 2011")."""
    if scope == "incident":
        when = date_ref(sent)
        return when, None if when is None else "text", None, None
    published: date | None = sent.doc._.published
    mentions = _own_dates(sent, fig)
    starts = [m for m in mentions if m.since or heads.start_verb(sent.doc, m.span[0])]
    stated = [m for m in mentions if m not in starts]
    if scope == "historical":
        # "By the end of 1972, 496 had been killed": stated as of that year's end, not publication.
        ended = [m for m in stated if m.year_only and m.start == m.end]
        return None, None, fig.period_start, ended[0].start if ended else published
    as_of = stated[0].end if stated else published
    period_start = starts[0].start if starts else None
    if period_start is None and fig.period_days and as_of is not None:
        period_start = heads.period_start_from_days(as_of, fig.period_days)
    when = (
        DateRef.model_validate(
            {"start": as_of, "end": as_of, "precision": stated[0].precision if stated else 1}
        )
        if as_of is not None
        else None
    )
    basis: DateBasis | None = None if when is None else "text" if stated else "report"
    return when, basis, period_start, as_of


def _own_dates(sent: Span, fig: casualties.CasualtyFigure) -> list[DateMention]:
    """The sentence's dates that may date this figure: "the toll climbed to
    48, up from 30 on Sunday" dates the 30 to Sunday and leaves the 48 to
    when it was stated; a figure inside such an earlier stretch takes its
    stretch's dates."""
    mentions = dates_in(sent)
    zones = numbers.earlier_figure_zones(sent.text, sent.start_char)
    if not zones or not mentions:
        return mentions
    mine = next(((a, b) for a, b in zones if a <= fig.start < b), None)
    if mine is not None:
        inside = [m for m in mentions if mine[0] <= m.span[0] < mine[1]]
        return inside or [m for m in mentions if not any(a <= m.span[0] < b for a, b in zones)]
    return [m for m in mentions if not any(a <= m.span[0] < b for a, b in zones)]


def continue_breakdown(doc: Doc, sent: Span, sent_text: str, total: int | None) -> int | None:
    """'Its breakdown lists 214 rebels, 137 soldiers and 61 civilians.' after a
    toll: the parts of the previous sentence's total."""
    if total is None or not BREAKDOWN_CUE.search(sent_text):
        return None
    head = doc._.claims[total]
    probe = f"{head.best} killed: " + sent_text  # borrow the outcome of the toll
    figures = casualties.find_casualties(probe, sent.start_char - len(probe) + len(sent_text))
    parts = [f for f in figures[1:] if f.party != "total"]
    # A count above the toll ("the convoy carried 5,000 people, among them
    # several hundred fighters") tells other people: no breakdown of it.
    if not parts or sum(f.best or 0 for f in parts) > (head.best or 0):
        return None
    if any((f.best or 0) > (head.best or 0) for f in figures[1:]):
        return None
    doc._.claims.extend(casualty_claim(sent, sent_text, fig, head=head, part_of=total) for fig in parts)
    return None
