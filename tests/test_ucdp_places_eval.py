"""`eval ucdp-places`: the split by the GED id, GED's country names and
place names, and the admin1 comparison across romanisations. Rows are made
up here in GED's column shapes."""

from __future__ import annotations

import hashlib

from warmonitor.evaluation.ucdp_places import admin1_right, ged_country, ged_half, in_gazetteer, place_names
from warmonitor.extract.acled_coding import CodedEvent


def _coded(admin1: str | None) -> CodedEvent:
    return CodedEvent(event_id_cnty="x", event_date=None, time_precision=3, event_type="Battles",
                      sub_event_type="Armed clash", actor1=None, inter1=None, actor2=None, inter2=None,
                      location=None, admin1=admin1, latitude=None, longitude=None, geo_precision=None,
                      fatalities=0)  # fmt: skip


def test_the_half_is_the_parity_of_the_sha1_of_the_id() -> None:
    for ged_id in ("1", "2", "300", "451234"):
        even = int(hashlib.sha1(ged_id.encode()).hexdigest(), 16) % 2 == 0
        assert ged_half({"id": ged_id}) == ("dev" if even else "heldout")


def test_ged_country_names_with_a_former_name() -> None:
    assert ged_country("DR Congo (Zaire)") == "CD"
    assert ged_country("Russia (Soviet Union)") == "RU"
    assert ged_country("Bosnia-Herzegovina") == "BA"
    assert ged_country("Syria") == "SY"


def test_the_coded_place_without_its_unit_word() -> None:
    assert place_names("Dar al Kabirah town") == ["Dar al Kabirah"]
    assert place_names("Al Kiswah/Kisweh town") == ["Al Kiswah", "Kisweh"]


def test_the_gazetteer_holds_a_place_by_its_name_near_the_point() -> None:
    row = {"where_coordinates": "Wukari town", "latitude": "7.87", "longitude": "9.78"}
    assert in_gazetteer(row, "NG")
    assert not in_gazetteer({**row, "latitude": "9.5"}, "NG")  # 180 km off


def test_admin1_across_romanisations() -> None:
    assert admin1_right({"adm_1": "Hilmand province"}, _coded("Helmand"), "AF")
    assert admin1_right({"adm_1": "Idlib governorate"}, _coded("Idleb"), "SY")
    assert not admin1_right({"adm_1": "Kandahar province"}, _coded("Nangarhar"), "AF")
    assert not admin1_right({"adm_1": "Kandahar province"}, _coded(None), "AF")
