"""Issue 11's rules on sentences of our own wording: which numbers are
casualties, their scope and period, who claims them, and what changed hands."""

from __future__ import annotations

from datetime import date

import pytest

from warmonitor.extract.claims import CasualtyClaim, ControlClaim
from warmonitor.extract.numbers import MAX_COUNT, find_counts
from warmonitor.extract.pipeline import extract

DAY = date(2024, 6, 12)  # a Wednesday
SOHR = "Syrian Observatory for Human Rights"


def figures(text: str, outlet: str = "Reuters", published: date = DAY) -> list[CasualtyClaim]:
    return [c for c in extract(text, published, outlet=outlet).claims if isinstance(c, CasualtyClaim)]


def control(text: str, outlet: str = "Reuters", published: date = DAY) -> list[ControlClaim]:
    return [c for c in extract(text, published, outlet=outlet).claims if isinstance(c, ControlClaim)]


@pytest.mark.parametrize(
    "text",
    [
        "Shells fell on Mosul, home to some 1.5 million people, killing two women.",
        "Drones hit a camp housing 4,000 displaced people near the town, killing two women.",
        "The convoy of 35 lorries reached the town where gunmen killed two women on Monday.",
        "Jets carried out 70 air strikes overnight and killed two women in the village.",
        "Militants fired 40 rockets at the base; two women were killed in a nearby house.",
        "The blast, 15 kilometres from the border, killed two women aged 40 and 62.",
        "The UN appealed for 300 million dollars after gunmen killed two women.",
        "Gunmen who fled with 12 families killed two women, police said.",
    ],
)
def test_numbers_that_count_no_casualties(text: str) -> None:
    claims = figures(text)
    assert [(c.outcome, c.best) for c in claims] == [("killed", 2)], [c.best for c in claims]


def test_a_figure_above_the_plausible_bound_is_no_claim() -> None:
    assert figures("The ministry said 25 million people were killed.") == []


def test_every_figure_fits_64_bits() -> None:
    assert [c.value for c in find_counts("99999999999999999999999 killed")] == []
    assert max(c.value for c in find_counts("9,223,372,036,854,775,807 and 5")) == MAX_COUNT


@pytest.mark.parametrize(
    ("words", "value"),
    [("two dozen", 24), ("half a dozen", 6), ("three dozen", 36), ("dozens", 12), ("a dozen", 12)],
)
def test_dozens_multiplied_but_vague_dozens_stay_twelve(words: str, value: int) -> None:
    assert [c.value for c in find_counts(f"{words} soldiers")] == [value]


@pytest.mark.parametrize(
    ("words", "value"),
    [("several hundred", 100), ("Several dozen", 12), ("a few thousand", 1000), ("several", 3)],
)
def test_several_of_a_unit_is_one_vague_figure(words: str, value: int) -> None:
    # "several hundred" is one vague hundreds, not "several" (3) then "hundred"
    counts = find_counts(f"air raids since the spring have killed {words} people, most of them farmers")
    assert [(c.value, c.vague) for c in counts] == [(value, True)]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("half a million", 500_000),
        ("a quarter of a million", 250_000),
        ("three quarters of a million", 750_000),
        ("one and a half million", 1_500_000),
        ("two-and-a-half thousand", 2_500),
        ("a million", 1_000_000),
    ],
)
def test_a_fraction_of_a_scale_word_is_one_figure(words: str, value: int) -> None:
    # Was 1,000,000 for "half a million" ("half" skipped, "a million" read).
    assert [c.value for c in find_counts(f"more than {words} people have fled")] == [value]


def test_a_background_toll_of_half_a_million_is_that_figure_and_historical() -> None:
    claims = figures(
        "Fighting near Idlib killed six people on Monday. The war has killed over half a million since 2011."
    )
    assert {(c.best, c.scope) for c in claims} == {(6, "incident"), (500_000, "historical")}


def test_a_conflicts_background_toll_is_historical_with_its_period() -> None:
    claims = figures(
        "The conflict, which has left more than 500,000 people dead since 2011, flared again on Tuesday "
        "when a car bomb killed nine people in Azaz."
    )
    assert [(c.best, c.scope) for c in claims] == [(500_000, "historical"), (9, "incident")]
    assert claims[0].period_start == date(2011, 1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "More than 400000 people have been killed in Syrias war, which began in 2011.",
        "Over 250,000 people have died since the conflict erupted in 2011, the monitor says.",
        "Some 90,000 people have been killed during the insurgency.",
    ],
)
def test_a_wars_toll_told_in_passing_is_historical(text: str) -> None:
    claims = figures(text, published=date(2016, 5, 3))
    assert claims and all(c.scope == "historical" for c in claims)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The toll from the shelling of Idlib rose to 71, rescuers said.", None),
        ("Rescuers raised the toll to 71 on Wednesday.", None),
        ("At least 71 people have been killed in days of clashes around Idlib, medics said.", None),
        ("So far 71 civilians have died, according to medics.", None),
        ("The fighting has killed 71 people in the four days of the assault, medics said.", date(2024, 6, 9)),
        ("Medics said 71 people had died since Sunday.", date(2024, 6, 9)),
    ],
)
def test_running_tolls_dated_when_stated_with_their_start(text: str, start: date | None) -> None:
    (claim,) = figures(text)
    assert (claim.best, claim.scope, claim.as_of, claim.period_start) == (71, "cumulative", DAY, start)
    assert claim.date is not None and claim.date.start == DAY


@pytest.mark.parametrize(
    "text",
    [
        "Nine rebels were killed near Idlib, ACCORDING TO THE SYRIAN OBSERVATORY FOR HUMAN RIGHTS.",
        "Nine rebels were killed near Idlib, the Britain-based monitor SOHR said.",
        "SOHR reported clashes near Idlib. The monitor's director told Reuters nine rebels were killed.",
        "The Syrian Observatory for Human Rights reported clashes. It said nine rebels were killed in Idlib.",
        "The Syrian Observatory for Human Rights reported clashes. Nine rebels died in Idlib, the NGO said.",
    ],
)
def test_one_monitor_under_every_description(text: str) -> None:
    claims = figures(text)
    assert [c.best for c in claims] == [9] and claims[0].claimant == SOHR


def test_an_unknown_organisation_is_its_own_claimant_and_later_the_organization() -> None:
    claims = figures(
        "The Kivu Security Tracker counted new raids on Monday. The organization said 14 villagers died."
    )
    assert [(c.best, c.claimant) for c in claims] == [(14, "Kivu Security Tracker")]


def test_an_unnamed_monitor_is_the_monitor_the_report_names_elsewhere() -> None:
    claims = figures(
        "A war monitor said 30 fighters were killed on Tuesday. The Syrian Observatory for Human Rights "
        "has tracked the fighting since 2011."
    )
    assert [(c.best, c.claimant) for c in claims] == [(30, SOHR)]


def test_the_subject_of_seized_gains_and_from_x_loses() -> None:
    claims = control("Hayat Tahrir al-Sham seized Saraqib from government forces on Tuesday.")
    assert [(c.place.name if c.place else None, c.actor, c.change) for c in claims] == [
        ("Saraqib", "Hayat Tahrir al-Sham", "gained"),
        ("Saraqib", "Military Forces of Syria", "lost"),
    ]


def test_a_landmark_near_the_object_is_not_the_object() -> None:
    claims = control(
        "Hayat Tahrir al-Sham overran Khan Shaykhun, 50 km south of the city of Idlib, on Monday."
    )
    assert [c.place.name for c in claims if c.place] == ["Khan Shaykhun"]  # the name readers use (issue 13)


def test_it_refers_back_to_the_town_that_changed_hands() -> None:
    claims = control(
        "Hayat Tahrir al-Sham stormed Saraqib on Monday, near the road to Aleppo. "
        "The army said it withdrew from the town to avoid losses."
    )
    assert [(c.place.name if c.place else None, c.change) for c in claims] == [
        ("Saraqib", "gained"),
        ("Saraqib", "lost"),
    ]


def test_control_told_as_history_is_dropped() -> None:
    claims = control(
        "Hayat Tahrir al-Sham entered Saraqib on Monday. Government forces had captured the town in 2020."
    )
    assert [(c.actor, c.change) for c in claims] == [("Hayat Tahrir al-Sham", "gained")]


def test_repelling_an_attack_contests_the_place() -> None:
    claims = control("The army said its troops repelled an attack on Saraqib on Monday.")
    assert [(c.place.name if c.place else None, c.change) for c in claims] == [("Saraqib", "contested")]


def test_a_countrys_regions_and_lost_lives_change_no_hands() -> None:
    text = (
        "Twelve soldiers lost their lives on Monday. Rebels have taken control of large parts of the "
        "north of the country, the army said."
    )
    assert control(text) == []
    assert [c.best for c in figures(text)] == [12]


def test_last_weekday_said_on_that_weekday_is_a_week_earlier() -> None:
    (claim,) = figures("Gunmen killed four farmers last Wednesday near Mopti.")
    assert claim.date is not None and claim.date.start == date(2024, 6, 5)
    (claim,) = figures("Gunmen killed four farmers last Monday near Mopti.")
    assert claim.date is not None and claim.date.start == date(2024, 6, 10)


def test_a_relative_clause_is_about_its_noun() -> None:
    claims = control("Residents returned to Saraqib, which fell to Hayat Tahrir al-Sham on Monday.")
    assert [(c.place.name if c.place else None, c.actor) for c in claims] == [
        ("Saraqib", "Hayat Tahrir al-Sham")
    ]


def test_a_repelled_attack_with_no_place_is_on_the_town_the_report_is_about() -> None:
    # The army's "repelled the attack" answers the offensive on the report's town,
    # not the town the sentence before it says was also taken.
    claims = control(
        "Jihadist fighters stormed into Aleppo on Friday and fighting spread across Aleppo's "
        "western districts, the Observatory said. The rebels also captured Saraqib, a town to the "
        "south-west, the monitor said. Syria's army said it had repelled the attack."
    )
    contested = [(c.place.name if c.place else None) for c in claims if c.change == "contested"]
    assert contested == ["Aleppo"]
