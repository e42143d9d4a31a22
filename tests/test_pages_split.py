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
