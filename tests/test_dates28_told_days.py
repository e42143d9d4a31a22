"""The day each claim tells (issue 11, dates28). A blind reading (seed
3131) found the report's own day on headline counts and their retellings
while a sibling claim had the day the text tells. Texts our own, in the
shape of agency copy."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

CARRIED = (
    "Car Bomb at Hama Market Leaves 14 Dead. "
    "A car bomb in Hama province is believed to have left 14 members of a rebel faction dead, "
    "two field commanders among them. "
    "Lying in the centre of the country, the province lost 14 of the faction's fighters when a car "
    "blew up outside a market in the town of Kafr Zita on Wednesday, a monitor said."
)


def _days(text: str, published: date, best: int) -> dict[int, date | None]:
    """The day of each casualty count of `best`, by where its count starts."""
    result = extract(text, published, outlet="Sputnik")
    return {
        c.span[0]: c.date.start if c.date else None
        for c in result.claims
        if isinstance(c, CasualtyClaim) and c.best == best
    }


def test_a_headline_carrying_the_day_its_twin_tells_passes_it_to_its_other_tellings() -> None:
    # the headline carries Wednesday from the sentence that tells it; the
    # second sentence, linked to the headline, had kept the report's Thursday
    days = _days(CARRIED, date(2016, 3, 3), 14)
    assert len(days) >= 3, days
    assert set(days.values()) == {date(2016, 3, 2)}, days


CONVOY = (
    "Warplanes hit a food convoy near the town of Kafr Nabl on Sunday night, killing scores of drivers, "
    "a rescue group said on Monday. "
    "The aircraft came back to the town of Saraqib while the lorries were being emptied and bombed it again. "
    "Twelve drivers died in the second raid, the group said, and more than 20 were wounded."
)


def test_a_count_of_the_attack_named_again_is_of_the_leads_day() -> None:
    # a new town with no day between the lead and the count ended the
    # incident context; "the second raid" names the lead's attack again
    result = extract(CONVOY, date(2016, 5, 17), outlet="Reuters")
    counts = [c for c in result.claims if isinstance(c, CasualtyClaim)]
    later = [c for c in counts if c.best in (12, 20) and c.span[0] > CONVOY.index("Twelve") - 1]
    assert {c.outcome for c in later} == {"killed", "injured"}, later
    assert {c.date.start for c in later if c.date} == {date(2016, 5, 15)}, later


SEPARATE = (
    "Jets struck a market in the town of Kafr Nabl on Sunday, killing 15 people, a monitor said. "
    "Meanwhile a roadside bomb hit a patrol near the village of Maarzita and three soldiers were killed "
    "in the attack, the army said."
)


def test_a_new_items_attack_keeps_the_reports_day() -> None:
    # "Meanwhile" opens another item: its "attack" is not the lead's
    result = extract(SEPARATE, date(2016, 5, 17), outlet="Reuters")
    three = [c for c in result.claims if isinstance(c, CasualtyClaim) and c.best == 3]
    assert three and all(c.date is None or c.date.start != date(2016, 5, 15) for c in three), three


DAY_AFTER = (
    "Helicopters dropped barrel bombs on a rebel-held quarter of Hama on Tuesday, killing at least four "
    "civilians, activists said. "
    "Scores were hurt when jets struck the market of the town of Kafr Zita. "
    "The new strikes come two days after more than 60 people died in shelling on Saraqib."
)


def test_a_count_days_before_a_clause_told_in_the_present_is_days_before_the_report() -> None:
    # "come" tells of the report's own day; the deaths are two days before it
    result = extract(DAY_AFTER, date(2016, 9, 13), outlet="Al-Araby Al-Jadeed")
    sixty = [c for c in result.claims if isinstance(c, CasualtyClaim) and c.best == 60]
    assert sixty and all(c.date is not None and c.date.start == date(2016, 9, 11) for c in sixty), sixty


PAST_DAY_AFTER = (
    "Jets struck a market in the town of Kafr Zita, activists said. "
    "The new strikes came two days after more than 60 people died in shelling on Saraqib."
)


def test_a_count_off_a_clause_told_in_the_past_keeps_the_reports_day() -> None:
    # "came" dates nothing the text tells: the strikes' day is unknown
    result = extract(PAST_DAY_AFTER, date(2016, 9, 14), outlet="Al-Araby Al-Jadeed")
    sixty = [c for c in result.claims if isinstance(c, CasualtyClaim) and c.best == 60]
    assert sixty and all(c.date is not None and c.date.start == date(2016, 9, 14) for c in sixty), sixty
