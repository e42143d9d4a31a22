"""Who tells a casualty count, across sentences: a source named after its
figures, a source carried on to the sentences that go on with its account,
the lead's total and its parts, headline claims, restated claimants, and
counts restated, retold vaguely or stated as totals linked to the first telling.

Helpers used by the casualties component (extract/components.py):
source_named_after, carry_source_on, headline_from_lead, headline_running, restated_claimants,
with_people_taken, link_restatements, link_vague_retellings,
link_stated_totals; moved here from components.py.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span

from warmonitor.extract import attribution, casualties, heads, stated_totals, taken
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.cue_data import pattern_data
from warmonitor.extract.gazetteer import load_gazetteer
from warmonitor.extract.mentions import doc_sentences, doc_text, lower_country_names, places_named
from warmonitor.ingest.outlets import lookup

# How far after a count in the outlet's voice the sentence naming its source may come.
_NAMED_AFTER_SENTENCES = 2


# A source's stance that makes it a party to the happening, not its narrator.
_NOT_A_NARRATOR = frozenset(("claimed", "denied"))


def figures_by_sentence(doc: Doc, sentences: list[tuple[Span, str]]) -> dict[int, list[int]]:
    """The report's casualty claims that are no background toll, as indices
    into `doc._.claims`, by the index of the sentence they are told in."""
    starts = [s.start_char for s, _ in sentences]
    told: dict[int, list[int]] = {}
    for i, c in enumerate(doc._.claims):
        if isinstance(c, CasualtyClaim) and c.scope != "historical":
            told.setdefault(bisect_right(starts, c.span[0]) - 1, []).append(i)
    return told


def source_named_after(doc: Doc, sentences: list[tuple[Span, str]]) -> bool:
    """A count told in the outlet's own voice whose source the next sentence
    or the one after names while telling of the same dead or hurt without a
    new count is that source's: "At least 31 people were killed in an air
    raid on the district. Local sources said the civilians were killed when
    jets struck two houses", "… killing two commanders. Informed sources
    said the commanders were killed at dawn".
    The later sentence must refer back to the counted people
    (attribution.retells_victims, data/patterns/retold.json) or tell the
    same count, and tell no figure the first did not; a sentence between may only retell the same
    figures (a headline told twice). A source that claims or denies
    ("X claimed responsibility for the attack") is a party, not the narrator.
    Runs after the other source rules, on counts none of them gave a source;
    says whether it gave any."""
    context = doc._.claimants
    voice = context.outlet if context is not None else None
    told = figures_by_sentence(doc, sentences)
    found = False
    for k, figures in told.items():
        sent = sentences[k][0]
        own = [i for i in figures if doc._.claims[i].claimant in (None, voice)]
        if not own or sent._.wm_named or sent._.wm_carried:
            continue
        counts = {_count_key(doc._.claims[i]) for i in figures}
        source, retold = _narrator_after(doc, sentences, k, counts, told, voice)
        # (asked last, as it reads the most: told with a source of its own, even one we cannot name)
        if source is not None and not attribution.someone_speaks(sent, doc_text(doc)):
            found = True
            # Told again by count, the source is the source of those counts only
            # ("19 killed … hours after an attack left dozens dead" then "19
            # killed, a monitor said": not the dozens).
            for i in [i for i in own if not retold or _count_key(doc._.claims[i]) in retold]:
                doc._.claims[i] = doc._.claims[i].model_copy(update={"claimant": source})
    return found


def _is_outlet(source: str, voice: str | None) -> bool:
    """Whether a source is the outlet itself under its organisation's name
    (the Syrian Coalition in its own Etilaf pieces)."""
    known, outlet = lookup(source), lookup(voice) if voice else None
    return known is not None and outlet is not None and known.name == outlet.name


def _count_key(claim: CasualtyClaim) -> tuple[str, int | None, bool]:
    """What a count says, for telling a retelling from a new figure: a vague
    amount ("dozens" = 12) is not the exact figure of the same value."""
    return (claim.outcome, claim.best, claim.qualifier == "vague")


def _narrator_after(
    doc: Doc,
    sentences: list[tuple[Span, str]],
    k: int,
    counts: set[tuple[str, int | None, bool]],
    told: dict[int, list[int]],
    voice: str | None,
) -> tuple[str | None, set[tuple[str, int | None, bool]]]:
    """The source a sentence just after sentence k names while retelling its
    dead or hurt (see source_named_after), or None; with the counts it is
    the source of when it only tells some of them again (else all).
    A source named there that first tells only how it happened may tell of
    the dead a sentence or two later, while the account stays in its voice
    ("… killing at least 100. The blast hit a bus queue, according to the
    monitor. It warned the toll would rise"), and one whose saying verb goes
    on ("the monitor further said", "police added"; retold.json `going_on`)
    says it told the count before."""
    pending: str | None = None  # named just after, not yet heard telling of the dead
    last = min(k + 1 + _NAMED_AFTER_SENTENCES, len(sentences))
    for j in range(k + 1, len(sentences)):
        if j >= last:
            break
        later = sentences[j][0]
        theirs = {_count_key(doc._.claims[i]) for i in told.get(j, [])}
        retold = attribution.retells_victims(later)
        new = [
            doc._.claims[i]
            for i in told.get(j, [])
            if _count_key(doc._.claims[i]) not in counts
            and not (retold and _breaks_down(later, doc._.claims[i], counts))
            # "wounding several others" then "the several dozen wounded": the
            # people told vaguely before, counted now, no new account
            and not (retold and (doc._.claims[i].outcome, True) in {(o, v) for o, _b, v in counts})
        ]
        # "… 50 others were wounded, according to X": the rest of the same
        # account, of an outcome the count before did not tell; "two others
        # were hurt" after "six were hurt" is a part of the six, told by its
        # own teller, not the rest of one account (a bulletin's lead summing
        # a police source's and its own reporter's items).
        told_outcomes = {outcome for outcome, _best, _vague in counts}
        going_on = bool(new) and all(
            _continues_account(doc, c) and c.outcome not in told_outcomes for c in new
        )
        if new and not going_on:
            return None, set()  # a new figure: a new account
        source = later._.claimant
        named = later._.wm_named and source not in (None, voice) and not _is_outlet(source, voice)
        if named or (pending is not None and source == pending):
            if later._.stance in _NOT_A_NARRATOR or (pending is not None and source != pending):
                return None, set()  # a party to it, or a second source: a second account
            # It refers back to the counted people in words (the source of all
            # the counts told of them), or only tells some counts again ("…
            # injuring one person" after "one civilian was injured": the
            # source of those).
            if going_on or retold or (pending is None and _goes_on_saying(later, sentences, k)):
                return str(source), set()
            if theirs:
                return str(source), theirs
            if pending is None:
                pending = str(source)
                last = min(j + 1 + _SOURCE_RUN, len(sentences))
            continue
        if pending is not None or not theirs or going_on or _opens_other_item(sentences, j):
            return None, set()  # only a retelling of the same figures may stand between
    return None, set()


def _opens_other_item(sentences: list[tuple[Span, str]], j: int) -> bool:
    """Whether sentence j opens an item other than the sentence before's:
    not where that sentence is the subheading run into it ("One killed in
    a rocket attack on X" then "In the same context a civilian was killed
    ..."; attribution.heads_next_item), which heads the same item."""
    return attribution.opens_new_item(sentences[j][0]) and not attribution.heads_next_item(
        sentences[j - 1][0]
    )


# How many sentences after a source named after a count, while the account
# stays in its voice, may still tell of the dead (_narrator_after).
_SOURCE_RUN = 2


def _breaks_down(sent: Span, claim: CasualtyClaim, counts: set[tuple[str, int | None, bool]]) -> bool:
    """Whether a figure is told as a part of one of the counts before it
    ("Among the martyrs were two women" after "Seven civilians were
    killed"): the sentence says it is among or of the dead (retold.json
    `victim_nouns`), and the figure is of the same outcome as an exact
    count, and smaller. A vague "hundreds" has no parts to tell apart from
    a new account."""
    nouns = _retold_words()["victim_nouns"]
    among = any(
        t.lower_ in ("among", "of")
        and any(c.dep_ == "pobj" and (c.lemma_.lower() in nouns or c.lower_ == "those") for c in t.children)
        for t in sent
    )
    return among and any(
        outcome == claim.outcome
        and not vague
        and best is not None
        and claim.best is not None
        and claim.best < best
        for outcome, best, vague in counts
    )


@lru_cache(maxsize=1)
def _retold_words() -> dict[str, frozenset[str]]:
    """retold.json's word lists (the victims' nouns) and its `going_on` cue
    (saying verbs and adverbs that say a source goes on)."""
    data = pattern_data("retold.json")
    return {
        "victim_nouns": frozenset(data["victim_nouns"]),
        "going_on_verbs": frozenset(data["going_on"]["verbs"]),
        "going_on_adverbs": frozenset(data["going_on"]["adverbs"]),
        "pair_joiners": frozenset(data["paired_outcomes"]["joiners"]),
    }


def _goes_on_saying(sent: Span, sentences: list[tuple[Span, str]], k: int) -> bool:
    """Whether a sentence's source, named for the first time in the report,
    goes on from what came before ("the Observatory further said", "the
    ministry added that"; retold.json `going_on`): one the report named
    before sentence k goes on from its own earlier words."""
    source = sent._.claimant
    if any(s._.claimant == source and s._.wm_named for s, _ in sentences[: k + 1]):
        return False
    words = _retold_words()
    verbs, adverbs = words["going_on_verbs"], words["going_on_adverbs"]
    # A finite saying verb: "… told us, adding that …" goes on from the same
    # sentence's words, not from the count before.
    for token in sent:
        verb = token.head if token.lower_ in adverbs else token
        if (
            (token is not verb or token.lemma_.lower() in verbs)
            and verb.pos_ == "VERB"
            and verb.tag_ != "VBG"
            and attribution.saying(verb)
        ):
            return True
    return False


def carry_source_on(doc: Doc, sentences: list[tuple[Span, str]]) -> None:
    """A source goes on past the one sentence wm_attribution carries it to
    while the account goes on in figures: "According to a source at the
    police two people were killed … Two others were hurt in a similar attack
    … Rockets on another district left one dead …" are all the police's.
    Each sentence of the run tells a casualty figure that is no background
    toll, names no source of its own and opens no new item
    (attribution.opens_new_item, nor tells_another_day: the outlet's
    narration of the day before); the first sentence without such a figure
    (a sentence on damage, a war's toll since 2011) ends the run."""
    context = doc._.claimants
    voice = context.outlet if context is not None else None
    told = figures_by_sentence(doc, sentences)
    source: str | None = None
    account: list[Span] = []  # the sentences of the source's account so far
    for k, (sent, _text_of) in enumerate(sentences):
        figures = told.get(k)
        own = sent._.claimant
        if not figures:
            source = None
        elif own not in (None, voice) or sent._.wm_named:
            # named here (the outlet's own reporter too), or carried here from the sentence before
            before = [sentences[k - 1][0]] if sent._.wm_carried and k > 0 else []
            account = [*account, sent] if own == source else [*before, sent]
            source = own if own not in (None, voice) else None
        elif (
            source is not None
            and not attribution.opens_new_item(sent)
            and not attribution.tells_another_day(sent, account, source)
        ):
            account.append(sent)
            for i in figures:
                if doc._.claims[i].claimant in (None, voice):
                    doc._.claims[i] = doc._.claims[i].model_copy(update={"claimant": source})
        else:
            source = None


def headline_from_lead(doc: Doc) -> None:
    """A headline cut off its lead at the byline (wm_bylines) is read with the
    lead as one sentence had read it: a headline figure the lead tells again
    (same outcome and number) takes the lead's day, scope, period and, when
    the lead names one, its source ("… kill 32 … NGO AFP" / "… 32 …, a
    monitoring group said"), unless the headline credits another before its
    byline ("… kill 30 Monitoring group Reuters" / "… 30 …, activists
    said": each keeps its own); another
    headline figure without a day takes the lead's first day, and a part
    told in the outlet's voice takes its whole's source ("20 … killed
    including 10 civilians": the ten are the twenty's teller's)."""
    line: attribution.Byline | None = doc._.wm_byline
    if line is None:
        return
    claims = [(i, c) for i, c in enumerate(doc._.claims) if isinstance(c, CasualtyClaim)]
    head = [(i, c) for i, c in claims if c.span[1] <= line.agency[0]]
    lead_end = next((s.end_char for s, _ in doc_sentences(doc) if s.start_char == line.lead), None)
    lead = [c for _, c in claims if lead_end is not None and line.lead <= c.span[0] < lead_end]
    if not head or not lead:
        return
    voice = doc._.claimants.outlet if doc._.claimants is not None else None
    first_day = next((c.date for c in lead if c.date is not None), None)
    for i, c in head:
        twin = next((t for t in lead if (t.outcome, t.best) == (c.outcome, c.best)), None)
        update: dict[str, Any] = {}
        if twin is not None:
            update = {"date": twin.date or c.date, "scope": twin.scope, "period_start": twin.period_start}
            if twin.claimant not in (None, voice) and not _credit_stands(line, c, twin):
                update["claimant"] = twin.claimant
        elif c.date is None and first_day is not None:
            update = {"date": first_day}
        if update:
            doc._.claims[i] = c.model_copy(update=update)
    for i, _c in head:
        _whole_source(doc, i, voice)


def _credit_stands(line: attribution.Byline, claim: CasualtyClaim, twin: CasualtyClaim) -> bool:
    """Whether a headline figure keeps the teller its headline credits before
    the byline against the lead's: a body sources.csv knows ("… kill 30
    Monitoring group Reuters" is the Observatory) over a lead's teller that
    names none ("activists said"). A credit as loose as "Moscow" or "NGO"
    gives way to the lead's more precise words ("the defence ministry said",
    "a war monitor said")."""
    return (
        line.credit is not None
        and claim.claimant == line.credit
        and lookup(line.credit) is not None
        and twin.claimant is not None
        and lookup(twin.claimant) is None
    )


def parts_in_their_wholes_voice(doc: Doc) -> None:
    """A part told in the same sentence as its whole ("Two people, one of
    them a child, were killed ...") is told by the whole's teller: a source
    carried onto the whole from a sentence before or after goes to the part
    too, which had kept the outlet's voice."""
    voice = doc._.claimants.outlet if doc._.claimants is not None else None
    starts = [s.start_char for s, _ in doc_sentences(doc)]
    for i, claim in enumerate(doc._.claims):
        if not isinstance(claim, CasualtyClaim) or claim.part_of is None:
            continue
        whole = doc._.claims[claim.part_of]
        if isinstance(whole, CasualtyClaim) and bisect_right(starts, whole.span[0]) == bisect_right(
            starts, claim.span[0]
        ):
            _whole_source(doc, i, voice)


def _whole_source(doc: Doc, i: int, voice: str | None) -> None:
    """A part in the outlet's voice takes the source of the whole it is a part of."""
    part = doc._.claims[i]
    whole = doc._.claims[part.part_of] if part.part_of is not None else None
    if (
        isinstance(whole, CasualtyClaim)
        and part.claimant in (None, voice)
        and whole.claimant not in (None, voice)
    ):
        doc._.claims[i] = part.model_copy(update={"claimant": whole.claimant})


def headline_running(doc: Doc, sentences: list[tuple[Span, str]]) -> None:
    """A headline's figure that the body tells as a running toll ("US raids
    kill 22 ..." then "at least 22 people killed in strikes on Saturday and
    Sunday") is that running toll, as the gold codes a repeat with its
    figure's scope (gold/fakes/README.md "Mentions"): a headline has no room
    for the toll's "since" or "so far". Its day stays its own, a running
    toll being dated to its telling. The same outcome and number, more than
    one."""
    if not sentences:
        return
    end = sentences[0][0].end_char
    claims = [(i, c) for i, c in enumerate(doc._.claims) if isinstance(c, CasualtyClaim)]
    running = [c for _, c in claims if c.span[0] >= end and c.scope == "cumulative"]
    for i, c in claims:
        if c.span[1] > end or c.scope != "incident" or not c.best or c.best < 2:
            continue
        twin = next((t for t in running if (t.outcome, t.best) == (c.outcome, c.best)), None)
        if twin is not None:
            update = {"scope": twin.scope, "period_start": twin.period_start}
            doc._.claims[i] = c.model_copy(update=update)


# A count the text gives no day is the report's news; one the text dates
# well before the report is an earlier incident, not its retelling
# (casualty_words.json `earlier_attack`).
_EARLIER_DAYS = casualties.EARLIER_ATTACK_DAYS


def _days_meet(one: CasualtyClaim, other: CasualtyClaim, published: date | None) -> bool:
    """Whether two counts may be of the same days: both dated by the text and
    overlapping; or one undated and the other not dated well before the report."""
    if one.date is not None and other.date is not None:
        return one.date.start <= other.date.end and other.date.start <= one.date.end
    dated = one.date or other.date
    if dated is None or published is None:
        return True
    return (published - dated.end).days < _EARLIER_DAYS


def restated_claimants(doc: Doc) -> None:
    """A figure the report tells in its own voice (a headline, a lead) and
    again with its source ("Eleven children killed in Aleppo" ... "eleven
    children were killed, the Observatory said") is the source's: the same
    outcome and number told elsewhere in the report with a named claimant
    gives its claimant. A lone victim (1) is too common a number to tell.
    A vaguer voice ("local media", "reports": taken_cues().vaguer_voices)
    gives way only to a named source of a telling linked to its own
    (`part_of`, link_restatements): it did name someone, and only the same
    figure told again says who."""
    voice = doc._.claimants.outlet if doc._.claimants is not None else None
    vaguer = taken.taken_cues().vaguer_voices
    unnamed = {None, voice} | vaguer
    # A vague amount ("dozens" = 12) restates no exact figure, nor the reverse.
    named: dict[tuple[str, int, bool], list[CasualtyClaim]] = {}
    for c in doc._.claims:
        if (
            isinstance(c, CasualtyClaim)
            and c.best
            and c.best > 1
            and c.claimant
            and c.claimant not in unnamed
        ):
            named.setdefault((c.outcome, c.best, c.qualifier == "vague"), []).append(c)
    if not named:
        return
    own_reporter = _told_by_own_reporter(doc, voice)
    items_apart = _items_apart(doc)
    # The outlet's own reporter telling a count is a teller too: a bulletin's
    # subheading told again by its own item's reporter ("Two hurt in shelling
    # of Homs" ... "the agency's reporter said two were hurt") is the
    # outlet's, not a like count another item's police source gave.
    for c in doc._.claims:
        if (
            isinstance(c, CasualtyClaim)
            and c.best
            and c.best > 1
            and c.scope != "historical"
            and own_reporter(c)
        ):
            key = (c.outcome, c.best, c.qualifier == "vague")
            if key in named:
                named[key].append(c)
    for i, c in enumerate(doc._.claims):
        if (
            isinstance(c, CasualtyClaim)
            and c.claimant in (None, voice)
            and c.best
            and c.scope != "historical"
            and not own_reporter(c)
        ):
            # A count the text dates to other days is another count ("dozens
            # killed last Monday" tells no retelling of Sunday's dozens).
            # The nearest telling after it, else the nearest before: a
            # headline or a bulletin's subheading is told again by its own
            # item, not by a like count of an item before it.
            at = c.span[0]
            told = sorted(
                named.get((c.outcome, c.best, c.qualifier == "vague"), []),
                key=lambda t: (t.span[0] < at, abs(t.span[0] - at)),
            )
            source = next(
                (
                    t.claimant
                    for t in told
                    if t is not c
                    and _days_meet(t, c, doc._.published)
                    and not (t.span[0] < at and items_apart(t, c))
                ),
                None,
            )
            if source is not None and source != voice:
                doc._.claims[i] = c.model_copy(update={"claimant": source})
    # Then the vaguer voices, from the tellings as the outlet's now stand.
    linked = _linked_sources(doc, unnamed)
    for i, c in enumerate(doc._.claims):
        if isinstance(c, CasualtyClaim) and c.claimant in vaguer and c.scope != "historical" and i in linked:
            doc._.claims[i] = c.model_copy(update={"claimant": linked[i]})
    _rounded_before_counted(doc, voice, unnamed)
    _paired_outcomes(doc, unnamed)


def _items_apart(doc: Doc) -> Callable[[CasualtyClaim, CasualtyClaim], bool]:
    """Whether two counts are told in different items of the report: a
    sentence after the first of them, up to the second's, opens a new item
    ("Meanwhile ...", "Elsewhere ...", a bulletin's subheading run into its
    item: attribution.opens_new_item). A like count there is another
    incident's ("two people were killed" in Aleppo, then "Homs Meanwhile two
    civilians were killed"), not the same figure told again. A subheading
    run into its item's opener heads that item (_opens_other_item). Asked
    only of a telling before the count (restated_claimants): a report that
    sums up its items first and tells each again after "Meanwhile ..." tells
    the same figure later in its own item."""
    sentences = doc_sentences(doc)
    starts = [s.start_char for s, _ in sentences]
    opens: dict[int, bool] = {}  # read only for the sentences asked about

    def opens_item(k: int) -> bool:
        # not where the sentence before is the subheading run into it, which heads the same item
        if k not in opens:
            opens[k] = _opens_other_item(sentences, k)
        return opens[k]

    def apart(one: CasualtyClaim, other: CasualtyClaim) -> bool:
        first, second = sorted(bisect_right(starts, c.span[0]) - 1 for c in (one, other))
        return any(opens_item(k) for k in range(first + 1, second + 1))

    return apart


# How many sentences after a vague count its rounded count may be told.
_ROUNDED_WITHIN = 2


def _rounded_before_counted(
    doc: Doc, voice: str | None, unnamed: set[str | None] | frozenset[str | None]
) -> None:
    """A headline's or lead's vague count in the outlet's voice ("Scores
    dead in market raids") that link_vague_retellings made `part_of` a
    counted figure told after it with a named source ("the raids killed 52,
    the monitor said") is that source's: the outlet rounded the source's
    count. Only a rounding told before its count: a vague count after one is
    the outlet's own word on more of them ("and dozens more were hurt"). And
    only a count the word can round: the vague best is ACLED's minimum, one
    unit ("dozens" = 12), while the plural says two or more, so a lead's
    "dozens" hurt is no rounding of an agency's 19 (an unseen Sputnik lead,
    claimant25's judged set). And only a count told in the two sentences
    after it, as a headline's is by its lead: link_vague_retellings may join
    a headline's passing mention of another attack's dead to a monitor's
    count of that attack twenty lines on, which the outlet did not round
    (dev 1923102874). Not where another count of its sentence is another
    source's ("killed 6 and wounded dozens", the police telling the six,
    medics the wounded): the lead is no one teller's rounding
    (test_claimants_account_source)."""
    claims = doc._.claims
    starts = [s.start_char for s, _ in doc_sentences(doc)]

    def sentence(c: CasualtyClaim) -> int:
        return bisect_right(starts, c.span[0])

    for i, c in enumerate(claims):
        first = c.part_of if isinstance(c, CasualtyClaim) else None
        if first is None or not 0 <= first < len(claims):
            continue
        counted = claims[first]
        if (
            isinstance(counted, CasualtyClaim)
            and c.qualifier == "vague"
            and c.claimant in (None, voice)
            and c.scope == "incident"
            and counted.qualifier != "vague"
            and counted.span[0] > c.span[0]
            and c.best is not None
            and counted.best is not None
            and counted.best >= 2 * c.best
            and sentence(counted) - sentence(c) <= _ROUNDED_WITHIN
            and counted.claimant not in unnamed
            and not any(
                isinstance(o, CasualtyClaim)
                and o is not c
                and sentence(o) == sentence(c)
                and o.claimant not in unnamed
                and o.claimant != counted.claimant
                for o in claims
            )
        ):
            claims[i] = c.model_copy(update={"claimant": counted.claimant})


def _paired_outcomes(doc: Doc, unnamed: set[str | None] | frozenset[str | None]) -> None:
    """The other count of a pair told in one sentence ("one child was killed
    and seven people were hurt") takes the source a later telling gave its
    partner, when the sentence names no source of its own: the dead and the
    hurt of one attack come from one teller, and a later item may retell
    only one of them by count (retold.json `paired_outcomes`). A vague
    count keeps the outlet's voice (test_claimants_account_source)."""
    voice = doc._.claimants.outlet if doc._.claimants is not None else None
    joiners = _retold_words()["pair_joiners"]
    text = doc_text(doc)
    sentences = doc_sentences(doc)
    starts = [s.start_char for s, _ in sentences]
    claims = doc._.claims
    by_sentence: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        if isinstance(c, CasualtyClaim) and c.scope != "historical":
            by_sentence.setdefault(bisect_right(starts, c.span[0]) - 1, []).append(i)
    for k, indices in by_sentence.items():
        if k < 0 or len(indices) < 2:
            continue
        sent = sentences[k][0]
        if sent._.wm_named:
            continue
        ordered = sorted(indices, key=lambda i: claims[i].span[0])
        for a, b in pairwise(ordered):
            one, other = claims[a], claims[b]
            if one.outcome == other.outcome:
                continue
            between = text[one.span[1] : other.span[0]].lower().replace(",", " ")
            if not any(f" {w} " in f" {between} " for w in joiners):
                continue
            for lone, given in ((a, other), (b, one)):
                # A vague count ("wounded dozens") is left alone: the one
                # source told the dead only, and the hurt may be another's.
                if (
                    claims[lone].claimant in (None, voice)
                    and claims[lone].qualifier != "vague"
                    and given.claimant not in unnamed
                    and given.claimant != sent._.claimant
                ):
                    claims[lone] = claims[lone].model_copy(update={"claimant": given.claimant})


def _told_by_own_reporter(doc: Doc, voice: str | None) -> Callable[[CasualtyClaim], bool]:
    """Whether a claim in the outlet's voice is told in a sentence that names
    the outlet as its teller ("SANA reporter in the province said ... two
    were hurt", wm_named): the outlet's own account, not a retelling of a
    like figure another source gave in another section of a bulletin."""
    sentences = doc_sentences(doc)
    starts = [s.start_char for s, _ in sentences]

    def told(c: CasualtyClaim) -> bool:
        k = bisect_right(starts, c.span[0]) - 1
        return k >= 0 and c.claimant == voice and bool(sentences[k][0]._.wm_named)

    return told


def _linked_sources(doc: Doc, unnamed: set[str | None] | frozenset[str | None]) -> dict[int, str]:
    """{index of a casualty claim: the named claimant of a telling linked to
    it by `part_of`, either way}."""
    claims = doc._.claims
    found: dict[int, str] = {}
    for j, c in enumerate(claims):
        first = c.part_of if isinstance(c, CasualtyClaim) else None
        if first is None or not 0 <= first < len(claims):
            continue
        other = claims[first]
        if not isinstance(other, CasualtyClaim):
            continue
        if c.claimant not in unnamed and c.claimant:
            found.setdefault(first, c.claimant)
        if other.claimant not in unnamed and other.claimant:
            found.setdefault(j, other.claimant)
    # Tellings linked to one first telling share its source too.
    for j, c in enumerate(claims):
        first = c.part_of if isinstance(c, CasualtyClaim) else None
        if first is not None and first in found:
            found.setdefault(j, found[first])
    return found


def with_people_taken(
    sent: Span, figures: list[casualties.CasualtyFigure]
) -> list[casualties.CasualtyFigure]:
    """The sentence's figures and the people its verbs of detention act on
    (taken.people_taken) that no figure already covers, after them (a
    figure's `part_of` indexes the list)."""
    taken_people = []
    for f in taken.people_taken(sent):
        covering = [g for g in figures if f.start < g.end and g.start < f.end]
        for g in covering:
            if (
                g.outcome in ("killed", "injured")
                and g.best == f.best
                and taken.taken_by_a_verb_before(sent, f)
            ):
                # "detaining more than 10 suspects and killing two": the
                # parse makes the count the object of the detention verb,
                # which the nearest outcome word after it cannot overrule.
                g.outcome = "captured"
                g.notes.append("people taken: object of a verb of detention")
            elif g.outcome != "captured" and g.best == f.best and taken.HELD_HOSTAGE in f.notes:
                # "fled holding four villagers hostage", "a gunman holding six
                # civilians hostage was killed": the hostages neither fled nor died
                g.outcome = "captured"
                g.notes.append(taken.HELD_HOSTAGE)
        if not covering:
            taken_people.append(f)
    return [*figures, *taken_people]


def link_restatements(doc: Doc, sentences: list[tuple[Span, str]]) -> None:
    """A figure told again later in the report (the headline, the lead and a
    caption telling one incident) becomes `part_of` its first telling, so the
    two are not added up (taken.restatements); a telling with no day takes
    its twin's, as a reader dates the headline by the lead."""
    seen: dict[tuple[str, int | None], int] = {}
    for c in doc._.claims:
        if isinstance(c, CasualtyClaim) and c.scope == "incident" and c.part_of is None:
            key = (c.outcome, c.best)
            seen[key] = seen.get(key, 0) + 1
    # Only figures with a twin can be a retelling: the parse is read for those alone.
    indices = [
        i
        for i, c in enumerate(doc._.claims)
        if isinstance(c, CasualtyClaim) and seen.get((c.outcome, c.best), 0) > 1
    ]
    if len(indices) < 2:
        return
    claims = [doc._.claims[i] for i in indices]
    starts = [s.start_char for s, _ in sentences]
    sentence_of = [bisect_right(starts, c.span[0]) for c in claims]
    places = places_named(doc, sentences, sentence_of, claims)
    nouns = [taken.restated_noun(c.outcome, _counted_noun(doc, c.span)) for c in claims]
    # A day read off the report's own date is no day the text tells: "Marka
    # was killed and five others injured", after the lead's "on May 15".
    days = [c.date.start if c.date and c.date_basis != "report" else None for c in claims]
    voice = doc._.claimants.outlet if doc._.claimants is not None else None
    # A town's region, and a figure told of a region under the region's own
    # name ("Idleb" the governorate written "Idlib"): one telling at Saraqib
    # and one in Idlib province share a place.
    regions = [c.place.admin1.lower() if c.place and c.place.admin1 else None for c in claims]
    places = [
        p | {r} if r is not None and c.place is not None and c.place.feature == "admin1" else p
        for p, r, c in zip(places, regions, claims, strict=True)
    ]
    # "US strikes kill 20 civilians in east Syria": a telling whose sentence
    # names only its country names no place a finer telling of it could
    # differ from ("eastern Syria", a quarter, still does: `_quarter`).
    countries = lower_country_names() | frozenset(load_gazetteer().country_written)
    places = [frozenset() if p and all(n.casefold() in countries for n in p) else p for p in places]
    lead = bisect_right(starts, 0)  # the report's first sentence: a headline may run into its lead
    told = sorted((c.span[0], c.outcome) for c in doc._.claims if isinstance(c, CasualtyClaim))
    previous = [bisect_left(told, (c.span[0], "")) for c in claims]
    contrast = [k > 0 and told[k - 1][1] != c.outcome for k, c in zip(previous, claims, strict=True)]
    definite = [_told_before(doc, c.span) for c in claims]
    linked = taken.restatements(
        claims, sentence_of, places, nouns, doc_text(doc), days, voice, regions, lead, contrast, definite
    )
    for later, first in linked.items():
        update: dict[str, Any] = {"part_of": indices[first]}
        if claims[later].date is None and claims[first].date is not None:
            update.update(date=claims[first].date, date_basis="context")
        doc._.claims[indices[later]] = claims[later].model_copy(update=update)
        if claims[first].date is None and claims[later].date is not None:
            doc._.claims[indices[first]] = doc._.claims[indices[first]].model_copy(
                update={"date": claims[later].date, "date_basis": "context"}
            )


def twins_share_days(doc: Doc) -> None:
    """Once every claim has its day (incident_context.from_context), a telling
    dated only by the report's own day takes the day its twin's own sentence
    tells ("Blast Leaves At Least 18 Dead" over a lead that tells Friday: the
    headline's count, and its quotation's, are Friday's, not the report's),
    and a part of a telling ("..., including one of its commanders") its
    whole's. Twins are linked by `part_of` with the same outcome and number.
    Only a day the text tells in the twin's sentence (`date_basis` "text")
    spreads, and on from the tellings it reached: a day carried from another
    sentence ("context") may be a photo caption's of another attack."""
    claims = doc._.claims
    reached: set[int] = set()

    def told(i: int) -> bool:
        claim = claims[i]
        return isinstance(claim, CasualtyClaim) and (claim.date_basis == "text" or i in reached)

    for _ in range(3):  # a chain of tellings: headline <- lead <- quotation
        changed = False
        for i, claim in enumerate(claims):
            if not isinstance(claim, CasualtyClaim) or claim.part_of is None or claim.scope != "incident":
                continue
            j = claim.part_of
            whole = claims[j]
            if not isinstance(whole, CasualtyClaim) or whole.scope != "incident":
                continue
            twins = (claim.outcome, claim.best) == (whole.outcome, whole.best)
            if _undated(claim) and i not in reached and told(j):
                claims[i] = claim.model_copy(update={"date": whole.date, "date_basis": "context"})
                reached.add(i)
                changed = True
            elif twins and _undated(whole) and j not in reached and told(i):
                claims[j] = whole.model_copy(update={"date": claim.date, "date_basis": "context"})
                reached.add(j)
                changed = True
            elif _confirmed(whole, claim, twins) and j not in reached and told(i):
                # a headline carried the lead's day, which its twin's sentence tells too:
                # the day is told, and the headline's other tellings take it
                reached.add(j)
                changed = True
        if not changed:
            return


def _confirmed(whole: CasualtyClaim, twin: CasualtyClaim, twins: bool) -> bool:
    """Whether a telling's day, carried from another sentence, is the very day
    its twin's own sentence tells ("Car Bomb Leaves 14 Dead", dated by the
    lead's Wednesday, over "14 fighters killed ... on Wednesday"): the
    carried day is then as told as the twin's, and spreads to the telling's
    other parts and twins ("has reportedly left 14 fighters dead")."""
    return (
        twins
        and whole.date_basis == "context"
        and whole.date is not None
        and twin.date is not None
        and (whole.date.start, whole.date.end) == (twin.date.start, twin.date.end)
    )


def _undated(claim: CasualtyClaim) -> bool:
    """A figure with no day the text tells: none, or the report's own date."""
    return claim.date is None or claim.date_basis == "report"


def link_vague_retellings(doc: Doc, sentences: list[tuple[Span, str]]) -> None:
    """People taken told once vaguely and once with their number ("detained
    several suspects" in the lead, "detained four suspects" in the detail)
    are one figure: the vague telling becomes `part_of` the counted one
    (taken.vague_retellings)."""
    indices = [
        i
        for i, c in enumerate(doc._.claims)
        if isinstance(c, CasualtyClaim)
        and c.outcome in taken.RETOLD_VAGUELY
        and c.part_of is None
        and c.scope == "incident"
    ]
    claims = [doc._.claims[i] for i in indices]
    if len(claims) < 2 or not any(c.qualifier == "vague" for c in claims):
        return
    starts = [s.start_char for s, _ in sentences]
    sentence_of = [bisect_right(starts, c.span[0]) for c in claims]
    places = places_named(doc, sentences, sentence_of, claims)
    nouns = [taken.vague_noun(c.outcome, _counted_noun(doc, c.span)) for c in claims]
    days = [c.date.start if c.date else None for c in claims]
    for vague, counted in taken.vague_retellings(
        claims, sentence_of, places, nouns, doc_text(doc), days
    ).items():
        doc._.claims[indices[vague]] = claims[vague].model_copy(update={"part_of": indices[counted]})


class _Unlinked(NamedTuple):
    """A report's incident counts not yet part of another, with what the
    linking rules read of each: its sentence, its day and who tells it."""

    indices: list[int]  # into doc._.claims
    claims: list[Any]  # CasualtyClaim; its pydantic fields read as the linkers' protocols
    sentence_of: list[int]
    days: list[date | None]
    told_by: Callable[[int], str | None]  # None: the outlet's own or a vaguer voice


def _unlinked_incidents(doc: Doc, sentences: list[tuple[Span, str]]) -> _Unlinked:
    indices = [
        i
        for i, c in enumerate(doc._.claims)
        if isinstance(c, CasualtyClaim) and c.scope == "incident" and c.part_of is None
    ]
    claims = [doc._.claims[i] for i in indices]
    starts = [s.start_char for s, _ in sentences]
    voice = doc._.claimants.outlet if doc._.claimants is not None else None
    vaguer = taken.taken_cues().vaguer_voices

    def told_by(k: int) -> str | None:
        claimant = claims[k].claimant
        return None if claimant == voice or claimant in vaguer else claimant

    return _Unlinked(
        indices,
        claims,
        [bisect_right(starts, c.span[0]) for c in claims],
        [c.date.start if c.date and c.date_basis != "report" else None for c in claims],
        told_by,
    )


def _link_parts(doc: Doc, found: _Unlinked, linked: dict[int, int]) -> None:
    for part, total in linked.items():
        doc._.claims[found.indices[part]] = found.claims[part].model_copy(
            update={"part_of": found.indices[total]}
        )


def link_stated_totals(doc: Doc, sentences: list[tuple[Span, str]]) -> None:
    """Counts told as the shares of a stated total ("a total of 24 ...",
    then "12 near one city", "another 12 in the other") become `part_of` it
    (stated_totals): one toll, told with its breakdown, not its sum again."""
    found = _unlinked_incidents(doc, sentences)
    if len(found.indices) >= 2:
        _link_parts(
            doc,
            found,
            stated_totals.stated_totals(
                found.claims, found.sentence_of, doc_text(doc), found.days, found.told_by
            ),
        )


def link_summed_shares(doc: Doc, sentences: list[tuple[Span, str]]) -> None:
    """Counts told after a headline's or lead's total that add up to it
    exactly become `part_of` it (stated_totals.summed_shares). Run after the
    claimant rules, which read a lead's sourced items as counts of their own."""
    found = _unlinked_incidents(doc, sentences)
    if len(found.indices) >= 3:
        _link_parts(
            doc,
            found,
            stated_totals.summed_shares(found.claims, found.sentence_of, found.days, found.told_by),
        )


def _continues_account(doc: Doc, claim: CasualtyClaim) -> bool:
    """Whether a figure tells the rest of the account before it: "50 others",
    "another 30" (retold.json `continuing`)."""
    nouns, before = attribution.continuing_words()
    token = heads.count_token(doc, *claim.span)
    if token is None:
        return False
    prior = doc[token.i - 1].lower_ if token.i > 0 else ""
    return prior in before or _counted_noun(doc, claim.span) in nouns


def _told_before(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether a count's people are named as people told before ("killing
    the two attackers": casualties.json `restated.definite`)."""
    token = heads.count_token(doc, *span)
    if token is None or token.i == 0:
        return False
    return doc[token.i - 1].lower_ in taken.taken_cues().definite


def _counted_noun(doc: Doc, span: tuple[int, int]) -> str | None:
    """The lemma of the noun a figure counts ("two armed insurgents" ->
    insurgent; "a leader" -> leader), or None when the count stands alone."""
    token = heads.count_token(doc, *span)
    if token is None:
        return None
    noun = heads.head_noun(token)
    if noun is None and token.pos_ in ("NOUN", "PROPN"):
        noun = token
    if noun is not None and (noun.ent_type_ == "DATE" or noun.lower_.rstrip(".") in _MONTHS):
        return None  # "Sun 10 Jul 2016 29 Syria Rebels Dead": a dateline's month, no noun of the count
    if noun is not None and noun.lower_ in _HEADLINE_FATES:
        # "29 Syria Rebels Dead in Fighting": a title-case headline hangs the
        # count on its fate word; the people are the last word before it.
        words = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
        if not words:
            return None  # "At Least 25 Dead": the count stands alone, no noun of people
        noun = words[-1]
    if noun is None:
        return None
    if noun.tag_ == "NNPS":
        # "7 Civilians Killed 25 Injured": a title-case plural is read as a
        # name and keeps its plural; the lead's "seven civilians" has lemma civilian
        return singular_noun(noun.lower_)
    return noun.lemma_.lower()


def singular_noun(word: str) -> str:
    """An English plural's singular, for the regular forms a headline's
    people take ("civilians", "militias", "casualties", "fighters")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_HEADLINE_FATES = frozenset({"dead", "killed", "wounded", "injured", "hurt"})
_MONTHS = frozenset(m.lower() for name in calendar.month_name[1:] for m in (name, name[:3], name[:4]))


def _carried_to(sentence: str, outlet: str) -> bool:
    """Whether the sentence has its speaker tell `outlet` ("In a statement to
    SANA a source at X said", "X told SANA reporter"): a known source
    (sources.csv) after "to" or "told", by any of its names."""
    for found in _TOLD_TO.finditer(sentence):
        words = found.group("who").split()
        if any(
            (known := lookup(" ".join(words[:n]))) is not None and known.name == outlet
            for n in range(len(words), 0, -1)
        ):
            return True
    return False


_TOLD_TO = re.compile(r"\b(?:told|tells?|to)\s+(?:the\s+)?(?P<who>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")


def carriers_told(doc: Doc, sentences: list[tuple[Span, str]]) -> None:
    """A count credited to a known outlet or agency ("… hurt by shells
    according to SANA", and the headline and lead that tell it again)
    that a later sentence tells again from a source who spoke to that outlet
    ("Speaking to SANA a source at a police command said … wounding
    5") is the source's: the outlet carried it, the source told it. The same
    outcome and number, told by a named source that is not the outlet. The
    sentence that itself credits the outlet ("… according to SANA") keeps it:
    that is whom it names (the second blind file's annotators credit it so)."""
    starts = [s.start_char for s, _ in sentences]
    claims = doc._.claims

    def sentence_of(claim: CasualtyClaim) -> tuple[Span, str]:
        return sentences[bisect_right(starts, claim.span[0]) - 1]

    for j, later in enumerate(claims):
        if not isinstance(later, CasualtyClaim) or not later.claimant or not later.best or later.best < 2:
            continue
        sent_text = sentence_of(later)[1]
        for i, earlier in enumerate(claims[:j]):
            if (
                isinstance(earlier, CasualtyClaim)
                and not _names_its_own(sentence_of(earlier)[0], earlier.claimant)
                and earlier.claimant
                and earlier.claimant != later.claimant
                and _count_key(earlier) == _count_key(later)
                and (known := lookup(earlier.claimant)) is not None
                and known.name == earlier.claimant
                and _carried_to(sent_text, known.name)
            ):
                claims[i] = earlier.model_copy(update={"claimant": later.claimant})


def _names_its_own(sent: Span, claimant: str | None) -> bool:
    """Whether the sentence itself names the claimant ("… according to SANA")."""
    return bool(sent._.wm_named) and sent._.claimant == claimant
