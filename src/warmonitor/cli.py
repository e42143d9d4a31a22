"""The `warmonitor` command: a thin layer that parses options, calls the
stages and turns every user-caused failure into one line and an exit code.

Exit codes: 0 done; 1 some inputs could not be used (the rest were stored);
2 nothing could be done (bad option, bad database URL, unusable input).
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from sqlalchemy.exc import SQLAlchemyError

from warmonitor.config import Settings
from warmonitor.errors import BadInput, UserError
from warmonitor.ingest.draft import InputProblem, ReportDraft, check_published, prepared
from warmonitor.ingest.pipeline import Defaults, Status, ingest_drafts
from warmonitor.ingest.sources import iter_input_files, read_path, read_stdin_bytes, read_url
from warmonitor.store.db import open_store, session_scope
from warmonitor.store.models import SourceKind

app = typer.Typer(
    help="warmonitor: sourced, geolocated, reconciled conflict records from many reports.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
token_app = typer.Typer(help="API tokens.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(token_app, name="token")
eval_app = typer.Typer(help="Score extraction against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: $WARMONITOR_DB_URL or sqlite:///./warmonitor.db)."),
]


def settings_with(db: str | None = None, **overrides: object) -> Settings:
    """The environment's settings with the options the user gave on top: each
    option changes its one field, every other setting stays as the environment
    made it."""
    return Settings.from_env().with_overrides(db_url=db or None, **overrides)


def _parse_published(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise UserError(f"--published must be a date or ISO datetime (YYYY-MM-DD), got {value!r}") from None
    # A bare date or a naive time is taken as UTC: reports are compared across zones.
    try:
        return check_published(parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC), "--published")
    except ValueError as exc:
        raise UserError(str(exc)) from None


def demo_corpus() -> Path:
    return Path(str(resources.files("warmonitor") / "data" / "demo" / "reports.jsonl"))


def _is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


def _expand(targets: list[str]) -> list[str]:
    """Every file under each folder (the bar counts files), URLs and '-' as they are."""
    expanded: list[str] = []
    for target in targets:
        if target == "-" or _is_url(target):
            expanded.append(target)
            continue
        path = Path(target)
        if not path.exists():
            raise BadInput(f"no such file or directory: {target}")
        expanded.extend(str(p) for p in (iter_input_files(path) if path.is_dir() else [path]))
    return expanded


def _read(target: str, settings: Settings) -> tuple[list[ReportDraft], list[InputProblem]]:
    if target == "-":
        # One byte over the limit is enough to refuse: never read more.
        return read_stdin_bytes(sys.stdin.buffer.read(settings.max_bytes + 1), settings.max_bytes)
    if _is_url(target):
        return read_url(target, settings.max_bytes, settings.feed_timeout)
    return read_path(Path(target), settings.max_bytes)


def _ingest_targets(
    targets: list[str], settings: Settings, defaults: Defaults
) -> tuple[dict[Status, int], list[InputProblem]]:
    """Read and store every target, with a progress bar on a terminal."""
    inputs = _expand(targets)
    engine = open_store(settings.db_url)
    counts = {status: 0 for status in Status}
    counts_undated = [0]  # stored with no date of their own
    problems: list[InputProblem] = []
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
    with progress:
        task = progress.add_task("ingesting", total=len(inputs))
        for target in inputs:
            try:
                drafts, bad = _read(target, settings)
            except BadInput as exc:
                drafts, bad = [], [InputProblem(target, exc.reason)]
            problems.extend(bad)
            for draft in drafts:  # one at a time, so each outcome keeps its draft's date
                for outcome in ingest_drafts(engine, [draft], defaults, problems):
                    counts[outcome.status] += 1
                    if outcome.status != Status.duplicate and (draft.published or defaults.published) is None:
                        counts_undated[0] += 1
            progress.advance(task)
    if counts_undated[0]:
        n = counts_undated[0]
        err.print(
            f"note: {n} report{'s' if n != 1 else ''} had no date we could read: stored as 'no date' "
            "and kept out of dated views (give --published to date them)",
            highlight=False,
        )
    return counts, problems


@app.command()
def ingest(
    targets: Annotated[
        list[str] | None,
        typer.Argument(help="Files, folders (recursive), feed URLs, or - for stdin.", show_default=False),
    ] = None,
    source: Annotated[str | None, typer.Option(help="Outlet name, where an input does not say.")] = None,
    source_kind: Annotated[
        SourceKind | None, typer.Option(help="Kind of a new outlet (known outlets have theirs).")
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(help="Publication date (YYYY-MM-DD or ISO), where an input does not say."),
    ] = None,
    url: Annotated[str | None, typer.Option(help="Original URL, where an input does not say.")] = None,
    demo: Annotated[bool, typer.Option("--demo", help="Also load the bundled demo corpus.")] = False,
    then_reconcile: Annotated[
        bool,
        typer.Option(
            "--reconcile/--no-reconcile",
            help="Extract claims and update events, tolls and control before returning "
            "(--no-reconcile for bulk archive loads; run `warmonitor reconcile` after).",
        ),
    ] = True,
    max_bytes: Annotated[
        int | None,
        typer.Option(help="Largest input accepted (default 20 MB, $WARMONITOR_MAX_BYTES)."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Read reports and store them: the same content twice is stored once, and
    a republished wire copy is linked to the report it copies."""
    settings = settings_with(db, max_bytes=max_bytes)
    all_targets = list(targets or []) + ([str(demo_corpus())] if demo else [])
    if not all_targets:
        raise UserError("nothing to ingest: give files, folders, feed URLs, - for stdin, or --demo")
    defaults = Defaults(
        source=source,
        source_kind=source_kind,
        published=_parse_published(published),
        url=url,
        near_dup_threshold=settings.near_dup_threshold,
    )
    counts, problems = _ingest_targets(all_targets, settings, defaults)
    stored = counts[Status.stored] + counts[Status.copy]
    summary = f"stored {stored} report{'s' if stored != 1 else ''}"
    if counts[Status.copy]:
        n = counts[Status.copy]
        summary += (
            " (1 linked to the report it republishes)"
            if n == 1
            else f" ({n} linked to the reports they republish)"
        )
    summary += f", {counts[Status.duplicate]} already stored"
    out.print(summary, highlight=False)
    if then_reconcile and stored:
        reconcile(full=False, retry_failed=False, db=settings.db_url)
    elif stored:
        out.print("not reconciled yet: run `warmonitor reconcile` to count these reports", highlight=False)
    if problems and len(problems) == 1 and stored + counts[Status.duplicate] == 0:
        problem = problems[0]
        err.print(f"error: {problem.origin}: {problem.reason}", highlight=False, markup=False)
        raise typer.Exit(2)
    if problems:
        err.print(
            f"{len(problems)} input{'s' if len(problems) != 1 else ''} could not be used:",
            highlight=False,
        )
        for problem in problems:
            err.print(f"  {problem.origin}: {problem.reason}", highlight=False, markup=False)
        raise typer.Exit(2 if stored + counts[Status.duplicate] == 0 else 1)


@app.command()
def extract(
    target: Annotated[str, typer.Argument(help="A report file (text, HTML, JSON), or - for stdin.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD): relative dates resolve against it.")
    ] = None,
    source: Annotated[str | None, typer.Option(help="The outlet that published it.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="Output format (json).")] = "json",
) -> None:
    """Print the claims, places and actors of one report as JSON (reads no database)."""
    from warmonitor.extract.pipeline import extract as run_extraction

    if fmt != "json":
        raise UserError(f"--format must be json, got {fmt!r}")
    settings = Settings.from_env()
    drafts, problems = _read(target, settings) if target == "-" or Path(target).exists() else ([], [])
    if not drafts:
        reason = problems[0].reason if problems else "no such file or directory"
        raise UserError(f"{target}: {reason}")
    try:
        draft = prepared(drafts[0])
    except BadInput as exc:
        raise UserError(f"{target}: {exc.reason}") from None
    when = _parse_published(published) or draft.published
    if when is None:
        raise UserError("--published is needed: the report carries no publication date")
    result = run_extraction(
        draft.text, when.date(), title=draft.title, outlet=source or draft.outlet, language=draft.language
    )
    sys.stdout.write(result.model_dump_json(indent=2) + "\n")


@app.command()
def reconcile(
    full: Annotated[
        bool,
        typer.Option(
            "--full",
            help="Rebuild every event, timeline and toll series from the stored claims "
            "(after changing the event window or radius, or the outlet or actor dictionaries).",
        ),
    ] = False,
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="Try again the reports extraction gave up on.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Extract claims from reports not yet read, then update the events and
    control timelines they touch (casualty estimates are computed when asked).
    A report that cannot be extracted is marked failed and skipped
    (`warmonitor reports --failed`)."""
    from warmonitor.reconcile.intake import clear_failures
    from warmonitor.reconcile.run import reconcile as run_reconcile

    engine = open_store(settings_with(db).db_url)
    if retry_failed:
        clear_failures(engine)
    summary = run_reconcile(engine, full=full)
    out.print(
        f"read {summary.reports_read} report(s): {summary.new_claims} new claim(s); "
        f"{summary.events_rebuilt} event(s) and {summary.places_rebuilt} control timeline(s) rebuilt",
        highlight=False,
    )
    if summary.reports_failed:
        err.print(
            f"{summary.reports_failed} report(s) could not be extracted and were skipped: "
            "see `warmonitor reports --failed`",
            highlight=False,
        )


@app.command()
def reports(
    failed: Annotated[
        bool, typer.Option("--failed", help="Only reports extraction gave up on, with the reason.")
    ] = False,
    limit: Annotated[int, typer.Option(help="How many, newest first.", min=1)] = 50,
    fmt: Annotated[str, typer.Option("--format", help="json or table.")] = "table",
    db: DbOption = None,
) -> None:
    """List stored reports (id, outlet, published, title), or with --failed the
    ones extraction skipped and why (`reconcile --retry-failed` tries them again)."""
    from warmonitor.store.queries import list_reports

    if fmt not in ("json", "table"):
        raise UserError(f"--format must be json or table, got {fmt!r}")
    engine = open_store(settings_with(db).db_url)
    with session_scope(engine) as session:
        rows = list_reports(session, limit=limit, failed=failed)
    if fmt == "json":
        sys.stdout.write("[" + ",".join(row.model_dump_json() for row in rows) + "]\n")
        return
    table = Table()
    for column in ("id", "outlet", "published", "title") + (("failure",) if failed else ()):
        table.add_column(column)
    for row in rows:
        cells = [str(row.id), escape(row.outlet), f"{row.published_at:%Y-%m-%d}" if row.published_at else ""]
        cells.append(escape(row.title or ""))
        if failed:
            cells.append(escape(row.failure or ""))
        table.add_row(*cells)
    out.print(table)


def _parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{option} must be a date (YYYY-MM-DD), got {value!r}") from None


def _warn_unreconciled(count: int) -> None:
    if count:
        err.print(
            f"note: {count} stored report{'s are' if count != 1 else ' is'} not reconciled yet "
            "and not counted here: run `warmonitor reconcile`",
            highlight=False,
        )


@app.command()
def casualties(
    area: Annotated[str | None, typer.Option(help="A place, admin1 region or country name.")] = None,
    since: Annotated[str | None, typer.Option(help="First day (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Last day (YYYY-MM-DD).")] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Count only reports published up to this day.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="json or table.")] = "table",
    db: DbOption = None,
) -> None:
    """Low / best / high deaths by party, with the claims behind each figure."""
    from warmonitor.reconcile import answers

    if fmt not in ("json", "table"):
        raise UserError(f"--format must be json or table, got {fmt!r}")
    engine = open_store(settings_with(db).db_url)
    with session_scope(engine) as session:
        _warn_unreconciled(answers.unreconciled_reports(session))
        result = answers.casualties(
            session,
            area=area,
            since=_parse_day(since, "--since"),
            until=_parse_day(until, "--until"),
            as_of=_parse_day(as_of, "--as-of"),
        )
    if fmt == "json":
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
        return
    table = Table(title=f"Killed, as of {result.as_of}" + (f", {area}" if area else ""))
    for column in ("party", "low", "best", "high", "claims", "partisan claims", "voices"):
        table.add_column(column, justify="right" if column in ("low", "best", "high") else "left")
    for row in [result.total, *result.parties]:
        table.add_row(
            escape(row.party),
            *(str(v) if v is not None else "-" for v in (row.low, row.best, row.high)),
            ", ".join(map(str, row.claims)),
            ", ".join(map(str, row.partisan_claims)),
            escape(
                "; ".join(
                    f"{v.voice} {v.best}" + ("*" if v.voice == row.headline_voice else "") for v in row.voices
                )
            ),
        )
    out.print(table)


@app.command()
def control(
    on: Annotated[str, typer.Option("--date", help="The day (YYYY-MM-DD).")],
    place: Annotated[int | None, typer.Option(help="A place id: print its whole timeline instead.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json or table.")] = "table",
    db: DbOption = None,
) -> None:
    """Who holds each place on a day (contested places list both sides' claims)."""
    from warmonitor.reconcile import answers

    if fmt not in ("json", "table"):
        raise UserError(f"--format must be json or table, got {fmt!r}")
    day = _parse_day(on, "--date")
    assert day is not None
    engine = open_store(settings_with(db).db_url)
    with session_scope(engine) as session:
        _warn_unreconciled(answers.unreconciled_reports(session))
        if place is not None:
            timeline = answers.control_timeline(session, place)
            states, title = timeline.periods, f"Control of {timeline.place.name}"
            payload = timeline.model_dump_json(indent=2)
        else:
            result = answers.control_on(session, day)
            states, title = result.places, f"Control on {day}"
            payload = result.model_dump_json(indent=2)
    if fmt == "json":
        sys.stdout.write(payload + "\n")
        return
    table = Table(title=title)
    for column in ("place", "status", "actor", "since", "until", "confidence", "evidence", "disputed by"):
        table.add_column(column)
    for state in states:
        table.add_row(
            escape(state.place.name),
            state.status,
            escape(state.actor or "-"),
            str(state.since),
            str(state.until or ""),
            f"{state.confidence:.2f}",
            ", ".join(map(str, state.evidence)),
            ", ".join(map(str, state.disputed_by)),
        )
    out.print(table)


@app.command()
def watch(
    targets: Annotated[list[str], typer.Argument(help="Folders and feed URLs to poll.", show_default=False)],
    interval: Annotated[float, typer.Option(help="Seconds between polls.", min=1)] = 60.0,
    rounds: Annotated[
        int | None, typer.Option(help="Stop after this many polls (default: never).", min=1)
    ] = None,
    source: Annotated[str | None, typer.Option(help="Outlet name, where an input does not say.")] = None,
    db: DbOption = None,
) -> None:
    """Poll folders and feeds: store new reports and reconcile them, until interrupted.
    Reports already stored are recognised by content and cost nothing."""
    import time

    from warmonitor.reconcile.run import reconcile as run_reconcile

    settings = settings_with(db)
    defaults = Defaults(source=source, near_dup_threshold=settings.near_dup_threshold)
    engine = open_store(settings.db_url)
    done = 0
    while True:
        counts, problems = _ingest_targets(targets, settings, defaults)
        for problem in problems:
            err.print(f"  {problem.origin}: {problem.reason}", highlight=False, markup=False)
        summary = run_reconcile(engine)
        stored = counts[Status.stored] + counts[Status.copy]
        out.print(
            f"{datetime.now(UTC):%Y-%m-%d %H:%M:%S}Z: {stored} new report(s), "
            f"{summary.new_claims} new claim(s), {summary.events_rebuilt} event(s) rebuilt",
            highlight=False,
        )
        done += 1
        if rounds is not None and done >= rounds:
            return
        time.sleep(interval)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="acled-csv, ucdp-csv, geojson or parquet.")],
    output: Annotated[
        str | None, typer.Option("-o", "--output", help="File to write (default: stdout).")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Events on or after this day (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before this day (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, typer.Option(help="Only events in this country.")] = None,
    event_type: Annotated[str | None, typer.Option("--event-type", help="An ACLED event type.")] = None,
    on: Annotated[
        str | None, typer.Option("--date", help="geojson: also who controls each place on this day.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Export the reconciled events as ACLED CSV, UCDP GED CSV, GeoJSON or Parquet."""
    from warmonitor.export import EventFilter, get_format
    from warmonitor.export import export as run_export

    chosen = get_format(fmt)
    filters = EventFilter(_parse_day(since, "--since"), _parse_day(until, "--until"), country, event_type)
    day = _parse_day(on, "--date")
    filters.check()
    if output is None and chosen.binary and sys.stdout.isatty():
        raise UserError(f"{fmt} is binary: give -o FILE or redirect stdout")
    if output is not None:
        _check_writable(Path(output))  # before any work: a bad path fails at once
    engine = open_store(settings_with(db).db_url)
    with session_scope(engine) as session:
        data = run_export(session, fmt, filters, day)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        Path(output).write_bytes(data)
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror or exc}") from None
    err.print(f"wrote {len(data)} bytes of {fmt} to {output}", highlight=False, markup=False)


def _check_writable(path: Path) -> None:
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise UserError(f"cannot write {path}: it is a folder")
    if not parent.is_dir():
        raise UserError(f"cannot write {path}: no folder {parent}")
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise UserError(f"cannot write {path}: permission denied")


benchmark_app = typer.Typer(help="Measure speed.", no_args_is_help=True)
app.add_typer(benchmark_app, name="benchmark")


@benchmark_app.command("extract")
def benchmark_extract(
    reports: Annotated[int, typer.Option(help="How many reports.")] = 200,
    words: Annotated[int, typer.Option(help="Words per report.")] = 600,
    processes: Annotated[str, typer.Option(help="Worker processes, or auto (all cores).")] = "auto",
    repeats: Annotated[int, typer.Option(help="Timed rounds; each figure is their median.")] = 3,
    notes: Annotated[
        Path | None,
        typer.Option(help="A CSV with a notes column (ACLED's, say) joined into reports: real text."),
    ] = None,
    case: Annotated[
        str | None,
        typer.Option(
            help="Instead: one input (prose, numbers, one-line, html-table, punctuation), KB/s and linearity."
        ),
    ] = None,
    size: Annotated[int, typer.Option(help="--case: characters of the input.")] = 1_000_000,
) -> None:
    """Reports/s of full extraction beside spaCy's bare nlp.pipe, and peak memory (JSON);
    with --case, the speed on one pathological input and at a quarter of its size."""
    import json

    from warmonitor.evaluation.benchmark import run, run_case

    if case is not None:
        sys.stdout.write(json.dumps(run_case(case, size), indent=2) + "\n")
        return

    count = (os.cpu_count() or 1) if processes == "auto" else int(processes) if processes.isdigit() else 0
    if reports < 2 or words < 10 or count < 1 or repeats < 1:
        raise UserError("--reports >= 2, --words >= 10, --repeats >= 1, --processes auto or a number >= 1")
    figures = run(reports, words, count, repeats=repeats, notes=notes)
    sys.stdout.write(json.dumps(figures, indent=2) + "\n")


@benchmark_app.command("fuzz")
def benchmark_fuzz(
    inputs: Annotated[int, typer.Option(help="How many mutated inputs.", min=1)] = 10_000,
    seed: Annotated[int, typer.Option(help="Seed: input i of a seed is always the same.")] = 1,
    processes: Annotated[str, typer.Option(help="Worker processes, or auto (all cores).")] = "auto",
    crash_dir: Annotated[Path, typer.Option(help="Where crashing inputs are written.")] = Path(
        "fuzz-crashes"
    ),
    max_seconds: Annotated[
        float | None, typer.Option(help="Stop after this long and report the inputs done.", min=1)
    ] = None,
) -> None:
    """Mutated inputs through every ingest reader and extraction; crashes with their inputs (JSON).
    Running totals go to stderr as it goes. Exit 1 when anything crashed."""
    import json

    from warmonitor.evaluation.fuzz import run as run_fuzz

    count = (os.cpu_count() or 1) if processes == "auto" else int(processes) if processes.isdigit() else 0
    if count < 1:
        raise UserError("--processes must be auto or a number >= 1")

    def progress(totals: dict[str, object]) -> None:
        sys.stderr.write(json.dumps(totals) + "\n")

    result = run_fuzz(inputs, seed, count, crash_dir, progress=progress, max_seconds=max_seconds)
    sys.stdout.write(json.dumps(result, indent=2) + "\n")
    if result["crashes"]:
        raise typer.Exit(1)


@app.command()
def code(
    source_csv: Annotated[
        Path, typer.Argument(help="CSV with event_id_cnty (or id), notes (or EventSnippet), country.")
    ],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the coded CSV.")],
) -> None:
    """Code free-text event descriptions ACLED-style: one coded row per input row."""
    from warmonitor.evaluation.evaluate import read_csv
    from warmonitor.extract.acled_coding import CODED_COLUMNS, as_row, code_notes

    rows = read_csv(source_csv, [("event_id_cnty", "id"), ("notes", "EventSnippet")])
    notes = [
        (
            r.get("event_id_cnty") or r.get("id") or "",
            r.get("notes") or r.get("EventSnippet") or "",
            r.get("country"),
        )
        for r in rows
    ]
    # Written beside the output and moved over it at the end: a failure on
    # the way (an unreadable model, a full disk) leaves an earlier file whole.
    part: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", newline="", dir=output.parent, prefix=f".{output.name}.", delete=False
        ) as fh:
            part = Path(fh.name)
            writer = csv.DictWriter(fh, fieldnames=CODED_COLUMNS)
            writer.writeheader()
            for event in code_notes(notes):
                writer.writerow(as_row(event))
        os.replace(part, output)
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror}") from None
    finally:
        if part is not None:
            part.unlink(missing_ok=True)
    out.print(f"coded {len(notes)} event(s) into {output}", highlight=False)


@eval_app.command("acled")
def eval_acled_command(
    gold: Annotated[Path, typer.Argument(help="An ACLED CSV export (31 columns).")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write the Markdown report here.")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="First event day scored (default 2022-05-01: the held-out months).")
    ] = "2022-05-01",
    until: Annotated[str | None, typer.Option(help="Last event day scored.")] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N rows.", min=1)] = None,
) -> None:
    """Score coding against ACLED's coders: types, fatalities, location, admin1, inter pair."""
    from warmonitor.evaluation.evaluate import eval_acled

    _day_or_none(since, "--since")
    _day_or_none(until, "--until")
    _emit(eval_acled(gold, since=since or None, until=until, limit=limit).markdown(), output)


@eval_app.command("news")
def eval_news_command(
    gold: Annotated[
        list[Path], typer.Argument(help="Gold TSVs: id, text, sub_event_type (e.g. gold/news/*.tsv).")
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write the Markdown report here.")
    ] = None,
    real_dev: Annotated[
        Path, typer.Option(help="Folder of the real-dev files that rows without text point into.")
    ] = Path("../shared/data/real-dev"),
    part: Annotated[str, typer.Option(help="held-out (default), learn or all.")] = "held-out",
) -> None:
    """Score sub-event types of news prose (weighted F1, coverage, per class)."""
    from warmonitor.evaluation.news import eval_news

    _emit(eval_news(gold, real_dev=real_dev, part=part).markdown(), output)


@eval_app.command("events")
def eval_events_command(
    gold: Annotated[
        Path, typer.Argument(help="Hand-marked sentences: id, source, doc, start, end, sha1_10, label.")
    ] = Path("gold/events/real_dev_sentences.tsv"),
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write the Markdown report here.")
    ] = None,
    real_dev: Annotated[Path, typer.Option(help="Folder of the real-dev files the rows point into.")] = Path(
        "../shared/data/real-dev"
    ),
    part: Annotated[str, typer.Option(help="held-out (default), learn or all.")] = "held-out",
) -> None:
    """Event claims on real sentences that tell an event or none (false events)."""
    from warmonitor.evaluation.false_events import eval_events

    _emit(eval_events(gold, real_dev=real_dev, part=part).markdown(), output)


@eval_app.command("ucdp")
def eval_ucdp_command(
    gold: Annotated[Path, typer.Argument(help="A UCDP GED CSV.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write the Markdown report here.")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N rows.", min=1)] = None,
) -> None:
    """Score deaths per side, civilians and best against UCDP GED."""
    from warmonitor.evaluation.evaluate import eval_ucdp

    _emit(eval_ucdp(gold, limit=limit).markdown(), output)


@eval_app.command("ucdp-places")
def eval_ucdp_places_command(
    gold: Annotated[Path, typer.Argument(help="A UCDP GED CSV.")] = Path(
        "../shared/data/ucdp-dev/ged_v23_1_sample.csv"
    ),
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write the Markdown report here.")
    ] = None,
    half: Annotated[
        str, typer.Option(help="dev (SHA-1 of the GED id even) or heldout (odd; totals only).")
    ] = "dev",
) -> None:
    """Score place resolution on GED's where_description: within 25 km, the gazetteer's ceiling, admin1."""
    from warmonitor.evaluation.ucdp_places import eval_ucdp_places

    if half not in ("dev", "heldout"):
        raise UserError(f"--half must be dev or heldout, got {half!r}")
    _emit(eval_ucdp_places(gold, half).markdown(), output)  # type: ignore[arg-type]


@eval_app.command("case")
def eval_case_command(
    case: Annotated[
        Path, typer.Argument(help="A case file (JSON): a report and the facts expected from it.")
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write the Markdown report here.")
    ] = None,
) -> None:
    """Score extraction of one report against the facts an analyst expects."""
    from warmonitor.evaluation.evaluate import eval_case

    _emit(eval_case(case).markdown(), output)


@eval_app.command("claims")
def eval_claims_command(
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write the Markdown report here.")
    ] = None,
    half: Annotated[
        str,
        typer.Option(
            help="dev, heldout or all (both, side by side); fresh: the dev-only claimant gold "
            "on FA-KES articles outside split.csv (gold/fakes/claims_fresh.jsonl), FA-KES only; "
            "blind, blind2: the dev half of a blind claimant file (gold/fakes/claims_blind.jsonl, "
            "claims_blind2.jsonl), FA-KES only; wars: the dev half of the other wars' blind claimant "
            "file (gold/wars/, SATP and RAMS texts). all also prints each blind file's held-out half "
            "as totals."
        ),
    ] = "all",
    isaf: Annotated[
        Path, typer.Option(help="ISAF press releases with their answers (chat-format JSON lines).")
    ] = Path("../shared/data/real-dev/isaf_press_releases_labelled_test.jsonl"),
    fakes: Annotated[Path, typer.Option(help="The FA-KES CSV (articles).")] = Path(
        "../shared/data/real-dev/fakes_syria_2011_2018.csv"
    ),
    gold: Annotated[
        Path, typer.Option(help="The folder of FA-KES gold: split.csv, dev.jsonl, heldout.jsonl.")
    ] = Path("gold/fakes"),
    wars: Annotated[
        Path, typer.Option(help="The folder of the other wars' blind claimant gold: split.csv, claims.jsonl.")
    ] = Path("gold/wars"),
    only: Annotated[str, typer.Option(help="isaf, fakes or both.")] = "both",
) -> None:
    """Score casualty and control claims on real text: ISAF releases and hand-made FA-KES gold."""
    from warmonitor.evaluation.claims import eval_claims

    if half not in ("dev", "heldout", "all", "fresh", "blind", "blind2", "wars"):
        raise UserError(f"--half must be dev, heldout, all, fresh, blind, blind2 or wars, got {half!r}")
    if only not in ("isaf", "fakes", "both"):
        raise UserError(f"--only must be isaf, fakes or both, got {only!r}")
    report = eval_claims(
        isaf if only != "fakes" else None,
        fakes if only != "isaf" else None,
        gold,
        half,  # type: ignore[arg-type]
        wars,
    )
    _emit(report.markdown(), output)


def _day_or_none(value: str | None, option: str) -> None:
    if value:
        _parse_day(value, option)


def _emit(markdown: str, output: Path | None) -> None:
    if output is not None:
        try:
            output.write_text(markdown, encoding="utf-8")
        except OSError as exc:
            raise UserError(f"cannot write {output}: {exc.strerror}") from None
    sys.stdout.write(markdown)


# The options every synthetic-store benchmark takes (api, reconcile, visible).
BenchDbOption = Annotated[
    str, typer.Option("--db", help="An EMPTY database URL to fill (never your real store).")
]
ReuseOption = Annotated[
    bool, typer.Option("--reuse", help="Use a store an earlier benchmark filled with the same --events.")
]


def _events_option(example: str) -> Any:
    return typer.Option(help=f"How many synthetic events, e.g. {example}.")


def _positive(**values: float) -> None:
    """A one-line refusal naming every option that is not positive."""
    bad = [f"--{name}" for name, value in values.items() if value <= 0]
    if bad:
        raise UserError(f"{', '.join(bad)} must be positive")


def _print_json(figures: object) -> None:
    import json

    sys.stdout.write(json.dumps(figures, indent=2) + "\n")


@benchmark_app.command("api")
def benchmark_api(
    db: BenchDbOption,
    events: Annotated[int, _events_option("100000 or 1000000")] = 100_000,
    requests: Annotated[int, typer.Option(help="Timed requests per query.")] = 500,
    clients: Annotated[str, typer.Option(help="Concurrent clients, one run each: e.g. 1,2,4.")] = "1,2,4",
    seconds: Annotated[float, typer.Option(help="Longest time per query and client count.")] = 60,
    reuse: ReuseOption = False,
) -> None:
    """p50/p95/p99 latency and requests/s of the API over synthetic events, served on 127.0.0.1 (JSON)."""
    from warmonitor.evaluation.api_bench import run

    _positive(events=events, requests=requests, seconds=seconds)
    counts = [int(c) for c in clients.split(",") if c.strip().isdigit() and int(c) > 0]
    if not counts or len(counts) != len(clients.split(",")):
        raise UserError(f"--clients must be positive numbers like 1,2,4, got {clients!r}")
    _print_json(run(db, events, requests, counts, seconds, reuse=reuse))


@benchmark_app.command("reconcile")
def benchmark_reconcile(
    db: BenchDbOption,
    events: Annotated[int, _events_option("1000 or 1000000")] = 1000,
    reports: Annotated[int, typer.Option(help="New reports, reconciled one at a time.")] = 30,
    reuse: ReuseOption = False,
) -> None:
    """What reconciling one new report costs in a synthetic store of --events events (JSON)."""
    from warmonitor.evaluation.reconcile_bench import cost

    _positive(events=events, reports=reports)
    _print_json(cost(db, events, reports, reuse=reuse))


@benchmark_app.command("visible")
def benchmark_visible(
    db: BenchDbOption,
    events: Annotated[int, _events_option("100000")] = 100_000,
    reports: Annotated[int, typer.Option(help="Reports posted, one at a time.")] = 30,
    reuse: ReuseOption = False,
) -> None:
    """Report in -> visible: POST /api/v1/reports, poll /casualties and /control until it shows (JSON)."""
    from warmonitor.evaluation.reconcile_bench import visible

    _positive(events=events, reports=reports)
    _print_json(visible(db, events, reports, reuse=reuse))


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Create the database or apply pending migrations."""
    settings = settings_with(db)
    open_store(settings.db_url)
    out.print(f"database is up to date: {_redacted(settings.db_url)}", highlight=False)


@token_app.command("create")
def token_create(
    role: Annotated[str, typer.Option(help="viewer, analyst or admin (writes need analyst or admin).")],
    label: Annotated[str | None, typer.Option(help="A note on who holds it.")] = None,
    db: DbOption = None,
) -> None:
    """Create an API token; it is printed once and stored only as a hash."""
    from warmonitor.api.tokens import ROLES, create_token

    if role not in ROLES:
        raise UserError(f"--role must be one of {', '.join(ROLES)}, got {role!r}")
    engine = open_store(settings_with(db).db_url)
    with session_scope(engine) as session:
        token = create_token(session, role, label)
    out.print(token, highlight=False)


@token_app.command("revoke")
def token_revoke(
    token: Annotated[str, typer.Argument(help="The token, or its id as `warmonitor token list` shows it.")],
    db: DbOption = None,
) -> None:
    """Revoke an API token: from now on it gets 401, on every server using this database."""
    from warmonitor.api.tokens import revoke_token

    engine = open_store(settings_with(db).db_url)
    with session_scope(engine) as session:
        found = revoke_token(session, token)
        if found is None:
            raise UserError("no such token (give the token itself or its id from `warmonitor token list`)")
        label = f" ({found.label})" if found.label else ""
        out.print(f"revoked token {found.id}, role {found.role}{label}", highlight=False, markup=False)


@token_app.command("list")
def token_list(db: DbOption = None) -> None:
    """Every token's id, role, label and dates (never the token: only its hash is kept)."""
    from warmonitor.api.tokens import list_tokens

    engine = open_store(settings_with(db).db_url)
    with session_scope(engine) as session:
        rows = list_tokens(session)
        table = Table()
        for column in ("id", "role", "label", "created", "revoked"):
            table.add_column(column)
        for row in rows:
            table.add_row(
                str(row.id),
                row.role,
                escape(row.label or ""),
                f"{row.created_at:%Y-%m-%d %H:%M}",
                f"{row.revoked_at:%Y-%m-%d %H:%M}" if row.revoked_at else "",
            )
    out.print(table)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    read_requires_token: Annotated[
        bool | None,
        typer.Option(
            "--read-requires-token/--public-reads",
            help="Whether every GET under /api/v1 needs a token (default: $WARMONITOR_READ_REQUIRES_TOKEN).",
            show_default=False,
        ),
    ] = None,
    max_bytes: Annotated[
        int | None,
        typer.Option(help="Largest report accepted by POST (default 20 MB, $WARMONITOR_MAX_BYTES)."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Serve the API (/api/v1) and the web pages."""
    import uvicorn

    from warmonitor.api.app import create_app

    settings = settings_with(db, read_requires_token=read_requires_token, max_bytes=max_bytes)
    application = create_app(settings)
    reads = "reads need a token" if settings.read_requires_token else "reads are public"
    err.print(f"serving {_redacted(settings.db_url)} on http://{host}:{port} ({reads})", highlight=False)
    uvicorn.run(
        application,
        host=host,
        port=port,
        log_level="info",
        h11_max_incomplete_event_size=_header_buffer_bytes(settings.max_url_bytes, settings.max_header_bytes),
    )


def _header_buffer_bytes(max_url_bytes: int, max_header_bytes: int) -> int:
    """How much of an unfinished request head the server buffers, in bytes.

    h11's own cap (16 KiB) answers a bare 400 and closes the socket while the
    client is still sending, which the client sees as a connection reset
    rather than our 414 or 431. Buffering well past our limits lets the
    request-limits middleware give the reason; beyond 1 MiB over them the
    connection is dropped, as an attack deserves.
    """
    return max_url_bytes + max_header_bytes + 1024 * 1024


def _redacted(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


def _one_line(text: str) -> str:
    lines = [line.strip() for line in str(text).strip().splitlines() if line.strip()]
    return lines[0] if lines else "unknown error"


def main() -> None:
    """Entry point: runs the CLI and guarantees one-line errors, never tracebacks."""
    try:
        app()
    except UserError as exc:
        err.print(f"error: {_one_line(exc.reason)}", highlight=False, markup=False)
        sys.exit(2)
    except SQLAlchemyError as exc:
        err.print(
            f"error: database: {_one_line(str(getattr(exc, 'orig', None) or exc))}",
            highlight=False,
            markup=False,
        )
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("interrupted: every report stored so far is kept", highlight=False)
        sys.exit(130)
    except Exception as exc:  # a bug: still one line for the user, the trace on request
        if os.environ.get("WARMONITOR_DEBUG"):
            raise
        err.print(
            f"internal error: {type(exc).__name__}: {_one_line(str(exc))} "
            "(set WARMONITOR_DEBUG=1 for the traceback, and please report it)",
            highlight=False,
            markup=False,
        )
        sys.exit(70)
