"""Long reports in pieces: cut on paragraph or sentence boundaries, read each
piece on its own, and put the results back with offsets into the whole text.

spaCy refuses texts above a million characters, and its parser's memory grows
with the length of a Doc; a claim never spans two paragraphs, so reading a
long report a paragraph group at a time loses nothing an analyst would trust.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from warmonitor.config import DEFAULT_MAX_BYTES, Settings
from warmonitor.extract.claims import ActorOut, Claim, Extraction, PlaceOut

CHUNK_CHARS = 20_000  # a long article's worth: components' cost grows with a Doc's length
HARD_LIMIT_CHARS = DEFAULT_MAX_BYTES  # the limit when WARMONITOR_MAX_BYTES is not set


def hard_limit_chars() -> int:
    """The longest text extracted: ingest's size limit (WARMONITOR_MAX_BYTES,
    default 20 MB), so whatever ingest stores, extraction reads (a text never
    has more characters than the bytes it was decoded from)."""
    return Settings.from_env().max_bytes


_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]?\s+")
_WORD = re.compile(r"[^\W\d_]{2,}")


def has_words(piece: str) -> bool:
    """Whether a piece holds any word of two letters: claims are made of words."""
    return _WORD.search(piece) is not None


def pieces(text: str, size: int | None = None) -> Iterator[tuple[int, str]]:
    """(offset, piece) covering `text`, each at most `size` characters, cut at the
    last paragraph break in the second half of the window, else the last
    sentence end, else the last space, else (a text with no spaces) anywhere."""
    size = size or CHUNK_CHARS
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            window = text[start + size // 2 : end]
            cut = window.rfind("\n\n")
            if cut >= 0:
                cut += 2  # the break stays with the paragraph before it
            else:
                ends = list(_SENTENCE_END.finditer(window))
                cut = ends[-1].end() if ends else window.rfind(" ") + 1
            if cut > 0:
                end = start + size // 2 + cut
        yield start, text[start:end]
        start = end


def shifted(part: Extraction, offset: int, claims_before: int) -> list[Claim]:
    """A piece's claims with spans into the whole text and `part_of` indices into
    the whole claim list."""
    out: list[Claim] = []
    for claim in part.claims:
        update: dict[str, object] = {"span": (claim.span[0] + offset, claim.span[1] + offset)}
        part_of = getattr(claim, "part_of", None)
        if part_of is not None:
            update["part_of"] = part_of + claims_before
        out.append(claim.model_copy(update=update))
    return out


def merge_places(places: list[PlaceOut], more: list[PlaceOut], offset: int) -> None:
    """Add a piece's places to `places`: the same place once, with all its mentions."""
    for place in more:
        mentions = [(a + offset, b + offset) for a, b in place.mentions]
        key = place.model_dump(exclude={"mentions"})
        same = next((p for p in places if p.model_dump(exclude={"mentions"}) == key), None)
        if same is None:
            places.append(place.model_copy(update={"mentions": mentions}))
        else:
            same.mentions.extend(mentions)


def merge_actors(actors: list[ActorOut], more: list[ActorOut], offset: int) -> None:
    for actor in more:
        mentions = [(a + offset, b + offset) for a, b in actor.mentions]
        same = next((a for a in actors if a.name == actor.name), None)
        if same is None:
            actors.append(actor.model_copy(update={"mentions": mentions}))
        else:
            same.mentions.extend(mentions)
            same.backed_by.extend(b for b in actor.backed_by if b not in same.backed_by)
            same.allied_with.extend(a for a in actor.allied_with if a not in same.allied_with)
