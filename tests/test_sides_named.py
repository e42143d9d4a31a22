"""A side the note does not name is no side (issue 13, inter pair): ACLED
codes Ukrainian shelling of a village of occupied Donetsk with no second side
(interaction 10) and shelling of "the positions of the Donbass People's
Militia" against the separatists' forces (12). Sentences are our own,
written after reading January-April 2022 ACLED notes of Ukraine (never
May-June)."""

from __future__ import annotations

import numpy as np
import pytest

from warmonitor.extract.acled_coding import code_notes, interaction_code
from warmonitor.extract.acled_model import LinearModel
from warmonitor.extract.actors import acled_name, generic_actors, load_actors


def _model_preferring(*codes: str) -> LinearModel:
    """A model with no features whose scores rank `codes` in that order."""
    bias = np.array([float(len(codes) - i) for i in range(len(codes))])
    return LinearModel(vocabulary={}, classes=codes, weights=np.zeros((0, len(codes))), bias=bias)


def test_a_rebel_side_no_actor_names_gives_way_to_one_side() -> None:
    model = _model_preferring("12", "10")
    note = "Ukrainian forces fired 120mm mortars at a village west of Horlivka. Casualties unknown."
    assert interaction_code(model, note, "Shelling/artillery/missile attack", [1]) == "10"
    assert interaction_code(model, note, "Shelling/artillery/missile attack", [1, 2]) == "12"


@pytest.mark.parametrize(("code", "expected"), [("17", "17"), ("13", "13"), ("18", "10")])
def test_sides_acled_names_without_the_note_stay(code: str, expected: str) -> None:
    # civilians and unidentified armed groups are named by ACLED whatever the
    # note says; a foreign force (8) must be named.
    shelling = "Shelling/artillery/missile attack"
    assert interaction_code(_model_preferring(code, "10"), "Shells hit a market.", shelling, [1]) == expected


def test_when_no_code_is_left_the_model_keeps_its_choice() -> None:
    model = _model_preferring("12", "28")
    shelling = "Shelling/artillery/missile attack"
    assert interaction_code(model, "Rockets fell near the base.", shelling, []) == "12"


def test_other_types_keep_the_models_sides() -> None:
    # "an armed clash between Russian and Ukrainian armed forces": the notes of
    # battles name sides the actor finder can miss; the model's pair stands.
    model = _model_preferring("18", "10")
    assert interaction_code(model, "Russian and Ukrainian armed forces clashed.", "Armed clash", [1]) == "18"


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops fired grenade launchers at positions of the Luhansk People's Militia overnight.",
        "Two DPR rebels were wounded by Ukrainian mortar fire near Yasynuvata, local officials said.",
        "Ukrainian artillery hit LPR positions near the village on Sunday.",
    ],
)
def test_the_separatist_forces_of_donbas_are_named_as_acled_names_them(text: str) -> None:
    actors = [m.actor for m in load_actors().find(text)]
    assert "NAF: United Armed Forces of Novorossiya" in {acled_name(a, None) for a in actors}
    assert all(a.inter == 2 for a in actors if a.name == "United Armed Forces of Novorossiya")


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("On 3 May 2022, Al Shabaab fighters shelled an ATMIS UPDF base outside Marka.",
         "ATMIS: African Union Transition Mission in Somalia (2022-) (Uganda)"),
        ("On 3 May 2022, Al Shabaab gunmen ambushed Kenyan ATMIS troops on patrol near Dhobley.",
         "ATMIS: African Union Transition Mission in Somalia (2022-) (Kenya)"),
        # The mission's old name in a report after April 2022 is the new mission.
        ("On 3 May 2022, militants attacked AMISOM BNDF soldiers near Jowhar.",
         "ATMIS: African Union Transition Mission in Somalia (2022-) (Burundi)"),
        ("On 3 February 2022, militants attacked Ugandan AMISOM forces near Afgooye.",
         "AMISOM: African Union Mission in Somalia (2007-) (Uganda)"),
    ],
)  # fmt: skip
def test_the_african_union_mission_in_somalia_is_named_with_its_contingent(note: str, expected: str) -> None:
    coded = next(code_notes([("so", note, "Somalia")]))
    assert expected in {coded.actor1, coded.actor2}
    assert {coded.inter1, coded.inter2} == {2, 8}


def test_al_qaeda_in_the_maghreb_by_its_french_acronym() -> None:
    note = "On 3 May 2022, Algerian soldiers killed two AQMI militants in the hills near Tizi Ouzou."
    coded = next(code_notes([("dz", note, "Algeria")]))
    assert coded.actor2 == "AQIM: Al Qaeda in the Islamic Maghreb" and coded.inter2 == 2


@pytest.mark.parametrize(
    ("text", "iso", "country", "expected"),
    [
        ("Heavy fighting went on overnight between Russian and Ukrainian armed forces near Bakhmut.",
         "UA", "Ukraine", ["Military Forces of Russia", "Military Forces of Ukraine"]),
        ("Malian, French and Nigerien troops swept the area around Menaka on Tuesday.",
         "ML", "Mali", ["Military Forces of Mali", "Military Forces of France", "Military Forces of Niger"]),
        # Not a country's word: no forces of its own.
        ("Hamas and Israeli forces exchanged fire at the crossing.",
         "PS", "Palestine", ["Military Forces of Israel"]),
    ],
)  # fmt: skip
def test_countries_sharing_one_force_noun_are_each_a_side(
    text: str, iso: str, country: str, expected: list[str]
) -> None:
    found = [m.actor.name for m in generic_actors(text, country, iso=iso)]
    assert [name for name in found if name.startswith("Military")] == expected
