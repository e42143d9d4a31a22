"""An undated event deep in a report is not one with a later telling of
another day (blind reading 7878, texts 01 and 04).

A bulletin tells the day's shelling item by item, some items with no date of
their own, then opens a paragraph with an earlier day ("On Tuesday five were
killed by shells on three quarters, one of them named before"); a roundup
tells a strike with no date, then the week's toll ("Since Thursday the raids
have killed 40"). The event linker took the later telling for the same
attack and gave the undated item its day (extract/event_claims.py
`_other_day`). The sentences are this project's own, written after reading
FA-KES articles outside the gold halves in ../shared/data/real-dev/ whose
body opens a paragraph with "On <weekday>" after undated items (bulletins'
"On Thursday two children were injured ...", roundups' "On Saturday a barrel
bomb ...", "Early on Monday more than 300 shells ...").
"""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import EventClaim, Extraction
from warmonitor.extract.pipeline import extract

_WEDNESDAY = date(2018, 3, 7)  # a Wednesday
_TUESDAY = date(2018, 3, 6)


def _event_at(result: Extraction, words: str) -> EventClaim:
    """The event claim of the sentence opening with `words`."""
    events = [c for c in result.claims if isinstance(c, EventClaim) and c.text.startswith(words)]
    assert events, f"no event claim in the sentence {words!r}"
    return events[0]


_BULLETIN = (
    "Shells wound 30 in the city\n\n"
    "Thirty people were wounded on Wednesday when militants fired mortar shells at homes in Homs city. "
    "A police source said the shells fell on Wednesday morning on the al-Waer quarter, wounding eleven. "
    "Nine more were wounded in the Karm al-Louz quarter, and the wounded were taken to hospital. "
    "The shells also damaged a school and several shops in the area. "
    "Other shells fired by the militants on the Akrama quarter wounded four civilians. "
    "A local source said shells also hit the Zahra quarter, wounding six. "
    "On Tuesday five people were killed and 14 wounded by mortar shells and sniper fire on the "
    "Akrama quarter, the Zahra quarter and the old market."
)


def test_an_undated_shelling_keeps_the_report_day_not_a_later_paragraphs_tuesday() -> None:
    result = extract(_BULLETIN, _WEDNESDAY, outlet="Test Wire")
    undated = _event_at(result, "Other shells fired by the militants on the Akrama quarter")
    assert undated.date is not None
    assert undated.date.start == _WEDNESDAY
    tuesday = _event_at(result, "On Tuesday five people")
    assert tuesday.date is not None and tuesday.date.start == _TUESDAY


_ROUNDUP = (
    "Air strikes kill 12 across Idlib\n\n"
    "Twelve civilians were killed on Wednesday in air raids across rebel-held Idlib province, monitors said. "
    "In the town of Saraqib, strikes killed five people including a child, the monitor said. "
    "The Britain-based group said the planes were either Syrian or Russian. "
    "Another seven people were killed in raids on Binnish further north. "
    "Residents said the raids destroyed a bakery and two homes in the town. "
    "According to the monitor, heavy bombardment has pounded the province in recent days. "
    "Since Sunday bombardment has killed 40 civilians including nine children."
)


def test_an_undated_raid_is_not_the_weeks_toll_it_comes_before() -> None:
    result = extract(_ROUNDUP, _WEDNESDAY, outlet="Test Wire")
    raid = _event_at(result, "Another seven people were killed in raids on Binnish")
    assert raid.date is not None
    assert (raid.date.start, raid.date.end) == (_WEDNESDAY, _WEDNESDAY)


_RETOLD = (
    "Car bomb kills 8 in Azaz\n\n"
    "A car bomb killed eight people in the town of Azaz, a monitor said. "
    "The bomb went off near a mosque on Tuesday evening as worshippers left, a local official said."
)


def test_the_lead_still_takes_the_day_its_next_sentence_tells() -> None:
    # the opening paragraph is not asked: an undated lead is dated by what follows
    result = extract(_RETOLD, _WEDNESDAY, outlet="Test Wire")
    lead = _event_at(result, "A car bomb killed eight people")
    assert lead.date is not None and lead.date.start == _TUESDAY


_KIDNAPPING = (
    "Fighting goes on around Aleppo\n\n"
    "Rebels shelled government-held districts of Aleppo on Tuesday, the monitor said. "
    "The new offensive is led by a coalition of Islamist factions. "
    "Its leaders have said they seek to take the whole city. "
    "In the northwestern province of Idlib gunmen abducted an Armenian priest from the village "
    "of Ghassaniyeh, the monitor said. "
    "It said the priest was abducted on Saturday and nobody knows where he is held."
)


def test_a_retelling_that_ends_with_its_day_still_dates_the_act() -> None:
    # the day told at the end of the next sentence is the same abduction's
    result = extract(_KIDNAPPING, _WEDNESDAY, outlet="Test Wire")
    abduction = _event_at(result, "In the northwestern province of Idlib gunmen abducted")
    assert abduction.date is not None
    assert abduction.date.start == date(2018, 3, 3)
