"""Whose a breakdown of an earlier count is, when another source spoke between.

"The health ministry said 31 people were killed in the strikes. The army said
it had targeted militants. Twelve of the dead were children." The third
sentence names no source, so wm_attribution carries the one of the sentence
before (the army); but that sentence told no count, and the third refers back
to the counted dead as a part of them ("of the dead", "among the victims":
retold.json's victim nouns after "of" or "among"), so it
breaks down the ministry's 31 and is the ministry's, as an analyst credits a
count's parts to whoever gave the count. Read after the claims are built: only
then is it known which sentences told a count."""

from __future__ import annotations

from bisect import bisect_right
from functools import cache

from spacy.tokens import Doc, Span

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.cue_data import pattern_data

# How many sentences back the counted dead may have been told.
_BACK = 3


def breakdown_sources(doc: Doc, sentences: list[tuple[Span, str]]) -> None:
    """Give a carried breakdown the source of the count it breaks down (see
    the module's docstring), where the sentence it was carried from told no
    casualty figure of its own."""
    starts = [s.start_char for s, _ in sentences]
    told: dict[int, list[int]] = {}
    for i, claim in enumerate(doc._.claims):
        if isinstance(claim, CasualtyClaim) and claim.scope != "historical":
            told.setdefault(bisect_right(starts, claim.span[0]) - 1, []).append(i)
    for k, indices in told.items():
        sent = sentences[k][0]
        if k == 0 or not sent._.wm_carried or told.get(k - 1) or not _partitive(sent):
            continue
        source = _count_source(doc, told, k)
        if source is None:
            continue
        for i in indices:
            claim = doc._.claims[i]
            if claim.claimant == sent._.claimant:
                doc._.claims[i] = claim.model_copy(update={"claimant": source})


def _count_source(doc: Doc, told: dict[int, list[int]], k: int) -> str | None:
    """The source of the nearest count told in the sentences before k (not
    the one just before, which told none), when all its figures have one."""
    for j in range(k - 2, max(-1, k - 2 - _BACK), -1):
        if told.get(j):
            sources = {doc._.claims[i].claimant for i in told[j]}
            return sources.pop() if len(sources) == 1 else None
    return None


@cache
def _victim_nouns() -> frozenset[str]:
    return frozenset(pattern_data("retold.json")["victim_nouns"])


def _partitive(sent: Span) -> bool:
    """Whether the sentence tells a part of people counted before: "of" or
    "among" before a victim noun or "those/them" ("Twelve of the dead",
    "among the victims"). An eyewitness's "the bodies of two boys" is no part."""
    nouns = _victim_nouns()
    return any(
        t.lower_ in ("among", "of")
        and (t.head.like_num or t.lower_ == "among")
        and any(
            c.dep_ == "pobj" and (c.lemma_.lower() in nouns or c.lower_ in ("those", "them"))
            for c in t.children
        )
        for t in sent
    )
