"""Where a coded note happened: the names ACLED's coders write into a note,
steered among namesakes by the regions and towns named beside them.

The notes are written for these tests in the coders' style; the places and
regions are real, so the expected coordinates are the gazetteer's."""

from __future__ import annotations

import pytest

from warmonitor.extract.acled_location import locate, named_places
from warmonitor.extract.gazetteer import distance_km, region_key


def km_from(location: object, lat: float, lon: float) -> float:
    assert location.lat is not None and location.lon is not None, location  # type: ignore[attr-defined]
    return distance_km((location.lat, location.lon), (lat, lon))  # type: ignore[attr-defined]


def test_the_town_and_its_region_as_the_coders_write_them() -> None:
    where = locate("On 3 March 2022, government artillery shelled Saraqib (Saraqib, Idleb).", "SY", [])
    assert where.name == "Saraqib" and where.admin1 == "Idleb" and where.precision == 1
    assert km_from(where, 35.864, 36.806) < 5


def test_a_full_stop_ends_a_place_name() -> None:
    note = "On 9 February 2022, about 300 nurses marched in Bordeaux. They asked for more staff."
    assert km_from(locate(note, "FR", []), 44.84, -0.58) < 10


def test_city_and_district_names_resolve_to_the_city_not_a_namesake_of_the_district() -> None:
    note = "On 5 May 2022, tenants rallied in Toronto - East York (Ontario) over rent increases."
    assert km_from(locate(note, "CA", []), 43.70, -79.40) < 25


def test_a_namesake_in_another_region_is_refused() -> None:
    # GeoNames knows a Partapur in Rajasthan, not the Chhattisgarh village: the
    # district named beside it is the better answer than a town 800 km away.
    note = (
        "On 2 March 2022, Maoist cadres fired on a police patrol in Partapur village (Kanker, Chhattisgarh)."
    )
    where = locate(note, "IN", [])
    assert where.admin1 == "Chhattisgarh" and where.precision == 2
    assert km_from(where, 20.27, 81.49) < 25


def test_regions_match_in_acled_spelling_and_are_written_that_way() -> None:
    assert region_key("DE", "Bayern") == region_key("DE", "Bavaria")
    assert region_key("UA", "Zaporizhia") == region_key("UA", "Zaporizhzhia")
    where = locate("On 12 March 2022, farmers drove tractors through Munich (Bayern).", "DE", [])
    assert where.admin1 == "Bayern" and km_from(where, 48.14, 11.58) < 10


def test_a_region_carved_out_since_counts_as_the_one_the_note_names() -> None:
    # GeoNames puts Sorong in Southwest Papua, created after these notes were written.
    assert region_key("ID", "Southwest Papua") == region_key("ID", "West Papua")
    note = "On 9 May 2022, students marched to the regent's office in Sorong city (West Papua province)."
    where = locate(note, "ID", [])
    assert (where.name, where.admin1, where.precision) == ("Sorong", "West Papua", 1)
    assert km_from(where, -0.88, 131.26) < 10


def test_the_coders_pointer_wins_and_the_region_of_the_note_steers_it() -> None:
    note = "Around 18 January 2022, builders protested in Zhengzhou city, Henan (coded to Zhongyuan)."
    assert named_places(note)[0].name == "Zhongyuan"
    where = locate(note, "CN", [])
    assert where.admin1 == "Henan" and km_from(where, 34.75, 113.62) < 25


def test_a_close_spelling_is_found_in_the_notes_country() -> None:
    where = locate("On 7 April 2022, air defence units shot down two missiles over Zaporizhia.", "UA", [])
    assert km_from(where, 47.84, 35.14) < 10


@pytest.mark.parametrize(
    ("note", "iso", "lat", "lon"),
    [
        # an acronym in parentheses names an organisation, not a district
        ("On 18 April 2022, members of the Indigenous Council of Michoacan (CIM) blocked a road in "
         "Morelia, Michoacan.", "MX", 19.70, -101.18),
        # a building is not a town: "Bank" alone must not be looked up
        ("On 24 January 2022, savers protested at the Central Bank in Tehran - District 12 (Tehran).",
         "IR", 35.69, 51.42),
    ],
)  # fmt: skip
def test_organisations_and_buildings_are_not_places(note: str, iso: str, lat: float, lon: float) -> None:
    assert km_from(locate(note, iso, []), lat, lon) < 25


def test_no_place_named_gives_no_location_rather_than_a_guess() -> None:
    where = locate("On 1 May 2022, workers held a rally; no place was reported.", "FR", [])
    assert where.lat is None and where.name is None


def test_a_country_named_in_passing_is_not_the_place() -> None:
    # The Spanish namesake of "Ukraine" must not win over the city the march was in.
    note = "On 27 February 2022, people from Ukraine and their neighbours marched in Malaga against the war."
    assert km_from(locate(note, "ES", []), 36.72, -4.42) < 10


def test_a_building_named_after_a_saint_is_not_a_town() -> None:
    note = "On 4 April 2022, a small crowd gathered outside the San Carlo theater in Napoli against a ballet."
    assert km_from(locate(note, "IT", []), 40.85, 14.27) < 10


def test_the_coders_pointer_may_list_its_district_and_region() -> None:
    # GeoNames' only Mokambo lies in Haut-Katanga, 1,600 km from Ituri: no answer beats that one.
    note = "On 11 February 2022, militiamen burned homes at a hamlet (coded to Mokambo, Mahagi, Ituri)."
    assert named_places(note)[0].admins == ("Mahagi", "Ituri")
    assert locate(note, "CD", []).admin1 != "Haut-Katanga"


def test_a_huge_note_of_capitalised_words_is_read_in_linear_time() -> None:
    # 400,000 characters of "Abc Abc …": every word could start a place name.
    note = "in " + "Abc " * 100_000
    assert len(named_places(note)) >= 1  # returns at all: a quadratic scan would take hours
    assert locate(note, "FR", []).lat is None


def test_a_province_named_last_gives_its_region() -> None:
    # Burkina Faso's notes name the province; ACLED's admin1 is the region
    # above it (admin1_parents.csv, from ISO 3166-2).
    note = "On 4 June 2022, shopkeepers closed their stalls in Nouna (Nouna, Kossi) over a tax rise."
    assert locate(note, "BF", []).admin1 == "Boucle du Mouhoun"
    village = "On 6 June 2022, gunmen burnt a school at Tambiga village (Kompienga, Kompienga)."
    assert locate(village, "BF", []).admin1 == "Est"


def test_a_region_named_before_its_district_is_the_region() -> None:
    note = "On 8 June 2022, residents blocked a road to a landfill in Rahat (HaDarom, Beer Sheva)."
    assert locate(note, "IL", []).admin1 == "HaDarom"


def test_a_district_named_alone_is_not_the_region() -> None:
    # "WB" is dropped as an acronym: the district's own region is the answer.
    note = "On 9 June 2022, villagers gheraoed a block office at Jangipur town (Murshidabad district, WB)."
    assert locate(note, "IN", []).admin1 == "West Bengal"


def test_a_region_the_gazetteer_does_not_know_is_kept_as_written() -> None:
    # Libya's "West" is ACLED's region; Tripoli's own GeoNames region is not.
    note = "On 2 June 2022, migrants rallied outside an agency office in Tripoli (Tripoli, West)."
    assert locate(note, "LY", []).admin1 == "West"


def test_a_district_and_region_in_parentheses_with_no_name_before_them() -> None:
    note = (
        "On 3 June 2022, gunmen ambushed a patrol on the Okigwe-Umuahia highway (Okigwe, Imo). No casualties."
    )
    where = locate(note, "NG", [])
    assert (where.name, where.admin1) == ("Okigwe", "Imo")


def test_a_unit_word_after_the_name_is_not_part_of_it() -> None:
    where = locate("On 5 June 2022, bandits raided farms in Gusau LGA (Zamfara) and stole cattle.", "NG", [])
    assert (where.name, where.precision) == ("Gusau", 1)


def test_a_name_elsewhere_in_the_note_steers_only_if_it_is_a_region_as_written() -> None:
    # "Punjab Students Union" is no claim that the place lies in Punjab.
    note = (
        "On 6 June 2022, members of the Punjab Students Union staged a sit-in in Chandigarh city over fees."
    )
    assert locate(note, "IN", []).name == "Chandigarh"


def test_a_district_named_alone_is_coded_to_its_centre() -> None:
    # Yemen's coders put a district-only note at the district's centre
    # (district_seats.csv): Al Jubah's is Judaydah, not the regional capital.
    where = locate("On 9 May 2022, two coalition raids hit targets in Al Jubah district (Marib).", "YE", [])
    assert (where.name, where.precision) == ("Judaydah", 2)
    # A district with no seat in the table still falls back to its region.
    other = locate("On 9 May 2022, shelling was reported in Nowhereville district (Marib).", "YE", [])
    assert other.admin1 == "Marib" and other.precision == 3


def test_a_district_in_parentheses_wins_over_the_province_called_one() -> None:
    note = (
        "On 9 May 2022, Turkish drones struck PKK hideouts in the Gire Xenzir hills (Kurdish name) "
        "in Zap region (Al Amadiya district) of Duhok province. No casualties reported."
    )
    where = locate(note, "IQ", ["Duhok"])
    assert where.name == "Al Amadiya" and where.precision == 2
    assert distance_km((where.lat or 0, where.lon or 0), (37.09, 43.49)) < 10
    plain = locate("On 9 May 2022, protesters gathered in Duhok province over salaries.", "IQ", ["Duhok"])
    assert plain.admin1 == "Duhok"


def test_a_route_is_coded_where_it_ends() -> None:
    note = "On 9 May 2022, farmers drove tractors in a slow convoy from Lorca until Murcia over water cuts."
    assert locate(note, "ES", []).name == "Murcia"
    walk = locate("On 9 May 2022, 80 nurses walked from Rochefort to La Rochelle over staffing.", "FR", [])
    assert walk.name == "La Rochelle"


@pytest.mark.parametrize(
    ("note", "iso", "lat", "lon"),
    [
        # The coders' pointer opening a sentence, through a seat, or as a correction.
        ("On 2 March 2022, police deployed along the highway south of Wasit's capital. Coded as Kut city.",
         "IQ", 32.51, 45.82),
        ("On 5 March 2022, a mine went off by a shepherd's hut in Rawanduz area, Erbil province. "
         "Coded as Soran district.", "IQ", 36.65, 44.54),
        ("On 8 March 2022, two clans traded fire over grazing land in a hamlet of Kachhi "
         "(coded as hq Harnai) (Balochistan).", "PK", 30.10, 67.94),
        ("Other: On 9 March 2022, the junta shut the internet in several townships of Sagaing region. "
         "Location changed as Monywa.", "MM", 22.11, 95.14),
    ],
)  # fmt: skip
def test_the_coders_pointer_in_its_other_forms(note: str, iso: str, lat: float, lon: float) -> None:
    assert km_from(locate(note, iso, []), lat, lon) < 25


def test_a_unit_word_makes_an_acronym_in_parentheses_the_coders_region() -> None:
    note = (
        "On 4 March 2022, militants fired on a checkpoint at Chitra area in Dera Ismail Khan district (KP). "
        "Two soldiers died, the army said from Tank."
    )
    assert km_from(locate(note, "PK", []), 31.83, 70.90) < 25


# Issue 13, fifth round: shapes of January-April misses, in our own words.


def test_a_region_named_as_the_place_beside_another_region_is_that_region() -> None:
    # Both are regions; the town of Sumy lies in the one named first, not in
    # Poltava's, and the note gives nothing finer.
    note = "On 2 May 2022, 40 families left villages of the Sumy region to the Poltava region."
    where = locate(note, "UA", [])
    assert where.admin1 == "Sumy" and km_from(where, 50.91, 34.80) < 25


def test_a_town_whose_name_ends_in_a_facility_word_is_still_a_town() -> None:
    note = "On 8 May 2022, nurses rallied in Menlo Park (California) for safer staffing."
    where = locate(note, "US", ["California"])
    assert where.name == "Menlo Park" and km_from(where, 37.45, -122.18) < 10


def test_a_movement_named_after_its_country_is_no_town() -> None:
    note = "On 3 May 2022, members of the Jana Kazakhstan party picketed near the akimat in Taraz city."
    assert km_from(locate(note, "KZ", []), 42.90, 71.37) < 15


def test_between_a_region_and_a_town_is_the_town_and_between_two_towns_the_first() -> None:
    note = "On 6 May 2022, between Oaxaca and Tlacolula, Oaxaca, a taxi driver was shot dead. 1 fatality."
    assert km_from(locate(note, "MX", []), 16.95, -96.48) < 15
    note = "On 7 May 2022, farmers drove tractors slowly between the towns of Lagny-sur-Marne and Meaux."
    assert km_from(locate(note, "FR", []), 48.87, 2.71) < 10


def test_across_and_a_protest_verb_without_its_preposition_lead_to_the_place() -> None:
    assert km_from(locate("On 1 May 2022, pensioners marched across Valencia.", "ES", []), 39.47, -0.38) < 10
    note = "On 9 May 2022, about 70 farmers gathered Novi Sad to demand higher milk prices."
    assert km_from(locate(note, "RS", []), 45.25, 19.84) < 10


def test_a_region_written_by_its_acronym_steers_the_namesake() -> None:
    # Punjab named elsewhere no longer draws Poonch out of Jammu and Kashmir.
    note = (
        "On 4 May 2022, traders shut shops in Poonch town (J&K) over a tax the government of Punjab raised."
    )
    where = locate(note, "IN", [])
    assert where.admin1 == "Jammu and Kashmir" and km_from(where, 33.77, 74.09) < 15
    note = "On 5 May 2022, teachers protested in Bishnupur (Bankura district, WB) over unpaid salaries."
    assert locate(note, "IN", []).admin1 == "West Bengal"


def test_a_city_part_with_an_arabic_article_stays_whole_and_in_its_city() -> None:
    note = (
        "On 6 May 2022, youths threw stones at soldiers in Jerusalem - Bab az Zahra (Jerusalem, West Bank)."
    )
    assert named_places(note, "PS")[0].name == "Jerusalem - Bab az Zahra"
    assert km_from(locate(note, "PS", []), 31.78, 35.23) < 10


def test_a_building_named_with_its_town_in_parentheses_is_in_that_town() -> None:
    note = (
        "On 8 May 2022, fishermen picketed at the Mokpo City Hall (Mokpo) against a port plan "
        "decided in Seoul. [size=no report]"
    )
    assert km_from(locate(note, "KR", []), 34.81, 126.39) < 15


def test_a_district_in_parentheses_is_read_before_the_bare_region_after_it() -> None:
    note = "On 5 May 2022, Turkish drones struck PKK positions in the Bradost area (Soran district) of Erbil."
    where = locate(note, "IQ", [])
    assert where.admin1 == "Erbil" and km_from(where, 36.65, 44.54) < 15


@pytest.mark.parametrize(
    ("note", "iso", "lat", "lon"),
    [
        # San Lorenzo and Marina have namesakes in Campania and Calabria; the
        # city the note puts them in is where the event was.
        ("On 2 May 2022, shopkeepers rallied in the San Lorenzo district of Rome against a new tax.", "IT",
         41.89, 12.51),
        ("On 2 May 2022, residents blocked a road in the Marina area of Cagliari over rubbish.", "IT",
         39.22, 9.11),
        # A part the gazetteer holds inside its city stays the part.
        ("On 2 May 2022, students held a sit-in in the Vomero quarter of Naples against cuts.", "IT",
         40.84, 14.23),
        # A part unknown to the gazetteer, told in the other shapes, is its town.
        ("On 9 May 2022, farmers protested at Little Rock village outside Shamva (Mashonaland Central).",
         "ZW",
         -17.31, 31.58),
    ],
)  # fmt: skip
def test_a_part_of_a_place_is_the_place_unless_the_gazetteer_holds_it_there(
    note: str, iso: str, lat: float, lon: float
) -> None:
    assert km_from(locate(note, iso, []), lat, lon) < 10


def test_a_part_of_a_region_is_read_in_the_region_not_near_its_capital() -> None:
    # Ceylanpinar lies 150 km from the city of Sanliurfa, in Sanliurfa province.
    note = "On 6 May 2022, gendarmes detained 40 migrants in the Ceylanpinar district of Sanliurfa."
    where = locate(note, "TR", [])
    assert where.admin1 == "Sanliurfa" and km_from(where, 36.85, 40.05) < 10


def test_a_pointer_to_another_event_is_not_the_place_even_when_it_names_a_city_part() -> None:
    note = (
        "On 3 May 2022, separatist forces fired mortars at Ukrainian positions near Avdiivka, Donetsk. "
        "Two soldiers were killed at unspecified locations (fatalities coded to Toretsk - Pivnichne event)."
    )
    assert km_from(locate(note, "UA", []), 48.14, 37.74) < 10


def test_places_listed_before_and_are_a_list_not_a_place_and_its_region() -> None:
    # ACLED codes the first of the list; "Saada, Hajjah" is not Saada in Hajjah.
    note = "On 2 May 2022, coalition jets struck Houthi posts in Saada, Hajjah, and Al Jawf governorates."
    assert km_from(locate(note, "YE", []), 16.94, 43.76) < 25
    # A place, its district and its region in a row are not a list.
    chain = "On 2 May 2022, outside Nahuizalco, Sonsonate, gang members shot a bus driver. 1 fatality."
    assert locate(chain, "SV", []).admin1 == "Sonsonate"


def test_a_town_sharing_its_regions_name_is_the_town_where_the_note_calls_it_one() -> None:
    note = (
        "On 3 August 2021, in Magway town (Magway township, Magway district, Magway region), "
        "a hand-made mine went off beside a ward office. Nobody was hurt."
    )
    where = locate(note, "MM", [])
    assert where.precision == 1 and km_from(where, 20.15, 94.93) < 10


def test_a_part_told_after_the_coders_set_form_is_read_after_it() -> None:
    note = (
        "On 5 October 2021, in Shwebo town (Shwebo township, Shwebo district, Sagaing region), "
        "soldiers who had driven up from a base near Nyaung Pin Wun village in Monywa town raided "
        "a ward and detained three men."
    )
    assert km_from(locate(note, "MM", []), 22.57, 95.70) < 10
    # A part told first is still the finer place, read within its town.
    first = "On 5 October 2021, the military raided the Zaygyi ward of Monywa (Monywa, Sagaing)."
    assert km_from(locate(first, "MM", []), 22.11, 95.14) < 10
