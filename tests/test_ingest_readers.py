"""The ingest readers, as a specification: what each kind of input becomes,
and the one-line reason every kind of bad input is refused with.

Fixtures in tests/fixtures/ingest/ are short made-up bulletins; inputs that
are about bytes (encodings, binaries, sizes) are built here, where the bytes
can be read. Network tests only ever talk to 127.0.0.1.
"""

from __future__ import annotations

import shutil
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from warmonitor.errors import BadInput
from warmonitor.ingest.decode import check_size, decode_bytes, human_size
from warmonitor.ingest.draft import InputProblem, ReportDraft
from warmonitor.ingest.formats import (
    USER_AGENT,
    detect_format,
    detect_language,
    fetch_feed,
    html_to_text,
    read_feed,
    read_html,
    read_jsonl,
    read_text,
)
from warmonitor.ingest.sources import iter_input_files, read_path, read_stdin_bytes, read_url

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
LIMIT = 1024 * 1024
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + b"\x00" * 64
# No NULs and no C0 controls, so not "binary"; but bytes 0x80-0xFF in a row are
# not UTF-8, cp1252 leaves five of them undefined, and latin-1 makes 32 of them
# C1 control characters: no encoding reads this as text.
UNDECODABLE = bytes(range(0x80, 0x100)) * 4
# Accents, guillemets, an em dash and a typographic apostrophe (\u2019, byte 0x92
# in cp1252): the characters a wrong legacy decoding garbles first.
FRENCH = (
    "Selon des habitants, un obus est tombé près de l\u2019école de Tal Hadid"
    " — « deux blessés », a précisé un secouriste."
)


def one_line(reason: str) -> str:
    """Every refusal is a single, non-empty line a user can read."""
    assert reason.strip() and "\n" not in reason and "\r" not in reason, repr(reason)
    return reason


def refused(exc: pytest.ExceptionInfo[BadInput]) -> str:
    return one_line(exc.value.reason)


def only_problem(result: tuple[list[ReportDraft], list[InputProblem]]) -> InputProblem:
    drafts, problems = result
    assert drafts == []
    (problem,) = problems
    one_line(problem.reason)
    return problem


# --- decoding ---------------------------------------------------------------


def test_utf8_is_read_with_or_without_a_byte_order_mark() -> None:
    assert decode_bytes(FRENCH.encode("utf-8"), "a.txt") == FRENCH
    assert decode_bytes(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), "a.txt") == FRENCH


def test_a_cp1252_file_decodes_to_the_right_characters(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(FRENCH.encode("cp1252"))
    (draft,), problems = read_path(path, LIMIT)
    assert problems == []
    assert draft.text == FRENCH  # "près", not "prčs": cp1252 wins a tie with cp1250


def test_a_short_cp1252_line_is_not_read_as_central_european() -> None:
    assert decode_bytes("Tirs près de Kafr Roum".encode("cp1252"), "a.txt") == "Tirs près de Kafr Roum"


def test_a_utf16_file_with_its_byte_order_mark_decodes(tmp_path: Path) -> None:
    (tmp_path / "le.txt").write_bytes(b"\xff\xfe" + FRENCH.encode("utf-16-le"))
    (tmp_path / "be.txt").write_bytes(b"\xfe\xff" + FRENCH.encode("utf-16-be"))
    drafts, problems = read_path(tmp_path, LIMIT)
    assert problems == []
    assert [d.text for d in drafts] == [FRENCH, FRENCH]


def test_empty_or_blank_input_is_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\r\n")
    drafts, problems = read_path(tmp_path, LIMIT)
    assert drafts == []
    assert [(Path(p.origin).name, one_line(p.reason)) for p in problems] == [
        ("blank.txt", "empty input"),
        ("empty.txt", "empty input"),
    ]


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(PNG_HEADER)
    problem = only_problem(read_path(tmp_path / "photo.png", LIMIT))
    assert problem.reason == "looks like a binary file, not text"


def test_control_characters_without_nuls_still_look_binary() -> None:
    with pytest.raises(BadInput) as exc:
        decode_bytes(b"\x01\x02\x03\x04 header \x05\x06\x07\x08", "blob")
    assert refused(exc) == "looks like a binary file, not text"


def test_one_stray_control_character_is_still_text() -> None:
    assert decode_bytes(b"Shelling resumed at dawn.\x1a", "old.txt").startswith("Shelling resumed")


def test_bytes_no_encoding_reads_as_text_are_refused() -> None:
    with pytest.raises(BadInput) as exc:
        decode_bytes(UNDECODABLE, "mystery.txt")
    assert refused(exc) == "cannot decode mystery.txt as text in any usual encoding"


def test_sizes_in_messages_are_human_readable() -> None:
    assert [human_size(n) for n in (512, 1536, 25 * 1024 * 1024 + 300_000)] == [
        "512 bytes",
        "1.5 KB",
        "25.3 MB",
    ]
    check_size(LIMIT, LIMIT, "just-fits.txt")  # the limit itself is allowed
    with pytest.raises(BadInput) as exc:
        check_size(30_000_000, 20 * 1024 * 1024, "archive.jsonl")
    assert refused(exc).startswith("archive.jsonl is too large: 28.6 MB, over the limit of 20.0 MB")


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Shelling reported near Tal Hadid. " * 100)
    problem = only_problem(read_path(path, 1024))
    assert problem.origin == str(path)
    assert "too large: 3.3 KB, over the limit of 1.0 KB" in problem.reason


# --- recognising the format -------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("notes.txt", "text"), ("notes.md", "text"), ("notes.text", "text"),
        ("page.html", "html"), ("page.HTM", "html"), ("page.xhtml", "html"),
        ("lines.jsonl", "jsonl"), ("lines.ndjson", "jsonl"), ("batch.json", "jsonl"),
        ("feed.xml", "feed"), ("feed.rss", "feed"), ("feed.atom", "feed"), ("feed.rdf", "feed"),
    ],
)  # fmt: skip
def test_the_extension_decides_the_format(name: str, expected: str) -> None:
    assert detect_format(name, "whatever the content") == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('<?xml version="1.0"?>\n<!-- bulletins -->\n<rss version="2.0"><channel/></rss>', "feed"),
        ('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
        ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>', "feed"),
        ("<!DOCTYPE html>\n<html><body><p>Clashes overnight.</p></body></html>", "html"),
        ("<body><p>Clashes overnight.</p></body>", "html"),
        ('<html><body><p>How to embed <rss version="2.0"> in a page</p></body></html>', "html"),
        ('{"text": "Clashes overnight."}\n\n{"text": "Calm by morning."}\n', "jsonl"),
        ('[{"text": "Clashes overnight."}]', "jsonl"),
        ('{"text": "Clashes overnight."}\n{"text": "cut off', "jsonl"),  # the bad line is reported
        ("Clashes overnight near the bridge {sic}.", "text"),
        ("{braces} but no JSON", "text"),
    ],
)
def test_without_a_known_extension_the_content_decides(content: str, expected: str) -> None:
    assert detect_format(None, content) == expected
    assert detect_format("upload.bin", content) == expected  # unknown extensions are sniffed too


def test_language_is_an_iso_639_1_code_or_none_for_a_few_words() -> None:
    assert detect_language("Artillery shells struck the pumping station early on Wednesday.") == "en"
    assert detect_language(FRENCH) == "fr"
    assert detect_language("Tal Hadid") is None
    assert detect_language("12:40 -- 3/4") is None


# --- plain text -------------------------------------------------------------


def test_plain_text_is_the_whole_report_and_a_clear_headline_is_its_title() -> None:
    (draft,), problems = read_path(FIXTURES / "report.txt", LIMIT)
    assert problems == []
    assert draft.fmt == "text" and draft.origin == str(FIXTURES / "report.txt")
    assert draft.title == "Shelling hits outskirts of Tal Hadid"
    # The headline stays in the text: the text is exactly what the user gave.
    assert draft.text == (FIXTURES / "report.txt").read_text(encoding="utf-8").strip()
    assert draft.url is None and draft.outlet is None and draft.published is None


@pytest.mark.parametrize(
    "text",
    [
        "Artillery shells landed on the outskirts on Tuesday.\n\nThree people were wounded.",
        "Shelling hits outskirts of Tal Hadid\nArtillery shells landed on Tuesday evening.",
        "Shelling hits outskirts of Tal Hadid",
        "TAL HADID, Dec 3 —\n\nArtillery shells landed on Tuesday evening.",
    ],
)
def test_no_title_unless_the_first_line_is_clearly_a_headline(text: str) -> None:
    (draft,) = read_text(text, "stdin")
    assert draft.title is None and draft.text == text


def test_a_markdown_heading_is_a_headline() -> None:
    (draft,) = read_text("# Bridge shelled\n\nThe bridge at Kafr Roum was shelled at noon.", "a.md")
    assert draft.title == "Bridge shelled"


# --- HTML -------------------------------------------------------------------


def test_html_main_text_comes_out_without_the_boilerplate() -> None:
    (draft,), problems = read_path(FIXTURES / "article.html", LIMIT)
    assert problems == []
    assert draft.fmt == "html"
    assert draft.text.startswith("Artillery shells struck the pumping station")
    assert "Two technicians were lightly wounded" in draft.text
    assert "at least three days." in draft.text
    for boilerplate in (
        "cookies",
        "Cookie settings",
        "Subscribe now",
        "Home",
        "All rights reserved",
        "Reader42",
    ):
        assert boilerplate not in draft.text, boilerplate
    assert draft.text.count("\n") >= 2  # paragraphs stay apart


def test_html_metadata_gives_title_url_outlet_and_an_aware_date() -> None:
    (draft,), _ = read_path(FIXTURES / "article.html", LIMIT)
    assert draft.title == "Shelling damages water station near Tal Hadid"
    assert not draft.text.startswith(draft.title)  # the headline is the title, not repeated in the text
    assert draft.url == "https://valley-dispatch.invalid/2024/11/27/tal-hadid-water-station"
    assert draft.outlet == "Valley Dispatch"
    # The page's own date, to the day, as that day's midnight in UTC.
    assert draft.published == datetime(2024, 11, 27, tzinfo=UTC)


def test_a_page_without_an_article_is_refused() -> None:
    problem = only_problem(read_path(FIXTURES / "menu-only.html", LIMIT))
    assert problem.reason == "no article text found in the HTML"
    with pytest.raises(BadInput) as exc:
        read_html("<html><body><nav><a href='/'>Home</a></nav></body></html>", "stdin")
    assert refused(exc) == "no article text found in the HTML"


# --- JSON lines and JSON ----------------------------------------------------


def test_json_lines_give_one_report_per_good_line_and_name_the_bad_ones() -> None:
    path = FIXTURES / "bulletins.jsonl"
    drafts, problems = read_path(path, LIMIT)
    first, second = drafts
    assert first.origin == f"{path}:line 1" and first.fmt == "jsonl"
    assert first.title == "Drone strike on checkpoint" and first.url == "https://monitor.invalid/b/101"
    assert first.outlet == "River Valley Monitor"
    assert first.published == datetime(2024, 12, 2, 5, 45, tzinfo=UTC)  # +02:00 kept as UTC
    assert second.published == datetime(2024, 12, 2, tzinfo=UTC)  # a bare date is that day, UTC
    reasons = {p.origin.removeprefix(f"{path}:"): one_line(p.reason) for p in problems}
    assert list(reasons) == ["line 3", "line 4", "line 5"]
    assert reasons["line 3"].startswith("not JSON: Unterminated string")
    assert reasons["line 4"] == 'no "text"'
    assert reasons["line 5"] == '"published" is not an ISO 8601 date or date-time: "last Tuesday"'


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("[1, 2]", "not a JSON object but an array"),
        ('{"text": "   "}', '"text" is empty or not a string'),
        ('{"text": 42}', '"text" is empty or not a string'),
        ('{"text": "Calm night.", "source": ["a", "b"]}', '"source" must be a string'),
        ('{"text": "Calm night.", "published": 1733184000}', '"published" is not an ISO 8601 date'),
    ],
)
def test_each_kind_of_bad_line_has_its_reason(line: str, reason: str) -> None:
    good = '{"text": "Shelling resumed at dawn near the river crossing."}'
    drafts, (problem,) = read_jsonl(f"{good}\n{line}\n", "in.jsonl")
    assert len(drafts) == 1
    assert problem.origin == "in.jsonl:line 2" and one_line(problem.reason).startswith(reason)


def test_a_json_array_file_gives_one_report_per_item() -> None:
    path = FIXTURES / "batch.json"
    (bomb, march), problems = read_path(path, LIMIT)
    assert problems == []
    assert bomb.origin == f"{path}:item 1" and bomb.outlet == "Northern Command statement"
    assert bomb.published == datetime(2024, 12, 4, tzinfo=UTC)
    assert march.url == "https://desk.invalid/ain-zarqa-march"
    assert march.published == datetime(2024, 12, 4, 16, 20, tzinfo=UTC)


def test_a_single_json_object_is_one_report() -> None:
    (draft,), problems = read_jsonl(
        '{\n  "text": "Calm night in Tal Hadid.",\n  "title": "Calm"\n}', "one.json"
    )
    assert problems == [] and draft.origin == "one.json" and draft.title == "Calm"


def test_json_with_no_good_line_at_all_is_refused() -> None:
    with pytest.raises(BadInput) as exc:
        read_jsonl('{"title": "no body"}\nnot json\n', "bad.jsonl")
    assert refused(exc) == 'no usable report in the JSON: line 1: no "text" (and 1 more problem)'
    with pytest.raises(BadInput) as exc:
        read_jsonl("[]", "empty.json")
    refused(exc)


# --- feeds ------------------------------------------------------------------


def test_an_rss_file_gives_one_report_per_entry() -> None:
    path = FIXTURES / "bulletins.rss"
    (depot, crossing), problems = read_path(path, LIMIT)
    assert problems == []
    assert depot.fmt == "feed" and depot.origin == f"{path}#rvm-201"
    assert depot.outlet == "River Valley Monitor"  # the feed's title
    assert depot.title == "Fuel depot hit near Kafr Roum" and depot.url == "https://monitor.invalid/b/201"
    # Full content wins over the summary, and its HTML becomes plain paragraphs.
    assert depot.text == (
        "A drone hit a fuel depot on the edge of Kafr Roum before dawn, setting two tankers on fire,"
        " the civil defence said.\nNobody was hurt, according to the depot's owner."
    )
    assert depot.published == datetime(2024, 12, 3, 4, 10, tzinfo=UTC)  # 06:10 +0200
    assert crossing.text.startswith("Gunfire was exchanged") and "<p>" not in crossing.text
    assert crossing.published == datetime(2024, 12, 3, 13, 30, tzinfo=UTC)


def test_an_atom_file_uses_content_or_else_summary() -> None:
    (road, curfew), problems = read_path(FIXTURES / "desk.atom", LIMIT)
    assert problems == []
    assert road.outlet == curfew.outlet == "Hill Country Desk"
    assert road.url == "https://desk.invalid/road-reopened"
    assert road.text.startswith("The road between Ain Zarqa and the coast was reopened")
    assert road.published == datetime(2024, 12, 5, 6, 30, tzinfo=UTC)  # published, not updated
    assert (
        curfew.text
        == "Authorities in Ain Zarqa extended the night curfew by a week, citing sporadic gunfire."
    )
    assert curfew.published == datetime(2024, 12, 5, 8, 0, tzinfo=UTC)  # no published: updated


def test_a_feed_given_as_text_reads_the_same() -> None:
    text = (FIXTURES / "bulletins.rss").read_text(encoding="utf-8")
    assert [d.text for d in read_feed(text, "stdin")] == [d.text for d in read_feed(text.encode(), "stdin")]


def test_a_feed_is_never_taken_for_a_path_or_url_to_open() -> None:
    # feedparser opens a str or bytes that names a file; ours must not.
    with pytest.raises(BadInput) as exc:
        read_feed(str(FIXTURES / "bulletins.rss"), "stdin")
    assert refused(exc).startswith("malformed feed")


def test_a_malformed_feed_is_refused_with_the_parser_reason() -> None:
    problem = only_problem(read_path(FIXTURES / "malformed.rss", LIMIT))
    assert problem.reason == "malformed feed: no element found at line 8"


def test_a_feed_with_no_entries_is_refused() -> None:
    assert only_problem(read_path(FIXTURES / "no-entries.rss", LIMIT)).reason == "feed has no entries"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("Shelling resumed at dawn.", "malformed feed: "),
        ("<html><body><p>Please sign in to continue.</p></body></html>", "malformed feed: an HTML page"),
        (
            '<rss version="2.0"><channel><title>T</title><item><title>Only a headline</title></item>'
            "</channel></rss>",
            "feed entries have no text",
        ),
    ],
)
def test_things_that_are_not_usable_feeds(content: str, reason: str) -> None:
    with pytest.raises(BadInput) as exc:
        read_feed(content.encode(), "feed.xml")
    assert refused(exc).startswith(reason)


def test_feed_html_becomes_plain_paragraphs() -> None:
    fragment = "<div>Update:<p>Shells hit <b>two</b> houses.</p><p>One<br>more</p><script>x()</script></div>"
    assert html_to_text(fragment) == "Update:\nShells hit two houses.\nOne\nmore"


class _FeedHandler(BaseHTTPRequestHandler):
    user_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.user_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/old-address":
            self.send_response(301)
            self.send_header("Location", "/bulletins.rss")
            self.end_headers()
            return
        bodies = {
            "/bulletins.rss": (FIXTURES / "bulletins.rss").read_bytes(),
            "/big.rss": b"<rss>" + b" " * 50_000 + b"</rss>",
            "/login": (FIXTURES / "menu-only.html").read_bytes(),
        }
        if self.path not in bodies:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.end_headers()
        self.wfile.write(bodies[self.path])

    def log_message(self, *args: object) -> None:
        pass  # keep the test output quiet


@pytest.fixture
def feed_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)  # 127.0.0.1 must be reached directly
    _FeedHandler.user_agents = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FeedHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_feed_url_is_fetched_and_read_like_a_feed_file(feed_server: str) -> None:
    url = f"{feed_server}/old-address"  # redirects are followed
    drafts, problems = read_url(url, LIMIT, timeout=5)
    assert problems == []
    assert [d.url for d in drafts] == ["https://monitor.invalid/b/201", "https://monitor.invalid/b/202"]
    assert drafts[0].origin == f"{url}#rvm-201" and drafts[0].outlet == "River Valley Monitor"
    assert set(_FeedHandler.user_agents) == {USER_AGENT} and USER_AGENT.startswith("warmonitor/")


def test_feed_url_problems_are_one_line(feed_server: str) -> None:
    assert only_problem(read_url(f"{feed_server}/gone.rss", LIMIT, 5)).reason == (
        f"cannot fetch feed {feed_server}/gone.rss: HTTP 404 Not Found"
    )
    assert only_problem(read_url(f"{feed_server}/big.rss", 1024, 5)).reason == (
        f"feed {feed_server}/big.rss is too large: over the limit of 1.0 KB"
    )
    assert only_problem(read_url(f"{feed_server}/login", LIMIT, 5)).reason == (
        "malformed feed: an HTML page, not RSS or Atom"
    )


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port  # nothing listens there any more


def test_an_unreachable_feed_url_is_refused() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/feed.rss"
    with pytest.raises(BadInput) as exc:
        fetch_feed(url, timeout=5)
    assert refused(exc) == f"cannot reach feed {url}: connection refused"
    assert only_problem(read_url(url, LIMIT, 5)).origin == url


def test_a_feed_that_never_answers_times_out() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)  # connections queue up, but nothing ever replies
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/feed.rss"
        with pytest.raises(BadInput) as exc:
            fetch_feed(url, timeout=0.3)
    assert refused(exc) == f"cannot reach feed {url}: timed out after 0.3 s"


def test_only_http_urls_are_fetched_and_passwords_stay_out_of_messages() -> None:
    with pytest.raises(BadInput) as exc:
        fetch_feed("file:///etc/passwd", timeout=1)
    assert refused(exc) == "not an http(s) URL: file:///etc/passwd"
    url = f"http://reader:s3cret@127.0.0.1:{_closed_port()}/feed.rss"
    with pytest.raises(BadInput) as exc:
        fetch_feed(url, timeout=5)
    assert "s3cret" not in refused(exc)


# --- paths, folders and stdin -----------------------------------------------


def test_a_missing_path_is_an_error_in_the_command() -> None:
    with pytest.raises(BadInput) as exc:
        read_path(FIXTURES / "no-such-report.txt", LIMIT)
    assert refused(exc) == f"no such file or directory: {FIXTURES / 'no-such-report.txt'}"


def test_a_folder_gives_its_good_files_and_names_the_bad_ones(tmp_path: Path) -> None:
    for name in ("report.txt", "article.html", "bulletins.rss"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / "nested" / "deeper").mkdir(parents=True)
    shutil.copy(FIXTURES / "batch.json", tmp_path / "nested" / "deeper" / "batch.json")
    (tmp_path / "nested" / "photo.png").write_bytes(PNG_HEADER)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "mystery.txt").write_bytes(UNDECODABLE)
    # Tools' files are not inputs: hidden files, and hidden folders entirely.
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / ".git" / "objects").mkdir(parents=True)
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (tmp_path / ".git" / "objects" / "notes.txt").write_text("Not a report at all, just git internals.")

    files = [p.relative_to(tmp_path).as_posix() for p in iter_input_files(tmp_path)]
    assert files == [
        "article.html",
        "bulletins.rss",
        "empty.txt",
        "mystery.txt",
        "report.txt",
        "nested/photo.png",
        "nested/deeper/batch.json",
    ]  # sorted within each folder, files before subfolders: the same order on every run

    drafts, problems = read_path(tmp_path, LIMIT)
    assert [d.fmt for d in drafts] == ["html", "feed", "feed", "text", "jsonl", "jsonl"]
    assert {Path(p.origin).name: one_line(p.reason) for p in problems} == {
        "empty.txt": "empty input",
        "mystery.txt": f"cannot decode {tmp_path / 'mystery.txt'} as text in any usual encoding",
        "photo.png": "looks like a binary file, not text",
    }
    assert read_path(tmp_path, LIMIT) == (drafts, problems)  # deterministic


def test_stdin_is_sniffed_like_a_file_without_a_name() -> None:
    (draft,), problems = read_stdin_bytes((FIXTURES / "report.txt").read_bytes(), LIMIT)
    assert problems == [] and draft.origin == "stdin" and draft.fmt == "text"
    drafts, problems = read_stdin_bytes((FIXTURES / "bulletins.jsonl").read_bytes(), LIMIT)
    assert len(drafts) == 2 and [p.origin for p in problems] == [
        "stdin:line 3",
        "stdin:line 4",
        "stdin:line 5",
    ]
    assert [d.fmt for d in read_stdin_bytes((FIXTURES / "desk.atom").read_bytes(), LIMIT)[0]] == [
        "feed",
        "feed",
    ]
    assert only_problem(read_stdin_bytes(b"", LIMIT)) == InputProblem("stdin", "empty input")
    assert only_problem(read_stdin_bytes(PNG_HEADER, LIMIT)).reason == "looks like a binary file, not text"
    assert "too large" in only_problem(read_stdin_bytes(b"x" * 2048, 1024)).reason
