"""Page clutter that must not speak for a report's figures: a related
story's headline run into the lead, and a picture's credit line.

Outlets print other stories' headlines between the byline and the body, and
picture credits beside the text; feeds that lose the line breaks run them
into the sentences around them. A related headline's "X says" then took the
lead's figures, "image copyright <agency>" made the agency the teller of
the sentence it ran into, and a figure in a "Related …" list took a later
headline's denial (claimants.json `headline_say`, `photo_credits`;
events.json `boilerplate`; issue 11, branch claimant22).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.cue_data import pattern_data
from warmonitor.extract.heads import boilerplate_start
from warmonitor.extract.mentions import doc_text


@dataclass(frozen=True)
class ClutterCues:
    """claimants.json `headline_say` and `photo_credits`, read once."""

    say_lemmas: frozenset[str]
    present_tags: frozenset[str]
    past_tags: frozenset[str]
    credit: re.Pattern[str]
    video_end: re.Pattern[str]  # "- YouTube": where an embedded video's title ends
    video_reach: int  # how far before that end a figure is in the title


@cache
def clutter_cues() -> ClutterCues:
    data = pattern_data("claimants.json")
    say, credits, videos = data["headline_say"], data["photo_credits"], data["video_titles"]
    words = "|".join(re.escape(w) for w in sorted(credits["words"], key=len, reverse=True))
    ends = "|".join(re.escape(w) for w in videos["ends"])
    return ClutterCues(
        say_lemmas=frozenset(say["lemmas"]),
        present_tags=frozenset(say["present_tags"]),
        past_tags=frozenset(say["past_tags"]),
        credit=re.compile(rf"\b(?:{words})\b", re.I),
        video_end=re.compile(rf"\s(?:{ends})\b"),
        video_reach=int(videos["reach"]),
    )


def a_credit(words: str) -> bool:
    """Whether a speaker's words hold a picture credit's word ("image
    copyright AFP", "AP photo"): a credit names no teller."""
    return clutter_cues().credit.search(words) is not None


def _bare_subject(verb: Token) -> bool:
    """A headline's subject: no article or pronoun in it ("Turkey PM", "UN"),
    as headlines drop them. Run into other headlines, the words before the
    verb often get no subject's arc at all ("… Idlib monitor Turkey PM says"
    parses "PM" as an object of "in"): that is a headline's too."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    return not any(t.pos_ in ("DET", "PRON") for s in subjects for t in s.subtree)


def headline_say(verb: Token) -> bool:
    """Whether a saying verb is a run-in headline's ("Army chief says talks
    to resume …") that gives way to the sentence's own teller: present
    tense, a bare subject, and a past-tense saying verb later in the sentence
    ("… killed 14 people on Monday the local council said")."""
    cues = clutter_cues()
    if verb.lemma_.lower() not in cues.say_lemmas or verb.tag_ not in cues.present_tags:
        return False
    if not _bare_subject(verb):
        return False
    later = verb.doc[verb.i + 1 : verb.sent.end]
    return any(
        t.tag_ in cues.past_tags and t.lemma_.lower() in cues.say_lemmas and _names_teller(t) for t in later
    )


def _names_teller(verb: Token) -> bool:
    """Whether a later saying verb may name a teller of its own: not one whose
    subject is a pronoun or a relative ("… including a man who said he saw
    the jets" tells no teller of the sentence's counts). Without commas the
    parser may give the teller no subject arc at all ("… on Thursday the
    Observatory said") or read it as a relative clause ("… the local council
    said"): those still name one."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(c.pos_ == "PRON" or c.tag_ in ("WP", "WDT") for c in subjects)


def furniture_claimants(doc: Doc, sentences: list[tuple[Span, str]]) -> None:
    """A figure after a page-furniture marker of its sentence ("Related",
    "Read more": events.json `boilerplate`) is in another story's headline
    run into the text: it speaks for itself, in the outlet's voice, whatever
    the sentence's teller or stance ("… Related Blast in mosque leaves 25
    dead Minister denies plans …" gave the 25 to a government's denial);
    so is a figure in an embedded video's title (in_video_title: "… kill
    dozens Reporter reports - YouTube"). Runs last, after every rule that
    moves a figure's source."""
    context = doc._.claimants
    voice = context.outlet if context is not None else None
    starts = [sent.start_char for sent, _ in sentences]
    for i, claim in enumerate(doc._.claims):
        if not isinstance(claim, CasualtyClaim):
            continue
        k = bisect_right(starts, claim.span[0]) - 1
        if k < 0:
            continue
        sent, sent_text = sentences[k]
        furniture = sent.start_char + boilerplate_start(sent_text)
        in_title = in_video_title(doc_text(doc), claim.span[1])
        if not in_title and (claim.span[0] < furniture or _body_lead(doc, claim, sent)):
            continue
        if claim.claimant != voice or claim.stance != "asserted":
            doc._.claims[i] = claim.model_copy(update={"claimant": voice, "stance": "asserted"})


def in_video_title(text: str, end: int) -> bool:
    """Whether the figure ending at `end` of the text is in an embedded
    video's title: the title's end ("- YouTube", claimants.json
    `video_titles`) follows it within reach with no full stop between (the
    parser may split a title before "X reports - YouTube")."""
    cues = clutter_cues()
    found = cues.video_end.search(text, end, end + cues.video_reach)
    return found is not None and not any(mark in text[end : found.start()] for mark in ".!?")


def _body_lead(doc: Doc, claim: CasualtyClaim, sent: Span) -> bool:
    """Whether a figure past the furniture marker is the story's own lead run
    onto the list's last headline ("Related … Syria has 8% of its arms left
    Monitor A car bomb killed 45 people on Tuesday the governor said"): its
    verb is in the past, as a lead's is and a headline's is not ("kills",
    "leaves 25 dead"), and a past-tense saying verb naming a teller ends the
    sentence with no present-tense verb (another headline) between them."""
    figure = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    verb = _figure_verb(figure.root) if figure is not None else None
    if verb is None or not _past(verb):
        return False
    cues = clutter_cues()
    for token in doc[verb.i + 1 : sent.end]:
        if token.tag_ in cues.present_tags:
            return False
        if token.tag_ in cues.past_tags and token.lemma_.lower() in cues.say_lemmas and _names_teller(token):
            return True
    return False


def _figure_verb(token: Token) -> Token | None:
    """The verb a figure's count hangs from ("45" -> "people" -> "killed")."""
    while token.pos_ not in ("VERB", "AUX"):
        if token.head.i == token.i:  # the root (spaCy makes a new Token each time: no `is`)
            return None
        token = token.head
    return token


def _past(verb: Token) -> bool:
    """A verb told in the past: "killed", "were killed", "had died", or a
    participle with an object ("A bomb in a truck killed 31 people", the
    parser reading "killed" as a participle on "bomb"): a passive has none,
    so a headline's "25 killed in blast" is not told in the past."""
    past = clutter_cues().past_tags
    return (
        verb.tag_ in past
        or any(c.dep_ in ("aux", "auxpass") and c.tag_ in past for c in verb.children)
        or (verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children))
    )


@cache
def _stamp() -> re.Pattern[str]:
    return re.compile(pattern_data("run_together.json")["post_stamps"]["pattern"])


def post_stamp(token: Token) -> bool:
    """Whether a token is the time stamp that opens one post of a channel's
    bundle run together by the feed ("... of X.19:20 A short while ago",
    "17:13Throughout the day": run_together.json `post_stamps`): a time glued
    to the word before or to the word after, or opening the text. A time
    with spaces on both sides ("at 10:30 on Monday") is prose."""
    # asked of every token of every report: the colon first, the pattern after
    if ":" not in token.text or _stamp().fullmatch(token.text) is None:
        return False
    doc = token.doc
    glued_before = token.i == 0 or not doc[token.i - 1].whitespace_
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    glued_after = not token.whitespace_ and after is not None and after.is_alpha and after.text[:1].isupper()
    return glued_before or glued_after


@cache
def _lost_stop_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in pattern_data("run_together.json")["lost_stops"]["phrases"])


def opens_lost_phrase(token: Token) -> bool:
    """Whether a word opens one of run_together.json's lost-stop phrases
    ("... on Homs In the same context two people ...": a subheading run into
    its item's first sentence), as written, with its capital."""
    for phrase in _lost_stop_phrases():
        if token.text != phrase[0]:
            continue
        words = token.doc[token.i : token.i + len(phrase)]
        if len(words) == len(phrase) and tuple(t.text for t in words) == phrase:
            return True
    return False
