"""Speakers named in ways the main resolver missed (speaker_names.py): a
charity introduced by a description, a capital speaking for its government,
a misspelt agency, the group a network opposes, "that nation's ministry", a
toll "given" by a source, and an estimate by analysts.

Sentences written for these tests in the manner of wire copy (commas and
apostrophes sometimes stripped), about several wars; none is copied from a report.
"""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2024, 11, 26)
SOHR = "Syrian Observatory for Human Rights"


def claims(text: str, outlet: str | None = "Reuters") -> list[CasualtyClaim]:
    return [c for c in extract(text, DAY, outlet=outlet).claims if isinstance(c, CasualtyClaim)]


def by_figure(text: str, outlet: str | None = "Reuters") -> dict[int | None, str | None]:
    return {c.best: c.claimant for c in claims(text, outlet)}


def test_a_charity_introduced_by_a_description_speaks_under_its_own_name() -> None:
    text = (
        "The Catholic charity Aid to the Church in Need, quoting villagers who had fled to Hasakah, "
        "said one woman was beheaded and two men were shot dead. The charity Aid to the Church in Need "
        "said about 12 men were also abducted by the militants."
    )
    got = by_figure(text, "Al-Alam")
    assert got[1] == got[2] == got[12] == "Aid to the Church in Need"


def test_a_capital_alone_as_the_speaker_is_its_government() -> None:
    text = (
        "Washington said on Tuesday that its strike on a convoy near Deir ez-Zor in Syria killed 14 fighters."
    )
    assert by_figure(text) == {14: "Government of the United States"}


def test_a_capital_named_as_a_place_is_not_a_speaker() -> None:
    text = "In Washington officials said a drone strike killed 3 fighters near Kandahar on Monday."
    assert by_figure(text)[3] != "Government of the United States"


def test_an_agency_misspelt_by_one_letter_is_the_agency() -> None:
    text = (
        "Three soldiers were killed when their patrol was ambushed near Afrin, the Ananolu agency reported."
    )
    assert by_figure(text, "Daily Sabah") == {3: "Anadolu Agency"}


def test_a_short_word_one_letter_off_a_short_name_is_not_an_agency() -> None:
    # "Sena" is one letter off SANA; four letters are too few to call it a slip.
    text = "Sena said two children were killed by the shelling of her street in Douma on Friday."
    assert by_figure(text, "Al-Alam")[2] != "SANA"


def test_the_group_a_network_opposes_is_not_the_speaker() -> None:
    text = "An anti-ISIS activist network said 23 civilians died in the air raids on Mayadin on Friday."
    got = by_figure(text, "Al-Araby Al-Jadeed")
    assert got[23] not in ("Islamic State", "Al-Araby Al-Jadeed")


def test_an_estimate_by_analysts_is_theirs_and_hedged() -> None:
    text = "The seven-year war has killed as many as 500,000 people, analysts estimate."
    (claim,) = claims(text, "TRT")
    assert claim.claimant == "analysts"
    assert claim.stance == "hedged"


def test_that_nations_ministry_is_the_country_whose_soldiers_died() -> None:
    # The last country named (Pakistan) is where the attackers came from.
    text = (
        "Gunmen attacked a checkpoint near the Pakistani border on Monday, killing six Afghan soldiers, "
        "that nation's Defense Ministry said."
    )
    assert by_figure(text) == {6: "Afghan Defense Ministry"}


def test_the_countrys_ministry_after_a_neighbours_border() -> None:
    text = (
        "Suicide bombers struck an army post near the Syrian border killing four Turkish soldiers and "
        "wounding nine the country's defence ministry said in a statement."
    )
    got = by_figure(text, "Al-Alam")
    assert got[4] == got[9] == "Turkish Ministry of National Defence"


def test_a_source_that_gives_a_toll_speaks_for_it() -> None:
    text = (
        "A truck bomb tore through a market in Qamishli on Wednesday. Kurdish officials said the bomber "
        "drove in from the south. Syrian state media gave a toll of 44 dead and 140 injured while the "
        "Britain-based Syrian Observatory for Human Rights gave a toll of 48 dead."
    )
    got = by_figure(text, "Jordan Times")
    assert got[44] == got[140] == "Syrian state media"
    assert got[48] == SOHR


def test_a_neighbours_health_ministry_is_that_ministry_not_its_whole_government() -> None:
    text = (
        "Early results of tests on people hurt in the strike on Khan Sheikhoun suggest a nerve agent, "
        "Turkeys health ministry said on Thursday. It said 31 people wounded in the strike were being "
        "treated in Turkish hospitals."
    )
    got = by_figure(text, "Al Arabiya")
    assert got[31] == "turkish health ministry"
    # and the country's name alone still speaks for its government
    assert by_figure("Ankara said its jets killed 12 fighters near Afrin on Sunday.", "Al Arabiya") == {
        12: "Turkish government"
    }


def test_words_run_into_an_unnamed_speaker_are_no_part_of_it() -> None:
    # commas stripped: the count's "more" and the place before run into the speaker
    text = (
        "A car bomb at a checkpoint on the Latakia road killed at least nine people and wounded dozens "
        "more local media said. In the northern town of Manbij local media said four civilians died when "
        "a mine went off near a bakery."
    )
    got = by_figure(text, "TRT")
    assert got[9] == got[4] == "local media"


def test_a_pair_of_unnamed_speakers_is_not_cut_to_the_second() -> None:
    text = "Shelling killed 14 people in the market on Sunday medical workers and local officials said."
    assert by_figure(text, "Al-Araby Al-Jadeed")[14] != "local officials"


def test_a_statement_named_again_speaks_for_whoever_issued_it() -> None:
    text = (
        "An Iraqi Defence Ministry statement said troops repelled an attack by the militants on the town "
        "of Haditha on Sunday. At least 20 militants were killed in the failed attack said the statement "
        "which gave no figure for the troops."
    )
    assert by_figure(text, "Daily Sabah") == {20: "Iraqi Defence Ministry"}


def test_a_capital_that_estimates_a_toll_in_a_relative_clause_is_its_government() -> None:
    text = (
        "Inspectors found that sarin was used in Eastern Ghouta near Damascus in 2013. Washington "
        "blamed the Syrian government for that attack which it estimates killed 1429 people."
    )
    assert by_figure(text, "TRT") == {1429: "Government of the United States"}
    assert by_figure(text.replace("Washington", "The United States"), "TRT") == {
        1429: "Government of the United States"
    }
    assert by_figure(
        "The UN estimates that more than 400,000 people have been killed in the war.", "TRT"
    ) == {400000: "United Nations"}


def test_a_capital_after_a_preposition_is_no_speaker() -> None:
    # commas stripped: "… trained by Washington said the Observatory"
    text = (
        "The Nusra Front stormed the base of a rebel unit on Friday leaving at least 11 dead a monitor "
        "said. The attack came a day after the group seized eight fighters from the unit who had been "
        "trained by Washington said the Syrian Observatory for Human Rights."
    )
    assert set(by_figure(text, "Al-Manar").values()) == {SOHR}


def test_a_description_before_a_known_name_is_that_name() -> None:
    text = (
        "Nearly 50 air strikes hit rebel areas of Aleppo on Sunday residents and a monitoring group said. "
        "The group the Syrian Observatory also said a war plane had crashed south of the city. The monitor "
        "said 13 people including six children were killed in the raids."
    )
    assert set(by_figure(text, "Jordan Times").values()) == {SOHR}


def test_a_source_giving_a_toll_in_a_relative_clause_is_the_subject_of_the_main_verb() -> None:
    text = (
        "Air strikes on the town killed 14 people on Sunday the local council said. The activist-run Idlib "
        "News network which gave a lower toll of 11 people killed said the jets struck a school."
    )
    assert by_figure(text, "Jordan Times")[11] == "Idlib News network"


def test_that_nations_ministry_without_forces_named_is_the_acting_country_not_the_place() -> None:
    # no force noun: the country named as the actor, not the one after "in"
    text = (
        "Russia's air campaign in Syria lost another officer on Tuesday, when that nation's Defence "
        "Ministry said a colonel and two soldiers were killed by a roadside bomb near Palmyra."
    )
    assert set(by_figure(text, None).values()) == {"Russian Ministry of Defence"}
