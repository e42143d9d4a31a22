"""spaCy makes a new Token object at every access, so `token.head is token`
is never true, even at a sentence's root: a loop that climbed "while
head.head is not head" never stopped at a root that is no verb (lead55;
claimant27 found one such hang in its own code). Roots are compared by
index now. The test stops itself after 20 seconds rather than hang."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

from warmonitor.extract.casualties import CasualtyFigure
from warmonitor.extract.pipeline import load_pipeline
from warmonitor.extract.taken import taken_by_a_verb_before


@pytest.fixture
def deadline() -> Iterator[None]:
    def stop(_signum: int, _frame: object) -> None:
        raise TimeoutError("a climb to the sentence's root never ended")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(20)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_the_climb_to_a_verb_stops_at_a_root_that_is_no_verb(deadline: None) -> None:
    doc = load_pipeline()("The arrest of 5 suspects.")
    start = doc.text.index("5")
    assert doc[[t.text for t in doc].index("arrest")].dep_ == "ROOT"
    figure = CasualtyFigure("captured", "unknown", 5, 5, 5, None, "incident", start, start + 1)
    # the climb ends at the root: "arrest" stands before the five it takes
    assert taken_by_a_verb_before(next(iter(doc.sents)), figure) is True
