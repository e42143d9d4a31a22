"""Namesakes a note cannot tell apart, told apart by the batch's other events
(issue 13, branch location16, `extract/acled_nearby.py`). The notes are our
own, in the shapes of ACLED's notes; the places are GeoNames' (two Pokrovskes
in Donetsk oblast, 170 km apart; Kamianske the city and a village of its name
in Dnipropetrovsk oblast; Columbia in South Carolina and in Maryland)."""

from __future__ import annotations

from warmonitor.extract.acled_coding import code_notes
from warmonitor.extract.acled_location import locate
from warmonitor.extract.acled_nearby import Nearby, around, watching
from warmonitor.extract.gazetteer import distance_km

FRONT_POKROVSKE = (48.624, 38.143)  # by Bakhmut and Soledar
SOUTH_POKROVSKE = (47.050, 37.467)  # the larger, by Mariupol's hinterland
SHELLED = "On 3 May 2023, Russian troops shelled Pokrovske, Donetsk, with tube artillery. Casualties unknown."
BY_BAKHMUT = [(48.594, 37.999), (48.692, 38.071), (48.632, 38.371), (48.527, 38.071), (48.61, 38.2)]


def _km(lat: float | None, lon: float | None, point: tuple[float, float]) -> float:
    assert lat is not None and lon is not None
    return distance_km((lat, lon), point)


def _batch(points: list[tuple[float, float]]) -> Nearby:
    nearby = Nearby()
    for lat, lon in points:
        nearby.add(lat, lon)
    return nearby


def test_alone_a_note_keeps_the_larger_namesake_and_says_the_choice_was_open() -> None:
    note = SHELLED
    with watching() as open_choice:
        where = locate(note, "UA", [])
    assert _km(where.lat, where.lon, SOUTH_POKROVSKE) < 5
    assert open_choice


def test_the_namesake_among_the_batchs_events_wins() -> None:
    note = SHELLED
    with around(_batch(BY_BAKHMUT)):
        where = locate(note, "UA", [])
    assert _km(where.lat, where.lon, FRONT_POKROVSKE) < 5


def test_a_few_events_nearby_are_not_enough() -> None:
    note = "Shelling: on 7 May 2023, Pokrovske (Donetsk) came under mortar fire; no one was hurt."
    with around(_batch(BY_BAKHMUT[:2])):
        where = locate(note, "UA", [])
    assert _km(where.lat, where.lon, SOUTH_POKROVSKE) < 5


def test_other_notes_guessing_at_the_same_namesake_do_not_vouch_for_it() -> None:
    # Three more notes naming Pokrovske alone, placed at the larger one on
    # the first reading, and five events by Bakhmut: the front's Pokrovske.
    ours = "On 4 May 2023, Russian forces fired mortars at Pokrovske, Donetsk; two houses burned."
    rows = [
        (f"B{i}", f"On {i + 1} May 2023, Russian forces shelled Bakhmut, Donetsk.", "Ukraine")
        for i in range(5)
    ]
    rows += [
        (f"P{i}", f"On {i + 1} May 2023, Russian forces shelled Pokrovske, Donetsk.", "Ukraine")
        for i in range(3)
    ]
    among = {c.event_id_cnty: c for c in code_notes([*rows, ("P", ours, "Ukraine")])}
    for key in ("P", "P0", "P1", "P2"):
        assert _km(among[key].latitude, among[key].longitude, FRONT_POKROVSKE) < 5, key


def test_a_city_beside_a_village_of_its_name_stays_the_city_however_busy_the_village() -> None:
    village = (47.618, 34.428)
    note = "On 9 May 2023, a drone struck an industrial site in Kamianske, Dnipropetrovsk. No casualties."
    around_village = [(village[0] + d, village[1] - d) for d in (0.01, 0.05, 0.1, 0.15, 0.2, 0.25)]
    with around(_batch(around_village)):
        where = locate(note, "UA", [])
    assert _km(where.lat, where.lon, (48.517, 34.606)) < 5


def test_the_region_the_note_names_decides_over_a_busier_namesake_elsewhere() -> None:
    note = "On 12 May 2023, about 40 people rallied outside the statehouse in Columbia (South Carolina)."
    maryland = (39.24, -76.84)
    with around(_batch([(maryland[0] + d, maryland[1]) for d in (0.0, 0.02, 0.05, 0.1, 0.12, 0.2)])):
        where = locate(note, "US", [])
    assert where.admin1 == "South Carolina"


def test_code_notes_reads_a_free_choice_again_among_the_files_other_notes() -> None:
    shelling = "On {day} May 2023, Russian forces shelled {town}, Donetsk. Casualties unknown."
    ours = "On 4 May 2023, Russian forces fired mortars at Pokrovske, Donetsk; two houses burned."
    rows = [
        (f"N{i}", shelling.format(day=i + 1, town=town), "Ukraine")
        for i, town in enumerate(["Bakhmut", "Soledar", "Bakhmut", "Soledar", "Bakhmut"])
    ]
    alone = next(iter(code_notes([("P", ours, "Ukraine")])))
    among = {c.event_id_cnty: c for c in code_notes([*rows, ("P", ours, "Ukraine")])}
    assert _km(alone.latitude, alone.longitude, SOUTH_POKROVSKE) < 5
    assert _km(among["P"].latitude, among["P"].longitude, FRONT_POKROVSKE) < 5
    assert _km(among["N0"].latitude, among["N0"].longitude, BY_BAKHMUT[0]) < 10
