"""Where inputs come from: files, folders, stdin and feed URLs.

Every input goes the same way, through read_bytes: bytes and a name -> size
check -> decode -> format -> drafts. A problem with one input becomes an
InputProblem for it, so a folder with some bad files still yields its good
ones; only a top-level path that does not exist raises.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from warmonitor.errors import BadInput
from warmonitor.ingest.decode import check_size, decode_bytes
from warmonitor.ingest.draft import InputProblem, ReportDraft
from warmonitor.ingest.formats import detect_format, fetch_feed, read_feed, read_html, read_jsonl, read_text

Result = tuple[list[ReportDraft], list[InputProblem]]


def _hidden(name: str) -> bool:
    # .git, .DS_Store, editors' .swp files: tools' files, never reports.
    return name.startswith(".")


def iter_input_files(path: Path) -> Iterator[Path]:
    """Every regular file below a folder, recursively, in sorted order (so runs
    are repeatable), skipping hidden files and hidden folders without entering
    them. A file is its own single input. Symlinked folders are not followed,
    which keeps a link loop from running forever."""
    if not path.is_dir():
        if path.is_file():
            yield path
        return
    for folder, subfolders, files in os.walk(path):
        subfolders[:] = sorted(d for d in subfolders if not _hidden(d))  # os.walk descends in this order
        for name in sorted(files):
            candidate = Path(folder, name)
            if not _hidden(name) and candidate.is_file():
                yield candidate


def read_bytes(data: bytes, name: str | None, origin: str, max_bytes: int, fmt: str | None = None) -> Result:
    """The one way bytes become drafts. `name` (a file name) hints the format;
    `fmt` forces it. Raises BadInput when the input is unusable as a whole."""
    check_size(len(data), max_bytes, origin)
    # Decoding also refuses empty and binary input, for feeds too.
    text = decode_bytes(data, origin)
    fmt = fmt or detect_format(name, text)
    if fmt == "feed":
        return read_feed(data, origin), []  # raw bytes: the feed's XML declaration names its encoding
    if fmt == "html":
        return read_html(text, origin), []
    if fmt == "jsonl":
        return read_jsonl(text, origin)
    return read_text(text, origin), []


def _read_file(path: Path, max_bytes: int) -> Result:
    origin = str(path)
    try:
        # The size on disk first: a huge file is refused without reading it.
        check_size(path.stat().st_size, max_bytes, origin)
        return read_bytes(path.read_bytes(), path.name, origin, max_bytes)
    except BadInput as exc:
        return [], [InputProblem(origin, exc.reason)]
    except OSError as exc:
        return [], [InputProblem(origin, f"cannot read: {exc.strerror or exc}")]
    except (ValueError, RecursionError, MemoryError, LookupError, TypeError) as exc:
        return [], [InputProblem(origin, _unreadable(exc))]


def _unreadable(exc: BaseException) -> str:
    """A reader's own failure on an input it should have refused politely: one
    line naming it (worth reporting as a bug), so the inputs after it still go in."""
    lines = str(exc).strip().splitlines()
    return f"unreadable ({type(exc).__name__}: {lines[0][:200] if lines else 'no detail'})"


def read_path(path: Path, max_bytes: int) -> Result:
    """A file, or every file in a folder. A path that does not exist raises
    BadInput (it is a mistake in the command, not a bad input); a file that
    cannot be used is returned as an InputProblem."""
    if not path.exists():
        raise BadInput(f"no such file or directory: {path}")
    if not path.is_dir():
        if not path.is_file():
            return [], [InputProblem(str(path), "not a regular file")]
        return _read_file(path, max_bytes)
    drafts: list[ReportDraft] = []
    problems: list[InputProblem] = []
    for file in iter_input_files(path):
        good, bad = _read_file(file, max_bytes)
        drafts.extend(good)
        problems.extend(bad)
    return drafts, problems


def read_stdin_bytes(data: bytes, max_bytes: int) -> Result:
    """What was piped in; its format is sniffed from its content."""
    try:
        return read_bytes(data, None, "stdin", max_bytes)
    except BadInput as exc:
        return [], [InputProblem("stdin", exc.reason)]
    except (ValueError, RecursionError, MemoryError, LookupError, TypeError) as exc:
        return [], [InputProblem("stdin", _unreadable(exc))]


def read_url(url: str, max_bytes: int, timeout: float) -> Result:
    """A feed URL. Only feeds: an HTML page at a feed's address is usually an
    error or login page, and storing it as a report would be worse than
    saying so. Entries without a link get the feed's URL."""
    try:
        data = fetch_feed(url, timeout, max_bytes)
        drafts, problems = read_bytes(data, None, url, max_bytes, fmt="feed")
    except BadInput as exc:
        return [], [InputProblem(url, exc.reason)]
    except (ValueError, RecursionError, MemoryError, LookupError, TypeError) as exc:
        return [], [InputProblem(url, _unreadable(exc))]
    for draft in drafts:
        draft.url = draft.url or url
    return drafts, problems
