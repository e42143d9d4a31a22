"""A count told in the outlet's own voice whose source is named after it,
read at the report level (issue 11, branch claimant15a): the source first
tells how it happened and speaks of the dead a sentence later, its saying
verb goes on ("further said", "added"), or it tells the dead's breakdown
("among the martyrs were …"). Sentences are this project's own wording,
after the shapes read in FA-KES articles outside the gold split (Al-Alam,
Al-Manar, TRT, Sputnik, SANA) and in police and army reports from
Afghanistan and Pakistan: missing commas, the repeated lead, SANA copy
relayed by another outlet, "the monitor" told again as "it"."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.attribution import outlet_voice
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 10, 4)
OBSERVATORY = "Syrian Observatory for Human Rights"


def told(text: str, outlet: str = "alalam") -> list[tuple[str, int | None, str | None]]:
    found = extract(text, DAY, outlet=outlet).claims
    return [(c.outcome, c.best, c.claimant) for c in found if isinstance(c, CasualtyClaim)]


def test_the_source_tells_how_then_speaks_of_the_dead() -> None:
    """The source's first sentence is only about how; the next, still in its
    voice, speaks of the counted people: the count is its."""
    text = (
        "Warplanes struck a crowded market in the east of the town killing at least 27 people. "
        "The raids hit the market twice within an hour according to the Syrian Observatory for Human Rights. "
        "It said most of the dead were traders and shoppers."
    )
    assert {claimant for _, _, claimant in told(text, outlet="trt")} == {OBSERVATORY}


def test_the_source_run_ends_at_another_voice() -> None:
    """How told by one source, the dead spoken of by residents who give no
    count: the source telling how the raid happened has the lead's count
    (gold/fakes/README.md, decided 2026-12-01; extract/account_source.py)."""
    text = (
        "Warplanes struck a crowded market in the east of the town killing at least 27 people. "
        "The raids hit the market twice within an hour according to the Syrian Observatory for Human Rights. "
        "Local residents told reporters the victims were mostly traders."
    )
    assert told(text, outlet="trt")[0] == ("killed", 27, OBSERVATORY)


def test_the_source_run_is_short() -> None:
    """A source that never speaks of the dead in its next sentences has the
    lead's count as the teller of how the raid happened (decided
    2026-12-01), not because the victims come up much later."""
    text = (
        "Warplanes struck a crowded market in the east of the town killing at least 27 people. "
        "The raids hit the market twice within an hour according to the Syrian Observatory for Human Rights. "
        "It said the jets took off from an air base in the south. "
        "It said the base had been used for raids on the province before. "
        "It said the dead were mostly traders."
    )
    assert told(text, outlet="trt")[0] == ("killed", 27, OBSERVATORY)


def test_a_source_that_further_said_told_what_came_before() -> None:
    text = (
        "Government jets pounded a stronghold of the militants in the north of the province "
        "reportedly killing at least 19 fighters. "
        "Reporting the raids on Sunday the Syrian Observatory for Human Rights further said "
        "the jets carried out more than a dozen sorties over the town."
    )
    assert told(text) == [("killed", 19, OBSERVATORY)]


def test_a_source_that_added_told_what_came_before() -> None:
    text = (
        "Police killed at least six gunmen in a raid on a hideout in the district on Monday. "
        "The provincial police spokesman added that weapons and explosives were found in the compound."
    )
    found = told(text, outlet="sputnik")
    assert found[0][1] == 6 and found[0][2] not in (None, outlet_voice("sputnik"))


def test_adding_in_the_sources_own_sentence_goes_on_from_its_own_words() -> None:
    """'… told us, adding that …' continues that sentence's own report, and
    says nothing of the count before it."""
    text = (
        "At least 40 fighters were killed as the militia advanced on the town. "
        "Sources told the channel that the militia seized a nearby village adding that "
        "its fighters were heading towards the main road."
    )
    assert told(text, outlet="manar")[0] == ("killed", 40, outlet_voice("manar"))


def test_a_source_named_before_that_added_goes_on_from_itself() -> None:
    """The source spoke before the count: its 'added' goes on from its own
    words, and the count in the outlet's voice between stays the outlet's."""
    text = (
        "The Syrian Observatory for Human Rights said the offensive on the town entered its third week. "
        "Rebels shelled the market of the town in the morning. "
        "Government shelling killed nine people in a nearby village on Tuesday. "
        "The Observatory added that the road to the town was cut."
    )
    assert ("killed", 9, outlet_voice("alalam")) in told(text)


def test_the_breakdown_of_the_martyrs_is_the_same_account() -> None:
    text = (
        "Seven civilians were martyred on Wednesday as militants shelled a neighbourhood of the city. "
        "Among the martyrs were a child and two women SANA reported noting that nine others were "
        "also injured in the attack."
    )
    found = told(text, outlet="manar")
    assert ("killed", 7, "SANA") in found


def test_a_larger_figure_among_the_dead_is_a_new_account() -> None:
    """Nine 'among the dead' after seven killed cannot be a part of them."""
    text = (
        "Seven civilians were killed on Wednesday as militants shelled a neighbourhood of the city. "
        "Among the dead of the week were nine children the agency reported."
    )
    assert told(text, outlet="manar")[0] == ("killed", 7, outlet_voice("manar"))


def test_the_abductees_told_again_by_the_monitor() -> None:
    text = (
        "Militants kidnapped 300 people from villages near the border town. "
        "The abductees were taken away from a dozen villages the Syrian Observatory for Human Rights said."
    )
    assert told(text) == [("captured", 300, OBSERVATORY)]


def test_the_soldiers_were_summarily_executed() -> None:
    """An adverb between the verb and its auxiliary still tells of the dead."""
    text = (
        "Jihadists reportedly executed more than 40 soldiers after overrunning an air base. "
        "The Syrian Observatory for Human Rights said the soldiers were summarily executed near the runway."
    )
    assert told(text) == [("killed", 40, OBSERVATORY)]
