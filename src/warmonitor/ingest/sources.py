"""Where inputs come from: files, folders, stdin and feed URLs.

Every input goes the same way: bytes and a name -> size check -> decode ->
format -> drafts. A problem with one input becomes an InputProblem, so a
folder with some bad files still yields its good ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx

from warmonitor import __version__
from warmonitor.errors import BadInput
from warmonitor.ingest.decode import check_size, decode_bytes, human_size
from warmonitor.ingest.draft import InputProblem, ReportDraft
from warmonitor.ingest.formats import detect_format, read_feed, read_html, read_jsonl, read_text

Result = tuple[list[ReportDraft], list[InputProblem]]


def iter_input_files(folder: Path) -> Iterator[Path]:
    """Every file below `folder`, sorted, skipping hidden files and folders."""
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file():
            yield path


def read_bytes(data: bytes, name: str | None, origin: str, max_bytes: int) -> Result:
    """The one way bytes become drafts; raises BadInput for an unusable input."""
    check_size(len(data), max_bytes)
    fmt = detect_format(name, data[:4096].decode("latin-1"))
    if fmt == "feed":
        # feedparser reads the XML encoding declaration itself.
        if not data.strip():
            raise BadInput("empty input")
        return read_feed(data, origin), []
    text = decode_bytes(data)
    fmt = detect_format(name, text)
    if fmt == "html":
        return read_html(text, origin), []
    if fmt == "jsonl":
        return read_jsonl(text, origin)
    if fmt == "feed":
        return read_feed(text, origin), []
    return read_text(text, origin), []


def read_path(path: Path, max_bytes: int) -> Result:
    """One file; a problem with it is returned, not raised."""
    origin = str(path)
    try:
        if not path.exists():
            raise BadInput("no such file or directory")
        if not path.is_file():
            raise BadInput("not a regular file")
        check_size(path.stat().st_size, max_bytes)
        return read_bytes(path.read_bytes(), path.name, origin, max_bytes)
    except BadInput as exc:
        return [], [InputProblem(origin, exc.reason)]
    except OSError as exc:
        return [], [InputProblem(origin, f"cannot read: {exc.strerror or exc}")]


def read_stdin_bytes(data: bytes, max_bytes: int) -> Result:
    try:
        return read_bytes(data, None, "stdin", max_bytes)
    except BadInput as exc:
        return [], [InputProblem("stdin", exc.reason)]


def fetch(url: str, max_bytes: int, timeout: float) -> bytes:
    """GET a feed URL, refusing bodies over the size limit as they stream in."""
    headers = {"User-Agent": f"warmonitor/{__version__}"}
    try:
        with httpx.stream("GET", url, headers=headers, timeout=timeout, follow_redirects=True) as r:
            if r.status_code >= 400:
                raise BadInput(f"cannot fetch {url}: HTTP {r.status_code}")
            chunks, size = [], 0
            for chunk in r.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise BadInput(f"too large: over the limit of {human_size(max_bytes)}")
                chunks.append(chunk)
            return b"".join(chunks)
    except httpx.TimeoutException:
        raise BadInput(f"cannot reach {url}: timed out after {timeout:g} s") from None
    except httpx.HTTPError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise BadInput(f"cannot reach {url}: {reason}") from None


def read_url(url: str, max_bytes: int, timeout: float) -> Result:
    """A feed URL (or any URL whose body is a report)."""
    try:
        data = fetch(url, max_bytes, timeout)
        name = url.split("?", 1)[0].rsplit("/", 1)[-1] or None
        drafts, problems = read_bytes(data, name, url, max_bytes)
        for draft in drafts:
            draft.url = draft.url or url
        return drafts, problems
    except BadInput as exc:
        return [], [InputProblem(url, exc.reason)]
