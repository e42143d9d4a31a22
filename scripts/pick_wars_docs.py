"""Draw the documents of the other wars' blind claimant file, once (gold/wars/README.md).

    PYTHONPATH=src python scripts/pick_wars_docs.py [--real-dev ../shared/data/real-dev]
        [--readers /work] --out gold/wars/split.csv

Eligible: a document of a dev or train file of real-dev (never a test split)
that holds a death, injury or capture word and a number word, is under 6,000
characters, and whose id is named nowhere in the repository (`git grep`) nor
in any earlier blind reader's folder (`--readers`/blind*). Each file's
documents are shuffled with `random.Random(2020)` (SATP, then WikiEvents,
then RAMS) and the first eligible taken: 14 SATP lines, up to 8 WikiEvents
documents, 14 RAMS windows. The split: the unit ids (`<file>#<doc>`) sorted
by their SHA-1, even positions dev, odd held-out. Run on 2026-12-01 it drew
14 SATP lines and 14 RAMS windows (every WikiEvents dev document but one was
already named in the repository, and that one holds no casualty word). Run
again, it draws other documents: the file's own ids are in the repository now.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import subprocess
from pathlib import Path

from warmonitor.evaluation.real_docs import real_document

CASUALTY = re.compile(
    r"\b(kill|killed|killing|dead|died|death|deaths|wounded|injured|injuring|abducted|kidnapped"
    r"|arrested|captured|detained|massacre|bodies)\b",
    re.I,
)
NUMBER = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores"
    r"|hundreds|thousands)\b",
    re.I,
)
REPO = Path(__file__).resolve().parents[1]


def _readers_text(readers: Path) -> str:
    """Everything earlier blind readers wrote (their picks, reports, texts)."""
    files = [
        p for p in readers.glob("blind*/*") if p.is_file() and p.suffix in {".json", ".md", ".py", ".txt"}
    ]
    files += [p for p in readers.glob("blind*/texts/*") if p.is_file()]
    return "\n".join(p.read_text(errors="ignore") for p in files)


def _in_repo(needle: str) -> bool:
    found = subprocess.run(["git", "-C", str(REPO), "grep", "-q", "-F", needle], capture_output=True)
    return found.returncode == 0


def _named(source: str, doc: str, seen: str) -> bool:
    if source.startswith("satp"):
        line = int(doc)
        told = (f"satp row {line}", f"satp row {line - 1}")
        return any(t in seen for t in told) or _in_repo(f"{source}#{doc}") or _in_repo(f"{source}:{doc}")
    return doc in seen or _in_repo(doc)


def _eligible(real_dev: Path, source: str, doc: str) -> bool:
    text, _day = real_document(real_dev, source, doc)
    return bool(CASUALTY.search(text)) and bool(NUMBER.search(text)) and len(text) < 6000


def _documents(real_dev: Path, source: str) -> list[str]:
    path = real_dev / source
    if source.startswith("satp"):
        with path.open(encoding="utf-8") as fh:
            return [str(n) for n, _line in enumerate(fh, start=1)]
    key = "doc_id" if source.startswith("wikievents") else "doc_key"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)[key] for line in fh]


def pick(real_dev: Path, readers: Path) -> list[tuple[str, str]]:
    rng = random.Random(2020)
    seen = _readers_text(readers)
    picked: list[tuple[str, str]] = []
    for source, wanted in (
        ("satp_relevant_train.tsv", 14),
        ("wikievents_dev.jsonl", 8),
        ("rams_dev.jsonlines", 14),
    ):
        docs = _documents(real_dev, source)
        rng.shuffle(docs)
        taken = 0
        for doc in docs:
            if taken == wanted:
                break
            if _named(source, doc, seen) or not _eligible(real_dev, source, doc):
                continue
            picked.append((source, doc))
            taken += 1
    return picked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real-dev", type=Path, default=REPO.parent / "shared" / "data" / "real-dev")
    parser.add_argument("--readers", type=Path, default=REPO.parent, help="the folder holding blind*/")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    rows = sorted(
        pick(args.real_dev, args.readers), key=lambda p: hashlib.sha1(f"{p[0]}#{p[1]}".encode()).hexdigest()
    )
    with args.out.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["unit_id", "source_file", "doc", "half", "order"])
        for i, (source, doc) in enumerate(rows):
            out.writerow([f"{source}#{doc}", source, doc, "dev" if i % 2 == 0 else "heldout", i])
    print(f"{len(rows)} documents -> {args.out}")


if __name__ == "__main__":
    main()
