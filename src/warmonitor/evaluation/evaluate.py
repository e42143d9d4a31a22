"""Scoring the extractor against gold data: `warmonitor eval acled|ucdp|case`.

Each scorer reads a gold file, runs the same code users run (`code_notes`,
`extract`), and answers a Markdown report with per-field figures. Learned
parts were learned from ACLED events of January-April 2022, so `eval acled`
reports on May-June 2022 by default (`--since`/`--until` change that).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from warmonitor.errors import BadInput
from warmonitor.extract.acled_coding import CodedEvent, code_notes, country_code, fatalities
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.gazetteer import distance_km, fold, load_gazetteer
from warmonitor.ingest.decode import decode_bytes

HELD_OUT_SINCE = "2022-05-01"  # the classifiers learned from events before this day


@dataclass
class Report:
    title: str
    rows: int
    unit: str = "gold rows"
    figures: list[tuple[str, float, str]] = field(default_factory=list)  # name, value, note
    tables: list[str] = field(default_factory=list)

    def add(self, name: str, value: float, note: str = "") -> None:
        self.figures.append((name, value, note))

    def markdown(self) -> str:
        lines = [
            f"# {self.title}",
            "",
            f"{self.rows} {self.unit}.",
            "",
            "| measure | value | |",
            "| --- | ---: | --- |",
        ]
        lines += [f"| {name} | {value:.3f} | {note} |" for name, value, note in self.figures]
        return "\n".join([*lines, "", *self.tables]) + "\n"


def dev_rows(path: Path, since: str, until: str) -> list[dict[str, str]]:
    """The ACLED rows of `path` dated `since`..`until` (ISO days) that carry
    a point, for the development scripts; raises ValueError when `until`
    reaches into the held-out months (HELD_OUT_SINCE on)."""
    if until >= HELD_OUT_SINCE:
        raise ValueError(f"May-June 2022 is held out: --until must be before {HELD_OUT_SINCE}")
    return [
        r for r in read_csv(path, [("notes",), ("event_id_cnty",)])
        if since <= r.get("event_date", "") <= until and r.get("latitude")
    ]  # fmt: skip


def read_csv(path: Path, required: Iterable[tuple[str, ...]]) -> list[dict[str, str]]:
    """Rows of an ACLED-style CSV, for `code` and `eval` alike, decoded as
    `ingest` decodes files (ingest.decode.decode_bytes): a byte-order mark,
    UTF-8, Windows-1252; CRLF or LF line ends; quoted notes spanning lines.
    A file that lacks a needed column (any name of each tuple) is refused in one line."""
    if not path.is_file():
        raise BadInput(f"{path}: {'not a file' if path.exists() else 'no such file'}")
    return read_csv_bytes(path.read_bytes(), str(path), required)


def read_csv_bytes(data: bytes, origin: str, required: Iterable[tuple[str, ...]]) -> list[dict[str, str]]:
    """`read_csv` of bytes already read; `origin` names them in every refusal."""
    path = origin
    try:
        text = decode_bytes(data, origin)
    except BadInput as exc:
        raise BadInput(f"{path}: {exc.reason}") from None
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        rows = list(reader)
        columns = {name.strip() for name in reader.fieldnames or []}
    except csv.Error as exc:
        raise BadInput(f"{path}: not a readable CSV ({exc})") from None
    if columns != set(reader.fieldnames or []):  # " notes" written with a space after the comma
        rows = [{(k or "").strip(): v for k, v in row.items()} for row in rows]
    for names in required:
        if not columns & set(names):
            raise BadInput(f"{path}: needs a column named {' or '.join(names)}")
    if not rows:
        raise BadInput(f"{path}: no rows")
    return rows


def weighted_f1(gold: list[str], predicted: list[str]) -> float:
    total = 0.0
    for label, support in Counter(gold).items():
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == label and g != label)
        fn = support - tp
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        total += f1 * support
    return total / len(gold)


def _confusion(gold: list[str], predicted: list[str], top: int = 12) -> str:
    labels = [label for label, _n in Counter(gold).most_common(top)]
    short = {label: f"c{i + 1}" for i, label in enumerate(labels)}
    head = "| gold \\ predicted | " + " | ".join(short[label] for label in labels) + " | other |"
    lines = ["## Sub-event confusion (most frequent gold classes)", "", head]
    lines.append("| --- |" + " ---: |" * (len(labels) + 1))
    for label in labels:
        row = [p for g, p in zip(gold, predicted, strict=True) if g == label]
        counts = Counter(row)
        cells = [str(counts.get(other, 0)) for other in labels] + [
            str(sum(v for k, v in counts.items() if k not in short))
        ]
        lines.append(f"| {short[label]} {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _pair(a: str | int | None, b: str | int | None) -> tuple[int, ...]:
    values = [int(v) for v in (a, b) if v not in (None, "", "0", 0)]
    return tuple(sorted(values))


def eval_acled(
    path: Path, since: str | None = HELD_OUT_SINCE, until: str | None = None, limit: int | None = None
) -> Report:
    rows = read_csv(path, [("notes",), ("event_id_cnty",), ("sub_event_type",), ("event_type",)])
    rows = [
        r
        for r in rows
        if (not since or r.get("event_date", "") >= since) and (not until or r.get("event_date", "") <= until)
    ]
    rows = rows[:limit] if limit else rows
    if not rows:
        raise BadInput(f"{path}: no rows between {since or 'the start'} and {until or 'the end'}")
    coded = list(code_notes((r["event_id_cnty"], r["notes"], r.get("country")) for r in rows))
    n = len(rows)
    report = Report(f"warmonitor eval acled: {path.name}", n)
    gold_sub = [r["sub_event_type"] for r in rows]
    pred_sub = [c.sub_event_type for c in coded]
    report.add(
        "event_type accuracy",
        sum(r["event_type"] == c.event_type for r, c in zip(rows, coded, strict=True)) / n,
    )
    report.add("sub_event_type accuracy", sum(g == p for g, p in zip(gold_sub, pred_sub, strict=True)) / n)
    report.add("sub_event_type weighted F1", weighted_f1(gold_sub, pred_sub))
    fat = [(int(float(r["fatalities"] or 0)), c.fatalities) for r, c in zip(rows, coded, strict=True)]
    report.add("fatalities exact", sum(g == p for g, p in fat) / n)
    report.add("fatalities within 10 %", sum(abs(g - p) <= 0.1 * g for g, p in fat) / n, "0 must be exact")
    near = [near_gold(r, c) for r, c in zip(rows, coded, strict=True)]
    report.add("location within 25 km", sum(near) / n)
    report.add(
        "location within 25 km, best this gazetteer allows",
        sum(ok or in_gazetteer(r) for r, ok in zip(rows, near, strict=True)) / n,
        "a miss counts as found if the gazetteer holds the gold place by its name within 25 km",
    )
    report.add(
        "admin1 match",
        sum(
            bool(c.admin1) and fold(c.admin1 or "") == fold(r.get("admin1", ""))
            for r, c in zip(rows, coded, strict=True)
        )
        / n,
        "spelling-folded",
    )
    report.add(
        "inter1/inter2 unordered pair",
        sum(
            _pair(r.get("inter1"), r.get("inter2")) == _pair(c.inter1, c.inter2)
            for r, c in zip(rows, coded, strict=True)
        )
        / n,
    )
    report.add(
        "actor1 exact",
        sum(bool(c.actor1) and c.actor1 == r.get("actor1") for r, c in zip(rows, coded, strict=True)) / n,
        "ACLED's name, with its period for state forces",
    )
    report.add(
        "actor2 exact",
        sum((c.actor2 or "") == (r.get("actor2") or "") for r, c in zip(rows, coded, strict=True)) / n,
        "none where ACLED has none counts as right",
    )
    report.add(
        "event date exact",
        sum(r.get("event_date") == c.event_date for r, c in zip(rows, coded, strict=True)) / n,
    )
    report.tables.append(_confusion(gold_sub, pred_sub))
    return report


def in_gazetteer(gold: dict[str, str]) -> bool:
    """Whether the gazetteer holds the gold place at all: an entry in the
    country named as ACLED's `location` (or either side of its "City -
    District") within 25 km of the gold point. Misses where it does not are
    the gazetteer's limit, not the reading's."""
    if not gold.get("latitude") or not gold.get("location"):
        return False
    iso = country_code(gold.get("country"))
    point = (float(gold["latitude"]), float(gold["longitude"]))
    name = gold["location"]
    names = {name, *name.split(" - ")}
    return any(
        distance_km((c.lat, c.lon), point) <= 25
        for each in names
        for c in load_gazetteer().candidates(each)
        if iso is None or c.country == iso
    )


def near_gold(gold: dict[str, str], coded: CodedEvent) -> bool:
    if coded.latitude is None or coded.longitude is None or not gold.get("latitude"):
        return False
    return (
        distance_km((coded.latitude, coded.longitude), (float(gold["latitude"]), float(gold["longitude"])))
        <= 25
    )


def eval_ucdp(path: Path, limit: int | None = None) -> Report:
    """GED rows carry only a headline as text: the extractor reads
    source_headline (rows without one are counted as misses)."""
    from warmonitor.extract.pipeline import ReportText, extract_many

    rows = read_csv(path, [("source_headline",), ("best",), ("deaths_civilians",)])
    rows = rows[:limit] if limit else rows
    report = Report(f"warmonitor eval ucdp: {path.name}", len(rows))
    hits: Counter[str] = Counter()
    read = [
        (
            row,
            ReportText(
                text, date.fromisoformat(row["date_start"][:10]) if row.get("date_start") else date.today()
            ),
        )
        for row in rows
        if (text := row["source_headline"].strip())
    ]
    with_text = len(read)
    # Headlines a batch at a time (nlp.pipe): the same claims as one by one, sooner.
    for (row, headline), extraction in zip(read, extract_many(r for _row, r in read), strict=True):
        text = headline.text
        claims = extraction.claims
        killed = [c for c in claims if isinstance(c, CasualtyClaim) and c.outcome == "killed"]
        by_party: Counter[str] = Counter()
        for claim in killed:
            if claim.part_of is None and ":" not in claim.party:
                by_party[claim.party] += claim.best or 0
        best = fatalities(text, claims)
        predicted = {
            "best": best,
            "deaths_a": by_party["government"],
            "deaths_b": by_party["rebels"],
            "deaths_civilians": by_party["civilians"],
            "deaths_unknown": by_party["unknown"] + by_party["total"],
        }
        for name, value in predicted.items():
            gold = int(float(row.get(name) or 0))
            hits[name] += int(gold == value)
            if name == "best":
                hits["best within 10 %"] += int(abs(gold - value) <= 0.1 * gold)
    n = len(rows)
    for name in ("best", "best within 10 %", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"):
        report.add(name + (" exact" if "within" not in name else ""), hits[name] / n)
    report.add("rows with a headline", with_text / n, "the only text GED carries")
    return report


def eval_case(path: Path) -> Report:
    """A case file: one report and the facts an analyst expects from it (see tests/cases/)."""
    from warmonitor.extract.pipeline import extract

    try:
        case: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        text_path = (path.parent / case["report"]).resolve()
        text = text_path.read_text(encoding="utf-8")
        if "line" in case:  # one report of a JSON-lines corpus
            row = json.loads(text.splitlines()[int(case["line"]) - 1])
            case.setdefault("source", row.get("source"))
            text = row["text"]
            case.setdefault("published", row["published"][:10])
        published = date.fromisoformat(case["published"][:10])
    except FileNotFoundError as exc:
        raise BadInput(f"{path}: {exc.filename}: no such file") from None
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise BadInput(f"{path}: not a case file ({exc})") from None
    result = extract(text, published, outlet=case.get("source"))
    report = Report(f"warmonitor eval case: {path.name}", len(case.get("expect", [])), "expected facts")
    found = 0
    lines = ["## Expected facts", "", "| fact | found |", "| --- | --- |"]
    for fact in case.get("expect", []):
        ok = _holds(fact, result.claims, result.places)
        found += ok
        lines.append(f"| {json.dumps(fact, ensure_ascii=False)} | {'yes' if ok else 'NO'} |")
    report.add("expected facts found", found / max(1, len(case.get("expect", []))))
    report.tables.append("\n".join(lines) + "\n")
    return report


def _holds(fact: dict[str, Any], claims: list[Any], places: list[Any]) -> bool:
    kind = fact.get("kind")
    if kind == "place":
        return any(
            p.name == fact["name"]
            and p.lat is not None
            and p.lon is not None
            and distance_km((p.lat, p.lon), (fact["lat"], fact["lon"])) <= fact.get("within_km", 10)
            for p in places
        )
    wanted = {k: v for k, v in fact.items() if k not in ("kind", "place")}
    for claim in claims:
        if claim.kind != kind:
            continue
        data = claim.model_dump(mode="json")
        if fact.get("place") and (not data.get("place") or data["place"]["name"] != fact["place"]):
            continue
        if all(data.get(k) == v for k, v in wanted.items()):
            return True
    return False
