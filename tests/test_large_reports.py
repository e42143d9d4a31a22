"""A report of several megabytes is read in pieces cut at paragraph or sentence
boundaries: no crash, every claim's span points into the whole text, and text
without words yields no claims."""

from __future__ import annotations

import random
import string
from datetime import date

import pytest

from warmonitor.errors import UserError
from warmonitor.extract import chunks
from warmonitor.extract.pipeline import extract

FIVE_MB = 5_000_000
PARAGRAPHS = [
    "Fighters of an armed group shelled the village of Anadan on Tuesday, killing three civilians, "
    "including a child, a monitoring group said.",
    "Government forces said they had repelled an attack near Saraqib overnight, according to state "
    "media, while opposition fighters said they had entered the town.",
    "Residents described long queues for bread in Idlib as the fighting moved closer, and aid "
    "agencies warned that flour stocks were running low.",
    "A car bomb exploded at a checkpoint on the road to Azaz on Monday, wounding at least five people, "
    "local officials told reporters.",
]


def test_pieces_cover_the_text_and_end_on_boundaries() -> None:
    text = "\n\n".join(PARAGRAPHS * 400)
    cut = list(chunks.pieces(text, 5_000))
    assert "".join(piece for _, piece in cut) == text
    assert all(len(piece) <= 5_000 for _, piece in cut)
    assert all(text[offset:].startswith(piece) for offset, piece in cut)
    assert all(piece.endswith("\n\n") or piece.endswith(". ") for _, piece in cut[:-1])


def test_a_five_megabyte_report_is_read_with_spans_into_the_whole_text() -> None:
    text = "\n\n".join(PARAGRAPHS[i % len(PARAGRAPHS)] for i in range(FIVE_MB // 120))
    assert len(text) >= FIVE_MB
    result = extract(text, date(2024, 11, 30))
    assert len(result.claims) > 1_000
    for claim in result.claims:
        start, end = claim.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] in claim.text  # the span is the claim's words in the whole text
        part_of = getattr(claim, "part_of", None)
        assert part_of is None or result.claims[part_of].span[0] <= start
    casualties = [c for c in result.claims if c.kind == "casualty"]
    assert casualties and casualties[-1].span[0] > FIVE_MB - 5_000  # the end of the text was read too
    places = {p.name for p in result.places}
    assert {"Anadan", "Saraqib"} <= places
    assert all(text[a:b] for p in result.places for a, b in p.mentions)


@pytest.mark.parametrize("alphabet", [string.digits + " \n", string.digits + string.punctuation + " \n"])
def test_five_megabytes_of_digits_or_symbols_give_no_claims(alphabet: str) -> None:
    rng = random.Random(7)
    text = "".join(rng.choice(alphabet) for _ in range(FIVE_MB))
    result = extract(text, date(2024, 11, 30))
    assert result.claims == [] and result.places == []


def test_an_absurd_size_is_refused_in_one_line() -> None:
    with pytest.raises(UserError, match="too long") as refused:
        extract("word " * (chunks.HARD_LIMIT_CHARS // 5 + 1), date(2024, 11, 30))
    assert "\n" not in str(refused.value)
