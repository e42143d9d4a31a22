"""Dates in the forms real feeds write them, and items with none: parsed, or
stored as 'no date' and kept out of dated views; never the machine's clock."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import run_cli
from warmonitor.ingest.feed_dates import parse_published
from warmonitor.ingest.formats import read_feed


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Sa, 23 Sep 2023 10:00:00 +0200", datetime(2023, 9, 23, 8, 0, tzinfo=UTC)),
        ("Sam., 23 Sep 2023 10:00", datetime(2023, 9, 23, 10, 0, tzinfo=UTC)),
        ("Sáb, 23 sep 2023 10:00:00 +0000", datetime(2023, 9, 23, 10, 0, tzinfo=UTC)),
        ("2023/9/24", datetime(2023, 9, 24, tzinfo=UTC)),
        ("2023/9/24 18:05", datetime(2023, 9, 24, 18, 5, tzinfo=UTC)),
        ("Sun, 24 Sep 2023 06:30:00", datetime(2023, 9, 24, 6, 30, tzinfo=UTC)),  # no zone: UTC
        ("24 September 2023", datetime(2023, 9, 24, tzinfo=UTC)),
    ],
)
def test_feed_dates_as_real_feeds_write_them(raw: str, expected: datetime) -> None:
    assert parse_published(raw) == expected


@pytest.mark.parametrize("raw", ["yesterday", "2 hours ago", "today", "2023/13/40", "soon", "", "9999/1/1"])
def test_dates_that_need_a_clock_or_make_no_sense_are_none(raw: str) -> None:
    assert parse_published(raw) is None


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Border Wire</title>
<item><title>Shelling in Kherson</title><link>https://example.org/a</link>
<pubDate>Sa, 23 Sep 2023 10:00:00 +0200</pubDate>
<description>Russian shelling killed two civilians in Kherson on Saturday,
the regional governor said.</description></item>
<item><title>Drone strike</title><link>https://example.org/b</link>
<pubDate>2023/9/24</pubDate>
<description>A drone struck a warehouse in Odesa on Sunday, injuring one worker,
the city's mayor said.</description></item>
<item><title>Undated</title><link>https://example.org/c</link>
<description>Three soldiers were killed in clashes near Bakhmut yesterday, the army said.</description></item>
</channel></rss>"""


def test_a_feed_with_odd_dates_keeps_them() -> None:
    drafts = read_feed(FEED.encode(), "feed")
    assert [d.published for d in drafts] == [
        datetime(2023, 9, 23, 8, 0, tzinfo=UTC),
        datetime(2023, 9, 24, tzinfo=UTC),
        None,
    ]


def test_an_undated_item_is_flagged_and_kept_out_of_dated_views(sqlite_url: str, tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED, "utf-8")
    assert run_cli("db", "upgrade", db=sqlite_url).returncode == 0
    stored = run_cli("ingest", str(feed), db=sqlite_url)
    assert stored.returncode == 0, stored.stderr
    assert "1 report had no date" in stored.stderr
    claims = json.loads(run_cli("casualties", "--format", "json", db=sqlite_url).stdout)
    assert claims["as_of"] == "2023-09-24", "the newest dated report, not today"
    figures = {p["party"]: p["best"] for p in [claims["total"], *claims["parties"]]}
    assert 3 not in figures.values(), "the undated report's soldiers are in no dated view"
    events = run_cli("export", "--format", "acled-csv", db=sqlite_url)
    assert events.returncode == 0, events.stderr
    days = [line.split(",")[1] for line in events.stdout.splitlines()[1:] if line]
    assert days and all(day.startswith("2023-09-") for day in days), "no event takes the machine's clock"
