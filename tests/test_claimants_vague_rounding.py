"""A headline's or lead's vague count in the outlet's voice ("Scores dead
in market raids") told again as a number with its source in the lines
after is that source's: the outlet rounded the source's count
(casualty_sources._rounded_before_counted). Sentences are this project's own
wording, after the shapes read in FA-KES articles outside the held-out half
(wire copy of a monitor's toll under a vague headline, a Russian agency's
count under "Tens of civilians", a lead's "dozens" the monitor splits by
province), and a body named inside what an unlisted speaker said."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.attribution import outlet_voice
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 10, 30)


def sources(text: str, outlet: str) -> list[tuple[str, int | None, str | None]]:
    found = extract(text, DAY, outlet=outlet).claims
    return [(c.outcome, c.best, c.claimant) for c in found if isinstance(c, CasualtyClaim)]


def test_a_vague_headline_takes_the_monitors_count_told_after_it() -> None:
    text = (
        "Dozens of people killed in shelling on Hama quarters AFP Sunday 30 Oct 2016 "
        "Two days of shelling on the northern quarters of Hama have left 41 civilians dead, "
        "the Syrian Observatory for Human Rights said on Sunday."
    )
    found = sources(text, "ahram")
    assert ("killed", 12, "Syrian Observatory for Human Rights") in found
    assert ("killed", 41, "Syrian Observatory for Human Rights") in found


def test_tens_in_the_headline_go_to_the_agency_named_for_the_lead() -> None:
    text = (
        "Night Raids Kill Tens of Villagers East of Raqqa. "
        "Night raids on a farming village east of Raqqa left at least 55 villagers dead. "
        "According to the Sputnik news agency, bombs fell on homes by the river and at least "
        "55 villagers died, several of them children."
    )
    assert ("killed", 10, "Sputnik") in sources(text, "alalam")


def test_dozens_is_no_rounding_of_fewer_than_two_dozen() -> None:
    """The agency's 17 wounded are not "dozens": the lead's word stays the
    outlet's, as ACLED's minimum of 12 is only the coding of the word."""
    text = (
        "A blast on a bus in the capital killed at least seven people and wounded dozens on Sunday. "
        "The state news agency SANA said five people were killed and 17 wounded in the explosion."
    )
    found = sources(text, "sputnik")
    assert ("injured", 17, "SANA") in found
    assert ("injured", 12, outlet_voice("sputnik")) in found


def test_twice_the_word_is_a_rounding() -> None:
    """The same lead with the agency's 26 wounded: "dozens" rounds them."""
    text = (
        "A blast on a bus in the capital killed at least seven people and wounded dozens on Sunday. "
        "The state news agency SANA said five people were killed and 26 wounded in the explosion."
    )
    assert ("injured", 12, "SANA") in sources(text, "sputnik")


def test_an_army_named_in_what_a_man_said_is_not_the_teller() -> None:
    """A body named inside the words an unlisted speaker said is what was
    said, not who says it (blind reading 7878, text 04): the shelling told
    after the man's words stays the outlet's narration."""
    text = (
        '"Nobody here carries a gun. The army\'s camps lie miles from our fields" the farmer said. '
        "A woman and her son were killed in shelling of the nearby village."
    )
    found = extract(text, DAY, outlet="ahram").claims
    assert all(c.claimant != "Military Forces of Syria" for c in found)
    assert all(c.claimant != "Military Forces (country not named)" for c in found)


def test_the_army_as_the_teller_is_still_read() -> None:
    """The fallback still finds the army when it tells: "an army statement said"."""
    text = "Five gunmen were killed in the clashes near the village on Monday, an army statement said."
    found = extract(text, DAY, outlet="ahram").claims
    assert any(isinstance(c, CasualtyClaim) and c.claimant.startswith("Military Forces") for c in found)


def test_a_speakers_name_parsed_as_a_clause_still_speaks() -> None:
    """Without its apostrophe the parse reads "Syrias state run" as a
    clause before "TV said"; no quote mark or comma sets it off, so it is
    the speaker's name, not what was said."""
    text = (
        "A blast hit a minibus in the old city on Sunday. "
        "Syrias state run TV said a bomb left in a bag went off at a stop and that 14 people were hurt."
    )
    found = sources(text, "nna")
    assert ("injured", 14, "Syrian state television") in found
