"""Fuzzing: mutated inputs through every ingest reader and the extraction
stages, and every crash with the input that caused it.

A crash is any exception other than the refusals a user may get: BadInput
from a reader or from `prepared`, UserError from extraction, and on the API's
door what FastAPI answers with a 4xx (a body json.loads cannot read, a
pydantic ValidationError, a 4xx HTTPException). Input i is built from
(seed, i) alone, so `--seed S` and the index reproduce it; each crash is also
written to the crash folder as raw bytes (`crash-<index>.<ext>`) with a line
in `crashes.jsonl`.

Seeds are short reports in each format warmonitor reads (text, HTML, JSON
lines, a JSON array, a posted API body, RSS, Atom, an ACLED-style CSV),
built from the demo corpus's sentences. Mutations, one to four per input:
flip, insert or delete bytes; splice in a hostile token (NUL, a
lone-surrogate escape, a character reference no character has, a figure
beyond 64 bits, a date in year 1 or 9999, deep brackets, a BOM, control
characters, "yesterday"); truncate; repeat a slice; splice two seeds.

What every input goes through (STAGES_EVERY_INPUT):
- ingest's own reading of it as a file of its name (`read_bytes`: size
  check, decoding, format detection, the reader), then each of the four
  readers forced on it whatever it looks like (feed, HTML, JSON lines,
  text), the ACLED CSV reader (`read_csv_bytes`, as `code` and `eval` read
  CSVs), and the API's door (json.loads as FastAPI reads a body, the
  `ReportIn` model, `draft_from_body`);
- `prepared` (what is stored) on every draft those give (at most
  DRAFTS_PER_INPUT distinct texts) and each CSV row's notes;
- on each such text, the extraction stages that need no statistical model:
  numbers (`find_counts`), dates (`find_dates` against the draft's
  publication day or DAY, `first_since`, ACLED's `event_date` on notes),
  cutting into pieces at paragraph and sentence ends (`chunks.pieces`), the
  tokenizer (`make_doc`) and the gazetteer and actor PhraseMatchers
  (`wm_entity_ruler`).

What one input in SAMPLE_EVERY goes through as well (index % SAMPLE_EVERY
== 0): full extraction of those texts (`extract_many`: the model and every
component, nlp.pipe in batches of 16 in each worker process), and `code_notes`
(ACLED coding) of its CSV rows. The model costs about 20-40 ms a short
report, a hundred times the rest: on every input it would cap the rate near
25 inputs/s on two cores.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from importlib import resources
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from warmonitor.errors import BadInput, UserError
from warmonitor.extract.pipeline import ReportText, extract_many
from warmonitor.ingest.draft import ReportDraft

DAY = date(2024, 11, 30)
LIMIT = 1 * 1024 * 1024  # a mutated input never grows near this; the size check still runs
SAMPLE_EVERY = 50  # one input in this many is also fully extracted (the model and every component)
BATCH_SIZE = 16  # sampled texts per nlp.pipe batch
DRAFTS_PER_INPUT = 4  # distinct texts of one input through prepared's followers
ROWS_PER_INPUT = 3  # CSV rows of one input
PIECE_CHARS = 400  # chunks.pieces on short texts: cut them at paragraph and sentence ends
SHARE = 800  # inputs per task handed to a worker
TASKS_PER_WORKER = 25  # then the worker is replaced (20,000 inputs)
PROGRESS_EVERY = 20_000
_TOKENS = (
    b"\x00", b"\\ud800", b"\\udfff", b"&#xD800;", b"&#x110000;", b"&#0;", b"&#99999999999999;",
    b"99999999999999999999", b"18446744073709551616", b"-1", b"0001-01-01T00:00:00+05:00",
    b"9999-12-31T23:59:59-05:00", b"yesterday", b"last week", b"[" * 5000, b"{" * 5000, b"\xef\xbb\xbf",
    b"\xff\xfe", b"\x1a", b"\x07\x08\x0b", b"\r\n\r\n", b"<![CDATA[", b"]]>", b"<script>", b"&amp;",
    b"\xc3\x28", b"\xe2\x80\xae", b"at least 1,000,000,000,000 civilians were killed", b"killed " * 200,
    b"1 2 3 4 5 6 7 8 9 " * 50,
)  # fmt: skip


@dataclass(frozen=True)
class Crash:
    index: int
    stage: str  # read | prepare | extract
    error: str
    name: str
    data: bytes


def _sentences() -> list[str]:
    lines = (resources.files("warmonitor") / "data" / "demo" / "reports.jsonl").read_text(encoding="utf-8")
    found = [
        s for line in lines.splitlines() if line.strip()
        for s in re.split(r"(?<=[.!?])\s+", json.loads(line)["text"]) if len(s.split()) > 3
    ]  # fmt: skip
    return found


def _seed(rng: random.Random, sentences: list[str]) -> tuple[str, bytes]:
    """A short report in a random format: (file name, bytes)."""
    text = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 4)))
    title = rng.choice(sentences)[:60]
    kind = rng.randrange(8)
    if kind == 0:
        return "r.txt", f"{title}\n\n{text}".encode()
    if kind == 1:
        page = (
            f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{text}</p></article>"
        )
        return "r.html", (page + "</body></html>").encode()
    record = {"text": text, "title": title, "source": "Fuzz Wire", "published": "2024-11-29T08:00:00+00:00"}
    if kind == 2:
        return "r.jsonl", (
            json.dumps(record) + "\n" + json.dumps({**record, "text": title + " " + text})
        ).encode()
    if kind == 3:
        return "r.json", json.dumps([record, record]).encode()
    if kind == 4:
        item = f"<item><title>{title}</title><pubDate>Fri, 29 Nov 2024 08:00:00 GMT</pubDate>"
        rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Fuzz Wire</title>{item}'
        return "r.rss", (rss + f"<description>{text}</description></item></channel></rss>").encode()
    if kind == 5:
        return "body.json", json.dumps(record).encode()  # a POST /api/v1/reports body
    if kind == 6:
        rows = io.StringIO()
        writer = csv.writer(rows, lineterminator=rng.choice(("\n", "\r\n")))
        writer.writerow(["event_id_cnty", "event_date", "country", "notes"])
        for number in range(rng.randint(1, 3)):
            note = f"On {rng.randint(1, 28)} November 2024, " + rng.choice(sentences)
            writer.writerow(
                [f"FUZ{number}", "2024-11-29", rng.choice(("Syria", "Sudan", "Ukraine", "")), note]
            )
        return "r.csv", rows.getvalue().encode()
    atom = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Fuzz</title><entry><title>{title}'
    return "r.atom", (atom + f"</title><content type='html'>{text}</content></entry></feed>").encode()


def _mutate(rng: random.Random, data: bytes, other: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        at = rng.randint(0, len(buf))
        op = rng.randrange(8)
        if op == 0 and buf:
            buf[min(at, len(buf) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 2:
            del buf[at : at + rng.randint(1, 16)]
        elif op in (3, 4):
            buf[at:at] = rng.choice(_TOKENS)
        elif op == 5:
            del buf[at:]
        elif op == 6 and buf:
            start = rng.randrange(len(buf))
            buf[at:at] = buf[start : start + rng.randint(1, 64)] * rng.randint(1, 20)
        else:
            cut = rng.randint(0, len(other))
            buf[at:] = other[cut:]
    return bytes(buf)


def make_input(seed: int, index: int, sentences: list[str]) -> tuple[str, bytes]:
    rng = random.Random(seed * 1_000_003 + index)
    name, data = _seed(rng, sentences)
    _other_name, other = _seed(rng, sentences)
    if rng.random() < 0.3:
        name = rng.choice(("r.txt", "r.html", "r.jsonl", "r.rss", "r.csv", "body.json", "noext"))
    return name, _mutate(rng, data, other)


def _line(exc: BaseException) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    place = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
    first = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {first[0][:200] if first else ''}{place}"


class _Share:
    """One worker's run over inputs [start, stop): counts and crashes."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.crashes: list[Crash] = []
        self.full: list[tuple[int, str, bytes, ReportText]] = []
        self.notes: list[tuple[int, str, bytes, tuple[str, str, str | None]]] = []

    def crash(self, index: int, stage: str, exc: BaseException, name: str, data: bytes) -> None:
        self.crashes.append(Crash(index, stage, _line(exc), name, data))


_CSV_COLUMNS = [("event_id_cnty", "id"), ("notes", "EventSnippet")]


def _drafts(share: _Share, index: int, name: str, data: bytes) -> list[ReportDraft]:
    """Every reader on the input: ingest's reading by name, each reader
    forced, the API's door. The drafts they give (refusals counted)."""
    from fastapi import HTTPException
    from pydantic import ValidationError

    from warmonitor.api.app import draft_from_body
    from warmonitor.ingest.decode import decode_bytes
    from warmonitor.ingest.formats import detect_format, read_feed, read_html, read_jsonl, read_text
    from warmonitor.ingest.sources import read_bytes
    from warmonitor.schemas import ReportIn

    drafts: list[ReportDraft] = []
    share.counts["reads"] += 1
    try:  # as ingest reads a file of this name: size, decoding, format detection, its reader
        found, _problems = read_bytes(data, None if name == "noext" else name, name, LIMIT)
        drafts.extend(found)
    except BadInput:
        share.counts["refused"] += 1
    except Exception as exc:  # a crash: recorded with its input
        share.crash(index, "read", exc, name, data)
    try:
        text = decode_bytes(data, name)
    except BadInput:
        return drafts
    except Exception as exc:
        share.crash(index, "decode", exc, name, data)
        return drafts
    readers: list[tuple[str, Callable[[], Any]]] = [
        ("feed", lambda: (read_feed(data, name), [])),
        ("html", lambda: (read_html(text, name), [])),
        ("jsonl", lambda: read_jsonl(text, name)),
        ("text", lambda: (read_text(text, name), [])),
    ]
    hint = None if name == "noext" else name
    for fmt, reader in readers:  # each other reader forced on it, whatever it looks like
        if fmt == detect_format(hint, text):
            continue  # read above, as ingest reads it
        share.counts["reads"] += 1
        try:
            found, _problems = reader()
            drafts.extend(found)
        except BadInput:
            share.counts["refused"] += 1
        except Exception as exc:
            share.crash(index, f"read-{fmt}", exc, name, data)
    share.counts["reads"] += 1
    try:  # the API's door, as FastAPI reads a JSON body and the route checks it
        try:
            posted = json.loads(data)
        except Exception:  # FastAPI answers 400 or 422 for any body json.loads cannot read
            share.counts["refused"] += 1
        else:
            drafts.append(draft_from_body(ReportIn.model_validate(posted)))
    except ValidationError:
        share.counts["refused"] += 1
    except HTTPException as exc:
        if exc.status_code >= 500:
            share.crash(index, "api", exc, name, data)
        share.counts["refused"] += 1
    except Exception as exc:
        share.crash(index, "api", exc, name, data)
    return drafts


def _csv_notes(share: _Share, index: int, name: str, data: bytes) -> list[tuple[str, str, str | None]]:
    """(id, notes, country) of each row the ACLED CSV reader gives, as `code` takes them."""
    from warmonitor.evaluation.evaluate import read_csv_bytes

    share.counts["reads"] += 1
    try:
        rows = read_csv_bytes(data, name, _CSV_COLUMNS)
        return [
            (
                str(r.get("event_id_cnty") or r.get("id") or ""),
                str(r.get("notes") or r.get("EventSnippet") or ""),
                str(r["country"]) if r.get("country") else None,
            )
            for r in rows[:ROWS_PER_INPUT]
        ]
    except BadInput:
        share.counts["refused"] += 1
    except Exception as exc:
        share.crash(index, "read-csv", exc, name, data)
    return []


def _cheap(share: _Share, index: int, name: str, data: bytes, text: str, day: date, note: bool) -> None:
    """The extraction stages that need no statistical model, on one text."""
    from warmonitor.extract import chunks, numbers
    from warmonitor.extract import dates as dates_
    from warmonitor.extract.acled_coding import event_date
    from warmonitor.extract.pipeline import load_pipeline, make_doc

    nlp = load_pipeline()
    share.counts["texts"] += 1
    try:
        numbers.find_counts(text)
        dates_.find_dates(text, day)
        dates_.first_since(text)
        if note:
            event_date(text)
        for _offset, piece in chunks.pieces(text, PIECE_CHARS):
            chunks.has_words(piece)
        nlp.get_pipe("wm_entity_ruler")(make_doc(nlp, text))
    except UserError:
        share.counts["refused"] += 1
    except Exception as exc:
        share.crash(index, "cheap-extract", exc, name, data)


def _run_share(job: tuple[int, int, int]) -> tuple[Counter[str], list[Crash]]:
    """Inputs [start, stop) of `seed`: counts (reads, refused, texts, fully
    extracted) and the crashes."""
    from warmonitor.ingest.draft import prepared

    seed, start, stop = job
    cpu = time.process_time()
    sentences = _sentences()
    share = _Share()
    for index in range(start, stop):
        name, data = make_input(seed, index, sentences)
        share.counts["inputs"] += 1
        sampled = index % SAMPLE_EVERY == 0
        texts: dict[str, date] = {}
        for draft in _drafts(share, index, name, data):
            try:
                ready = prepared(draft)
            except BadInput:
                share.counts["refused"] += 1
                continue
            except Exception as exc:
                share.crash(index, "prepare", exc, name, data)
                continue
            if len(texts) < DRAFTS_PER_INPUT and ready.text not in texts:
                texts[ready.text] = ready.published.date() if ready.published else DAY
                if sampled:
                    share.full.append(
                        (
                            index,
                            name,
                            data,
                            ReportText(ready.text, texts[ready.text], title=ready.title, outlet=ready.outlet),
                        )
                    )
        for text, day in texts.items():
            _cheap(share, index, name, data, text, day, note=False)
        for row in _csv_notes(share, index, name, data):
            if row[1].strip():
                _cheap(share, index, name, data, row[1], DAY, note=True)
                if sampled:
                    share.notes.append((index, name, data, row))
    _full(share)
    share.counts["cpu_ms"] += round((time.process_time() - cpu) * 1000)
    return share.counts, share.crashes


def _full(share: _Share) -> None:
    """Full extraction of the sampled texts (nlp.pipe batches), then ACLED
    coding of the sampled notes; on a failure, one at a time to find the input."""
    from warmonitor.extract.acled_coding import code_notes

    runs: list[tuple[str, str, list[Any], Callable[[list[Any]], int]]] = [
        (
            "extract",
            "fully_extracted",
            share.full,
            lambda items: sum(1 for _ in extract_many(t[3] for t in items)),
        ),
        ("code", "notes_coded", share.notes, lambda items: sum(1 for _ in code_notes(t[3] for t in items))),
    ]
    for stage, key, items, run_on in runs:
        for first in range(0, len(items), BATCH_SIZE):
            chunk = items[first : first + BATCH_SIZE]
            try:
                share.counts[key] += run_on(chunk)
                continue
            except Exception:  # which input it was is found below
                pass
            for item in chunk:
                try:
                    share.counts[key] += run_on([item])
                except UserError:
                    share.counts["refused"] += 1
                except Exception as exc:
                    share.crash(item[0], stage, exc, item[1], item[2])


def _shares(seed: int, count: int, size: int) -> Iterator[tuple[int, int, int]]:
    for start in range(0, count, size):
        yield seed, start, min(count, start + size)


def _write_crashes(crash_dir: Path, crashes: list[Crash]) -> None:
    """Each crash's input as raw bytes, and a line in crashes.jsonl."""
    if not crashes:
        return
    crash_dir.mkdir(parents=True, exist_ok=True)
    with (crash_dir / "crashes.jsonl").open("a", encoding="utf-8") as log:
        for crash in crashes:
            path = crash_dir / f"crash-{crash.index}{Path(crash.name).suffix or '.bin'}"
            path.write_bytes(crash.data)
            record = {"index": crash.index, "stage": crash.stage, "error": crash.error, "input": str(path)}
            log.write(json.dumps(record) + "\n")


def run(
    count: int,
    seed: int,
    processes: int,
    crash_dir: Path,
    progress: Callable[[dict[str, object]], None] | None = None,
    max_seconds: float | None = None,
) -> dict[str, object]:
    """Fuzz `count` inputs on `processes` workers; crashes written under crash_dir.
    `progress` is handed the running totals after every PROGRESS_EVERY inputs.
    With `max_seconds`, the run stops once that much time has passed and
    reports the inputs it finished ("stopped_early": true)."""
    from warmonitor.extract.pipeline import load_pipeline

    load_pipeline()  # before the fork: workers share the loaded model
    # ... and dateparser's and htmldate's tables, which load on first use (seconds).
    _run_share((seed + 1, 0, 2 * SAMPLE_EVERY))
    (crash_dir / "crashes.jsonl").unlink(missing_ok=True)  # this run's crashes only
    started = time.perf_counter()
    counts: Counter[str] = Counter()
    crashes: list[Crash] = []
    reported = 0
    # Workers are replaced now and then: every new token a mutated input makes
    # stays in spaCy's string store for the life of the process.
    with get_context("fork").Pool(processes, maxtasksperchild=TASKS_PER_WORKER) as pool:
        for found_counts, found in pool.imap_unordered(_run_share, _shares(seed, count, SHARE)):
            counts.update(found_counts)
            crashes.extend(found)
            _write_crashes(crash_dir, found)  # as they come: a run stopped early keeps them
            if max_seconds is not None and time.perf_counter() - started > max_seconds:
                pool.terminate()
                break
            if progress is not None and counts["inputs"] - reported >= PROGRESS_EVERY:
                reported = counts["inputs"]
                seconds = time.perf_counter() - started
                progress({"inputs": reported, "crashes": len(crashes), "seconds": round(seconds, 1),
                          "inputs_per_s": round(reported / seconds, 1),
                          "inputs_per_cpu_second": round(reported * 1000 / max(counts["cpu_ms"], 1), 1),
                          "load_average": round(os.getloadavg()[0], 2)})  # fmt: skip
    seconds = time.perf_counter() - started
    cpu = max(counts["cpu_ms"] / 1000, 1e-3)
    crashes.sort(key=lambda c: c.index)
    kinds = Counter(f"{c.stage}: {c.error}" for c in crashes)
    stopped_early = counts["inputs"] < count
    count = counts["inputs"]
    return {
        "inputs": count,
        "stopped_early": stopped_early,
        "seed": seed,
        "processes": processes,
        "sample_every": SAMPLE_EVERY,
        "reader_runs": counts["reads"],
        "refusals": counts["refused"],
        "texts_through_cheap_stages": counts["texts"],
        "texts_fully_extracted": counts["fully_extracted"],
        "notes_coded": counts["notes_coded"],
        "crashes": len(crashes),
        "seconds": round(seconds, 1),
        "inputs_per_s": round(count / seconds, 1),
        "hours_for_a_million": round(1_000_000 / max(count / seconds, 1e-9) / 3600, 2),
        # CPU time the workers spent: what the rate would be with `processes`
        # cores to themselves, however busy the machine was.
        "worker_cpu_seconds": round(cpu, 1),
        "inputs_per_cpu_second": round(count / cpu, 1),
        "hours_for_a_million_on_idle_cores": round(1_000_000 / max(processes * count / cpu, 1e-9) / 3600, 2),
        "crash_kinds": dict(kinds.most_common(20)),
        "crash_examples": [{"index": c.index, "stage": c.stage, "error": c.error} for c in crashes[:20]],
        "crash_dir": str(crash_dir) if crashes else None,
    }
