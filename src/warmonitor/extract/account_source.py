"""Whose a lead's counts are when the next sentence names one source telling
only how the attack happened.

"Two blasts hit a checkpoint, killing five and wounding 17. The agency said
the first bomber got out of a car at the barrier." The lead tells its counts
in the outlet's voice; the sentence after names a source that tells how (or
by whom) that same attack happened, not of the dead. The outlet relays that
source's account, and an analyst credits the lead's counts to it
(gold/fakes/README.md, "A source that tells only how the counted deaths
happened", decided 2026-12-01).

What keeps other sentences out (each one a reading the first attempt got
wrong): the source's sentence must name the same attack (an attack noun with
its article, or a place the lead names), else it is another front; it must
tell no count of its own; a witness, survivor or reporter tells what they
saw, not whose count it is; and when any other source in the report gives a
count, the lead may be a figure of none of them and stays the outlet's.
Runs after every other source rule, on counts none gave a source.

Two more report-level readings of whose a count is, by the sources named
after it: a carried source giving way to the next sentence's source telling
the same count (retold_after_carry), and a lead total the one source's items
add up to (lead_total_sources).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from functools import cache
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from warmonitor.extract import attribution
from warmonitor.extract.casualty_sources import figures_by_sentence
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.cue_data import expand_lists, pattern_data
from warmonitor.extract.mentions import span_ents
from warmonitor.ingest.outlets import lookup

# How far after the lead the source's sentence may come: one sentence, or two
# when the one between only tells the lead's counts again (a headline twice)
# or goes on of the counted people in the outlet's voice with no count ("The
# wounded were taken to field clinics."; branch claimant20, 2026-12-01).
_AFTER = 2
# Stances that make a source a party to the attack, not its narrator.
_PARTIES = frozenset(("claimed", "denied"))
# Entity labels that name a place.
_PLACE_LABELS = frozenset(("GPE", "LOC", "FAC"))

_Count = tuple[str, int | None, bool]


@cache
def _account_data() -> dict[str, Any]:
    """retold.json's `account` block, with its patterns' lists filled in."""
    data = pattern_data("retold.json")
    account = dict(data["account"])
    lists = {"determiners": data["determiners"], "attack_nouns": account["attack_nouns"]}
    account["patterns"] = [expand_lists(e["pattern"], lists) for e in account["patterns"]]
    account["identifying_verbs"] = frozenset(account["identifying_verbs"])
    account["victims"] = frozenset(data["victim_nouns"])
    return account


_MATCHERS: dict[int, Matcher] = {}


def _attack_matcher(vocab: Vocab) -> Matcher:
    matcher = _MATCHERS.get(id(vocab))
    if matcher is None:
        matcher = _MATCHERS[id(vocab)] = Matcher(vocab)
        matcher.add("ATTACK", _account_data()["patterns"])
    return matcher


def names_the_attack(sent: Span) -> bool:
    """Whether a sentence names an attack again with its article ("the
    attack", "the first explosion"), the attack noun heading its phrase."""
    return bool(attacks_named_again(sent))


def attacks_named_again(sent: Span) -> list[Token]:
    """The attack nouns a sentence names again with their article, each
    heading its phrase ("the second raid"; not "the rocket launchers")."""
    found = (sent[end - 1] for _, _, end in _attack_matcher(sent.doc.vocab)(sent))
    return [t for t in found if t.dep_ not in ("compound", "amod")]


def tells_an_attack(sent: Span) -> bool:
    """Whether a sentence names an attack or its weapon at all (retold.json
    `attack_nouns`: "in an attack", "air strikes", "a car bomb")."""
    nouns = frozenset(_account_data()["attack_nouns"])
    return any(t.lemma_.lower() in nouns for t in sent)


def _places(sent: Span) -> set[str]:
    return {e.text.lower() for e in span_ents(sent) if e.label_ in _PLACE_LABELS}


def same_attack(lead: Span, later: Span) -> bool:
    """The later sentence names the lead's attack again ("the blast"), or
    an attack or weapon ("Russian jets struck …") at a place the lead names
    while placing it nowhere the lead does not: "the army regained three
    villages" after a two-item headline naming their province is the other
    item, and tells of no attack."""
    if names_the_attack(later):
        return True
    if not tells_an_attack(later):
        return False
    known = lead.text.lower()
    places = _places(later)
    return bool(places) and all(place in known for place in places)


def _a_witness(sent: Span) -> bool:
    """Whether the sentence speaks through a witness, survivor, relative,
    resident or reporter (retold.json account `not_narrators`)."""
    words = frozenset(_account_data()["not_narrators"])
    return any(t.lemma_.lower() in words or t.lower_ in words for t in sent)


def _count_key(claim: CasualtyClaim) -> _Count:
    return (claim.outcome, claim.best, claim.qualifier == "vague")


def _is_voice(source: str | None, voice: str | None) -> bool:
    """Whether a source is no source beyond the outlet (none, the outlet,
    or the outlet under its organisation's name)."""
    if source is None or source == voice:
        return True
    known, outlet = lookup(source), lookup(voice) if voice else None
    return known is not None and outlet is not None and known.name == outlet.name


def _narrator(
    sentences: list[tuple[Span, str]],
    k: int,
    counts: set[_Count],
    theirs: dict[int, set[_Count]],
    voice: str | None,
) -> str | None:
    """The one source a sentence just after lead k names while telling how
    the same attack happened, or None."""
    lead = sentences[k][0]
    for j in range(k + 1, min(k + 1 + _AFTER, len(sentences))):
        later = sentences[j][0]
        if not later._.wm_named:
            identifier = None if theirs.get(j) or _a_witness(later) else _identifier(later)
            if identifier is not None and not _is_voice(identifier, voice):
                return identifier  # "a news website identified one of the wounded as …"
            if theirs.get(j) and theirs[j] <= counts:
                continue  # the lead told again: the source may come next
            if not theirs.get(j) and j == k + 1 and attribution.retells_victims(later):
                continue  # "The wounded were taken to hospitals.": the lead's account goes on
            return None
        source = later._.claimant
        if (
            _is_voice(source, voice)
            or later._.stance in _PARTIES
            or theirs.get(j)
            or _a_witness(later)
            or not same_attack(lead, later)
        ):
            return None
        return str(source)
    return None


def _identifier(sent: Span) -> str | None:
    """The source a sentence names as telling who one of the counted was
    ("Syria Now identified one of the wounded as …"; retold.json account
    `identifying_verbs`): the subject of such a verb whose object names the
    victims ("one of the wounded", "two of the dead"), as the text names it."""
    account = _account_data()
    context = sent.doc._.claimants
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in account["identifying_verbs"]:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        told = [c for c in verb.children if c.dep_ == "dobj"]
        if (
            not subjects
            or context is None
            or not any(
                t.lower_ in account["victims"] or t.lemma_.lower() in account["victims"]
                for c in told
                for t in c.subtree
            )
        ):
            continue
        # The words from the first subject to the verb: without commas the
        # parser splits "news website Syria Now" into two subjects and an adverb.
        words = sent.doc[subjects[0].left_edge.i : verb.i]
        context.limit = words.start_char
        return attribution.canonical_claimant(words.text, context)
    return None


def _others_count(
    doc: Doc, source: str, voice: str | None, lead: list[CasualtyClaim], since: int = 0
) -> bool:
    """Whether any other source in the report gives a count of the lead's
    news: a background toll of the war ("the conflict has killed some
    470,000, a research centre says") is no rival count of the lead's attack,
    nor is a count of another day ("Dozens died in a raid last Monday" after
    two monitors' tolls of Sunday's strikes: the monitors counted Sunday's),
    nor one told before `since`, where the lead opens an item of its own
    (`_item_start`)."""
    return any(
        isinstance(c, CasualtyClaim)
        and c.span[0] >= since
        and c.scope != "historical"
        and c.claimant != source
        and not _is_voice(c.claimant, voice)
        and any(_same_days(c, mine, doc._.published) for mine in lead)
        for c in doc._.claims
    )


def _item_start(sentences: list[tuple[Span, str]], k: int) -> int:
    """Where the item sentence k leads begins, when it is a bulletin's item
    under a subheading run into its opener ("One killed in a rocket attack
    on X In the same context a civilian was killed ...": the subheading, or
    the sentence it heads; attribution.heads_next_item): the bulletin's
    earlier items, each with its own source ("a source at Aleppo Police
    Command"), count other attacks, not this one's. 0 (the whole report)
    for any other sentence: "Two more were killed in X" after activists'
    count is no item whose teller is named after it."""
    sent = sentences[k][0]
    if attribution.heads_next_item(sent):
        return sent.start_char
    if k > 0 and attribution.heads_next_item(sentences[k - 1][0]):
        return sentences[k - 1][0].start_char
    return 0


def _same_days(one: CasualtyClaim, other: CasualtyClaim, published: date | None) -> bool:
    """Whether two counts may be of the same days: their dates overlap. A
    count the text gives no day is the report's day's news (as the claim is
    dated later); with no report day either, it may be of any day."""

    def days(claim: CasualtyClaim) -> tuple[date, date] | None:
        if claim.date is not None:
            return claim.date.start, claim.date.end
        return (published, published) if published is not None else None

    a, b = days(one), days(other)
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def account_sources(doc: Doc, sentences: list[tuple[Span, str]]) -> bool:
    """Credit a lead's counts told in the outlet's voice to the one source
    the next sentence names telling how that attack happened (see the
    module's docstring); says whether it credited any."""
    context = doc._.claimants
    voice = context.outlet if context is not None else None
    told = figures_by_sentence(doc, sentences)
    theirs = {j: {_count_key(doc._.claims[i]) for i in idx} for j, idx in told.items()}
    text = doc.text
    found = False
    for k, figures in told.items():
        lead = sentences[k][0]
        own = [i for i in figures if _is_voice(doc._.claims[i].claimant, voice)]
        if len(own) < len(figures) or lead._.wm_named or lead._.wm_carried:
            continue
        source = _narrator(sentences, k, theirs[k], theirs, voice)
        lead_counts = [doc._.claims[i] for i in own]
        if (
            source is None
            or _others_count(doc, source, voice, lead_counts, _item_start(sentences, k))
            or attribution.someone_speaks(lead, text)
        ):
            continue
        for i in own:
            doc._.claims[i] = doc._.claims[i].model_copy(update={"claimant": source})
        found = True
    # Run from here, as a reading of the same kind, while components.py (the
    # call site) is being split: the lead's vague count beside a retold one.
    return vague_beside_retold(doc, sentences) | found


def vague_beside_retold(doc: Doc, sentences: list[tuple[Span, str]]) -> bool:
    """A vague count in the outlet's voice ("dozens injured", "scores
    wounded") in a headline or lead whose exact count of another outcome is
    one source's, told again, is that source's too when the same source
    alone tells its outcome in the next sentences, up to one with another
    source's count (_same_account): "Rockets kill 10, injure dozens" then
    "the hospital said ten were killed and 41 injured". The headline rounds
    the source's count; the gold codes a vaguer headline figure with the
    source of the figure it stands for. Not in a sentence that names its
    own source. Says whether it moved any."""
    context = doc._.claimants
    voice = context.outlet if context is not None else None
    claims = doc._.claims
    found = False
    told = figures_by_sentence(doc, sentences)
    for k, figures in told.items():
        lead = sentences[k][0]
        vague = [
            i for i in figures if claims[i].qualifier == "vague" and _is_voice(claims[i].claimant, voice)
        ]
        sourced = {
            claims[i].claimant
            for i in figures
            if claims[i].qualifier != "vague" and not _is_voice(claims[i].claimant, voice)
        }
        if not vague or len(sourced) != 1 or lead._.wm_named:
            continue
        source = sourced.pop()
        exact = {claims[i].outcome for i in figures if claims[i].qualifier != "vague"}
        after = _same_account(told, claims, k, source, voice)
        for i in vague:
            # A vague count of the exact count's own outcome is another
            # figure ("19 killed … hours after an attack left dozens dead").
            if claims[i].outcome not in exact and _tellers(after, claims[i].outcome, voice) == {source}:
                claims[i] = claims[i].model_copy(update={"claimant": source})
                found = True
    return found


def _same_account(
    told: dict[int, list[int]], claims: list[Any], k: int, source: str, voice: str | None
) -> list[CasualtyClaim]:
    """The counts told in the sentences after lead k (_RETOLD_WITHIN) up to
    one with a count of another source: "Earlier a source at the province
    said three were hurt" opens another item."""
    found: list[CasualtyClaim] = []
    for j in range(k + 1, k + 1 + _RETOLD_WITHIN):
        counts = [claims[i] for i in told.get(j, [])]
        if any(c.claimant != source and not _is_voice(c.claimant, voice) for c in counts):
            break
        found.extend(counts)
    return found


def _tellers(claims: list[CasualtyClaim], outcome: str, voice: str | None) -> set[str]:
    """The named sources of the counts of an outcome."""
    return {str(c.claimant) for c in claims if c.outcome == outcome and not _is_voice(c.claimant, voice)}


def retold_after_carry(doc: Doc, sentences: list[tuple[Span, str]]) -> bool:
    """A count in a sentence that only carries the source of the sentence
    before, told again by count in the very next sentence by a source named
    there, is that source's: a state-media roundup runs its items together
    ("… the source at the governorate said. Two civilians hurt in a mortar
    attack on the old quarter. Mortars hit the old quarter hurting two
    civilians. A source at the city's police command said the shell hurt
    two civilians"), and the item's source is named after its figures. The
    carried source is a guess one sentence long; a source that tells the
    same exact count is the account's teller. Says whether it moved any."""
    told = figures_by_sentence(doc, sentences)
    found = False
    for k, figures in told.items():
        sent = sentences[k][0]
        carried = sent._.claimant
        if not sent._.wm_carried or carried is None or k + 1 >= len(sentences):
            continue
        later = sentences[k + 1][0]
        source = later._.claimant
        if not later._.wm_named or source in (None, carried) or later._.stance in _PARTIES:
            continue
        mine = [i for i in figures if doc._.claims[i].claimant == carried]
        again = {_count_key(doc._.claims[i]) for i in told.get(k + 1, [])}
        exact = {key for key in again if not key[2]}
        if not exact or exact != again or not exact <= {_count_key(doc._.claims[i]) for i in mine}:
            continue  # a new figure, or none told again: another account
        for i in mine:
            if _count_key(doc._.claims[i]) in exact:
                doc._.claims[i] = doc._.claims[i].model_copy(update={"claimant": source})
                found = True
    return found


# How many sentences after a headline or lead may tell its counts again: the
# lead, then the source's own sentence and one more (a headline, a lead
# repeating it, the source).
_RETOLD_WITHIN = 3
# How many sentences of one source after a lead may hold the parts it sums.
_PARTS_RUN = 3
# The headline and the lead: the sentences whose totals may be a source's sum,
# the report's first sentences.
_LEAD_SENTENCES = 3


def lead_total_sources(doc: Doc, sentences: list[tuple[Span, str]]) -> bool:
    """A headline or lead total in the outlet's own voice whose parts the
    report then gives with one named source is that source's (gold/fakes
    README, "A total told before its sourced parts"). Two readings of its
    parts, neither a case of the other: the later figures of its outcome,
    linked to it or all of one source's, anywhere before the first named count
    (_later_parts_by_source); the first items of the run of one source's
    sentences right after the lead (summed_by_source). Says whether the
    second moved any, as each did where it ran before the two were one:
    restating after the first reading too gave a dev headline count a source
    the gold leaves in the outlet's voice."""
    _later_parts_by_source(doc, sentences)
    return summed_by_source(doc, sentences)


def _later_parts_by_source(doc: Doc, sentences: list[tuple[Span, str]]) -> bool:
    """lead_total_sources' first reading: "Nine killed in shelling" before
    "the police said four died in one district and five in another" is the
    police's, as an analyst credits the figures to whoever supplied them
    (only before the report's first named count). The parts are the later
    figures of the same outcome that name the source: those linked to the
    total (`part_of`), else all that source's later figures, which must add
    up to the total. When no single source's figures are its parts (two
    sources share them, or the outlet tells some), the total stays the
    outlet's. Says whether it moved any."""
    voice = doc._.claimants.outlet if doc._.claimants is not None else None
    claims = doc._.claims
    starts = [s.start_char for s, _ in sentences]
    named = [
        i
        for i, c in enumerate(claims)
        if isinstance(c, CasualtyClaim) and c.scope != "historical" and c.claimant not in (None, voice)
    ]
    if not named:
        return False
    first_named = claims[named[0]].span[0]
    found = False
    for i, c in enumerate(claims):
        if (
            isinstance(c, CasualtyClaim)
            and c.claimant in (None, voice)
            and c.scope != "historical"
            and c.qualifier != "vague"
            and (c.best or 0) > 1
            and c.span[0] < first_named
            and bisect_right(starts, c.span[0]) - 1 < _LEAD_SENTENCES
        ):
            source = _source_of_later_parts(claims, i, named, voice)
            if source is not None:
                claims[i] = c.model_copy(update={"claimant": source})
                found = True
    return found


def _source_of_later_parts(claims: list[Any], total: int, named: list[int], voice: str | None) -> str | None:
    """The one source whose later figures are the parts of claims[total]
    (see _later_parts_by_source), or None."""
    head: CasualtyClaim = claims[total]
    later = [
        j
        for j in range(total + 1, len(claims))
        if isinstance(claims[j], CasualtyClaim)
        and claims[j].outcome == head.outcome
        and claims[j].scope != "historical"
        and claims[j].qualifier != "vague"
    ]
    linked = [j for j in later if claims[j].part_of == total and claims[j].best != head.best]
    if linked:
        sources = {claims[j].claimant for j in linked}
        only = sources.pop() if len(sources) == 1 else None
        return only if only not in (None, voice) else None
    found: list[str] = []
    for source in dict.fromkeys(claims[j].claimant for j in later if j in named):
        own = {j for j in later if claims[j].claimant == source}
        # A part of another of the source's figures ("10 people, four of them
        # children") or its retelling is in that figure already.
        tops = [j for j in own if claims[j].part_of not in own]
        if sum(claims[j].best or 0 for j in tops) == head.best:
            found.append(source)
    return found[0] if len(found) == 1 else None


def summed_by_source(doc: Doc, sentences: list[tuple[Span, str]]) -> bool:
    """lead_total_sources' second reading: a lead total in the outlet's voice whose parts the next sentences'
    one source gives, item by item, summing exactly to it, is that source's
    total: "Nine civilians were killed and 30 hurt in rocket attacks on the
    city. A source at the police command said six were killed in the old
    market. The source added that three died near the university." The
    outlet added up the source's items; an analyst credits the sum to whoever
    gave its parts. At least two parts and an exact sum (no "dozens"), so a
    lone later count of another attack is no part. Says whether it moved any."""
    context = doc._.claimants
    voice = context.outlet if context is not None else None
    told = figures_by_sentence(doc, sentences)
    found = False
    for k, figures in told.items():
        lead = sentences[k][0]
        own = [i for i in figures if _is_voice(doc._.claims[i].claimant, voice)]
        # Only the headline and the lead, as for _later_parts_by_source
        # (gold/fakes/README.md, "A total told before its sourced parts"): a
        # total further down is the report's own summing up.
        if k >= _LEAD_SENTENCES or len(own) < len(figures) or lead._.wm_named or lead._.wm_carried:
            continue
        found_parts = _parts_source(doc, sentences, k, told, voice)
        if found_parts is None:
            continue
        source, untold = found_parts
        for i in own + untold:
            doc._.claims[i] = doc._.claims[i].model_copy(update={"claimant": source})
        found = True
    return found


def _an_item(claims: list[Any], i: int, lead: set[int]) -> bool:
    """A count of its own, or a share linked to a lead count it is less than
    (stated_totals.summed_shares); not a lead count told again."""
    head = claims[i].part_of
    return head is None or (head in lead and (claims[i].best or 0) < (claims[head].best or 0))


def _closed_by_teller(doc: Doc, sent: Span, figures: list[int]) -> bool:
    """Whether the speaker of a sentence is named after all its figures, the
    saying closing the item ("Nine died in the west of the city, the monitor
    said"; "Another 27 were killed in raids, the group added")."""
    if not figures:
        return False
    last = max(doc._.claims[i].span[1] for i in figures)
    return attribution.speaker_after(sent, last)


def _parts_source(
    doc: Doc, sentences: list[tuple[Span, str]], k: int, told: dict[int, list[int]], voice: str | None
) -> tuple[str, list[int]] | None:
    """The source whose counts in the sentences right after lead k (past
    repeats of the lead) sum exactly to one of the lead's counts, or None;
    with the counts of an item in the outlet's voice between the lead and the
    source's first item, when that first item names its teller only at its
    end: a monitor's list whose items each close with the teller, one of them
    told bare ("At least 40 were killed on Friday. Raids left 12 dead in the
    east. Eight died in shelling on the west, the monitor said. Another 20
    were killed in the villages, the group added"), is the monitor's list,
    its bare item and its sum the monitor's too."""
    claims = doc._.claims
    lead = set(told[k])
    totals = {(claims[i].outcome, claims[i].best) for i in told[k] if claims[i].qualifier != "vague"}
    untold: list[int] = []
    j = k + 1
    while j < len(sentences) and not sentences[j][0]._.wm_named and told.get(j):
        if not {(claims[i].outcome, claims[i].best) for i in told[j]} <= totals:
            # not a repeat of the lead: a new account, or a bare item of the
            # list the next sentence closes with its teller
            bare = [i for i in told[j] if _is_voice(claims[i].claimant, voice)]
            after = sentences[j + 1][0] if j + 1 < len(sentences) else None
            if (
                untold
                or len(bare) < len(told[j])
                or sentences[j][0]._.wm_carried
                or after is None
                or not after._.wm_named
                or not _closed_by_teller(doc, after, told.get(j + 1, []))
            ):
                return None
            untold = bare
        j += 1
    if j >= len(sentences) or not sentences[j][0]._.wm_named:
        return None
    source = sentences[j][0]._.claimant
    if _is_voice(source, voice) or sentences[j][0]._.stance in _PARTIES:
        return None
    parts: dict[str, list[int]] = {}
    for m in [j - 1] * bool(untold) + list(range(j, min(j + _PARTS_RUN, len(sentences)))):
        if m != j - 1 and sentences[m][0]._.claimant != source:
            break
        items = [
            (claims[i].outcome, claims[i].best)
            for i in (untold if m == j - 1 else told.get(m, []))
            if claims[i].qualifier != "vague" and claims[i].best is not None and _an_item(claims, i, lead)
        ]
        outcomes = [outcome for outcome, _ in items]
        if len(set(outcomes)) < len(outcomes):
            break  # two counts of one outcome: maybe a total and its part, no one item
        for outcome, best in items:
            parts.setdefault(outcome, []).append(int(best or 0))
    # The first items, in the order told, sum to the total: an item told
    # after them ("Earlier five were killed …") may be an earlier toll.
    summed = any(
        best in {sum(parts.get(outcome, [])[:n]) for n in range(2, len(parts.get(outcome, [])) + 1)}
        for outcome, best in totals
        if best is not None
    )
    return (str(source), untold) if summed else None
