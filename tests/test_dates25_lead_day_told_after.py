"""Three ways the report's day leaked into an event's day (blind reading 5656):

- An undated lead ("Monitors say 15 civilians were killed when a missile hit
  the city") whose next sentence tells the same attack's day ("the missile
  hit a school on Thursday evening"): the headline and lead took the report's
  day (extract/incident_context.py `_day_after_lead`).
- A sentence going on with a dated incident whose only date is when a source
  spoke ("Among the dead were three children, it said Friday"): the count took
  the day of saying (`_incidents`, claim_fields.said_only).
- "The Britain-based monitor said ...": the model tags Britain as a place, so
  the sentence named a new place, ended the incident and its counts took the
  report's day (mentions.place_ents drops a name describing an actor).

The sentences are this project's own, written after reading FA-KES articles
outside the gold halves in ../shared/data/real-dev/ whose lead has no day and
whose second sentence tells the attack's day ("The bomber blew himself up late
Monday", "The blast on Sunday night struck", "the car bomb went off ...
Wednesday afternoon"), and SOHR sentences with "Britain-based".
"""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim, EventClaim, Extraction
from warmonitor.extract.pipeline import extract

_FRIDAY = date(2019, 3, 15)  # a Friday
_THURSDAY = date(2019, 3, 14)


def _dated(result: Extraction) -> list[CasualtyClaim | EventClaim]:
    claims = [c for c in result.claims if isinstance(c, CasualtyClaim | EventClaim)]
    return sorted(claims, key=lambda c: c.span[0])


def _casualty_days(result: Extraction) -> dict[int, date | None]:
    return {
        c.span[0]: (c.date.start if c.date else None) for c in result.claims if isinstance(c, CasualtyClaim)
    }


def _day_of(result: Extraction, text: str, word: str) -> date | None:
    at = text.index(word)
    days = _casualty_days(result)
    assert at in days, f"no casualty claim on {word!r}: {sorted(days)}"
    return days[at]


# --- an undated lead takes the day the next sentence tells its attack --------

_LEAD = (
    "Rocket kills 9 in northern town\n\n"
    "Activists say nine people including four children died when a rocket crashed into a crowded "
    "street in the northern town of Maarat al-Numan. "
    "A local rescue group said the rocket struck near a bakery late Thursday as people queued for bread."
)


def test_an_undated_lead_takes_the_day_its_attack_is_told_next() -> None:
    result = extract(_LEAD, _FRIDAY)
    assert _day_of(result, _LEAD, "nine people") == _THURSDAY
    assert _day_of(result, _LEAD, "four children") == _THURSDAY
    # the headline too
    assert _day_of(result, _LEAD, "9 in") == _THURSDAY


def test_the_next_sentence_may_come_after_one_with_no_date() -> None:
    text = (
        "Gunmen on motorbikes killed six police officers at a checkpoint outside the town, "
        "a security official said. "
        "Two more officers were hurt and taken to hospital. "
        "The attack took place on Thursday night when the post was changing shifts."
    )
    result = extract(text, _FRIDAY)
    assert _day_of(result, text, "six police") == _THURSDAY


def test_a_day_of_saying_after_the_lead_dates_nothing_in_it() -> None:
    text = (
        "Eleven civilians were killed in air raids on a market in the eastern town of Mayadin. "
        "The monitor said on Thursday that the raids were carried out by unidentified jets."
    )
    result = extract(text, _FRIDAY)
    assert _day_of(result, text, "Eleven civilians") == _FRIDAY


def test_a_day_of_another_happening_after_the_lead_dates_nothing_in_it() -> None:
    # no attack named again: the army's advance is news of its own
    text = (
        "Seven soldiers were killed in fighting near the town of Khan Tuman, state media said. "
        "Government troops retook two hills south of Aleppo on Wednesday."
    )
    result = extract(text, _FRIDAY)
    assert _day_of(result, text, "Seven soldiers") == _FRIDAY


def test_a_dated_lead_keeps_its_own_day() -> None:
    text = (
        "Four people were killed on Tuesday when shells hit a school in the city of Idlib. "
        "The shells struck the school again on Thursday, a teacher said."
    )
    result = extract(text, _FRIDAY)
    assert _day_of(result, text, "Four people") == date(2019, 3, 12)


def test_a_day_long_before_the_report_is_no_leads_day() -> None:
    # "last month": not a single day of the last week
    text = (
        "Twelve fighters were killed when a car bomb exploded at a rebel base near Azaz. "
        "The bomb went off last month as the men gathered for a meeting."
    )
    result = extract(text, _FRIDAY)
    assert _day_of(result, text, "Twelve fighters") == _FRIDAY


# --- a count told on a later day is of its incident's day ---------------------


def test_a_count_told_on_a_later_day_keeps_its_incidents_day() -> None:
    text = (
        "Mortar shells hit a school in the Old City on Thursday evening. "
        "Five people were killed in the attack including two teachers, the agency said Friday."
    )
    result = extract(text, _FRIDAY)
    assert _day_of(result, text, "Five people") == _THURSDAY
    assert _day_of(result, text, "two teachers") == _THURSDAY


def test_a_count_told_later_of_no_attack_named_again_keeps_the_day_of_saying() -> None:
    # the day before is a truce's, and the deaths are no retelling of it
    text = (
        "A truce announced by the army on Thursday has done little to stop the fighting in the city. "
        "Three people died in barrel bomb strikes, the monitor said on Saturday."
    )
    saturday = date(2019, 3, 16)
    result = extract(text, saturday)
    assert _day_of(result, text, "Three people") == saturday


def test_a_day_of_saying_told_first_may_be_the_attacks_own() -> None:
    # no earlier day before it: "On Tuesday X said 80 were killed" stays Tuesday
    text = (
        "Hospitals in the province were overwhelmed, a statement read. "
        "On Tuesday opposition groups said some 80 people were killed in a gas attack on the town."
    )
    result = extract(text, _FRIDAY)
    assert _day_of(result, text, "some 80") == date(2019, 3, 12)


def test_a_day_of_saying_with_no_incident_before_stays() -> None:
    # nothing dated before it: the sentence's day stays the only day told
    text = "Police said on Thursday that three men were killed in a shootout in the city."
    result = extract(text, _FRIDAY)
    assert _day_of(result, text, "three men") == _THURSDAY


# --- a name describing the source ends no incident ----------------------------


def test_a_britain_based_monitor_goes_on_with_the_incident() -> None:
    text = (
        "Warplanes struck the village of Kafr Nabl on Wednesday, killing eight civilians. "
        "The Britain-based monitor said three of the dead were children."
    )
    result = extract(text, _FRIDAY)
    wednesday = date(2019, 3, 13)
    assert _day_of(result, text, "eight civilians") == wednesday
    assert _day_of(result, text, "three of") == wednesday


# --- issue 11's weekday rules hold ---------------------------------------------


def test_last_thursday_said_on_a_thursday_is_a_week_back() -> None:
    text = "Militants killed four villagers last Thursday in a raid on the village of Tal Afar."
    result = extract(text, _THURSDAY)
    assert _day_of(result, text, "four villagers") == date(2019, 3, 7)


def test_two_days_after_the_lead_give_it_neither() -> None:
    text = (
        "Air raids kill 14 in eastern town\n\n"
        "Fourteen people were killed when jets bombed the town of Hajin, a monitor said. "
        "The raids went on through Thursday and Friday, it said."
    )
    result = extract(text, date(2019, 3, 16))
    assert _day_of(result, text, "Fourteen people") == date(2019, 3, 16)
