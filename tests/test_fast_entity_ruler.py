"""Our entity ruler matches lower-case actor aliases with a PhraseMatcher
(components._EntityRuler); it must find, order and label exactly what spaCy's
EntityRuler with the original token patterns found."""

from __future__ import annotations

import json
import random

from spacy.pipeline import EntityRuler

from tests.conftest import SHARED
from warmonitor.cli import demo_corpus
from warmonitor.extract.actors import load_actors
from warmonitor.extract.gazetteer import load_gazetteer, names_in_latin, spelling_variants
from warmonitor.extract.pipeline import load_pipeline

SEED = SHARED / "seed" / "aleppo-offensive-report.txt"


def stock_ruler() -> EntityRuler:
    """The ruler as it was built before: token patterns for lower-case aliases."""
    aliases = load_actors().by_alias
    ruler = EntityRuler(load_pipeline(), name="stock_entity_ruler", overwrite_ents=True)
    lower = [a for a in aliases if not a[:1].isupper()]
    nlp = load_pipeline()
    variants = sorted({v for s in load_gazetteer().surface_names for v in spelling_variants(s)})
    surfaces = load_gazetteer().surface_names
    # The names without their transliteration's marks ("Izra'" -> "Izra"), as the pipeline's ruler has them.
    latin = sorted({names_in_latin(surface) for surface in surfaces} - set(surfaces))
    ruler.add_patterns(
        [{"label": "GPE", "pattern": surface} for surface in surfaces]
        + [{"label": "GPE", "pattern": name} for name in latin]
        + [{"label": "ORG", "pattern": a} for a in aliases if a[:1].isupper()]
        + [{"label": "ORG", "pattern": [{"LOWER": w} for w in a.split()]} for a in lower]
        + [{"label": "GPE", "pattern": [{"LOWER": t.text} for t in nlp.make_doc(v.lower())]}
           for v in variants]
    )  # fmt: skip
    return ruler


def texts() -> list[str]:
    rows = [json.loads(line) for line in demo_corpus().read_text(encoding="utf-8").splitlines() if line]
    found = [row["text"] for row in rows] + [SEED.read_text(encoding="utf-8")]
    # Aliases and place names packed together, in every case, overlapping.
    aliases = list(load_actors().by_alias)
    words = [*aliases, *(a.title() for a in aliases), *list(load_gazetteer().surface_names)[:2000]]
    words += ["the", "and", "of", "said", "Syrian", "army", "Russia", "Israel", "Turkey", "Iran"]
    rng = random.Random(7)
    found += [" ".join(rng.choice(words) for _ in range(25)) for _ in range(200)]
    return found


def test_the_same_matches_in_the_same_order_and_the_same_entities() -> None:
    nlp = load_pipeline()
    ours, stock = nlp.get_pipe("wm_entity_ruler"), stock_ruler()
    entities = 0
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser", "wm_attribute_ruler", "lemmatizer"]):
        docs = list(nlp.pipe(texts()))
    for doc in docs:
        assert ours.match(doc) == stock.match(doc)
        mine, theirs = ours(doc.copy()), stock(doc.copy())
        assert [(e.start, e.end, e.label_) for e in mine.ents] == [
            (e.start, e.end, e.label_) for e in theirs.ents
        ]
        entities += len(theirs.ents)
    assert entities > 3000
