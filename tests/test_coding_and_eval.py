"""ACLED-style coding and the accuracy commands, as an analyst uses them.

Notes here are our own wording. The floors on the ACLED sample are a little
below what `warmonitor eval acled` measured on the held-out months (see
docs/accuracy.md), so a regression fails."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.conftest import REPO, SHARED, assert_one_line_error, run_cli
from warmonitor.evaluation.evaluate import eval_acled, eval_case
from warmonitor.extract.acled_coding import code_notes, interaction_pair
from warmonitor.extract.gazetteer import distance_km

ACLED = SHARED / "data" / "acled-dev" / "acled_2022h1_sample.csv"
UCDP = SHARED / "data" / "ucdp-dev" / "ged_v23_1_sample.csv"

NOTES = [
    (
        "T1",
        "On 3 March 2022, in Mosul (Mosul, Ninewa), hundreds of teachers rallied outside the governorate "
        "building to demand unpaid salaries. [size=hundreds]",
        "Iraq",
    ),
    (
        "T2",
        "On 5 March 2022, government forces fired artillery shells at the outskirts of Saraqib (Idleb). "
        "2 fatalities.",
        "Syria",
    ),
    (
        "T3",
        "On 7 March 2022, armed men clashed with police in Kaduna (Kaduna), killing four officers.",
        "Nigeria",
    ),
]


def test_code_gives_types_fatalities_and_places_for_each_note() -> None:
    coded = {c.event_id_cnty: c for c in code_notes(NOTES)}
    assert coded["T1"].sub_event_type == "Peaceful protest" and coded["T1"].event_type == "Protests"
    assert coded["T1"].fatalities == 0 and coded["T1"].event_date == "2022-03-03"
    assert coded["T2"].event_type == "Explosions/Remote violence" and coded["T2"].fatalities == 2
    assert coded["T3"].fatalities == 4
    for event_id, lat, lon in (("T1", 36.34, 43.13), ("T2", 35.86, 36.80), ("T3", 10.52, 7.44)):
        c = coded[event_id]
        assert c.latitude is not None and c.longitude is not None
        assert distance_km((c.latitude, c.longitude), (lat, lon)) <= 25, event_id


def test_interaction_codes_become_unordered_inter_pairs() -> None:
    assert interaction_pair("17") == (1, 7) and interaction_pair("60") == (6, None)


def test_code_command_writes_one_row_per_note(tmp_path: Path) -> None:
    source = tmp_path / "notes.csv"
    with source.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "EventSnippet", "country"])
        writer.writerows(NOTES)
    result = run_cli("code", str(source), "-o", str(tmp_path / "coded.csv"), db="sqlite://", timeout=300)
    assert result.returncode == 0, result.stderr
    with (tmp_path / "coded.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["event_id_cnty"] for r in rows] == ["T1", "T2", "T3"]
    assert rows[1]["fatalities"] == "2" and rows[0]["sub_event_type"] == "Peaceful protest"


@pytest.mark.slow
def test_eval_acled_on_the_held_out_months_meets_its_floors() -> None:
    report = eval_acled(ACLED)  # May-June 2022: the classifiers learned from January-April only
    figures = {name: value for name, value, _note in report.figures}
    assert report.rows > 3000
    assert figures["event_type accuracy"] >= 0.90
    assert figures["sub_event_type weighted F1"] >= 0.86
    assert figures["fatalities exact"] >= 0.96
    assert figures["location within 25 km"] >= 0.77
    assert figures["location within 25 km, best this gazetteer allows"] >= figures["location within 25 km"]
    assert figures["admin1 match"] >= 0.92
    assert figures["inter1/inter2 unordered pair"] >= 0.86
    assert figures["actor1 exact"] >= 0.74
    assert "Sub-event confusion" in report.markdown()


def test_eval_case_finds_every_fact_of_the_founding_report_and_the_demo() -> None:
    for case in (REPO / "tests" / "cases" / "founding-report.json",
                 REPO / "src" / "warmonitor" / "data" / "demo" / "cases" / "report-06.json"):  # fmt: skip
        report = eval_case(case)
        assert report.figures[0] == ("expected facts found", 1.0, ""), report.markdown()


def test_eval_commands_write_markdown(tmp_path: Path) -> None:
    out = tmp_path / "ucdp.md"
    result = run_cli("eval", "ucdp", str(UCDP), "--limit", "40", "-o", str(out), db="sqlite://", timeout=300)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "deaths_civilians exact" in text and "best exact" in text
    acled = run_cli("eval", "acled", str(ACLED), "--limit", "30", db="sqlite://", timeout=300)
    assert acled.returncode == 0 and "sub_event_type weighted F1" in acled.stdout


@pytest.mark.parametrize(
    "content, reason",
    [
        (None, "no such file"),
        (b"id,text\n1,hello\n", "needs a column named notes or EventSnippet"),
        (b"", "empty input"),
        (b"event_id_cnty,notes\n", "no rows"),
        # Windows-1252 is read now (as ingest reads it); bytes that are no text are not.
        (b"event_id_cnty,notes\n1,\x00\x01\x02\x00\x00\x03\n", "binary file"),
    ],
)
def test_bad_gold_or_input_files_are_one_line(tmp_path: Path, content: bytes | None, reason: str) -> None:
    path = tmp_path / "input.csv"
    if content is not None:
        path.write_bytes(content)
    result = run_cli("code", str(path), "-o", str(tmp_path / "out.csv"), db="sqlite://")
    assert reason in assert_one_line_error(result)


def test_a_folder_given_as_the_input_file_is_one_line(tmp_path: Path) -> None:
    result = run_cli("code", str(tmp_path), "-o", str(tmp_path / "out.csv"), db="sqlite://")
    assert f"{tmp_path}: not a file" in assert_one_line_error(result)


def test_eval_refuses_a_bad_date_and_a_missing_case(tmp_path: Path) -> None:
    assert "--since" in assert_one_line_error(
        run_cli("eval", "acled", str(ACLED), "--since", "May", db="sqlite://")
    )
    assert "no such file" in assert_one_line_error(
        run_cli("eval", "case", str(tmp_path / "x.json"), db="sqlite://")
    )


def test_the_interaction_follows_the_sub_event_type_and_the_actors_named() -> None:
    from warmonitor.extract.acled_coding import interaction_code
    from warmonitor.extract.acled_model import load_model

    model = load_model("interaction")
    note = (
        "On 3 June 2022, teachers marched in Lusaka over unpaid wages; police fired tear gas to disperse them"
    )
    assert interaction_code(model, note, None) == "60"
    # the police's intervention, told by the sub-event type or by the actors found
    assert interaction_code(model, note, "Protest with intervention") == "16"
    assert interaction_code(model, note, None, [6, 1]) == "16"


TWO_SIDED = [
    "Armed clash",
    "Attack",
    "Abduction/forced disappearance",
    "Protest with intervention",
    "Arrests",
    "Government regains territory",
]


@pytest.mark.parametrize("sub_event_type", TWO_SIDED)
def test_a_sub_event_type_with_two_sides_by_definition_never_gets_one(sub_event_type: str) -> None:
    # ACLED's codebook: a battle has two armed groups, an attack its victims,
    # an arrest or an intervention the force behind it, even when the note
    # names one side ("an offensive towards the village").
    from warmonitor.extract.acled_coding import interaction_code, two_sided_sub_events
    from warmonitor.extract.acled_model import load_model

    assert sub_event_type in two_sided_sub_events()
    note = "On 9 May 2023, Russian forces pushed an offensive towards a village near Bakhmut. No details."
    first, second = interaction_pair(interaction_code(load_model("interaction"), note, sub_event_type, [8]))
    assert first is not None and second is not None


def test_one_sided_sub_event_types_keep_their_single_side() -> None:
    from warmonitor.extract.acled_coding import interaction_code
    from warmonitor.extract.acled_model import load_model

    note = "On 4 May 2023, several hundred nurses marched through Nairobi to demand unpaid allowances."
    assert interaction_code(load_model("interaction"), note, "Peaceful protest", [6]) == "60"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two off-duty prison guards shot at a crowd outside a bar.", "Police Forces of Brazil"),
        ("Municipal guards fired rubber bullets at street vendors.", "Police Forces of Brazil"),
        ("Military police raided the favela before dawn.", "Military Forces of Brazil"),
        ("Shells fell near a post held by border guards.", "Police Forces of Brazil"),
    ],
)
def test_state_units_named_by_their_duty_are_the_country_s_forces(text: str, name: str) -> None:
    from warmonitor.extract.actors import generic_actors

    found = [(m.actor.name, m.actor.inter) for m in generic_actors(text, "Brazil")]
    assert found == [(name, 1)]  # "military police" is not also "police"


@pytest.mark.parametrize(
    ("text", "country", "found"),
    [
        ("Suspected gang members torched a bus depot.", "Haiti", [("Unidentified Gang (Haiti)", 3)]),
        (
            "Communal militiamen from a rival county raided the cattle camp at dawn.",
            "South Sudan",
            [("Unidentified Communal Militia (South Sudan)", 4)],
        ),
        ("Clan militias fought near the well.", "Somalia", [("Unidentified Clan Militia (Somalia)", 4)]),
        ("Police said the woman had been gang-raped.", "India", [("Police Forces of India", 1)]),
    ],
)
def test_unnamed_armed_groups_take_acled_s_category_of_unnamed_actor(
    text: str, country: str, found: list[tuple[str, int]]
) -> None:
    from warmonitor.extract.actors import generic_actors

    assert [(m.actor.name, m.actor.inter) for m in generic_actors(text, country)] == found


def test_generic_actor_words_are_data_with_acled_categories() -> None:
    with (REPO / "src" / "warmonitor" / "data" / "actors" / "generic.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 80
    assert all(1 <= int(r["inter"]) <= 8 and "{country}" in r["name"] and r["note"] for r in rows)


def test_an_unreadable_interaction_model_is_one_line_and_keeps_the_output(tmp_path: Path) -> None:
    bad = tmp_path / "interaction.npz"
    bad.write_bytes(b"not a model")
    source, coded = tmp_path / "notes.csv", tmp_path / "coded.csv"
    with source.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["id", "EventSnippet", "country"], NOTES[0]])
    coded.write_text("an earlier run's rows\n", encoding="utf-8")
    env = {"WARMONITOR_INTERACTION_MODEL": str(bad)}
    result = run_cli("code", str(source), "-o", str(coded), db="sqlite://", env=env, timeout=300)
    assert_one_line_error(result)
    assert "interaction model" in result.stderr
    assert coded.read_text(encoding="utf-8") == "an earlier run's rows\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["coded.csv", "interaction.npz", "notes.csv"]
