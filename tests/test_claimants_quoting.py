"""Who gives a figure told through a quotation, and a misspelt saying verb.

Sentences written for these tests in the manner of wire and state-agency
copy (commas and apostrophes often stripped), about several wars; none is
copied from a report. The shapes were read in FA-KES articles outside
split.csv and in wire copy from other wars (claimants.json `quoting`,
`misspelt_saying`).
"""

from __future__ import annotations

from datetime import date

from warmonitor.evaluation.claims import canonical
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract

DAY = date(2024, 3, 12)


def claimants(text: str, outlet: str) -> list[tuple[int | None, str | None]]:
    return [
        (c.best, c.claimant) for c in extract(text, DAY, outlet=outlet).claims if isinstance(c, CasualtyClaim)
    ]


def test_media_quoting_a_source_relay_it() -> None:
    text = (
        "Mortar rounds hit two markets of Homs on Monday. A local daily quoted a source at Homs Police "
        "Command as saying that the shelling killed 4 people and wounded 19 others near the old souk."
    )
    assert claimants(text, "Al-Alam") == [(4, "Homs Police Command"), (19, "Homs Police Command")]


def test_a_correspondent_who_quoted_a_source_still_relays_it_when_he_says_more() -> None:
    text = (
        "Rockets fell on residential quarters of Aleppo on Tuesday. SANAs correspondent quoted a source at "
        "Aleppo Police Command as saying that the rockets were fired from the eastern districts. "
        "The correspondent said the attacks claimed the lives of 5 people and injured 31 others."
    )
    assert claimants(text, "Al-Alam") == [(5, "Aleppo Police Command"), (31, "Aleppo Police Command")]


def test_a_correspondent_who_quoted_nobody_speaks_as_the_agency() -> None:
    text = (
        "Shells hit the Shaalan district of Damascus on Monday. "
        "SANAs correspondent said the shelling claimed the lives of 3 people."
    )
    assert claimants(text, "Al-Alam") == [(3, "SANA")]


def test_a_newspaper_quoting_residents_gives_their_figure() -> None:
    text = (
        "A regional newspaper quoted residents as saying that seven people were killed "
        "in the night raid on Kalba."
    )
    assert claimants(text, "Reuters") == [(7, "residents")]


def test_a_monitor_quoting_activists_gives_the_figure_as_its_own() -> None:
    text = (
        "The Syrian Observatory for Human Rights quoted activists in Douma as saying that barrel bombs "
        "killed 12 people in the town on Friday."
    )
    assert claimants(text, "AFP") == [(12, "Syrian Observatory for Human Rights")]


def test_a_passive_quotation_is_still_its_subjects() -> None:
    text = (
        "Two pilots were killed when their helicopter was downed "
        "the Russian military was quoted as saying by Interfax."
    )
    assert claimants(text, "TRT") == [(2, "Russian Ministry of Defence")]


def test_a_misspelt_said_with_a_clause_still_names_the_speaker() -> None:
    text = (
        "The Kenyan army has saaid six of its soldiers have been killed by a roadside bomb near the border."
    )
    assert claimants(text, "Al-Alam") == [(6, "Military Forces of Kenya")]


def test_a_word_one_letter_off_said_with_an_object_says_nothing() -> None:
    # "paid" is one letter off "said", but takes an object, not a clause:
    # the report's own voice.
    text = "The villagers paid a heavy price as shelling killed 8 people in Kalba on Sunday."
    assert claimants(text, "Al-Alam") == [(8, "Al-Alam")]


def test_two_spellings_of_one_outlet_are_one_claimant() -> None:
    first = claimants(
        "Shelling killed 9 civilians in the old city the Arabic-language al-Hadas News reported.", "Al-Alam"
    )
    second = claimants("Shelling killed 9 civilians in the old city al-Hadath News reported.", "Al-Alam")
    assert first == second == [(9, "al-Hadath News")]


def test_an_agency_reporting_people_as_saying_relays_them() -> None:
    text = (
        "Reuters also reported residents and rescue workers as saying that 14 people "
        "were killed in the strikes."
    )
    assert claimants(text, "Al-Ahram") == [(14, "residents")]


def test_a_participle_on_a_noun_is_that_nouns_saying() -> None:
    text = (
        "A car bomb hit a checkpoint near Mosul on Monday, police said, "
        "with a medical source saying at least 17 people were killed."
    )
    assert claimants(text, "Reuters") == [(17, "medical source")]


def test_a_participle_without_a_subject_takes_the_subject_of_its_verb() -> None:
    text = (
        "The monitoring group updated its earlier toll for the strike saying three more "
        "people had died of their wounds."
    )
    assert claimants(text, "AFP") == [(3, "unnamed war monitor")]


def test_a_monitor_hearing_local_sources_says_it_itself() -> None:
    text = (
        "The Syrian Observatory for Human Rights referenced four local sources saying that 9 fighters "
        "were killed near the dam."
    )
    assert claimants(text, "AFP") == [(9, "Syrian Observatory for Human Rights")]


def test_a_pronoun_speaking_in_a_relative_clause_is_the_main_clauses_subject() -> None:
    text = (
        "The Observatory said 12 people died in Idlib. Ankara sent tanks into the border area in an "
        "operation that it said had killed 45 militants."
    )
    got = dict(claimants(text, "Al-Alam"))
    assert got[12] == "Syrian Observatory for Human Rights"
    assert got[45] == "Turkish government"


def test_a_participle_inside_what_someone_said_stays_that_speakers() -> None:
    text = (
        "A local activist said Russian and Syrian war planes struck the town repeatedly "
        "adding that 6 civilians were injured."
    )
    assert claimants(text, "TRT") == [(6, "activists")]


def test_a_police_command_is_no_army_command() -> None:
    text = (
        "The agency quoted a source at the Police command as saying that two shells "
        "killed 3 people in the old quarter of Damascus."
    )
    # the police command's source, not the army's "general command"
    # (claimants.json generic entries); the command of the province the
    # sentence names (claimants.json placeless_offices, claimant19)
    [(best, claimant)] = claimants(text, "Al-Manar")
    assert best == 3 and canonical(claimant) == "damascus police command"
