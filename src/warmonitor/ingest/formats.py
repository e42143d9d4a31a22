"""Recognise an input's format and turn it into report drafts.

Each reader takes decoded text and the input's origin (a path, URL or
"stdin") and returns drafts, raising BadInput with a one-line reason when
nothing usable is there.
"""

from __future__ import annotations

import calendar
import json
import re
from datetime import UTC, datetime
from typing import Any

import feedparser
import htmldate
import lxml.html
import py3langid
import trafilatura

from warmonitor.errors import BadInput
from warmonitor.ingest.draft import InputProblem, ReportDraft

_BY_SUFFIX = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed", ".rdf": "feed",
}  # fmt: skip
_FEED_START = re.compile(r"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_START = re.compile(r"<(!doctype html|html|body|head)[\s>]", re.IGNORECASE)
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


def detect_format(name: str | None, text: str) -> str:
    """text | html | jsonl | feed, by file name first, then by content."""
    if name:
        suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if suffix in _BY_SUFFIX:
            return _BY_SUFFIX[suffix]
    head = text.lstrip()[:2000]
    if _FEED_START.search(head):
        return "feed"
    if _HTML_START.search(head):
        return "html"
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines[:50]):
        return "jsonl"
    return "text"


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None when there is too little text to tell."""
    if len(text.split()) < 3:
        return None
    code, _score = py3langid.classify(text[:5000])
    return str(code)


def parse_published(value: object) -> datetime:
    """ISO 8601 date or datetime; a bare date or naive time is taken as UTC."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"not a date: {value!r}")
    parsed = datetime.fromisoformat(value.strip())
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def read_text(text: str, origin: str) -> list[ReportDraft]:
    body = text.strip()
    if not body:
        raise BadInput("empty input")
    return [ReportDraft(text=body, origin=origin, fmt="text")]


def _html_date(page: str) -> datetime | None:
    found = htmldate.find_date(
        page, outputformat="%Y-%m-%dT%H:%M:%S%z", original_date=True, extensive_search=False
    )
    if not found:
        return None
    try:
        return parse_published(found)
    except ValueError:
        return None


def _extraction(page: str) -> dict[str, Any]:
    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    if doc is None:
        return {}
    return doc if isinstance(doc, dict) else dict(doc.as_dict())


def read_html(page: str, origin: str) -> list[ReportDraft]:
    doc = _extraction(page)
    body = (doc.get("text") or "").strip()
    if not body:
        raise BadInput("no article text found in the HTML")
    title = (doc.get("title") or "").strip() or None
    if title and body.startswith(title + "\n"):
        body = body[len(title) + 1 :].lstrip()  # the headline is kept as the title
    return [
        ReportDraft(
            text=body,
            origin=origin,
            fmt="html",
            title=title,
            url=doc.get("url") or None,
            outlet=doc.get("sitename") or None,
            published=_html_date(page),
        )
    ]


def _draft_from_object(obj: object, origin: str) -> ReportDraft:
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError('no "text"')
    published = obj.get("published")
    fields: dict[str, str | None] = {}
    for key in ("title", "url", "source"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise ValueError(f'"{key}" must be a string')
        fields[key] = value.strip() if isinstance(value, str) and value.strip() else None
    return ReportDraft(
        text=text.strip(),
        origin=origin,
        fmt="jsonl",
        title=fields["title"],
        url=fields["url"],
        outlet=fields["source"],
        published=parse_published(published) if published is not None else None,
    )


def read_jsonl(text: str, origin: str) -> tuple[list[ReportDraft], list[InputProblem]]:
    """JSON lines, or one JSON object, or a JSON array of objects."""
    stripped = text.strip()
    items: list[tuple[str, Any]] = []
    try:
        whole = json.loads(stripped)
    except json.JSONDecodeError:
        whole = None
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    items.append((f"{origin}:line {number}", json.loads(line)))
                except json.JSONDecodeError as exc:
                    items.append((f"{origin}:line {number}", ValueError(f"not JSON ({exc.msg})")))
    if whole is not None:
        objects = whole if isinstance(whole, list) else [whole]
        items = [(f"{origin}:item {i}" if len(objects) > 1 else origin, o) for i, o in enumerate(objects, 1)]
    drafts: list[ReportDraft] = []
    problems: list[InputProblem] = []
    for where, obj in items:
        try:
            if isinstance(obj, ValueError):
                raise obj
            drafts.append(_draft_from_object(obj, where))
        except ValueError as exc:
            problems.append(InputProblem(where, str(exc).splitlines()[0]))
    if not drafts:
        reason = problems[0].reason if len(problems) == 1 else f"{len(problems)} bad lines"
        raise BadInput(f"no usable report in the JSON: {reason}")
    return drafts, problems


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of a feed entry's HTML, one paragraph per line."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several types on broken markup; keep the raw text
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _entry_time(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), UTC)
    return None


def read_feed(data: str | bytes, origin: str) -> list[ReportDraft]:
    feed = feedparser.parse(data)
    if not feed.entries:
        if feed.bozo:
            reason = str(feed.get("bozo_exception", "not a feed")).splitlines()[0]
            raise BadInput(f"malformed feed: {reason}")
        if not feed.get("version"):
            raise BadInput("malformed feed: not RSS or Atom")
        raise BadInput("feed has no entries")
    outlet = (feed.feed.get("title") or "").strip() or None
    drafts: list[ReportDraft] = []
    for entry in feed.entries:
        content = entry.get("content")
        raw = content[0].get("value", "") if content else entry.get("summary", "")
        text = html_fragment_to_text(raw or "")
        if not text:
            continue  # a headline with no text carries no claims
        drafts.append(
            ReportDraft(
                text=text,
                origin=f"{origin}#{entry.get('id') or entry.get('link') or len(drafts) + 1}",
                fmt="feed",
                title=(entry.get("title") or "").strip() or None,
                url=entry.get("link") or None,
                outlet=outlet,
                published=_entry_time(entry),
            )
        )
    if not drafts:
        raise BadInput("feed entries have no text")
    return drafts
