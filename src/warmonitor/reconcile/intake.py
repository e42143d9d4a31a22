"""From stored reports to stored claims: run extraction on every report not
yet read, and keep what it found with its provenance.

Each claim row keeps its span into the report, its claimant and stance, and
its typed fields exactly as `warmonitor extract` prints them; a part of a
toll points at its total by claim id. A republished wire copy keeps its own
claims (they are what its readers saw), but the copy's own voice is the
original outlet's: "AFP correspondents saw…" in The Levant Daily's copy is
still AFP, so independence counts it once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from warmonitor import __version__
from warmonitor.config import Settings
from warmonitor.errors import UserError
from warmonitor.extract.claims import Extraction, PlaceRef
from warmonitor.ingest.outlets import lookup
from warmonitor.reconcile.views import claim_day
from warmonitor.store.db import session_scope
from warmonitor.store.models import Actor, Claim, Place, Report, Source

EXTRACTOR_VERSION = f"warmonitor-{__version__}"

Extractor = Callable[[str, date, str | None], Extraction]


def default_extractor(text: str, published: date, outlet: str | None) -> Extraction:
    from warmonitor.extract.pipeline import extract

    return extract(text, published, outlet=outlet)


def pending_reports(session: Session, limit: int | None = None) -> list[int]:
    """Reports neither extracted nor given up on, oldest first."""
    query = (
        select(Report.id).where(Report.extracted_at.is_(None), Report.failed_at.is_(None)).order_by(Report.id)
    )
    return list(session.scalars(query.limit(limit) if limit else query))


BATCH_SIZE = 16  # reports extracted together (nlp.pipe) before each is stored
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100  # relative dates resolve against the publication day
MAX_FAILURE_CHARS = 500  # the report.failure column


class Unextractable(Exception):
    """A report extraction gives up on, with the one-line reason stored for it."""


def _unextractable(text: str, day: date, max_chars: int) -> str | None:
    """Why a report cannot be extracted at all, before trying; None if it can."""
    if not text.strip():
        return "empty text"
    if len(text) > max_chars:
        return (
            f"text too long: {len(text):,} characters, over the limit of {max_chars:,} (WARMONITOR_MAX_BYTES)"
        )
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        return f"publication date {day.isoformat()} is outside {EARLIEST_YEAR}-{LATEST_YEAR}"
    return None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, UserError | Unextractable):
        text = str(exc)
    else:  # an extractor bug: say which, so it can be reported; the queue goes on
        text = f"extraction error: {type(exc).__name__}: {exc}"
    line = next((part.strip() for part in text.splitlines() if part.strip()), type(exc).__name__)
    return line[:MAX_FAILURE_CHARS]


def mark_failed(engine: Engine, report_id: int, reason: str) -> None:
    """Record that extraction gave up on a report, and why; it is skipped from now on."""
    with session_scope(engine) as session:
        session.execute(
            update(Report)
            .where(Report.id == report_id, Report.extracted_at.is_(None))
            .values(failed_at=datetime.now(UTC), failure=reason[:MAX_FAILURE_CHARS])
        )


def clear_failures(engine: Engine) -> int:
    """Put every report extraction gave up on back in the queue; how many."""
    with session_scope(engine) as session:
        result = session.execute(
            update(Report).where(Report.failed_at.is_not(None)).values(failed_at=None, failure=None)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]


def count_failed(engine: Engine) -> int:
    with session_scope(engine) as session:
        return int(session.scalar(select(func.count()).where(Report.failed_at.is_not(None))) or 0)


def extract_pending(
    engine: Engine,
    extractor: Extractor = default_extractor,
    batch_size: int = BATCH_SIZE,
    max_chars: int | None = None,
) -> list[int]:
    """Extract and store the claims of every report not yet read; one
    transaction per report, so an interruption keeps what was finished.
    Reports are read `batch_size` at a time, so the default extractor can run
    the statistical model over a batch (faster than one report at a time).

    A report that cannot be extracted (over `max_chars`, default the ingest
    size limit WARMONITOR_MAX_BYTES; a publication date outside 1900-2100;
    any error of the extractor on it) is marked failed with its reason
    (`warmonitor reports --failed`) and skipped, and the rest go on.
    Returns the ids of the new claims."""
    limit = max_chars or Settings.from_env().max_bytes
    with session_scope(engine) as session:
        report_ids = pending_reports(session)
    new_claims: list[int] = []
    for first in range(0, len(report_ids), batch_size):
        with session_scope(engine) as session:
            batch = [
                (report.id, report.text, _published(report), report.source.name)
                for report in (session.get(Report, i) for i in report_ids[first : first + batch_size])
                if report is not None and report.extracted_at is None and report.failed_at is None
            ]
        ready = []
        for item in batch:
            problem = _unextractable(item[1], item[2], limit)
            if problem is None:
                ready.append(item)
            else:
                mark_failed(engine, item[0], problem)
        for (report_id, *_), extraction in zip(ready, _extract_each(extractor, ready), strict=True):
            if isinstance(extraction, BaseException):
                mark_failed(engine, report_id, _reason(extraction))
                continue
            try:
                new_claims.extend(_store(engine, report_id, extraction))
            except (Unextractable, SQLAlchemyError, ValueError) as exc:
                # A figure that does not fit, text the database refuses: this
                # report's claims are rolled back, the report marked, the queue goes on.
                mark_failed(engine, report_id, _reason(exc))
    return new_claims


def _store(engine: Engine, report_id: int, extraction: Extraction) -> list[int]:
    """Store one report's claims, claiming the report first: a report another
    process extracted meanwhile is left alone (no claim is stored twice)."""
    with session_scope(engine) as session:
        claimed = session.execute(
            update(Report)
            .where(Report.id == report_id, Report.extracted_at.is_(None), Report.failed_at.is_(None))
            .values(extracted_at=datetime.now(UTC), extractor_version=EXTRACTOR_VERSION)
        )
        if claimed.rowcount != 1:  # type: ignore[attr-defined]
            return []
        report = session.get(Report, report_id)
        assert report is not None

        def found(_text: str, _day: date, _outlet: str | None, x: Extraction = extraction) -> Extraction:
            return x

        return store_claims(session, report, found)


Outcome = Extraction | BaseException


def _extract_each(extractor: Extractor, items: list[tuple[int, str, date, str]]) -> Iterator[Outcome]:
    """Each item's extraction, or the exception it raised, in order: a batch
    through nlp.pipe, and one report at a time once a batch has failed."""
    done: list[Outcome] = []
    try:
        for extraction in _extract_batch(
            extractor, [(text, day, outlet) for _id, text, day, outlet in items]
        ):
            done.append(extraction)
    except Exception:
        pass
    yield from done
    for _id, text, day, outlet in items[len(done) :]:
        try:
            yield next(_extract_batch(extractor, [(text, day, outlet)]))
        except Exception as exc:
            yield exc


def _extract_batch(extractor: Extractor, items: list[tuple[str, date, str | None]]) -> Iterator[Extraction]:
    """Each item's extraction, in order, as it comes: a batch through nlp.pipe
    for the default extractor, one call per report for any other."""
    if extractor is default_extractor:
        from warmonitor.extract.pipeline import ReportText, extract_many

        return extract_many(ReportText(text, day, outlet=outlet) for text, day, outlet in items)
    return (extractor(text, day, outlet) for text, day, outlet in items)


def _published(report: Report) -> date:
    # The local day: relative days in the text ("yesterday") are the
    # reporter's, not UTC's.
    return report.local_day


def store_claims(session: Session, report: Report, extractor: Extractor) -> list[int]:
    outlet = report.source.name
    extraction = extractor(report.text, _published(report), outlet)
    own_voice = _original_outlet(session, report)
    focus = _focus_place(extraction)
    rows: list[Claim] = []
    for claim in extraction.claims:
        fields: dict[str, Any] = claim.model_dump(
            mode="json", exclude={"text", "span", "claimant", "stance", "kind"}
        )
        check_figures(fields, claim.text)
        if report.published_at is None:
            # No date given: nothing it says is dated by the day it was read in.
            fields.pop("date", None)
            fields.pop("date_basis", None)
            fields["undated"] = True
        claimant = claim.claimant
        if claimant == outlet and own_voice is not None:
            fields["via"] = outlet
            claimant = own_voice
        place = getattr(claim, "place", None)
        if place is None and focus is not None:
            # A toll or event with no place in its sentence belongs to the
            # place the report is about; say so, so the guess stays visible.
            fields["place_inferred"] = True
            place = focus
        known = lookup(claimant) if claimant else None
        day = claim_day(claim.kind, fields, report.local_day) if report.published_at else None
        rows.append(
            Claim(
                report_id=report.id,
                kind=claim.kind,
                text=claim.text,
                span_start=claim.span[0],
                span_end=claim.span[1],
                claimant=claimant,
                claimant_source_id=_source_id(session, known.name) if known else None,
                stance=claim.stance,
                fields=fields,
                place_id=place_row(session, place).id if place and place.lat is not None else None,
                extractor_version=EXTRACTOR_VERSION,
                day=day,
            )
        )
    session.add_all(rows)
    session.flush()
    for row in rows:  # a part points at its total by claim id, not list position
        part_of = row.fields.get("part_of")
        if part_of is not None:
            row.fields = {**row.fields, "part_of": rows[part_of].id}
    for actor in extraction.actors:
        actor_row(session, actor.name, actor.inter, actor.country, actor.backed_by, actor.allied_with)
    report.extracted_at = report.extracted_at or datetime.now(UTC)
    report.extractor_version = EXTRACTOR_VERSION
    return [row.id for row in rows]


INT64_MAX = 2**63 - 1


def check_figures(value: object, where: str) -> None:
    """Refuse (Unextractable) any whole number in a claim's fields outside
    signed 64 bits: every backend stores it the same (PostgreSQL's BIGINT,
    SQLite's INTEGER), and nothing is clamped without a word. Plausibility
    (a toll of a billion is no toll) is extraction's rule; this is the store's
    floor under it."""
    if isinstance(value, bool):
        return
    if isinstance(value, int):
        if not -INT64_MAX - 1 <= value <= INT64_MAX:
            shown = where if len(where) <= 80 else where[:77] + "..."
            raise Unextractable(f"a figure does not fit in 64 bits ({len(str(value))} digits) in {shown!r}")
    elif isinstance(value, dict):
        for item in value.values():
            check_figures(item, where)
    elif isinstance(value, list | tuple):
        for item in value:
            check_figures(item, where)


def _original_outlet(session: Session, report: Report) -> str | None:
    if report.copy_of_id is None:
        return None
    original = session.get(Report, report.copy_of_id)
    return original.source.name if original is not None else None


def _focus_place(extraction: Extraction) -> PlaceRef | None:
    """The town the report names most (ties: the first named)."""
    towns = [p for p in extraction.places if p.precision == 1 and p.lat is not None]
    if not towns:
        return None
    counts = Counter({p.name: len(p.mentions) for p in towns})
    best = max(towns, key=lambda p: (counts[p.name], -min(m[0] for m in p.mentions)))
    return PlaceRef(**best.model_dump(exclude={"mentions"}))


def _source_id(session: Session, name: str) -> int | None:
    return session.scalars(select(Source.id).where(Source.name == name)).first()


def place_row(session: Session, ref: PlaceRef) -> Place:
    """The stored place for a reference: by GeoNames id, P-code, or name and country."""
    if ref.geonameid is not None:
        query = select(Place).where(Place.geonameid == ref.geonameid)
    elif ref.pcode is not None:
        query = select(Place).where(Place.pcode == ref.pcode)
    else:
        query = select(Place).where(Place.name == ref.name, Place.country == ref.country)
    found = session.scalars(query).first()
    if found is not None:
        return found
    place = Place(
        name=ref.name,
        lat=ref.lat,
        lon=ref.lon,
        admin1=ref.admin1,
        country=ref.country,
        geonameid=ref.geonameid,
        pcode=ref.pcode,
        feature="town" if ref.precision == 1 else "region",
    )
    try:
        with session.begin_nested():  # a savepoint: losing the race undoes only this insert
            session.add(place)
    except IntegrityError:  # another process stored the place first: use theirs
        return session.scalars(query).one()
    return place


def actor_row(
    session: Session,
    name: str,
    inter: int | None,
    country: str | None,
    backed_by: list[str] | None = None,
    allied_with: list[str] | None = None,
) -> Actor:
    found = session.scalars(select(Actor).where(Actor.name == name)).first()
    if found is not None:
        return found
    actor = Actor(
        name=name,
        aliases=[],
        inter_code=inter,
        country=country,
        relations={"backed_by": backed_by or [], "allied_with": allied_with or []},
    )
    try:
        with session.begin_nested():
            session.add(actor)
    except IntegrityError:  # another process stored the actor first
        return session.scalars(select(Actor).where(Actor.name == name)).one()
    return actor
