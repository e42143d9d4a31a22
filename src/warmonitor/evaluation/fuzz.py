"""Fuzzing: mutated inputs through the ingest readers and extraction, and
every crash with the input that caused it.

A crash is any exception other than the one-line refusals a user may get
(BadInput from a reader or from `prepared`, UserError from extraction).
Input i is built from (seed, i) alone, so `--seed S` and the index reproduce
it; each crash is also written to the crash folder as raw bytes
(`crash-<index>.<ext>`) with a line in `crashes.jsonl`.

Seeds are short reports in each format ingest reads (text, HTML, JSON lines,
a JSON array, RSS, Atom), built from the demo corpus's sentences. Mutations,
one to four per input: flip, insert or delete bytes; splice in a hostile
token (NUL, a lone-surrogate escape, a character reference no character has,
a figure beyond 64 bits, a date in year 1 or 9999, deep brackets, a BOM,
control characters, "yesterday"); truncate; repeat a slice; splice two seeds.

The readers run in the worker for every input; the texts they give go
through `extract_many` in batches (the model runs over a batch at a time),
with the draft's publication date or a fixed day.
"""

from __future__ import annotations

import json
import random
import re
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from importlib import resources
from multiprocessing import get_context
from pathlib import Path

from warmonitor.errors import BadInput, UserError

DAY = date(2024, 11, 30)
LIMIT = 1 * 1024 * 1024  # a mutated input never grows near this; the size check still runs
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
    kind = rng.randrange(6)
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
        name = rng.choice(("r.txt", "r.html", "r.jsonl", "r.rss", "noext"))
    return name, _mutate(rng, data, other)


def _line(exc: BaseException) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    place = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
    first = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {first[0][:200] if first else ''}{place}"


def _run_share(job: tuple[int, int, int]) -> tuple[int, list[Crash]]:
    """Inputs [start, stop) of `seed`: how many texts were extracted, and the crashes."""
    from warmonitor.extract.pipeline import ReportText, extract_many
    from warmonitor.ingest.draft import prepared
    from warmonitor.ingest.sources import read_bytes

    seed, start, stop = job
    sentences = _sentences()
    crashes: list[Crash] = []
    texts: list[tuple[int, str, bytes, ReportText]] = []
    for index in range(start, stop):
        name, data = make_input(seed, index, sentences)
        try:
            drafts, _problems = read_bytes(data, None if name == "noext" else name, name, LIMIT)
        except BadInput:
            continue
        except Exception as exc:  # a crash: recorded with its input
            crashes.append(Crash(index, "read", _line(exc), name, data))
            continue
        for draft in drafts[:2]:
            try:
                ready = prepared(draft)
            except BadInput:
                continue
            except Exception as exc:
                crashes.append(Crash(index, "prepare", _line(exc), name, data))
                continue
            day = ready.published.date() if ready.published else DAY
            texts.append(
                (index, name, data, ReportText(ready.text, day, title=ready.title, outlet=ready.outlet))
            )
    extracted = 0
    batch = 32
    for first in range(0, len(texts), batch):
        chunk = texts[first : first + batch]
        try:
            extracted += sum(1 for _ in extract_many(t[3] for t in chunk))
            continue
        except UserError:
            pass
        except Exception:  # which input: found below
            pass
        for index, name, data, report in chunk:  # one at a time: which input it was
            try:
                extracted += sum(1 for _ in extract_many([report]))
            except UserError:
                continue
            except Exception as exc:
                crashes.append(Crash(index, "extract", _line(exc), name, data))
    return extracted, crashes


def _shares(seed: int, count: int, size: int) -> Iterator[tuple[int, int, int]]:
    for start in range(0, count, size):
        yield seed, start, min(count, start + size)


def run(count: int, seed: int, processes: int, crash_dir: Path) -> dict[str, object]:
    """Fuzz `count` inputs on `processes` workers; crashes written under crash_dir."""
    from warmonitor.extract.pipeline import load_pipeline

    load_pipeline()  # before the fork: workers share the loaded model
    started = time.perf_counter()
    extracted = 0
    crashes: list[Crash] = []
    with get_context("fork").Pool(processes) as pool:
        for done, found in pool.imap_unordered(_run_share, _shares(seed, count, 200)):
            extracted += done
            crashes.extend(found)
    seconds = time.perf_counter() - started
    if crashes:
        crash_dir.mkdir(parents=True, exist_ok=True)
        with (crash_dir / "crashes.jsonl").open("w", encoding="utf-8") as log:
            for crash in sorted(crashes, key=lambda c: c.index):
                path = crash_dir / f"crash-{crash.index}{Path(crash.name).suffix or '.bin'}"
                path.write_bytes(crash.data)
                record = {
                    "index": crash.index,
                    "stage": crash.stage,
                    "error": crash.error,
                    "input": str(path),
                }
                log.write(json.dumps(record) + "\n")
    return {
        "inputs": count,
        "seed": seed,
        "processes": processes,
        "texts_extracted": extracted,
        "crashes": len(crashes),
        "seconds": round(seconds, 1),
        "inputs_per_s": round(count / seconds, 1),
        "hours_for_a_million": round(1_000_000 / (count / seconds) / 3600, 2),
        "crash_examples": [
            {"index": c.index, "stage": c.stage, "error": c.error}
            for c in sorted(crashes, key=lambda c: c.index)[:20]
        ],
        "crash_dir": str(crash_dir) if crashes else None,
    }
