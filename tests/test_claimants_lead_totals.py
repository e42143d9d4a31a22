"""A headline or lead total told in the outlet's own voice whose parts the
report then gives with one named source is that source's (issue 11, gold/fakes
README "A total told before its sourced parts"). Sentences are our own
wording, with the real reports' missing commas kept."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 9, 19)
OUTLET = "Al-Araby Al-Jadeed"
OBSERVATORY = "Syrian Observatory for Human Rights"


def claims(text: str) -> list[CasualtyClaim]:
    return [c for c in extract(text, DAY, outlet=OUTLET).claims if isinstance(c, CasualtyClaim)]


def told(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(c.outcome, c.best, c.claimant) for c in claims(text)]


def test_a_lead_total_whose_parts_one_source_gives_is_that_sources() -> None:
    text = (
        "Eleven civilians were killed in air strikes on two villages in Idlib on Monday. "
        "The Syrian Observatory for Human Rights said seven civilians died "
        "when jets hit a bakery in Kafr Nabl. "
        "Four civilians were killed by a barrel bomb in Hass the Observatory said."
    )
    assert told(text) == [
        ("killed", 11, OBSERVATORY),
        ("killed", 7, OBSERVATORY),
        ("killed", 4, OBSERVATORY),
    ]


def test_a_lead_total_whose_parts_two_sources_give_stays_the_outlets() -> None:
    text = (
        "Eleven civilians were killed in air strikes on two villages in Idlib on Monday. "
        "The Syrian Observatory for Human Rights said seven civilians died "
        "when jets hit a bakery in Kafr Nabl. "
        "In Hass four civilians were killed by a barrel bomb the civil defence said."
    )
    found = told(text)
    assert found[0] == ("killed", 11, OUTLET)
    sources = {c for _, _, c in found[1:]}
    assert len(sources) == 2 and OBSERVATORY in sources and OUTLET not in sources


def test_parts_the_outlet_tells_itself_leave_the_total_the_outlets() -> None:
    # Only seven of the eleven come from the Observatory; the rest are the report's own.
    text = (
        "Eleven civilians were killed in air strikes on two villages in Idlib on Monday. "
        "The Syrian Observatory for Human Rights said seven civilians died "
        "when jets hit a bakery in Kafr Nabl. "
        "Meanwhile in Hass four civilians were killed by a barrel bomb."
    )
    found = told(text)
    assert found[0] == ("killed", 11, OUTLET)
    assert found[1] == ("killed", 7, OBSERVATORY)


def test_a_sources_later_figures_that_do_not_add_up_to_the_total_are_not_its_parts() -> None:
    text = (
        "Twenty civilians were killed in air strikes on two villages in Idlib on Monday. "
        "The Syrian Observatory for Human Rights said seven civilians died "
        "when jets hit a bakery in Kafr Nabl. "
        "Four civilians were killed by a barrel bomb in Hass the Observatory said."
    )
    assert told(text)[0] == ("killed", 20, OUTLET)


def test_a_part_inside_a_sources_figure_is_not_counted_twice() -> None:
    # "including three children" is inside the nine: the parts add up to 9 + 3 = 12, not 15.
    text = (
        "Twelve people were killed and 30 others were wounded in rocket fire on the city on Sunday. "
        "The Syrian Observatory for Human Rights said nine people including three children "
        "died in the old market. "
        "Rockets on the western quarter killed three more people the Observatory said."
    )
    found = told(text)
    assert found[0] == ("killed", 12, OBSERVATORY)
    # The wounded total has no sourced parts: it stays the outlet's.
    assert ("injured", 30, OUTLET) in found


def test_a_total_told_after_the_lead_is_not_read_as_a_lead_total() -> None:
    # The decision covers the headline and the lead (the first three sentences):
    # a total further down is the report's own summing up.
    text = (
        "Jets bombed villages across Idlib province on Monday. "
        "Schools in the province closed until the weekend. "
        "The local council suspended its work except for the rescue teams. "
        "Eleven civilians were killed in the strikes. "
        "The Syrian Observatory for Human Rights said seven civilians died "
        "when jets hit a bakery in Kafr Nabl. "
        "Four civilians were killed by a barrel bomb in Hass the Observatory said."
    )
    assert told(text)[0] == ("killed", 11, OUTLET)
