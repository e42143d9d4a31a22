"""Whether a toll belongs to an attack clearly before the report's window.

A report about today's shelling often retells an earlier attack: "In May a
suspected air raid on a camp left dozens dead" in an October report, "a
suicide blast killed six members of the force in April" in a July one,
"the worst since March, when a bombing killed 58". Those dead are not the
report's news; counted as incidents they enter an estimate twice (or on
the wrong day). The date the toll's own clause gives (a calendar day, a
month, "last month", "earlier this year"), or the date of the noun its
clause tells of, is set against the report's day: clearly earlier is
background (scope historical), with the attack's first day as its period
start. A weekday, "last week", "earlier this month" or a day a few weeks
back stays news (gold/fakes/README.md: "An attack recalled from recent
weeks with a datable day is incident"; a completed past month is
historical). The cue words and the number of days are data
(casualties.json `earlier_attack`); month and day names are surface forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc, Token

from warmonitor.extract import dates
from warmonitor.extract.cue_data import pattern_data

_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
# A month named without its day ("in May", "April 2017", "a May 2016 raid"):
# "may" the verb is told apart by its capital, the other names by themselves.
_MONTH_ONLY = re.compile(
    r"(?<!since )(?<!Since )(?<!from )(?<!until )(?<!till )"
    r"\b(?P<month>(?i:january|february|march|april|june|july|august|september|october|november|december)|May)"
    r"(?:\s+(?P<year>(?:19|20)\d{2}))?\b(?!\s+\d{1,2}\b)"
)


_NOUN_TIME_PREPS = ("in", "on", "of", "during")  # "a raid in May", "the massacre of 21 August"
# "in the last month", "over the past month": a window counted back from the
# telling (a running toll), not the calendar month before the report's.
_WINDOW_BEFORE = re.compile(r"\bthe\s+(?:past\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class EarlierCues:
    min_days_back: int  # a day at least this far before the report is another attack's
    skip_preps: frozenset[str]  # "since May", "from May": a running toll's start, not the attack's day
    skip_marks: frozenset[str]  # "since the talks broke off in April": a running toll's start
    start_preps: frozenset[str]  # "since the start of the year in fighting that killed": a running start
    this_year: tuple[str, ...]  # "earlier this year": a time of this year before the report's weeks


@cache
def earlier_cues() -> EarlierCues:
    data = pattern_data("casualties.json")["earlier_attack"]
    return EarlierCues(
        min_days_back=int(data["min_days_back"]),
        skip_preps=frozenset(data["skip_preps"]),
        skip_marks=frozenset(data["skip_marks"]),
        start_preps=frozenset(data["start_preps"]),
        this_year=tuple(p.lower() for p in data["this_year_phrases"]),
    )


def earlier_attack_start(
    verb: Token, family: list[Token], published: date, ruling: list[Token] | None = None
) -> date | None:
    """The first day of the attack a toll's verb tells, when its own time
    phrases (those of the verb and its conjuncts `family`, else those of the
    nouns its clause tells of, else those of the `ruling` verbs its clause
    belongs to) all name a time clearly before the report's window; None
    when one names a recent day, or none names a time."""
    times = _attack_times(verb, family, published)
    if not times and ruling:
        # "September was the deadliest month, with the war killing 3,000"
        times = _attack_times(ruling[0], ruling, published)
    if not times or not all(clearly_before(*t, published) for t in times):
        return None  # "on Monday", "last week": news, whatever else is told
    if all(precision < 3 for _start, _end, precision in times) and _retrospective(verb.doc, published):
        return None  # a digest's or an inquiry's attacks on their days are its news
    return min(start for start, _end, _precision in times)


def _attack_times(verb: Token, family: list[Token], published: date) -> list[tuple[date, date, int]]:
    """The times the verb's own phrases, its family's and (for a clause on a
    noun) the nouns' name."""
    cues = earlier_cues()
    # "... died after warplanes attacked the town on December 11": the clause
    # of the attack that caused the deaths tells their time too.
    # A clause "since peace talks broke off in April" starts a running toll.
    clauses = [
        c for v in family for c in v.children
        if c.dep_ == "advcl" and not any(m.dep_ == "mark" and m.lower_ in cues.skip_marks for m in c.children)
    ]  # fmt: skip
    texts = [
        _text(c) for v in family + clauses for c in v.children
        if _time_child(c, cues) and not (c.dep_ == "npadvmod" and _runs_from(v, cues))
    ]  # fmt: skip
    texts += [_noun_text(c) for v in family for c in v.children if c.dep_ in ("nsubj", "agent")]
    times = [t for text in texts for t in _times(text, published)]
    if not times and verb.dep_ in ("relcl", "acl", "advcl"):
        times = [t for text in _noun_phrases(verb) for t in _times(text, published)]
    return times


def _runs_from(verb: Token, cues: EarlierCues) -> bool:
    """ "killed since the breakdown of a ceasefire last month": with a start
    of its own, a loose time ("last month") is the start's, not an attack's."""
    return any(c.dep_ == "prep" and c.lower_ in cues.start_preps for c in verb.children)


_LEAD_SENTENCES = 2  # the headline and the lead, or the lead's two sentences
_NEWS_DAYS = 7


def _retrospective(doc: Doc, published: date) -> bool:
    """Whether the report is about a time well before it: its first lines
    name a past month or longer and only times clearly before its window
    ("In May, the network documented ...", a rights group's report on last
    winter's attacks), and it names no day of the week before it anywhere.
    Its attacks are then its news, incidents of their own days, not
    background to something newer; ACLED codes a monthly digest's incidents
    by their dates. (Its month's totals, "In May, 103 were killed", stay
    background.)"""
    found: bool | None = doc.user_data.get("wm_retrospective")
    if found is None:
        lead = list(doc.sents)[:_LEAD_SENTENCES]
        times = _times(doc.text[: lead[-1].end_char], published) if lead else []
        # News names its days within the week ("on Monday", "yesterday").
        recent = any(not m.year_only and (published - m.end).days <= _NEWS_DAYS for m in doc._.dates or [])
        # The frame is a past month or longer ("In May, ...", "the attacks in
        # December and March"); a day alone ("the June 9 ambush") is a recall.
        frame = any(precision == 3 for _start, _end, precision in times)
        found = frame and not recent and all(clearly_before(*t, published) for t in times)
        doc.user_data["wm_retrospective"] = found
    return found


def _time_child(child: Token, cues: EarlierCues) -> bool:
    if child.dep_ == "prep":
        return child.lower_ not in cues.skip_preps
    if child.dep_ == "advmod" and child.lower_ in cues.skip_preps:
        return False  # "since" as an adverb: "has since killed"
    return child.dep_ in ("npadvmod", "tmod", "advmod")


def _noun_text(node: Token) -> str:
    """The subject's (or agent's) own words, not its clauses: "the April 4
    attack", "a raid in May on the camp"; "fighting that began in March"
    gives "fighting" alone, since "began in March" starts a running toll."""
    if node.dep_ == "agent":
        node = next((c for c in node.children if c.dep_ == "pobj"), node)
    words = [node.doc[node.left_edge.i : node.i + 1].text]
    words += [_text(c) for c in node.children if c.dep_ == "prep" and c.lower_ in _NOUN_TIME_PREPS]
    return " ".join(words)


def _text(node: Token) -> str:
    return node.doc[node.left_edge.i : node.right_edge.i + 1].text


def _noun_phrases(verb: Token) -> list[str]:
    """ "a raid on a camp in May that killed 40", "the April 4 attack, which
    killed 87", "since March, when a bombing killed 58": the words of the nouns
    the clause hangs on (up through "of" / "on" phrases), up to the clause."""
    found = []
    head = verb.head
    for _ in range(4):
        if head.pos_ not in ("NOUN", "PROPN", "NUM"):
            break
        told_when = any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)
        if head.dep_ == "pobj" and head.head.lower_ in earlier_cues().start_preps and not told_when:
            # "since the start of the year in fighting that has killed": a running
            # toll; but "the worst since March, when a bombing killed 58" tells
            # what happened in March.
            return []
        stop = verb.left_edge.i if verb.left_edge.i > head.left_edge.i else head.i + 1
        found.append(head.doc[head.left_edge.i : max(stop, head.i + 1)].text)
        if head.dep_ != "pobj" or head.head.dep_ != "prep":
            break
        head = head.head.head
    return found


def _times(text: str, published: date) -> list[tuple[date, date, int]]:
    """Each time a phrase names: (first day, last day, ACLED precision). The
    start of a span ("since May", "from Monday") names no attack's time."""
    mentions = dates.find_dates(text, published)
    kept = [m for m in mentions if _an_attacks_time(m, text)]
    found = [(m.start, m.end, 3 if m.year_only else m.precision) for m in kept]
    for match in _MONTH_ONLY.finditer(text):
        if not any(a <= match.start() < b for a, b in (m.span for m in mentions)):
            found.append(_month(match, published))  # "May 3" is a calendar day find_dates read
    lowered = text.lower()
    if any(p in lowered for p in earlier_cues().this_year):
        # "earlier this year": before the report's weeks, unless the year is that young
        back = published - timedelta(days=earlier_cues().min_days_back + 1)
        found.append((date(published.year, 1, 1), max(back, date(published.year, 1, 1)), 1))
    return found


def _an_attacks_time(mention: dates.DateMention, text: str) -> bool:
    """Not a running toll's start ("since May") nor a window counted back ("in the last month")."""
    window = mention.text.lower().startswith("last") and _WINDOW_BEFORE.search(text[: mention.span[0]])
    return not mention.since and not window


def _month(match: re.Match[str], published: date) -> tuple[date, date, int]:
    """A month named alone: that of the year given, else the latest such month
    begun by the report's day ("in September" in July: last year's)."""
    number = _MONTH_NAMES.index(match["month"].lower()) + 1
    year = int(match["year"]) if match["year"] else published.year
    if not match["year"] and number > published.month:
        year -= 1
    last = (date(year + number // 12, number % 12 + 1, 1)) - timedelta(days=1)
    return date(year, number, 1), last, 3


def clearly_before(start: date, end: date, precision: int, published: date) -> bool:
    """A month or year over before the report's month began, or a day more
    than `min_days_back` days before the report."""
    if precision == 3:
        return end < published.replace(day=1)
    return end < published - timedelta(days=earlier_cues().min_days_back)
