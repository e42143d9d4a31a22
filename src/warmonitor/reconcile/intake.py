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

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from warmonitor import __version__
from warmonitor.extract.claims import Extraction, PlaceRef
from warmonitor.ingest.outlets import lookup
from warmonitor.store.db import session_scope
from warmonitor.store.models import Actor, Claim, Place, Report, Source

EXTRACTOR_VERSION = f"warmonitor-{__version__}"

Extractor = Callable[[str, date, str | None], Extraction]


def default_extractor(text: str, published: date, outlet: str | None) -> Extraction:
    from warmonitor.extract.pipeline import extract

    return extract(text, published, outlet=outlet)


def pending_reports(session: Session, limit: int | None = None) -> list[int]:
    query = select(Report.id).where(Report.extracted_at.is_(None)).order_by(Report.id)
    return list(session.scalars(query.limit(limit) if limit else query))


BATCH_SIZE = 16  # reports extracted together (nlp.pipe) before each is stored


def extract_pending(
    engine: Engine, extractor: Extractor = default_extractor, batch_size: int = BATCH_SIZE
) -> list[int]:
    """Extract and store the claims of every report not yet read; one
    transaction per report, so an interruption keeps what was finished.
    Reports are read `batch_size` at a time, so the default extractor can run
    the statistical model over a batch (faster than one report at a time).
    Returns the ids of the new claims."""
    with session_scope(engine) as session:
        report_ids = pending_reports(session)
    new_claims: list[int] = []
    for first in range(0, len(report_ids), batch_size):
        with session_scope(engine) as session:
            batch = [
                (report.id, report.text, _published(report), report.source.name)
                for report in (session.get(Report, i) for i in report_ids[first : first + batch_size])
                if report is not None and report.extracted_at is None
            ]
        extractions = _extract_batch(extractor, [(text, day, outlet) for _id, text, day, outlet in batch])
        for (report_id, *_), extraction in zip(batch, extractions, strict=True):
            with session_scope(engine) as session:
                report = session.get(Report, report_id)
                if report is None or report.extracted_at is not None:
                    continue

                def found(
                    _text: str, _day: date, _outlet: str | None, x: Extraction = extraction
                ) -> Extraction:
                    return x

                new_claims.extend(store_claims(session, report, found))
    return new_claims


def _extract_batch(extractor: Extractor, items: list[tuple[str, date, str | None]]) -> Iterator[Extraction]:
    """Each item's extraction, in order, as it comes: a batch through nlp.pipe
    for the default extractor, one call per report for any other."""
    if extractor is default_extractor:
        from warmonitor.extract.pipeline import ReportText, extract_many

        return extract_many(ReportText(text, day, outlet=outlet) for text, day, outlet in items)
    return (extractor(text, day, outlet) for text, day, outlet in items)


def _published(report: Report) -> date:
    return (report.published_at or report.ingested_at).date()


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
        if report.published_at is None:
            # No date given: nothing it says is dated by the day it was read in.
            fields.pop("date", None)
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
    report.extracted_at = datetime.now(UTC)
    report.extractor_version = EXTRACTOR_VERSION
    return [row.id for row in rows]


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
    session.add(place)
    session.flush()
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
    session.add(actor)
    session.flush()
    return actor
