"""A report about a time well before it (a monthly digest, a rights group's
inquiry into last winter's attacks) keeps its attacks on their days as
incidents; only a newer report's recall of them is background
(extract/earlier.py `_retrospective`).

precision12 made tolls of attacks dated more than a month before the report
background; it noted that a digest published a month after its incidents then
entered none of them in an estimate. The sentences are this project's own,
written after reading monitors' monthly tallies and rights groups' reports in
FA-KES articles outside gold/fakes/split.csv.
"""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2017, 6, 12)


def _tolls(text: str) -> list[tuple[int | None, str, date | None]]:
    return [
        (c.best, c.scope, c.date.start if c.date else None)
        for c in extract(text, DAY).claims
        if isinstance(c, CasualtyClaim)
    ]


def test_a_digests_attacks_on_their_days_are_incidents() -> None:
    text = (
        "In May, the monitoring network recorded the deaths of 98 civilians in the province. "
        "On May 3, air strikes killed 12 people at the market in the town of Kafr Zita, it said. "
        "Shells killed eight pupils at a school in the same district on 19 May."
    )
    tolls = _tolls(text)
    assert (12, "incident", date(2017, 5, 3)) in tolls, tolls
    assert (8, "incident", date(2017, 5, 19)) in tolls, tolls
    assert all(scope == "historical" for best, scope, _day in tolls if best == 98), tolls


def test_a_news_reports_recall_of_an_earlier_attack_stays_background() -> None:
    text = (
        "Shelling killed nine people in the town on Sunday, a monitor said. "
        "On May 3, a raid on the same market had killed 12 people."
    )
    tolls = _tolls(text)
    assert (9, "incident", date(2017, 6, 11)) in tolls, tolls
    assert [scope for best, scope, _day in tolls if best == 12] == ["historical"], tolls
