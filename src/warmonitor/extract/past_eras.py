"""Tolls and events told of a past year or a named past era.

A report of 2011 that recalls "the 1982 massacre, which killed 10,000 to
more than 30,000", or a report of 2016 that says "thousands died in the
firebombing of Tokyo" or "killed during World War Two", tells history as
background: the toll is `historical`, its period the era's, and no event of
the report's days happens. The clause decides: a past year or a named era
(data/patterns/past_eras.json) in the same clause as the count or the event
word dates it; one in a clause of its own ("Hamas, founded in 1987, killed
12 soldiers on Tuesday") does not.
"""

from __future__ import annotations

import calendar
import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from warmonitor.extract.mentions import doc_text, span_ents

# How a year token may hang on the clause it dates: "the 1982 massacre",
# "in February 1982", "during 1943"; not "since 2014" (a running toll's
# start, read elsewhere), "the worst than in 2014" or "until 1990".
_YEAR_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "npadvmod", "pobj", "appos"})
_YEAR_PREPS = frozenset({"in", "during", "throughout", "of"})
# "the end of 1972": a toll as of a year's end, which does not start then.
_BOUNDS = frozenset({"end", "close", "middle"})
# "some 2000 civilians", "any 1500 fighters": a determiner of quantity makes
# the number a count, where "the 1982 massacre" makes it a year.
_QUANTITY_DETERMINERS = frozenset({"some", "any", "no", "all", "each", "every", "another", "several", "many"})
_MONTHS = {name.lower(): k for k, name in enumerate(calendar.month_name) if name}


@dataclass(frozen=True)
class Era:
    start: int  # token index into the Doc
    end: int
    first_year: int
    last_year: int


@cache
def _eras() -> tuple[tuple[tuple[str, ...], int, int], ...]:
    path = resources.files("warmonitor") / "data" / "patterns" / "past_eras.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple((tuple(e["names"]), int(e["start"]), int(e["end"])) for e in data["eras"])


# Words as the tokenizer splits a name: "soviet-afghan" is three tokens.
_WORDS = re.compile(r"\w+|[^\w\s]")
_MATCHERS: dict[int, tuple[Vocab, PhraseMatcher]] = {}


def _matcher(vocab: Vocab) -> PhraseMatcher:
    """One PhraseMatcher per vocabulary (the pipeline's, loaded once); match
    ids are the eras' indexes as strings."""
    known = _MATCHERS.get(id(vocab))
    if known is not None and known[0] is vocab:
        return known[1]
    matcher = PhraseMatcher(vocab, attr="LOWER")
    for k, (names, _, _) in enumerate(_eras()):
        matcher.add(str(k), [Doc(vocab, words=_WORDS.findall(n)) for n in names])
    _MATCHERS[id(vocab)] = (vocab, matcher)
    return matcher


def eras(doc: Doc) -> list[Era]:
    """The named past eras of the Doc, longest first where two overlap."""
    found: list[Era] | None = doc.user_data.get("wm_past_eras")
    if found is None:
        table = _eras()
        spans = []
        for match_id, start, end in _matcher(doc.vocab)(doc):
            _, first, last = table[int(doc.vocab.strings[match_id])]
            spans.append(Era(start, end, first, last))
        spans.sort(key=lambda e: (e.start, -(e.end - e.start)))
        found = []
        for era in spans:
            if not found or era.start >= found[-1].end:
                found.append(era)
        doc.user_data["wm_past_eras"] = found
    return found


def clause_verb(token: Token) -> Token:
    """The verb whose clause a token belongs to (itself if a verb), or its
    sentence's root."""
    node = token
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


def _years_back() -> int:
    from warmonitor.extract.heads import casualty_cues

    return casualty_cues().years_back


def _dating_year(token: Token, published: date) -> int | None:
    """The year a token names, when it dates the clause it stands in and
    ended at least `min_years_back` years before the report."""
    text = token.lower_
    if len(text) != 4 or not text.isdigit() or token.dep_ not in _YEAR_DEPS:
        return None
    year = int(text)
    if not 1900 < year <= published.year - _years_back():
        return None
    if token.dep_ == "pobj":
        return year if token.head.lower_ in _YEAR_PREPS else None  # "in 1982", not "since 2014"
    head = token.head
    if head.lower_ in _MONTHS:
        # "in February 1982", "February 1982:" but not "until May 1990"
        return year if head.dep_ != "pobj" or head.head.lower_ in _YEAR_PREPS else None
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    if (
        before is not None
        and (before.dep_ in ("det", "poss", "case") or before.tag_ == "POS")
        and before.lower_ not in _QUANTITY_DETERMINERS
        and head.pos_ == "NOUN"
    ):
        return year  # "the 1982 massacre", "Syria's 1982 crackdown"
    return None  # a number in page furniture ("Middle East 1924 16"), a code, a count


def _year_tokens(sent: Span) -> list[Token]:
    """The sentence's four-digit tokens, the only ones `_dating_year` can
    read as a year: found once per Doc, so each count's clause looks at its
    sentence's few years, not at every token again."""
    doc = sent.doc
    found: tuple[list[int], list[Token]] | None = doc.user_data.get("wm_year_tokens")
    if found is None:
        years = [t for t in doc if len(t.lower_) == 4 and t.lower_.isdigit()]
        found = doc.user_data["wm_year_tokens"] = ([t.i for t in years], years)
    at, years = found
    return years[bisect_left(at, sent.start) : bisect_left(at, sent.end)]


def _recent_time(sent: Span) -> bool:
    """`_told_recently`, read once per sentence: every count and event word
    of the sentence asks it."""
    known: dict[tuple[int, int], bool] | None = sent.doc.user_data.get("wm_recent_time")
    if known is None:
        known = sent.doc.user_data["wm_recent_time"] = {}
    found = known.get((sent.start, sent.end))
    if found is None:
        found = known[sent.start, sent.end] = _told_recently(sent)
    return found


def _told_recently(sent: Span) -> bool:
    """Whether the sentence also names a time of the report's days ("on
    Tuesday", "last week", "March 3"): a date with no year in it, then the
    past year names something else's time. A length of time ("in the three
    weeks of operations") is no time of its own."""
    return any(
        ent.label_ in ("DATE", "TIME") and not any(t.like_num and len(t.text) == 4 for t in ent)
        and not any(c.isdigit() for c in ent.text.replace("s", ""))  # "the 1970s": a decade
        and not _length_of_time(ent)
        for ent in span_ents(sent)
    )  # fmt: skip


_UNITS = frozenset({"hour", "day", "week", "month", "year", "decade"})
_ANCHORS = frozenset({"past", "last", "recent", "previous", "next", "coming", "this"})


def _length_of_time(ent: Span) -> bool:
    """ "three weeks", "the five months": a count of time units with no word
    tying it to the telling ("the past two days" is recent)."""
    words = {t.lower_ for t in ent}
    counted = any(t.like_num and t.i + 1 < ent.end and t.nbor().lemma_.lower() in _UNITS for t in ent)
    return counted and not words & _ANCHORS


def clause_past(token: Token, published: date) -> int | None:
    """The first year of the past year or era that the clause of `token`
    names ("the 1982 massacre killed 10,000", "thousands died in the
    firebombing of Tokyo", "killed during World War Two"); None when there
    is none, or when the sentence also names a day of the report's time."""
    day = clause_past_start(token, published)
    return None if day is None else day.year


def clause_past_start(token: Token, published: date) -> date | None:
    """`clause_past` as the first day of its period: the era's first year,
    or the year's month where one is named ("in February 1943"); date.min
    (heads.NO_START) for a toll as of a year's end, whose start is untold."""
    sent = token.sent
    verb = clause_verb(token)
    back = _years_back()
    for era in eras(token.doc):
        if sent.start <= era.start < sent.end and era.last_year <= published.year - back:
            root = token.doc[era.start : era.end].root
            # "the firebombing of Tokyo, in which thousands died": a clause on the era's noun
            on_era = verb.dep_ in ("relcl", "acl") and era.start <= verb.head.i < era.end
            if clause_verb(root) == verb or on_era:
                return None if _recent_time(sent) else date(era.first_year, 1, 1)
    for t in _year_tokens(sent):
        year = _dating_year(t, published)
        if year is not None and clause_verb(t) == verb:
            if _recent_time(sent):
                return None
            if t.head.lower_ == "of" and t.head.head.lower_ in _BOUNDS:
                return date.min  # "by the end of 1972": as of then, from a start not told
            month = _MONTHS.get(t.head.lower_) if t.head.i != t.i else None
            return date(year, month or 1, 1)
    heading = _heading_year(token.doc, sent.start_char)
    if heading is not None and heading <= published.year - back and not _recent_time(sent):
        return date(heading, 1, 1)
    return None


# A timeline's heading: a bare year with a colon after a bullet or at a
# line's start ("* 1982: - ...", "1982:"), the year of what it lists until
# the next heading. Surface form of factboxes and timelines.
_HEADING = re.compile(r"(?:^|[*\u2022]\s*)((?:19|20)\d{2})\s*:\s", re.M)


def _heading_year(doc: Doc, start: int) -> int | None:
    """The year of the last timeline heading before character `start`."""
    found: list[tuple[int, int]] | None = doc.user_data.get("wm_year_headings")
    if found is None:
        found = [(m.start(), int(m.group(1))) for m in _HEADING.finditer(doc_text(doc))]
        doc.user_data["wm_year_headings"] = found
    before = [year for at, year in found if at < start]
    return before[-1] if before else None


def _names_past(sent: Span, published: date, aside: Token | None = None) -> bool:
    """Whether the sentence dates what it tells to a past year or era: not
    one told relative to another time ("the first since the war began in
    2011"), nor one inside the words about `aside` (its apposition)."""
    back = _years_back()
    inside = set() if aside is None else {t.i for t in aside.subtree}

    def dates_it(word: Token) -> bool:
        return word.i not in inside and not any(a.lower_ in _RELATIVE for a in word.ancestors)

    eras_here = (e for e in eras(sent.doc) if sent.start <= e.start < sent.end)
    return any(
        e.last_year <= published.year - back and dates_it(sent.doc[e.start : e.end].root) for e in eras_here
    ) or any(_dating_year(t, published) is not None and dates_it(t) for t in _year_tokens(sent))


# Words that tell a time relative to another: "since", "until", "than".
_RELATIVE = frozenset({"since", "until", "till", "than", "after", "before"})


def told_by_neighbour(token: Token, published: date) -> bool:
    """ "Soldiers advance during the Battle of Stalingrad. The battle for the
    city was a turning point. The battle lasted five months, ending in
    1943": a definite event noun ("the battle") that a sentence next to it
    names as a past era's, or whose next sentence's subject is the same
    noun told of a past year, is that past happening told again; so is
    such a noun as the subject of a sentence naming a past year."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    doc, sent = token.doc, token.sent
    lemma = token.lemma_.lower()
    back = _years_back()
    if (
        token.dep_ in ("nsubj", "nsubjpass")
        and _names_past(sent, published, token)
        and not _recent_time(sent)
    ):
        return True  # "The battle lasted five months, ending in 1943": its own sentence's past year
    if sent.start > 0:
        before = doc[sent.start - 1].sent
        if any(
            before.start <= e.start < before.end and e.last_year <= published.year - back
            and doc[e.start : e.end].root.lemma_.lower() == lemma
            for e in eras(doc)
        ):  # fmt: skip
            return True
    if sent.end < len(doc):
        after = doc[sent.end].sent
        same = any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() == lemma for t in after)
        if same and _names_past(after, published) and not _recent_time(after):
            return True
    return False
