"""A live blog is one report per update, with the update's own time and
headline; a listing page of teasers is refused in one line."""

from __future__ import annotations

import json

import pytest

from warmonitor.errors import BadInput
from warmonitor.ingest.formats import read_html

UPDATES = [
    (
        "2025-01-27T06:10:00+02:00",
        "Rebels say Goma is theirs",
        "The M23 said before dawn that its fighters had entered Goma and told soldiers to lay down arms.",
    ),
    (
        "2025-01-27T11:45:00+02:00",
        "Kinshasa: the airport is ours",
        "A government spokesman insisted that Congolese troops still held the airport and several districts.",
    ),
    (
        "2025-01-27T18:30:00+02:00",
        "Hospitals count the dead",
        "Doctors at two hospitals said at least 17 bodies had come in and hundreds were treated.",
    ),
]


def _jsonld_page() -> str:
    blog = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Goma live: fighting in the city",
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "headline": h, "datePublished": t, "articleBody": b}
            for t, h, b in UPDATES
        ],
    }
    body = "".join(f"<div><h2>{h}</h2><p>{b}</p></div>" for _t, h, b in UPDATES)
    return (
        f'<html><head><title>Goma live</title><script type="application/ld+json">{json.dumps(blog)}</script>'
        f"</head><body><article><h1>Goma live</h1>{body}</article></body></html>"
    )


def _block_page() -> str:
    body = "".join(
        f'<section class="update"><time datetime="{t}">{t[11:16]}</time><h3>{h}</h3><p>{b}</p></section>'
        for t, h, b in UPDATES
    )
    return f"<html><head><title>Live</title></head><body><main><h1>Goma live</h1>{body}</main></body></html>"


@pytest.mark.parametrize("page", [_jsonld_page(), _block_page()], ids=["json-ld", "time-blocks"])
def test_a_live_blog_is_one_report_per_update(page: str) -> None:
    drafts = read_html(page, "live.html")
    assert [d.title for d in drafts] == [h for _t, h, _b in UPDATES]
    assert [d.published.isoformat() if d.published else None for d in drafts] == [
        "2025-01-27T04:10:00+00:00",
        "2025-01-27T09:45:00+00:00",
        "2025-01-27T16:30:00+00:00",
    ]
    assert all(b in d.text for d, (_t, _h, b) in zip(drafts, UPDATES, strict=True))
    assert len({d.origin for d in drafts}) == 3


def test_a_listing_page_of_teasers_is_refused_in_one_line() -> None:
    teasers = "".join(
        f'<article><h2><a href="/story/{i}">{title}</a></h2><p>{blurb}</p></article>'
        for i, (title, blurb) in enumerate(
            [
                ("Floods in Pakistan", "Rains swamp villages in Sindh."),
                ("Election in Chile", "Voters head to the polls on Sunday."),
                ("Strike on Kharkiv", "A missile hits a street near the university."),
                ("Markets fall", "Shares slide after the rate decision."),
            ]
        )
    )
    page = f"<html><body><h1>Latest news</h1>{teasers}</body></html>"
    with pytest.raises(BadInput, match=r"^a listing page of 4 teasers, not a report"):
        read_html(page, "index.html")


ITEMS = [
    (
        "/world/2025/01/28/goma-airport",
        "2025-01-28T07:20:00+01:00",
        "Fighting reaches Goma airport",
        "Heavy gunfire was heard near the airport in Goma on Tuesday morning as M23 fighters pushed into the "
        "east of the city, residents told reporters by phone. A hospital official said wards were full and "
        "that at least 25 people had been brought in overnight with bullet wounds, many of them children. "
        "The army did not answer calls; a spokesman said on Monday that its units still held key sites.",
    ),
    (
        "/world/2025/01/28/sake-road",
        "2025-01-28T09:05:00+01:00",
        "Road to Sake cut, aid groups say",
        "Aid groups said the road west to Sake had been cut since the weekend, stranding trucks of food and "
        "medicine. One agency official, who asked not to be named, said shelling near the town on Sunday had "
        "killed three drivers and that convoys would not move again until the fighting stopped. Thousands of "
        "families were reported walking towards the lake shore with what they could carry.",
    ),
    (
        "/business/2025/01/28/coltan-prices",
        None,
        "Coltan traders count the cost",
        "Traders in Bukavu said prices for coltan had jumped by a fifth in a week as buyers worried about "
        "supply from mines in North Kivu, much of which now lies in areas the rebels control. A dealer said "
        "he had stopped buying until the roads reopened, and that smaller traders had already shut their "
        "stalls. Officials in Kinshasa said export rules had not changed.",
    ),
]


def _listing_page(teasers: int) -> str:
    items = "".join(
        f'<article><h2><a href="{href}">{title}</a></h2>'
        + (f'<time datetime="{when}">{when[11:16] if when else ""}</time>' if when else "")
        + f"<p>{body}</p></article>"
        for href, when, title, body in ITEMS
    )
    short = "".join(
        f'<article><h3><a href="/more/{i}">More on the crisis {i}</a></h3><p>Read the latest.</p></article>'
        for i in range(teasers)
    )
    return (
        "<html><head><title>Africa - Latest</title></head><body><h1>Africa</h1>"
        f"<main>{items}{short}</main></body></html>"
    )


@pytest.mark.parametrize("teasers", [0, 4])
def test_a_listing_page_whose_items_carry_their_text_is_one_report_per_item(teasers: int) -> None:
    drafts = read_html(_listing_page(teasers), "africa.html")
    assert [d.title for d in drafts] == [title for _h, _w, title, _b in ITEMS]
    assert [d.url for d in drafts] == [href for href, _w, _t, _b in ITEMS]
    assert [d.published.isoformat() if d.published else None for d in drafts] == [
        "2025-01-28T06:20:00+00:00",
        "2025-01-28T08:05:00+00:00",
        None,
    ]
    for draft, (_h, _w, title, body) in zip(drafts, ITEMS, strict=True):
        assert draft.text == body and title not in draft.text
    assert len({d.origin for d in drafts}) == 3


def test_one_linked_article_on_a_page_is_that_articles_page() -> None:
    href, _when, title, body = ITEMS[0]
    page = f'<html><body><article><h1><a href="{href}">{title}</a></h1><p>{body}</p></article></body></html>'
    (draft,) = read_html(page, "story.html")
    assert draft.origin == "story.html" and body in draft.text
