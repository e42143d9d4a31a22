"""Pages that are not one article: live blogs and listing pages.

- A live blog is a stream of dated updates. It is read as one report per
  update, each with its own time and headline: from schema.org
  LiveBlogPosting JSON-LD (`liveBlogUpdate`), else from repeated update
  blocks that each carry a `<time datetime>` and text.
- A listing or index page (a front page, a tag page) is a set of teasers for
  other articles; its text is not a report. Where its items carry their
  whole text (a page of several articles, each under a heading that links to
  its own page), it is read as one report per item, with the item's headline,
  link and time. A page of teasers only is refused with a one-line reason
  naming how many teasers it holds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

import lxml.etree
import lxml.html

from warmonitor.errors import BadInput
from warmonitor.ingest.draft import ReportDraft
from warmonitor.ingest.feed_dates import parse_published

_MIN_UPDATE_WORDS = 8  # an update shorter than a sentence is a stub
_MIN_UPDATES = 2
_TEASER_MAX_WORDS = 60
_MIN_TEASERS = 4
_MIN_ITEMS = 2  # a page with one linked article is that article's page


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object in a document, through @graph and lists."""
    if isinstance(node, list):
        for item in node:
            yield from _objects(item)
    elif isinstance(node, dict):
        yield node
        yield from _objects(node.get("@graph"))


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    return set(kind) if isinstance(kind, list) else {str(kind)}


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _words(element: Any) -> int:
    return len(element.text_content().split())


def _jsonld_updates(root: Any, origin: str, base: dict[str, Any]) -> list[ReportDraft]:
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for obj in _objects(data):
            if "LiveBlogPosting" not in _types(obj):
                continue
            updates = obj.get("liveBlogUpdate") or []
            drafts = []
            for number, update in enumerate(updates if isinstance(updates, list) else [updates], start=1):
                if not isinstance(update, dict):
                    continue
                body = _text(update.get("articleBody") or update.get("text") or update.get("description"))
                if len(body.split()) < _MIN_UPDATE_WORDS:
                    continue
                drafts.append(
                    ReportDraft(
                        text=body,
                        origin=f"{origin}#update-{number}",
                        fmt="html",
                        title=_text(update.get("headline")) or None,
                        url=_text(update.get("url")) or base.get("url"),
                        outlet=base.get("outlet"),
                        published=parse_published(update.get("datePublished") or update.get("dateModified")),
                    )
                )
            if len(drafts) >= _MIN_UPDATES:
                return drafts
    return []


def _block_updates(root: Any, origin: str, base: dict[str, Any]) -> list[ReportDraft]:
    """Sibling blocks that each hold one `<time datetime>` and text: a live blog's updates."""
    stamped = [t for t in root.iter("time") if t.get("datetime")]
    parents: dict[Any, list[Any]] = {}
    for stamp in stamped:
        block = stamp.getparent()
        # Climb to the block whose parent holds several such blocks.
        while block is not None and block.getparent() is not None and _words(block) < _MIN_UPDATE_WORDS:
            block = block.getparent()
        if block is not None and block.getparent() is not None:
            parents.setdefault(block.getparent(), []).append((block, stamp))
    for blocks in sorted(parents.values(), key=len, reverse=True):
        if len(blocks) < _MIN_UPDATES + 1:
            break
        drafts = []
        for number, (block, stamp) in enumerate(blocks, start=1):
            heading = next(iter(block.xpath(".//h1|.//h2|.//h3|.//h4")), None)
            title = _text(heading.text_content()) if heading is not None else None
            for drop in [stamp, heading]:
                if drop is not None and drop.getparent() is not None:
                    drop.drop_tree()
            body = _text(block.text_content())
            if len(body.split()) < _MIN_UPDATE_WORDS or (block.xpath(".//a[@href]") and _is_teaser(block)):
                continue
            drafts.append(
                ReportDraft(
                    text=body,
                    origin=f"{origin}#update-{number}",
                    fmt="html",
                    title=title,
                    url=base.get("url"),
                    outlet=base.get("outlet"),
                    published=parse_published(stamp.get("datetime")),
                )
            )
        if len(drafts) >= _MIN_UPDATES + 1:
            return drafts
    return []


def _is_teaser(block: Any) -> bool:
    """A short block whose heading links elsewhere: a teaser for another article."""
    linked = block.xpath(".//h1//a[@href]|.//h2//a[@href]|.//h3//a[@href]|.//a[@href][.//h2 or .//h3]")
    return bool(linked) and _words(block) <= _TEASER_MAX_WORDS


def _teasers(root: Any) -> int:
    blocks = root.xpath(
        "//article|//li[.//h2 or .//h3]|//div[contains(@class,'teaser') or contains(@class,'card')]"
    )
    return sum(1 for b in blocks if _is_teaser(b))


def _linked_items(root: Any, origin: str, base: dict[str, Any]) -> list[ReportDraft]:
    """Items of a listing page that carry their text: blocks (not nested in
    one another) whose heading links to a page of its own, each with more
    words than a teaser. One draft per item; none unless there are two."""
    blocks = root.xpath(
        "//article|//li[.//h2 or .//h3]|//div[contains(@class,'teaser') or contains(@class,'card')]"
    )
    found = set(blocks)
    outer = [b for b in blocks if not any(a in found for a in b.iterancestors())]
    drafts, links = [], set()
    for number, block in enumerate(outer, start=1):
        link = next(iter(block.xpath(".//h1//a[@href]|.//h2//a[@href]|.//h3//a[@href]")), None)
        if link is None or _words(block) <= _TEASER_MAX_WORDS:
            continue
        href = (link.get("href") or "").strip()
        if not href or href.startswith("#") or href in links:
            continue
        links.add(href)
        heading = next(a for a in link.iterancestors() if a.tag in ("h1", "h2", "h3"))
        title = _text(heading.text_content()) or None
        stamp = next(iter(block.xpath(".//time[@datetime]")), None)
        published = parse_published(stamp.get("datetime")) if stamp is not None else None
        for drop in (heading, stamp):
            if drop is not None and drop.getparent() is not None:
                drop.drop_tree()
        drafts.append(
            ReportDraft(
                text=_text(block.text_content()),
                origin=f"{origin}#item-{number}",
                fmt="html",
                title=title,
                url=urljoin(base.get("url") or "", href),
                outlet=base.get("outlet"),
                published=published,
            )
        )
    return drafts if len(drafts) >= _MIN_ITEMS else []


def split_page(page: str, origin: str, base: dict[str, Any]) -> list[ReportDraft] | None:
    """The updates of a live blog, or the items of a listing page that carry
    their text, as drafts; None for an ordinary page. Raises BadInput for a
    listing page of teasers only."""
    try:
        root = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return None
    updates = _jsonld_updates(root, origin, base)
    if updates:
        return updates
    for junk in root.xpath("//script|//style|//nav|//header|//footer|//aside"):
        junk.drop_tree()
    items = _linked_items(root, origin, base)
    if items:
        return items
    teasers = _teasers(root)
    paragraphs = [p for p in root.iter("p") if _words(p) >= 25 and not p.xpath("ancestor::article")]
    if teasers >= _MIN_TEASERS and not paragraphs:
        raise BadInput(f"a listing page of {teasers} teasers, not a report: ingest the articles it links to")
    updates = _block_updates(root, origin, base)
    return updates or None
