"""`warmonitor ingest`, driven as a user drives it: the real command, a real
database on each backend, inputs in every format and every kind of bad input."""

from __future__ import annotations

import json
import random
import socket
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import assert_one_line_error, run_cli
from warmonitor.store.db import open_store, session_scope
from warmonitor.store.models import Report, Source, SourceKind

SHELLING = (
    "Artillery fire struck the eastern outskirts of Kafr Halab late on Tuesday, killing "
    "four civilians, including two children, local rescuers said. The shelling came a day "
    "after armed factions pushed into nearby farmland, and residents said families had "
    "begun leaving toward the border crossings before dawn."
)
AIRSTRIKE = (
    "Warplanes carried out at least six raids on the town of Atarib on Thursday, a monitoring "
    "group said, adding that a market and a bakery were hit and that the number of wounded "
    "was still being counted by medics at the local hospital late in the evening."
)


def reports(db: str) -> list[Report]:
    engine = open_store(db)
    with session_scope(engine) as session:
        rows = session.scalars(select(Report).order_by(Report.id)).all()
        for r in rows:
            _ = r.source.name
        return list(rows)


def count(db: str) -> int:
    with session_scope(open_store(db)) as session:
        return int(session.scalar(select(func.count()).select_from(Report)) or 0)


def test_plain_text_file_with_source_and_date(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "shelling.txt"
    path.write_text(SHELLING, encoding="utf-8")
    result = run_cli("ingest", str(path), "--source", "AFP", "--published", "2024-11-26", db=db_url)
    assert result.returncode == 0, result.stderr
    assert "stored 1 report" in result.stdout
    (report,) = reports(db_url)
    assert report.source.name == "Agence France-Presse"  # the alias folds to the known outlet
    assert report.source.kind is SourceKind.wire
    assert report.published_at is not None and report.published_at.isoformat() == "2024-11-26T00:00:00+00:00"
    assert report.language == "en"
    assert report.input_format == "text"
    assert len(report.content_hash) == 64
    assert report.ingested_at.tzinfo is not None


def test_the_same_content_twice_is_one_report(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SHELLING, encoding="utf-8")
    # Same words, other line endings and spacing: still the same content.
    (tmp_path / "b.txt").write_text(SHELLING.replace(". ", ".\r\n  "), encoding="utf-8")
    first = run_cli("ingest", str(tmp_path), "--source", "Reuters", db=db_url)
    again = run_cli("ingest", str(tmp_path), "--source", "Reuters", db=db_url)
    assert first.returncode == 0 and again.returncode == 0, first.stderr + again.stderr
    assert "stored 1 report" in first.stdout and "1 already stored" in first.stdout
    assert "stored 0 reports" in again.stdout and "2 already stored" in again.stdout
    assert count(db_url) == 1


def test_a_republished_wire_copy_is_linked_not_counted_twice(db_url: str, tmp_path: Path) -> None:
    original = tmp_path / "wire.txt"
    original.write_text(SHELLING + " " + AIRSTRIKE, encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text(
        "BEIRUT - " + SHELLING + " " + AIRSTRIKE.replace(" late in the evening", ""),
        encoding="utf-8",
    )
    other = tmp_path / "other.txt"
    other.write_text(AIRSTRIKE, encoding="utf-8")
    assert run_cli("ingest", str(original), "--source", "AFP", db=db_url).returncode == 0
    result = run_cli("ingest", str(copy), "--source", "The Levant Daily", db=db_url)
    assert "(1 linked to the report it republishes)" in result.stdout
    assert run_cli("ingest", str(other), "--source", "SOHR", db=db_url).returncode == 0
    first, second, third = reports(db_url)
    assert second.copy_of_id == first.id and second.copy_similarity is not None
    assert second.copy_similarity >= 0.8
    assert third.copy_of_id is None  # a different report on related events is its own source


def test_near_duplicate_threshold_is_configurable(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SHELLING + " " + AIRSTRIKE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SHELLING + " The roads north remained closed.", encoding="utf-8")
    env = {"WARMONITOR_NEAR_DUP_THRESHOLD": "0.99"}
    assert run_cli("ingest", str(tmp_path / "a.txt"), "--source", "AFP", db=db_url, env=env).returncode == 0
    assert (
        run_cli("ingest", str(tmp_path / "b.txt"), "--source", "Reuters", db=db_url, env=env).returncode == 0
    )
    assert all(r.copy_of_id is None for r in reports(db_url))


def test_json_lines_carry_their_own_metadata(db_url: str, tmp_path: Path) -> None:
    lines = [
        {
            "text": SHELLING,
            "title": "Shelling on Kafr Halab",
            "url": "https://example.invalid/1",
            "source": "Syrian Observatory for Human Rights",
            "published": "2024-11-28T10:00:00+02:00",
        },
        {"text": AIRSTRIKE, "source": "SANA", "published": "2024-11-29"},
    ]
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    assert run_cli("ingest", str(path), db=db_url).returncode == 0
    first, second = reports(db_url)
    assert (first.source.name, first.source.kind) == (
        "Syrian Observatory for Human Rights",
        SourceKind.monitor,
    )
    assert first.title == "Shelling on Kafr Halab" and first.url == "https://example.invalid/1"
    assert first.published_at is not None and first.published_at.hour == 8  # stored in UTC
    assert second.source.kind is SourceKind.state_media


def test_html_page_keeps_the_article_and_drops_the_boilerplate(db_url: str, tmp_path: Path) -> None:
    page = f"""<!doctype html><html><head><title>Town shelled | Example News</title>
    <meta property="article:published_time" content="2024-11-27T08:30:00+00:00"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a> Subscribe now</nav>
    <article><h1>Town shelled</h1><p>{SHELLING}</p><p>{AIRSTRIKE}</p></article>
    <footer>Copyright Example News. All rights reserved. Cookie settings.</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert run_cli("ingest", str(path), "--source", "Example News", db=db_url).returncode == 0
    (report,) = reports(db_url)
    assert "Artillery fire struck" in report.text and "Warplanes carried out" in report.text
    assert "Subscribe now" not in report.text and "Cookie settings" not in report.text
    assert report.input_format == "html"
    assert report.published_at is not None and report.published_at.date().isoformat() == "2024-11-27"


def test_stdin(db_url: str) -> None:
    result = run_cli(
        "ingest",
        "-",
        "--source",
        "Reuters",
        "--published",
        "2024-11-29",
        db=db_url,
        stdin=SHELLING.encode(),
    )
    assert result.returncode == 0, result.stderr
    (report,) = reports(db_url)
    assert report.origin == "stdin"


def test_a_folder_with_some_bad_files_keeps_the_good_ones(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    (folder / "nested").mkdir(parents=True)
    (folder / "good.txt").write_text(SHELLING, encoding="utf-8")
    (folder / "nested" / "good2.txt").write_text(AIRSTRIKE, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    result = run_cli("ingest", str(folder), "--source", "AFP", db=db_url)
    assert result.returncode == 1  # partly done: the good ones stored, the bad ones named
    assert "stored 2 reports" in result.stdout
    assert "2 inputs could not be used" in result.stderr
    assert "empty.txt: " in result.stderr and "image.png: " in result.stderr
    assert "Traceback" not in result.stderr
    assert count(db_url) == 2


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(
    "make_input",
    [
        pytest.param(lambda d: d / "missing.txt", id="missing path"),
        pytest.param(lambda d: _write(d / "empty.txt", b"   \n"), id="empty file"),
        pytest.param(lambda d: _write(d / "blob.bin", bytes(range(256)) * 64), id="binary file"),
        pytest.param(lambda d: _write(d / "bad.txt", _noise()), id="undecodable bytes"),
        pytest.param(lambda d: _write(d / "big.txt", b"word " * 400), id="over the size limit"),
        pytest.param(
            lambda d: _write(d / "feed.xml", b"<rss><channel><item><title>x</ti"),
            id="malformed feed",
        ),
        pytest.param(lambda d: f"http://127.0.0.1:{_closed_port()}/feed.xml", id="unreachable feed URL"),
    ],
)
def test_bad_input_is_one_line_and_loses_nothing(db_url: str, tmp_path: Path, make_input: object) -> None:
    (tmp_path / "kept.txt").write_text(SHELLING, encoding="utf-8")
    assert run_cli("ingest", str(tmp_path / "kept.txt"), "--source", "AFP", db=db_url).returncode == 0
    target = make_input(tmp_path)  # type: ignore[operator]
    result = run_cli("ingest", str(target), "--max-bytes", "1000", db=db_url)
    message = assert_one_line_error(result)
    assert len(message.splitlines()) == 1, message
    assert count(db_url) == 1


def _noise() -> bytes:
    """High bytes at random: no usual encoding makes text of them."""
    rng = random.Random(1)
    return bytes(rng.randrange(128, 256) for _ in range(900))


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_bad_options_are_one_line(sqlite_url: str) -> None:
    assert_one_line_error(run_cli("ingest", "--demo", "--published", "last tuesday", db=sqlite_url))
    assert_one_line_error(run_cli("ingest", db=sqlite_url))
    assert_one_line_error(run_cli("ingest", "--demo", db="mysql://nobody@nowhere/db"))
    assert_one_line_error(run_cli("token", "create", "--role", "emperor", db=sqlite_url))


def test_sources_table_names_kinds(sqlite_url: str) -> None:
    assert run_cli("ingest", "--demo", db=sqlite_url).returncode == 0
    with session_scope(open_store(sqlite_url)) as session:
        kinds = {s.name: s.kind for s in session.scalars(select(Source))}
    assert kinds["Syrian Observatory for Human Rights"] is SourceKind.monitor
    assert kinds["SANA"] is SourceKind.state_media
    assert kinds["Agence France-Presse"] is SourceKind.wire
