"""Event mentions with ACLED's event and sub-event types.

A trigger lexicon gives the sub-event type of each event mention; where a
trained classifier is available for whole texts (warmonitor code/eval), it
is used for the report-level type, but the sentence-level types come from
these triggers, which are readable and checkable by an analyst.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# (trigger pattern, event type, sub-event type); the first that matches a clause wins.
TRIGGERS: list[tuple[str, str, str]] = [
    (r"chemical (?:weapons?|attack)|chlorine|sarin|nerve agent", "Explosions/Remote violence", "Chemical weapon"),
    (r"suicide (?:car )?(?:bomb(?:s|er|ing)?|attack|vest)|(?:car|truck) bombs? (?:driven|detonated) by", "Explosions/Remote violence", "Suicide bomb"),
    (r"(?:aircraft|jets|planes|warplanes|drones?|helicopters?)(?: \w+){0,2} (?:struck|hit|bombed|targeted|pounded)|air ?strikes?|air raids?|warplanes?|war ?jets?|aerial bombardment|drone strikes?|helicopters? dropped|barrel bombs?|bombed from the air", "Explosions/Remote violence", "Air/drone strike"),
    (r"shell(?:ing|ed|s)|artillery|mortars?|rockets?|missiles?|rocket launchers?|bombardment", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    (r"\bIEDs?\b|improvised explosive|roadside bombs?|landmines?|land mines?|car bombs?|explosive device|booby[- ]trap", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    (r"grenades?", "Explosions/Remote violence", "Grenade"),
    (r"recaptured|retook|regained control", "Battles", "Government regains territory"),
    (r"captured|seized|took control|taken control|overran|stormed|seizure of", "Battles", "Non-state actor overtakes territory"),
    (r"redeployment|withdr[ae]w|withdrawn|pulled out|handed over", "Strategic developments", "Non-violent transfer of territory"),
    (r"clash(?:es|ed)?|fighting|battles?|offensive|assault|fought|exchange of fire|firefight|repelled|ambush(?:ed)?", "Battles", "Armed clash"),
    (r"raped|sexual violence|sexually assaulted", "Violence against civilians", "Sexual violence"),
    (r"abducted|kidnapped|abduction|forcibly disappeared", "Violence against civilians", "Abduction/forced disappearance"),
    (r"protest(?:s|ers|ed)? (?:were )?(?:dispersed|fired on|shot)|tear gas|live ammunition (?:at|on) protesters", "Protests", "Protest with intervention"),
    (r"protest(?:s|ed|ers)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ies|ied)|marched|sit-in", "Protests", "Peaceful protest"),
    (r"riot(?:s|ers|ed)?|mob|lynch(?:ed)?", "Riots", "Mob violence"),
    (r"arrest(?:ed|s)?|detained|detention", "Strategic developments", "Arrests"),
    (r"looted|looting|torched|set (?:on )?fire|burned down|demolished", "Strategic developments", "Looting/property destruction"),
    (r"ceasefire|truce|agreement|deal was signed|accord", "Strategic developments", "Agreement"),
    (r"(?:shot|killed|executed|gunned down) (?:\w+ ){0,3}(?:civilians?|villagers|residents|farmers|women|children)", "Violence against civilians", "Attack"),
]  # fmt: skip
# For each trigger, lower-case pieces of which every match contains at least one:
# a sentence holding none of them cannot match, so its regex is not run (most
# sentences hold a few triggers' pieces, not nineteen). Same order as TRIGGERS;
# tests/test_extract_components.py checks no match is skipped.
TRIGGER_STEMS: list[tuple[str, ...]] = [
    ("chemical", "chlorine", "sarin", "nerve agent"),
    ("suicide", "car bomb", "truck bomb"),
    ("aircraft", "jets", "planes", "drone", "helicopter", "air strike", "airstrike", "air raid", "warplane",
     "war jet", "warjet", "aerial bombardment", "barrel bomb", "bombed from the air"),
    ("shell", "artillery", "mortar", "rocket", "missile", "bombardment"),
    ("ied", "improvised explosive", "roadside bomb", "landmine", "land mine", "car bomb", "explosive device",
     "booby"),
    ("grenade",),
    ("recaptured", "retook", "regained control"),
    ("captured", "seized", "took control", "taken control", "overran", "stormed", "seizure of"),
    ("redeployment", "withdr", "pulled out", "handed over"),
    ("clash", "fighting", "battle", "offensive", "assault", "fought", "exchange of fire", "firefight",
     "repelled", "ambush"),
    ("raped", "sexual violence", "sexually assaulted"),
    ("abducted", "kidnapped", "abduction", "forcibly disappeared"),
    ("protest", "tear gas", "live ammunition"),
    ("protest", "demonstrat", "rall", "marched", "sit-in"),
    ("riot", "mob", "lynch"),
    ("arrest", "detained", "detention"),
    ("looted", "looting", "torched", "set ", "burned down", "demolished"),
    ("ceasefire", "truce", "agreement", "deal was signed", "accord"),
    ("shot", "killed", "executed", "gunned down"),
]  # fmt: skip
_TRIGGER_RES = [
    (re.compile(rf"\b(?:{p})\b", re.IGNORECASE), et, st, stems)
    for (p, et, st), stems in zip(TRIGGERS, TRIGGER_STEMS, strict=True)
]
_NOT_AN_EVENT = re.compile(r"\b(?:called for|calls for|condemned|urged|would|could|if)\b", re.I)


@dataclass(frozen=True)
class EventCue:
    event_type: str
    sub_event_type: str
    start: int
    end: int
    trigger: str


# Background, not a happening: "have fought alongside government troops for much of the war".
_HABITUAL = re.compile(r"\bfor (?:much|most|all) of the war\b|\bthroughout the war\b|\bfor years\b", re.I)


def find_event_cues(sentence: str, *, prefilter: bool = True) -> list[EventCue]:
    """The event mentions in one sentence, one per sub-event type
    (`prefilter=False` runs every trigger's regex, for the tests)."""
    return list(_event_cues(sentence, prefilter))


def every_event_cue(sentence: str) -> tuple[EventCue, ...]:
    """Every trigger match in one sentence, in order, several of a type: a
    reader of the parse drops the ones that tell no event ("drones could
    carry chemical weapons") and keeps, with `one_per_type`, the first real
    one of each type ("... after a chemical attack on Tuesday")."""
    return _all_cues(sentence, True)


def one_per_type(cues: list[EventCue] | tuple[EventCue, ...]) -> list[EventCue]:
    """The first cue of each sub-event type, in sentence order; a capture is
    also a clash, so the more specific territorial type stays alone."""
    first: dict[str, EventCue] = {}
    for cue in cues:
        first.setdefault(cue.sub_event_type, cue)
    if "Non-state actor overtakes territory" in first or "Government regains territory" in first:
        first.pop("Armed clash", None)
    return sorted(first.values(), key=lambda c: c.start)


# The events component reads each sentence's cues, then the sub-event model's
# features read the cued sentences' cues again (acled_model.span_features):
# the second reading is a lookup. EventCue is frozen, so sharing them is safe;
# 1,024 sentences outlast a batch of long reports.
@lru_cache(maxsize=1024)
def _event_cues(sentence: str, prefilter: bool) -> tuple[EventCue, ...]:
    return tuple(one_per_type(_all_cues(sentence, prefilter)))


@lru_cache(maxsize=1024)
def _all_cues(sentence: str, prefilter: bool) -> tuple[EventCue, ...]:
    if _HABITUAL.search(sentence):
        return ()
    lowered = sentence.lower()
    found: list[EventCue] = []
    for regex, event_type, sub_event_type, stems in _TRIGGER_RES:
        if prefilter and not any(stem in lowered for stem in stems):
            continue
        for m in regex.finditer(sentence):
            if _NOT_AN_EVENT.search(sentence[max(0, m.start() - 40) : m.start()]):
                continue
            found.append(EventCue(event_type, sub_event_type, m.start(), m.end(), m.group(0)))
    return tuple(sorted(found, key=lambda c: c.start))
