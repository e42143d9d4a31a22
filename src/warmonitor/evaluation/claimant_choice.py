"""A dataset for a learned claimant chooser (issue 11): for every gold
casualty figure of the DEVELOPMENT claimant gold that one of our claims
matches, the candidate claimants the article offers, each with features, and
which of them the gold names.

Candidates: the rules' own answer for the figure; the outlet's voice (no
claimant); every source a sentence of the article names (wm_attribution's
reading, with where its cue is); every claimant our claims carry; every
organisation of sources.csv the text names, speaking or not. A candidate is
right when the eval would count it right (`claims.same_voice`).

Only development gold is read: FA-KES dev (gold/fakes/dev.jsonl), the fresh
file, and the dev halves of the blind files, through the eval's own readers
(`claims.read_gold`, `claims.blind_gold(..., "dev")`), so no held-out row or
article is ever looked at. Nothing here runs in extraction: it is measuring
code for scripts/train_claimant_chooser.py.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from warmonitor.evaluation import claims as ev
from warmonitor.extract import attribution
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.ingest.outlets import lookup

# The files a figure can come from, as the file-out test groups them.
FILES = ("dev", "fresh", "blind", "blind2")
SOURCE_KINDS = ("wire", "monitor", "state_media", "official", "ngo", "other", "unknown")
OUTLET = "<outlet>"  # the candidate "no claimant: the outlet's own voice"
_QUOTES = ('"', "\u201c", "\u201d")
_FAR = 10  # sentences: a source named further off counts as this far


@dataclass
class SentenceReading:
    """What wm_attribution read in one sentence (before the casualty rules)."""

    start: int
    end: int
    claimant: str | None  # after carrying on from the sentence before
    named: bool  # the sentence names its own source
    cue: tuple[int, int] | None
    quoted: bool


@dataclass
class Figure:
    """One matched gold figure: the rules' answer, the candidates and their features."""

    file: str
    unit_id: str
    gold: str | None
    rule: str | None
    outlet: str | None
    candidates: list[str]
    features: list[dict[str, float]]
    right: list[bool]

    @property
    def rule_right(self) -> bool:
        return any(
            r for c, r, f in zip(self.candidates, self.right, self.features, strict=True) if f["is_rule"]
        )

    @property
    def oracle(self) -> bool:
        return any(self.right)


def _same(a: str | None, b: str | None, outlet: str | None) -> bool:
    """Whether two claimants are one voice as the eval compares them."""
    return ev.same_voice(a, b, outlet)


def _kind(name: str | None) -> str:
    if name is None or name == OUTLET:
        return "unknown"
    known = lookup(name)
    return known.kind.value if known is not None else "unknown"


class _Recorder:
    """Wraps attribution.attribute while the pipeline runs, keeping what it
    read of each sentence (its cue's place is not kept on the Doc)."""

    def __init__(self) -> None:
        self.found: dict[int, attribution.Attribution] = {}
        self._real: Callable[..., attribution.Attribution] = attribution.attribute

    def __enter__(self) -> _Recorder:
        real = self._real

        def recording(sent: Span, context: Any, text: str | None = None) -> attribution.Attribution:
            found = real(sent, context, text)
            self.found[sent.start_char] = found
            return found

        attribution.attribute = recording
        return self

    def __exit__(self, *exc: object) -> None:
        attribution.attribute = self._real


def read_doc(nlp: Any, article: ev.Article) -> tuple[Doc, list[SentenceReading]]:
    """The article run through the whole pipeline, with each sentence's reading."""
    from warmonitor.extract.pipeline import ReportText, prepared_doc

    report = ReportText(article.text, article.published, outlet=ev.outlet_name(article.source))
    with _Recorder() as rec:
        doc = nlp(prepared_doc(nlp, report))
    readings = []
    for sent in doc.sents:  # (not mentions.doc_sentences: this runs on older trees too)
        text = sent.text
        found = rec.found.get(sent.start_char)
        readings.append(
            SentenceReading(
                sent.start_char,
                sent.end_char,
                sent._.claimant,
                bool(sent._.wm_named),
                found.cue if found is not None else None,
                any(q in text for q in _QUOTES),
            )
        )
    return doc, readings


def matched_claims(
    gold: ev.GoldArticle, text: str, predicted: list[CasualtyClaim]
) -> Iterator[tuple[int, int]]:
    """(index of our claim, index of the gold figure) for each match, as
    `claims.score_article` pairs them (the same order and the same skips)."""
    spans = [ev.gold_span(text, (g["span"][0], g["span"][1])) for g in gold.casualties]
    matched: set[int] = set()
    for k, claim in enumerate(predicted):
        touching = [i for i, span in enumerate(spans) if ev.spans_overlap(claim.span, span)]
        free = [i for i in touching if i not in matched]
        free.sort(key=lambda i: gold.casualties[i]["outcome"] != claim.outcome)
        if not touching and (ev.lone_victim(text, claim) or ev.uncoded_vague(text, claim)):
            continue
        if not free:
            continue
        truth = gold.casualties[free[0]]
        if truth["scope"] == "historical" and claim.scope not in ev._BACKGROUND:
            continue
        matched.add(free[0])
        yield k, free[0]


@dataclass
class _Article:
    """What the features of every figure of one article read."""

    text: str
    outlet: str | None
    readings: list[SentenceReading]
    claims: list[CasualtyClaim]
    orgs: list[tuple[int, str]]
    named_at: dict[str, list[int]] = field(default_factory=dict)  # candidate -> sentences naming it

    def sentence_of(self, char: int) -> int:
        for i, r in enumerate(self.readings):
            if r.start <= char < r.end:
                return i
        return len(self.readings) - 1


def _key(name: str | None, outlet: str | None) -> str:
    """A candidate's key: canonical, the outlet's own voice folded into OUTLET."""
    if name is None or _same(name, None, outlet):
        return OUTLET
    return ev.canonical(name) or name


def _candidates(art: _Article) -> dict[str, str | None]:
    """key -> the name put forward for it (the first surface seen)."""
    found: dict[str, str | None] = {OUTLET: None}
    for i, r in enumerate(art.readings):
        if r.named and r.claimant is not None:
            key = _key(r.claimant, art.outlet)
            found.setdefault(key, r.claimant)
            art.named_at.setdefault(key, []).append(i)
    for c in art.claims:
        found.setdefault(_key(c.claimant, art.outlet), c.claimant)
    for _at, name in art.orgs:
        found.setdefault(_key(name, art.outlet), name)
    return found


def _features(art: _Article, k: int, key: str, keys: list[str]) -> dict[str, float]:
    claim = art.claims[k]
    at = art.sentence_of(claim.span[0])
    here = art.readings[at]
    named = art.named_at.get(key, [])
    before = [at - i for i in named if i < at]
    after = [i - at for i in named if i > at]
    is_outlet = key == OUTLET
    rule_key = _key(claim.claimant, art.outlet)
    org_at = [a for a, name in art.orgs if _key(name, art.outlet) == key]
    claim_keys = [_key(c.claimant, art.outlet) for c in art.claims]
    prev_key = claim_keys[k - 1] if k > 0 else None
    same_sentence_named = at in named
    cue = here.cue
    f: dict[str, float] = {
        "is_rule": float(key == rule_key),
        "is_outlet": float(is_outlet),
        "same_sentence": float(same_sentence_named),
        "cue_before_figure": float(same_sentence_named and cue is not None and cue[0] < claim.span[0]),
        "cue_after_figure": float(same_sentence_named and cue is not None and cue[0] >= claim.span[1]),
        "sentence_names_own": float(here.named),
        "sentence_names_other": float(here.named and not same_sentence_named),
        "sentence_claimant": float(_key(here.claimant, art.outlet) == key),
        "near_before": 1.0 / (1 + min(before)) if before else 0.0,
        "near_after": 1.0 / (1 + min(after)) if after else 0.0,
        "dist_before": min(min(before), _FAR) / _FAR if before else 1.0,
        "dist_after": min(min(after), _FAR) / _FAR if after else 1.0,
        "named_before": float(bool(before)),
        "named_after_only": float(bool(after) and not before and not same_sentence_named),
        "times_named": math.log1p(len(named)),
        "in_headline": float(0 in named),
        "in_lead": float(1 in named or 0 in named),
        "first_named": float(bool(named) and min(named) == min(min(v) for v in art.named_at.values())),
        "org_in_text": float(bool(org_at)),
        "org_before_figure": float(any(a < claim.span[0] for a in org_at)),
        "share_of_claims": claim_keys.count(key) / len(claim_keys),
        "prev_claim": float(prev_key == key),
        "quoted": float(same_sentence_named and here.quoted),
        "figure_in_headline": float(at == 0),
        "figure_in_lead": float(at <= 1),
        "figure_position": at / max(1, len(art.readings) - 1),
        "n_candidates": math.log(len(keys)),
    }
    kind = _kind(key if not is_outlet else None)
    for name in SOURCE_KINDS:
        f[f"kind_{name}"] = float(not is_outlet and kind == name)
    outlet_kind = _kind(art.outlet)
    for name in SOURCE_KINDS:
        # The outlet's type matters for whether its own voice is the gold's.
        f[f"outlet_{name}_x_outlet"] = float(is_outlet and outlet_kind == name)
        f[f"outlet_{name}_x_rule"] = float(key == rule_key and outlet_kind == name)
    f["rule_is_outlet_x_cand"] = float(rule_key == OUTLET and not is_outlet)
    f["headline_x_outlet"] = float(at == 0 and is_outlet)
    f["own_x_rule"] = float(here.named and key == rule_key)
    return f


def article_figures(
    file: str, gold: ev.GoldArticle, article: ev.Article, doc: Doc, readings: list[SentenceReading]
) -> list[Figure]:
    """The figures of one article that our claims match, each with its candidates."""
    outlet = ev.outlet_name(article.source)
    predicted = [c for c in doc._.claims if isinstance(c, CasualtyClaim)]
    art = _Article(article.text, outlet, readings, predicted, attribution.organisations_named(article.text))
    found = _candidates(art)
    keys = list(found)
    out = []
    for k, g in matched_claims(gold, article.text, predicted):
        truth = gold.casualties[g].get("claimant")
        out.append(
            Figure(
                file,
                gold.unit_id,
                truth,
                predicted[k].claimant,
                outlet,
                keys,
                [_features(art, k, key, keys) for key in keys],
                [_same(found[key], truth, outlet) for key in keys],
            )
        )
    return out


def development_gold(
    gold_dir: Path, fakes: Path
) -> tuple[dict[str, list[ev.GoldArticle]], dict[str, ev.Article]]:
    """The development gold only, by file (FILES), with the articles."""
    articles = ev.read_articles(fakes)
    split = ev.read_split(gold_dir)
    gold = {
        "dev": ev.read_gold(gold_dir / "dev.jsonl", "dev", split, articles),
        "fresh": ev.fresh_gold(gold_dir, split, articles)["fresh"],
    }
    for blind in ev.BLIND_FILES:
        gold[blind.name] = ev.blind_gold(gold_dir, split, articles, "dev", blind)
    return gold, articles


def build(gold_dir: Path = ev.GOLD_DEFAULT, fakes: Path = ev.FAKES_DEFAULT) -> list[Figure]:
    """Every matched development figure with its candidates."""
    from warmonitor.extract import chunks
    from warmonitor.extract.pipeline import load_pipeline

    nlp = load_pipeline()
    gold, articles = development_gold(gold_dir, fakes)
    figures: list[Figure] = []
    for file, rows in gold.items():
        for row in rows:
            article = articles[row.unit_id]
            if len(article.text) > chunks.CHUNK_CHARS:
                continue  # read in pieces by the pipeline; none of the gold's articles is that long
            doc, readings = read_doc(nlp, article)
            figures += article_figures(file, row, article, doc, readings)
    return figures


def summary(figures: list[Figure]) -> dict[str, tuple[int, int, int]]:
    """Per file: (figures, rules right, oracle: some candidate right)."""
    out: dict[str, Counter[str]] = {}
    for f in figures:
        c = out.setdefault(f.file, Counter())
        c["n"] += 1
        c["rule"] += f.rule_right
        c["oracle"] += f.oracle
    return {file: (c["n"], c["rule"], c["oracle"]) for file, c in out.items()}
