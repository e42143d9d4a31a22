"""What a reader hands to the pipeline: one report, not yet stored."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from warmonitor.errors import BadInput

# Publication dates outside these years are typing slips or epoch zeros, and
# relative dates ("yesterday") cannot be resolved against them.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100
# The store's column widths, the same on every backend (SQLite would keep
# more, PostgreSQL refuses it).
MAX_OUTLET_CHARS = 300
MAX_TITLE_CHARS = 1000
MAX_URL_CHARS = 2000
MAX_ORIGIN_CHARS = 2000
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


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


def storable(text: str) -> str:
    """Text every backend stores alike: NUL characters removed (PostgreSQL
    refuses them in text; they carry nothing in a report) and lone UTF-16
    surrogates (from JSON's "\\ud800" escapes) replaced by U+FFFD, since
    they cannot be encoded as UTF-8 at all."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    return replace_lone_surrogates(text)


def replace_lone_surrogates(text: str) -> str:
    """`text` with every lone UTF-16 surrogate replaced by U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def check_published(moment: datetime, what: str = "published") -> datetime:
    """The moment, if its year is within EARLIEST_YEAR-LATEST_YEAR; else ValueError."""
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise ValueError(
            f"{what} {moment.date().isoformat()} is outside the years {EARLIEST_YEAR}-{LATEST_YEAR}"
        )
    return moment


def prepared(draft: ReportDraft) -> ReportDraft:
    """The draft made storable the same way on every backend: text fields
    through `storable`, an over-long title shortened, its origin label
    shortened. Raises BadInput (the reason naming nothing else) for what
    cannot be stored faithfully: an outlet name or URL over its column, a
    publication date outside 1900-2100, text left empty."""
    text = storable(draft.text).strip()
    if not text:
        raise BadInput("empty text")
    outlet = storable(draft.outlet).strip() or None if draft.outlet else None
    if outlet and len(outlet) > MAX_OUTLET_CHARS:
        raise BadInput(f"source name is {len(outlet)} characters, over the limit of {MAX_OUTLET_CHARS}")
    url = storable(draft.url).strip() or None if draft.url else None
    if url and len(url) > MAX_URL_CHARS:
        raise BadInput(f"url is {len(url)} characters, over the limit of {MAX_URL_CHARS}")
    title = storable(draft.title).strip() or None if draft.title else None
    if title and len(title) > MAX_TITLE_CHARS:
        title = title[: MAX_TITLE_CHARS - 1].rstrip() + "\u2026"
    if draft.published is not None:
        try:
            check_published(draft.published)
        except ValueError as exc:
            raise BadInput(str(exc)) from None
    origin = storable(draft.origin)
    if len(origin) > MAX_ORIGIN_CHARS:
        origin = "\u2026" + origin[-(MAX_ORIGIN_CHARS - 1) :]
    return replace(draft, text=text, outlet=outlet, url=url, title=title, origin=origin)
