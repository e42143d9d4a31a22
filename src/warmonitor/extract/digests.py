"""Digests of other outlets' reporting (the South Asia Terrorism Portal's
incident summaries): each item credits the paper it was drawn from ("...
on May 9, reports Dawn."), and what the item then tells with no source of
its own is that paper's account, not the digest's (issue 11; the calls in
gold/wars/README.md). Cue words and the digest outlets are data:
claimants.json `digest_credit`."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from warmonitor.extract.attribution import known_source_at
from warmonitor.extract.cue_data import pattern_data
from warmonitor.ingest.outlets import lookup


@cache
def _credit() -> tuple[frozenset[str], re.Pattern[str]]:
    data = pattern_data("claimants.json")["digest_credit"]
    known = {o: lookup(o) for o in data["outlets"]}
    outlets = frozenset(k.name if k is not None else o for o, k in known.items())
    verbs = sorted(data["verbs"], key=len, reverse=True)
    # After a word, in lower case: "… on May 9, reports Dawn", never a
    # sentence's own "Reports said" nor a headline's "- Reports".
    cue = re.compile(rf"(?<=\w)[ ,]+(?:{'|'.join(map(re.escape, verbs))})\s+(?:the\s+|The\s+)?")
    return outlets, cue


def is_digest(outlet: str | None) -> bool:
    """Whether `outlet` (any of its names in sources.csv) is a digest."""
    known = lookup(outlet) if outlet else None
    return known is not None and known.name in _credit()[0]


# A paper sources.csv does not know: one to four capitalised words that end
# the sentence, or that the item's day follows ("reports Bakhtar News on
# March 9": 32 SATP summaries end so). Run on into the next sentence (stops
# stripped), its end is not known, so the credit names no paper.
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_UNKNOWN_PAPER = re.compile(
    rf"[A-Z][\w'&-]*(?: [A-Z][\w'&-]*){{0,3}}(?=\s*(?:[.,;]|$)|\s+on\s+(?:{_MONTHS})\b)"
)


def digest_credits(text: str) -> list[tuple[int, str | None]]:
    """Each credit in `text`: (its offset, the credited paper's sources.csv
    name, or the name as written when sources.csv does not know it and the
    sentence ends after it, else None: an item whose paper cannot be read
    still ends the item before); a credit naming several papers ("compiled
    from A and B") gives the first."""
    out: list[tuple[int, str | None]] = []
    for cue in _credit()[1].finditer(text):
        paper = known_source_at(text, cue.end())
        if paper is None:
            unknown = _UNKNOWN_PAPER.match(text, cue.end())
            paper = unknown.group(0) if unknown else None
            if paper is not None and cue.group(0).endswith("The "):
                paper = f"The {paper}"  # "reports The News": the paper's name, not "News"
        out.append((cue.start(), paper))
    return out


def credit_digest_items(sentences: list[tuple[Span, str]], text: str, outlet_voice: str | None) -> None:
    """Give each sentence of a digest told in the digest's own voice (no
    source named, none carried on) the paper its item credits: the last
    credit before the sentence ends, or, before the first credit, the
    first. Sets `sent._.claimant`; a text with no credit is left as it is."""
    credits = digest_credits(text)
    if not credits:
        return
    for sent, _sent_text in sentences:
        if sent._.wm_named or sent._.wm_carried or sent._.claimant not in (None, outlet_voice):
            continue
        before = [paper for at, paper in credits if at < sent.end_char]
        paper = before[-1] if before else credits[0][1]
        if paper is not None:
            sent._.claimant = paper
