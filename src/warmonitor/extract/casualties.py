"""Casualty figures in a sentence: how many, what happened to them, which
party they belonged to, and whether the figure is a running toll.

A toll with its breakdown ("311 dead: 183 rebels, 100 soldiers, 28
civilians") yields the total and each part, linked by `part_of`, so a later
stage can supersede tolls part by part.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.tokens import Span, Token

from warmonitor.extract import count_parties, heads, past_eras, records
from warmonitor.extract.cue_data import pattern_data
from warmonitor.extract.numbers import Count, changed_from, find_counts


def _words() -> dict[str, Any]:
    """data/patterns/casualty_words.json: the cue words of this module."""
    loaded: dict[str, Any] = pattern_data("casualty_words.json")
    return loaded


def casualty_word_list(key: str) -> list[str]:
    """A list of casualty_words.json by its key (`phrases` of the entry)."""
    entry = _WORDS[key]
    return list(entry["phrases"])


def lone_victim_nouns(party: str) -> list[str]:
    """casualty_words.json lone_victim: the nouns that give a lone victim `party`."""
    return [n for e in _WORDS["lone_victim"]["parties"] if e["party"] == party for n in e["nouns"]]


def companion_nouns() -> frozenset[str]:
    """casualty_words.json companions: the nouns of those beside one person ("his associates")."""
    return frozenset(_WORDS["companions"]["nouns"])


def _alternation(phrases: list[str]) -> str:
    """Phrases as one alternation, in the data's order (it decides which of
    two phrases starting at one place a search takes)."""
    return "|".join(re.escape(p) for p in phrases)


_WORDS = _words()  # loaded once, at import
# The outcome groups in the data's order: the regex's named group o<i> is group i.
_OUTCOME_GROUPS: list[tuple[str, str]] = [
    (_alternation(g["phrases"]), g["outcome"]) for g in _WORDS["outcomes"]["groups"]
]
OUTCOMES: dict[str, str] = dict(_OUTCOME_GROUPS)
_OUTCOME_RE = re.compile(r"\b(?:" + "|".join(f"(?P<o{i}>{p})" for i, p in enumerate(OUTCOMES)) + r")\b", re.I)
_OUTCOME_BY_GROUP = {f"o{i}": outcome for i, outcome in enumerate(OUTCOMES.values())}


def _party_pattern(entry: dict[str, Any]) -> str:
    """One entry of casualty_words.json `parties` as the words after a count
    (its kind says how they stand; see the file)."""
    nouns = _alternation(entry["nouns"]) if "nouns" in entry else ""
    if entry["kind"] == "modified":
        return rf"(?:{_alternation(entry['modifiers'])})\b[\w\s-]{{0,30}}?(?:{_alternation(entry['heads'])})"
    if entry["kind"] == "opening":
        return rf"(?:{nouns})[\w\s-]{{0,30}}"
    if entry["kind"] == "named":
        return rf"(?:[A-Z][\w-]+\s){{0,3}}(?:and (?:{_alternation(entry['joined_by'])}) )?(?:{nouns})"
    return rf"(?:{nouns})"


# The noun after a count says whose count it is. Order matters: first match wins.
PARTIES: list[tuple[str, str]] = [(_party_pattern(e), e["party"]) for e in _WORDS["parties"]["entries"]]
# A word, or an acronym in brackets after a name: "three Lashkar e Islam (LI) militants".
# A word, an abbreviation with its points ("U.S.", "U.N."), or a bracket.
_WORD = r"(?:[\w'-]+|(?:[A-Z]\.){2,}|\([\w'. -]{1,15}\))\s+"
# A word a count's noun may stand behind: never a verb, preposition or relative
# word (casualty_words.json `not_skipped`), after which other people are named.
_SKIPPED = rf"(?:(?!(?-i:{_alternation(_WORDS['parties']['not_skipped'])})\s){_WORD})"
# (up to four words, then an acronym in brackets: "nine Central Reserve
# Police Force (CRPF) personnel" names the force in five)
_PARTY_RES = [
    (re.compile(rf"^{_SKIPPED}{{0,4}}?(?:\([\w'. -]{{1,15}}\)\s+)?(?:{p})\b", re.I), party)
    for p, party in PARTIES
]
_DIRECT_OUTCOME = re.compile(
    r"^\s*(?:were |have been |had been |people )?(?:killed|dead|wounded|injured|martyred|martyrs)\b"
    r"|^[\s,]*(?:of (?:whom|them)\s+)?(?:later\s+|subsequently\s+)?(?:died|succumbed)\b",
    re.I,
)
# "the two attackers were arrested": people something else happened to.
_OTHER_FATE = re.compile(
    rf"^\s*(?:{_WORD}){{0,3}}?(?:were|was|have been|had been)\s+(?:later\s+)?"
    rf"(?:{_alternation(_WORDS['other_fates']['verbs'])})\b",
    re.I,
)
_KILLED_VERB = (
    rf"(?:{_alternation(_WORDS['killing_verbs']['verbs'])}"
    rf"|(?:{_alternation(_WORDS['killing_verbs']['to_death'])}) to death)"
)
# "wounded another 35", "injuring an additional six": more people than the
# count before (casualty_words.json more_of_them)
_MORE_OF_THEM = rf"(?:{_alternation(_WORDS['more_of_them']['words'])})"
_VERB_BEFORE = re.compile(
    rf"\b(?:{_KILLED_VERB}|killing|wounded|wounding|injured|injuring)\s+(?:{_MORE_OF_THEM}\s+)?(?:at least\s+)?$",
    re.I,
)
_MORE_BEFORE = re.compile(rf"\b{_MORE_OF_THEM}\s+$", re.I)
# "Air strikes kill 12 in Aleppo": a headline's verb, the count's phrase ending
# at once (a preposition, a stop); "kill two birds" counts no people.
_HEADLINE_VERB_BEFORE = re.compile(
    rf"\b(?:{_alternation(_WORDS['killing_verbs']['headline_present'])})\s+(?:at least\s+)?$", re.I
)
_VERB_AFTER = re.compile(
    rf"^\s*(?:{_WORD}){{1,4}}?(?:(?:were|was|have been|had been)\s+(?:{_KILLED_VERB}|wounded|injured)"
    # "12 Jaish al-Islam members died": the count's own verb, intransitive
    r"|(?:have |had )?died)\b",
    re.I,
)
# "eighteen were wounded" after "two were killed": the count's own verb says
# what happened to it, whatever outcome word stands nearer.
_OWN_OUTCOME = re.compile(
    rf"^\s*(?:{_WORD}){{0,3}}?(?:were|was|have been|had been|are)\s+"
    rf"(?:(?:{_alternation(_WORDS['own_outcome_between']['words'])})\s+)?"
    r"(?:" + "|".join(f"(?P<o{i}>{p})" for i, p in enumerate(OUTCOMES)) + r")\b"
    rf"|^\s*(?:{_WORD}){{0,3}}?(?P<died>died|perished|succumbed)\b"
    # "80 others sustained injuries": the hurt told with a verb of their own
    rf"|^\s*(?:{_WORD}){{0,3}}?(?:{_alternation(_WORDS['hurt_told']['verbs'])})\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<hurt>{_alternation(_WORDS['hurt_told']['nouns'])})\b",
    re.I,
)
# A count of things or units just after the number; but "311 in four days":
# a unit behind a preposition is another phrase's ("in four days of fighting").
_NOT_PEOPLE = re.compile(
    rf"^\s*(?!(?:{_alternation(_WORDS['not_people']['prepositions'])})\s)(?:[\w'-]+\s+){{0,2}}?"
    rf"(?:{_alternation(_WORDS['not_people']['units'])})\b",
    re.I,
)
# "killed dozens this week": a time phrase, not the unit the count counts
_WHEN_AFTER = re.compile(rf"^\s*(?:{_alternation(_WORDS['not_people']['time_deictics'])})\s+\w", re.I)
_MONTHS = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
_DATE_BEFORE = re.compile(rf"(?:{_MONTHS})\.?\s*$", re.I)
# "April 5 2017 The jet fighters …" as reports stripped of commas write a date:
# a year after a month and day is never a count.
_DAY_BEFORE = re.compile(rf"(?:{_MONTHS})\.?\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s+$", re.I)
_DATE_AFTER = re.compile(rf"^\s*(?:{_MONTHS})\b", re.I)
# "Since 2014 insurgents have raided ...": a year after a word that only
# takes a time is a year, whatever people follow it.
_TIME_WORD_BEFORE = re.compile(r"\b(?:since|until|till)\s+$", re.I)
# "Hamas, founded in 1987, said its fighters ...": a year after "in" that a
# comma or stop closes is a year; "killed in 2014 clashes" goes on to its noun.
_YEAR_IN_BEFORE = re.compile(r"\bin\s+$", re.I)
_CLAUSE_CLOSES = re.compile(r"^\s*(?:[,;.)]|$)")
_TOLL_BEFORE = re.compile(
    rf"(?:{_alternation(_WORDS['toll_before']['nouns'])})\b[^.;]{{0,80}}?"
    rf"\b(?:{_alternation(_WORDS['toll_before']['links'])})\s*$",
    re.I,
)
# "the death toll from the rocket attacks on <a quarter> in <a city> rose to 8":
# a toll told with a long phrase before a verb that says only a toll's change
_FAR_TOLL_CHARS = int(_WORDS["toll_before"]["far_chars"]) + 40  # the noun, and the verb after the phrase
_FAR_TOLL_BEFORE = re.compile(
    rf"(?:{_alternation(_WORDS['toll_before']['nouns'])})\b[^.;]{{0,{int(_WORDS['toll_before']['far_chars'])}}}?"
    rf"\b(?:has |have |had )?(?:{_alternation(_WORDS['toll_before']['far_links'])})\s*$",
    re.I,
)


def _toll_before(before: str) -> re.Match[str] | None:
    """The toll phrase a count closes, near ("the death toll rose to") or told
    at length before a toll's own verb."""
    return _TOLL_BEFORE.search(before) or _FAR_TOLL_BEFORE.search(before)


_CUMULATIVE = re.compile(rf"\b(?:{_alternation(_WORDS['running_toll']['cues'])})\b", re.I)
# "attacked 3 gunmen", "a group of 11 bandits", "ambushed by 20 fighters":
# people who acted or were aimed at, not casualties (unless their own verb says so).
_NOT_VICTIMS_BEFORE = re.compile(
    rf"\b(?:{_alternation(_WORDS['not_victims_before']['verbs'])}"
    rf"|(?:{_alternation(_WORDS['not_victims_before']['group_nouns'])}) of)\s+"
    rf"(?:(?:{_alternation(_WORDS['qualifiers']['words'])}) )?$",
    re.I,
)
_NEGATED = re.compile(rf"\b(?:{_alternation(_WORDS['negators']['words'])})\b[^.,;]*$", re.I)
# "40 killed, including 12 children", "(12 of them civilians)": a part of the count before.
_OF_ALONE = [f"of {w}" for w in _WORDS["parties"]["part_of_toll"]["of_alone"]]
_SUBSET_LINK = re.compile(
    rf"(?:{_alternation(_WORDS['parties']['part_of_toll']['subset_link'] + _OF_ALONE)})\s*$", re.I
)


# One victim told without a number: "a man was shot dead", "killing a
# civilian", "the victim later died". Only a/an here: "one soldier" is a count.
_LONE = _WORDS["lone_victim"]
_PERSON = rf"(?:{_alternation(_LONE['person_nouns'])})"
_ONE = r"\b(?:an?)\s+(?:[\w'-]+[\s-]+){0,5}?(?P<noun>" + _PERSON + r")\b"
_SINGLE_PASSIVE = re.compile(
    _ONE
    + r"(?:[^.;:]{0,70}?)\s+(?:was|has been|had been)\s+(?:(?:reportedly|allegedly|later|fatally|also)\s+)?"
    rf"(?:{_KILLED_VERB}|found dead)\b",
    re.I,
)
_SINGLE_ACTIVE = re.compile(
    rf"\b(?:{_KILLED_VERB}|killing|kills|murdering|{_alternation(_LONE['life_of'])})\s+"
    r"(?:an?|the|his|her|their|its)\s+(?:[\w'-]+[\s-]+){0,5}?(?P<noun>" + _PERSON + r")\b(?!['\u2019]s|-)",
    re.I,
)
# "shot dead journalist Sohail Khan", "killed police constable Ram Lal": a
# victim's title with no article, right before the name (SATP and wire copy).
_SINGLE_TITLED = re.compile(
    rf"\b(?:{_KILLED_VERB}|killing|kills|murdering)\s+"
    # (casualty_words.json `titled_not_between` may not stand between)
    rf"(?:(?!(?:{_alternation(_LONE['titled_not_between'])})\b)(?-i:[a-z])[\w'-]*\s+){{0,2}}?"
    r"(?P<noun>" + _PERSON + r")\s+(?-i:[A-Z][a-z])",
    re.I,
)
_SINGLE_TO_DEATH = re.compile(
    rf"\b(?:{_alternation(_LONE['to_death_object'])})\s+"
    r"(?:an?|the|his|her|their)\s+(?:[\w'-]+[\s-]+){0,4}?(?P<noun>" + _PERSON + r")\s+to death\b",
    re.I,
)
_SINGLE_DIED = re.compile(
    _ONE + r"(?:[^.;:]{0,60}?)\s+(?:(?:later|subsequently|also)\s+)?"
    r"(?:died|succumbed|lost (?:his|her) life|was found dead)\b",
    re.I,
)
_BODY_OF = re.compile(
    r"\b(?:the )?(?:dead )?body of "
    + _ONE[2:]
    + r"|\b(?:an?)\s+(?:[\w'-]+\s+){0,3}?(?P<owner>"
    + _PERSON[3:-1]
    + r")['\u2019]s\s+(?:\w+\s+)?body\b",
    re.I,
)
# "He later died of his wounds": one death, if the report has told of none before.
_KILLED_HIM = re.compile(
    r"\b(?:killed|killing|murdered|executed|shot dead) (?:him|her)\b"
    rf"|\b(?:{_alternation(_LONE['to_death_pronoun'])}) (?:him|her)(?: up)? to death\b",
    re.I,
)
_ANAPHORIC_DEATH = re.compile(
    r"\b(?:he|she|the (?:victim|injured|wounded)(?: \w+)?|the (?:[\w'-]+\s+){0,2}?"
    + _PERSON
    + r"(?: of [\w' -]{2,40}?)?)\s+"
    r"(?:(?:later|subsequently|eventually|also)\s+)?(?:died|succumbed"
    rf"|was (?:(?:later|subsequently|then|eventually)\s+)?(?:\w+ and )?{_KILLED_VERB})\b",
    re.I,
)
# "killed a Taliban leader and two of his associates": the count of those
# beside one person told without a number (casualty_words.json `companions`).
_COMPANIONS_AFTER = re.compile(
    r"^\s+(?:of (?:his|her|their) )?(?:other )?(?:" + _alternation(_WORDS["companions"]["nouns"]) + r")\b",
    re.I,
)
# "an insurgent mortar team was killed": the person noun modifies a group's
# noun (casualty_words.json `collective_heads`), so no lone victim is told.
_GROUP_AFTER = re.compile(
    r"[\s-]+(?:(?!(?:of|and|or|in|on|at|from|with|by|for|to|the|an?|his|her|their|was|were|is)\b)[\w'-]+[\s-]+){0,2}?"
    rf"(?:{_alternation(_LONE['collective_heads'])})\b",
    re.I,
)
_ONE_PERSON_BEFORE = re.compile(r"\b(?:an?)\s+(?:[\w'-]+[\s-]+){0,5}?" + _PERSON + r"\s+and\s+$", re.I)


# The victim belongs to no party the noun gives away: nouns of one side.
_SINGLE_PARTY = [
    (re.compile(rf"\b(?:{_alternation(e['nouns'])})\b", re.I), e["party"]) for e in _LONE["parties"]
]


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
    period_start: date | None = None  # where a historical toll's period starts
    period_days: int | None = None  # "in the six days of the offensive" -> 6
    span_days: int | None = None  # a running toll's closed span, every cue of it one ("over two days" -> 2)
    earlier: bool = False  # the reading a toll changed from ("rose to 35 from 20": the 20)


_OUTCOME_REACH = 160  # farthest an outcome word can be from its count, in characters
_NEAR = 200  # characters around a count that its tests read; more than any of their matches spans


# Where a count's phrase ends at once: a stop, a verb, a preposition, or the
# next verb of a headline's list ("Shelling kills 3, injures 12").
_PHRASE_ENDS = re.compile(
    rf"^\s*(?:[,.;:(\-\u2013]|$|(?-i:{_alternation(_WORDS['parties']['not_skipped'])})\b"
    rf"|(?:{_alternation(_WORDS['killing_verbs']['headline_present'])})\b)",
    re.I,
)
_PART_OF = _WORDS["parties"]["part_of_toll"]
_PARTY_LEAD = re.compile(
    rf"^[\s,:]*(?:(?P<of>of (?:{_alternation(_PART_OF['of_groups'])})\s+)?(?:{_alternation(_PART_OF['verbs'])})\b"
    rf"|of (?:{_alternation(_PART_OF['of_alone'])})\b)?\s*",
    re.I,
)


def _party_after(text: str) -> str | None:
    # "234 of them were children", "five of the dead were children": the noun
    # after the verb names the part; no other verb is skipped (not_skipped).
    # Where that noun names no party ("109 of the dead were evacuees"), the
    # count is still of the dead.
    lead = _PARTY_LEAD.match(text)
    tried = [text[lead.end() :]] if lead is not None else [text]
    if lead is not None and lead.group("of"):
        tried.append(text[lead.start("of") :])
    for words in tried:
        # The count's own noun comes before its breakdown: "25 people
        # including women and children" counts people, "11 including
        # children" (no noun of its own) the children.
        cut = _BREAKDOWN.search(words)
        for part in ([words[: cut.start()]] if cut else []) + [words]:
            for pattern, party in _PARTY_RES:
                if pattern.search(part):
                    return party
    return None


_BREAKDOWN = re.compile(rf"\s(?:{_alternation(_PART_OF['breakdown'])})\b", re.I)


# Sputnik's page furniture copied into FA-KES articles: "Get short URL" and
# one or two counters after it.
_SHARE_COUNTER = re.compile(r"\bshort URL(?:\s+\d+)?\s*$", re.I)


def _is_excluded(sentence: str, count: Count, offset: int) -> bool:
    # Every test below is anchored at the count: the words just before it
    # are enough, and the whole sentence before would make a long sentence's
    # counts cost its square.
    before = sentence[max(0, count.start - offset - _NEAR) : count.start - offset]
    after = sentence[count.end - offset :]
    if (
        (_NOT_PEOPLE.match(after) and not _WHEN_AFTER.match(after))
        or _DATE_BEFORE.search(before)
        or _DATE_AFTER.match(after)
    ):
        return True
    if _SHARE_COUNTER.search(before) and sentence[count.start - offset : count.start - offset + 1].isdigit():
        return True  # "Get short URL 4016 612": a web page's share counters, not people
    if re.match(r"^\s*(?:-|\u2013)?\s*year", after, re.I) or re.search(
        r"\b(?:aged?|ages? of)(?:\s+(?:from|between))?\s*$", before, re.I
    ):
        return True  # an age, or a range of ages ("aged between 20 and 45")
    if after[:1] == "," and heads.casualty_cues().age_before.search(before):
        return True  # "Karim, 26, died": an age set off by commas
    if re.match(r"^[/:.-]\d", after) or re.search(r"\d[/:.+-]$", before):
        return True  # part of a date, time or phone number
    is_year = 1900 <= count.value <= 2100 and not count.qualifier
    return is_year and (
        _party_after(after) is None
        or _DAY_BEFORE.search(before) is not None
        or _TIME_WORD_BEFORE.search(before) is not None
        or (_YEAR_IN_BEFORE.search(before) is not None and _CLAUSE_CLOSES.match(after) is not None)
    )


def _own_outcome(after: str) -> str | None:
    match = _OWN_OUTCOME.match(after)
    if match is None:
        return None
    return next(
        _OUTCOME_BY_GROUP.get(g, "injured" if g == "hurt" else "killed")
        for g, v in match.groupdict().items()
        if v
    )


_QUALIFIED = re.compile(rf"\s+(?:(?:{_alternation(_WORDS['qualifiers']['words'])})\s+)?$", re.I)


def _outcome_just_before(before: str) -> str | None:
    """The outcome word right before a count ("... killed 12 wounded 30
    others"): the count's own, whatever the parse hangs it on."""
    last = None
    for match in _OUTCOME_RE.finditer(before, max(0, len(before) - 40)):
        last = match
    if last is None or not _QUALIFIED.fullmatch(before, last.end()):
        return None
    return next(_OUTCOME_BY_GROUP[g] for g, v in last.groupdict().items() if v)


# "five other troops and two farmers": two counts joined by "and", no verb,
# preposition or outcome word between (casualty_words.json not_skipped).
_JOINED = re.compile(
    rf"^(?:\s+(?!(?-i:{_alternation(_WORDS['parties']['not_skipped'])})\s)[\w'()-]+){{0,4}}?\s+and\s+$", re.I
)


_OTHERS_AFTER = re.compile(r"^\s*(?:others?|more)\b", re.I)
# a place phrase right after a count: "22 in neighbouring Idlib province"
PLACE_PREPOSITIONS = rf"(?:{_alternation(_WORDS['told_at']['prepositions'])})"
_PLACE_AFTER = re.compile(rf"^\s+{PLACE_PREPOSITIONS}\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?[A-Z]")


def _shared_outcome(sentence: str, counts: list[Count], k: int, offset: int) -> str | None:
    """The outcome two joined counts share, told after the second ("five
    other troops and two farmers sustained injuries"): the first count's own,
    though a death told before it stands nearer."""
    if k + 1 >= len(counts):
        return None
    between = sentence[counts[k].end - offset : counts[k + 1].start - offset]
    if not _JOINED.match(between) or _OUTCOME_RE.search(between):
        return None
    rest = sentence[counts[k + 1].end - offset :]
    if _OTHERS_AFTER.match(rest):
        return None  # "a child and two women, and nine others were injured": other people
    return _own_outcome(rest)


def _toll_outcome(before: str) -> str | None:
    """The outcome of the toll a count is given for ("the death toll climbed to
    9, with 70 more hurt", "the number of dead stood at 8"): the count's,
    though the hurt counted after it are nearer and the parse may hang it on
    their verb. The last outcome word of the toll's phrase tells it ("death
    toll": killed; "the toll of wounded": injured)."""
    toll = _toll_before(before)
    if toll is None:
        return None
    # "the death toll in an attack on buses of people evacuated ...": the word
    # the toll's noun is compounded with names its outcome, not the last
    # outcome word of the phrase after it (the evacuated are not the toll)
    own = re.search(r"(\w+)\s*$", before[: toll.start()])
    compound = _OUTCOME_RE.fullmatch(own.group(1)) if own is not None else None
    words = [compound] if compound is not None else list(_OUTCOME_RE.finditer(toll.group(0)))
    if not words:
        return None
    return next(_OUTCOME_BY_GROUP[g] for g, v in words[-1].groupdict().items() if v)


# "the number of soldiers killed", "the toll for Russian soldiers killed in
# the country": the people a toll's own noun names.
_NUMBER_OF = re.compile(
    r"\b(?:number|toll|tally) (?:of|for|among) (?P<who>[a-z ]+?) (?:killed|dead|wounded|injured)\b", re.I
)


def _toll_party(before: str) -> str | None:
    """The party of the people a toll's noun names ("the number of soldiers
    killed rose to 126": soldiers), read as a count's noun is; None when the
    toll names no one ("the death toll", "the number of people killed")."""
    toll = _toll_before(before)
    named = _NUMBER_OF.search(toll.group(0)) if toll is not None else None
    if named is None:
        return None
    party = _party_after(" " + named.group("who"))
    return None if party in (None, "total") else party


def _parsed_outcome(token: Token | None) -> str | None:
    """The outcome of the word the parse ties the count to (`heads.fate_word`):
    "a man was killed and 31 others riding in a minibus were wounded" gives the
    31 "wounded", which the nearest outcome word ("killed") would not."""
    word = heads.fate_word(token) if token is not None else None
    if word is None:
        return None
    if (
        outcome_word(word.text) is None
        and word.lower_ in _WORDS["killing_verbs"]["to_death"]
        and any(c.lower_ == "dead" for c in word.children)
    ):
        return "killed"  # "six tribesmen from a militia were shot dead": the verb and "dead" tell it
    return outcome_word(word.text)


def _other_verb(token: Token) -> bool:
    """Whether the parse gives the count a verb of its own that tells no
    outcome, with no outcome word under it: "400 others mostly children have
    been affected by the gas" after "90 were killed" (a blind reading, seed
    2828, found the 400 counted dead). Such a count does not go on with the
    list's outcome; "were reported killed" has its outcome under its verb."""
    # "where 5000 people remain trapped": the verb the count is the subject
    # of, when the parse gives it no fate word at all
    verb = heads.fate_word(token) or _clause_verb(token)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or outcome_word(verb.text) is not None:
        return False
    if _OUTCOME_RE.match(verb.doc.text, verb.idx):
        return False  # "four soldiers fell martyr": an outcome phrase opens on the verb
    noun = heads.head_noun(token) or token
    if not any(n.dep_ in ("nsubj", "nsubjpass") and n.head.i == verb.i for n in (token, noun)):
        return False  # "leaving 27 people dead", "the deaths include 65": the object's fate is further on
    if any(outcome_word(t.text) is not None for t in noun.subtree):
        return False  # "four people injured in the blast are being treated": their own words tell it
    return not any(outcome_word(t.text) is not None for t in verb.subtree if t.i > verb.i)


_SOME_OF = frozenset(_WORDS["whole_of_a_part"]["words"])
# days before the report from which a dated count tells an earlier attack
EARLIER_ATTACK_DAYS = int(_WORDS["earlier_attack"]["days"])


def _whole_of_a_part(token: Token) -> bool:
    """Whether a count names the group a part is taken from ("captured one of
    the two militants", "killed two of the five gunmen", "some of the 40
    soldiers"), its own words telling no fate ("12 of the 30 killed" keeps
    the 30): the part befell, not the whole."""
    # climb the noun phrase's modifiers ("the two Pakistani LeT (LeT)
    # militants": the parse may hang the count on a name inside it)
    noun = token
    while noun.dep_ in ("nummod", "quantmod", "nmod", "compound", "amod", "appos") and noun.head.i != noun.i:
        noun = noun.head
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.i == noun.i:
        return False
    part = of.head
    # (a cardinal or "some", not a fraction: "a third of a million dead" is a count)
    if not (part.tag_ == "CD" or part.lower_ in _SOME_OF) or not part.i < token.i <= noun.i:
        return False  # (the part's own count, "one" of "one of the three", is the casualty)
    return not any(outcome_word(t.text) is not None for t in noun.subtree)


_TIP = _WORDS["told_of_in_a_tip"]
_TIP_NOUNS, _TIP_PREPS, _TIP_THROUGH = (frozenset(_TIP[k]) for k in ("nouns", "preps", "through"))


def _a_tip(noun: Token) -> bool:
    """Whether a noun is a tip's ("information", "inputs", "tip-off" split by the tokenizer)."""
    first = next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i), noun)
    written = noun.doc[first.i : noun.i + 1].text.lower()
    return noun.lemma_.lower() in _TIP_NOUNS or written in _TIP_NOUNS


def _told_of_in_a_tip(token: Token) -> bool:
    """Whether a count is of the people a tip told of ("acting on information
    about the presence of two to three militants", casualty_words.json
    `told_of_in_a_tip`), its own words telling no fate: people believed
    there, not the dead of the operation the tip set off."""
    noun = token
    while noun.dep_ in ("nummod", "quantmod", "compound", "amod") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "appos" and _a_tip(noun.head):
        # "information about five to six militants": the parse takes "about" for the
        # count's and hangs the people on the tip
        return not any(outcome_word(t.text) is not None for t in noun.subtree)
    node = noun
    for _ in range(3):
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _TIP_PREPS:
            return False
        owner = prep.head
        while owner.dep_ == "prep" and owner.lower_ in _TIP_PREPS and owner.head.i != owner.i:
            owner = owner.head  # "information about of 5 6 militants": a stray preposition
        if _a_tip(owner):
            return not any(outcome_word(t.text) is not None for t in noun.subtree)
        if owner.lemma_.lower() not in _TIP_THROUGH:
            return False
        node = owner  # "the presence of N militants": the presence is what the tip is about
    return False


def _clause_verb(token: Token) -> Token | None:
    """The verb a count (or its noun) is the active subject of ("5000 people
    remain trapped" -> remain), None when it is no subject or the verb is a
    copula ("ten children were among 48 people killed": "were" tells
    nothing of its own, whatever the parse hangs on it)."""
    noun = heads.head_noun(token) or token
    for node in dict.fromkeys((token, noun)):
        if (
            node.dep_ == "nsubj"
            and node.head.pos_ == "VERB"
            and node.head.lemma_.lower() not in ("be", "have")
        ):
            return node.head
    return None


def outcome_word(word: str) -> str | None:
    """The outcome ("killed", "injured", "captured", ...) a word alone tells
    ("slain" -> killed), or None (casualties.json `outcomes`)."""
    match = _OUTCOME_RE.fullmatch(word)
    if match is None:
        return None
    return next(_OUTCOME_BY_GROUP[g] for g, v in match.groupdict().items() if v)


def _harm_doer(noun: Token) -> bool:
    """Whether a count's noun names people who do harm (casualty_words.json
    `harm_doers`): "assailants", or any noun "unidentified"/"armed"/"masked"."""
    entry = _WORDS["harm_doers"]
    return noun.lower_ in entry["nouns"] or any(
        c.dep_ == "amod" and c.lower_ in entry["modifiers"] for c in noun.children
    )


def _doer_of_harm(token: Token) -> bool:
    """Whether the count's people did the harm: "two gunmen killed five
    shoppers" (the subject of a verb of harm that has an object)."""
    noun = token.head if token.dep_ in ("nummod", "quantmod") else token
    verb = noun.head
    if token.i > 0 and _OUTCOME_RE.fullmatch(token.doc[token.i - 1].text):
        return False  # "kill 10 civilians injure 16": the object of the verb before
    # The object is a count of people ("five shoppers", "dozens"); "eight
    # others injured the Red Crescent has announced" is a comma lost.
    objects = [
        c for c in verb.children
        if c.dep_ == "dobj" and (c.tag_ == "CD" or any(n.dep_ in ("nummod", "quantmod") for n in c.children)
                                 or (c.lower_ in ("dozens", "scores", "hundreds", "thousands")))
    ]  # fmt: skip
    # "Two children killed 5 others injured in a rocket attack": a headline's
    # two counts, the second with its own outcome word, not an object.
    if any(_OUTCOME_RE.fullmatch(t.text) for o in objects for t in o.doc[o.i + 1 : o.i + 3]):
        return False
    if not objects and _harm_doer(noun):
        # "two unidentified assailants shot dead the caretaker": a person
        # told without a count, but no outcome word ("killed injured").
        objects = [
            c for c in verb.children
            if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") and not _OUTCOME_RE.fullmatch(c.text)
        ]  # fmt: skip
    return (
        noun.dep_ == "nsubj" and verb.pos_ == "VERB" and bool(objects)
        # "shot dead six worshippers": the outcome word hangs on the verb
        and (
            _OUTCOME_RE.fullmatch(verb.text) is not None
            or any(w.lower_ == "dead" for c in verb.children for w in (c, *c.children))
            or any(c.dep_ == "prt" and c.lower_ in _WORDS["harm_doers"]["kill_particles"] for c in verb.children)
        )
    )  # fmt: skip


_BEFORE_AND = re.compile(r"^\s*(?P<word>[\w-]+)\s+(?:and|or)\s*$")


def _shared_noun_party(after: str, following: Token | None) -> str | None:
    """ "30 regime and 39 rebel fighters": the first count's word shares the
    next count's noun ("regime fighters")."""
    found = _BEFORE_AND.match(after)
    noun = heads.head_noun(following) if found is not None and following is not None else None
    if found is None or noun is None:
        return None
    shared = _party_after(f" {found.group('word')} {noun.text}")
    # "129 loyalists and 116 rebels": a word that adds nothing to the noun's
    # party is a noun of its own, of a party we do not read.
    return shared if shared != _party_after(f" {noun.text}") else None


def _subject_of_outcome(token: Token | None) -> bool:
    """Whether the count's noun is the subject of the word of its fate
    ("25 members ... died", "40 soldiers ... were killed")."""
    # Deaths and wounds only: "four million have fled" is the war's exodus.
    if token is None or _parsed_outcome(token) not in ("killed", "injured"):
        return False
    noun = token.head if token.dep_ in ("nummod", "quantmod") else token
    verb = heads.fate_word(token)
    if verb is None or noun.head != verb:
        return False
    # "Get short URL 4016 At least 12 civilians were killed": a number with
    # another between it and the noun is page furniture, not this count.
    if any(t.tag_ == "CD" for t in token.doc[min(token.i, noun.i) + 1 : max(token.i, noun.i)]):
        return False
    # "three suicide bombers killed two people": the subject of a verb with
    # an object did the killing.
    return noun.dep_ == "nsubjpass" or (
        noun.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in verb.children)
    )


# "others", and "other" printed for it right before the hurt's word ("4 people
# killed and 15 other injured": a typo seen in FA-KES headlines and leads)
_OTHERS = re.compile(r"\s*others\b|\s*other(?=\s+(?:were\s+|are\s+)?(?:injured|wounded|hurt)\b)", re.I)
_ONE_WORD = re.compile(r"\s+(?:others|other|more)\s+(?=[A-Za-z])", re.I)


def _others_party(figures: list[CasualtyFigure]) -> str:
    """The side of "N others" hurt beside the sentence's count before them:
    "45 civilians were killed and 30 others wounded" are other civilians, as
    the FA-KES gold reads them; others of "a person", "three people" or "two
    children" (a part of the civilians, not all of them), or with no count
    before them, are people of no told side (`total`), not fighters of an
    unstated side (`unknown`)."""
    last = figures[-1] if figures else None
    return last.party if last is not None and last.subset is None else "total"


def _adjacent_outcome(after: str) -> str | None:
    """The outcome word right after a count in a headline's list without
    commas ("Seven dead 20 wounded in blast", "Civilian killed 4 injured in
    shelling"): the count's own, though the word before it is as near (of
    36 FA-KES headlines "… killed N injured in …" none had "killed" take N).
    Not where the word takes a count of its own ("… killed 12 wounded 30").
    "others" or "more" may stand between ("Boy killed three others injured in …")."""
    match = _OUTCOME_RE.match(after, len(after) - len(after.lstrip()))
    noun = _ONE_WORD.match(after) if match is None else None
    if noun is not None:
        match = _OUTCOME_RE.match(after, noun.end())
    if match is None or match.start() == 0:
        return None
    if re.match(r"\s*(?:at least\s+|more than\s+|about\s+)?\d", after[match.end() :]):
        return None
    rest = after[match.end() :]
    if any(c.start == len(rest) - len(rest.lstrip()) for c in find_counts(rest[:40])):
        return None  # "... Kills Five Injures Seven": the word takes a count in words
    return next(_OUTCOME_BY_GROUP[g] for g, v in match.groupdict().items() if v)


def _outcome_for(sentence: str, local_start: int, local_end: int) -> str | None:
    """The nearest outcome word, preferring one in the same clause."""
    best: tuple[int, str] | None = None
    # Only words under _OUTCOME_REACH characters away can win, so only they are
    # looked at (a whole long sentence per count is quadratic), and the clause
    # penalties are counted only for a word near enough to beat the best so far.
    window = (max(0, local_start - _OUTCOME_REACH - _NEAR), local_end + _OUTCOME_REACH + _NEAR)
    for match in _OUTCOME_RE.finditer(sentence, *window):
        distance = local_start - match.end() if match.end() <= local_start else match.start() - local_end
        if distance >= (best[0] if best else _OUTCOME_REACH):
            if match.start() >= local_end:
                break  # words after the count only get farther
            continue
        between = sentence[min(match.end(), local_end) : max(match.start(), local_start)]
        distance += 40 * between.count(";") + 25 * len(re.findall(r",\s*(?:and|while|but)\b", between))
        if distance < (best[0] if best else _OUTCOME_REACH):
            group = next(g for g, v in match.groupdict().items() if v)
            best = (distance, _OUTCOME_BY_GROUP[group])
    return best[1] if best else None


# "lost 17 of its fighters" (heads.lost_members reads the parse): a surface
# test that lets such a sentence with no outcome word be read at all.
_LOSS_WORD = re.compile(r"\blo(?:st|se|ses|sing)\b", re.I)


def find_casualties(
    sentence: str,
    offset: int = 0,
    *,
    first_death: bool = False,
    sent: Span | None = None,
    published: date | None = None,
) -> list[CasualtyFigure]:
    """Casualty figures in one sentence; spans are offsets into the report.
    `first_death`: the report has told of no death before this sentence, so
    "he later died" is a death of its own. With the parsed sentence `sent`
    (and the report's `published` day), each count's head noun and verb
    decide whether it counts casualties at all (heads.not_a_casualty) and
    whether it is a toll told as background (scope "historical")."""
    if not _OUTCOME_RE.search(sentence) and not (sent is not None and _LOSS_WORD.search(sentence)):
        return []
    figures = _counted(sentence, offset, sent, published)
    figures += _paired_victims(sent, offset, figures) if sent is not None else []
    singles = _single_victims(sentence, offset, figures, first_death)
    if sent is not None and singles:
        # "a retired general died of a heart attack": no death of the war
        tokens = [heads.count_token(sent.doc, f.start, f.end) for f in singles]
        singles = [
            f for f, t in zip(singles, tokens, strict=True) if t is None or not heads.not_of_the_war(t)
        ]
    figures += singles
    figures.sort(key=lambda f: f.start)
    _others_of_a_lone_victim(sentence, offset, figures)
    _link_parts(sentence, offset, figures)
    for fig in figures:
        parent = figures[fig.part_of] if fig.part_of is not None else None
        if parent is not None and parent.scope == "historical":
            # "that attack, which killed 1,429 people including 426 children": a
            # breakdown of a background toll is background too.
            fig.scope, fig.period_start = "historical", parent.period_start
        elif parent is not None and parent.scope == "cumulative" and fig.scope == "incident":
            # "the toll rose to 40, including 12 children": a breakdown of a
            # running toll runs with it, wherever the parse hangs the part.
            fig.scope, fig.period_days, fig.span_days = "cumulative", parent.period_days, parent.span_days
    return figures


_ONE_OF = frozenset(("a", "an", "one", "his", "her", "their"))


def _one_person(token: Token) -> bool:
    """ "a woman", "an elderly man", "his daughter": one person, told without
    a number (casualty_words.json lone_victim `person_nouns`)."""
    return (
        token.tag_ == "NN"
        and token.lower_ in _LONE_PERSONS
        and any(c.dep_ in ("det", "poss", "nummod") and c.lower_ in _ONE_OF for c in token.children)
    )


_LONE_PERSONS = frozenset(n.lower() for n in _LONE["person_nouns"] if " " not in n)


def _split_subjects(token: Token) -> list[Token]:
    """ "A constable and a shopkeeper died": the parse may hang both nouns on
    the verb as two subjects, with no conjunct; the second, after "and"."""
    return [
        c for c in token.head.children
        if c.i > token.i and c.dep_ == token.dep_
        and all(t.dep_ == "cc" for t in token.doc[token.i + 1 : c.left_edge.i])
        and c.left_edge.i > token.i + 1
    ]  # fmt: skip


def _paired_victims(sent: Span, offset: int, counted: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """One victim each for persons coordinated as the subject of a fate told
    without a number: "a woman and a child were killed", "a policeman and a
    militant died", "a man and his daughter were injured" (read in SATP
    summaries and FA-KES articles: the one-victim patterns took only one of
    them, or none, and the party of the other). Not the doers of an act with
    an object ("a man and his son killed a guard"); not people a figure
    already counts ("two women and a child": the child alone is added)."""
    found: list[CasualtyFigure] = []
    taken = [(f.start, f.end) for f in counted]

    def counted_noun(member: Token) -> bool:  # "two women" in "two women and a child"
        return any(c.dep_ == "nummod" and any(a <= c.idx < b for a, b in taken) for c in member.children)

    for token in sent:
        members = [token, *(c for c in token.conjuncts if c.i > token.i), *_split_subjects(token)]
        if (
            token.dep_ not in ("nsubj", "nsubjpass")
            or len(members) < 2
            or not any(map(_one_person, members))
            or not all(_one_person(m) or counted_noun(m) for m in members)
        ):
            continue
        outcome = _parsed_outcome(token)
        if outcome not in ("killed", "injured") or any(c.dep_ == "dobj" for c in token.head.children):
            continue
        for member in filter(_one_person, members):
            start, end = member.idx, member.idx + len(member.text)
            if any(a < end and start < b for a, b in taken):
                continue
            party = next((p for r, p in _SINGLE_PARTY if r.fullmatch(member.text)), "unknown")
            party, _, subset = party.partition(":")
            found.append(
                CasualtyFigure(
                    outcome=outcome, party=party, low=1, best=1, high=1, qualifier=None, scope="incident",
                    start=start, end=end, subset=subset or None,
                    notes=["one victim, no number given"],
                )
            )  # fmt: skip
    return found


# The words that may still be a lone victim's after his first person noun
# ("a head constable": "constable"), up to two, none of these.
_OWN_WORDS_ON = re.compile(
    r"(?:\s+(?!(?:and|or|who|which|that|was|were|has|have|had|is|are|died|succumbed|lost|in|at|on|near|by|from)\b)"
    r"[A-Za-z][\w'-]*){0,2}"
)


def _own_words(sentence: str, match: re.Match[str], name: str | None) -> str:
    """A lone victim's own words, whose nouns give his side: the match up to
    his first person noun and at most two words after it ("a head constable
    was killed": "a head constable"; "a constable and a villager died": "a
    constable"; "shot and killed a villager": the villager), not the words
    of others after him."""
    if not name:
        return match.group(0)
    tail = _OWN_WORDS_ON.match(sentence, match.end(name))
    return sentence[match.start() : tail.end() if tail else match.end(name)]


def _single_victims(
    sentence: str, offset: int, counted: list[CasualtyFigure], first_death: bool
) -> list[CasualtyFigure]:
    """One death each for victims told without a number, unless a figure
    already covers the words."""
    found: list[CasualtyFigure] = []
    taken = [(f.start - offset, f.end - offset) for f in counted]
    matches = [
        m
        for r in (_SINGLE_PASSIVE, _SINGLE_ACTIVE, _SINGLE_TITLED, _SINGLE_TO_DEATH, _SINGLE_DIED, _BODY_OF)
        for m in r.finditer(sentence)
    ]
    if first_death:
        matches += list(_KILLED_HIM.finditer(sentence))
        if not any(f.outcome == "killed" for f in counted):
            matches += list(_ANAPHORIC_DEATH.finditer(sentence))
    for match in sorted(matches, key=lambda m: m.start()):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        if _NEGATED.search(sentence[max(0, match.start() - 40) : match.start()]):
            continue
        if _same_people(sentence, offset, counted, match.start()):
            continue
        name = next((g for g in ("noun", "owner") if match.groupdict().get(g)), None)
        if name and _GROUP_AFTER.match(sentence, match.end(name)):
            continue
        victim = match.group(name) if name else match.group(0)
        # the victim's own words, not those after him ("a constable and a
        # villager died": the constable is no civilian)
        own = _own_words(sentence, match, name)
        party = next((p for r, p in _SINGLE_PARTY if r.search(own)), "unknown")
        subset = None
        if ":" in party:
            party, subset = party.split(":", 1)
        start = match.start(name) if name else match.start()
        found.append(
            CasualtyFigure(
                outcome="killed", party=party, low=1, best=1, high=1, qualifier=None, scope="incident",
                start=offset + start, end=offset + start + len(victim), subset=subset,
                notes=["one victim, no number given"],
            )
        )  # fmt: skip
        taken.append((match.start(), match.end()))
        first_death = False
    return found


def _others_of_a_lone_victim(sentence: str, offset: int, figures: list[CasualtyFigure]) -> None:
    """ "A soldier died and two others suffered injuries": the others are of
    the lone victim's side, as "one soldier was killed and two others
    injured" gives them the soldier's (`_others_party`); the lone victim is
    read after the counts, so their party was left `total`. Not when a
    breakdown follows the others ("eight others, including two policemen",
    "19 others, mostly security personnel": people of more than one side),
    nor after a victim who is a part of a side ("a child": `_others_party`)."""
    for before, fig in itertools.pairwise(figures):
        after = sentence[fig.end - offset : fig.end - offset + 60]
        if (
            fig.party == "total"
            and "one victim, no number given" in before.notes
            and before.subset is None
            and before.party not in ("total", "unknown")
            and _OTHERS.match(after)
            and not _BREAKDOWN.search(after.split(" were ")[0])
            and _JOINED_OTHERS.fullmatch(sentence[before.end - offset : fig.start - offset])
        ):
            fig.party = before.party


# "one soldier was killed while 12 others were injured": the words joining a
# lone victim to the others after him
_JOINED_OTHERS = re.compile(rf"[^.;:]*\b(?:{_alternation(_WORDS['others']['joined_by'])})\s+", re.I)


def others_after_a_sentence(
    sentence: str, offset: int, figures: list[CasualtyFigure], before: CasualtyFigure | None
) -> None:
    """ "Shelling killed three civilians. Nine others were wounded in the
    attack": others that open a sentence are of the side of the last count of
    the sentence just before (`before`, None when that sentence told none),
    as `_others_party` gives them within one sentence; not when that count
    was a part of a toll ("14 of the dead were fighters. The three others
    ...": the rest of the toll, of no told side)."""
    if before is None or not figures or before.subset is not None or before.part_of is not None:
        return
    if before.party in ("total", "unknown"):
        return
    first = figures[0]
    after = sentence[first.end - offset : first.end - offset + 60]
    others = _OTHERS.match(after)
    if others is None or first.party != "total" or _BREAKDOWN.search(after.split(" were ")[0]):
        return
    if not _REST_OF_A_TOLL.match(after, others.end()):
        first.party = before.party


# "the three others among the dead": the rest of a toll, not more of the side before
_REST_OF_A_TOLL = re.compile(rf"\s+(?:{_alternation(_WORDS['others']['rest_of_a_toll'])})\b", re.I)


def _same_people(sentence: str, offset: int, counted: list[CasualtyFigure], start: int) -> bool:
    """ "One soldier, said to be a commander, was killed": the counted figure
    before, with no outcome word between, is the same person."""
    for fig in counted:
        end = fig.end - offset
        if fig.outcome == "killed" and end <= start and start - end < 80:
            between = sentence[end:start]
            if not _OUTCOME_RE.search(between) and "." not in between:
                return True
    return False


def _counted(
    sentence: str, offset: int, sent: Span | None = None, published: date | None = None
) -> list[CasualtyFigure]:
    mixed = heads.casualty_cues()
    plausible_max = mixed.plausible_max
    figures: list[CasualtyFigure] = []
    counts = find_counts(sentence, offset)
    tokens = {
        k: heads.count_token(sent.doc, c.start, c.end) if sent is not None else None
        for k, c in enumerate(counts)
    }
    excluded = [_is_excluded(sentence, c, offset) or c.value > plausible_max for c in counts]
    background = {
        k: _background(t, published) if t is not None and published else None for k, t in tokens.items()
    }
    parts = _parts(sentence, counts, offset)
    for k in sorted(parts):
        if background.get(k) is None and background.get(k - 1) is not None:
            # "600 people including 136 children have been killed since 2014":
            # a breakdown of a background toll is background, counted or not.
            background[k] = background[k - 1]
    # A cue inside a background clause ("the war, which has killed 380,000
    # since 2011") makes no other figure of the sentence a running toll.
    told_before = [
        r for k, d in background.items() if d and (t := tokens[k]) is not None
        and (r := heads.background_clause(t)) is not None
    ]  # fmt: skip
    cues = (
        [c for c in heads.running_tolls(sent) if not any(a <= c.token < b for a, b in told_before)]
        if sent is not None
        else None
    )
    if sent is not None:
        # A cue makes running only the counts it speaks of (heads.cue_reach).
        # (Counts of no people, "in the past 48 hours", count in no clause.)
        people = [None if excluded[k] else t for k, t in tokens.items()]
        running = heads.cue_reach(sent.doc, cues or [], people, parts)
    else:
        running = set(range(len(counts))) if _CUMULATIVE.search(sentence) else set()
    period_days = next((c.days for c in cues or [] if c.days), None)
    span_days = max(c.span_days or 0 for c in cues) if cues and all(c.span_days for c in cues) else None
    mixed_counts: set[int] = set()  # the counts of the dead and the hurt together
    for k, count in enumerate(counts):
        if excluded[k]:
            continue
        token = tokens[k]
        if token is not None and heads.an_age(token):
            continue  # "a boy of seven died", "children aged 4 and 6"
        if token is not None:
            own_verb = _own_outcome(sentence[count.end - offset :])
            if (own_verb is None or heads.under_another_noun(token)) and heads.not_a_casualty(token):
                continue
            if heads.not_of_the_war(token):
                continue  # "died of cholera", "killed in a road accident": not the war's dead
            if heads.counterfactual(token):
                continue  # "would have killed thousands": a toll that did not happen
            if _doer_of_harm(token) and not _VERB_BEFORE.search(sentence[: count.start - offset]):
                continue  # "two gunmen killed five shoppers": the killers, not the killed
            if (
                heads.counts_speakers(token)
                and own_verb is None
                and _adjacent_outcome(sentence[count.end - offset : count.end - offset + 40]) is None
                and not _VERB_BEFORE.search(sentence[: count.start - offset])
            ):
                continue  # "two residents said": the tellers, not the dead (commas lost: "killed 10 civilians said")
            if heads.projected(token):
                continue  # "the toll could reach dozens": a forecast, not a count
            if _whole_of_a_part(token):
                continue  # "killed one of the three gunmen": the three are the group, not the dead
            if _told_of_in_a_tip(token):
                continue  # "acting on information about two militants": believed there, not dead
        since = background[k]
        cumulative = k in running
        local_start, local_end = count.start - offset, count.end - offset
        # The noun phrase ends where the next figure starts.
        stop = counts[k + 1].start - offset if k + 1 < len(counts) else len(sentence)
        after = sentence[local_end : min(stop, local_end + 80)]
        of_them = bool(_OF_THEM.match(after))
        before = sentence[max(0, local_start - 120) : local_start]
        # a toll's noun may stand further back than other words before a count
        toll_words = sentence[max(0, local_start - _FAR_TOLL_CHARS) : local_start]
        if (
            mixed.mixed_after.match(after)
            or mixed.mixed_before.search(before)
            or (mixed.mixed_noun.match(after) and not mixed.death_context.search(sentence))
            # "killed and wounded hundreds of civilians, including dozens of
            # children": a part of such a figure is as mixed as its whole
            or (k in parts and k - 1 in mixed_counts)
        ):
            mixed_counts.add(k)
            continue  # "dozens were killed or injured", "several casualties": the dead and the hurt in one figure
        # "three others injured in a rebel mortar attack": the others' party is
        # not in the words after them (the attackers' is), and stays untold.
        told_hurt = _OTHERS.match(after) and (
            _own_outcome(after) or _adjacent_outcome(sentence[local_end : local_end + 40])
        )
        party = _others_party(figures) if told_hurt else _party_after(after)
        if party is None and k + 1 < len(counts):
            party = _shared_noun_party(after, tokens.get(k + 1))
        if party is None and figures and _MORE_BEFORE.search(before) and _VERB_BEFORE.search(before):
            # "killed eight people and injured another eleven": more of the
            # people counted before, their noun left out
            party = _others_party(figures)
        if party is None and _OTHERS.match(after) and _parsed_outcome(token):
            # "31 others riding in a minibus were wounded": their verb is far off
            party = _others_party(figures)
        elliptic = (
            token is not None
            and heads.head_noun(token) is None
            and bool(figures)
            and bool(re.match(r"^\s*(?:were |others )?(?:killed|dead|wounded|injured|hurt)\b", after, re.I))
            and bool(re.fullmatch(r"[^.;:]*\band\s+", sentence[figures[-1].end - offset : local_start]))
        )
        # "killed 45 civilians in Aleppo and 22 in Idlib province": a second
        # count of the same people at another place, the noun left out
        elsewhere = (
            party is None
            and token is not None
            and heads.head_noun(token) is None
            and bool(figures)
            and bool(_PLACE_AFTER.match(after))
            and bool(re.fullmatch(r"[^.;:\d]*\band\s+", sentence[figures[-1].end - offset : local_start]))
            and not _OUTCOME_RE.search(sentence, figures[-1].end - offset, local_start)
        )
        if elliptic or elsewhere:
            # "two dozen villagers were killed and half a dozen wounded": the
            # same people as the count before, the noun left out.
            last = figures[-1]
            party = last.party if last.subset is None else f"{last.party}:{last.subset}"
        if party is None:
            party = _party_from(after) or count_parties.members_side(token)
        if party is None and _COMPANIONS_AFTER.match(after) and _ONE_PERSON_BEFORE.search(before):
            # "a Taliban leader and two of his associates": those with him, of
            # his side (casualty_claims reads it from his phrase)
            party = "unknown"
        if party is None and of_them and figures:
            # "Twenty civilians were killed, 19 of them in Atarib": a part of the
            # count before, told for where it happened (its party set below).
            party = figures[-1].party
        if party is None and (_toll_before(toll_words) is not None or _DIRECT_OUTCOME.match(after)):
            party = _toll_party(toll_words) or "total"
        if party is None and (
            _VERB_BEFORE.search(before)
            or _VERB_AFTER.match(after)
            # a number, not "Air raids kill thousands" (a subheading of the war's story)
            or (not count.vague and _HEADLINE_VERB_BEFORE.search(before) and _PHRASE_ENDS.match(after))
        ):
            # "killed four Fulani herders", "2 Taliban members were killed": people
            # of no party we know, counted as such.
            party = "unknown"
        if party is None and _subject_of_outcome(token):
            # "25 members of the front including a leader of the group died":
            # the verb is further than the words after reach, the parse ties
            # them; "tens were injured", no noun, are people of no told side.
            party = "unknown" if token is not None and heads.head_noun(token) is not None else "total"
        # "300 fighters on both sides", "all five people on board a military
        # helicopter", "a family of six": the parse tells whose they are
        party = count_parties.party_by_parse(token, party)
        if party is None:
            continue
        if party == "total" and figures and changed_from(sentence, local_start):
            # "rose to 23 soldiers, up from 16": the earlier reading of the same toll, of its people
            last = figures[-1]
            party = last.party if last.subset is None else f"{last.party}:{last.subset}"
        told = _own_outcome(after) or _adjacent_outcome(sentence[local_end : local_end + 40])
        if (
            told is None
            and k in parts
            and figures
            and figures[-1].start == counts[k - 1].start
            and not _OUTCOME_RE.search(sentence, figures[-1].end - offset, local_start)
        ):
            # "shells killed 20 people, among them 6 boys, and wounded 90":
            # a breakdown shares its whole's fate, whatever verb the parse
            # hangs it on; not "killing 20 and wounding scores of them".
            told = figures[-1].outcome
        if told is None and k not in parts:
            told = _shared_outcome(sentence, counts, k, offset)
        own = (
            told
            or _outcome_just_before(before)
            or _toll_outcome(toll_words)
            or _parsed_outcome(token)
            # "the jihadists lost 17 of their fighters": their dead
            or ("killed" if token is not None and heads.lost_members(token) else None)
            # "took 2,000 civilians as they fled, to serve as human shields": held, not fled
            or ("captured" if token is not None and heads.held_as_captives(token) else None)
        )
        if own is None and (_NOT_VICTIMS_BEFORE.search(before) or _OTHER_FATE.match(after)):
            continue
        if own is None and token is not None and _other_verb(token):
            continue  # "90 were killed and 400 others have been affected": the 400 are not dead
        # A list goes on with the outcome it started with ("255 killed: 143 ..., and 32 civilians").
        outcome = (
            own
            or _outcome_for(sentence, local_start, local_end)
            or (figures[-1].outcome if figures else None)
        )
        if outcome is None:
            continue
        if (
            since is None
            and outcome in ("killed", "injured")
            and (count.low or count.best or 0) >= mixed.war_toll_min
        ):
            # "the fighting has cost over 400,000 lives": the war's toll, background,
            # from the start its sentence tells ("a war that began in 2011") if any
            start = heads.war_start_day(sent) if sent is not None else None
            since = start or heads.NO_START
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
                scope="historical" if since else "cumulative" if cumulative else "incident",
                start=count.start,
                end=count.end,
                subset=subset,
                period_start=None if since == heads.NO_START else since,
                period_days=period_days if cumulative and not since else None,
                span_days=span_days if cumulative and not since else None,
                earlier=changed_from(sentence, local_start),
            )
        )
    return figures


def _background(token: Token, published: date) -> date | None:
    """Where a toll told as background starts (heads.background_since), or
    the first day of the past year or named era its clause tells it of
    ("the 1982 massacre killed", "thousands died in the firebombing of
    Tokyo", "killed during World War Two"): history, never news of the
    report's days."""
    if heads.confessed(token):
        return heads.NO_START  # "confessed to killing four": the suspect's record
    if records.told_as_a_record(token):
        return heads.NO_START  # "he directed a recent ambush that killed three": his record
    since = heads.background_since(token, published)
    start = past_eras.clause_past_start(token, published)
    if start is None or since is None:
        return since or start
    if start != heads.NO_START and (since == heads.NO_START or start.year < since.year):
        # "died in World War Two" is background by its war noun alone; the era gives its years
        return start
    return since


def _parts(sentence: str, counts: list[Count], offset: int) -> set[int]:
    """The counts told as a breakdown of the one before ("among them 26
    minors", "including 12 children", "19 of them")."""
    return {
        k for k in range(1, len(counts))
        if _SUBSET_LINK.search(sentence[counts[k - 1].end - offset : counts[k].start - offset])
        or _OF_THEM.match(sentence[counts[k].end - offset :])
    }  # fmt: skip


# "19 of them", "six of whom": a part of the count before, however far back it stands.
_OF_THEM = re.compile(rf"^[\s,]*(?:{_alternation(_OF_ALONE)})\b", re.I)


# "102 from Hayat Tahrir al-Sham": a count of people from a named group.
_FROM_GROUP = re.compile(r"^\s*(?:were\s+|of them\s+)?(?:from|of)\s+(?:the\s+)?(?P<who>[^,;:.]{2,60})")


def _party_from(after: str) -> str | None:
    """The side of the group a count's people are "from" (the actor
    dictionary's side: HTS -> rebels), or None."""
    from warmonitor.extract.actors import load_actors

    found = _FROM_GROUP.match(after)
    if found is None:
        return None
    named = load_actors().find(found.group("who"))
    side = named[0].actor.side if named and named[0].start == 0 else None
    return side if side in ("rebels", "government") else None


def _combatants(figures: list[CasualtyFigure]) -> None:
    """ "182 fighters were killed: 102 from HTS, 19 from allied factions and 61
    from government forces": a count whose breakdown spans both sides counts
    the combatants of all parties, not the side its noun names; it becomes the
    total of its parts (party total, subset combatants)."""
    for i, fig in enumerate(figures):
        if (
            fig.party not in ("rebels", "government")
            or fig.subset
            or fig.best is None
            or fig.part_of is not None
        ):
            continue  # (a part of a breakdown already read is not a breakdown's total)
        parts = []
        for other in figures[i + 1 :]:
            if other.outcome != fig.outcome or other.subset is not None or other.party == "total":
                break
            parts.append(other)
        sides = {p.party for p in parts}
        if {"rebels", "government"} <= sides and sum(p.best or 0 for p in parts) <= fig.best:
            fig.party, fig.subset = "total", "combatants"
            for part in parts:
                part.part_of = i


def _link_parts(sentence: str, offset: int, figures: list[CasualtyFigure]) -> None:
    """Breakdowns: parties listed after a total are its parts; "including two
    children" after a civilian count is a subset of it."""
    _combatants(figures)
    for i, fig in enumerate(figures):
        if fig.party != "total" or fig.subset is not None or fig.best is None:
            continue
        parts = [
            j for j, other in enumerate(figures[i + 1 :], start=i + 1)
            if other.party != "total" and other.subset is None and other.outcome == fig.outcome
        ]  # fmt: skip
        if parts and sum(figures[j].best or 0 for j in parts) <= fig.best:
            for j in parts:
                figures[j].part_of = i
    for i, fig in enumerate(figures):
        parent = figures[i - 1] if i > 0 else None
        if (
            fig.subset
            and parent is not None
            and parent.outcome == fig.outcome
            and (parent.best or 0) >= (fig.best or 0)
        ):
            between = sentence[figures[i - 1].end - offset : fig.start - offset]
            of_them = _OF_THEM.match(sentence[fig.end - offset :]) is not None
            linked = _SUBSET_LINK.search(between) or of_them
            # "five women and two children": peers of one list, not a part of the women
            peers = parent.subset is not None and parent.subset != fig.subset
            if linked or (len(between) < 30 and not peers):
                fig.part_of = i - 1
    _list_of_parts(sentence, offset, figures)


# "including 34 women and 49 children": the part's noun (up to three words)
# and the joint between two parts of one list.
_LIST_JOINT = re.compile(r"^(?:\s+[A-Za-z-]+){0,3}\s*(?:,\s*|\s+and\s+|,\s*and\s+)$")


def _list_of_parts(sentence: str, offset: int, figures: list[CasualtyFigure]) -> None:
    """The next part of a breakdown's list is a part of the same total: in
    "108 killed including 34 women and 49 children" the 49 are of the 108,
    not a toll of their own, and "22 children and 10 women" are not 10 of the
    22 ("22 children, 10 of them girls" still are)."""
    for i in range(1, len(figures)):
        fig, before = figures[i], figures[i - 1]
        total = before.part_of
        if total is None or fig.part_of not in (None, i - 1) or not fig.subset or fig.subset == before.subset:
            continue
        if fig.outcome != before.outcome or _OF_THEM.match(sentence[fig.end - offset :]):
            continue
        between = sentence[before.end - offset : fig.start - offset]
        told = sum(f.best or 0 for f in figures if f.part_of == total) + (fig.best or 0)
        if _LIST_JOINT.match(between) and told <= (figures[total].best or 0):
            fig.part_of = total


def tells_outcome(words: str) -> bool:
    """Whether the words name what befell people ("were killed", "wounded")."""
    return _OUTCOME_RE.search(words) is not None


def party_of(words: str) -> str | None:
    """The party of the people the words after a count name ("two suspected
    insurgents" -> rebels), or None when they name none."""
    return _party_after(words)
