"""Places and dates of claims in wire releases and military posts (issue 11,
branch isaf24, after blind reading 2323):

- A wire dateline ("HERAT, Afghanistan (Feb. 3, 2011) - ...") is where the
  release was filed, not where the raid it tells happened; an update run on
  under a release carries a dateline of its own, whose day is the day the
  update was written, not the day of the detention it confirms
  (extract/dates.py `wire_lines`, place_choice.py `aside_places`,
  components.py `dates_component`). A month in brackets after the country
  is that day, no village of the month's name.
- A launch "spotted crossing from Lebanon into the area of X" is an attack
  at X; the counter-strike on "the sources of the launches" is on the
  launching side (event_triggers.json, not_the_place.csv `launch_site`).
- A month in a participle's phrase that opens the sentence or follows a
  noun ("Formed in October, the coalition ...", "a ceasefire agreed in
  February") dates that clause only (claim_fields.py `_reduced_participle`).

The sentences are this project's own, written after reading ISAF dev-half
releases, IDF Telegram posts on launches from Lebanon and FA-KES articles
outside gold/fakes/split.csv in ../shared/data/real-dev/.
"""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import CasualtyClaim, EventClaim, Extraction
from warmonitor.extract.dates import is_month_day, wire_lines
from warmonitor.extract.pipeline import extract


def _casualties(result: Extraction) -> list[CasualtyClaim]:
    return sorted((c for c in result.claims if isinstance(c, CasualtyClaim)), key=lambda c: c.span[0])


def _events(result: Extraction) -> list[EventClaim]:
    return sorted((c for c in result.claims if isinstance(c, EventClaim)), key=lambda c: c.span[0])


# --- wire datelines ------------------------------------------------------------

# The dateline run into the lead on one line, as a release copied without its
# line breaks reads.
_FLAT_RELEASE = (
    "Insurgents Held in Paktika, Ghazni ISAF Joint Command - Afghanistan 2011-02-S-117 "
    "For Immediate Release   HERAT, Afghanistan (Feb. 3, 2011) \u2014 Afghan and coalition troops "
    "detained nine suspected insurgents and killed three armed insurgents during raids in Paktika and Ghazni "
    "provinces yesterday. The troops also found a store of mortar rounds."
)


def test_a_dateline_run_into_the_lead_places_no_toll() -> None:
    result = extract(_FLAT_RELEASE, date(2011, 2, 3))
    tolls = _casualties(result)
    assert {c.outcome for c in tolls} >= {"captured", "killed"}
    for claim in tolls:
        assert claim.place is not None
        assert claim.place.admin1 in ("Paktika", "Ghazni"), claim.place
        assert claim.date is not None and claim.date.start == date(2011, 2, 2)


_UPDATE = (
    "KABUL, Afghanistan (Feb. 3, 2011) - Afghan and coalition troops detained a Haqqani courier "
    "and two of his guards in Sabari district, Khost province, yesterday. "
    "The courier moved rockets for the network's cells. --- "
    "UPDATE: Courier Confirmed in Custody ISAF Joint Command - Afghanistan 2011-02-S-190 "
    "For Immediate Release KABUL, Afghanistan (Feb. 11, 2011) \u2014 ISAF confirmed a Haqqani "
    "weapons courier was detained during a raid in Khost province Feb. 2."
)


def test_an_update_keeps_the_detentions_day_and_province() -> None:
    result = extract(_UPDATE, date(2011, 2, 3))
    confirmed = [c for c in _casualties(result) if c.span[0] > _UPDATE.index("UPDATE")]
    assert confirmed, "the update tells the courier detained"
    for claim in confirmed:
        assert claim.place is not None and claim.place.admin1 == "Khowst", claim.place
        assert claim.date is not None and claim.date.start == date(2011, 2, 2), claim.date
    assert all(c.place is None or c.place.name != "Kabul" for c in _casualties(result))


def test_wire_lines_are_found_anywhere_but_not_agencies_or_abbreviations() -> None:
    text = "Heading. KANDAHAR, Afghanistan (Sept. 30) - a raid. Later: HERAT (Oct. 5, 2012) - another."
    assert [text[a:b] for a, b in wire_lines(text)] == [
        "KANDAHAR, Afghanistan (Sept. 30)",
        "HERAT (Oct. 5, 2012)",
    ]
    assert wire_lines("BEIRUT, Lebanon (AP) - Jets hit the valley (IS) on May 3.") == []


def test_a_month_in_a_datelines_brackets_is_no_village() -> None:
    assert is_month_day("March", " 14, 2011) -")
    assert is_month_day("May", ", 3")
    assert not is_month_day("March", " on the town")
    assert not is_month_day("March", " 12 km north")
    result = extract(
        "KABUL, Afghanistan (March 14, 2011) - Afghan and coalition troops killed two insurgents "
        "in Nad Ali district, Helmand province, yesterday.",
        date(2011, 3, 14),
    )
    assert "March" not in {p.name for p in result.places}
    assert "Helmand" in {p.admin1 for p in result.places}


# --- launches across a border ----------------------------------------------------


def test_launches_seen_crossing_a_border_are_an_attack_where_they_came_down() -> None:
    text = (
        "During the afternoon several launches were spotted crossing from Lebanon into the area of "
        "Shtula in northern Israel. IDF artillery then struck the sources of the launches."
    )
    events = _events(extract(text, date(2024, 2, 12)))
    assert len(events) == 2, events
    launch, answer = events
    assert launch.sub_event_type == "Shelling/artillery/missile attack"
    assert launch.place is not None and (launch.place.name, launch.place.country) == ("Shtula", "Israel")
    assert answer.place is not None and answer.place.country == "Lebanon"


def test_a_launch_that_crossed_and_fell_is_placed_where_it_fell() -> None:
    text = (
        "Late last night two launches crossed from Lebanon toward the area of Metula and fell in open ground."
    )
    events = _events(extract(text, date(2024, 1, 20)))
    assert len(events) == 1
    assert events[0].place is not None and events[0].place.name == "Metula"


def test_a_launcher_or_a_launch_date_is_no_crossing() -> None:
    text = "The army said it would launch a new phase of the operation next week."
    assert not _events(extract(text, date(2024, 1, 20)))


# --- months of a clause about a noun -----------------------------------------------


def test_a_month_opening_a_participle_does_not_date_the_main_act() -> None:
    text = "Formed in October the rebel coalition has seized several villages from the jihadists."
    for claim in extract(text, date(2016, 6, 5)).claims:
        assert claim.date is None or claim.date.start.month != 10, claim


def test_a_month_of_a_truce_does_not_date_the_strikes_that_broke_it() -> None:
    text = (
        "The shelling of the old city marks a further breach of the ceasefire agreed in February "
        "as both sides keep fighting."
    )
    events = _events(extract(text, date(2016, 6, 5)))
    assert events
    assert all(e.date is not None and e.date.start == date(2016, 6, 5) for e in events)


def test_a_month_of_the_act_itself_still_dates_it() -> None:
    # the verb has its own auxiliary or is the main verb: the month is the act's
    for text in (
        "The rebels seized the town in February after a long siege.",
        "The town was seized in February after a long siege.",
    ):
        claims = [c for c in extract(text, date(2016, 6, 5)).claims if c.date is not None]
        assert claims, text
        assert claims[0].date is not None and claims[0].date.start.month == 2, text


def test_a_posts_speaker_label_is_no_party_to_the_launches_it_reports() -> None:
    text = (
        "IDF: During the night a number of launches were spotted crossing from Lebanon into the area "
        "of Shlomi in northern Israel. IDF fighter jets later struck a Hezbollah weapons depot in Khiam."
    )
    launch, strike = _events(extract(text, date(2024, 3, 2)))[:2]
    assert launch.place is not None and launch.place.name == "Shlomi"
    assert not any("Israel" in a for a in launch.actors), launch.actors
    assert any("Israel" in a for a in strike.actors), strike.actors
