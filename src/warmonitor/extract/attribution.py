"""Who says it, and how: the claimant and stance of each sentence.

The claimant is whoever the sentence attributes the statement to ("according
to the Observatory", "the army said", "state media reported"); a sentence
with no attribution is the outlet's own assertion. The claimant is never the
outlet merely because the outlet published the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from warmonitor.extract.actors import load_actors
from warmonitor.ingest.outlets import known_sources, lookup

SAY_LEMMAS = {
    "say", "report", "document", "state", "announce", "claim", "tell", "add", "assert",
    "confirm", "put", "raise", "record", "allege", "deny", "acknowledge", "admit", "accuse",
    "note", "describe", "insist", "warn", "declare", "count", "list", "corroborate", "show",
    "see", "witness",
}  # fmt: skip
_ACCORDING = re.compile(r"\baccording to (?P<who>[^,.;:]{2,80}?)(?=[,.;:]|\s+(?:on|in|which|who)\b|$)", re.I)
# Generic claimants, by what reporters call them -> a canonical claimant.
GENERIC = [
    (
        # The same canonical name as the actor dictionary's, so "the army said"
        # and "the Syrian military said" are one claimant.
        re.compile(r"\b(?:syrian )?(?:army|armed forces|military|(?:general )?command)\b", re.I),
        "Military Forces of Syria",
    ),
    (re.compile(r"\bstate (?:media|television|tv|news agency)\b", re.I), "state media"),
    (
        re.compile(r"\b(?:security|military) (?:official|source)s?\b", re.I),
        "anonymous security official",
    ),
    (
        re.compile(r"\b(?:medical|hospital) sources?\b|\bmedics\b|\bdoctors?\b", re.I),
        "medical source",
    ),
    (re.compile(r"\bresidents|witnesses|locals\b", re.I), "residents"),
    (re.compile(r"\brescuers|civil defen[cs]e|white helmets\b", re.I), "Syria Civil Defence"),
    (
        re.compile(r"\b(?:rebel|opposition) (?:commanders?|sources?|spokesm[ae]n)\b|\bhts\b", re.I),
        "rebel sources",
    ),
    (
        re.compile(r"\bkremlin|moscow|russia(?:n (?:ministry|defen[cs]e))?\b", re.I),
        "Russian government",
    ),
    (re.compile(r"\bturkey|ankara|turkish\b", re.I), "Turkish government"),
]
# "the monitor", "the Britain-based war monitor", "the Observatory"
_MONITOR_WORDS = re.compile(
    r"^(?:the )?(?:[\w-]+ ){0,3}?(?:war )?(?:monitor|observatory|monitoring group)$", re.I
)
_HEDGES = re.compile(
    r"\b(?:reportedly|allegedly|unconfirmed|possibly|may have|might have|could not be "
    r"(?:independently )?(?:verified|confirmed)|reports suggest(?:ing|ed)?|it is believed|apparently)\b",
    re.I,
)
_DENIAL = re.compile(r"\b(?:denied|denies|deny|rejected|dismissed|refuted)\b", re.I)
_CLAIM = re.compile(
    r"\b(?:claim(?:ed|s)? (?:that|to have|it|they|responsibility)|alleged(?:ly)?|alleges|insisted|accused)\b",
    re.I,
)


@dataclass(frozen=True)
class Attribution:
    claimant: str | None
    stance: str
    cue: tuple[int, int] | None  # where the attribution phrase is


def canonical_claimant(surface: str, context: ClaimantContext) -> str | None:
    text = re.sub(r"^(?:the|a|an)\s+", "", surface.strip(), flags=re.I).strip(" '\"")
    text = re.sub(r"'s?$", "", text)
    if not text:
        return None
    if text.lower() in ("it", "he", "she", "they", "the group", "the agency", "the statement"):
        return context.last
    if _MONITOR_WORDS.match(text) or text.lower() in ("sohr director", "director"):
        return context.last_monitor or context.report_monitor or context.outlet
    known = lookup(text) or lookup(re.sub(r"\s*\([^)]*\)", "", text))
    named = load_actors().find(text)
    if known and named and known.kind.value == "official":
        # "the IDF said" and "the Israeli army said": an official outlet that is
        # also a party speaks as the actor, so both are one claimant.
        return named[0].actor.name
    if known:
        return known.name
    if named and not re.search(r"\b(?:official|source|spokes(?:man|woman|person))s?\b", text, re.I):
        return named[0].actor.name
    for pattern, name in GENERIC:
        if pattern.search(text):
            return context.outlet if name == "state media" and context.outlet_is_state else name
    return None


@dataclass
class ClaimantContext:
    """What earlier sentences established: 'the monitor' means the last one named."""

    outlet: str | None
    outlet_is_state: bool = False
    last: str | None = None
    last_monitor: str | None = None
    # The monitor the report names anywhere: "a war monitor said" in the lead
    # is the Observatory named three sentences later.
    report_monitor: str | None = None

    def remember(self, claimant: str | None) -> None:
        if claimant is None:
            return
        self.last = claimant
        known = lookup(claimant)
        if known is not None and known.kind.value == "monitor":
            self.last_monitor = claimant


@cache
def _monitor_patterns() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]]:
    """Each monitor alias (by sources.csv) as a compiled word pattern, built
    once rather than per report, and all of them in one pattern."""
    monitors = {alias: k.name for alias, k in known_sources().items() if k.kind.value == "monitor"}
    each = tuple(
        (re.compile(rf"\b{re.escape(alias)}\b", re.I), name)
        for alias, name in monitors.items()
        if len(alias) > 3
    )
    words = "|".join(re.escape(alias) for alias in monitors if len(alias) > 3) or "(?!)"
    return re.compile(rf"\b(?:{words})\b", re.I), each


def monitor_named_in(text: str) -> str | None:
    """The first monitor (by sources.csv) the text names, by name or alias
    (of two names at the same place, the first in alphabetical order)."""
    # One pass finds where the first name starts (the leftmost place any
    # alias matches); then only the aliases matching there are told apart.
    anywhere, each = _monitor_patterns()
    first = anywhere.search(text)
    if first is None:
        return None
    return min(name for pattern, name in each if pattern.match(text, first.start()))


def outlet_voice(outlet: str | None) -> str | None:
    """The claimant an outlet's own assertions belong to: itself, or, for an
    official outlet that is also a party (the IDF), the actor it speaks for."""
    if not outlet:
        return None
    known = lookup(outlet)
    if known is not None and known.kind.value == "official":
        named = load_actors().find(outlet)
        if named:
            return named[0].actor.name
    return known.name if known else outlet


def stance_of(text: str) -> str:
    if _DENIAL.search(text):
        return "denied"
    if _HEDGES.search(text):
        return "hedged"
    if _CLAIM.search(text):
        return "claimed"
    return "asserted"


def subject_span(subject: Token) -> Span:
    """The words naming a speaker: the subject with its modifiers and "of/for"
    phrases, but not an apposition or list hung on it ("SOHR said …: 183
    fighters of HTS, …" must not make HTS the speaker)."""
    end = subject.i
    for child in subject.rights:
        if child.dep_ in ("appos", "conj", "cc", "punct", "relcl", "acl"):
            break
        end = child.right_edge.i
    return subject.doc[subject.left_edge.i : end + 1]


def _subject_of_say(sent: Span) -> Span | None:
    for token in sent:
        if token.pos_ == "VERB" and token.lemma_.lower() in SAY_LEMMAS:
            for child in token.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return subject_span(child)
    return None


def speaker_of(doc: Doc, char: int, context: ClaimantContext) -> str | None:
    """The claimant of the clause holding character `char`: the subject of the
    nearest saying verb above it in the parse ("the army stated that they
    had repelled…" -> the army), so two claimants in one sentence stay apart."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span[0]
    for node in (token, *token.ancestors):
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in SAY_LEMMAS:
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return canonical_claimant(subject_span(child).text, context)
    return None


def attribute(sent: Span, context: ClaimantContext, text: str | None = None) -> Attribution:
    """The claimant and stance of one sentence (whose text is `text`, if the
    caller has it already), updating the context."""
    text = sent.text if text is None else text
    claimant: str | None = None
    cue: tuple[int, int] | None = None
    match = _ACCORDING.search(text)
    if match:
        claimant = canonical_claimant(match.group("who"), context)
        cue = (sent.start_char + match.start(), sent.start_char + match.end())
    if claimant is None:
        subject = _subject_of_say(sent)
        if subject is not None:
            claimant = canonical_claimant(subject.text, context)
            cue = (subject.start_char, subject.end_char) if claimant else None
    if claimant is None:
        for pattern, name in GENERIC[:3]:
            found = pattern.search(text)
            if found and re.search(r"\b(?:said|reported|stated|statement|claimed)\b", text, re.I):
                claimant = context.outlet if name == "state media" and context.outlet_is_state else name
                cue = (sent.start_char + found.start(), sent.start_char + found.end())
                break
    context.remember(claimant)
    return Attribution(claimant or context.outlet, stance_of(text), cue)
