"""`warmonitor eval news GOLD.tsv …`: sub-event types of news prose.

A gold file is tab-separated with columns `id`, `text`, `sub_event_type`
(ACLED's names). Where the text may not be stored in the repository (RAMS,
ISAF releases), `text` is empty and `source`, `doc`, `sentence` point into a
file of ../shared/data/real-dev/ (`--real-dev`), read at run time:
- RAMS (`*.jsonlines`): `doc` is the doc_key, `sentence` the sentence index;
- ISAF (`*.jsonl`): `doc` is the 1-based line, the whole release is read.

Every row belongs once and for all to the learning part or the held-out part,
by a hash of its id (`held_out`); the scorer reports on the held-out part by
default. Texts are read by the same pipeline `extract` runs and typed by the
same sub-event model as `code` and `extract` (acled_model.SubEventModel).
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from warmonitor.errors import BadInput
from warmonitor.evaluation.evaluate import Report, weighted_f1
from warmonitor.extract.acled_model import UNCERTAIN, TypeGuess, load_sub_event_model

DEFAULT_REAL_DEV = Path("../shared/data/real-dev")
PARTS = ("held-out", "learn", "all")


def held_out(item_id: str) -> bool:
    """The split, decided once: held out when the first hex digit of the
    SHA-256 of the id (UTF-8) is 8-f, learning part when 0-7 (about half each)."""
    return hashlib.sha256(item_id.encode("utf-8")).hexdigest()[0] in "89abcdef"


@dataclass(frozen=True)
class NewsItem:
    id: str
    text: str
    sub_event_type: str
    gold_file: str


@cache
def _jsonl(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _resolve(row: dict[str, str], real_dev: Path, where: str) -> str:
    source = (row.get("source") or "").strip()
    if not source:
        raise BadInput(f"{where}: no text and no source")
    path = real_dev / source
    if not path.is_file():
        raise BadInput(f"{where}: {path}: no such file (give --real-dev)")
    lines = _jsonl(path)
    doc = (row.get("doc") or "").strip()
    try:
        if source.endswith(".jsonlines"):  # RAMS: one sentence of a document
            for line in lines:
                if f'"{doc}"' in line:
                    data = json.loads(line)
                    if data.get("doc_key") == doc:
                        return " ".join(data["sentences"][int(row["sentence"])])
            raise BadInput(f"{where}: {doc} not in {source}")
        data = json.loads(lines[int(doc) - 1])  # ISAF: one release, chat-format
        human = next(t["value"] for t in data["conversations"] if t.get("from") == "human")
        return str(human.split("PRESS RELEASE TEXT:", 1)[-1]).strip()
    except (ValueError, KeyError, IndexError, StopIteration) as exc:
        raise BadInput(f"{where}: cannot read {source} at {doc!r} ({exc})") from None


def read_news_gold(path: Path, real_dev: Path = DEFAULT_REAL_DEV) -> list[NewsItem]:
    """All rows of one gold file, texts resolved (BadInput on a bad file)."""
    if not path.is_file():
        raise BadInput(f"{path}: {'not a file' if path.exists() else 'no such file'}")
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            rows = list(reader)
            columns = set(reader.fieldnames or [])
    except UnicodeDecodeError:
        raise BadInput(f"{path}: not UTF-8 text") from None
    missing = {"id", "text", "sub_event_type"} - columns
    if missing:
        raise BadInput(f"{path}: needs the tab-separated columns id, text, sub_event_type")
    if not rows:
        raise BadInput(f"{path}: no rows")
    items = []
    for n, row in enumerate(rows, 2):
        where = f"{path}:{n}"
        text = (row.get("text") or "").strip() or _resolve(row, real_dev, where)
        if not row.get("id") or not row.get("sub_event_type"):
            raise BadInput(f"{where}: empty id or sub_event_type")
        items.append(NewsItem(row["id"], text, row["sub_event_type"], path.name))
    return items


def classify_texts(texts: list[str]) -> list[TypeGuess]:
    """Each text read by the pipeline (as `extract` does) and typed whole."""
    from datetime import date

    from warmonitor.extract.pipeline import load_pipeline

    nlp, model = load_pipeline(), load_sub_event_model()

    def docs() -> Iterator[Doc]:
        for text in texts:
            doc = nlp.make_doc(text)
            doc._.wm_text = text
            doc._.published = date.today()
            doc._.outlet = None
            yield doc

    return [model.classify(doc) for doc in nlp.pipe(docs(), batch_size=32)]


def _per_class(gold: list[str], predicted: list[str]) -> tuple[str, list[tuple[str, int, float]]]:
    lines = [
        "## Per class (held-out rows of all files)",
        "",
        "| sub-event type | rows | F1 |",
        "| --- | ---: | ---: |",
    ]
    out = []
    for label, support in sorted(Counter(gold).items(), key=lambda kv: (-kv[1], kv[0])):
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label and g != label for g, p in zip(gold, predicted, strict=True))
        f1 = 2 * tp / (2 * tp + fp + (support - tp)) if support else 0.0
        out.append((label, support, f1))
        lines.append(f"| {label} | {support} | {f1:.3f} |")
    return "\n".join(lines) + "\n", out


def eval_news(paths: list[Path], real_dev: Path = DEFAULT_REAL_DEV, part: str = "held-out") -> Report:
    """Weighted F1 and accuracy of the sub-event type over the chosen part of
    each gold file and all together. "uncertain" counts as a wrong answer in
    F1 and accuracy; coverage is the share answered with a type."""
    if part not in PARTS:
        raise BadInput(f"--part must be one of {', '.join(PARTS)}")
    items = [
        item
        for path in paths
        for item in read_news_gold(path, real_dev)
        if part == "all" or held_out(item.id) == (part == "held-out")
    ]
    if not items:
        raise BadInput(f"no {part} rows in {', '.join(str(p) for p in paths)}")
    guesses = classify_texts([i.text for i in items])
    report = Report(f"warmonitor eval news ({part} part)", len(items), f"{part} rows")

    def figures(name: str, chosen: list[int]) -> None:
        gold = [items[i].sub_event_type for i in chosen]
        pred = [guesses[i].sub_event_type for i in chosen]
        sure = [i for i in chosen if guesses[i].sub_event_type != UNCERTAIN]
        report.add(f"{name}: sub_event_type weighted F1", weighted_f1(gold, pred), f"{len(chosen)} rows")
        report.add(f"{name}: accuracy", sum(g == p for g, p in zip(gold, pred, strict=True)) / len(chosen))
        report.add(f"{name}: coverage (not uncertain)", len(sure) / len(chosen))
        if sure:
            report.add(
                f"{name}: accuracy where not uncertain",
                sum(items[i].sub_event_type == guesses[i].sub_event_type for i in sure) / len(sure),
            )
        report.add(
            f"{name}: best type right (uncertain or not)",
            sum(items[i].sub_event_type == guesses[i].best for i in chosen) / len(chosen),
        )

    figures("all files", list(range(len(items))))
    for name in dict.fromkeys(i.gold_file for i in items):
        figures(name, [n for n, i in enumerate(items) if i.gold_file == name])
    table, per_class = _per_class([i.sub_event_type for i in items], [g.sub_event_type for g in guesses])
    zero = [label for label, support, f1 in per_class if support >= 5 and f1 == 0.0]
    report.add("classes with >= 5 rows and F1 0", float(len(zero)), ", ".join(zero))
    report.tables.append(table)
    wrong = [
        f"| {i.id} | {i.sub_event_type} | {g.best} ({g.confidence:.2f}) |"
        for i, g in zip(items, guesses, strict=True)
        if g.sub_event_type != i.sub_event_type
    ]
    report.tables.append(
        "## Misses (first 40)\n\n| id | gold | answered (probability) |\n| --- | --- | --- |\n"
        + "\n".join(wrong[:40])
        + "\n"
    )
    return report
