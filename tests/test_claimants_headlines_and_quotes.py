"""Claimants of quotations, headlines and their bylines (issue 11, round 7),
on sentences of our own wording that keep the real reports' messiness
(commas and colons stripped, a headline run into its byline and lead)."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2016, 8, 12)


def claims(text: str, outlet: str = "Al-Araby Al-Jadeed") -> list[CasualtyClaim]:
    return [c for c in extract(text, DAY, outlet=outlet).claims if isinstance(c, CasualtyClaim)]


def test_the_speaker_after_a_closing_quote_is_read_from_a_bare_title() -> None:
    # The parser hangs "media activist Karim Nasser" on the quoted noun phrase,
    # so "told" has no subject; the words after the closing quote name the speaker.
    text = (
        '"Regime jets bombed the bakery with rockets causing the deaths of at least five children" '
        "media activist Karim Nasser told Reuters adding that many were hurt."
    )
    found = claims(text)
    assert [(c.best, c.claimant) for c in found] == [(5, "activists")]


def test_a_quote_closed_before_the_outlet_itself_keeps_the_outlet() -> None:
    # No speaker's words after the quote: the report's own voice.
    text = (
        '"Regime jets bombed the bakery with rockets causing the deaths of at least five children" '
        "Reuters reported."
    )
    found = claims(text, outlet="Reuters")
    assert [c.claimant for c in found] == ["Reuters"]


@pytest.mark.parametrize(
    "text",
    [
        "Chemical agents were used in the strike which left at least 100 people dead and over 400 hurt "
        "according to the directorate of health in Idlib province.",
        "The shelling killed 12 people according to the Idlib health directorate.",
        "Five children were hurt in the shelling of the school medical sources at the Directorate of "
        "Health in Idlib said.",
        "Idlib Health Directorate said 14 people died in the raids on the market.",
    ],
)
def test_a_places_health_directorate_is_one_claimant_in_either_order(text: str) -> None:
    found = claims(text, outlet="Etilaf")
    assert found and {c.claimant for c in found} == {"Idlib Health Directorate"}


def test_a_directorate_of_another_field_or_place_stays_apart() -> None:
    text = "Nine pupils were wounded in the shelling according to the directorate of education in Hama."
    found = claims(text)
    assert [c.claimant for c in found] == ["Hama Education Directorate"]


def test_a_statement_issued_by_a_body_is_that_bodys_not_the_last_speakers() -> None:
    # "a statement" alone would be read as "the statement" of the last speaker.
    text = (
        "Local activist Samir Haddad said the bodies were found near the well. "
        "Government troops killed 31 fighters in the hamlet near the river according to a statement "
        "issued Sunday by the Syrian Network for Human Rights. "
        "The fighters had held the hamlet for a week according to the statement. "
        "Troops detained 40 men at the school in the hamlet."
    )
    found = claims(text, outlet="Daily Sabah")
    assert [(c.best, c.claimant) for c in found][:1] == [(31, "Syrian Network for Human Rights")]


def _figures(text: str) -> list[tuple[int | None, str | None, date | None]]:
    found = extract(text, date(2016, 2, 9), outlet="Al-Ahram").claims
    return [
        (c.best, c.claimant, c.date.start if c.date else None) for c in found if isinstance(c, CasualtyClaim)
    ]


def test_a_headline_cut_off_at_its_byline_keeps_the_leads_day() -> None:
    # Headline, source word, agency, dateline and lead in one run of text.
    text = (
        "Air raids kill 14 in rebel-held district of Homs Monitor AFP Tuesday 9 Feb 2016 "
        "Air raids killed at least 14 civilians in a rebel-held district of Homs on Tuesday "
        "the Syrian Observatory for Human Rights said."
    )
    sohr = "Syrian Observatory for Human Rights"
    assert _figures(text) == [(14, sohr, date(2016, 2, 9)), (14, sohr, date(2016, 2, 9))]


def test_a_headline_figure_the_lead_tells_again_takes_the_leads_named_source() -> None:
    # "Moscow" before the byline is the Russian government; the lead names the
    # office that gave the figure, the defence ministry, as the gold does.
    text = (
        "Moscow says 40 rebels killed in its strikes AFP Tuesday 9 Feb 2016 Some 40 rebels were killed "
        "on Monday in Russian strikes on a depot in Idlib the Russian military said."
    )
    mod = "Russian Ministry of Defence"
    assert _figures(text) == [(40, mod, date(2016, 2, 8)), (40, mod, date(2016, 2, 8))]


def test_the_lead_after_a_byline_does_not_go_on_with_a_caption_speaker() -> None:
    text = (
        "Fighters of a rebel alliance said they took the hill near the highway June 6 2015 (Reuters) "
        "Two people were killed and 15 injured as troops shelled a village in the mountains."
    )
    found = claims(text, outlet="Daily Sabah")
    assert [(c.best, c.claimant) for c in found] == [(2, "Daily Sabah"), (15, "Daily Sabah")]


def test_a_photo_credit_is_no_byline() -> None:
    from warmonitor.extract.attribution import byline

    assert byline("Smoke over the town (Reuters Photo) Thirty people were killed on Monday.", DAY) is None
    assert byline("Residents flee the shelling Image copyright AP Image caption Nine died.", DAY) is None
    assert byline("Nine people were killed on Monday a source told AFP Reuters said.", DAY) is None
    found = byline("Car bomb kills six in Homs NGO AFP Monday 17 Mar 2014 Six people were killed.", DAY)
    assert found is not None and found.lead == 54  # "Six people …", past the dateline


def test_a_speaker_before_an_auxiliary_and_a_saying_verb_without_commas() -> None:
    # With the commas gone the parser leaves "announced" without a subject;
    # the words before "has" name the speaker (its acronym in brackets too).
    text = (
        "A strike on a school in Idlib has left three pupils dead and nine others injured "
        "the Norwegian Refugee Council (NRC) has announced."
    )
    found = claims(text)
    assert [c.claimant for c in found] == ["Norwegian Refugee Council"] * len(found)
    # the nine "others injured" are a figure of their own since 'others' take their outcome
    assert [(c.outcome, c.best) for c in found] == [("killed", 3), ("injured", 9)]


def test_it_said_stands_for_the_organisation_that_reported_not_the_spokesman() -> None:
    text = (
        "The spokesman said the team would go to the town of Kafr Zeita, where the Interior Ministry "
        "reported a bombing last week. It said 9 policemen died in the blast."
    )
    found = extract(text, date(2016, 4, 2), outlet="Al Arabiya").claims
    assert [c.claimant for c in found if isinstance(c, CasualtyClaim)] == ["Interior Ministry"]


def test_he_said_still_stands_for_the_spokesman() -> None:
    text = (
        "The spokesman said the team would go to the town of Kafr Zeita, where the Interior Ministry "
        "reported a bombing last week. He said 9 policemen died in the blast."
    )
    found = extract(text, date(2016, 4, 2), outlet="Al Arabiya").claims
    assert [c.claimant for c in found if isinstance(c, CasualtyClaim)] == ["spokesman"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's list without commas: the word right after each count is its own
        ("Seven dead 20 wounded in bus blast in central Homs.", [(7, "killed"), (20, "injured")]),
        ("3 May 2016 Civilian killed 4 injured in shelling of Daraa.", [(4, "injured")]),
        # but a verb taking a count of its own keeps the killing verb's object killed
        ("The blast killed 12 wounded 30 others in the market.", [(12, "killed"), (30, "injured")]),
    ],
)
def test_the_outcome_word_right_after_a_count_is_its_own(text: str, expected: list[tuple[int, str]]) -> None:
    found = claims(text, outlet="SANA")
    assert [(c.best, c.outcome) for c in found] == expected


def test_a_vague_amount_does_not_restate_an_exact_figure_of_the_same_value() -> None:
    # "dozens" is 12 by ACLED's rule, but it is no retelling of "at least 12".
    text = (
        "Dozens of civilians were killed after air raids hit a crowded market in the north. "
        "Local activists said at least 12 people died when the raids struck the town on Sunday."
    )
    found = claims(text)
    assert [(c.best, c.qualifier, c.claimant) for c in found] == [
        (12, "vague", "Al-Araby Al-Jadeed"),
        (12, "at least", "activists"),
    ]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "A Russian major general died when a roadside bomb hit his convoy east of Deir Ezzor, "
            "Russia's Defence Ministry said.",
            "Russian Ministry of Defence",
        ),
        (
            "Two Turkish soldiers were killed by mortar fire near al-Bab, Turkey's defence ministry said.",
            "Turkish Ministry of National Defence",
        ),
    ],
)
def test_a_ministry_named_by_its_countrys_possessive_is_the_one_its_demonym_names(
    text: str, claimant: str
) -> None:
    # "Russia's Defence Ministry" and "the Russian Defence Ministry" are one
    # claimant (a blind reading found the possessive kept as raw words).
    assert [c.claimant for c in claims(text)] == [claimant]
