"""Claimant kinds found by judging 25 FA-KES articles that no gold file covers
(Al-Alam, Al-Manar, SANA, Sputnik, TRT, Al-Araby, Daily Sabah; issue 11,
branch claimant24): a passive subject of a saying verb is what is told of,
not who tells it, and the agent of a passive verb of telling tells it; a
person named with "of the <known body>" speaks for the body; a counted
subject before an inverted "said" is no speaker; a bare plural speaker
("activists said") whose comma was lost; "local reports"; a Turkish
broadcaster or paper is no voice of the Turkish government; "State TV"
capitalised is the report's country's state TV. Sentences are this
project's own wording, after shapes read in FA-KES articles outside the
held-out halves, SATP summaries and wire reports of the pages corpus."""

from __future__ import annotations

from datetime import date

from warmonitor.extract.attribution import ClaimantContext, canonical_claimant, saying
from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract, load_pipeline

DAY = date(2016, 5, 6)


def sources(text: str, outlet: str | None = "Al-Alam") -> list[tuple[str, int | None, str | None]]:
    found = extract(text, DAY, outlet=outlet).claims
    return [(c.outcome, c.best, c.claimant) for c in found if isinstance(c, CasualtyClaim)]


def named(words: str) -> str | None:
    context = ClaimantContext(outlet="Al-Alam")
    context.limit = len(words) + 1
    return canonical_claimant(words, context)


def test_a_passive_subject_of_put_is_no_speaker() -> None:
    text = (
        "June 2017 As the group is put under heavy pressure in its last towns, two car bombs "
        "go off in the capital on the anniversary of the revolt. At least 32 are confirmed dead."
    )
    assert sources(text, outlet="Al-Araby Al-Jadeed") == [("killed", 32, "Al-Araby Al-Jadeed")]


def test_a_passive_reported_keeps_the_outlet_and_an_agent_still_speaks() -> None:
    assert sources("Six people were also reported killed in shelling of the old city.") == [
        ("killed", 6, "Al-Alam")
    ]
    text = (
        "Four deaths and 15 injuries were reported by the Syrian Observatory for Human Rights after the raid."
    )
    assert {c for _o, _b, c in sources(text)} == {"Syrian Observatory for Human Rights"}
    # an attack claimed by a group is its deed, not its telling
    text = (
        "At least 12 soldiers were killed in the ambush. The attack was claimed by the Islamic State group."
    )
    assert sources(text) == [("killed", 12, "Al-Alam")]


def test_a_counted_object_after_reported_is_no_speaker() -> None:
    assert sources("Three hospitals in the city reported 40 dead.") == [("killed", 40, "medical source")]


def test_the_army_quoted_as_saying_still_speaks() -> None:
    text = "The army was quoted as saying that 14 gunmen were killed near the dam on Sunday."
    assert sources(text)[0][2] != "Al-Alam"


def test_a_person_of_a_known_body_speaks_for_the_body() -> None:
    assert (
        named("Omar Haddad of the Syrian Observatory for Human Rights")
        == "Syrian Observatory for Human Rights"
    )
    assert named("Layla Saeed from the Syrian Arab Red Crescent") == named("Syrian Arab Red Crescent")
    # a title before "of" is no person's name, and an unknown body is no body
    assert named("Governor of Homs") == "Homs governor"
    assert named("Minister of Defence") is None


def test_a_quote_then_a_place_then_said_a_person_of_the_monitor() -> None:
    text = (
        '"Nine people were killed and 14 others hurt by the shelling at Kafr Nabl" a town in the '
        "south said Omar Haddad of the Syrian Observatory for Human Rights."
    )
    assert sources(text) == [
        ("killed", 9, "Syrian Observatory for Human Rights"),
        ("injured", 14, "Syrian Observatory for Human Rights"),
    ]


def test_the_quote_s_headline_twin_takes_the_speaker_named_after_the_quote() -> None:
    # the parser makes the person the verb's object here, the counted its subject
    text = (
        "Shelling Kills 9 Civilians in Syria. Shelling killed at least nine civilians in the north on "
        'Sunday. "At least nine civilians were killed and 14 others wounded by artillery fire and rockets '
        'on Sunday morning at Tal Saman" a hamlet east of Manbij said Omar Haddad of the Syrian '
        "Observatory for Human Rights."
    )
    assert {c for _o, _b, c in sources(text, outlet="Al-Manar")} == {"Syrian Observatory for Human Rights"}


def test_a_bare_plural_speaker_after_a_clause_without_its_comma() -> None:
    text = "Shelling killed five people in the town on Monday as they queued for bread activists said."
    assert sources(text, outlet="TRT World") == [("killed", 5, "activists")]
    text = "Two rockets hit the market at dawn killing three shoppers as the stalls opened residents said."
    assert sources(text, outlet="TRT World") == [("killed", 3, "residents")]


def test_a_bare_noun_no_generic_entry_names_is_not_taken() -> None:
    # "media" alone is no generic speaker: the run is left as before
    text = (
        "Fighting between two factions in the suburbs left over 60 militants dead media reported on Friday."
    )
    assert sources(text, outlet="Sputnik")[0][2] != "media"


def test_local_reports_are_the_sentence_s_own_speaker() -> None:
    text = (
        "A rocket attack on the old quarter killed at least four people and wounded 25 "
        "according to local reports."
    )
    assert sources(text, outlet="Sputnik") == [
        ("killed", 4, "local reports"),
        ("injured", 25, "local reports"),
    ]


def test_a_turkish_broadcaster_or_paper_is_not_the_turkish_government() -> None:
    assert named("Turkish broadcaster NTV") == "NTV"
    assert named("a Turkish newspaper") != "Turkish government"
    assert named("Turkish media") != "Turkish government"
    assert named("a pro-government Turkish daily") != "Turkish government"
    # the state's own voices stay the government's
    assert named("Turkish officials") == "Turkish government"
    assert named("Turkish presidential sources") == "Turkish government"


def test_state_tv_capitalised_is_the_report_s_country_s_state_tv() -> None:
    text = "A car bomb killed nine people in the northern Syrian city of Qamishli on Tuesday, State TV said."
    lower = text.replace("State TV said", "state television reported")
    assert sources(text, outlet="Associated Press") == sources(lower, outlet="Associated Press")
    assert sources(text, outlet="Associated Press")[0][2] == "Syrian state television"


def test_declaring_a_caliphate_tells_no_figure() -> None:
    doc = load_pipeline()("The group has killed hundreds of people since it declared a caliphate in June.")
    declared = next(t for t in doc if t.lower_ == "declared")
    assert not saying(declared)
    doc = load_pipeline()("The army declared that 30 gunmen were killed in the raid on Friday.")
    assert saying(next(t for t in doc if t.lower_ == "declared"))
