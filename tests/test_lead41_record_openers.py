"""A sentence that opens on a man named by the act just told ("The captured
bomb-maker had ...") tells his record: its places were his, not the
operation's, and its act word is no second act. One parse-based reading
(`person_frames.opens_naming_by_the_act`, events.json `named_by_the_act`)
serves the incident's place and the event frames, where a word list over
the sentence's opening had served the place alone (twenty-second session).
The sentences are this project's own, written after ISAF and SATP releases
of ../shared/data/real-dev/.
"""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import extract


def _events(text: str) -> list[EventClaim]:
    return [c for c in extract(text, date(2012, 8, 14), outlet="ISAF").claims if isinstance(c, EventClaim)]


@pytest.mark.parametrize(
    "opener",
    [
        # a person noun the old word list lacked, and a participle not in -ed
        "The captured bomb-maker had built devices for cells in eastern Khost province.",
        "The slain commander once ran a network of fighters in northern Khost province.",
    ],
)
def test_a_record_opener_keeps_the_operations_place(opener: str) -> None:
    events = _events(
        "An Afghan and coalition force detained an insurgent leader in Paktika province today. "
        f"{opener} During the operation, the force also detained one more suspect."
    )
    last = [e for e in events if "During the operation" in e.text]
    assert last and last[-1].place is not None and last[-1].place.name == "Paktika", events


def test_a_new_sentence_naming_a_new_place_still_moves_it() -> None:
    events = _events(
        "An Afghan and coalition force detained an insurgent leader in Paktika province today. "
        "In Khost province, a second force detained two suspected insurgents."
    )
    second = [e for e in events if "second force" in e.text]
    assert second and second[-1].place is not None and second[-1].place.admin1 == "Khowst", events
