"""What the dev-miss listings share: the FA-KES dev half with its articles
and their extractions, and a sentence-sized context around a span.

Reads gold/fakes/dev.jsonl, or with `fresh` gold/fakes/control_fresh.jsonl
(articles outside split.csv, annotated for control only) or
gold/fakes/claims_fresh.jsonl (outside split.csv, casualty figures only): the held-out half
is never read here, since rules are written against dev rows alone
(gold/fakes/README.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from warmonitor.evaluation.claims import (
    BLIND_FILES,
    FAKES_DEFAULT,
    GOLD_DEFAULT,
    WARS_DEFAULT,
    Article,
    GoldArticle,
    blind_gold,
    outlet_name,
    read_articles,
    read_gold,
    read_split,
)
from warmonitor.evaluation.claims_wars import wars_gold
from warmonitor.extract.claims import Extraction
from warmonitor.extract.pipeline import ReportText, extract_many

FRESH = "control_fresh.jsonl"  # dev-only control gold on articles outside split.csv
CLAIMS_FRESH = "claims_fresh.jsonl"  # dev-only claimant gold on articles outside split.csv


def dev_half(
    *,
    fresh: bool = False,
    claims: bool = False,
    blind: bool = False,
    blind2: bool = False,
    wars: bool = False,
) -> Iterator[tuple[GoldArticle, Article, Extraction]]:
    """Each dev gold article (or, `fresh`, each article of control_fresh.jsonl,
    or with `claims` too, of claims_fresh.jsonl; or, `blind`, each article of
    the blind claimant file's dev half, or `blind2` the second file's, or
    `wars` the other wars' file's (gold/wars/), never a held-out half) with
    its article and extraction, in gold order."""
    gold_dir = Path(GOLD_DEFAULT)
    if wars:
        gold, by_id = wars_gold(WARS_DEFAULT, Path(FAKES_DEFAULT).parent, "dev")
        reading = [by_id[g.unit_id] for g in gold]
        extractions = extract_many(ReportText(a.text, a.published, outlet=a.source or None) for a in reading)
        yield from zip(gold, reading, extractions, strict=True)
        return
    articles = read_articles(Path(FAKES_DEFAULT))
    split = read_split(gold_dir)
    if blind or blind2:
        gold = blind_gold(gold_dir, split, articles, "dev", BLIND_FILES[1 if blind2 else 0])
    elif fresh:
        name = CLAIMS_FRESH if claims else FRESH
        gold = read_gold(gold_dir / name, "dev", split, articles, outside_split=True)
    else:
        gold = read_gold(gold_dir / "dev.jsonl", "dev", split, articles)
    reading = [articles[g.unit_id] for g in gold]
    extractions = extract_many(ReportText(a.text, a.published, outlet=outlet_name(a.source)) for a in reading)
    yield from zip(gold, reading, extractions, strict=True)


def context(text: str, span: tuple[int, int], width: int = 150) -> str:
    """The text around `span`, the span itself in [[ ]], on one line."""
    start, end = max(0, span[0] - width), min(len(text), span[1] + width // 2)
    snippet = text[start : span[0]] + "[[" + text[span[0] : span[1]] + "]]" + text[span[1] : end]
    return re.sub(r"\s+", " ", snippet)


def show(title: str, rows: list[str], *, first: bool = False) -> None:
    """Print a listing's section: its count and title, then its rows indented."""
    print(f"{'' if first else chr(10)}{len(rows)} {title}")
    for row in rows:
        print("   ", row)
