"""A channel's posts run together by the feed, each opening on its time of
posting glued to the post before ("... in X.19:20 A short while ago"), are
items of their own: no place, day or source of one post goes on into the
next (run_together.json `post_stamps`); and a strike "in Lebanese
territory" is placed in Lebanon however often the report names Israel
(a blind reading, seed 8989, of an IDF Telegram bundle). The posts are this
project's own, written after the IDF Telegram rows of ../shared/data/real-dev/.
"""

from __future__ import annotations

from datetime import date

from warmonitor.extract.claims import EventClaim
from warmonitor.extract.pipeline import extract, load_pipeline

DAY = date(2024, 1, 20)


def _event_places(text: str) -> list[tuple[str, str | None]]:
    claims = extract(text, DAY, outlet="IDF Telegram").claims
    return [(c.text, c.place.country if c.place else None) for c in claims if isinstance(c, EventClaim)]


def test_a_post_does_not_take_the_place_of_the_post_before() -> None:
    text = (
        "21:05Troops of the Givati Brigade raided a compound in Beit Hanoun and found rifles.Read more"
        "20:40 A short while ago, fighter jets struck a drone launch site used by Hezbollah.18:02Sirens "
        "sounded in northern Israel."
    )
    places = _event_places(text)
    # the first post, its stamp glued to its first word, is read at all
    raid = [country for said, country in places if "Beit Hanoun" in said]
    assert raid == ["Palestinian Territory"], places
    strike = [country for said, country in places if "fighter jets" in said]
    assert strike and strike[0] not in ("Palestinian Territory", "Israel"), places


def test_a_strike_in_a_countrys_territory_is_placed_there() -> None:
    # a report whose focus is Israel: "Lebanese territory" is the land, not a people
    text = (
        "Sirens sounded in northern Israel on Friday. Rockets were fired at northern Israel and at "
        "Israeli towns. Later, fighter jets struck weapons depots of Hezbollah in Lebanese territory."
    )
    strike = [country for said, country in _event_places(text) if "depots" in said]
    assert strike == ["Lebanon"], _event_places(text)


def test_the_stamp_is_cut_from_both_neighbours_and_prose_times_stay_whole() -> None:
    nlp = load_pipeline()
    words = [t.text for t in nlp.tokenizer("located rockets.Read more12:51Sirens sounded in Metula.")]
    assert words[words.index("more") + 1 : words.index("more") + 3] == ["12:51", "Sirens"]
    assert [t.text for t in nlp.tokenizer("Shelling began at 10:30 on Monday.")][3] == "10:30"


def test_a_time_in_prose_carries_the_place_as_before() -> None:
    text = "Shells hit Saraqib at 10:30 on Monday. Two hours later a drone struck a car near the town."
    places = _event_places(text)
    assert len(places) == 2 and all(country == "Syria" for _said, country in places), places
