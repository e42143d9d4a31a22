"""How far coders agree on the same FA-KES articles: two annotators who write
no rules, the project's gold, and warmonitor itself.

Each coder is a set of casualty figures per article in the gold format of
gold/fakes/README.md (span, outcome, party, best, scope, claimant). Two
coders' figures are paired by overlapping spans (same outcome first, each
figure paired once, as `warmonitor eval claims` pairs a claim with a gold
figure); over the pairs, a field agrees when both give the same value, and a
claimant agrees as `eval claims` scores it: the same canonical source, or
both the outlet's own voice (null or the outlet itself).

What it answers: the claimant figure two careful humans reach against each
other is the most any extractor can be expected to reach against either of
them. Read by scripts/claim_agreement.py; the study's files and figures are
in gold/fakes/agreement/ and docs/accuracy.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from warmonitor.evaluation.claims import canonical, gold_span, spans_overlap
from warmonitor.extract.claims import CasualtyClaim, Extraction

FIELDS = ("outcome", "party", "best", "scope", "claimant")


@dataclass(frozen=True)
class Figure:
    """One coder's reading of one casualty figure."""

    span: tuple[int, int]
    outcome: str
    party: str
    best: int | None
    scope: str
    claimant: str | None  # canonical, None for the outlet's own voice


@dataclass(frozen=True)
class Coder:
    """A coder's figures by article id."""

    name: str
    figures: Mapping[str, Sequence[Figure]]


def voice(claimant: str | None, outlet: str | None) -> str | None:
    """A claimant compared canonically; the outlet itself is its own voice (None)."""
    name = canonical(claimant)
    return None if name is None or name == canonical(outlet) else name


def from_gold_rows(
    name: str, rows: Iterable[Mapping[str, Any]], texts: Mapping[str, str], outlets: Mapping[str, str]
) -> Coder:
    """A coder from gold-format rows (one JSON object per article)."""
    figures: dict[str, list[Figure]] = {}
    for row in rows:
        uid = str(row["unit_id"])
        figures[uid] = [
            Figure(
                gold_span(texts[uid], (int(c["span"][0]), int(c["span"][1]))),
                c["outcome"],
                c["party"],
                c.get("best"),
                c["scope"],
                voice(c.get("claimant"), outlets.get(uid)),
            )
            for c in row.get("casualties", [])
        ]
    return Coder(name, figures)


def from_extractions(
    name: str, extractions: Mapping[str, Extraction], outlets: Mapping[str, str], party_of: Any
) -> Coder:
    """warmonitor as a coder: its casualty claims, parties compared through
    `party_of` (the gold's coarse parties, as `eval claims` compares them)."""
    figures = {
        uid: [
            Figure(c.span, c.outcome, party_of(c.party), c.best, c.scope, voice(c.claimant, outlets.get(uid)))
            for c in extraction.claims
            if isinstance(c, CasualtyClaim)
        ]
        for uid, extraction in extractions.items()
    }
    return Coder(name, figures)


def pair_figures(a: Sequence[Figure], b: Sequence[Figure]) -> list[tuple[Figure, Figure]]:
    """Figures of two coders on one article paired by overlapping span, the
    same outcome first; each figure in at most one pair."""
    pairs: list[tuple[Figure, Figure]] = []
    taken: set[int] = set()
    for mine in a:
        free = [i for i, theirs in enumerate(b) if i not in taken and spans_overlap(mine.span, theirs.span)]
        if not free:
            continue
        free.sort(key=lambda i: b[i].outcome != mine.outcome)
        taken.add(free[0])
        pairs.append((mine, b[free[0]]))
    return pairs


@dataclass
class PairAgreement:
    """Agreement of two coders over the articles both coded."""

    first: str
    second: str
    articles: int
    figures: tuple[int, int]  # each coder's figure count
    paired: int
    agree: Counter[str]

    @property
    def detection_f1(self) -> float | None:
        total = sum(self.figures)
        return 2 * self.paired / total if total else None

    def rate(self, field: str) -> float | None:
        return self.agree[field] / self.paired if self.paired else None


def agreement(first: Coder, second: Coder, articles: Iterable[str]) -> PairAgreement:
    """Two coders' agreement over `articles` (ids both have coded)."""
    ids = [uid for uid in articles if uid in first.figures and uid in second.figures]
    agree: Counter[str] = Counter()
    paired = 0
    for uid in ids:
        for mine, theirs in pair_figures(first.figures[uid], second.figures[uid]):
            paired += 1
            for field in FIELDS:
                agree[field] += getattr(mine, field) == getattr(theirs, field)
    counts = (sum(len(first.figures[u]) for u in ids), sum(len(second.figures[u]) for u in ids))
    return PairAgreement(first.name, second.name, len(ids), counts, paired, agree)


def all_pairs(coders: Sequence[Coder], articles: Sequence[str]) -> list[PairAgreement]:
    """Every pair of coders over the articles all of them coded."""
    common = [uid for uid in articles if all(uid in c.figures for c in coders)]
    return [agreement(a, b, common) for a, b in combinations(coders, 2)]


@dataclass
class Consensus:
    """Over figures every human coder paired with one another and agreed on
    the claimant: how often another coder gives that same claimant."""

    agreed: int
    scored: Counter[str]  # per coder: of `agreed`, figures the coder also reads
    right: Counter[str]  # ... and gives the agreed claimant


def consensus(humans: Sequence[Coder], others: Sequence[Coder], articles: Sequence[str]) -> Consensus:
    """The claimant on which the first two humans agree, checked against
    every other coder (the gold, warmonitor) where that coder reads the figure."""
    first, second = humans[0], humans[1]
    result = Consensus(0, Counter(), Counter())
    for uid in articles:
        if uid not in first.figures or uid not in second.figures:
            continue
        for mine, theirs in pair_figures(first.figures[uid], second.figures[uid]):
            if mine.claimant != theirs.claimant:
                continue
            result.agreed += 1
            for other in others:
                match = pair_figures([mine], other.figures.get(uid, []))
                if match:
                    result.scored[other.name] += 1
                    result.right[other.name] += match[0][1].claimant == mine.claimant
    return result
