"""Claimant kinds the second blind FA-KES file's dev half showed missed
(issue 11, branch claimant20, 2026-12-01): an agency that "reports" a figure
at a sentence's end with its comma lost; a definite description of a monitor
by its side and country ("the London-based Syrian opposition organization")
and the "It added" after it; a body's official speaking as the body; a count
an outlet carried from a source who told it; "a hospital source"; and a local
office named with the place it serves. Sentences are this project's own
wording, after the shapes read in FA-KES articles outside the held-out halves
and wire reports of the pages corpus."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 6, 20)


def sources(text: str, outlet: str) -> list[tuple[str, int | None, str | None]]:
    found = extract(text, DAY, outlet=outlet).claims
    return [(c.outcome, c.best, c.claimant) for c in found if isinstance(c, CasualtyClaim)]


def test_a_wire_agency_reporting_at_the_end_of_a_paragraph_is_the_teller() -> None:
    text = (
        "Since the spring shells fired across the frontier have struck border towns almost weekly. "
        "Altogether 19 residents among them refugees staying with relatives were killed and more than 60 "
        "others hurt in such shelling Anadolu Agency reports. 14"
    )
    assert {who for _, _, who in sources(text, "alalam")} == {"Anadolu Agency"}


def test_a_wire_agency_closing_a_headline_still_credits_the_copy() -> None:
    # "… Monitor AFP" is a byline: the agency carries the monitor's words.
    text = (
        "Shelling kills 9 in northern town Monitor AFP Monday 3 Jul 2016 "
        "Shelling killed nine people on Monday."
    )
    assert "Agence France-Presse" not in {who for _, _, who in sources(text, "ahram")}


def test_the_side_and_country_of_a_monitor_named_before_refer_back_to_it() -> None:
    text = (
        "Jihadists shot dozens of captured soldiers near the air base. The opposition-aligned group known as "
        "the Syrian Observatory for Human Rights said the killings happened after the base fell. "
        "The Britain-based Syrian opposition organization added that some were beheaded. "
        "It added that more than 40 of the jihadists also died in the battle for the base."
    )
    assert ("killed", 40, "Syrian Observatory for Human Rights") in sources(text, "alalam")


def test_a_countrys_ministry_is_no_later_mention_of_a_monitor() -> None:
    text = (
        "The Syrian Observatory for Human Rights said 3 rebels died near Idlib. "
        "The Russian ministry said 4 soldiers were wounded in Hama."
    )
    found = sources(text, "alalam")
    assert ("injured", 4, "Syrian Observatory for Human Rights") not in found


def test_a_named_bodys_official_speaks_as_the_body() -> None:
    text = (
        "The camp outside the town is run by the National Defence Forces (NDF), a militia loyal to the "
        "government. The NDF official told AFP that four fighters were hurt in the raid."
    )
    assert sources(text, "jordantimes") == [("injured", 4, "National Defence Forces")]


def test_a_known_groups_spokesman_speaks_as_the_group() -> None:
    text = "Rockets hit the border village overnight killing 6 people a senior Hezbollah official said."
    assert sources(text, "dailysabah") == [("killed", 6, "Hezbollah")]


def test_a_countrys_official_is_no_named_body() -> None:
    text = "Air raids on the market killed 11 civilians a US official said."
    assert sources(text, "dailysabah")[0][2] != "United States"


def test_a_count_the_agency_carried_is_the_sources_who_told_it() -> None:
    text = (
        "Five civilians hurt in shelling on Aleppo district. Five civilians were hurt when shells hit a "
        "residential street in Aleppo according to SANA. Speaking to SANA a source at Aleppo Police Command "
        "said that gunmen fired mortar rounds on the street wounding 5 people."
    )
    found = sources(text, "manar")
    # The headline and the source's own telling are the command's; the
    # sentence that itself credits the agency keeps the agency it names.
    assert [who for _, _, who in found] == ["Aleppo Police Command", "SANA", "Aleppo Police Command"]


def test_a_count_the_agency_carried_from_nobody_stays_the_agencys() -> None:
    text = (
        "Five civilians were hurt when shells hit a residential street in Aleppo according to SANA. "
        "A source at Aleppo Police Command said the shells came from the west of the city."
    )
    assert ("injured", 5, "SANA") in sources(text, "manar")


def test_a_hospital_source_is_named_as_the_text_names_it() -> None:
    text = (
        "A bomber struck a funeral tent in the city. A hospital source in the city said there were "
        '"at least 14 dead and dozens hurt". Medical sources said 3 children were among the dead.'
    )
    found = sources(text, "alaraby")
    assert ("killed", 14, "hospital source") in found
    assert ("killed", 3, "medical source") in found


def test_a_local_office_keeps_the_place_it_serves() -> None:
    text = (
        "Jets struck the market town again. The United Relief Office in Western Qalamoun said that "
        "three people were killed in the raids."
    )
    assert sources(text, "etilaf") == [("killed", 3, "United Relief Office in Western Qalamoun")]


def test_a_states_centre_drops_where_it_sits() -> None:
    text = "The Russian Coordination Center in Hmeimim said 3 people were wounded by shelling of the town."
    assert sources(text, "sputnik")[0][2] == "Russian Coordination Center"


def test_a_source_telling_how_after_the_wounded_were_taken_away_has_the_lead() -> None:
    text = (
        "A barrel bomb dropped on the rebel-held quarter on Tuesday left four people dead and 9 hurt. "
        "The wounded including rescue staff were taken to field clinics. "
        "A security source says rescuers were still digging for people buried when the building collapsed "
        "after the attack."
    )
    assert {who for _, _, who in sources(text, "trt")} == {"security source"}


def test_the_wounded_families_are_no_retelling_of_the_lead() -> None:
    text = (
        "A barrel bomb dropped on the rebel-held quarter on Tuesday left four people dead and 9 hurt. "
        "Relatives of the wounded gathered outside the field clinics. "
        "A security source says rescuers were still digging for people buried when the building collapsed "
        "after the attack."
    )
    assert "security source" not in {who for _, _, who in sources(text, "trt")}


def test_an_acronym_spelled_out_after_a_capitalised_modifier() -> None:
    text = (
        "Shells hit a depot of the Tehran-funded Popular Guard Brigades (PGB) near the frontier. "
        "A PGB official said 3 guards were killed in the shelling."
    )
    assert sources(text, "sputnik") == [("killed", 3, "Popular Guard Brigades")]
