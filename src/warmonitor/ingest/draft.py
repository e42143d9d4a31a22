"""What a reader hands to the pipeline: one report, not yet stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class ReportDraft:
    """One report as read from its input, before dedupe and storage.

    `text` is the plain main text (HTML already stripped). `origin` says where
    it came from (a path, a URL, "stdin", "path:line 3") for error messages and
    provenance. Fields left None are filled by the pipeline from CLI options or
    defaults (e.g. `--source`, `--published`).
    """

    text: str
    origin: str
    fmt: str  # text | html | jsonl | feed
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    language: str | None = None


@dataclass
class InputProblem:
    """An input that could not be read, with the one-line reason."""

    origin: str
    reason: str
