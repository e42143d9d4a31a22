"""Issue 12: each crash `warmonitor benchmark fuzz` found, as the smallest
input of our own that gave it. A reader refuses politely (BadInput) or reads
the input; nothing else escapes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import assert_one_line_error, run_cli
from warmonitor.errors import BadInput
from warmonitor.ingest.feed_dates import parse_published
from warmonitor.ingest.formats import html_to_text, read_feed
from warmonitor.ingest.sources import read_bytes

LIMIT = 1_000_000
STORY = "Shelling hit the northern district overnight and two people were wounded, the civil defence said."


def _rss(pub_date: str, description: str = STORY) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Border Wire</title>'
        f"<item><title>District shelled</title><pubDate>{pub_date}</pubDate>"
        f"<description>{description}</description></item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    "pub_date",
    [
        "Sat, 30 Nov 2024 0999999999999999999998:00:00 GMT",  # fuzz seed 1, inputs 20569 and 20910
        "Sat, 30 Nov 2024 08:00:0018446744073709551616 GMT",  # input 31018
        "Sat, 30 Nov 99999999999999999999 08:00:00 GMT",
        "99999999999999999999-11-30",
    ],
)
def test_a_feed_date_with_a_twenty_digit_field_is_no_date(pub_date: str) -> None:
    """email.utils raised OverflowError (exit 70 for a file, 'unreadable' in a folder)."""
    assert parse_published(pub_date) is None
    (draft,) = read_feed(_rss(pub_date), "feed.rss")
    assert draft.published is None and "two people were wounded" in draft.text


@pytest.mark.parametrize("control", ["\x00", "\x01", "\x1a", "\x0b", "\x1f"])
def test_an_entry_with_control_characters_in_its_html_is_read(control: str) -> None:
    """lxml parsed the fragment, then refused to set its own text back
    ('All strings must be XML compatible'): input 16245."""
    fragment = f"<p>Two people were wounded{control} in the district.</p><p>The council said{control} so.</p>"
    assert html_to_text(fragment) == "Two people were wounded in the district.\nThe council said so."
    feed = _rss("Sat, 30 Nov 2024 08:00:00 GMT", f"&lt;p&gt;{STORY}{control}&lt;/p&gt;".replace("\x00", ""))
    data = feed.replace(b"overnight", f"overnight{control}".encode())
    try:
        drafts, _ = read_bytes(data, "feed.rss", "feed.rss", LIMIT)
    except BadInput:
        return  # refusing a feed whose XML holds a control character is fine too
    assert all(control not in d.text for d in drafts)


@pytest.mark.slow
def test_the_folder_with_the_found_inputs_is_stored_without_unreadable(db_url: str, tmp_path: Path) -> None:
    """Through `ingest`, on both backends: no 'unreadable' line, no exit 70."""
    (tmp_path / "a.rss").write_bytes(_rss("Sat, 30 Nov 2024 08:00:0018446744073709551616 GMT"))
    (tmp_path / "b.rss").write_bytes(
        _rss(
            "Sat, 30 Nov 2024 08:00:00 GMT",
            "&lt;p&gt;Two soldiers were killed\x1a at the crossing.&lt;/p&gt;",
        )
    )
    result = run_cli("ingest", str(tmp_path), "--no-reconcile", db=db_url)
    assert "unreadable" not in result.stderr and "internal error" not in result.stderr, result.stderr
    if result.returncode != 0:  # a feed with a raw control character may be refused, in one line
        assert_one_line_error(result)
    assert result.stdout.startswith("stored"), result.stdout
