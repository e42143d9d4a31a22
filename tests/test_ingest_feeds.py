"""Feeds: RSS and Atom files, and feed URLs served over HTTP."""

# ruff: noqa: E501, RUF001  (feeds are quoted as served; French uses typographic apostrophes)

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import assert_one_line_error, run_cli
from warmonitor.store.db import open_store, session_scope
from warmonitor.store.models import Report

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Northern Front Monitor</title><link>https://nfm.invalid/</link>
<description>Daily bulletins</description>
<item><title>Drone strike on fuel depot</title><link>https://nfm.invalid/1</link><guid>nfm-1</guid>
<pubDate>Sun, 01 Dec 2024 08:15:00 +0200</pubDate>
<description>&lt;p&gt;A drone struck a fuel depot outside Sarmada before dawn, setting two tankers
alight, local rescuers said.&lt;/p&gt;&lt;p&gt;No casualties were reported.&lt;/p&gt;</description></item>
<item><title>Shelling near Darat Izza</title><link>https://nfm.invalid/2</link><guid>nfm-2</guid>
<pubDate>Sun, 01 Dec 2024 11:40:00 +0000</pubDate>
<description>Artillery shells landed on farmland near Darat Izza, wounding a shepherd, residents said.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coastal Desk</title><id>urn:coastal</id>
<updated>2024-12-02T10:00:00Z</updated>
<entry><title>Clashes on the outskirts of Hama</title><id>urn:coastal:1</id>
<link href="https://coastal.invalid/hama"/><published>2024-12-02T09:30:00Z</published><updated>2024-12-02T09:30:00Z</updated>
<content type="html">&lt;p&gt;Fighting broke out on the northern outskirts of Hama on Monday as factions
advanced from the countryside, two residents said.&lt;/p&gt;</content></entry>
</feed>"""


def stored(db: str) -> list[Report]:
    with session_scope(open_store(db)) as session:
        rows = list(session.scalars(select(Report).order_by(Report.id)))
        for r in rows:
            _ = r.source.name
        return rows


def test_rss_file_gives_one_report_per_entry(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "bulletins.rss").write_text(RSS, encoding="utf-8")
    result = run_cli("ingest", str(tmp_path / "bulletins.rss"), db=db_url)
    assert result.returncode == 0, result.stderr
    first, second = stored(db_url)
    assert first.source.name == "Northern Front Monitor"  # the feed's title is the outlet
    assert first.title == "Drone strike on fuel depot" and first.url == "https://nfm.invalid/1"
    assert first.published_at is not None and first.published_at.isoformat() == "2024-12-01T06:15:00+00:00"
    assert "<p>" not in first.text and "No casualties were reported." in first.text
    assert first.input_format == "feed" and second.title == "Shelling near Darat Izza"


def test_atom_file(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "coastal.atom").write_text(ATOM, encoding="utf-8")
    assert run_cli("ingest", str(tmp_path / "coastal.atom"), db=db_url).returncode == 0
    (report,) = stored(db_url)
    assert report.url == "https://coastal.invalid/hama"
    assert report.text.startswith("Fighting broke out on the northern outskirts of Hama")


class _FeedHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/feed.rss":
            body = RSS.encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def feed_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FeedHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_feed_url(db_url: str, feed_server: str) -> None:
    result = run_cli("ingest", f"{feed_server}/feed.rss", db=db_url)
    assert result.returncode == 0, result.stderr
    assert "stored 2 reports" in result.stdout
    again = run_cli("ingest", f"{feed_server}/feed.rss", db=db_url)
    assert "2 already stored" in again.stdout  # polling a feed again stores nothing twice
    assert [r.url for r in stored(db_url)] == ["https://nfm.invalid/1", "https://nfm.invalid/2"]


def test_feed_url_that_is_not_found(sqlite_url: str, feed_server: str) -> None:
    message = assert_one_line_error(run_cli("ingest", f"{feed_server}/missing.rss", db=sqlite_url))
    assert "HTTP 404" in message


def test_json_array_file(sqlite_url: str, tmp_path: Path) -> None:
    (tmp_path / "batch.json").write_text(
        '[{"text": "Two soldiers were killed by a roadside bomb near Daraa, the army said.",'
        ' "source": "SANA", "published": "2024-12-03"},'
        ' {"text": "Protesters gathered in Suwayda for a third day, organisers said.",'
        ' "source": "Reuters", "published": "2024-12-03T10:00:00Z"}]',
        encoding="utf-8",
    )
    assert run_cli("ingest", str(tmp_path / "batch.json"), db=sqlite_url).returncode == 0
    assert len(stored(sqlite_url)) == 2


def test_json_lines_with_a_bad_line_store_the_good_ones(sqlite_url: str, tmp_path: Path) -> None:
    (tmp_path / "mixed.jsonl").write_text(
        '{"text": "A car bomb exploded in Azaz market, killing five people, rescuers said."}\n'
        "this line is not JSON\n"
        '{"title": "no text here"}\n',
        encoding="utf-8",
    )
    result = run_cli("ingest", str(tmp_path / "mixed.jsonl"), "--source", "AFP", db=sqlite_url)
    assert result.returncode == 1
    assert "mixed.jsonl:line 2: not JSON" in result.stderr
    assert 'mixed.jsonl:line 3: no "text"' in result.stderr
    assert len(stored(sqlite_url)) == 1


def test_encodings_other_than_utf8(sqlite_url: str, tmp_path: Path) -> None:
    text = "Les combattants ont pris le contrôle de Saraqeb, a déclaré l’Observatoire."
    (tmp_path / "fr-cp1252.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "fr-utf16.txt").write_bytes(text.replace("Saraqeb", "Alep").encode("utf-16"))
    assert run_cli("ingest", str(tmp_path), "--source", "AFP", db=sqlite_url).returncode == 0
    texts = sorted(r.text for r in stored(sqlite_url))
    assert texts[0].startswith("Les combattants ont pris le contrôle de Alep")
    assert "déclaré l’Observatoire" in texts[1]
    assert {r.language for r in stored(sqlite_url)} == {"fr"}
