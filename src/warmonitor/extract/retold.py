"""Happenings retold from the past: their date is their own, never the report's.

A report of today often tells again what happened long before: "France has
been on high alert since militants launched attacks across the capital,
killing 130" (years before), "the massacre of the Houla region" named as
the war's story, "died in a gunfight three days after the bombing" of a
bombing dated a year before, "Scores died in the attacks" after a sentence
of 1995. Undated, such a toll or event used to fall on the report's day as
its news. Here the parse decides which happenings are retold: a deed in a
clause that starts or causes a lasting state (`starts_a_state`), a definite
or named happening whose nearest telling of its kind before it is long past
(`retold_noun`), and a deed timed from such a happening (`timed_from_past`).
Cue words are data (patterns/retold_events.json).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span, Token

from warmonitor.extract import dates
from warmonitor.extract.cue_data import pattern_data
from warmonitor.extract.earlier import clearly_before


@dataclass(frozen=True)
class RetoldCues:
    kind_of: dict[str, str]  # event noun lemma -> its kind ("attack", "battle", "takeover")
    forms: frozenset[str]  # the nouns' lower-case forms, singular and plural
    definite: frozenset[str]
    anniversary_nouns: frozenset[str]
    ago_words: frozenset[str]
    period_nouns: frozenset[str]
    last_words: frozenset[str]
    anchor_preps: frozenset[str]
    since_marks: frozenset[str]
    after_marks: frozenset[str]
    state_verbs: frozenset[str]
    state_adverbs: frozenset[str]
    later_words: frozenset[str]  # "Days later, ...": timed from the happening before
    next_words: frozenset[str]  # "The next day ..."
    sequel_periods: frozenset[str]
    when_words: frozenset[str]  # "since 2017, when ...": a clause of that time
    saying_verbs: frozenset[str]


@cache
def retold_cues() -> RetoldCues:
    data = pattern_data("retold_events.json")
    nouns = data["event_nouns"]
    marks, state = data["past_marks"], data["state_start"]
    kind_of = {w: kind for kind, words in nouns.items() if kind != "about" for w in words}
    return RetoldCues(
        kind_of=kind_of,
        forms=frozenset(f for w in kind_of for f in (w, w + "s", w + "es", w[:-1] + "ies")),
        definite=frozenset(data["definite"]),
        anniversary_nouns=frozenset(marks["anniversary_nouns"]),
        ago_words=frozenset(marks["ago_words"]),
        period_nouns=frozenset(marks["period_nouns"]),
        last_words=frozenset(marks["last_words"]),
        anchor_preps=frozenset(data["anchor_preps"]["words"]),
        since_marks=frozenset(state["since_marks"]),
        after_marks=frozenset(state["after_marks"]),
        state_verbs=frozenset(state["state_verbs"]),
        state_adverbs=frozenset(state["state_adverbs"]),
        later_words=frozenset(data["sequel_marks"]["later_words"]),
        next_words=frozenset(data["sequel_marks"]["next_words"]),
        sequel_periods=frozenset(data["sequel_marks"]["period_nouns"]),
        when_words=frozenset(data["when_clause"]["words"]),
        saying_verbs=frozenset(data["when_clause"]["saying_verbs"]),
    )


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _dates_between(doc: Doc, start: int, end: int, *, starts: bool = False) -> list[dates.DateMention]:
    """The report's dates (found once, by the dates component) inside a span;
    a running toll's start ("since 2011") dates no happening, so is left out
    unless `starts`."""
    return [
        m for m in doc._.dates or [] if start <= m.span[0] and m.span[1] <= end and (starts or not m.since)
    ]


def _sentence_past(sent: Span, published: date) -> bool | None:
    """True when the sentence's dates all name a time long past ("In 1995 and
    1996, ..."), False when one is recent, None when it names none."""
    found = _dates_between(sent.doc, sent.start_char, sent.end_char)
    if not found:
        return None
    return all(clearly_before(m.start, m.end, 3 if m.year_only else m.precision, published) for m in found)


def _name(noun: Token) -> str | None:
    """The proper name a happening carries: "the Ghouta Massacre", "the Houla
    massacre", "the Boston Marathon bombing" (its compounds' capitalised
    words, not a date's: "the April 15 attack" is dated, not named)."""
    words = [
        t.lower_
        for c in noun.children
        if c.dep_ in ("compound", "nmod")
        for t in c.subtree
        # a capital, not the tag: the model tags "Ghouta" in "the Ghouta Massacre" an adjective
        if t.text[:1].isupper() and t.is_alpha and not _in_a_date(t)
    ]
    return " ".join(words) or None


def _in_a_date(token: Token) -> bool:
    """ "Since Wednesday clashes", "the April 15 attack": a date, no name."""
    return any(a <= token.idx < b for a, b in (m.span for m in token.doc._.dates or []))


def _not_a_place(doc: Doc, name: str, at: Token) -> bool:
    """Whether a happening's name is its own ("the Boston Marathon"), not a
    place's ("Ghouta"), whose every later mention would be another event."""
    places = doc._.places or []
    start = at.left_edge.idx
    return not any(m.start <= start and doc.text[m.start : m.end].lower() == name for m in places)


def _marked_past(noun: Token) -> bool:
    """Words that make a happening long past whatever its date: "the
    anniversary of the massacre", "last year's blast", "the attack five
    years ago", "two years after the bombing" (the noun is the anchor)."""
    cues = retold_cues()
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and _lemma(head.head) in cues.anniversary_nouns:
        return True
    for child in noun.children:
        last = any(c.lower_ in cues.last_words for c in child.children)
        if child.dep_ == "poss" and _lemma(child) == "year" and last:
            return True  # "last year's deadly blast"
        if child.dep_ in ("advmod", "npadvmod") and child.lower_ in cues.ago_words:
            return True
        if child.dep_ == "npadvmod" and any(g.lower_ in cues.ago_words for g in child.children):
            return True  # "the attack five years ago"
    if noun.dep_ == "pobj" and head.lower_ in cues.anchor_preps:
        span = [c for c in head.children if c.dep_ == "npadvmod" and c.lower_ in cues.period_nouns]
        return bool(span)  # "two years after the attack"
    return False


@dataclass(frozen=True)
class _Mention:
    i: int  # token index of the noun
    sentence: int  # its sentence's number in the report
    kind: str  # "attack", "battle" or "takeover"
    past: bool
    name: str | None


def _mentions(doc: Doc) -> dict[int, _Mention]:
    """Every happening the report tells, in order, with whether it is long
    past; made once a report. A definite or named mention with no time of
    its own inherits the pastness of the nearest mention of its kind before
    it (the one it tells again), or of an earlier mention of its name."""
    found: dict[int, _Mention] | None = doc.user_data.get("wm_retold")
    if found is not None:
        return found
    found = {}
    published: date | None = doc._.published
    cues = retold_cues()
    if published is None:
        doc.user_data["wm_retold"] = found
        return found
    order: list[_Mention] = []
    names_past: dict[str, bool] = {}
    own_names: set[str] = set()  # past happenings' own names ("boston marathon")
    for number, sent in enumerate(doc.sents):
        told: list[_Mention] = []
        for token in sent:
            # the surface form first: a lemma is a string made for each token asked
            if token.lower_ not in cues.forms or token.pos_ not in ("NOUN", "PROPN"):
                continue
            kind = cues.kind_of.get(_lemma(token))
            if kind is None:
                continue
            name = _name(token)
            # A time in the happening's own words ("the April 15, 2013, attack")
            # makes its retellings as old; a past day of its sentence ("On 18
            # January an IED attack hit ...") dates it, and the sentences that
            # go on telling it take that day (incident_context._incidents).
            past = _own_past(token) or _marked_past(token) or _since_named(token, name)
            if not past and _told_again(token, name) and not _own_time_of(token):
                past = _antecedent_past(order, kind, name, names_past)
            if not past and own_names and not _own_time_of(token):
                past = _names_a_past_one(token, own_names)
            mention = _Mention(token.i, number, kind, past, name)
            told.append(mention)
            order.append(mention)
            found[token.i] = mention
        sent_past = _sentence_past(sent, published) if told else None
        for mention in told:
            # "a friend of the Boston Marathon bombing suspect ... the investigation
            # into last year's deadly blast": a named happening beside a past one of
            # its kind, undated, is that one
            if mention.name is None:
                continue
            past = mention.past or (
                sent_past is None and any(m.past and m.kind == mention.kind for m in told)
            )
            names_past[mention.name] = names_past.get(mention.name, False) or past
            if past and _not_a_place(doc, mention.name, doc[mention.i]):
                own_names.add(mention.name)
    doc.user_data["wm_retold"] = found
    return found


def _names_a_past_one(noun: Token, names: set[str]) -> bool:
    """ "Twin bombs exploded near the finish line of the annual Boston
    Marathon": an undated happening told with a past one's own name."""
    clause = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj") else noun
    words = " ".join(t.lower_ for t in clause.subtree if t.is_alpha)
    return any(f" {name} " in f" {words} " for name in names)


def _own_past(noun: Token) -> bool:
    """Whether the happening's own words name a time long past."""
    doc = noun.doc
    start, end = noun.left_edge.idx, doc[noun.right_edge.i].idx + len(doc[noun.right_edge.i])
    found = _dates_between(doc, start, end)
    published: date = doc._.published
    return bool(found) and all(
        clearly_before(m.start, m.end, 3 if m.year_only else m.precision, published) for m in found
    )


def _since_named(noun: Token, name: str | None) -> bool:
    """ "since Ghouta Massacre": a named happening counted from is history."""
    return name is not None and noun.dep_ == "pobj" and noun.head.lower_ in retold_cues().since_marks


def _told_again(noun: Token, name: str | None) -> bool:
    """A definite or named happening: one the reader has been told of."""
    return name is not None or any(
        c.dep_ == "det" and c.lower_ in retold_cues().definite for c in noun.children
    )


def _own_time_of(noun: Token) -> bool:
    """Whether the happening has a time of its own: in its own words ("the
    attack on Monday") or, as subject or object, in its verb's ("the attack
    killed five on Monday"); "blamed on Monday for the massacre" is not."""
    node = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj") else noun
    return _own_time(node)


def _antecedent_past(order: list[_Mention], kind: str, name: str | None, names_past: dict[str, bool]) -> bool:
    """The pastness of what a told-again happening tells again: its name's
    earlier mentions, else the nearest happening of its kind before it."""
    if name is not None and name in names_past:
        return names_past[name]
    before = next((m for m in reversed(order) if m.kind == kind), None)
    return before is not None and before.past


def retold_noun(token: Token) -> bool:
    """Whether the happening noun `token` tells again one long past."""
    mention = _mentions(token.doc).get(token.i)
    return mention is not None and mention.past


def timed_from_past(verb: Token) -> bool:
    """Whether the clause of `verb` is timed from a happening long past
    ("died after a gunfight three days after the bombing", "following the
    massacre the regime surrendered its weapons")."""
    cues = retold_cues()
    return any(
        c.dep_ == "prep" and c.lower_ in cues.anchor_preps and any(
            o.dep_ == "pobj" and retold_noun(o) for o in c.children
        )
        for c in verb.children
    )  # fmt: skip


def starts_a_state(token: Token) -> bool:
    """Whether `token` sits in a clause told as the start or cause of a state
    lasting to the telling, with no time of its own: "has been on high alert
    since militants launched attacks ..., killing 130"; "is now under rebel
    control after the alliance seized the capital"."""
    cues = retold_cues()
    node = token
    for _ in range(6):
        if node.dep_ == "advcl":
            marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
            if marks & cues.since_marks or (marks & cues.after_marks and _a_state(node.head, cues)):
                return not _own_time(node)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _sentence_dated(token: Token) -> bool:
    sent = token.sent
    return bool(_dates_between(token.doc, sent.start_char, sent.end_char))


def _a_state(verb: Token, cues: RetoldCues) -> bool:
    """ "is now under control", "remains besieged": a lasting state, not a deed."""
    if _lemma(verb) not in cues.state_verbs:
        return False
    return _lemma(verb) != "be" or any(c.lower_ in cues.state_adverbs for c in verb.children)


def _own_time(clause: Token) -> bool:
    """Whether the clause names a time of its own ("since rebels attacked on
    Friday"; "Since Wednesday clashes have rocked the city": a recent start)."""
    doc = clause.doc
    start, end = doc[clause.left_edge.i].idx, doc[clause.right_edge.i].idx + len(doc[clause.right_edge.i])
    published: date | None = doc._.published
    if published is None:
        return True
    return bool(_dates_between(doc, start, end, starts=True))


def retold_at(doc: Doc, start: int) -> bool:
    """Whether the event cue at character `start` tells a happening retold
    from the past: its noun is retold, its clause is timed from one, or it
    starts a lasting state."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span) or doc._.published is None:
        return False
    cue = span[0]
    if in_a_past_when(cue):
        return True  # "the first such death since 2017, when a general was killed"
    if _sentence_past(cue.sent, doc._.published):
        return False  # "In 1995 they seized hostages": an event of its own past time
    noun = cue
    while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
        noun = noun.head  # "car bomb attack", "the chemical attack"
    if retold_noun(noun) and not _own_time_of(noun):
        return True  # "the chemical attack on eastern Ghouta", told again with no time
    if _sentence_dated(cue):
        return False  # "In 1995 they seized hostages": an event of its own time
    if starts_a_state(cue) or after_a_past_one(cue):
        return True
    verb = cue
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and timed_from_past(verb)


def retold_toll(verb: Token) -> bool:
    """Whether a toll's counting verb tells the dead of a happening retold
    from the past: "the massacre that claimed 1,127" (a clause on it),
    "killed in the Houla massacre", "Scores died in the attacks" (its
    subject, agent or "in" phrase), a clause timed from one, or a deed that
    starts a lasting state."""
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "killing three and injuring 260": the first verb's deed
    if verb.dep_ == "relcl" and retold_noun(verb.head) and not _own_time(verb):
        return True  # "blamed on Monday for the massacre that claimed 1,127"
    if in_a_past_when(verb):
        return True  # "since 2017, when a general was killed"
    if _sentence_dated(verb):
        return False  # a toll with a time of its own: earlier.py weighs it
    if after_a_past_one(verb):
        return True  # "Days later, two more died" after a bombing of last year
    ruling = verb.head if verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" else verb
    for child in [*verb.children, *(ruling.children if ruling is not verb else ())]:
        # "Twin bombs exploded near ..., killing three": the subject of the deed the toll is of
        if child.dep_ in ("nsubj", "nsubjpass") and retold_noun(child):
            return True
        told_in = child.dep_ in ("agent", "prep") and child.lower_ in ("by", "in", "during")
        if told_in and any(o.dep_ == "pobj" and retold_noun(o) for o in child.children):
            return True  # "killed in the Houla massacre"
    return starts_a_state(verb) or timed_from_past(verb)


def in_a_past_when(token: Token) -> bool:
    """Whether `token` is in a clause opened by "when" right after a time
    the dates component reads as long past ("the first such death since
    2017, when a lieutenant general was killed"; "in 2014, when the group
    overran the city"): the clause is of that time. "since the army shelled
    the town" is no time, so a clausal "since" dates nothing here."""
    doc, cues = token.doc, retold_cues()
    published: date | None = doc._.published
    if published is None:
        return False
    return any(
        w.lower_ in cues.when_words
        and w.i < token.i
        and w.head.dep_ in ("relcl", "advcl")
        and _in_clause(token, w.head)
        and _past_time_before(w, published)
        for w in token.sent
    )


def _in_clause(token: Token, clause: Token) -> bool:
    """Whether `token` belongs to the clause of `clause`: in its subtree, or
    hung by the parse on a saying verb that closes the sentence ("..., when a
    general was killed, reportedly by mortar fire, Al-Monitor reported")."""
    if clause.left_edge.i <= token.i <= clause.right_edge.i:
        return True
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.i > token.i > clause.i and _lemma(verb) in retold_cues().saying_verbs


def _past_time_before(word: Token, published: date) -> bool:
    """Whether the words just before `word` (a comma left out) end a date
    mention long past, or a past year ("since 2017, when")."""
    before = word.i - 1
    while before >= 0 and word.doc[before].is_punct:
        before -= 1
    if before < 0:
        return False
    last = word.doc[before]
    if last.is_digit and len(last.text) == 4 and 1900 <= int(last.text) < published.year:
        return True  # "since 2017, when": a year the dates component leaves to running tolls
    at = last.idx
    return any(
        m.span[0] <= at < m.span[1]
        and clearly_before(m.start, m.end, 3 if m.year_only else m.precision, published)
        for m in word.doc._.dates or []
    )


def after_a_past_one(token: Token) -> bool:
    """Whether `token`'s sentence is timed from the happening told before it
    ("Days later, he was killed in a gun battle", "The next day ...") and
    that happening is long past (a bombing of last year retold): as old as
    it, no news of the report's day. A sentence with a date of its own is
    read by its date before this is asked."""
    sent = token.sent
    if not sequel_marked(sent):
        return False
    before = [i for i in _mentions(token.doc) if i < sent.start]
    if not before:
        return False
    nearest = token.doc[max(before)]
    # "A bomb exploded in Kano in 2012 ... Days later": its sentence's year dates it
    return _mentions(token.doc)[nearest.i].past or bool(_sentence_past(nearest.sent, token.doc._.published))


def sequel_marked(sent: Span) -> bool:
    """Whether the sentence is timed from the one before ("Days later",
    "The next day"): another happening, not a retelling of that one."""
    return _sequel_marked(sent, retold_cues())


def _sequel_marked(sent: Span, cues: RetoldCues) -> bool:
    """ "Days later", "hours later", "afterwards", "the next day", "on the
    following morning" governing a clause (not "a later attack")."""
    for token in sent:
        word = token.lower_
        if word in cues.later_words and token.dep_ in ("advmod", "npadvmod"):
            return True
        period = _lemma(token) in cues.sequel_periods and token.dep_ in ("npadvmod", "pobj")
        if period and any(c.lower_ in cues.next_words for c in token.children):
            return True
    return False
