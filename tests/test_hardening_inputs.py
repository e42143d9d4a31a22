"""Issue 12, failures 3-7: no input jams ingest or the extraction queue, each
bad input gets a one-line reason (or a 4xx), never exit 70 or a 500, and the
same input gives the same outcome on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import BigInteger, inspect, select

from tests.conftest import assert_one_line_error, run_cli
from warmonitor.api.app import create_app
from warmonitor.config import Settings
from warmonitor.store.db import open_store, session_scope
from warmonitor.store.models import Claim, Report

PROSE = "Shelling killed five civilians in the market of the town on Monday, the local council said."


def _rss(entity: str, where: str) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Border Wire</title>'
        f"<item><title>Market hit {entity}</title><link>https://example.org/a</link>"
        f"<description>{PROSE} Witnesses {entity} in {where} counted the dead.</description>"
        "</item></channel></rss>"
    )


def _bad_inputs(folder: Path) -> dict[str, str]:
    """file name -> what must be said about it ('' when it must be stored)."""
    files = {
        "a-deep.json": ("[" * 200_000 + "]" * 200_000, "nested too deeply"),
        "b-surrogate-ref.rss": (_rss("&#xD800;", "the north"), ""),
        "c-beyond-unicode.rss": (_rss("&#x110000;", "the south"), ""),
        "d-lone-surrogate.jsonl": (
            json.dumps(
                {"text": PROSE + " \ud800 end.", "title": "Lone \udfff half", "source": "Surrogate Daily"}
            ),
            "",
        ),
        "e-year-one.jsonl": (
            json.dumps({"text": PROSE, "published": "0001-01-01T00:00:00+05:00"}),
            "1900-2100",
        ),
        "f-year-9999.jsonl": (
            json.dumps({"text": PROSE, "published": "9999-12-31T23:00:00-05:00"}),
            "1900-2100",
        ),
        "g-nul-late.txt": (
            PROSE + " " + "The council listed the names. " * 400 + "\x00 after the sniff.",
            "",
        ),
        "h-nul-title.jsonl": (json.dumps({"text": PROSE + " Second copy.", "title": "Nul\u0000title"}), ""),
        "i-long-source.jsonl": (
            json.dumps({"text": PROSE + " Third copy.", "source": "S" * 400}),
            "source name",
        ),
        "z-good.txt": (PROSE + " The last file of the folder.", ""),
    }
    for name, (content, _) in files.items():
        (folder / name).write_text(content, encoding="utf-8", errors="surrogatepass")
    return {name: reason for name, (_, reason) in files.items()}


@pytest.mark.slow
def test_a_folder_of_bad_inputs_is_reported_file_by_file_and_the_rest_stored(
    db_url: str, tmp_path: Path
) -> None:
    expected = _bad_inputs(tmp_path)
    result = run_cli("ingest", str(tmp_path), "--no-reconcile", db=db_url)
    assert result.returncode == 1, result.stderr  # some inputs refused, the rest stored
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    problem_lines = [line.strip() for line in result.stderr.splitlines()[1:]]
    for name, reason in expected.items():
        said = [line for line in problem_lines if name in line]
        if reason:
            assert len(said) == 1 and reason in said[0], (name, result.stderr)
        else:
            assert not said, (name, result.stderr)
    assert result.stdout.startswith("stored 6 reports") and "0 already stored" in result.stdout, result.stdout
    engine = open_store(db_url)
    with session_scope(engine) as session:
        reports = {Path(r.origin.split("#")[0]).name: r for r in session.scalars(select(Report))}
        assert set(reports) == {n for n, reason in expected.items() if not reason}
        for report in reports.values():
            for value in (report.text, report.title or "", report.source.name):
                assert "\x00" not in value
                assert not any("\ud800" <= ch <= "\udfff" for ch in value)
        assert "\ufffd" in reports["d-lone-surrogate.jsonl"].text
        assert reports["d-lone-surrogate.jsonl"].title == "Lone \ufffd half"
        assert reports["h-nul-title.jsonl"].title == "Nultitle"
        assert reports["g-nul-late.txt"].text.endswith(" after the sniff.")


@pytest.mark.slow
def test_each_bad_input_alone_is_one_line_and_exit_2(db_url: str, tmp_path: Path) -> None:
    expected = _bad_inputs(tmp_path)
    for name, reason in expected.items():
        if not reason:
            continue
        result = run_cli("ingest", str(tmp_path / name), "--no-reconcile", db=db_url)
        message = assert_one_line_error(result)
        assert result.returncode == 2 and reason in message and name in message, message
        assert len(message.splitlines()) == 1, message


@pytest.mark.slow
def test_extract_with_a_year_outside_1900_2100_is_refused(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("Two soldiers were killed yesterday near the bridge, the army said.", encoding="utf-8")
    for day in ("0001-01-01", "9999-12-31", "1899-12-31"):
        result = run_cli("extract", str(report), "--published", day, db="sqlite://")
        message = assert_one_line_error(result)
        assert result.returncode == 2 and "1900-2100" in message, message
    ok = run_cli("extract", str(report), "--published", "2024-11-30", db="sqlite://")
    assert ok.returncode == 0, ok.stderr
    assert '"2024-11-29"' in ok.stdout  # "yesterday" resolved


@pytest.mark.slow
def test_stdin_is_read_with_the_file_size_limit(db_url: str) -> None:
    import subprocess
    import sys

    env = {"WARMONITOR_DB_URL": db_url, "WARMONITOR_MAX_BYTES": "1000000"}
    with open("/dev/zero", "rb") as endless:  # never ends: only a limit on reading stops it
        result = subprocess.run(
            [sys.executable, "-m", "warmonitor", "ingest", "-"],
            stdin=endless,
            capture_output=True,
            text=True,
            timeout=120,
            env={**__import__("os").environ, **env},
            check=False,
        )
    assert result.returncode == 2, result.stderr
    assert "stdin is too large" in result.stderr and "Traceback" not in result.stderr
    piped = run_cli(
        "ingest", "-", db=db_url, stdin=PROSE.encode() * 20_000, env={"WARMONITOR_MAX_BYTES": "100000"}
    )
    assert piped.returncode == 2 and "too large" in piped.stderr


@pytest.mark.slow
def test_the_api_answers_4xx_to_each_bad_body(db_url: str) -> None:
    from warmonitor.api.tokens import create_token

    engine = open_store(db_url)
    with session_scope(engine) as session:
        token = create_token(session, "analyst")
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    bodies = {
        "deep": ("[" * 200_000 + "]" * 200_000, 422),
        # A lone surrogate becomes U+FFFD, as in a file (pydantic alone would say 422).
        "lone surrogate": ('{"text": "' + PROSE + ' \\ud800", "title": "half \\udfff"}', 201),
        "year 1": (json.dumps({"text": PROSE + " one", "published": "0001-01-01T00:00:00+05:00"}), 422),
        "year 9999": (json.dumps({"text": PROSE + " two", "published": "9999-12-31T23:00:00-05:00"}), 422),
        "NUL": (json.dumps({"text": PROSE + " \u0000 three", "title": "a\u0000b"}), 201),
        "long source": (json.dumps({"text": PROSE + " four", "source": "S" * 400}), 422),
    }
    with TestClient(create_app(Settings(db_url=db_url))) as client:
        for name, (body, expected) in bodies.items():
            answer = client.post(
                "/api/v1/reports", content=body.encode("utf-8", "surrogatepass"), headers=auth
            )
            if name == "deep":  # FastAPI's own body parsing says 400 or 422: a 4xx either way
                assert 400 <= answer.status_code < 500, (name, answer.text)
            else:
                assert answer.status_code == expected, (name, answer.status_code, answer.text)
        for path in (
            "/api/v1/export?format=acled-csv&country=%00",
            "/api/v1/events?country=a%00b",
            "/api/v1/reports/%00",
        ):
            assert client.get(path).status_code == 400, path
        stored = client.get("/api/v1/reports").json()["items"]
        texts = [client.get(f"/api/v1/reports/{item['id']}").json()["text"] for item in stored]
        assert any(t.endswith("three") for t in texts)
        assert all("\x00" not in t for t in texts)
        assert PROSE + " \ufffd" in texts
        assert "half \ufffd" in [item["title"] for item in stored]


@pytest.mark.slow
def test_the_same_record_posted_or_read_from_a_file_is_stored_alike(db_url: str, tmp_path: Path) -> None:
    """Text is made storable the same way at both doors: a lone surrogate
    becomes U+FFFD and a NUL is removed, in the text, the title and the
    source's name, whether the record is posted or read from a JSON-lines file."""
    from warmonitor.api.tokens import create_token

    def record(copy: str) -> str:
        return (
            '{"text": "' + PROSE + " \\ud83d alone, then \\u0000 a NUL " + copy + '.",'
            ' "title": "Half \\udfff pair \\u0000", "source": "Surrogate \\udc00 Daily",'
            ' "published": "2024-11-30T08:00:00+00:00"}'
        )

    (tmp_path / "r.jsonl").write_text(record("file"), encoding="utf-8")
    result = run_cli("ingest", str(tmp_path / "r.jsonl"), "--no-reconcile", db=db_url)
    assert result.returncode == 0, result.stderr
    engine = open_store(db_url)
    with session_scope(engine) as session:
        token = create_token(session, "analyst")
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    with TestClient(create_app(Settings(db_url=db_url))) as client:
        answer = client.post("/api/v1/reports", content=record("post").encode(), headers=headers)
        assert answer.status_code == 201, answer.text
    with session_scope(engine) as session:
        stored = {r.text.rsplit(" ", 1)[-1]: r for r in session.scalars(select(Report))}
        assert set(stored) == {"file.", "post."}
        for report in stored.values():
            assert report.text == PROSE + " \ufffd alone, then  a NUL " + report.text.rsplit(" ", 1)[-1]
            assert report.title == "Half \ufffd pair"
            assert report.source.name == "Surrogate \ufffd Daily"


# A headline pasted with its whole first paragraph, as a careless CMS export
# gives it; and names at exactly their column's width.
LONG_TITLE = "Night of shelling on the river towns: " + "houses hit, families in cellars, " * 45
EXACT_TITLE = "T" * 1000
EXACT_URL = "https://example.org/" + "u" * 1980


@pytest.mark.slow
def test_titles_and_urls_have_one_outcome_posted_or_read_from_a_file(db_url: str, tmp_path: Path) -> None:
    """One rule at both doors, counted after NULs and surrounding space go:
    a title over 1,000 characters is shortened (the report is kept: a title
    is a label, the text is the news), one of exactly 1,000 is kept whole;
    a URL over 2,000 characters is refused with the same reason."""
    from warmonitor.api.tokens import create_token

    records = {
        "long title": {"title": LONG_TITLE},
        "exact title": {"title": "  " + EXACT_TITLE[:500] + "\u0000\u0000" + EXACT_TITLE[500:] + " "},
        "exact url": {"url": EXACT_URL + "\u0000"},
        "long url": {"url": EXACT_URL + "u"},
    }

    def line(name: str, door: str) -> str:
        fields = {"text": f"{PROSE} Told for the {name} case by {door}.", **records[name]}
        return json.dumps(fields)

    for name in records:
        (tmp_path / f"{name}.jsonl").write_text(line(name, "file"), encoding="utf-8")
    engine = open_store(db_url)
    with session_scope(engine) as session:
        token = create_token(session, "analyst")
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    refused: dict[str, tuple[str, str]] = {}
    with TestClient(create_app(Settings(db_url=db_url))) as client:
        for name in records:
            result = run_cli("ingest", str(tmp_path / f"{name}.jsonl"), "--no-reconcile", db=db_url)
            answer = client.post("/api/v1/reports", content=line(name, "post").encode(), headers=headers)
            if result.returncode == 0:
                assert answer.status_code == 201, (name, answer.text)
            else:
                assert answer.status_code == 422, (name, answer.text)
                refused[name] = (assert_one_line_error(result), answer.json()["detail"])
    assert set(refused) == {"long url"}
    file_reason, posted_reason = refused["long url"]
    assert posted_reason == "url is 2001 characters, over the limit of 2000"
    assert posted_reason in file_reason
    by_case: dict[str, list[Report]] = {}
    with session_scope(engine) as session:
        for report in session.scalars(select(Report)):
            case = report.text.split(" for the ")[1].split(" case by ")[0]
            by_case.setdefault(case, []).append(report)
            session.expunge(report)
    assert sorted(by_case) == ["exact title", "exact url", "long title"]
    for case, reports in by_case.items():
        assert len(reports) == 2, case  # one from each door
        assert reports[0].title == reports[1].title and reports[0].url == reports[1].url, case
    shortened = by_case["long title"][0].title
    assert shortened is not None and 990 < len(shortened) <= 1000 and shortened.endswith("\u2026")
    assert LONG_TITLE.startswith(shortened[:-1])
    assert by_case["exact title"][0].title == EXACT_TITLE
    assert by_case["exact url"][0].url == EXACT_URL


@pytest.mark.slow
def test_a_report_that_cannot_be_extracted_is_marked_and_skipped(db_url: str, tmp_path: Path) -> None:
    """Failure 3: a report over the extraction limit, one published in year 1
    (stored before dates were refused at the edge) and one the extractor
    chokes on are marked failed with their reason; every later report is
    still extracted, and every reconcile after exits 0."""
    from warmonitor.ingest.draft import ReportDraft
    from warmonitor.ingest.pipeline import Defaults, store_draft

    big = tmp_path / "big.txt"
    big.write_text(PROSE + " " + "The council read the list of names again. " * 800, encoding="utf-8")
    assert (
        run_cli(
            "ingest",
            str(big),
            "--max-bytes",
            "100000",
            "--source",
            "Big Gazette",
            "--no-reconcile",
            db=db_url,
        ).returncode
        == 0
    )
    engine = open_store(db_url)
    with session_scope(engine) as session:  # as an older version stored it
        old = ReportDraft(text="Three people were killed yesterday in the village.", origin="old", fmt="text")
        store_draft(session, old, Defaults(source="Old Gazette", published=datetime(1, 1, 1, tzinfo=UTC)))
    later = tmp_path / "later.txt"
    later.write_text(PROSE, encoding="utf-8")
    assert (
        run_cli("ingest", str(later), "--source", "Later Gazette", "--no-reconcile", db=db_url).returncode
        == 0
    )
    for _ in range(2):
        result = run_cli("reconcile", db=db_url, env={"WARMONITOR_MAX_BYTES": "20000"})
        assert result.returncode == 0, result.stderr
        assert "2 report(s) could not be extracted" in result.stderr
    failed = run_cli("reports", "--failed", "--format", "json", db=db_url)
    assert failed.returncode == 0, failed.stderr
    reasons = {row["outlet"]: row["failure"] for row in json.loads(failed.stdout)}
    assert set(reasons) == {"Big Gazette", "Old Gazette"}
    assert "too long" in reasons["Big Gazette"] and "1900-2100" in reasons["Old Gazette"]
    with session_scope(engine) as session:
        done = {r.source.name: r.extracted_at for r in session.scalars(select(Report))}
    assert done["Later Gazette"] is not None and done["Big Gazette"] is None
    with TestClient(create_app(Settings(db_url=db_url))) as client:
        items = client.get("/api/v1/reports").json()["items"]
        assert {i["outlet"]: i["failure"] for i in items}["Big Gazette"] == reasons["Big Gazette"]
    retried = run_cli("reconcile", "--retry-failed", db=db_url)  # the default limit takes the big one
    assert retried.returncode == 0 and "1 report(s) could not be extracted" in retried.stderr


def test_an_extractor_error_marks_only_its_report(db_url: str) -> None:
    from datetime import date

    from warmonitor.extract.claims import Extraction, ReportInfo
    from warmonitor.ingest.draft import ReportDraft
    from warmonitor.ingest.pipeline import Defaults, ingest_drafts
    from warmonitor.reconcile.intake import extract_pending

    engine = open_store(db_url)
    drafts = [
        ReportDraft(text=f"Report number {n} about the town.", origin=f"r{n}", fmt="text") for n in range(5)
    ]
    list(ingest_drafts(engine, drafts, Defaults(source="Wire", published=datetime(2024, 5, 1, tzinfo=UTC))))

    def extractor(text: str, day: date, outlet: str | None) -> Extraction:
        if "number 2" in text:
            raise OverflowError("date value out of range")
        return Extraction(
            report=ReportInfo(published=day, outlet=outlet, text=text), claims=[], places=[], actors=[]
        )

    extract_pending(engine, extractor, batch_size=2)
    with session_scope(engine) as session:
        rows = {r.origin: (r.extracted_at is not None, r.failure) for r in session.scalars(select(Report))}
    assert rows["r2"] == (False, "extraction error: OverflowError: date value out of range")
    assert all(rows[f"r{n}"] == (True, None) for n in (0, 1, 3, 4))


def test_figures_beyond_64_bits_are_refused_and_none_is_clamped(db_url: str) -> None:
    """Failure 8, the store's part: a claim whose figure does not fit in 64 bits
    marks its report failed with the reason (nothing stored for it); a figure
    that fits is stored exactly, on every backend; tolls are reconciled into
    64-bit event columns. (Whether a huge figure is a toll at all is the
    extraction rule's call, issue 11.)"""
    from datetime import date

    from warmonitor.extract.claims import CasualtyClaim, Extraction, ReportInfo
    from warmonitor.ingest.draft import ReportDraft
    from warmonitor.ingest.pipeline import Defaults, ingest_drafts
    from warmonitor.reconcile.run import reconcile

    engine = open_store(db_url)
    figures = {"huge": 10**20, "big": 2**62 + 1, "plain": 12}
    drafts = [
        ReportDraft(text=f"At least {n} people were killed.", origin=k, fmt="text")
        for k, n in figures.items()
    ]
    list(ingest_drafts(engine, drafts, Defaults(source="Wire", published=datetime(2024, 5, 1, tzinfo=UTC))))

    def extractor(text: str, day: date, outlet: str | None) -> Extraction:
        value = int(text.split()[2])
        claim = CasualtyClaim(
            text=text, span=(0, len(text)), outcome="killed", party="total",
            low=value, best=value, high=value, qualifier="at least", scope="incident",
        )  # fmt: skip
        return Extraction(report=ReportInfo(published=day, text=text), claims=[claim], places=[], actors=[])

    summary = reconcile(engine, extractor=extractor)
    assert summary.reports_failed == 1
    with session_scope(engine) as session:
        reports = {r.origin: r for r in session.scalars(select(Report))}
        assert reports["huge"].extracted_at is None and "64 bits" in (reports["huge"].failure or "")
        stored = {c.report_id: c.fields["best"] for c in session.scalars(select(Claim))}
    assert stored == {reports["big"].id: 2**62 + 1, reports["plain"].id: 12}
    columns = {c["name"]: c["type"] for c in inspect(engine).get_columns("event")}
    for name in ("fatalities_low", "fatalities_best", "fatalities_high"):
        assert isinstance(columns[name], BigInteger) or db_url.startswith("sqlite"), columns[name]
