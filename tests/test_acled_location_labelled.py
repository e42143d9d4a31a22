"""A description's labelled department and municipality, and a town's
farmlands (issue 13, branch places24). UCDP GED's Colombian rows write
"DEPARTMENT: X MUNICIPALITY: Y" in capitals, then whatever road or ward; a
Syrian row writes "<town> farmlands". Notes are this project's own, in those
shapes."""

from __future__ import annotations

import pytest

from warmonitor.extract.acled_coding import code_notes
from warmonitor.extract.gazetteer import distance_km


def _coded(note: str, country: str) -> tuple[str | None, float | None, float | None]:
    coded = next(iter(code_notes([("t", note, country)])))
    return coded.location, coded.latitude, coded.longitude


@pytest.mark.parametrize(
    ("note", "point"),
    [
        # the road's far end (Tolu) is not the place: the municipality is
        (
            "DEPARTMENT: SUCRE MUNICIPALITY: SINCELEJO on the road out of Sincelejo towards Tolu",
            (9.30, -75.39),
        ),
        ("DEPARTMENT: CAUCA MUNICIPALITY: ARGELIA rural area", (2.26, -77.25)),
    ],
)
def test_the_labelled_municipality_is_the_place(note: str, point: tuple[float, float]) -> None:
    _name, lat, lon = _coded(note, "Colombia")
    assert lat is not None and lon is not None
    assert distance_km((lat, lon), point) < 10


@pytest.mark.parametrize("note", ["Daraya farmlands", "the farmlands of Daraya, west of the capital"])
def test_a_towns_farmlands_are_the_town(note: str) -> None:
    _name, lat, lon = _coded(note, "Syria")
    assert lat is not None and lon is not None
    assert distance_km((lat, lon), (33.458, 36.233)) < 10


def test_a_lower_case_department_word_is_no_label() -> None:
    name, _lat, _lon = _coded("clashes in the department of Cauca, municipality of Argelia", "Colombia")
    assert name != "Cauca Municipality"
