"""Places and actors for any war (issue 13): countries and regions as places
of their own rank, the words beside a name, Arabic spellings, the names
readers use, whose army "the army" is, backers as relations, the actor
dictionary for current wars, and ACLED's names for them.

The P and K cases are read from ../shared/cases/real-reporting.jsonl; every
other sentence here is our own."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.conftest import SHARED
from warmonitor.extract.acled_coding import coded_actors
from warmonitor.extract.actors import Actor, acled_name, generic_actors
from warmonitor.extract.claims import ControlClaim, Extraction
from warmonitor.extract.gazetteer import fold, load_gazetteer, spelling_variants
from warmonitor.extract.pipeline import extract

CASES = SHARED / "cases" / "real-reporting.jsonl"


def case(prefix: str) -> Extraction:
    for line in CASES.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"].split("-")[0] == prefix:
            return extract(row["text"], date.fromisoformat(row["published"][:10]), outlet=row["source"])
    raise AssertionError(f"no case {prefix} in {CASES}")


def places(result: Extraction) -> dict[str, tuple[str | None, str | None, int | None]]:
    text = result.report.text
    return {text[a:b]: (p.name, p.country, p.precision) for p in result.places for a, b in p.mentions}


def actors(result: Extraction) -> dict[str, set[str]]:
    return {a.name: set(a.backed_by) for a in result.actors}


def test_p1_country_names_are_the_countries_and_tripoli_is_lebanons() -> None:
    result = case("P1")
    found = places(result)
    for name in ("Lebanon", "Sudan", "Mali", "Ukraine", "Iraq", "Georgia", "Turkey"):
        assert found[name] == (name, name, 3), name
    assert found["Tripoli"][:2] == ("Tripoli", "Lebanon")
    assert all(p.feature == "country" for p in result.places if p.name != "Tripoli")
    arrests = [c for c in result.claims if getattr(c, "sub_event_type", None) == "Arrests"]
    assert arrests and arrests[0].claimant == "Military Forces of Lebanon"
    assert not any("Syria" in (c.claimant or "") for c in result.claims)


def test_p2_arabic_articles_in_any_spelling() -> None:
    found = {p.name: p for p in case("P2").places}
    assert {n: found[n].admin1 for n in found} == {
        "Jisr al-Shughur": "Idleb", "al-Bab": "Aleppo", "Ras al-Ain": "Al-Hasakeh"
    }  # fmt: skip
    assert all(p.country == "Syria" and p.feature != "admin1" for p in found.values())
    assert found["Jisr al-Shughur"].precision == 1 and found["al-Bab"].precision == 1
    assert found["Ras al-Ain"].precision == 2  # "near Ras al-Ain": ACLED's precision for near a town


def test_p3_the_army_is_the_country_in_focus() -> None:
    result = case("P3")
    names = actors(result)
    assert "Military Forces of Burkina Faso" in names and "Military Forces of Somalia" in names
    assert not any("Syria" in n for n in names)
    toll = next(c for c in result.claims if c.kind == "casualty")
    assert toll.claimant == "Military Forces of Burkina Faso" and toll.best == 14
    control = [c for c in result.claims if isinstance(c, ControlClaim)]
    assert [(c.place.name, c.actor, c.change) for c in control] == [
        ("Harardhere", "Military Forces of Somalia", "gained"), ("Harardhere", "Al Shabaab", "lost")
    ]  # fmt: skip
    assert "Al Shabaab" in names
    assert places(result)["Djibo"][:2] == ("Djibo", "Burkina Faso")


def test_k3_backers_are_relations() -> None:
    result = case("K3")
    names = actors(result)
    assert names == {"Syrian National Army": {"Turkey"}, "Syrian Democratic Forces": {"United States"}}
    control = [c for c in result.claims if isinstance(c, ControlClaim) and c.change == "gained"]
    assert [(c.place.name, c.actor) for c in control] == [("Tal Rifaat", "Syrian National Army")]
    assert control[0].place.gazetteer_name == "Tall Rif\u2018at"
    lost = [
        (c.place.name, c.actor) for c in result.claims if isinstance(c, ControlClaim) and c.change == "lost"
    ]
    assert lost == [("Tal Rifaat", "Syrian Democratic Forces")]


def test_k5_local_armed_groups_take_daraa() -> None:
    result = case("K5")
    control = [c for c in result.claims if isinstance(c, ControlClaim) and c.change == "gained"]
    assert [(c.place.name, c.actor) for c in control] == [("Daraa", "Unidentified Armed Group (Syria)")]
    gainer = next(a for a in result.actors if a.name == "Unidentified Armed Group (Syria)")
    assert gainer.inter in (2, 3)
    assert "Military Forces of Syria" in actors(result)
    # the case's own words: the opposition's sources, named as such (claimant23), in the report's country
    assert control[0].claimant == "Syrian opposition sources"
    lost = [
        (c.place.name, c.actor) for c in result.claims if isinstance(c, ControlClaim) and c.change == "lost"
    ]
    assert lost == [("Daraa", "Military Forces of Syria")]


def test_losers_of_a_retaking_and_of_an_agreed_withdrawal() -> None:
    # "from Y" hung on the object by the parse ("the town of X from Y")
    retaken = extract("Somali soldiers retook the town of Afgooye from Shabaab fighters on Sunday, a "
                      "commander said.", date(2024, 5, 2))  # fmt: skip
    assert ("lost", "Afgooye", "Al Shabaab") in {
        (c.change, c.place.name, c.actor) for c in retaken.claims if isinstance(c, ControlClaim)
    }
    deal = extract(
        "Fano militiamen walked into the Ethiopian town of Lalibela after the army agreed to withdraw "
        "under a local truce, residents said.",
        date(2024, 5, 2),
    )
    lost = [
        (c.place.name, c.actor) for c in deal.claims if isinstance(c, ControlClaim) and c.change == "lost"
    ]
    assert lost == [("Lalibela", "Military Forces of Ethiopia")]
    moved = extract("The army was ordered to withdraw to Gao after the attack on Ansongo.", date(2024, 5, 2))
    assert not [c for c in moved.claims if isinstance(c, ControlClaim) and c.change == "lost"]
    # Gao is Gao, Mali, not Guantanamo, which some language calls "Gao"
    assert places(moved)["Gao"][:2] == ("Gao", "Mali")


@pytest.mark.parametrize(
    ("spelling", "gazetteer"),
    [("Jisr al-Shughur", "Jisr ash Shugh\u016br"), ("el-Bab", "Al Bab"), ("Ras al-Ain", "Ra's al 'Ayn"),
     ("Deir ez-Zor", "Dayr az Zor"), ("Tal Rifaat", "Tall Rifaat"), ("Tell Abyad", "Tal Abyad")],
)  # fmt: skip
def test_arabic_spellings_fold_to_one_key_both_ways(spelling: str, gazetteer: str) -> None:
    assert fold(spelling) == fold(gazetteer) or spelling in spelling_variants(gazetteer)
    if fold(spelling) == fold(gazetteer):
        assert fold(gazetteer) == fold(spelling)


def test_a_us_report_keeps_georgia_the_state_and_a_caucasus_report_the_country() -> None:
    us = extract(
        "Police in Atlanta, Georgia, arrested three men after a shooting on Friday.", date(2024, 5, 3)
    )
    assert places(us)["Georgia"][1] == "United States"
    caucasus = extract("Shots were fired near Gori in Georgia, close to South Ossetia.", date(2024, 5, 3))
    assert places(caucasus)["Georgia"] == ("Georgia", "Georgia", 3)


def test_the_libyan_capital_is_tripoli_libya() -> None:
    result = extract(
        "Militias clashed overnight in Tripoli, the Libyan capital, residents said.", date(2024, 5, 3)
    )
    assert places(result)["Tripoli"][:2] == ("Tripoli", "Libya")


def test_a_town_wins_over_its_country_only_with_evidence() -> None:
    result = extract("A tornado damaged homes in the town of Lebanon, Ohio, on Tuesday.", date(2024, 5, 3))
    assert places(result)["Lebanon"][1] == "United States"


def test_display_names_keep_the_gazetteer_name_beside() -> None:
    result = extract("Government forces shelled Hama and Daraa overnight.", date(2024, 12, 2))
    found = {p.name: p for p in result.places}
    assert set(found) == {"Hama", "Daraa"}
    assert found["Hama"].gazetteer_name == "\u1e28am\u0101h"


def test_a_determiner_is_never_an_actor() -> None:
    for text in ("Military forces of the region withdrew.", "This army of volunteers marched.",
                 "The army said it had repelled the attack."):  # fmt: skip
        names = [m.actor.name for m in generic_actors(text, "Mali", iso="ML")]
        assert not any(n.endswith(("The", "This", "the region")) for n in names), names


def test_acled_names_state_forces_by_the_government_in_office() -> None:
    army = Actor("Military Forces of Burkina Faso", 1)
    assert acled_name(army, date(2022, 5, 10)) == "Military Forces of Burkina Faso (2022-)"
    assert acled_name(army, date(2022, 1, 10)) == "Military Forces of Burkina Faso (2015-)"
    somalia = Actor("Military Forces of Somalia", 1)
    assert acled_name(somalia, date(2022, 5, 1)) == "Military Forces of Somalia (2017-2022)"
    assert acled_name(somalia, date(2022, 6, 1)) == "Military Forces of Somalia (2022-)"
    police = Actor("Police Forces of Afghanistan", 1)
    assert acled_name(police, date(2024, 3, 1)) == "Police Forces of Afghanistan (2021-)"
    assert acled_name(Actor("Hamas", 2, acled_name="Hamas Movement"), None) == "Hamas Movement"


def test_unnamed_sides_take_acleds_unnamed_actors() -> None:
    assert coded_actors([], 6, None, "Kenya", date(2022, 5, 1)) == (("Protesters (Kenya)", 6), (None, None))
    found = [("Military Forces of Russia (2000-)", 8)]
    assert coded_actors(found, 7, 8, "Ukraine", date(2022, 5, 1)) == (
        ("Military Forces of Russia (2000-)", 8), ("Civilians (Ukraine)", 7)
    )  # fmt: skip


# One sentence of our own per country of the actor dictionary: the actor, its
# backers where it has them, and no army of another country.
DICTIONARY = [
    ("Ukrainian forces shot down drones launched by Russian forces over Kharkiv overnight.", date(2024, 6, 1),
     {"Military Forces of Ukraine", "Military Forces of Russia"}),
    ("Israeli strikes on Khan Younis killed 12 people, Hamas said; Islamic Jihad fired rockets.",
     date(2024, 2, 1), {"Military Forces of Israel", "Hamas", "Palestinian Islamic Jihad"}),
    ("Hezbollah said it fired rockets at a base in northern Israel.", date(2024, 6, 1), {"Hezbollah"}),
    ("The Houthis claimed a missile attack on a ship off Hodeidah.", date(2024, 1, 20), {"Houthis"}),
    ("The RSF shelled El Fasher as the Sudanese army held the airport.", date(2024, 6, 1),
     {"Rapid Support Forces", "Military Forces of Sudan"}),
    ("The Arakan Army, the MNDAA and the TNLA attacked junta posts, while PDF fighters ambushed troops.",
     date(2023, 11, 5), {"Arakan Army", "Myanmar National Democratic Alliance Army",
                         "Ta'ang National Liberation Army", "People's Defense Force"}),
    ("JNIM fighters ambushed a convoy of Malian troops and Wagner mercenaries near Gao.", date(2023, 9, 1),
     {"JNIM", "Military Forces of Mali", "Wagner Group"}),
    ("Islamic State Sahel claimed the killing of soldiers near Tillaberi in Niger.", date(2024, 3, 1),
     {"Islamic State Sahel", "Military Forces of Niger"}),
    ("M23 rebels advanced on Goma as FARDC units fell back.", date(2025, 1, 25),
     {"M23", "Military Forces of the Democratic Republic of Congo"}),
    ("Al-Shabaab fighters stormed a base in Somalia's Lower Shabelle region.", date(2024, 3, 1),
     {"Al Shabaab"}),
    ("Fano militiamen clashed with the ENDF outside Gondar.", date(2024, 2, 1),
     {"Fano", "Military Forces of Ethiopia"}),
    ("The Taliban said ISKP gunmen attacked a mosque in Kabul.", date(2024, 3, 1),
     {"Taliban", "Islamic State Khorasan"}),
    ("Boko Haram and ISWAP fighters fought each other near Maiduguri.", date(2024, 3, 1),
     {"Boko Haram", "Islamic State West Africa Province"}),
    ("Viv Ansanm gangs attacked police stations in Port-au-Prince, Haiti.", date(2024, 10, 1),
     {"Viv Ansanm", "Police Forces of Haiti"}),
    ("Syria's new army and General Security forces deployed in Latakia after clashes.", date(2025, 3, 7),
     {"Military Forces of Syria (2024-)"}),
    ("Saudi-led coalition warplanes struck a Houthi camp near Saada overnight, residents said.",
     date(2022, 3, 1), {"Operation Restoring Hope", "Houthis"}),
    ("TTP militants ambushed a police convoy in North Waziristan, killing three constables.",
     date(2024, 3, 1), {"Tehreek-e-Taliban Pakistan", "Police Forces of Pakistan"}),
    ("ELN guerrillas blew up a stretch of the Cano Limon pipeline in Arauca, the army said.",
     date(2024, 3, 1), {"ELN", "Military Forces of Colombia"}),
    ("NPA rebels clashed with soldiers in the hills outside Catarman, the military said.", date(2024, 3, 1),
     {"New People's Army", "Military Forces of the Philippines"}),
    ("Turkish warplanes hit PKK positions in the Qandil mountains of northern Iraq.", date(2024, 3, 1),
     {"Military Forces of Turkey", "Kurdistan Workers' Party"}),
    ("US forces shot down two drones fired at a base in eastern Syria, the Pentagon said.", date(2024, 1, 28),
     {"Military Forces of the United States"}),
    ("Islamic State fighters ambushed Iraqi troops near Kirkuk overnight, officials said.",
     date(2024, 3, 1), {"Islamic State", "Military Forces of Iraq"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), DICTIONARY)
def test_the_actor_dictionary_covers_current_wars(text: str, published: date, expected: set[str]) -> None:
    names = set(actors(extract(text, published)))
    assert expected <= names, names
    if "Syria" not in text:
        assert not any(n.startswith("Military Forces of Syria") for n in names)


def test_backers_of_the_rsf_and_m23_are_relations() -> None:
    result = extract("M23 rebels, backed by Rwanda according to UN experts, seized Goma.", date(2025, 1, 28))
    assert actors(result)["M23"] == {"Rwanda"}
    assert not any("Rwanda" in n for n in actors(result))


def test_iran_backed_militias_keep_iran_as_backer() -> None:
    result = extract("Iran-backed militias fired drones at a base in eastern Syria.", date(2024, 1, 28))
    assert actors(result)["Iran-backed militias"] == {"Iran"}


def test_every_dictionary_entry_cites_a_source() -> None:
    import csv
    from importlib import resources

    path = resources.files("warmonitor") / "data" / "actors" / "actors.csv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(row["source"].strip() for row in rows)
    assert load_gazetteer().country_of_word("Lebanese") == "LB"


def test_the_army_of_a_report_naming_no_country_is_nobody_s_in_particular() -> None:
    from warmonitor.extract.components import UNNAMED_ARMY

    def claimants(text: str) -> set[str | None]:
        return {c.claimant for c in extract(text, date(2024, 3, 1)).claims}

    assert claimants("The army said 40 militants were killed on Friday.") == {UNNAMED_ARMY}
    assert claimants("The army said 40 militants were killed in northern Burkina Faso on Friday.") == {
        "Military Forces of Burkina Faso"
    }
    assert claimants("The army said 40 militants were killed near Idlib on Friday.") == {
        "Military Forces of Syria"
    }


def test_a_surname_of_a_person_named_in_full_is_no_place() -> None:
    text = (
        "The opposition leader, a former ally of the late president Hugo Chávez, spoke in Caracas on Monday. "
        "Supporters of Chávez marched through the capital."
    )
    places = {p.name for p in extract(text, date(2017, 8, 1)).places}
    assert "Caracas" in places
    assert "Francisco I. Madero" not in places  # a Mexican town once called Chávez


def test_an_area_of_a_district_in_focus_is_no_foreign_capital() -> None:
    text = (
        "Insurgents overran several police posts in the Islamabad and Gurtapa areas of Khwaja Ghar district "
        "in Takhar province on Saturday, the district governor said."
    )
    countries = {p.country for p in extract(text, date(2017, 5, 28)).places}
    assert countries == {"Afghanistan"}


def test_the_head_of_a_linked_name_is_no_foreign_namesake() -> None:
    # The model tags "Dar" alone as a place here; it is the head of the
    # shrine's name, not Dar, Cambodia.
    text = (
        "Police said a bomb exploded near Dar e Abbas Imambargah in Karachi on Friday, wounding 12 mourners."
    )
    countries = {p.country for p in extract(text, date(2013, 11, 5)).places}
    assert countries == {"Pakistan"}
