"""Casualty figures in a sentence: how many, what happened to them, which
party they belonged to, and whether the figure is a running toll.

A toll with its breakdown ("311 dead: 183 rebels, 100 soldiers, 28
civilians") yields the total and each part, linked by `part_of`, so a later
stage can supersede tolls part by part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from warmonitor.extract.numbers import Count, find_counts

OUTCOMES: dict[str, str] = {
    r"kill(?:ed|ing|s)?|dead|deaths?|died|dying|death toll|lost (?:their|his|her) lives": "killed",
    r"casualt(?:y|ies)|fatalit(?:y|ies)|bodies|slain|massacred|executed|lives": "killed",
    r"wound(?:ed|ing|s)?|injur(?:ed|ing|ies|y)|hurt": "injured",
    r"captured|taken prisoner|prisoners|abducted|kidnapped|taken hostage|hostages": "captured",
    r"displaced|fled|forced to flee|uprooted|evacuated": "displaced",
    r"missing|unaccounted for": "missing",
}
_OUTCOME_RE = re.compile(r"\b(?:" + "|".join(f"(?P<o{i}>{p})" for i, p in enumerate(OUTCOMES)) + r")\b", re.I)
_OUTCOME_BY_GROUP = {f"o{i}": outcome for i, outcome in enumerate(OUTCOMES.values())}

# The noun after a count says whose count it is. Order matters: first match wins.
PARTIES: list[tuple[str, str]] = [
    (r"children|child|minors|kids|boys|girls", "civilians:children"),
    (r"women|woman", "civilians:women"),
    (
        r"civilians?|residents|non-combatants|students|worker|workers|medics|journalists",
        "civilians",
    ),
    (
        r"(?:pro-?government|pro-regime|government|regime|army|loyalist)\b[\w\s-]{0,30}?"
        r"(?:forces|fighters|troops|soldiers|members|personnel|militiamen|gunmen)",
        "government",
    ),
    (r"members of the (?:government|regime|army|security)[\w\s-]{0,30}", "government"),
    (
        r"soldiers?|troops|servicemen|security (?:forces|personnel|officers)|policem[ae]n|officers|conscripts",
        "government",
    ),
    (
        # "terrorists" and "attackers" are how an army names the fighters it faces.
        r"(?:rebels?|insurgents?|militants?|jihadists?|terrorists?|attackers|opposition fighters|fighters|gunmen|combatants|"
        r"factions?|members of (?:hts|hayat tahrir al-sham|the factions|armed groups?))",
        "rebels",
    ),
    (r"(?:[A-Z][\w-]+\s){0,3}(?:and (?:allied|affiliated) )?fighters", "rebels"),
    (r"people|persons|individuals|casualties|dead|deaths|bodies|lives", "total"),
]
_PARTY_RES = [(re.compile(rf"^(?:[\w'-]+\s+){{0,4}}?(?:{p})\b", re.I), party) for p, party in PARTIES]
_DIRECT_OUTCOME = re.compile(
    r"^\s*(?:were |have been |had been |people )?(?:killed|dead|wounded|injured)\b", re.I
)
_VERB_BEFORE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|shot dead)\s+(?:at least\s+)?$", re.I
)
_VERB_AFTER = re.compile(
    r"^\s*(?:[\w'-]+\s+){1,3}?(?:were|was|have been|had been)\s+(?:killed|shot dead|wounded|injured)\b", re.I
)
_NOT_PEOPLE = re.compile(
    r"^\s*(?:[\w'-]+\s+){0,2}?(?:km|kilomet(?:re|er)s?|miles?|metres|meters|per ?cent|%|years?|year-old|"
    r"months?|days?|weeks?|hours?|minutes?|villages?|towns?|hamlets?|vehicles?|tanks?|drones?|raids?|"
    r"strikes?|air ?strikes?|shells?|rockets?|missiles?|bombs?|barrels?|positions?|buildings?|homes?|houses?|"
    r"checkpoints?|times?|kilograms?|tonnes?|dollars?|million|billion|\$|am|pm|o'clock)\b",
    re.I,
)
_MONTHS = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
_DATE_BEFORE = re.compile(rf"(?:{_MONTHS})\.?\s*$", re.I)
_DATE_AFTER = re.compile(rf"^\s*(?:{_MONTHS})\b", re.I)
_TOLL_BEFORE = re.compile(
    r"(?:toll|tally|count|number of (?:people |those )?(?:killed|dead)|deaths of|the dead)\b[^.;]{0,80}?"
    r"\b(?:to|at|of|reached|stands at|stood at|rose to|is|was)\s*$",
    re.I,
)
_CUMULATIVE = re.compile(
    r"\bsince\b|\btoll\b|\btally\b|\bso far\b|\bin total\b|\boverall\b|\bcumulative\b|"
    r"\b(?:rose|risen|rises|climbed|climbs|raised|reached) (?:to|its)\b|\bcount of the dead\b|"
    r"\bin (?:days|weeks|months) of\b|\bover the past\b|\bsince the (?:start|beginning)\b",
    re.I,
)
_SUBSET_LINK = re.compile(r"(?:including|among them|among whom|of whom|of them|\()\s*$", re.I)


@dataclass
class CasualtyFigure:
    outcome: str
    party: str
    low: int | None
    best: int | None
    high: int | None
    qualifier: str | None
    scope: str
    start: int
    end: int
    part_of: int | None = None  # index into the same sentence's figures
    subset: str | None = None
    notes: list[str] = field(default_factory=list)


def _party_after(text: str) -> str | None:
    text = re.sub(r"^[\s,:]*(?:were|are|was|of them|of whom)?\s*", "", text)
    for pattern, party in _PARTY_RES:
        if pattern.search(text):
            return party
    return None


def _is_excluded(sentence: str, count: Count, offset: int) -> bool:
    before = sentence[: count.start - offset]
    after = sentence[count.end - offset :]
    if _NOT_PEOPLE.match(after) or _DATE_BEFORE.search(before) or _DATE_AFTER.match(after):
        return True
    if re.match(r"^\s*(?:-|\u2013)?\s*year", after, re.I) or re.search(
        r"\b(?:aged?|age of)\s*$", before, re.I
    ):
        return True  # an age
    if re.match(r"^[/:.-]\d", after) or re.search(r"\d[/:.+-]$", before):
        return True  # part of a date, time or phone number
    is_year = 1900 <= count.value <= 2100 and not count.qualifier
    return is_year and _party_after(after) is None


def _outcome_for(sentence: str, local_start: int, local_end: int) -> str | None:
    """The nearest outcome word, preferring one in the same clause."""
    best: tuple[int, str] | None = None
    for match in _OUTCOME_RE.finditer(sentence):
        group = next(g for g, v in match.groupdict().items() if v)
        distance = local_start - match.end() if match.end() <= local_start else match.start() - local_end
        between = sentence[min(match.end(), local_end) : max(match.start(), local_start)]
        distance += 40 * between.count(";") + 25 * len(re.findall(r",\s*(?:and|while|but)\b", between))
        if best is None or distance < best[0]:
            best = (distance, _OUTCOME_BY_GROUP[group])
    return best[1] if best and best[0] < 160 else None


def find_casualties(sentence: str, offset: int = 0) -> list[CasualtyFigure]:
    """Casualty figures in one sentence; spans are offsets into the report."""
    if not _OUTCOME_RE.search(sentence):
        return []
    cumulative = bool(_CUMULATIVE.search(sentence))
    figures: list[CasualtyFigure] = []
    counts = find_counts(sentence, offset)
    for k, count in enumerate(counts):
        if _is_excluded(sentence, count, offset):
            continue
        local_start, local_end = count.start - offset, count.end - offset
        # The noun phrase ends where the next figure starts.
        stop = counts[k + 1].start - offset if k + 1 < len(counts) else len(sentence)
        after = sentence[local_end : min(stop, local_end + 80)]
        of_them = bool(re.match(r"^[\s,]*(?:of them|of whom)\b", after, re.I))
        before = sentence[max(0, local_start - 120) : local_start]
        party = _party_after(after)
        if party is None and (_TOLL_BEFORE.search(before) or _DIRECT_OUTCOME.match(after)):
            party = "total"
        if party is None and (_VERB_BEFORE.search(before) or _VERB_AFTER.match(after)):
            # "killed four Fulani herders", "2 Taliban members were killed": people
            # of no party we know, counted as such.
            party = "unknown"
        if party is None:
            continue
        # A list goes on with the outcome it started with ("255 killed: 143 ..., and 32 civilians").
        outcome = _outcome_for(sentence, local_start, local_end) or (figures[-1].outcome if figures else None)
        if outcome is None:
            continue
        subset = None
        if ":" in party:
            party, subset = party.split(":", 1)
        among = bool(figures) and bool(_SUBSET_LINK.search(sentence[figures[-1].end - offset : local_start]))
        if (of_them or among) and figures and not (figures[-1].party == "total" and party != "total"):
            # "four civilians, two of them students": a subset; but "311 killed,
            # 183 of them rebel fighters" is a part of the total, linked below.
            party, subset = figures[-1].party, subset or "other"
        figures.append(
            CasualtyFigure(
                outcome=outcome,
                party=party,
                low=count.low,
                best=count.best,
                high=count.high,
                qualifier=count.qualifier or ("vague" if count.vague else None),
                scope="cumulative" if cumulative else "incident",
                start=count.start,
                end=count.end,
                subset=subset,
            )
        )
    _link_parts(sentence, offset, figures)
    return figures


def _link_parts(sentence: str, offset: int, figures: list[CasualtyFigure]) -> None:
    """Breakdowns: parties listed after a total are its parts; "including two
    children" after a civilian count is a subset of it."""
    for i, fig in enumerate(figures):
        if fig.party != "total" or fig.best is None:
            continue
        parts = [
            j for j, other in enumerate(figures[i + 1 :], start=i + 1)
            if other.party != "total" and other.subset is None and other.outcome == fig.outcome
        ]  # fmt: skip
        if parts and sum(figures[j].best or 0 for j in parts) <= fig.best:
            for j in parts:
                figures[j].part_of = i
    for i, fig in enumerate(figures):
        if fig.subset and i > 0:
            between = sentence[figures[i - 1].end - offset : fig.start - offset]
            if _SUBSET_LINK.search(between) or len(between) < 30:
                fig.part_of = i - 1
