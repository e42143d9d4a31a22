"""Places blind reading 7878 found missing or spurious (issue 13, branch places26).

A town named right after a preposition that opens its sentence ("In Khan
Sheikhun ...") was left unplaced: the model reads a two-word town there as a
person, and the check for untagged names after a preposition knew only
lower-case prepositions. A country made a period or a manner ("Vietnam-era
tactics", "Iraq-style checkpoints") was listed as a place. The sentences are
this project's own, written after reading SATP, FA-KES and RAMS texts of
../shared/data/real-dev/ (SATP opens many a paragraph "In X District, ...").
"""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim
from warmonitor.extract.pipeline import extract


def _casualties(text: str, day: date = date(2016, 10, 24)) -> list[CasualtyClaim]:
    return [c for c in extract(text, day).claims if isinstance(c, CasualtyClaim)]


def _place_names(text: str, day: date = date(2016, 10, 24)) -> set[str]:
    return {p.name for p in extract(text, day).places}


def test_a_town_after_a_sentence_opening_preposition_places_its_toll() -> None:
    claims = _casualties(
        "Jets kept up raids on towns of Idlib province on Monday. In Khan Sheikhun jets hit a "
        "bakery queue and five people died, rescuers said"
    )
    five = [c for c in claims if c.best == 5]
    assert five and five[0].place is not None, claims
    assert five[0].place.feature in ("city", "village", "admin3") and five[0].place.admin1 == "Idleb", five


def test_a_capitalised_near_opening_its_sentence_finds_the_town_too() -> None:
    claims = _casualties(
        "Fighting went on across southern Idlib on Sunday. Near Khan Sheikhun a shell killed two "
        "farmers and hurt a boy, activists said."
    )
    two = [c for c in claims if c.best == 2]
    assert two and two[0].place is not None and two[0].place.admin1 == "Idleb", claims
    assert two[0].place.feature != "admin1", two


def test_a_sentence_opening_on_a_weekday_names_no_town() -> None:
    claims = _casualties("In Monday's clashes in Helmand three policemen died, officials said.")
    assert claims and all(c.place is None or c.place.admin1 == "Helmand" for c in claims), claims


def test_an_era_or_style_compound_names_no_place() -> None:
    names = _place_names(
        "Organisers said the activists had planned Vietnam-era sit-ins and Iraq-style roadblocks "
        "outside the rallies in Chicago, but nothing came of it."
    )
    assert "Vietnam" not in names and "Iraq" not in names, names
    assert "Chicago" in names, names


def test_a_place_of_its_own_beside_an_era_word_is_kept() -> None:
    names = _place_names("Two soldiers died in Iraq on Friday, in an era of quieter fronts, the army said.")
    assert "Iraq" in names, names


def _mentions(text: str, day: date = date(2016, 10, 24)) -> list[tuple[str, str]]:
    found = extract(text, day).places
    return sorted((text[s:e], p.feature) for p in found for s, e in p.mentions)


def test_a_headline_name_the_body_calls_a_province_is_the_province() -> None:
    text = (
        "Raids kill nine in Syria's Idlib\n\n"
        "Jets struck the town of Saraqeb and two villages on Monday, killing nine people, as raids "
        "went on across Idlib province, a monitor said."
    )
    idlib = [feature for name, feature in _mentions(text) if name == "Idlib"]
    assert idlib and set(idlib) == {"admin1"}, _mentions(text)


def test_a_headline_town_the_body_names_as_a_town_stays_the_town() -> None:
    text = (
        "Shells hit Syria's Idlib\n\n"
        "Shells fell on a market in the city of Idlib on Monday, killing four people, a monitor said."
    )
    idlib = [feature for name, feature in _mentions(text) if name == "Idlib"]
    assert "admin1" not in idlib and idlib, _mentions(text)


def test_a_body_town_beside_the_province_is_not_made_the_province() -> None:
    claims = _casualties(
        "Clashes across Syria's north\n\n"
        "Shelling on Aleppo killed six people on Sunday, while in Aleppo province jets struck "
        "Anadan, a monitor said."
    )
    six = [c for c in claims if c.best == 6]
    assert six and six[0].place is not None and six[0].place.feature == "city", claims


def test_a_headline_town_the_body_calls_a_city_beside_its_province_office_stays_the_town() -> None:
    text = (
        "Rocket fire kills two in Syria's Deir Ezzor\n\n"
        "Two people were killed when rockets hit homes in Deir Ezzor city on Wednesday, an official "
        "at the Deir Ezzor governorate told the agency."
    )
    head = text.index("Deir Ezzor")
    found = [p.feature for p in extract(text, date(2016, 6, 1)).places if (head, head + 10) in p.mentions]
    assert found == ["city"], found


def test_a_spaced_out_era_compound_of_tokenised_copy_names_no_place() -> None:
    names = _place_names("She wrote a history of Vietnam - era draft protests , and now lives in Denver .")
    assert "Vietnam" not in names and "Denver" in names, names
