"""Recognise an input's format and turn it into report drafts.

Readers take decoded text (feeds: raw bytes too) and the input's origin (a
path, URL or "stdin") and return drafts. When nothing usable is there they
raise BadInput with a one-line reason; JSON lines also return the lines they
had to skip, so one bad line does not cost the whole file.

Readers leave `language` unset: the pipeline detects it (detect_language) on
the final text, whatever the format.
"""

from __future__ import annotations

import calendar
import codecs
import io
import json
import os
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import feedparser
import httpx
import lxml.etree
import lxml.html
import py3langid
import trafilatura

from warmonitor import __version__
from warmonitor.errors import BadInput
from warmonitor.ingest.decode import human_size
from warmonitor.ingest.draft import EARLIEST_YEAR, LATEST_YEAR, InputProblem, ReportDraft, check_published
from warmonitor.ingest.feed_dates import parse_published
from warmonitor.ingest.pages import split_page

USER_AGENT = f"warmonitor/{__version__}"

_BY_SUFFIX = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed", ".rdf": "feed",
}  # fmt: skip
# The root element decides, after any XML declaration, comments or doctype:
# an HTML page that merely mentions "<rss" is still a page.
_FEED_ROOT = re.compile(
    r"\A\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_SNIFF_CHARS = 4096

# Fewer words than this is a menu or a login wall that trafilatura fell back
# to, not an article.
_MIN_ARTICLE_WORDS = 8
# py3langid guesses wildly on a few words; below this many letters, say nothing.
_MIN_LANGUAGE_LETTERS = 20
# A first line this short, set apart by a blank line and not ending like a
# sentence, is a headline.
_MAX_HEADLINE_CHARS = 150
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre")


# --- sniffing ---------------------------------------------------------------


def _looks_like_jsonl(text: str) -> bool:
    """Every non-empty line starts an object and at least one is valid (so a
    corrupt or cut-off line is reported as a bad line, not the whole file
    stored as prose); or the whole text is one object or an array of them."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return False
    if all(line.startswith("{") for line in lines):
        for line in lines:
            try:
                if isinstance(json.loads(line), dict):
                    return True
            except json.JSONDecodeError:
                continue
            except RecursionError:
                return True  # JSON, nested too deep to read: the JSON reader says so
    if lines[0].startswith(("{", "[")):
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            return False
        except RecursionError:
            return True
        items = whole if isinstance(whole, list) else [whole]
        return bool(items) and all(isinstance(item, dict) for item in items)
    return False


def detect_format(name: str | None, text: str) -> str:
    """One of text, html, jsonl, feed: by the name's extension, else by content."""
    if name:
        suffix = os.path.splitext(name)[1].lower()
        if suffix in _BY_SUFFIX:
            return _BY_SUFFIX[suffix]
    head = text.lstrip("\ufeff")[:_SNIFF_CHARS]
    if _FEED_ROOT.match(head):
        return "feed"
    if _HTML_TAG.search(head):
        return "html"
    if _looks_like_jsonl(text):
        return "jsonl"
    return "text"


def detect_language(text: str) -> str | None:
    """ISO 639-1 code (py3langid), or None when there is too little text to tell."""
    sample = text[:5000]
    if sum(1 for ch in sample if ch.isalpha()) < _MIN_LANGUAGE_LETTERS:
        return None
    code, _score = py3langid.classify(sample)
    return str(code)


# --- plain text -------------------------------------------------------------


def _headline(text: str) -> str | None:
    """The first line, if it is clearly a headline: short, followed by a blank
    line and more text, and not ending like a sentence or a dateline.
    Anything less clear gives None, and the pipeline's defaults apply."""
    first, sep, rest = text.partition("\n")
    if not sep or not rest.strip() or rest.lstrip(" \t\r").partition("\n")[0].strip():
        return None  # no blank line after it: it is the start of the text
    title = first.strip().lstrip("#").strip()  # a Markdown heading is a headline too
    if not title or len(title) > _MAX_HEADLINE_CHARS or title.endswith((".", ",", ";", ":", "-", "—")):
        return None
    return title


def read_text(text: str, origin: str) -> list[ReportDraft]:
    """The whole text is the report. A clear headline (see _headline) becomes
    the title but stays in the text, so the text, its hash and claim spans are
    exactly what the user gave."""
    body = text.strip()
    if not body:
        raise BadInput("empty input")
    return [ReportDraft(text=body, origin=origin, fmt="text", title=_headline(body))]


# --- HTML -------------------------------------------------------------------


def _as_utc(moment: datetime) -> datetime:
    # A naive time is taken as UTC: reports are compared across time zones.
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _page_date(value: object) -> datetime | None:
    """trafilatura's date (htmldate: the page's own date, to the day) as
    midnight UTC of that day, so the date the page gives is the date kept.
    A date outside 1900-2100 is no date (the pipeline's defaults apply)."""
    if not isinstance(value, str) or not value.strip():
        return None
    return parse_published(value)


def _text_field(doc: Mapping[str, Any], key: str) -> str | None:
    value = doc.get(key)
    return value.strip() or None if isinstance(value, str) else None


def read_html(page: str, origin: str) -> list[ReportDraft]:
    """trafilatura's main text (menus, footers, banners and comments dropped)
    with the page's title, URL, date and site name."""
    extracted = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    doc: Mapping[str, Any] = {}
    if extracted is not None:
        doc = extracted if isinstance(extracted, dict) else extracted.as_dict()
    # A live blog is one report per update; a listing page is no report at all.
    updates = split_page(
        page, origin, {"url": _text_field(doc, "url"), "outlet": _text_field(doc, "sitename")}
    )
    if updates:
        return updates
    body = (_text_field(doc, "text") or "").strip()
    if len(body.split()) < _MIN_ARTICLE_WORDS:
        raise BadInput("no article text found in the HTML")
    title = _text_field(doc, "title")
    if title and body.startswith(title + "\n"):
        body = body[len(title) + 1 :].lstrip()  # the headline is kept as the title, not twice
    return [
        ReportDraft(
            text=body,
            origin=origin,
            fmt="html",
            title=title,
            url=_text_field(doc, "url"),
            outlet=_text_field(doc, "sitename"),
            published=_page_date(doc.get("date")),
        )
    ]


# --- JSON lines -------------------------------------------------------------


def _published(value: object) -> datetime | None:
    """ISO 8601 date or date-time (Python 3.11 reads the basic and week forms
    too); a bare date or a naive time is UTC. Numbers are refused: seconds and
    milliseconds since 1970 cannot be told apart."""
    if value is None:
        return None
    if isinstance(value, str) and value.strip():
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            if not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
                raise ValueError(
                    f'"published" is outside the years {EARLIEST_YEAR}-{LATEST_YEAR}: {value.strip()[:40]}'
                )
            try:
                return check_published(_as_utc(parsed))
            except (ValueError, OverflowError):  # 1900-01-01 at +05:00 is 1899 in UTC
                shown = value.strip()[:40]
                years = f"{EARLIEST_YEAR}-{LATEST_YEAR}"
                raise ValueError(f'"published" is outside the years {years} in UTC: {shown}') from None
    shown = json.dumps(value, ensure_ascii=False)
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    raise ValueError(f'"published" is not an ISO 8601 date or date-time: {shown}')


_JSON_KINDS = {
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true/false",
    type(None): "null",
}


def _draft_from_object(obj: object, origin: str) -> ReportDraft:
    if not isinstance(obj, dict):
        raise ValueError(f"not a JSON object but {_JSON_KINDS.get(type(obj), 'a value')}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError('no "text"' if text is None else '"text" is empty or not a string')
    fields: dict[str, str | None] = {}
    for key in ("title", "url", "source"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise ValueError(f'"{key}" must be a string')
        fields[key] = value.strip() or None if isinstance(value, str) else None
    return ReportDraft(
        text=text.strip(),
        origin=origin,
        fmt="jsonl",
        title=fields["title"],
        url=fields["url"],
        outlet=fields["source"],
        published=_published(obj.get("published")),
    )


def _json_items(text: str) -> list[tuple[str, object]]:
    """(label, parsed value or the ValueError saying why not), one per item."""
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        pass
    except RecursionError:
        return [("", ValueError("JSON nested too deeply to read"))]
    else:
        if isinstance(whole, list):
            return [(f"item {i}", item) for i, item in enumerate(whole, start=1)]
        return [("", whole)]  # one object: the file itself is the item
    items: list[tuple[str, object]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append((f"line {number}", json.loads(line)))
        except json.JSONDecodeError as exc:
            items.append((f"line {number}", ValueError(f"not JSON: {exc.msg} (column {exc.colno})")))
        except RecursionError:
            items.append((f"line {number}", ValueError("JSON nested too deeply to read")))
    return items


def read_jsonl(text: str, origin: str) -> tuple[list[ReportDraft], list[InputProblem]]:
    """One report per JSON object: JSON lines, one object, or an array of them.

    Keys: text (required), title, url, source (the outlet), published.
    A bad line or item is an InputProblem ("path:line 3", "path:item 2");
    the good ones still come out. BadInput when none is good.
    """
    if not text.strip():
        raise BadInput("empty input")
    drafts: list[ReportDraft] = []
    problems: list[InputProblem] = []
    for label, value in _json_items(text):
        where = f"{origin}:{label}" if label else origin
        try:
            if isinstance(value, ValueError):
                raise value
            drafts.append(_draft_from_object(value, where))
        except ValueError as exc:
            problems.append(InputProblem(where, str(exc).strip().partition("\n")[0] or "unusable"))
    if not drafts:
        if not problems:
            raise BadInput("no JSON objects: the array is empty")
        first = problems[0]
        label = first.origin.removeprefix(origin).lstrip(":")
        first_reason = f"{label}: {first.reason}" if label else first.reason
        others = len(problems) - 1
        more = f" (and {others} more problem{'s' if others > 1 else ''})" if others else ""
        raise BadInput(f"no usable report in the JSON: {first_reason}{more}")
    return drafts, problems


# --- feeds ------------------------------------------------------------------


_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry), one paragraph per line.
    Control characters XML cannot hold (NUL, U+0001-U+001F but tab and line
    ends) are dropped first: lxml refuses them when the text is set again."""
    fragment = _XML_FORBIDDEN.sub("", fragment)
    if "<" not in fragment:
        lines = (" ".join(line.split()) for line in fragment.splitlines())
        return "\n".join(line for line in lines if line)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return " ".join(re.sub(r"<[^>]+>", " ", fragment).split())  # hopeless markup: words only
    for junk in list(root.iter("script", "style")):
        junk.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        # A line break on each side of a block element keeps paragraphs apart.
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _entry_time(entry: Mapping[str, Any]) -> datetime | None:
    """The entry's own date string read by us first: feedparser misreads
    forms real feeds use ("2023/9/24" became 1 November) and gives up on
    others ("Sa, 23 Sep 2023"). Its parsed time (UTC) is the fallback."""
    for key in ("published", "updated", "created", "dc_date"):
        found = parse_published(entry.get(key))
        if found is not None:
            return found
    # feedparser gives these as struct_time already converted to UTC. A time
    # outside 1900-2100 (or beyond what the platform can convert) is no time.
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return check_published(datetime.fromtimestamp(calendar.timegm(value), UTC))
            except (ValueError, OverflowError, OSError):
                return None
    return None


def _entry_text(entry: Mapping[str, Any]) -> str:
    """Full content when the feed has it, else the summary; HTML made plain."""
    for part in entry.get("content") or []:
        value = part.get("value") or ""
        if value.strip():
            is_html = "html" in (part.get("type") or "html")
            return html_to_text(value) if is_html else value.strip()
    return html_to_text(entry.get("summary") or "")


def _bozo_reason(exc: object) -> str:
    """A parser exception as a short phrase: 'mismatched tag at line 3'."""
    message = getattr(exc, "getMessage", None)
    line = getattr(exc, "getLineNumber", None)
    if callable(message) and callable(line):
        return f"{message()} at line {line()}"
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _no_entries_reason(feed: Mapping[str, Any], data: str | bytes) -> str:
    """Why a feed gave no usable entry, as one short line."""
    raw_head = data[:_SNIFF_CHARS]
    if isinstance(raw_head, bytes):
        raw_head = raw_head.removeprefix(codecs.BOM_UTF8).decode("latin-1")  # enough to see tags
    head = raw_head.lstrip("\ufeff")
    if not _FEED_ROOT.match(head) and _HTML_TAG.search(head):
        return "malformed feed: an HTML page, not RSS or Atom"
    if feed.get("bozo"):
        return f"malformed feed: {_bozo_reason(feed.get('bozo_exception'))}"
    if not feed.get("version"):
        return "malformed feed: not RSS or Atom"
    if not feed.get("entries"):
        return "feed has no entries"
    return "feed entries have no text (no content or summary)"


_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")


def _valid_char_ref(match: re.Match[bytes]) -> bytes:
    hex_digits, digits = match.group(1), match.group(2)
    digits_text = hex_digits or digits
    if len(digits_text) > 8:
        return b"&#xFFFD;"
    code = int(hex_digits, 16) if hex_digits else int(digits)
    if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        return b"&#xFFFD;"
    return match.group(0)


def _valid_char_refs(data: bytes) -> bytes:
    """Character references no character has (&#xD800;, &#x110000;, &#0;)
    as U+FFFD: feedparser raises on them instead of reporting a bad feed."""
    return _CHAR_REF.sub(_valid_char_ref, data) if b"&#" in data else data


def read_feed(data: str | bytes, origin: str) -> list[ReportDraft]:
    """One draft per RSS/Atom entry with text; the feed's title is the outlet.

    Bytes are best: feedparser then follows the feed's own XML encoding
    declaration. The input always goes in as a stream, because given a str
    or bytes feedparser first tries it as a URL to fetch or a file to open.
    """
    try:
        if isinstance(data, str):
            feed = feedparser.parse(
                io.BytesIO(_valid_char_refs(data.encode("utf-8"))),
                response_headers={"content-type": "application/xml; charset=utf-8"},
            )
        else:
            feed = feedparser.parse(io.BytesIO(_valid_char_refs(data)))
    except (ValueError, OverflowError, RecursionError) as exc:  # feedparser's own failures on odd input
        raise BadInput(f"malformed feed: {_bozo_reason(exc)}") from None
    outlet = (feed.feed.get("title") or "").strip() or None
    drafts: list[ReportDraft] = []
    for number, entry in enumerate(feed.entries, start=1):
        text = _entry_text(entry)
        if not text:
            continue  # a bare headline carries too little to extract from
        drafts.append(
            ReportDraft(
                text=text,
                origin=f"{origin}#{entry.get('id') or entry.get('link') or number}",
                fmt="feed",
                title=(entry.get("title") or "").strip() or None,
                url=entry.get("link") or None,
                outlet=outlet,
                published=_entry_time(entry),
            )
        )
    if not drafts:
        raise BadInput(_no_entries_reason(feed, data))
    # A feed with a recoverable flaw (feedparser's "bozo") still gives the
    # entries it parsed: a stray bad character should not cost a day's news.
    return drafts


def _shown(url: str) -> str:
    """The URL for messages, without any user:password in it."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def _network_reason(exc: httpx.HTTPError, timeout: float) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out after {timeout:g} s"
    if isinstance(exc, httpx.TooManyRedirects):
        return "too many redirects"
    text = str(exc).lower()
    for needle, reason in (
        ("refused", "connection refused"),
        ("name or service not known", "host not found"),
        ("nodename nor servname", "host not found"),
        ("name resolution", "host not found"),
        ("getaddrinfo", "host not found"),
        ("no address associated", "host not found"),
        ("network is unreachable", "network unreachable"),
        ("certificate", "TLS certificate not accepted"),
        ("ssl", "TLS handshake failed"),
        ("reset by peer", "connection reset"),
    ):
        if needle in text:
            return reason
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def fetch_feed(url: str, timeout: float, max_bytes: int | None = None) -> bytes:
    """GET a feed URL (redirects followed). Refuses, as BadInput, a host that
    cannot be reached, an HTTP error, and a body over max_bytes (checked as
    it streams in, so a huge or endless response is cut off early)."""
    shown = _shown(url)
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise BadInput(f"not an http(s) URL: {shown}")
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
    }
    try:
        with (
            httpx.Client(timeout=timeout, follow_redirects=True, headers=headers) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                status = f"HTTP {response.status_code} {response.reason_phrase}".strip()
                raise BadInput(f"cannot fetch feed {shown}: {status}")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if max_bytes is not None and size > max_bytes:
                    raise BadInput(f"feed {shown} is too large: over the limit of {human_size(max_bytes)}")
                chunks.append(chunk)
            return b"".join(chunks)
    except httpx.InvalidURL:
        raise BadInput(f"not a valid URL: {shown}") from None
    except httpx.HTTPError as exc:
        raise BadInput(f"cannot reach feed {shown}: {_network_reason(exc, timeout)}") from None
